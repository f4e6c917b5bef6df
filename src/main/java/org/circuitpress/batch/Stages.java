package org.circuitpress.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Paper;
import org.circuitpress.model.PrintedDates;
import org.circuitpress.model.Program;
import org.circuitpress.model.Roster;
import org.circuitpress.model.Template;

/**
 * The pipeline stages a run calls, one method per stage entry point. {@link #standard()} wires the
 * real readers, planner and writers; tests pass their own to make a stage fail on purpose.
 */
public interface Stages {
  static Stages standard() {
    return new StandardStages();
  }

  Optional<Library> library(Path file, Diagnostics d);

  Catalog templates(Path folder, Library library, Diagnostics d);

  Branding branding(Path file, Diagnostics d);

  /** The roster's clients, and its rows left out for their errors (their errors go to {@code d}). */
  Roster roster(Path file, Library library, Catalog catalog, Diagnostics d);

  /** Thread-safe: one planner serves every client of a run. */
  Planning planner(Library library, Catalog catalog);

  /**
   * Thread-safe: one renderer serves every client of a run.
   *
   * @param library the run's library: drill images resolve inside its folder, and a substitute
   *     names the drill it replaces
   */
  Handouts handouts(Branding branding, Library library, Diagnostics d);

  void writeLog(Program program, OutputStream out) throws IOException;

  /**
   * What the handout of {@code program} prints about it besides the drills' targets (its log prints
   * those), as a text whose checksum the month's record of written files keeps beside the handout's:
   * the template's words and settings and the lines under substitutes, without the branding or the
   * drills' cues, pictures and videos. {@code library} names the drills a substitute replaces.
   */
  String handoutWords(Program program, Library library);

  /**
   * The trainer's summary of a run, a row per client in roster order, printed on {@code paper};
   * {@code rows} may be gone through more than once (a run reads them back from disk each time).
   */
  void writeSummary(Iterable<Outcome> rows, Paper paper, OutputStream out) throws IOException;

  Optional<BlockLog> readLog(Path clientFolder, Program previous, Diagnostics d);

  /**
   * As {@link #readLog(Path, Program, Diagnostics)}; {@code asWritten} tells a log or handout that
   * is exactly the blank file the run of {@code previous} wrote, which need not be opened.
   */
  default Optional<BlockLog> readLog(
      Path clientFolder, Program previous, Predicate<Path> asWritten, Diagnostics d) {
    return readLog(clientFolder, previous, d);
  }

  /**
   * As {@link #readLog(Path, Program, Predicate, Diagnostics)}, with the block the log is read
   * against: {@code previous}, or where the client went on in the new log a run of the month wrote
   * beside the kept one, that log's weeks of {@code newBlock} (null: not known), the block it printed.
   */
  default Optional<Logged> readLog(
      Path clientFolder, Program previous, Program newBlock, Predicate<Path> asWritten, Diagnostics d) {
    return readLog(clientFolder, previous, asWritten, d).map(l -> new Logged(previous, Optional.of(l)));
  }

  /** As {@link #readLogToExport(Path, Program, Diagnostics)}, with the block as {@link #readLog(Path, Program, Program, Predicate, Diagnostics)} gives it. */
  default Optional<Logged> readLogToExport(Path clientFolder, Program block, Program newBlock, Diagnostics d) {
    return readLogToExport(clientFolder, block, d).map(l -> new Logged(block, Optional.of(l)));
  }

  /**
   * As {@link #readLog(Path, Program, Diagnostics)}, for export-logs: a log or handout that cannot
   * be read is an error of the client, whose rows of the export are then without it.
   */
  default Optional<BlockLog> readLogToExport(Path clientFolder, Program block, Diagnostics d) {
    return readLog(clientFolder, block, d);
  }

  /** True when a log or handout in place has anything a client wrote in it. */
  boolean hasEntries(Path file) throws IOException;

  String planText(Program program);

  void planCsv(List<Program> programs, Appendable out) throws IOException;

