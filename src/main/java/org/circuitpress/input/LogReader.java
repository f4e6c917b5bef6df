package org.circuitpress.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.LogNote;
import org.circuitpress.model.Program;
import org.circuitpress.model.Severity;
import org.circuitpress.model.Week;

/**
 * Reads what a client logged in the previous block: the filled {@code log.xlsx} and the form
 * fields of a filled {@code handout.pdf}. When both hold entries they are merged per value, the
 * XLSX winning where both have one. Problems become warnings naming the file, sheet and cell (or
 * form field); nothing here stops a run.
 */
public final class LogReader {
  public static final String LOG_FILE = "log.xlsx";
  public static final String HANDOUT_FILE = "handout.pdf";
  /**
   * The record of the block printed in a client folder, which the next month's run reads the
   * folder's log against and continues from (written and read by the batch stage).
   */
  public static final String BLOCK_RECORD = ".circuitpress-block.csv";
  /** Where a re-run writes its new copy when the client's file must be kept. */
  public static final String NEW_LOG_FILE = "log.new.xlsx";
  public static final String NEW_HANDOUT_FILE = "handout.new.pdf";
  /**
   * The record of the block the new pair beside a kept file was printed for, which the new log is
   * read against when the client went on in it ({@link #read(Path, Program, Program, Predicate,
   * Diagnostics)}); {@value #BLOCK_RECORD} stays the record of the files in place.
   */
  public static final String NEW_BLOCK_RECORD = ".circuitpress-block.new.csv";
  private static final List<String> NEW_FILES = List.of(NEW_LOG_FILE, NEW_HANDOUT_FILE);

  private LogReader() {}

  /**
   * The other workbooks and PDFs beside the log and handout: the new ones of a re-run, the old
   * ones of --force, and copies saved under another name ({@code log (1).xlsx}, as a browser
   * saves a download next to the file it already has). Not the lock files Excel and LibreOffice
   * keep while a file is open ({@code ~$log.xlsx}, {@code .~lock.log.xlsx#}) or hidden files.
   */
  private static List<String> copies(Path clientFolder, List<String> names) {
    List<String> out = new ArrayList<>(List.of(NEW_LOG_FILE, NEW_HANDOUT_FILE));
    names.stream()
        .filter(n -> {
          String lower = n.toLowerCase(Locale.ROOT);
          return (lower.endsWith(".xlsx") || lower.endsWith(".pdf"))
              && !n.startsWith(".") && !n.startsWith("~$")
              && !out.contains(n) && !isLogOrHandout(clientFolder, n);
        })
        .forEach(out::add);
    return out;
  }

