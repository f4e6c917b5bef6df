package org.circuitpress.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.circuitpress.input.IdNumbers;
import org.circuitpress.input.LogReader;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.ClientCells;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.LogFields;
import org.circuitpress.model.LogNote;
import org.circuitpress.model.Names;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.PrintedDates;
import org.circuitpress.model.Program;
import org.circuitpress.model.Severity;
import org.circuitpress.model.Week;
import org.circuitpress.plan.Planner;

/**
 * Finds the block before a run's month as it was printed, and what the client logged of it.
 *
 * <p>Each block is planned from the one before it as printed and from that block's log, so what
 * a log changed carries on into every later block. The run that printed a block left its record
 * beside it ({@link BlockRecord}), and that record is the block as printed. Where it is missing
 * (files from before such records, or deleted) or no longer fits the client's schedule or
 * today's library and templates, the block is rebuilt month by month from the first, each with
 * its own log. A block's log is in its month's client folder, or, for a first block made by a
 * run without {@code --month}, in the folder of that earlier run's month.
 */
final class History {
  /** How far back a block start, or the first run's month, is looked for. */
  private static final int MAX_MONTHS = 24;

  private final Stages stages;
  private final Stages.Planning planner;
  private final Path out;
  private final Library library;
  private final Catalog catalog;
  /** The record of what earlier runs wrote, by month folder: one read a run, shared by its threads. */
  private final Map<Path, WrittenFiles> written = new ConcurrentHashMap<>();

  History(Stages stages, Stages.Planning planner, Path out, Library library, Catalog catalog) {
    this.stages = stages;
    this.planner = planner;
    this.out = out;
    this.library = library;
    this.catalog = catalog;
  }

  /** A log found, and the folder it was read from. */
  record Found(BlockLog log, Path folder) {
    /**
     * The log and handout there are still byte for byte the files the run wrote (by the month's
     * {@link WrittenFiles}): the client sent nothing back ({@link BlockLog#untouched}).
     */
    boolean untouched() {
      return log.untouched();
    }

    /** E.g. {@code output/2026-12/anna-k/log.xlsx}. */
    String where() {
      return folder.resolve(log.source()).toString();
    }
  }

  /**
   * The last block as printed, and its log when one came back.
   *
   * @param otherProgram the last block was of a program the client has left: its log decides
   *     nothing of the new program's block
   * @param left that block, as its record keeps it, and its log when the client wrote in it: what
   *     they wrote is still listed, and a note of pain warned about
   * @param forNewBlock notes of what changed since that block (a drill or slot gone, a move to
   *     another program, a length changed) that say what the new block does about it: said only
   *     when one is made, as for a client whose block is still running nothing is decided
   * @param dated the client's latest block printed before the new one, which the new block is
   *     dated from ({@link Walk#dated}); null: none, and blocks are dated by today's length
   */
  record Prior(Program block, Optional<Found> found, boolean otherProgram, Optional<Left> left,
      List<Diagnostic> forNewBlock, PrintedDates dated) {
    Prior {
      forNewBlock = List.copyOf(forNewBlock);
    }

    Prior(Program block, Optional<Found> found, boolean otherProgram, Optional<Left> left,
        List<Diagnostic> forNewBlock) {
      this(block, found, otherProgram, left, forNewBlock, null);
    }

    Prior(Program block, Optional<Found> found, List<Diagnostic> forNewBlock) {
      this(block, found, false, Optional.empty(), forNewBlock);
    }

    /** This, with the new block dated from {@code printed} ({@link Walk#dated}). */
    Prior datedFrom(PrintedDates printed) {
      return new Prior(block, found, otherProgram, left, forNewBlock, printed);
    }

    Optional<BlockLog> log() {
      return found.map(Found::log);
    }
  }

  /**
   * The block before {@code month} as its own run made it, and its log; problems in that log and
   * its record go to {@code d}, those of older ones (reported by their own runs) do not. Empty
   * without {@code month} or before the first block.
   */
  Optional<Prior> prior(Client c, String folder, YearMonth month, Diagnostics d) {
    Walk walk = new Walk(c, folder, month);
    return prior(walk, month, d).map(p -> p.datedFrom(walk.dated()));
  }

  private Optional<Prior> prior(Walk walk, YearMonth month, Diagnostics d) {
    return lastBlock(walk, month, d).map(this::withNewIds);
  }

  private Optional<Prior> lastBlock(Walk walk, YearMonth month, Diagnostics d) {
    if (month == null) return Optional.empty();
    Client c = walk.c;
    YearMonth first = YearMonth.from(c.startDate());
    int reach = walk.reach();
    for (int back = 1; back <= reach && !month.minusMonths(back).isBefore(first); back++) {
      YearMonth m = month.minusMonths(back);
      // A cheap probe first: only the month that has the block is looked at.
      if (!walk.startsBlock(m)) continue;
      Rebuilt rebuilt = new Rebuilt(walk, m);
      Optional<Prior> prior = found(c, m, logFolders(c.id(), walk.folder, m, walk.firstBlock(m)), rebuilt, d);
      if (prior.isPresent()) return prior;
    }
    return Optional.empty();
  }

  /**
   * One client's blocks before a month as they are worked out: which months start a block (each
   * asked of the planner once), and the blocks planned again so far, by month.
   *
   * <p>Each block is planned from the one before it as printed, which may have to be planned again
   * in turn, back to one whose record is kept or to the first. For a month typed decades on that is
   * over a thousand blocks, and each was once a level deeper into the stack, until it ran out (found
   * in review: --month 2125-11 for a start in 2026-12 ended the client with "Stack overflow"). So
   * the blocks wait in a list instead ({@link #rebuild}): a block that finds it needs an earlier one
   * not yet made stops there, before it is planned, and is tried again once that one is. Each block
   * is still planned once.
   */
  private final class Walk {
    final Client c;
    final String folder;
    /** The month whose block is asked for: the blocks printed before it date it. */
    private final YearMonth month;
    private final Map<YearMonth, Boolean> starts = new HashMap<>();
    private final Map<YearMonth, Optional<Program>> made = new HashMap<>();
    /** Whether {@link #rebuild} is at work: a block not yet made is then waited for, not made at once. */
    private boolean rebuilding;
    /** The record {@link #dated} read, and what it holds, read once for {@link #kept} too. */
    private Path datedFile;
    private BlockRecord.Read datedRead;
    private boolean datedLooked;
    /** Whether a folder of a later month than {@link #datedFile}'s holds a handout or log of the client. */
    private boolean printedSince;

    Walk(Client c, String folder, YearMonth month) {
      this.c = c;
      this.folder = folder;
      this.month = month;
    }

    boolean startsBlock(YearMonth m) {
      return starts.computeIfAbsent(m, k -> planner.startsBlock(c, k, dated()));
    }

    /**
     * The dates of the client's latest block printed before {@link #month}: the one the newest
     * record in their folders of earlier months keeps (a first block made early included). It
     * keeps the length it was printed with, and the blocks after it are dated from its end; null
     * when there is none, or the newest cannot be read, and then every block is dated by today's
     * length. The record is the one a run reads anyway, the last block's: it is read once, here.
     * When no later folder of the client holds a handout or log either, no block after it was
     * printed before {@link #month} ({@link PrintedDates#nextNotBefore}): the client was away,
     * marked paused, or the months between were not run, and picks up with the block after it.
     */
    PrintedDates dated() {
      if (datedLooked) {
        PrintedDates read = datedRead == null ? null : datedRead.program().map(PrintedDates::of).orElse(null);
        return read == null || printedSince ? read : read.lastBefore(month);
      }
      datedLooked = true;
      if (month == null) return null;
      // every month folder back to the start: a client back after a long break has their record far back
      YearMonth earliest = YearMonth.from(c.startDate()).minusMonths(EARLY_MONTHS);
      List<YearMonth> months = monthFolders().stream().filter(m -> m.isBefore(month) && !m.isBefore(earliest))
          .sorted(Comparator.reverseOrder()).toList();
      for (YearMonth m : months) {
        for (Path dir : monthFolders(out.resolve(m.toString()), c.id(), folder)) {
          Path file = dir.resolve(BlockRecord.NAME);
          if (!Files.isRegularFile(file)) {
            // a block printed without a record (by a version before them, or with it deleted)
            printedSince |= holdsHandoutOrLog(dir);
            continue;
          }
          datedFile = file;
          datedRead = readRecord(file, c);
          return dated();
        }
      }
      return null;
    }

    /**
     * How many months before {@link #month} its last block is looked for: {@link #MAX_MONTHS}, or as
     * far back as the latest block printed when the client picks up after it ({@link #dated}).
     */
    int reach() {
      PrintedDates d = dated();
      if (d == null || d.nextNotBefore() == null) return MAX_MONTHS;
      return (int) Math.max(MAX_MONTHS, ChronoUnit.MONTHS.between(YearMonth.from(d.start()), month));
    }

    /** What the record {@code file} holds, read again unless {@link #dated} read it. */
    BlockRecord.Read record(Path file) {
      return file.equals(datedFile) ? datedRead : readRecord(file, c);
    }

    /** Whether the block of {@code m} is the client's first: no block starts between their start and it. */
    boolean firstBlock(YearMonth m) {
      YearMonth first = YearMonth.from(c.startDate());
      for (YearMonth k = m.minusMonths(1); !k.isBefore(first); k = k.minusMonths(1)) {
        if (startsBlock(k)) return false;
      }
      return true;
    }

    /** The block of {@code m} planned again, made now or, while {@link #rebuild} is at work, waited for. */
    Optional<Program> block(YearMonth m) {
      Optional<Program> p = made.get(m);
      if (p != null) return p;
      if (rebuilding) throw new Needed(m);
      return rebuild(m);
    }

