package org.circuitpress.batch;

import java.util.List;
import java.util.Objects;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Outcome;

/**
 * What a run did for one client, with everything its report needs.
 *
 * @param order the client's place in the roster, so shards can be merged back into roster order
 * @param problems errors and warnings about this client, each tagged with its id
 * @param notes what the trainer should know that is not a problem: the log read, planner notes
 * @param logs what came back of the last block and what it decided, for the counts of a run
 */
public record ClientResult(
    int order, String folder, Outcome outcome, List<Diagnostic> problems, List<String> notes, LogCount logs) {
  public ClientResult {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(outcome, "outcome");
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
    logs = logs == null ? LogCount.NONE : logs;
  }

  /** A result with no earlier log looked for. */
  public ClientResult(int order, String folder, Outcome outcome, List<Diagnostic> problems, List<String> notes) {
    this(order, folder, outcome, problems, notes, LogCount.NONE);
  }

  public String status() {
    return outcome.status();
  }

  public boolean failed() {
    return outcome.status().equals(Status.FAILED) || problems.stream().anyMatch(Diagnostic::isError);
  }

  /** The statuses of {@link Outcome#status()}. */
  static final class Status {
    static final String DONE = "done";
    static final String WARNINGS = "done-with-warnings";
    static final String KEPT = "kept-filled-log";
    /** No block this month: the client starts later, or is between blocks. */
    static final String SKIPPED = "skipped";
    /** Never worked on: the run stopped before it got to the client (a full disk). */
    static final String NOT_REACHED = "not-reached";
    static final String FAILED = "failed";

    private Status() {}
  }
}
