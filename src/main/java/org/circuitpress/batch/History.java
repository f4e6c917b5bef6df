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
 * Finds what a client logged of the block before a run's month. That block is the latest one the
 * planner places in an earlier month (planned with its default progression, as the planner
 * itself recomputes earlier blocks); its log is in that month's client folder, or, for a first
 * block made by a run without {@code --month}, in the folder of that earlier run's month.
 */
final class History {
  /** How far back a block start, or the first run's month, is looked for. */
  private static final int MAX_MONTHS = 24;

  private final Stages stages;
  private final Stages.Planning planner;
  private final Path out;

  History(Stages stages, Stages.Planning planner, Path out) {
    this.stages = stages;
    this.planner = planner;
    this.out = out;
  }

  /** A log found, and the folder it was read from. */
  record Found(BlockLog log, Path folder) {
    /** E.g. {@code output/2026-12/anna-k/log.xlsx}. */
    String where() {
      return folder.resolve(log.source()).toString();
    }
  }

  /** The last block's log, its problems reported to {@code d}; empty without {@code month}. */
  Optional<Found> lastLog(Client c, String folder, YearMonth month, Diagnostics d) {
    if (month == null) return Optional.empty();
    YearMonth first = YearMonth.from(c.startDate());
    for (int back = 1; back <= MAX_MONTHS && !month.minusMonths(back).isBefore(first); back++) {
      YearMonth m = month.minusMonths(back);
      Optional<Program> previous = planner.plan(c, m, Optional.empty(), new Diagnostics());
      if (previous.isPresent()) {
        return logFolder(folder, m, previous.get().block() == 1)
            .flatMap(dir -> stages.readLog(dir, previous.get(), d).map(log -> new Found(log, dir)));
      }
    }
    return Optional.empty();
  }

  private Optional<Path> logFolder(String folder, YearMonth blockMonth, boolean firstBlock) {
    for (int back = 0; back <= (firstBlock ? MAX_MONTHS : 0); back++) {
      Path dir = out.resolve(blockMonth.minusMonths(back).toString()).resolve(folder);
      if (Files.isDirectory(dir)) return Optional.of(dir);
    }
    return Optional.empty();
  }

  /** The program of {@code month} as a run of that month made it. */
  Optional<Program> program(Client c, String folder, YearMonth month, Diagnostics d) {
    return planner.plan(c, month, lastLog(c, folder, month, d).map(Found::log), d);
  }
}