  /** The names in a client's folder, sorted; none when it cannot be listed (its log is named below). */
  private static List<String> names(Path clientFolder) {
    try (Stream<Path> files = Files.list(clientFolder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * Spreadsheets beside the log saved in a format this reader does not read, with what each
   * format is: a client who saves the log in LibreOffice's own format or as an old Excel file
   * returns it in that file, and the blank log.xlsx beside it would be read as "nothing filled in".
   */
  private static final Map<String, String> OTHER_FORMATS = Map.of(
      ".ods", "an OpenDocument spreadsheet (.ods, LibreOffice's own format)",
      ".fods", "a flat OpenDocument spreadsheet (.fods)",
      ".xls", "an old Excel workbook (.xls)",
      ".xlsb", "a binary Excel workbook (.xlsb)",
      ".xlsm", "a macro-enabled Excel workbook (.xlsm)",
      ".numbers", "a Numbers spreadsheet (.numbers)",
      ".csv", "a CSV file (one sheet of a spreadsheet saved as text)");

  private static void otherFormats(Path clientFolder, List<String> names, String client, Diagnostics d) {
    for (String n : names) {
      if (n.startsWith(".") || n.startsWith("~$") || kind(n) == null) continue;
      // a CSV holds one sheet: saved as a workbook in place of the log, the other weeks would be gone
      String fix = n.toLowerCase(Locale.ROOT).endsWith(".csv")
          ? "copy its rows into the week sheets of " + LOG_FILE + " and run again"
          : "open it, save it as an Excel workbook (.xlsx) in place of " + LOG_FILE
              + " (keep the blank one elsewhere) and run again";
      d.add(Diagnostic.warning(Location.ofFile(clientFolder.resolve(n).toString()), "is " + kind(n)
              + ", which is not read as the last block's log; if the client filled it in, " + fix)
          .forClient(client));
    }
  }

  private static String kind(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? null : OTHER_FORMATS.get(name.substring(dot).toLowerCase(Locale.ROOT));
  }

  /**
   * The previous block's log, as one entry per prescribed session, round and drill in program
   * order (blank where nothing was written). Empty when the folder holds neither file or none of
   * them could be read; a {@link BlockLog#isEmpty() blank} log when they were read but unfilled.
   */
  public static Optional<BlockLog> read(Path clientFolder, Program previous, Diagnostics d) {
    return read(clientFolder, previous, file -> false, d);
  }

  /**
   * As {@link #read(Path, Program, Diagnostics)}, where {@code asWritten} tells the log or handout
   * that is still exactly the file the run that printed {@code previous} wrote (its size and
   * checksum unchanged): such a file holds no entries, and it is taken as blank without being
   * opened. Reading a workbook or a form costs tens of milliseconds; most of a month's are never
   * filled in.
   */
  public static Optional<BlockLog> read(Path clientFolder, Program previous, Predicate<Path> asWritten, Diagnostics d) {
    return read(clientFolder, previous, null, asWritten, Severity.WARNING, d).map(AsPrinted::log);
  }

  /**
   * A log and the block it is read against: {@code previous}, or, where the client went on in the
   * new log a run of the month wrote beside the kept one, the weeks read from it as the block that
   * new log printed ({@code newBlock}), so that its rows count for the drills it gave them.
   */
  public record AsPrinted(Program block, BlockLog log) {}

  /**
   * As {@link #read(Path, Program, Predicate, Diagnostics)}, where {@code newBlock} (null when it is
   * not known) is the block the new pair beside the kept files was printed for ({@value
   * #NEW_BLOCK_RECORD}): the new log is read against it, and the block returned has its weeks
   * where the client went on in that log.
   */
  public static Optional<AsPrinted> read(Path clientFolder, Program previous, Program newBlock,
      Predicate<Path> asWritten, Diagnostics d) {
    return read(clientFolder, previous, newBlock, asWritten, Severity.WARNING, d);
  }

  /**
   * The drills' names as the folder's {@code log.xlsx} printed them, by drill id: the name a drill
   * the library no longer has was given to the client under. Empty without a readable log.
   */
  public static Map<String, String> printedNames(Path clientFolder) {
    Path log = clientFolder.resolve(LOG_FILE);
    return Files.isRegularFile(log) ? XlsxLog.printedNames(log) : Map.of();
  }

  /**
   * As {@link #read(Path, Program, Diagnostics)}, for export-logs: a log or handout that cannot be
   * read is an error of the client, as the export is then without what they wrote in it; next
   * month's run warns of it and plans the block without it.
   */
  public static Optional<BlockLog> readToExport(Path clientFolder, Program block, Diagnostics d) {
    return readToExport(clientFolder, block, null, d).map(AsPrinted::log);
  }

  /** As {@link #readToExport(Path, Program, Diagnostics)}, with the new pair's block as in {@link AsPrinted}. */
  public static Optional<AsPrinted> readToExport(Path clientFolder, Program block, Program newBlock, Diagnostics d) {
    return read(clientFolder, block, newBlock, file -> false, Severity.ERROR, d);
  }

  /** What to do about a folder that could not be looked in ({@link #cannotLook}). */
  public static final String LOOK_AGAIN = "make that folder readable (or let a synced folder finish downloading it)"
      + " and run again";

  /**
   * Why {@code p} could not be looked at: a folder on the way that refuses it (permission denied,
   * a synced folder whose files are not on this computer); null when it is there, or is not.
   */
  public static String cannotLook(Path p) {
    try {
      Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
      return null;
    } catch (IOException e) {
      return cannotLook(e);
    }
  }

  /** Why {@code e}, met looking at a file or folder, stopped it: null when it is not there. */
  private static String cannotLook(IOException e) {
    if (e instanceof NoSuchFileException) return null;
    if (e instanceof AccessDeniedException) return "permission denied";
    String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    return why == null ? e.getClass().getSimpleName() : why;
  }

  /**
   * Why the files in {@code folder} could not be listed: as {@link #cannotLook}, or a folder that is
   * there but refuses to show what it holds (no permission to read it); null when it can be listed,
   * or is not there.
   */
  public static String cannotLookIn(Path folder) {
    String unseen = cannotLook(folder);
    if (unseen != null || !Files.isDirectory(folder)) return unseen;
    try (DirectoryStream<Path> list = Files.newDirectoryStream(folder)) {
      return null;
    } catch (IOException e) {
      return cannotLook(e);
    }
  }

  private static Optional<AsPrinted> read(Path clientFolder, Program previous, Program newBlock,
      Predicate<Path> asWritten, Severity unreadable, Diagnostics d) {
    Path xlsx = clientFolder.resolve(LOG_FILE);
    Path pdf = clientFolder.resolve(HANDOUT_FILE);
    for (Path p : List.of(xlsx, pdf)) {
      String unseen = cannotLook(p);
      if (unseen != null) {
        // Files.exists is false here as for no file at all: a client's filled log must not be
        // taken for one that never came back.
        d.add(new Diagnostic(unreadable, Location.ofFile(clientFolder.toString()), "could not look in " + clientFolder
            + " for the last block's log (" + unseen + "), so no log was read from it; if the client filled one in,"
            + " " + LOOK_AGAIN, null)
            .forClient(previous.client().id()));
        return Optional.empty();
      }
    }
    for (Path p : List.of(xlsx, pdf)) {
      if (Files.exists(p) && !Files.isRegularFile(p)) {
        String what = Files.isDirectory(p) ? "a folder" : "not a file";
        d.add(Diagnostic.warning(Location.ofFile(p.toString()),
                "is " + what + ", so it was not read as the last block's log; put the client's filled file here")
            .forClient(previous.client().id()));
      }
    }
    // A re-run that found a filled file wrote its new copy beside it; a client may have filled
    // in that copy instead. Only the original is read, so say when the copy holds entries.
    // A forced re-run moved a filled file aside (log.replaced.xlsx); say so when it holds entries.
    List<String> names = names(clientFolder);
    boolean sameBlock = newPairOfSameBlock(clientFolder);
    for (String copy : copies(clientFolder, names)) {
      Path p = clientFolder.resolve(copy);
      if (sameBlock && NEW_FILES.contains(copy)) continue; // read with the kept file's entries, below
      if (Files.isRegularFile(p) && holdsEntries(p, copy)) {
        String original = copy.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? LOG_FILE : HANDOUT_FILE;
        d.add(Diagnostic.warning(Location.ofFile(p.toString()), "holds entries, but only " + original
                + " is read as the last block's log; if this is the file the client filled in, put it in place of "
                + original + " (keep the other one elsewhere) and run again")
            .forClient(previous.client().id()));
      }
    }
    otherFormats(clientFolder, names, previous.client().id(), d);
    // the trainer typing a paper log into log.xlsx (or the new log read with it) may still have it
    // open, the last entries unsaved
    for (Path open : List.of(xlsx, clientFolder.resolve(NEW_LOG_FILE))) {
      if (!Files.isRegularFile(open)) continue;
      LockFiles.openElsewhere(open).ifPresent(m ->
          d.add(Diagnostic.warning(Location.ofFile(open.toString()), m).forClient(previous.client().id())));
    }
    Optional<LogGrid> fromXlsx = !Files.isRegularFile(xlsx) ? Optional.empty()
        : asWritten.test(xlsx) ? Optional.of(new LogGrid(previous, xlsx.toString()))
        : guarded(xlsx, "the log", previous, unreadable, d, into -> XlsxLog.read(xlsx, xlsx.toString(), previous, unreadable, into));
    Optional<LogGrid> fromPdf = !Files.isRegularFile(pdf) ? Optional.empty()
        : asWritten.test(pdf) ? Optional.of(new LogGrid(previous, pdf.toString()))
        : guarded(pdf, "the form fields", previous, unreadable, d, into -> PdfLog.read(pdf, pdf.toString(), previous, unreadable, into));
    String id = previous.client().id();
    List<NewCopy> newCopies = sameBlock
        ? newCopies(clientFolder, newBlock == null ? previous : newBlock, newBlock != null, unreadable, d) : List.of();
    if (fromXlsx.isEmpty() && fromPdf.isEmpty()) return Optional.empty();
    // words outside the week sheets, and comments on the handout beside no session, whichever file's entries are read
    List<LogNote> outside = new ArrayList<>(fromXlsx.map(LogGrid::outside).orElse(List.of()));
    fromPdf.ifPresent(g -> outside.addAll(g.outside()));
    boolean xlsxFilled = fromXlsx.map(LogGrid::hasEntries).orElse(false);
    boolean pdfFilled = fromPdf.map(LogGrid::hasEntries).orElse(false);
    List<LogEntry> entries;
    List<LogEntry> elsewhere = new ArrayList<>();
    String source;
    if (xlsxFilled && pdfFilled) {
      entries = merge(fromXlsx.get().entries(), fromPdf.get().entries(), xlsx.toString(), d, id);
      elsewhere.addAll(fromXlsx.get().elsewhere());
      source = LOG_FILE + " + " + HANDOUT_FILE;
    } else {
      // one filled file, or none: prefer the filled one, then the workbook
      boolean usePdf = pdfFilled || fromXlsx.isEmpty();
      LogGrid grid = usePdf ? fromPdf.get() : fromXlsx.get();
      entries = grid.entries();
      elsewhere.addAll(grid.elsewhere());
      source = usePdf ? HANDOUT_FILE : LOG_FILE;
    }
    List<LogNote> uncounted = new ArrayList<>();
    Program block = previous;
    for (NewCopy copy : newCopies) {
      if (newBlock == null) {
        entries = goneOnIn(entries, elsewhere, uncounted, copy, source, d, id);
      } else {
        Merged merged = goneOnIn(block, entries, newBlock, elsewhere, uncounted, copy, source, d, id);
        block = merged.block();
        entries = merged.entries();
      }
      source += " + " + copy.path().getFileName();
    }
    List<LogEntry> all = new ArrayList<>(entries);
    all.addAll(elsewhere);
    // what the client put on the handout that could not be read, when the handout gave nothing
    String unread = pdfFilled ? null : fromPdf.map(LogGrid::unread).orElse(null);
    return Optional.of(new AsPrinted(block, new BlockLog(id, previous.block(), source, all, outside, false, uncounted,
        unread)));
  }

  /**
   * The new handout and log a re-run of the month wrote beside a kept file, when they are of the
   * same block and hold entries. A client given them in the middle of the block (a limitation
   * added, a name corrected) logs the rest of the block there, and the weeks before stay in the
   * kept file: both are the block's log, and neither may be lost. A copy of another block or
   * program is told apart by its reader and refused, as the kept file would be. {@code ownBlock}:
   * {@code previous} is the block the new pair was printed for, by its record.
   */
  private static List<NewCopy> newCopies(Path clientFolder, Program previous, boolean ownBlock, Severity unreadable,
      Diagnostics d) {
    List<NewCopy> out = new ArrayList<>();
    for (String name : NEW_FILES) {
      Path p = clientFolder.resolve(name);
      if (!Files.isRegularFile(p) || !holdsEntries(p, name)) continue;
      Optional<LogGrid> grid = name.equals(NEW_LOG_FILE)
          ? guarded(p, "the log", previous, unreadable, d, into -> XlsxLog.read(p, p.toString(), previous, ownBlock, unreadable, into))
          : guarded(p, "the form fields", previous, unreadable, d, into -> PdfLog.read(p, p.toString(), previous, unreadable, into));
      grid.filter(LogGrid::hasEntries).ifPresent(g -> out.add(new NewCopy(p, g)));
    }
    return out;
  }

  /**
   * The kept file's entries with those of a new copy the client went on in, the copy's rows of drills
   * the kept block lacks added to {@code elsewhere} and the words of its rows not counted to {@code
   * uncounted} (read for pain): a week the kept file ({@code elsewhere} included)
   * has entries in is read from it alone, and the other weeks from the copy. A week is one file's:
   * the copy's rows of a week the kept file has are a drill given in place of another (its effort
   * counted twice over) or the same rounds again (a "no" there would cancel a round the kept file
   * shows done), so they are named in a note, not counted. The note says which weeks the copy
   * gave, so the trainer sees where the block was logged.
   */
  private static List<LogEntry> goneOnIn(List<LogEntry> kept, List<LogEntry> elsewhere, List<LogNote> uncounted,
      NewCopy copy, String keptName, Diagnostics d, String id) {
    Set<Integer> keptWeeks = weeksWithEntries(kept, elsewhere);
    List<LogEntry> more = copy.grid().entries();
    List<LogEntry> out = new ArrayList<>(kept.size());
    List<LogEntry> passed = new ArrayList<>();
    TreeSet<Integer> weeks = new TreeSet<>();
    for (int i = 0; i < kept.size(); i++) {
      LogEntry b = more.get(i);
      boolean read = !b.isEmpty() && !keptWeeks.contains(b.week());
      out.add(read ? b : kept.get(i));
      if (read) weeks.add(b.week());
      else if (!b.isEmpty()) passed.add(b);
    }
    told(elsewhere, uncounted, copy, keptName, keptWeeks, passed, weeks, d, id);
    return out;
  }

  /**
   * As {@link #goneOnIn(List, List, List, NewCopy, String, Diagnostics, String)}, the copy read
   * against {@code newBlock}, the block it was printed for, and {@code kept} against {@code block}:
   * the weeks are merged, not the rows, as the two blocks may give other drills or sessions. A week
   * the kept file has entries in is its block's, read from it; from the first week the client
   * logged in the copy on, every other week is the new block's, read from the copy (the rest of
   * the block was the client's in the new log, logged or not). Returns that block and its rows.
   */
  private static Merged goneOnIn(Program block, List<LogEntry> kept, Program newBlock, List<LogEntry> elsewhere,
      List<LogNote> uncounted, NewCopy copy, String keptName, Diagnostics d, String id) {
    Set<Integer> keptWeeks = weeksWithEntries(kept, elsewhere);
    TreeSet<Integer> weeks = new TreeSet<>();
    List<LogEntry> passed = new ArrayList<>();
    for (LogEntry e : copy.grid().entries()) {
      if (e.isEmpty()) continue;
      if (keptWeeks.contains(e.week())) passed.add(e);
      else weeks.add(e.week());
    }
    List<LogEntry> out = new ArrayList<>();
    Map<Integer, Week> printed = new HashMap<>();
    newBlock.weeks().forEach(w -> printed.put(w.number(), w));
    List<Week> merged = new ArrayList<>();
    for (Week w : block.weeks()) {
      int n = w.number();
      boolean fromCopy = !keptWeeks.contains(n) && printed.containsKey(n) && !weeks.isEmpty() && n >= weeks.first();
      merged.add(fromCopy ? printed.get(n) : w);
      (fromCopy ? copy.grid().entries() : kept).stream().filter(e -> e.week() == n).forEach(out::add);
    }
    told(elsewhere, uncounted, copy, keptName, keptWeeks, passed, weeks, d, id);
    Program asLogged = new Program(block.client(), block.template(), block.block(), block.trackId(), block.start(),
        block.end(), merged, block.notes(), block.decided());
    return new Merged(asLogged, out);
  }

  /** A block merged week by week from the kept file's and a new copy's, and its rows in program order. */
  private record Merged(Program block, List<LogEntry> entries) {}

  /** The weeks {@code kept} or {@code elsewhere} has entries in. */
  private static Set<Integer> weeksWithEntries(List<LogEntry> kept, List<LogEntry> elsewhere) {
    Set<Integer> out = new HashSet<>();
    Stream.concat(kept.stream(), elsewhere.stream()).filter(e -> !e.isEmpty()).forEach(e -> out.add(e.week()));
    return out;
  }

  /**
   * What {@code goneOnIn} says of a copy read with the kept file, and where the copy's rows of no
   * drill of its block go: counted with {@code elsewhere} in a week read from the copy, or noted as
   * {@code passed} (and their words kept in {@code uncounted}) in a week the kept file has.
   */
  private static void told(List<LogEntry> elsewhere, List<LogNote> uncounted, NewCopy copy, String keptName,
      Set<Integer> keptWeeks, List<LogEntry> passed, TreeSet<Integer> weeks, Diagnostics d, String id) {
    for (LogEntry e : copy.grid().elsewhere()) {
      if (keptWeeks.contains(e.week())) {
        passed.add(e);
      } else {
        elsewhere.add(e);
        weeks.add(e.week());
      }
    }
    String name = copy.path().getFileName().toString();
    d.add(Diagnostic.info(Location.ofFile(copy.path().toString()), name + " holds entries of this block too ("
            + (weeks.isEmpty() ? "none of a week that " + keptName + " lacks" : weeks(weeks)) + "): the client went on"
            + " in the new " + (name.endsWith(".pdf") ? "handout" : "log") + " a run of the month wrote beside "
            + keptName + ", so both were read as one log; a week " + keptName + " has entries in is read from "
            + keptName + " alone")
        .forClient(id));
    if (!passed.isEmpty()) d.add(notCounted(copy.path(), passed, keptName).forClient(id));
    passed.forEach(e -> uncounted.addAll(e.noted()));
  }

  /** The most rows of a new copy {@link #notCounted} names; the rest are counted. */
  private static final int PASSED_SHOWN = 5;

  /**
   * The note naming the rows of the new copy {@code file} that were not counted, as {@code keptName}
   * has entries in their weeks: each by its place, with the words the client wrote there.
   */
  private static Diagnostic notCounted(Path file, List<LogEntry> passed, String keptName) {
    TreeSet<Integer> weeks = new TreeSet<>();
    passed.forEach(e -> weeks.add(e.week()));
    List<String> rows = passed.stream().limit(PASSED_SHOWN).map(e -> {
      Location at = e.where();
      String ref = at.sheet() != null ? Location.ofRow(at.file(), at.sheet(), at.row()).cellRef()
          : at.header() != null ? "field " + at.header() : "the file";
      return e.notes() == null ? ref : ref + " (\"" + e.notes() + "\")";
    }).toList();
    String more = passed.size() > PASSED_SHOWN ? ", and " + (passed.size() - PASSED_SHOWN) + " more" : "";
    String name = file.getFileName().toString();
    return Diagnostic.info(Location.ofFile(file.toString()), name + "'s entries of " + weeks(weeks) + " were not"
        + " counted, as " + keptName + " has entries of " + (weeks.size() == 1 ? "that week" : "those weeks") + ": "
        + String.join(", ", rows) + more + ". If the client logged sessions of " + (weeks.size() == 1 ? "it" : "them")
        + " only in " + name + ", copy them into " + keptName.split(" ")[0] + " and run again");
  }

  /**
   * Whether the new pair a re-run wrote beside the kept files is of their block: {@value
   * #NEW_LOG_FILE} shows the program, block and dates {@value #LOG_FILE} shows. A re-run after the
   * client's program, start date or block length changed wrote another block, whose entries are
   * not the kept block's: it is not read with it, and is warned about as any copy that holds entries.
   */
  public static boolean newPairOfSameBlock(Path clientFolder) {
    Path copy = clientFolder.resolve(NEW_LOG_FILE);
    if (!Files.isRegularFile(copy)) return false;
    Optional<List<String>> kept = XlsxLog.printedBlock(clientFolder.resolve(LOG_FILE));
    return kept.isPresent() && kept.equals(XlsxLog.printedBlock(copy));
  }

  /** A new copy beside the kept file, read against the kept file's block. */
  private record NewCopy(Path path, LogGrid grid) {}

  /** "week 3", "weeks 2 to 4" or "weeks 1, 3". */
  private static String weeks(SortedSet<Integer> in) {
    if (in.size() == 1) return "week " + in.first();
    if (in.last() - in.first() + 1 == in.size()) return "weeks " + in.first() + " to " + in.last();
    return "weeks " + String.join(", ", in.stream().map(String::valueOf).toList());
  }

  /**
   * What {@code reader} reads of {@code file}, and what it says; when it fails in a way it does not
   * expect (POI or PDFBox throwing on an odd file, a fault of this reader, a structure nested too
   * deep to follow), only that the file could not be read. One such file never ends the run, nor
   * leaves a half-read file's warnings behind.
   */
  private static Optional<LogGrid> guarded(Path file, String what, Program previous, Severity unreadable,
      Diagnostics d, Function<Diagnostics, Optional<LogGrid>> reader) {
    Diagnostics said = new Diagnostics();
    try {
      Optional<LogGrid> grid = reader.apply(said);
      d.addAll(said.all());
      return grid;
    } catch (RuntimeException | StackOverflowError e) {
      d.add(new Diagnostic(unreadable, Location.ofFile(file.toString()), "could not read " + what + ": reading it"
          + " stopped on something CircuitPress did not expect (" + e.getClass().getSimpleName() + "), so nothing"
          + " the client wrote in it was read; open it, save it again under the same name and run again, and if"
          + " that does not help, send the file to whoever looks after CircuitPress for you; it is ignored",
          previous.client().id()));
      return Optional.empty();
    }
  }

  /**
   * Whether {@code name} is the log or handout itself: the same name, or on a file system that
   * ignores case (Windows, macOS) the same file under other capitals. On Linux "Log.xlsx" is
   * another file, and a copy to name.
   */
  private static boolean isLogOrHandout(Path folder, String name) {
    for (String own : List.of(LOG_FILE, HANDOUT_FILE)) {
      if (name.equals(own)) return true;
      if (!name.equalsIgnoreCase(own)) continue;
      try {
        Path o = folder.resolve(own);
        return Files.exists(o) && Files.isSameFile(folder.resolve(name), o);
      } catch (IOException e) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a copy beside the log holds entries. A copy named like a log or handout that cannot
   * be inspected is taken to (the safe mistake); any other file that cannot be (an intake form
   * saved as PDF) is not named as holding entries it may not have.
   */
  private static boolean holdsEntries(Path p, String name) {
    // the run's own copies, and any named like a log or handout ("log (1).xlsx", a locked one)
    String lower = name.toLowerCase(Locale.ROOT);
    boolean ours = lower.startsWith("log") || lower.startsWith("handout");
    try {
      return checkEntries(p);
    } catch (IOException e) {
      return ours;
    }
  }

  /**
   * True when a log.xlsx or handout.pdf holds anything a client wrote; also true when the file
   * exists but cannot be inspected, so a run never overwrites what it cannot read.
   */
  public static boolean hasEntries(Path file) {
    try {
      return checkEntries(file);
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * Like {@link #hasEntries(Path)}, but a file that exists and cannot be inspected throws, so a
   * caller can say "could not be read" rather than claim the client wrote in it.
   */
  public static boolean checkEntries(Path file) throws IOException {
    if (!Files.isRegularFile(file)) return false;
    try {
      byte[] magic;
      try (InputStream in = Files.newInputStream(file)) {
        magic = in.readNBytes(5);
      }
      if (magic.length >= 2 && magic[0] == 'P' && magic[1] == 'K') return XlsxLog.hasEntries(file);
      if (magic.length == 5 && new String(magic, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
          PDAcroForm form = PdfLog.form(doc);
          return form != null && PdfLog.hasEntries(form) || PdfMarkup.hasComments(doc);
        }
      }
      if (magic.length == 0) return false;
      throw new IOException("neither an .xlsx workbook nor a PDF");
    } catch (RuntimeException | StackOverflowError e) {
      throw new IOException(e);
    }
  }

  /** Both grids are dense and in program order, so entries pair up by position. */
  private static List<LogEntry> merge(List<LogEntry> xlsx, List<LogEntry> pdf, String file, Diagnostics d, String id) {
    List<LogEntry> out = new ArrayList<>(xlsx.size());
    int differ = 0;
    String example = null;
    for (int i = 0; i < xlsx.size(); i++) {
      LogEntry a = xlsx.get(i);
      LogEntry b = pdf.get(i);
      int n = conflicts(a, b);
      if (n > 0 && example == null) {
        example = "week " + a.week() + ", session " + a.session() + ", round " + a.round() + ", " + a.exerciseId()
            + ": " + firstConflict(a, b);
      }
      differ += n;
      // a load is a weight or a grade: the workbook's, whichever it is, else the handout's
      LogEntry load = a.load() != null || a.loadGrade() != null ? a : b;
      out.add(new LogEntry(a.week(), a.session(), a.round(), a.exerciseId(),
          or(a.date(), b.date()), or(a.amount(), b.amount()), load.load(), load.loadGrade(), or(a.done(), b.done()),
          or(a.rpe(), b.rpe()), a.isEmpty() ? b.where() : a.where(), bothNotes(a, b)));
    }
    String msg = "both " + LOG_FILE + " and " + HANDOUT_FILE + " hold entries; they were merged, "
        + LOG_FILE + " winning where both have a value, and the notes of both kept";
    if (differ > 0) msg += " (" + differ + " values differ, first at " + example + ")";
    d.add(Diagnostic.warning(Location.ofFile(file), msg).forClient(id));
    return out;
  }

  /**
   * The notes of both files: neither replaces the other, as a handout's notes box of a session
   * stands on every drill of the session and is listed as the session's note. The handout's words
   * that the workbook's row already has are not taken twice.
   */
  private static List<LogNote> bothNotes(LogEntry a, LogEntry b) {
    List<LogNote> out = new ArrayList<>(a.noted());
    for (LogNote n : b.noted()) {
      if (a.noted().stream().noneMatch(x -> x.said().strip().equals(n.said().strip()))) out.add(n);
    }
    return out;
  }

  /** The first value the two files give differently, e.g. {@code RPE 9 in log.xlsx, 7 in handout.pdf}. */
  private static String firstConflict(LogEntry a, LogEntry b) {
    String[] names = {"date", "amount", "load", "load", "done", "RPE"};
    Object[] xs = {a.date(), a.amount(), a.load(), a.loadGrade(), a.done(), a.rpe()};
    Object[] ys = {b.date(), b.amount(), b.load(), b.loadGrade(), b.done(), b.rpe()};
    for (int i = 0; i < names.length; i++) {
      if (differs(xs[i], ys[i]) == 1) {
        return names[i] + " " + shown(xs[i]) + " in " + LOG_FILE + ", " + shown(ys[i]) + " in " + HANDOUT_FILE;
      }
    }
    return "";
  }

  private static String shown(Object v) {
    if (v instanceof Double x) return LogValues.show(x);
    if (v instanceof Boolean x) return x ? "yes" : "no";
    return v instanceof String ? "\"" + v + "\"" : String.valueOf(v);
  }

  private static int conflicts(LogEntry a, LogEntry b) {
    int n = 0;
    n += differs(a.date(), b.date());
    n += differs(a.amount(), b.amount());
    n += differs(a.load(), b.load());
    n += differs(a.loadGrade(), b.loadGrade());
    n += differs(a.done(), b.done());
    n += differs(a.rpe(), b.rpe());
    return n;
  }

  private static int differs(Object a, Object b) {
    return a != null && b != null && !a.equals(b) ? 1 : 0;
  }

  private static <T> T or(T a, T b) {
    return a != null ? a : b;
  }
}
