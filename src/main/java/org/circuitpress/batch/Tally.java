package org.circuitpress.batch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.circuitpress.batch.ClientResult.Status;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.DrillCounts;
import org.circuitpress.model.Severity;

/**
 * What the console and the head of the report count about the clients of a run, gathered one
 * result at a time so that the results themselves need not be kept: statuses, errors, warnings,
 * the number of problem lines and the first few of them; and what came back of the clients' last
 * blocks and what it decided ({@link LogCount}), with the ids of the clients a note of pain eased
 * back, in roster order.
 */
final class Tally {
  private final int firstLinesKept;
  private final Map<String, Integer> byStatus = new TreeMap<>();
  private final List<String> firstErrors = new ArrayList<>();
  private final List<String> firstOthers = new ArrayList<>();
  /** The first warnings of a note of pain, which the console shows before the other warnings. */
  private final List<String> firstPain = new ArrayList<>();
  private int clients;
  private long errors;
  private long warnings;
  private long problemLines;
  private boolean failed;
  private boolean stoppedEarly;
  private final Map<LogCount.Returned, Integer> logs = new EnumMap<>(LogCount.Returned.class);
  private DrillCounts drills = DrillCounts.NONE;
  private final List<String> painIds = new ArrayList<>();
  private long substitutes;
  private boolean logsKnown = true;
  /** The warnings of a month far after clients' last blocks, many of them counted in one line. */
  private final FarMonths far = new FarMonths();
  /** Where in {@link #firstOthers} each line that counts them goes, by the first problem it counts. */
  private final Map<Integer, Diagnostic> farLineAt = new TreeMap<>();

  /**
   * How many of one client's warnings the console shows at most (notes of pain aside): a log filled
   * in with words the run cannot read would otherwise fill the console with one client's cells.
   */
  static final int CLIENT_WARNINGS_SHOWN = 3;

  /** @param firstLinesKept how many problem lines to keep for the console */
  Tally(int firstLinesKept) {
    this.firstLinesKept = firstLinesKept;
  }

  static Tally of(Iterable<ClientResult> results) {
    Tally t = new Tally(Run.CONSOLE_PROBLEMS);
    results.forEach(t::add);
    return t;
  }

  void add(ClientResult r) {
    clients++;
    byStatus.merge(r.status(), 1, Integer::sum);
    failed |= r.failed();
    // shard files of older versions said so in the detail of a client "skipped"
    stoppedEarly |= r.status().equals(Status.NOT_REACHED) || r.outcome().detail().startsWith("not written: the run stopped");
    logs.merge(r.logs().returned(), 1, Integer::sum);
    drills = drills.plus(r.logs().drills());
    if (r.logs().drills().easedForPain() > 0) painIds.add(r.outcome().clientId());
    substitutes += r.outcome().substitutes();
    int own = 0;
    for (Diagnostic d : r.problems()) {
      if (d.isError()) errors++;
      else if (d.severity() == Severity.WARNING) warnings++;
      FarMonths.Place place = far.place(d, r);
      if (place == FarMonths.Place.FIRST_COUNTED && firstOthers.size() < firstLinesKept) {
        farLineAt.put(firstOthers.size(), d);
        firstOthers.add(null);
      }
      if (place != FarMonths.Place.LISTED) continue;
      if (Report.isProblem(d)) {
        problemLines++;
        List<String> first = d.isError() ? firstErrors : Report.isPain(d) ? firstPain
            : own++ < CLIENT_WARNINGS_SHOWN ? firstOthers : null;
        if (first != null && first.size() < firstLinesKept) first.add(Report.line(d));
      }
    }
  }

  int clients() {
    return clients;
  }

  int status(String status) {
    return byStatus.getOrDefault(status, 0);
  }

  int done() {
    return status(Status.DONE) + status(Status.WARNINGS);
  }

  long errors() {
    return errors;
  }

  long warnings() {
    return warnings;
  }

  /** True when a client failed (its status, or an error among its problems). */
  boolean failed() {
    return failed;
  }

  /** True when the run stopped after a failure (a full disk) and did not reach the clients after it. */
  boolean stoppedEarly() {
    return stoppedEarly;
  }

  /** The clients' problem lines of the report, in roster order: those that count many clients' warnings too. */
  long problemLines() {
    return problemLines + far.lines().size();
  }

  /** The clients' warnings as lines: each listed one, and each line that counts many ({@link FarMonths}). */
  long warningLines() {
    return warnings - far.counted() + far.lines().size();
  }

  /** The line that counts the warnings of {@code d}'s kind, when it is the first of them counted ({@link FarMonths}). */
  Optional<Diagnostic> farLine(Diagnostic d) {
    return far.lineFor(d);
  }

  /** The first of those lines that are errors, as many as asked for. */
  List<String> firstErrorLines() {
    return List.copyOf(firstErrors);
  }

  /** How many clients' last-block logs came back {@code returned}. */
  int logs(LogCount.Returned returned) {
    return logs.getOrDefault(returned, 0);
  }

  /**
   * Whether the run found earlier logs, filled in, blank or untouched, and its results say what came
   * back: not when a shard's file from before results carried it was merged ({@link #logsUnknown}).
   */
  boolean readLogs() {
    return logsKnown && logs(LogCount.Returned.FILLED) + logs(LogCount.Returned.BLANK)
        + logs(LogCount.Returned.UNREADABLE) + logs(LogCount.Returned.UNTOUCHED) > 0;
  }

  /** The results of some clients do not say what came back of their logs: the counts would be short. */
  void logsUnknown() {
    logsKnown = false;
  }

  /** The drills of every filled log, counted by what it decided. */
  DrillCounts drills() {
    return drills;
  }

  /** The clients with a drill eased back for a note of pain, in roster order. */
  List<String> painIds() {
    return List.copyOf(painIds);
  }

  /** The substitutes of the clients' new blocks (the summary's column), summed. */
  long substitutes() {
    return substitutes;
  }

  /** The first of those lines that are warnings of a note of pain, as many as asked for. */
  List<String> firstPainLines() {
    return List.copyOf(firstPain);
  }

  /** The first of the other warning lines, as many as asked for, at most {@link #CLIENT_WARNINGS_SHOWN} of one client's. */
  List<String> firstWarningLines() {
    List<String> lines = new ArrayList<>(firstOthers);
    farLineAt.forEach((i, d) -> lines.set(i, Report.line(far.lineFor(d).orElseThrow())));
    return List.copyOf(lines);
  }
}