  /** One flat CSV of target against actual for every client's program and logged block. */
  void exportLogs(List<Logged> logs, Appendable out) throws IOException;

  /** A program and what its client logged of it (empty when no log came back). */
  record Logged(Program program, Optional<BlockLog> log) {}

  /**
   * The planner's entry point: the block of {@code month}, continuing from {@code lastBlock} (the
   * previous block as printed, or null to let the planner recompute it) and its log.
   */
  @FunctionalInterface
  interface Planning {
    Optional<Program> plan(
        Client client, YearMonth month, Optional<BlockLog> last, Program lastBlock, Diagnostics d);

    /**
     * Whether {@link #plan} would make a program for {@code month}, without making it: how the
     * history looks for the month of the last block, once per month it looks back.
     */
    default boolean startsBlock(Client client, YearMonth month) {
      return plan(client, month, Optional.empty(), null, new Diagnostics()).isPresent();
    }

    /**
     * As {@link #plan}, with the blocks from {@code dated} on dated from it: the client's latest
     * block printed before {@code month}, which keeps the length it was printed with (null: none,
     * every block by today's length). By default as {@link #plan} without it.
     */
    default Optional<Program> plan(Client client, YearMonth month, Optional<BlockLog> last, Program lastBlock,
        PrintedDates dated, Diagnostics d) {
      return plan(client, month, last, lastBlock, d);
    }

    /** As {@link #startsBlock(Client, YearMonth)}, with the blocks from {@code dated} on dated from it. */
    default boolean startsBlock(Client client, YearMonth month, PrintedDates dated) {
      return dated == null ? startsBlock(client, month)
          : plan(client, month, Optional.empty(), null, dated, new Diagnostics()).isPresent();
    }

    /**
     * The month the block after {@code printed} would have started in had the client gone straight
     * on, when {@code block} is that block started later, as nothing was printed between; by default
     * empty.
     */
    default Optional<YearMonth> missedFrom(Client client, PrintedDates printed, Program block) {
      return Optional.empty();
    }

    /**
     * What the client wrote in {@code log}, the log of {@code left}, a block of a program they have
     * since left for {@code next}'s: listed, with a warning for each note of pain. It decides nothing.
     */
    default List<Diagnostic> leftProgramNotes(Client client, BlockLog log, Program left, Program next) {
      return List.of();
    }

    /**
     * What the client wrote so far in {@code log}, the log of {@code running}, a block still running
     * in a month that makes them no new one: listed, with a warning for each note of pain. It decides nothing.
     */
    default List<Diagnostic> runningBlockNotes(Client client, BlockLog log, Program running) {
      return List.of();
    }

    /**
     * Whether {@code printed}, a block kept from an earlier run, is still the block the schedule
     * has in {@code month}, so that a run may continue from it instead of rebuilding it.
     */
    default boolean isBlock(Client client, YearMonth month, Program printed) {
      return plan(client, month, Optional.empty(), null, new Diagnostics())
          .filter(p -> p.block() == printed.block() && p.start().equals(printed.start())
              && p.end().equals(printed.end()) && p.template().id().equals(printed.template().id())
              && Objects.equals(p.trackId(), printed.trackId())
              && p.weeks().size() == printed.weeks().size())
          .isPresent();
    }
  }

  /** The handout renderer's entry point. */
  @FunctionalInterface
  interface Handouts {
    void render(Program program, OutputStream out, Diagnostics d) throws IOException;

    /**
     * What rendering would warn about the client's own texts and the handout's length, without
     * writing it: for a dry run (validate), which stops at the plan. Nothing by default.
     */
    default void check(Program program, Diagnostics d) {}

    /**
     * Once a run, before any client: what the handouts of {@code templates} (those the roster's
     * clients follow) print otherwise than typed in the templates' own words, said at each
     * template's file rather than for each of its clients. Nothing by default.
     */
    default void templates(Collection<Template> templates, Diagnostics d) {}
  }
}
