package org.circuitpress.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Program;

/**
 * Finds the block before a run's month as it was printed, and what the client logged of it.
 *
 * <p>Each block is planned from the one before it as printed and from that block's log, so what
 * a log changed carries on into every later block. Earlier blocks are therefore rebuilt month by
 * month from the first, each with its own log. A block's log is in its month's client folder, or,
 * for a first block made by a run without {@code --month}, in the folder of that earlier run's
 * month.
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

  /** The last block as printed, and its log when one came back. */
  record Prior(Program block, Optional<Found> found) {
    Optional<BlockLog> log() {
      return found.map(Found::log);
    }
  }

  /**
   * The block before {@code month}, rebuilt as its own run made it, and its log; problems in that
   * log go to {@code d}, those of older logs (reported by their own runs) do not. Empty without
   * {@code month} or before the first block.
   */
  Optional<Prior> prior(Client c, String folder, YearMonth month, Diagnostics d) {
    if (month == null) return Optional.empty();
    YearMonth first = YearMonth.from(c.startDate());
    for (int back = 1; back <= MAX_MONTHS && !month.minusMonths(back).isBefore(first); back++) {
      YearMonth m = month.minusMonths(back);
      // A cheap probe first: rebuilding only the month that has the block keeps the recursion
      // one level per block, not one per month tried.
      if (!planner.startsBlock(c, m)) continue;
      Optional<Program> printed = program(c, folder, m, new Diagnostics());
      if (printed.isPresent()) {
        Program block = printed.get();
        return Optional.of(new Prior(block, found(logFolders(c.id(), folder, m, block.block() == 1), block, d)));
      }
    }
    return Optional.empty();
  }

  /**
   * The log of {@code block} from the first of {@code dirs} that holds a filled one, else from the
   * first. A first block can be in two folders: printed early by a run without --month and again
   * by its own month's run, and the client filled in whichever they were given. A folder's log of
   * another enrolment or block is refused by the reader, so it is not taken. Each log is read
   * once; only the chosen one's problems are reported.
   */
  private Optional<Found> found(List<Path> dirs, Program block, Diagnostics d) {
    Optional<Found> first = Optional.empty();
    List<Diagnostic> firstProblems = List.of();
    for (Path dir : dirs) {
      Diagnostics local = new Diagnostics();
      Optional<Found> f = stages.readLog(dir, block, local).map(log -> new Found(log, dir));
      if (f.isPresent() && !f.get().log().isEmpty() || dirs.size() == 1) {
        local.all().forEach(d::add);
        return f;
      }
      if (dir == dirs.get(0)) {
        first = f;
        firstProblems = local.all();
      }
    }
    firstProblems.forEach(d::add);
    return first;
  }

  /**
   * The folders that may hold a block's log, newest month first. Runs that let ids differing
   * only in case or accent form share a roster gave each of them a folder with a longer hash
   * ({@link SafeNames#longer}); such a folder is used when the client's own is not there, so its
   * log is still found.
   */
  private List<Path> logFolders(String id, String folder, YearMonth blockMonth, boolean firstBlock) {
    String older = SafeNames.longer(id);
    List<Path> dirs = new ArrayList<>();
    for (int back = 0; back <= (firstBlock ? MAX_MONTHS : 0); back++) {
      Path month = out.resolve(blockMonth.minusMonths(back).toString());
      Path dir = month.resolve(folder);
      if (Files.isDirectory(dir)) dirs.add(dir);
      else if (!older.equals(folder) && Files.isDirectory(month.resolve(older))) dirs.add(month.resolve(older));
    }
    return dirs;
  }

  /** The program of {@code month} as a run of that month made it. */
  Optional<Program> program(Client c, String folder, YearMonth month, Diagnostics d) {
    Optional<Prior> prior = prior(c, folder, month, d);
    return planner.plan(c, month, prior.flatMap(Prior::log), prior.map(Prior::block).orElse(null), d);
  }
}
