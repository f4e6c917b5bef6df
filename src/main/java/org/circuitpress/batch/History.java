package org.circuitpress.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Program;

/**
 * Finds what a client logged in the month before a run's month. The log is read against the
 * program it was printed from; that program is planned again from the log before it, and so on
 * back while month folders exist (same inputs, same plan: the planner is deterministic).
 */
final class History {
  /** How far back earlier blocks are replayed. */
  private static final int MAX_MONTHS = 24;

  private final Stages stages;
  private final Stages.Planning planner;
  private final Path out;

  History(Stages stages, Stages.Planning planner, Path out) {
    this.stages = stages;
    this.planner = planner;
    this.out = out;
  }

  /** The last block's log, its problems reported to {@code d}; empty without {@code month}. */
  Optional<BlockLog> lastLog(Client c, String folder, YearMonth month, Diagnostics d) {
    return lastLog(c, folder, month, d, 0);
  }

  private Optional<BlockLog> lastLog(Client c, String folder, YearMonth month, Diagnostics d, int depth) {
    if (month == null || depth >= MAX_MONTHS) return Optional.empty();
    YearMonth previous = month.minusMonths(1);
    Path dir = out.resolve(previous.toString()).resolve(folder);
    if (!Files.isDirectory(dir) || c.startDate().isAfter(previous.atEndOfMonth())) return Optional.empty();
    Diagnostics quiet = new Diagnostics();
    Optional<Program> program = planner.plan(c, previous, lastLog(c, folder, previous, quiet, depth + 1), quiet);
    if (program.isEmpty()) return Optional.empty();
    return stages.readLog(dir, program.get(), depth == 0 ? d : quiet);
  }

  /** The program of {@code month} as a run of that month printed it. */
  Optional<Program> program(Client c, String folder, YearMonth month, Diagnostics d) {
    return planner.plan(c, month, lastLog(c, folder, month, d), d);
  }
}