    /** The block of {@code m} and every block before it that it needs planned again, earliest first. */
    private Optional<Program> rebuild(YearMonth m) {
      rebuilding = true;
      try {
        Deque<YearMonth> waiting = new ArrayDeque<>(List.of(m));
        while (!waiting.isEmpty()) {
          YearMonth next = waiting.peek();
          try {
            // what planning an earlier block again says was said by that block's own run
            made.put(next, program(this, next, new Diagnostics()));
            waiting.pop();
          } catch (Needed earlier) {
            // always a month before next: the list ends at the first block at the latest
            waiting.push(earlier.month);
          }
        }
        return made.get(m);
      } finally {
        rebuilding = false;
      }
    }
  }

  /** A block {@link Walk#rebuild} has yet to make, asked for by a later one, which waits for it. */
  private static final class Needed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final YearMonth month;

    Needed(YearMonth month) {
      super(null, null, false, false);
      this.month = month;
    }
  }

  /**
   * The block of {@code m} rebuilt from the first, made only when a folder has no record that
   * fits, and once: rebuilding is the expensive path.
   */
  private static final class Rebuilt {
    final Walk walk;
    private final YearMonth m;
    final String folder;

    Rebuilt(Walk walk, YearMonth m) {
      this.walk = walk;
      this.m = m;
      this.folder = walk.folder;
    }

    Optional<Program> get() {
      return walk.block(m);
    }
  }

  /**
   * The block of {@code m} and its log from the first of {@code dirs} that holds a filled one,
   * else from the first whose log holds words outside its week sheets, else from the first that
   * holds a log, else from the first. A first block can be in two folders:
   * printed early by a run without --month and again by its own month's run, and the client filled
   * in whichever they were given; each folder's log is read against the block printed there. A
   * folder's log of another enrolment or block is refused by the reader, so it is not taken. Each
   * log is read once; the chosen one's problems are reported, and the warnings of the others: a log
   * there that could not be read may be the copy the client filled in, and the trainer must hear of it.
   */
  private Optional<Prior> found(Client c, YearMonth m, List<Path> dirs, Rebuilt rebuilt, Diagnostics d) {
    // said of a folder named as a CSV wrote the id, when its month holds no other folder of the client
    for (Path dir : dirs) {
      if (dirs.stream().filter(o -> o.getParent().equals(dir.getParent())).count() > 1) continue;
      namedAsShown(c, dir, rebuilt.folder).ifPresent(d::add);
    }
    Prior first = null;
    List<Diagnostic> firstProblems = List.of();
    List<Diagnostic> othersWarned = new ArrayList<>();
    List<Found> read = new ArrayList<>();
    for (int i = 0; i < dirs.size(); i++) {
      Path dir = dirs.get(i);
      Diagnostics local = new Diagnostics();
      Diagnostics recordSaid = new Diagnostics();
      List<Diagnostic> forNewBlock = new ArrayList<>();
      Optional<Program> block = kept(dir, c, m, recordSaid, forNewBlock, rebuilt.walk);
      // Files written with the block the record keeps, and unchanged since, hold no entries. A
      // block worked out again may differ from the one they were written with: they are read.
      // Each file is checked once, for the reader and for the count of untouched logs.
      Map<Path, Boolean> checked = new HashMap<>();
      Predicate<Path> same = file -> checked.computeIfAbsent(file, x -> asWritten(dir, x));
      Predicate<Path> asWritten = block.isPresent() ? same : file -> false;
      boolean fromRecord = block.isPresent();
      if (block.isEmpty()) block = rebuilt.get();
      if (block.isEmpty()) continue;
      Program printed = block.get();
      Optional<String> other = fromRecord ? Optional.empty() : recordedTemplate(dir);
      // as the roster matches a program: a folder renamed only in capitals, spaces or hyphens is the same
      if (other.isPresent() && !Names.tag(other.get()).equals(Names.tag(printed.template().id()))) {
        // The client's program changed since: that folder's log is of another template's drills,
        // and read against this one's it would match nothing, or decide a step it never earned.
        // The note says so once: the record's own note, that it keeps a block that is no longer
        // the client's, is this move told twice.
        recordSaid.all().stream().filter(x -> x.severity() != Severity.INFO).forEach(d::add);
        Diagnostic moved = Diagnostic.info(Location.ofFile(dir.toString()), "the last block here was of " + other.get()
            + ", but the client's program is now " + printed.template().id() + ": its log does not decide this"
            + " block, which goes on as the new program plans").forClient(c.id());
        return Optional.of(new Prior(printed, Optional.empty(), true, left(dir, c, same), List.of(moved)));
      }
      recordSaid.all().forEach(local::add);
      Optional<Stages.Logged> logged = stages.readLog(dir, printed, newBlock(dir, c, m, printed), asWritten, local);
      if (logged.isPresent()) printed = logged.get().program();
      Optional<Found> f = logged.flatMap(Stages.Logged::log)
          .map(log -> new Found(untouched(dir, log, same) ? log.asUntouched() : log, dir));
      if (f.isEmpty()) noneCameBack(dir, c, local);
      Optional<Reading> putBack = f.isPresent() && unmatched(f.get().log(), printed)
          ? putBack(dir, c, m, f.get(), printed, fromRecord) : Optional.empty();
      if (putBack.isPresent()) {
        printed = putBack.get().block();
        f = Optional.of(putBack.get().found());
        local = putBack.get().said();
      }
      if (f.isPresent() && !f.get().log().isEmpty() || dirs.size() == 1) {
        othersWarned.addAll(warnings(firstProblems));
        othersWarned.forEach(d::add);
        local.all().forEach(d::add);
        for (Path later : dirs.subList(i + 1, dirs.size())) wordsOnly(later, c, m, rebuilt).ifPresent(read::add);
        return Optional.of(new Prior(printed, f.map(x -> withWordsOf(x, read, c, d)), forNewBlock));
      }
      f.ifPresent(read::add);
      // a blank log that came back is the one reported on, rather than a folder that holds none, and
      // one with words outside its week sheets rather than one without, so that they are listed
      if (first == null || first.found().isEmpty() && f.isPresent()
          || written(f.map(Found::log)) > written(first.found().map(Found::log))) {
        othersWarned.addAll(warnings(firstProblems));
        first = new Prior(printed, f, forNewBlock);
        firstProblems = local.all();
      } else {
        othersWarned.addAll(warnings(local.all()));
      }
    }
    if (first == null) {
      if (dirs.isEmpty()) {
        // Nothing of the last block here, so no log is read, and the trainer should know. A month
        // never run at all (the first run, or a month skipped) is a note; a month that was run
        // without this client's folder is a warning: most often their id was changed since.
        Path month = out.resolve(m.toString());
        Path expected = month.resolve(rebuilt.folder);
        String unseen = LogReader.cannotLook(expected);
        String monthUnseen = unseen == null ? null : LogReader.cannotLookIn(month);
        if (monthUnseen != null) {
          // every client's folder there is out of sight: said once for the month ({@link FarMonths})
          d.add(Diagnostic.warning(Location.ofFile(month.toString()), "could not look in " + month + " ("
              + monthUnseen + UNSEEN_MONTH + ", so no log was read and this block goes on as the template plans")
              .forClient(c.id()));
          return rebuilt.get().map(b -> new Prior(b, Optional.empty(), List.of()));
        }
        if (unseen != null) {
          // the folder may well be there, with the client's filled log: it could not be looked at
          d.add(Diagnostic.warning(Location.ofFile(expected.toString()), "could not look in " + expected + " for the"
              + " last block's log (" + unseen + "), so no log was read and this block goes on as the template plans;"
              + " if the client filled one in, " + LogReader.LOOK_AGAIN).forClient(c.id()));
          return rebuilt.get().map(b -> new Prior(b, Optional.empty(), List.of()));
        }
        boolean monthRun = Files.isDirectory(month);
        Optional<String> zeros = monthRun ? otherZeros(month, rebuilt.folder) : Optional.empty();
        String text = monthRun && zeros.isPresent()
            ? "no folder of this client's last block (" + m + "), so no log was read and this block goes on as the"
                + " template plans; the folder " + zeros.get() + " there is most likely theirs, with the id written"
                + " with other zeros in front: a spreadsheet drops them from an id typed as a number (001 becomes 1)."
                + " Format the client_id column as text and type the id as " + zeros.get() + " again, or rename"
                + " that folder to " + rebuilt.folder + ", and run again"
            : monthRun
            ? "no folder of this client's last block (" + m + "), so no log was read and this block goes on as the"
                + " template plans; if the client's id changed, rename their old folder to " + rebuilt.folder
                + " (or put their filled log.xlsx there) and run again"
            // at the month folder, which names no client: plan and export-logs show it on the console
            : c.name() + " (" + c.id() + "): the month of this client's last block (" + m + ") was not run here, so"
                + " no log was read and this block goes on as the template plans";
        Location at = Location.ofFile((monthRun ? expected : month).toString());
        d.add((monthRun ? Diagnostic.warning(at, text) : Diagnostic.info(at, text)).forClient(c.id()));
      }
      return rebuilt.get().map(b -> new Prior(b, Optional.empty(), List.of()));
    }
    firstProblems.forEach(d::add);
    othersWarned.forEach(d::add);
    return Optional.of(new Prior(first.block(), first.found().map(x -> withWordsOf(x, read, c, d)),
        first.forNewBlock()));
  }

  /**
   * The log of the block of {@code m} in {@code dir}, read only for the words the client wrote
   * outside its week sheets, when another folder of the month holds the log that is read; what
   * reading it says is not repeated (that log's entries are not read for the block).
   */
  private Optional<Found> wordsOnly(Path dir, Client c, YearMonth m, Rebuilt rebuilt) {
    Diagnostics ignored = new Diagnostics();
    Optional<Program> block = kept(dir, c, m, ignored, new ArrayList<>(), rebuilt.walk);
    Predicate<Path> asWritten = block.isPresent() ? file -> asWritten(dir, file) : file -> false;
    if (block.isEmpty()) block = rebuilt.get();
    if (block.isEmpty()) return Optional.empty();
    return stages.readLog(dir, block.get(), asWritten, ignored).map(log -> new Found(log, dir));
  }

  /**
   * {@code chosen}, the log read of a month that holds two folders of the client ({@code 1001/}
   * and {@code 1,001/}), with the words the client wrote outside the week sheets of the other
   * folders' logs ({@code others}) too, so that they are listed, read for pain and exported rather
   * than passed over with that log, each named with its folder ({@code 1,001/log.xlsx, sheet ...}),
   * as the file name alone is the log read's too. A warning at each such log says where its words
   * are and where the entries are read from, and names the entries it holds that are not read (rows
   * the log read does not hold as well): the trainer must hear of them, as only one log decides.
   * Words at the same cell of both logs (one log copied into both folders) are listed once.
   */
  private static Found withWordsOf(Found chosen, List<Found> others, Client c, Diagnostics d) {
    List<LogNote> outside = new ArrayList<>(chosen.log().outside());
    for (Found other : others) {
      if (other.folder().equals(chosen.folder())) continue;
      String folder = folderName(other.folder(), chosen.folder());
      List<LogNote> words = other.log().outside().stream()
          .filter(n -> outside.stream().noneMatch(o -> sameCell(o, n))).map(n -> n.inFolder(folder)).toList();
      List<LogEntry> unread = notIn(other.log(), chosen.log());
      if (words.isEmpty() && unread.isEmpty()) continue;
      outside.addAll(words);
      // the words themselves are in the client's notes: here, only where they are
      String cells = words.stream().map(n -> n.where().cellRef()).collect(Collectors.joining(", "));
      String text = unread.isEmpty()
          ? "the client also wrote in this log, outside the rows of its week sheets (" + cells + "); those words are"
              + " listed with the client's notes and read for pain as well"
          : "this log holds entries too, which are not read: " + rows(unread) + ". If the client kept this log,"
              + " copy those rows into that one (or put this one in its place) and run again"
              + (words.isEmpty() ? "" : ". What they wrote here outside the rows of its week sheets (" + cells
                  + ") is listed with the client's notes and read for pain as well");
      d.add(Diagnostic.warning(Location.ofFile(other.where()), c.name() + " (" + c.id() + "): the entries are read"
          + " from " + chosen.where() + ", but " + text).forClient(c.id()));
    }
    if (outside.size() == chosen.log().outside().size()) return chosen;
    BlockLog log = chosen.log();
    return new Found(new BlockLog(log.clientId(), log.block(), log.source(), log.entries(), outside, false,
        log.uncounted(), log.unread()), chosen.folder());
  }

  /**
   * How a log's folder is named beside the words in it: {@code 1,001}, or with its month
   * ({@code 2026-12/c001}) when the log read is in another month's folder of the same name.
   */
  private static String folderName(Path folder, Path read) {
    String name = folder.getFileName().toString();
    return Objects.equals(folder.getParent(), read.getParent()) ? name : folder.getParent().getFileName() + "/" + name;
  }

  /**
   * The filled rows of {@code log} that {@code read} does not hold with the same values (a log copied
   * into both folders holds none).
   */
  private static List<LogEntry> notIn(BlockLog log, BlockLog read) {
    Set<List<Object>> same = new HashSet<>();
    read.entries().forEach(e -> same.add(values(e)));
    return log.entries().stream().filter(e -> !e.isEmpty() && !same.contains(values(e))).toList();
  }

  /** What a row holds, wherever it was written. */
  private static List<Object> values(LogEntry e) {
    return Arrays.asList(e.week(), e.session(), e.round(), e.exerciseId(), e.date(), e.amount(), e.load(),
        e.loadGrade(), e.done(), e.rpe(), e.notes());
  }

  /** {@code 3 filled rows, in weeks 1 and 2, the first in row 2 of Week 1}: how many, and where to find them. */
  private static String rows(List<LogEntry> unread) {
    List<String> weeks = unread.stream().map(e -> String.valueOf(e.week())).distinct().toList();
    Location first = unread.get(0).where();
    return unread.size() + (unread.size() == 1 ? " filled row" : " filled rows") + ", in week"
        + (weeks.size() == 1 ? " " + weeks.get(0) : "s " + String.join(", ", weeks.subList(0, weeks.size() - 1))
            + " and " + weeks.get(weeks.size() - 1))
        + (first.sheet() == null ? "" : first.column() < 0 ? ", the first in row " + first.row() + " of " + first.sheet()
            : ", the first at " + first.cellRef());
  }

  /** Whether two notes are the same words at the same cell of their sheets, whichever file. */
  private static boolean sameCell(LogNote a, LogNote b) {
    return a.text().equals(b.text()) && Objects.equals(a.where().sheet(), b.where().sheet())
        && a.where().row() == b.where().row() && a.where().column() == b.where().column();
  }

  /** The warnings (and errors) of {@code said}, without its notes ("no log came back" of a folder not chosen). */
  private static List<Diagnostic> warnings(List<Diagnostic> said) {
    return said.stream().filter(x -> x.severity() != Severity.INFO).toList();
  }

  /**
   * A folder of the last block with neither a log nor a handout in it: the client is counted as a
   * log that did not come back, so the report says whose it is (a file that could not be read, or
   * is not a file, is warned about where it is read).
   */
  private static void noneCameBack(Path dir, Client c, Diagnostics d) {
    if (Files.exists(dir.resolve(LogReader.LOG_FILE)) || Files.exists(dir.resolve(LogReader.HANDOUT_FILE))) return;
    // one that could not be looked in is not one that nothing came back to: the reader said so
    if (LogReader.cannotLook(dir.resolve(LogReader.LOG_FILE)) != null
        || LogReader.cannotLook(dir.resolve(LogReader.HANDOUT_FILE)) != null) {
      return;
    }
    d.add(Diagnostic.info(Location.ofFile(dir.toString()), "no log came back: neither " + LogReader.LOG_FILE + " nor "
        + LogReader.HANDOUT_FILE + " is in " + dir + ", so no log was read and this block goes on as the template"
        + " plans; if the client filled one in, put it there and run again").forClient(c.id()));
  }

  /** A log read against a block, and what reading it said. */
  private record Reading(Program block, Found found, Diagnostics said) {}

  /**
   * The log of the block of {@code m} in the first of the client's folders {@code dirs} ({@link
   * #monthFolders}) that holds a filled one, else in the first whose log holds words outside its week
   * sheets, else in the first, as export-logs reads it: against {@code block},
   * or against the block of a record --force kept aside there when more of its filled rows are for
   * that one ({@link #putBack}), so that its targets are the ones the client was working from. What
   * the reading said goes to {@code d}.
   */
  Stages.Logged logged(List<Path> dirs, Client c, YearMonth m, Program block, String folder, Diagnostics d) {
    if (dirs.size() == 1) namedAsShown(c, dirs.get(0), folder).ifPresent(d::add);
    Stages.Logged chosen = null;
    List<Diagnostic> chosenSaid = List.of();
    List<Diagnostic> passedOver = new ArrayList<>();
    List<Stages.Logged> all = new ArrayList<>();
    Map<Stages.Logged, Path> folders = new IdentityHashMap<>();
    for (Path dir : dirs) {
      Diagnostics local = new Diagnostics();
      Stages.Logged read = logged(dir, c, m, block, local);
      all.add(read);
      folders.put(read, dir);
      if (chosen == null || written(read.log()) > written(chosen.log())) {
        passedOver.addAll(warnings(chosenSaid));
        chosen = read;
        chosenSaid = local.all();
      } else {
        passedOver.addAll(warnings(local.all()));
      }
    }
    chosenSaid.forEach(d::add);
    passedOver.forEach(d::add);
    if (chosen == null || chosen.log().isEmpty() || dirs.size() < 2) return chosen;
    List<Found> read = new ArrayList<>();
    for (Stages.Logged each : all) each.log().ifPresent(l -> read.add(new Found(l, folders.get(each))));
    Found merged = withWordsOf(new Found(chosen.log().get(), folders.get(chosen)), read, c, d);
    return new Stages.Logged(chosen.program(), Optional.of(merged.log()));
  }

  /**
   * How much of what the client wrote a log holds, to choose between the logs of a month's two
   * folders of a client: 2 with entries in its week sheets, 1 with words outside them only (on its
   * "Start here" or Progress sheet, or a sheet the client added), 0 with neither or no log.
   */
  private static int written(Optional<BlockLog> log) {
    return log.map(l -> !l.isEmpty() ? 2 : l.outside().isEmpty() ? 0 : 1).orElse(0);
  }

  /** As {@link #logged(List, Client, YearMonth, Program, String, Diagnostics)}, of one folder. */
  private Stages.Logged logged(Path dir, Client c, YearMonth m, Program block, Diagnostics d) {
    Diagnostics local = new Diagnostics();
    Optional<Stages.Logged> logged = stages.readLogToExport(dir, block, newBlock(dir, c, m, block), local);
    if (logged.isPresent()) block = logged.get().program();
    Optional<BlockLog> log = logged.flatMap(Stages.Logged::log);
    Optional<Reading> back = log.isPresent() && unmatched(log.get(), block)
        ? putBack(dir, c, m, new Found(log.get(), dir), block, Files.isRegularFile(dir.resolve(BlockRecord.NAME)))
        : Optional.empty();
    if (back.isEmpty()) {
      local.all().forEach(d::add);
      return new Stages.Logged(block, log);
    }
    back.get().said().all().forEach(d::add);
    return new Stages.Logged(back.get().block(), Optional.of(back.get().found().log()));
  }

  /**
   * The log in {@code dir} read against the block of a record that --force kept aside
   * ({@code .circuitpress-block.replaced.csv}, {@code .replaced-2} ...), when more of its filled rows
   * are for that block's drills than for those of {@code block}, the block it was read against: the
   * trainer put back the log --force moved aside, as its warning says, and the client filled it in
   * for the block it was printed for. So too against the record of a new pair a run of the month
   * wrote beside kept files ({@link LogReader#NEW_BLOCK_RECORD}): that new pair was renamed into place. Called only for a log with rows that match no drill of
   * {@code block}, so the folder is listed only then; each record that fits costs one more read.
   * {@code fromRecord}: whether {@code block} is the one the folder's record keeps, or was worked out again.
   */
  private Optional<Reading> putBack(Path dir, Client c, YearMonth m, Found read, Program block, boolean fromRecord) {
    int best = matched(read.log(), block);
    int current = best;
    Optional<Reading> chosen = Optional.empty();
    String chosenName = null;
    List<String> records = new ArrayList<>(replacedRecords(dir));
    if (Files.isRegularFile(dir.resolve(LogReader.NEW_BLOCK_RECORD), LinkOption.NOFOLLOW_LINKS)) {
      records.add(0, LogReader.NEW_BLOCK_RECORD);
    }
    for (String name : records) {
      // the block in the same place of the schedule only: one of another length dates nothing after it
      Optional<Program> kept = fitting(dir.resolve(name), c, m)
          .filter(p -> p.template().id().equals(block.template().id()) && p.end().equals(block.end()));
      if (kept.isEmpty()) continue;
      Diagnostics said = new Diagnostics();
      Optional<Found> f = stages.readLog(dir, kept.get(), file -> asWritten(dir, file), said)
          .map(log -> new Found(log, dir));
      int n = f.map(x -> matched(x.log(), kept.get())).orElse(0);
      if (n <= best) continue;
      best = n;
      chosen = Optional.of(new Reading(kept.get(), f.get(), said));
      chosenName = name;
    }
    if (chosen.isEmpty()) return chosen;
    Path record = dir.resolve(chosenName);
    boolean renamed = chosenName.equals(LogReader.NEW_BLOCK_RECORD);
    chosen.get().said().add(Diagnostic.info(Location.ofFile(record.toString()), "the log " + chosen.get().found().where()
        + " was read against the record " + record + (renamed
            ? ", of the new handout and log a run of the month wrote beside the kept ones: "
            : ", of the block a run with --force replaced there: ") + best
        + " of the log's filled rows are for drills of that block, and " + current + " for drills of the block "
        + (fromRecord ? "in " + BlockRecord.NAME : "worked out again from today's files") + (renamed
            ? ". The new log was put in place of the kept one, so this block goes on from the new one"
            : ". The client kept filling in the old block's log, which was put back after that run,"
                + " so this block goes on from the old one")).forClient(c.id()));
    return chosen;
  }

  /** The records --force kept aside in {@code dir}, newest first; none when it cannot be listed. */
  private static List<String> replacedRecords(Path dir) {
    String stem = BlockRecord.NAME.substring(0, BlockRecord.NAME.lastIndexOf('.')) + ".replaced";
    TreeMap<Integer, String> byNumber = new TreeMap<>(Comparator.reverseOrder());
    try (Stream<Path> files = Files.list(dir)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(stem) && n.endsWith(".csv")).forEach(n -> {
        String number = n.substring(stem.length(), n.length() - ".csv".length());
        if (number.isEmpty()) byNumber.put(1, n);
        else if (number.matches("-[0-9]{1,9}")) byNumber.put(Integer.parseInt(number.substring(1)), n);
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of();
    }
    return List.copyOf(byNumber.values());
  }

  /** Whether {@code log} has filled rows for drills {@code block} does not have in their week. */
  private static boolean unmatched(BlockLog log, Program block) {
    long filled = log.entries().stream().filter(e -> !e.isEmpty()).count();
    return filled > 0 && matched(log, block) < filled;
  }

  /** How many filled rows of {@code log} are for a drill {@code block} has in their week. */
  private static int matched(BlockLog log, Program block) {
    Map<Integer, Set<String>> drills = new HashMap<>();
    for (Week w : block.weeks()) {
      drills.put(w.number(), Set.copyOf(LogFields.occurrenceIds(
          w.circuit().stream().map(x -> x.exercise().id()).toList())));
    }
    return (int) log.entries().stream()
        .filter(e -> !e.isEmpty() && drills.getOrDefault(e.week(), Set.of()).contains(e.exerciseId()))
        .count();
  }

  /** The longest id written with zeros in front that {@link #otherZeros} looks for. */
  private static final int MAX_PADDED = 10;

  /**
   * The folder in {@code month} of the same number as the all-digit {@code folder} with other zeros
   * in front ({@code 001} for {@code 1}, {@code 1} or {@code 01} for {@code 001}), when there is one.
   * A few names are tried rather than the month listed: many clients may be without a folder.
   */
  static Optional<String> otherZeros(Path month, String folder) {
    if (folder.isEmpty() || folder.length() > MAX_PADDED || !folder.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return Optional.empty();
    }
    String number = folder.replaceFirst("^0+(?=.)", "");
    for (String name = number; name.length() <= MAX_PADDED; name = "0" + name) {
      if (!name.equals(folder) && Files.isDirectory(month.resolve(name))) return Optional.of(name);
    }
    return Optional.empty();
  }

  /** The template id a folder's block record names, when it has a record with one. */
  private static Optional<String> recordedTemplate(Path dir) {
    Path file = dir.resolve(BlockRecord.NAME);
    if (!Files.isRegularFile(file)) return Optional.empty();
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.limit(20).filter(l -> l.startsWith("template,")).findFirst()
          .map(l -> l.substring("template,".length()).strip()).filter(t -> !t.isEmpty() && !t.contains("\""));
    } catch (IOException | java.io.UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code log}, read from {@code dir}, holds nothing and its log and handout there are
   * still exactly what the run wrote ({@code same}): untouched, rather than opened and saved blank.
   * Asked whether or not the block's record let the reader skip opening them.
   */
  private static boolean untouched(Path dir, BlockLog log, Predicate<Path> same) {
    if (!log.isEmpty() || !log.outside().isEmpty()) return false;
    for (String name : List.of(LogReader.LOG_FILE, LogReader.HANDOUT_FILE)) {
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file) && !same.test(file)) return false;
    }
    return true;
  }

  /**
   * Whether {@code file} in the client folder {@code dir} is exactly what the run that wrote it
   * left there, by the month folder's {@link WrittenFiles} record (read once a run per month).
   */
  private boolean asWritten(Path dir, Path file) {
    Path month = dir.getParent();
    if (month == null) return false;
    WrittenFiles w = written.computeIfAbsent(month, f -> WrittenFiles.of(f, false));
    try {
      return w.check(dir.getFileName() + "/" + file.getFileName(), file) == WrittenFiles.Match.SAME;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The block of {@code m} as the record in {@code dir} keeps it, when there is one that still
   * fits; a record that does not is named in a note, and the block is rebuilt.
   */
  private Optional<Program> kept(Path dir, Client c, YearMonth m, Diagnostics d) {
    List<Diagnostic> forNewBlock = new ArrayList<>();
    Optional<Program> p = kept(dir, c, m, d, forNewBlock, null);
    forNewBlock.forEach(d::add);
    return p;
  }

  /**
   * {@link #kept(Path, Client, YearMonth, Diagnostics)}, with the notes of drills and slots gone
   * since and of a length changed, which say what the new block does about them, added to {@code
   * forNewBlock}; the record is the one {@code walk} read already, when it did (null: none).
   */
  private Optional<Program> kept(Path dir, Client c, YearMonth m, Diagnostics d, List<Diagnostic> forNewBlock,
      Walk walk) {
    Path file = dir.resolve(BlockRecord.NAME);
    if (!Files.isRegularFile(file)) return Optional.empty();
    BlockRecord.Read read = walk == null ? readRecord(file, c) : walk.record(file);
    Optional<Program> p = read.program();
    String problem = read.problem();
    if (p.isPresent() && !planner.isBlock(c, m, p.get())) {
      problem = "it keeps block " + p.get().block() + " (" + p.get().start() + " to " + p.get().end() + ", "
          + p.get().template().id() + "), which is no longer the client's block of " + m
          + " (their start date or program changed since)";
      p = Optional.empty();
    }
    p.flatMap(block -> lengthChanged(c, block)).ifPresent(forNewBlock::add);
    Map<String, Exercise> renamed = p.map(this::newIds).orElse(Map.of());
    renamed.forEach((old, now) -> forNewBlock.add(Diagnostic.info(Location.ofFile(file.toString()), c.name() + " ("
        + c.id() + "): the last block gave " + old + ", which the library now has as " + now.id() + ", under the"
        + " name the log printed (" + now.name() + "): the log is read against the block as it was printed, and the"
        + " new block goes on with " + now.id() + " from where the last block ended").forClient(c.id())));
    if (p.isPresent() && read.gone().stream().anyMatch(id -> !renamed.containsKey(id))) {
      List<String> gone = read.gone().stream().filter(id -> !renamed.containsKey(id)).toList();
      forNewBlock.add(Diagnostic.info(Location.ofFile(file.toString()), c.name() + " (" + c.id() + "): the last block gave "
          + (gone.size() == 1 ? "the drill " : "the drills ") + String.join(", ", gone) + ", which the library no"
          + " longer has (deleted, or given another id); the log is read against the block as it was printed, and"
          + " the new block gives " + (gone.size() == 1 ? "its slot" : "their slots") + " a drill of today's library")
          .forClient(c.id()));
    }
    if (p.isPresent() && !read.goneSlots().isEmpty()) {
      List<String> gone = read.goneSlots();
      forNewBlock.add(Diagnostic.info(Location.ofFile(file.toString()), c.name() + " (" + c.id() + "): the last block had "
          + (gone.size() == 1 ? "the slot " : "the slots ") + String.join(", ", gone) + ", which template "
          + p.get().template().id() + " no longer has; the log's rows for " + (gone.size() == 1 ? "it" : "them")
          + " are read as printed (they count toward the rounds done and the effort), and the new block goes on"
          + " without " + (gone.size() == 1 ? "it" : "them")).forClient(c.id()));
    }
    if (p.isEmpty()) {
      d.add(Diagnostic.info(Location.ofFile(file.toString()), "the record " + file + " was not used: "
          + problem + "; the block was worked out again from the client's start with today's roster, library"
          + " and templates").forClient(c.id()));
    }
    return p;
  }

  /**
   * The drills of {@code printed} that the library no longer has under their id, but has under
   * the name the log printed them with: one drill of that name, not given in the block under its own
   * id. The trainer gave the drill a new id; by its old id.
   */
  private Map<String, Exercise> newIds(Program printed) {
    Map<String, Exercise> out = new TreeMap<>();
    if (library == null) return out;
    Set<String> given = new HashSet<>();
    printed.weeks().forEach(w -> w.circuit().forEach(x -> given.add(x.exercise().id())));
    for (Week w : printed.weeks()) {
      for (Prescription x : w.circuit()) {
        String id = x.exercise().id();
        String name = x.exercise().name();
        // a drill the library has, or one the log did not name (the record keeps ids only)
        if (out.containsKey(id) || library.get(id).isPresent() || name.equals(id)) continue;
        List<Exercise> same = library.all().stream().filter(e -> Names.tag(e.name()).equals(Names.tag(name))).toList();
        if (same.size() == 1 && !given.contains(same.get(0).id())) out.put(id, same.get(0));
      }
    }
    return out;
  }

  /**
   * {@code p} with the drills the library gave a new id ({@link #newIds}) under that id, in the
   * block and in its log alike: the planner then goes on with the drill from where it ended, and a
   * note of pain on it holds the drill the new block gives.
   */
  private Prior withNewIds(Prior p) {
    Map<String, Exercise> renamed = p.otherProgram() ? Map.of() : newIds(p.block());
    if (renamed.isEmpty()) return p;
    Program b = p.block();
    List<Week> weeks = b.weeks().stream().map(w -> new Week(w.number(), w.start(), w.deload(), w.rounds(),
        w.sessionDates(), w.phases().stream().map(pb -> new PhaseBlock(pb.phase(), pb.items().stream()
            .map(x -> renamed.containsKey(x.exercise().id()) ? new Prescription(x.slot(),
                renamed.get(x.exercise().id()), x.dose(), x.tempo(), x.restSeconds(), x.load(), x.substituteFor(),
                x.why()) : x).toList())).toList())).toList();
    Program block = new Program(b.client(), b.template(), b.block(), b.trackId(), b.start(), b.end(), weeks, b.notes(),
        b.decided());
    Optional<Found> found = p.found().map(f -> new Found(newIds(f.log(), renamed), f.folder()));
    return new Prior(block, found, p.otherProgram(), p.left(), p.forNewBlock(), p.dated());
  }

  /** {@code log} with the rows of a drill given a new id under that id ({@code id_2} for its second place too). */
  private static BlockLog newIds(BlockLog log, Map<String, Exercise> renamed) {
    List<LogEntry> entries = log.entries().stream().map(e -> {
      String id = e.exerciseId();
      for (var r : renamed.entrySet()) {
        String rest = id == null || !id.startsWith(r.getKey()) ? null : id.substring(r.getKey().length());
        if (rest == null || !rest.isEmpty() && !rest.matches("_[0-9]+")) continue;
        return new LogEntry(e.week(), e.session(), e.round(), r.getValue().id() + rest, e.date(), e.amount(), e.load(),
            e.loadGrade(), e.done(), e.rpe(), e.where(), e.noted());
      }
      return e;
    }).toList();
    return new BlockLog(log.clientId(), log.block(), log.source(), entries, log.outside(), log.untouched(), log.uncounted(),
        log.unread());
  }

  /** A block of a program the client has left, and the log of it they wrote in. */
  record Left(Program block, BlockLog log) {}

  /**
   * The block the record in {@code dir} keeps, of a program the client has left, and its log when
   * the client wrote in it; its problems are not reported, as it decides nothing.
   */
  private Optional<Left> left(Path dir, Client c, Predicate<Path> same) {
    Path file = dir.resolve(BlockRecord.NAME);
    if (!Files.isRegularFile(file)) return Optional.empty();
    Optional<Program> block = readRecord(file, c).program();
    if (block.isEmpty()) return Optional.empty();
    return stages.readLog(dir, block.get(), same, new Diagnostics())
        .filter(log -> !log.isEmpty() && !untouched(dir, log, same))
        .map(log -> new Left(block.get(), log));
  }

  /**
   * The warning for a block printed at another length than today's template and roster give it (the
   * template's or the roster's weeks changed since): the block keeps its printed length, its log is
   * read against it, and the next block is dated from it (the day it starts is said); the new length
   * applies from that one. Said when the next block is made, once. Empty when the lengths are the same.
   */
  private static Optional<Diagnostic> lengthChanged(Client c, Program printed) {
    int was = printed.weeks().size();
    int is = Planner.weeks(c, printed.template());
    if (was == is) return Optional.empty();
    return Optional.of(Diagnostic.warning(c.at(ClientCells.WEEKS), c.name() + " (" + c.id() + "): block "
        + printed.block() + " was printed for " + printed.start() + " to " + printed.end() + " (" + was + " weeks), and "
        + (c.weeks() != null ? "their weeks column now gives" : printed.template().id() + " now gives")
        + " this client's blocks " + is + " weeks: block "
        + printed.block() + " keeps its " + was + " weeks and its log is read against them; block " + (printed.block() + 1)
        + " starts on " + Planner.nextStart(c, PrintedDates.of(printed)) + ", and the " + is + " weeks apply from"
        + " it on. To keep this client's"
        + " blocks at " + was + " weeks, write " + was + " in their weeks column").forClient(c.id()));
  }


  /**
   * Where the client's handout and log of {@code p}'s block are, when what they print differs from
   * {@code p}, planned from today's files; and the new files a run already wrote beside them with
   * {@code p}'s program ({@code handout.new.pdf}, {@code log.new.xlsx}), empty when there are none.
   */
  record Otherwise(Path folder, List<String> newFiles) {}

  /**
   * The client's files of the block {@code p} (same block, its record there) when they print it
   * otherwise than {@code p}: a roster, library or template changed since (a drill renamed, another
   * target, tempo, rest or load, the template's goal, rest between rounds or a step's purpose), or a
   * log that came back after. What the client holds is judged by the log the run wrote, as the
   * month's record of written files has it, against the log {@code p} makes now, so that every word
   * and number printed on it counts; and by the words the handout prints about the program besides
   * (its line of words in that record, {@link Stages#handoutWords}), so that a change only the
   * handout shows counts too. Nothing else does (a template folder renamed in capitals, the
   * planner's reasons for a substitute, the branding, a drill's cues or video). Without the log's
   * line the block as its record keeps it is printed with today's files instead; without the
   * handout's words (a month made by a release before them) only the log is compared. Empty when
   * nothing printed differs, or the block was not made.
   */
  Optional<Otherwise> printedOtherwise(Client c, String folder, Program p) {
    YearMonth m = YearMonth.from(p.start());
    for (Path dir : logFolders(c.id(), folder, m, p.block() == 1)) {
      Path file = dir.resolve(BlockRecord.NAME);
      Optional<Program> recorded = Files.isRegularFile(file) ? fitting(file, c, m) : Optional.empty();
      if (recorded.isEmpty()) continue;
      try {
        long shown = logFingerprint(p);
        long words = WrittenFiles.fingerprint(stages.handoutWords(p, library));
        Path month = dir.getParent();
        WrittenFiles w = written.computeIfAbsent(month, f -> WrittenFiles.of(f, false));
        String held = dir.getFileName() + "/" + LogReader.LOG_FILE;
        boolean same = w.recorded(held) ? w.lastWrote(held, shown) : logFingerprint(recorded.get()) == shown;
        same &= w.printed(dir.getFileName() + "/" + LogReader.HANDOUT_FILE, words) != WrittenFiles.Match.CHANGED;
        if (same) return Optional.empty();
        return Optional.of(new Otherwise(dir, writtenBeside(dir, w, shown, words)));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The new handout and log a run wrote beside the client's files of {@code dir} with the program
   * whose log has {@code shown} as its fingerprint, and whose handout prints the words {@code
   * words} describes: none unless {@code log.new.xlsx} is that log, and {@code handout.new.pdf},
   * when there is one, was not written with other words.
   */
  private static List<String> writtenBeside(Path dir, WrittenFiles w, long shown, long words) throws IOException {
    Path log = dir.resolve(LogReader.NEW_LOG_FILE);
    if (!Files.isRegularFile(log)) return List.of();
    boolean ours = w.lastWrote(dir.getFileName() + "/" + LogReader.NEW_LOG_FILE, shown)
        || WrittenFiles.fingerprint(log) == shown;
    if (!ours) return List.of();
    if (!Files.isRegularFile(dir.resolve(LogReader.NEW_HANDOUT_FILE))) return List.of(LogReader.NEW_LOG_FILE);
    if (w.printed(dir.getFileName() + "/" + LogReader.NEW_HANDOUT_FILE, words) == WrittenFiles.Match.CHANGED) {
      return List.of();
    }
    return List.of(LogReader.NEW_HANDOUT_FILE, LogReader.NEW_LOG_FILE);
  }

  /** The size and checksum of the log workbook {@code p} makes, as the month's record keeps them. */
  private long logFingerprint(Program p) throws IOException {
    WrittenFiles.Counting out = new WrittenFiles.Counting(java.io.OutputStream.nullOutputStream());
    stages.writeLog(p, out);
    return out.fingerprint();
  }

  /**
   * The block the new pair a run of the month wrote beside the kept files in {@code dir} was
   * printed for, by its record ({@link LogReader#NEW_BLOCK_RECORD}), when it has the place of
   * {@code block} in the schedule (the same template, block and dates: the new log is read with the
   * kept one only then); null when there is none, or it no longer fits.
   */
  private Program newBlock(Path dir, Client c, YearMonth m, Program block) {
    Path file = dir.resolve(LogReader.NEW_BLOCK_RECORD);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return null;
    return fitting(file, c, m).filter(p -> p.template().id().equals(block.template().id())
        && p.block() == block.block() && p.start().equals(block.start()) && p.end().equals(block.end())).orElse(null);
  }

  /** The block of {@code m} the record {@code file} keeps, when it can be read and still fits; says nothing. */
  private Optional<Program> fitting(Path file, Client c, YearMonth m) {
    return readRecord(file, c).program().filter(p -> planner.isBlock(c, m, p));
  }

  private BlockRecord.Read readRecord(Path file, Client c) {
    // a drill the library has lost since is named as the log beside the record printed it, read
    // only then: the warnings and notes on it name what the client was shown, not its old id
    Map<String, String> printed = new HashMap<>();
    boolean[] looked = {false};
    UnaryOperator<String> printedName = id -> {
      if (!looked[0]) printed.putAll(LogReader.printedNames(file.getParent()));
      looked[0] = true;
      return printed.getOrDefault(id, id);
    };
    try {
      return BlockRecord.read(Files.readString(file, StandardCharsets.UTF_8), c, library, catalog, printedName);
    } catch (IOException | RuntimeException e) {
      return BlockRecord.Read.unusable("it cannot be read (" + ClientJob.message(e) + ")");
    }
  }

  /**
   * The folders that may hold a block's log, newest month first. Runs that let ids differing
   * only in case or accent form share a roster gave each of them a folder with a longer hash
   * ({@link SafeNames#longer}); such a folder is used when the client's own is not there, so its
   * log is still found.
   */
  private List<Path> logFolders(String id, String folder, YearMonth blockMonth, boolean firstBlock) {
    List<Path> dirs = new ArrayList<>();
    for (int back = 0; back <= (firstBlock ? MAX_MONTHS : 0); back++) {
      dirs.addAll(monthFolders(out.resolve(blockMonth.minusMonths(back).toString()), id, folder));
    }
    return dirs;
  }

  /**
   * The client's folders in {@code month}: their own ({@link #clientFolder}) and, beside it, the one
   * named after the id as a CSV wrote it. A month run again after ids such as 1,001 were read as
   * 1001 holds both: the client may have filled in the log of either, and the one filled in is read
   * (or, when neither is, the one with words outside its week sheets).
   */
  List<Path> monthFolders(Path month, String id, String folder) {
    Optional<Path> own = clientFolder(month, id, folder);
    if (own.isEmpty()) return List.of();
    Optional<Path> shown = shownAsNumber(month, id).filter(dir -> !dir.equals(own.get()));
    return shown.isPresent() ? List.of(own.get(), shown.get()) : List.of(own.get());
  }

  /**
   * The client's folder in {@code month}, looked for as {@link #logFolders} says, then under a name
   * an earlier run gave the id as a CSV wrote it ({@link #shownAsNumber}).
   */
  private Optional<Path> clientFolder(Path month, String id, String folder) {
    String older = SafeNames.longer(id);
    Path dir = month.resolve(folder);
    if (Files.isDirectory(dir)) return Optional.of(dir);
    if (!older.equals(folder) && Files.isDirectory(month.resolve(older))) return Optional.of(month.resolve(older));
    Optional<Path> same = sameButForCase(month, folder);
    return same.isPresent() ? same : shownAsNumber(month, id);
  }

  /**
   * The folder in {@code month} of the id as a CSV of a column formatted as numbers wrote it,
   * {@code 1,001} or {@code 1,001.00} for {@code 1001}: runs before such an id was read as its
   * digits took it as written and named its folder so ({@link IdNumbers#shownForms}). The roster
   * now reads it as the same id, so the folder is the client's, and their last block's log is in
   * it. Tried only for an id of digits whose own folder is not there.
   */
  private static Optional<Path> shownAsNumber(Path month, String id) {
    for (String shown : IdNumbers.shownForms(id)) {
      Path dir = month.resolve(SafeNames.firstChoice(shown));
      if (Files.isDirectory(dir)) return Optional.of(dir);
    }
    return Optional.empty();
  }

  /**
   * A note that {@code dir}, a folder of the client's last block, is one {@link #shownAsNumber}
   * found, named after the id as a CSV wrote it: the trainer sees two folders of the client and
   * should know why both are theirs.
   */
  private static Optional<Diagnostic> namedAsShown(Client c, Path dir, String folder) {
    String name = dir.getFileName().toString();
    if (name.equals(folder) || IdNumbers.shownForms(c.id()).stream().noneMatch(s -> SafeNames.firstChoice(s).equals(name))) {
      return Optional.empty();
    }
    return Optional.of(Diagnostic.info(Location.ofFile(dir.toString()), c.name() + " (" + c.id() + "): " + dir
        + " is read as the folder of this client's last block: it is named after the id as the roster's CSV wrote it"
        + " then, " + name + ", which is now read as " + c.id() + ", so this client's new folders are named " + folder)
        .forClient(c.id()));
  }

  /**
   * How many months before its own month a client's first block may have been made and still be
   * theirs: a run without --month makes everyone's first block in the month of the earliest start
   * date, early for those who start later. Half a year or more before is a run filed under a start
   * date typed wrong (that run warned about it), not a block handed out ahead.
   */
  static final int EARLY_MONTHS = Inputs.LONE_START_MONTHS - 1;

  /** A client's first block made by the run of another month: the client's folder there and its record. */
  record Made(Path folder, Program block, String record) {
    /** The month of the run that made it. */
    YearMonth month() {
      return YearMonth.parse(folder.getParent().getFileName().toString());
    }

    /** E.g. "block 1 (2027-01-04 to 2027-01-31) was made early, by the 2026-12 run, in output/2026-12/c015". */
    String said() {
      return "block 1 (" + block.start() + " to " + block.end() + ") "
          + (month().isBefore(YearMonth.from(block.start())) ? "was made early, by the " : "was already made by the ")
          + month() + " run, in " + folder;
    }
  }

  /**
   * Where a run already made the client's first block: their folder of the block's own month or of
   * one up to {@link #EARLY_MONTHS} before it, newest first, holding the block's handout or log and
   * a record of that very block (the template, dates and length today's schedule gives it). Says
   * nothing: a folder without such a record holds no copy of this block.
   */
  Optional<Made> firstBlockMade(Client c, String folder) {
    return firstBlockMade(c, folder, null);
  }

  /**
   * As {@link #firstBlockMade}, but nothing when the newest copy is in the folder of {@code except}
   * (when not null): that folder's handout or log is enough to say so, its record is not read.
   */
  private Optional<Made> firstBlockMade(Client c, String folder, YearMonth except) {
    YearMonth start = YearMonth.from(c.startDate());
    for (int back = 0; back <= EARLY_MONTHS; back++) {
      YearMonth m = start.minusMonths(back);
      if (!monthFolders().contains(m)) continue;
      Optional<Path> dir = clientFolder(out.resolve(m.toString()), c.id(), folder);
      if (dir.isEmpty() || !holdsHandoutOrLog(dir.get())) continue;
      if (m.equals(except)) return Optional.empty();
      Path file = dir.get().resolve(BlockRecord.NAME);
      // a named pipe or device in its place would hold the run up, waiting for it to be written
      if (!Files.isRegularFile(file)) continue;
      String record;
      try {
        record = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        continue;
      }
      Optional<Program> block = BlockRecord.read(record, c, library, catalog).program()
          .filter(p -> planner.isBlock(c, start, p));
      if (block.isPresent()) return Optional.of(new Made(dir.get(), block.get(), record));
    }
    return Optional.empty();
  }

  /**
   * The client's first block as the run of another month than {@code month} made it, when that is
   * the copy {@link #firstBlockMade} finds: then the run of {@code month} makes none, and its month's
   * logs of the client are read there.
   */
  Optional<Made> firstBlockMadeElsewhere(Client c, String folder, YearMonth month) {
    // A copy in this run's own month folder is this run's to redo; its record is not read (a rerun
    // of a month would read every client's record for nothing).
    return firstBlockMade(c, folder, month);
  }

  private static boolean holdsHandoutOrLog(Path dir) {
    return Files.isRegularFile(dir.resolve(org.circuitpress.input.LogReader.HANDOUT_FILE))
        || Files.isRegularFile(dir.resolve(org.circuitpress.input.LogReader.LOG_FILE));
  }

  /** The month folders of the output folder, listed once: a run makes no other month's. */
  private volatile Set<YearMonth> monthFolders;

  private Set<YearMonth> monthFolders() {
    Set<YearMonth> months = monthFolders;
    if (months != null) return months;
    Set<YearMonth> found = new HashSet<>();
    try (Stream<Path> list = Files.list(out)) {
      list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).forEach(n -> {
        try {
          found.add(YearMonth.parse(n));
        } catch (DateTimeParseException e) {
          // not a month's folder
        }
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      // no output folder yet, or it cannot be listed: no month made anything
    }
    monthFolders = found;
    return found;
  }

  /**
   * The month of the client's next block after {@code block}, when one starts within a year: when
   * {@code block} ends, as it was printed.
   */
  Optional<YearMonth> nextBlock(Client c, Program block) {
    YearMonth month = YearMonth.from(block.start());
    for (int ahead = 1; ahead <= 12; ahead++) {
      if (planner.startsBlock(c, month.plusMonths(ahead), PrintedDates.of(block))) return Optional.of(month.plusMonths(ahead));
    }
    return Optional.empty();
  }

  /** The folders of each month, by their names in lower case; listed once a run, when needed. */
  private final Map<Path, Map<String, List<String>>> foldersByKey = new ConcurrentHashMap<>();

  /**
   * The one folder of {@code month} whose name differs from {@code folder} only in case: the roster
   * compares ids that way ({@code C001} is {@code c001}), so a client whose id was retyped in other
   * capitals keeps their history. Empty when there is none, or more than one.
   */
  private Optional<Path> sameButForCase(Path month, String folder) {
    Map<String, List<String>> byKey = foldersByKey.computeIfAbsent(month, f -> {
      Map<String, List<String>> names = new HashMap<>();
      try (Stream<Path> list = Files.list(f)) {
        list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
            .forEach(n -> names.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(n));
      } catch (IOException e) {
        // no such month, or it cannot be listed: nothing to find
      }
      return names;
    });
    List<String> same = byKey.getOrDefault(folder.toLowerCase(Locale.ROOT), List.of());
    return same.size() == 1 ? Optional.of(month.resolve(same.get(0))) : Optional.empty();
  }

  /**
   * The program of {@code month} as a run of that month made it: its record in the month's client
   * folder when that fits, else planned again.
   */
  Optional<Program> printed(Client c, String folder, YearMonth month, Diagnostics d) {
    // a record of the month's own block is dated by itself: the records before it are not read
    if (month != null) {
      for (Path dir : logFolders(c.id(), folder, month, false)) {
        Optional<Program> p = kept(dir, c, month, d);
        if (p.isPresent()) return p;
      }
    }
    return program(c, folder, month, d);
  }

  /** The program of {@code month} as a run of that month made it, planned again. */
  Optional<Program> program(Client c, String folder, YearMonth month, Diagnostics d) {
    Walk walk = new Walk(c, folder, month);
    Optional<Prior> prior = prior(walk, month, d);
    Optional<Program> p = program(walk, month, prior, d);
    p.ifPresent(block -> farFromLastBlock(c, folder, block, walk.dated(), otherProgram(prior), d));
    return p;
  }

  private Optional<Program> program(Walk walk, YearMonth month, Diagnostics d) {
    return program(walk, month, prior(walk, month, d), d);
  }

  private Optional<Program> program(Walk walk, YearMonth month, Optional<Prior> prior, Diagnostics d) {
    Optional<Program> p = planner.plan(walk.c, month, prior.flatMap(Prior::log), prior.map(Prior::block).orElse(null),
        walk.dated(), d);
    if (p.isPresent()) prior.ifPresent(x -> x.forNewBlock().forEach(d::add));
    return p;
  }

  /** Whether the last block was of a program the client has left ({@link Prior#otherProgram}). */
  static boolean otherProgram(Optional<Prior> prior) {
    return prior.map(Prior::otherProgram).orElse(false);
  }

  /**
   * How many months after the client's last block made, or after their start date when none was,
   * a block is warned about. Blocks are 1 to 4 months apart (up to 16 weeks), and a trainer who
   * skips a few months (a holiday, an injury) stays well under a year; a client who really trains
   * for years has a block made every few months, so is never told. A year or more with no block
   * made is a slip in the year of --month (2062-12 for 2026-12, 2027-12 for 2026-12) or a client
   * back after a long break, and either way the block planned may not be the one to hand out as it
   * is: the one after the last block printed, picked up where it ended, or, without that block's
   * record, one that goes on as if every block between had been followed as the template plans.
   */
  static final int FAR_MONTHS = 12;

  /**
   * A warning when {@code block} starts {@link #FAR_MONTHS} or more after the last block made for
   * the client in a month before it (their folder there holds a handout, log or block record), or,
   * when none was, after their start date: at the row, or at the start date when no block was made.
   * The output folder is looked at only for a block a year or more after the start date.
   */
  void farFromLastBlock(Client c, String folder, Program block, Diagnostics d) {
    farFromLastBlock(c, folder, block, null, false, d);
  }

  /**
   * As {@link #farFromLastBlock(Client, String, Program, Diagnostics)}, for {@code block} planned
   * with {@code dated}, the client's latest block printed before it ({@link Walk#dated}; null: none).
   * When {@code block} is the one after it, started in a later month as nothing was printed between
   * (the client was away, marked paused, or those months were not run), a warning says so: which
   * block it is, after which, and the months without one; a year or more after it, the warning of
   * a month far after the last block says it instead.
   */
  void farFromLastBlock(Client c, String folder, Program block, PrintedDates dated, boolean otherProgram,
      Diagnostics d) {
    Optional<YearMonth> missed = dated == null ? Optional.empty() : planner.missedFrom(c, dated, block);
    Optional<Diagnostic> far = farWarning(c, folder, block, missed.isPresent() ? dated : null, otherProgram);
    if (far.isPresent()) d.add(far.get().forClient(c.id()));
    else missed.ifPresent(from -> d.add(pickedUp(c, block, dated, from, otherProgram).forClient(c.id())));
    startMoved(c, block, dated).ifPresent(w -> d.add(w.forClient(c.id())));
    printedLater(c, folder, block).ifPresent(w -> d.add(w.forClient(c.id())));
  }

  /**
   * The warning, at the start date, for {@code block} planned with a start date that no longer fits
   * {@code dated}, the client's latest block printed (a trainer "fixing" the date by a day or a
   * month): the blocks are then dated from the start date anew, so the client skips ahead as if the
   * blocks between had been done (or gets one again), and the log of the block printed decides
   * nothing. Not for block 1, a start again, nor for the block after {@code dated}, whose log is
   * still read, nor without a record.
   */
  private static Optional<Diagnostic> startMoved(Client c, Program block, PrintedDates dated) {
    if (dated == null || Planner.fits(c, dated) || block.block() == 1 || block.block() == dated.block() + 1) {
      return Optional.empty();
    }
    YearMonth month = YearMonth.from(block.start());
    String back = dated.block() == 1 ? " (" + dated.start() + ")" : "";
    return Optional.of(Diagnostic.warning(c.at(ClientCells.START_DATE), c.name() + " (" + c.id() + "): the start date "
        + c.startDate() + " does not fit the latest block printed for this client, in "
        + monthName(YearMonth.from(dated.start()), true) + " (block " + dated.block() + ", " + dated.start() + " to "
        + dated.start().plusDays(dated.weeks() * 7L - 1) + "): by it, this month's block is block " + block.block()
        + ", from " + block.start() + ", dated and planned from the start date as if every block before it had been"
        + " done as the template plans, and the log of block " + dated.block() + " is not read. If the date was"
        + " changed by mistake, put back the one block " + dated.block() + " was printed from" + back + " and run"
        + " again; to start the client again at block 1, give them a new start_date in " + monthName(month, true)
        + ", after block " + dated.block() + " ended"));
  }

  /**
   * The warning for {@code block} when a later month's run, made before this one, already printed
   * the client a block of the same number: a month run late (January after February, when nothing of
   * January's had been printed and February picked up with block 2) would hand out block 2 twice,
   * with nothing said. Only the client's nearest later folder with a record, less than a year on, is
   * looked at: one a year or more on is a --month typed wrong, warned about when it was run, and one
   * of a block further on is a month's run in its turn, or a stray folder that its month's run will
   * make again. Nothing
   * is looked at when no month after this one was run, as in a month run in its turn.
   */
  private Optional<Diagnostic> printedLater(Client c, String folder, Program block) {
    YearMonth month = YearMonth.from(block.start());
    Optional<Path> file = monthFolders().stream()
        .filter(m -> m.isAfter(month) && m.isBefore(month.plusMonths(FAR_MONTHS))).sorted()
        .map(m -> clientFolder(out.resolve(m.toString()), c.id(), folder).map(dir -> dir.resolve(BlockRecord.NAME))
            .filter(Files::isRegularFile))
        .flatMap(Optional::stream).findFirst();
    Optional<Program> later = file.flatMap(f -> readRecord(f, c).program()).filter(p -> p.block() == block.block());
    if (later.isEmpty()) return Optional.empty();
    Program p = later.get();
    YearMonth printed = YearMonth.parse(file.get().getParent().getParent().getFileName().toString());
    return Optional.of(Diagnostic.warning(c.where(), c.name() + " (" + c.id() + "): " + monthName(printed, true)
        + PRINTED_LATER + p.block() + " for this client (" + p.start() + " to " + p.start().plusDays(p.weeks().size() * 7L - 1)
        + ", in " + file.get().getParent() + "), so block " + p.block() + " would be handed out twice. Hand them one"
        + " of the two: the months after "
        + monthName(printed, true) + " go on from its block, but " + monthName(printed, true) + " run again would go on"
        + " from this one"));
  }

  /**
   * The warning of {@link #farFromLastBlock} for a block a year or more after the last one made, or
   * after the start date when none was; {@code pickedUp}: the latest block printed, when {@code
   * block} is the one after it (null: it goes on as if every block between had been done).
   */
  private Optional<Diagnostic> farWarning(Client c, String folder, Program block, PrintedDates pickedUp,
      boolean otherProgram) {
    YearMonth month = YearMonth.from(block.start());
    YearMonth start = YearMonth.from(c.startDate());
    if (block.block() == 1 || month.isBefore(start.plusMonths(FAR_MONTHS))) return Optional.empty();
    Optional<Path> last = lastMade(c, folder, month);
    YearMonth since = last.map(dir -> YearMonth.parse(dir.getParent().getFileName().toString())).orElse(start);
    if (month.isBefore(since.plusMonths(FAR_MONTHS))) return Optional.empty();
    String span = span(ChronoUnit.MONTHS.between(since, month));
    String who = c.name() + " (" + c.id() + "): ";
    if (last.isPresent() && pickedUp != null) {
      return Optional.of(Diagnostic.warning(c.where(), who + month + " is " + span + SINCE_MADE + since + ", in "
          + last.get() + "), so block " + block.block() + RESUMED + block.start() + goesOn(pickedUp, otherProgram)
          + ". " + CHECK_MONTH));
    }
    String planned = "so block " + block.block() + " goes on as if they had done every block " + (last.isPresent()
        ? "between" : "since their start") + AS_PLANNED;
    if (last.isPresent()) {
      return Optional.of(Diagnostic.warning(c.where(), who + month + " is " + span + SINCE_MADE + since + ", in "
          + last.get() + "), " + planned + ". " + CHECK_MONTH));
    }
    return Optional.of(Diagnostic.warning(c.at(ClientCells.START_DATE), who + month + " is " + span
        + " after the start date, " + c.startDate() + "," + SINCE_START + out + ", "
        + planned + ". Check the start date (the first day of their first block), or the month given with --month"));
  }

  /**
   * The warning for {@code block}, the one after {@code dated}, started in its month as nothing was
   * printed from {@code from} on: e.g. "block 2 of upper-back-mobility, the one after the block
   * printed for December 2026 (...); no block was printed in January 2027, so block 2 starts on
   * 2027-02-05 and goes on from where block 1 ended".
   */
  private static Diagnostic pickedUp(Client c, Program block, PrintedDates dated, YearMonth from,
      boolean otherProgram) {
    YearMonth printed = YearMonth.from(dated.start());
    String of = block.trackId() == null ? block.template().id() : block.trackId() + " (" + block.template().id() + ")";
    return Diagnostic.warning(c.where(), c.name() + " (" + c.id() + "): block " + block.block() + " of " + of
        + AFTER_PRINTED + monthName(printed, true) + " (block " + dated.block() + ", "
        + dated.start() + " to " + dated.start().plusDays(dated.weeks() * 7L - 1) + "); no block was printed "
        + months(from, YearMonth.from(block.start()).minusMonths(1)) + ", so block " + block.block() + " starts on "
        + block.start() + goesOn(dated, otherProgram) + ". To start the client again at"
        + " block 1 instead, give them a new start_date");
  }

  /**
   * What a block picked up after {@code last} starts from: where it ended, or, when it was of a
   * program the client has left, the new program's plan, as its log decides nothing of it.
   */
  private static String goesOn(PrintedDates last, boolean otherProgram) {
    return otherProgram ? " and goes on as the client's new program plans, as block " + last.block() + " was of"
        + " another program" : " and goes on from where block " + last.block() + " ended";
  }

  /** E.g. "in January 2027", "in December 2026 or January 2027", "from January to April 2027". */
  static String months(YearMonth from, YearMonth to) {
    boolean sameYear = from.getYear() == to.getYear();
    if (from.equals(to)) return "in " + monthName(from, true);
    String first = monthName(from, !sameYear);
    if (from.plusMonths(1).equals(to)) return "in " + first + " or " + monthName(to, true);
    return "from " + first + " to " + monthName(to, true);
  }

  /** E.g. "January 2027", or "January" without {@code year}. */
  private static String monthName(YearMonth m, boolean year) {
    String name = m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return year ? name + " " + m.getYear() : name;
  }

  /** The warnings of {@link #farFromLastBlock}, which many clients may share ({@link FarMonths}). */
  enum Far {
    /** A year or more after the last block made for the client. */
    SINCE_MADE,
    /** A year or more after the start date, with no block of the client's made. */
    SINCE_START,
    /** A year or more after the last block made for the client, whose block is the one after it. */
    PICKED_UP,
    /**
     * Not a month far after the last block: the block after the client's last one printed, started
     * later as nothing was printed between; a month not run gives every client this one.
     */
    MISSED,
    /** The same block already printed by a later month's run made before this one ({@link #printedLater}). */
    LATER,
    /**
     * Not a month far after the last block: the folder of the month of the client's last block could
     * not be looked in, which every client whose last block is of that month is told; said once for
     * the month, at that folder, however many they are.
     */
    UNSEEN
  }

  /** What the warning of {@link Far#UNSEEN} says after the month folder and why it could not be looked in. */
  private static final String UNSEEN_MONTH = "), the month folder of this client's last block";

  /** What the warning of {@link Far#LATER} says of the later month's run, after its month. */
  private static final String PRINTED_LATER = "'s run, made before this one, already printed block ";

  /** What the warning of {@link Far#MISSED} says of the block, after its number and template. */
  private static final String AFTER_PRINTED = ", the one after the block printed for ";

  private static final String SINCE_MADE = " after the last block made for this client (";
  /** What {@link Far#PICKED_UP}'s warning says of the block, after its number. */
  private static final String RESUMED = ", the one after the block printed there, starts on ";
  private static final String SINCE_START = " and no earlier block of this client is in ";
  private static final String AS_PLANNED = " as the template plans, with no log";
  private static final String CHECK_MONTH = "Check the month given with --month; for a client back after a long"
      + " break, a new start_date starts them again at block 1";

  /** Which warning of {@link #farFromLastBlock} {@code d} is, if it is one. */
  static Optional<Far> far(Diagnostic d) {
    if (d.severity() != Severity.WARNING) return Optional.empty();
    if (d.message().contains(SINCE_MADE) && d.message().contains(RESUMED)) return Optional.of(Far.PICKED_UP);
    if (d.message().contains(SINCE_MADE)) return Optional.of(Far.SINCE_MADE);
    if (d.message().contains(SINCE_START)) return Optional.of(Far.SINCE_START);
    if (d.message().contains(AFTER_PRINTED)) return Optional.of(Far.MISSED);
    if (d.message().contains(PRINTED_LATER)) return Optional.of(Far.LATER);
    if (d.message().contains(UNSEEN_MONTH)) return Optional.of(Far.UNSEEN);
    return Optional.empty();
  }

  /**
   * The warning of {@code kind} said once for {@code clients} more clients whose block of
   * {@code month} it concerns too ({@code named}: the ids of the first few, and "and N more"), with
   * the same advice.
   */
  static String farForMore(Far kind, YearMonth month, int clients, String named) {
    String more = clients + (clients == 1 ? " more client" : " more clients") + " too (" + named + ")";
    if (kind == Far.SINCE_MADE) {
      return month + " is a year or more after the last block made for " + more + ", so their blocks go on as if"
          + " they had done every block between" + AS_PLANNED + ". " + CHECK_MONTH;
    }
    if (kind == Far.MISSED) {
      return "the block after the last one printed goes to " + more + ", as no block of theirs was printed in the"
          + " months between: each starts in " + monthName(month, true) + " and goes on from where that block ended."
          + " To start a client again at block 1 instead, give them a new start_date";
    }
    if (kind == Far.LATER) {
      return "a later month's run, made before this one, already printed the same block for " + more + ", so each"
          + " would have it twice. Hand each client one of the two: the months after the later one go on from its"
          + " block, but that month run again would go on from this one";
    }
    if (kind == Far.PICKED_UP) {
      return month + " is a year or more after the last block made for " + more + ", so each gets the block after"
          + " the one printed there, going on from where it ended. " + CHECK_MONTH;
    }
    return month + " is a year or more after the start date of " + more + ", with no earlier block of theirs in"
        + " the output folder, so their blocks go on as if they had done every block since their start" + AS_PLANNED
        + ". Check their start dates (the first day of their first block), or the month given with --month";
  }

  /**
   * The warning of {@link Far#UNSEEN} said once for the month folder that {@code first} names, for the
   * {@code clients} whose last block is of that month ({@code named}: the ids of the first few, and
   * "and N more"), with what to do about it.
   */
  static String unseenForAll(Diagnostic first, int clients, String named) {
    String folder = first.message().substring(0, first.message().indexOf(UNSEEN_MONTH) + 1);
    return folder + ", the month folder of the last block of " + clients + (clients == 1 ? " client" : " clients")
        + " (" + named + "), so no log was read and " + (clients == 1 ? "their block goes" : "their blocks go")
        + " on as the template plans; if a client filled one in, " + LogReader.LOOK_AGAIN;
  }

  /** The client's folder of the latest month before {@code month} that holds a block of theirs. */
  private Optional<Path> lastMade(Client c, String folder, YearMonth month) {
    YearMonth from = YearMonth.from(c.startDate()).minusMonths(EARLY_MONTHS);
    return monthFolders().stream().filter(m -> m.isBefore(month) && !m.isBefore(from))
        .sorted(Comparator.reverseOrder())
        .map(m -> clientFolder(out.resolve(m.toString()), c.id(), folder)
            .filter(dir -> holdsHandoutOrLog(dir) || Files.isRegularFile(dir.resolve(BlockRecord.NAME))))
        .flatMap(Optional::stream).findFirst();
  }

  /** E.g. "13 months", "2 years", "36 years and 5 months". */
  static String span(long months) {
    if (months < 24) return months + " months";
    long years = months / 12;
    long rest = months % 12;
    return years + " years" + (rest == 0 ? "" : " and " + rest + (rest == 1 ? " month" : " months"));
  }
}
