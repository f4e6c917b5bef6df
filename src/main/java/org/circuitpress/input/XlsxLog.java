package org.circuitpress.input;

import static org.circuitpress.model.LogColumns.*;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.circuitpress.input.XlsxSheets.Line;
import org.circuitpress.input.XlsxSheets.Sheet;
import org.circuitpress.model.DateOrder;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.LogNote;
import org.circuitpress.model.LogSheets;
import org.circuitpress.model.Names;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Severity;
import org.circuitpress.model.Week;

/**
 * Reads a filled {@code log.xlsx}. Week sheets are recognized by their header row, columns by
 * their headers and rows by their week, session, round and drill cells, so inserted, moved or
 * sorted rows and columns are read as well as the original layout. The workbook is read with the
 * streaming reader ({@link XlsxSheets}), not POI's workbook model.
 */
final class XlsxLog {
  private static final int HEADER_SEARCH_ROWS = 10;
  /** The start sheet's facts are in its first rows; a few rows inserted above them still count. */
  private static final int START_SEARCH_ROWS = 20;
  private static final String BLOCK = "block";

  private final String file;
  private final LogGrid grid;
  private final LogCells cells;
  /** Where each session, round and drill was read: sheet and row, as a message names them. */
  private final Map<LogGrid.Key, String> seen = new HashMap<>();

  private XlsxLog(String file, Program previous, Diagnostics d) {
    this.file = file;
    this.grid = previous == null ? null : new LogGrid(previous, file);
    this.cells = previous == null ? null : new LogCells(previous, d);
  }

  /**
   * The drills' names as the week sheets print them, by drill id (the name most of a drill's rows
   * hold, so that one typed over does not count): what the client was shown for a drill the
   * library has since lost. Empty when the file cannot be read.
   */
  static Map<String, String> printedNames(Path path) {
    List<Sheet> wb;
    try {
      wb = XlsxSheets.read(path);
    } catch (Exception | StackOverflowError e) {
      return Map.of();
    }
    XlsxLog log = new XlsxLog(path.toString(), null, new Diagnostics());
    Map<String, Map<String, Integer>> seen = new HashMap<>();
    for (Sheet sheet : wb) {
      Optional<Integer> header = log.headerRow(sheet);
      if (header.isEmpty()) continue;
      Map<String, Integer> columns = log.header(sheet.row(header.get()));
      if (!columns.containsKey(DRILL_ID) || !columns.containsKey(EXERCISE)) continue;
      for (Line row : sheet.rowsAfter(header.get())) {
        RawCell id = row.cell(columns.get(DRILL_ID));
        RawCell name = row.cell(columns.get(EXERCISE));
        if (id == null || name == null || id.text().isBlank() || name.text().isBlank()) continue;
        seen.computeIfAbsent(id.text().strip(), k -> new HashMap<>()).merge(name.text().strip(), 1, Integer::sum);
      }
    }
    Map<String, String> names = new HashMap<>();
    seen.forEach((id, counts) -> names.put(id, Collections.max(counts.entrySet(),
        Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).getKey()));
    return names;
  }

  /**
   * The program, block and first and last day the start sheet of the log at {@code path} was
   * printed with: the block it is the log of. Empty when the file cannot be read or its start sheet
   * does not show its dates.
   */
  static Optional<List<String>> printedBlock(Path path) {
    List<Sheet> wb;
    try {
      wb = XlsxSheets.read(path);
    } catch (Exception | StackOverflowError e) {
      return Optional.empty();
    }
    Map<String, String> shown = new HashMap<>();
    for (StartCell cell : new XlsxLog(path.toString(), null, new Diagnostics()).startCells(wb)) {
      shown.putIfAbsent(cell.label(), cell.value());
    }
    return blockDates(shown.getOrDefault("dates", "")).map(dates -> List.of(shown.getOrDefault("program", ""),
        shown.getOrDefault("block", ""), dates.get(0).toString(), dates.get(1).toString()));
  }

  /** The grid read from the file; empty when the file cannot be opened ({@code unreadable}: how that is told). */
  static Optional<LogGrid> read(Path path, String file, Program previous, Severity unreadable, Diagnostics d) {
    return read(path, file, previous, false, unreadable, d);
  }

  /**
   * As {@link #read(Path, String, Program, Severity, Diagnostics)}; {@code ownBlock}: the file is the
   * new log beside a kept one, read against the block it was printed for, by that block's record.
   */
  static Optional<LogGrid> read(Path path, String file, Program previous, boolean ownBlock, Severity unreadable,
      Diagnostics d) {
    XlsxLog log = new XlsxLog(file, previous, d);
    log.ownBlock = ownBlock;
    List<Sheet> wb;
    try {
      wb = XlsxSheets.read(path);
    } catch (Exception | StackOverflowError e) {
      // POI and the XML parser report a damaged file with many exception types, some unchecked
      log.cells.unreadable(Location.ofFile(file), "could not read the log: " + unreadable(path, e) + "; it is ignored",
          unreadable);
      return Optional.empty();
    }
    Optional<Mismatch> foreign = log.foreign(wb, previous, path).or(() -> log.otherProgram(wb, previous))
        .or(() -> log.plannedElsewhere(wb, previous));
    if (foreign.isPresent()) {
      log.cells.warn(foreign.get().at(), foreign.get().message());
      return Optional.empty();
    }
    log.workbook = wb;
    boolean any = false;
    // Filled rows on their own week's sheet first, then filled rows elsewhere (pasted onto
    // another week's sheet), then blank ones: of two rows for the same round and drill, a blank
    // copy never hides the entries, and the row where the client would look wins.
    for (int pass = 0; pass < PASSES; pass++) {
      for (Sheet sheet : wb) any |= log.sheet(sheet, pass);
    }
    List<LogNote> outside = log.outsideWords(wb);
    for (Sheet sheet : wb) log.otherSheet(sheet, outside);
    log.grid.outside(outside);
    log.unmatchedSummary();
    if (any) log.missingWeeks(previous);
    if (!any) log.cells.warn(Location.ofFile(file), "no week sheet found (a header row with "
        + SESSION + ", " + ROUND + " and " + EXERCISE + "); nothing read");
    log.cells.finish(file);
    return Optional.of(log.grid);
  }

  /** Why a workbook is not the log of the block it was found for, and the cell that says so. */
  private record Mismatch(Location at, String message) {}

  private static final Pattern DATES = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern TRAILING_ID = Pattern.compile("\\(([^()]*)\\)\\s*$");

  /**
   * Another client's log, or the log of another block of this client, put in this folder: the
   * start sheet says whose log it is ("Zoë Martin (c001)") and of which block. Its rows would
   * otherwise be matched against this block drill by drill and partly read. A start sheet that
   * was removed or edited beyond recognition decides nothing.
   */
  private Optional<Mismatch> foreign(List<Sheet> wb, Program previous, Path path) {
    String id = previous.client().id();
    for (StartCell cell : startCells(wb)) {
      String label = cell.label();
      String value = cell.value();
      Location at = cell.at();
      if (label.equals("client")) {
        Matcher m = TRAILING_ID.matcher(value);
        // ids are compared as the roster compares them: "C003" is client c003, "1,001" client 1001
        if (m.find() && !IdNumbers.sameClient(m.group(1), id)) {
          return Optional.of(new Mismatch(at, otherClient(value, m, previous, path)));
        }
      }
      Optional<List<LocalDate>> dates = label.equals("dates") ? blockDates(value) : Optional.empty();
      if (dates.isPresent()) {
        // The same block number from an earlier enrolment. A start date moved since the block
        // was printed still overlaps it, and that log is read.
        String printed = previous.start() + " to " + previous.end();
        LocalDate from = dates.get().get(0);
        LocalDate to = dates.get().get(1);
        if (to.isBefore(previous.start()) || from.isAfter(previous.end())) {
          return Optional.of(new Mismatch(at, "this log is for " + value + ", but the last block ran " + printed
              + "; it is the log of another block and is ignored. Put the log of " + printed + " here"));
        }
      }
      if (label.equals("block")) {
        OptionalInt block = whole(raw(cell.row(), Map.of(BLOCK, 1), BLOCK));
        if (block.isPresent() && block.getAsInt() != previous.block()) {
          return Optional.of(new Mismatch(at, "this is the log of block " + block.getAsInt()
              + ", but the last block was block " + previous.block() + " (" + previous.start() + " to "
              + previous.end() + "); it is ignored. Put the log of block " + previous.block() + " here"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * What a trainer needs to hear of another client's log: whose it is, as its start sheet names
   * the client, and where it belongs instead: in that client's folder of the same month.
   */
  private static String otherClient(String value, Matcher id, Program previous, Path path) {
    String name = value.substring(0, id.start()).strip();
    String owner = name.isEmpty() ? "client " + id.group(1) : name + " (client " + id.group(1) + ")";
    String ours = previous.client().name() + " (" + previous.client().id() + ")";
    Path month = path.toAbsolutePath().getParent() == null ? null : path.toAbsolutePath().getParent().getParent();
    return "this is the log of " + owner + ", as this sheet says, not of " + ours + "; it is ignored. It belongs in "
        + id.group(1) + "'s folder" + (month == null ? "" : " in " + month) + "; put " + previous.client().name()
        + "'s own log here";
  }

  /** A row of the start sheet: its label (as {@link Names#header} writes it), what the cell beside it says, and where. */
  private record StartCell(Line row, String label, String value, Location at) {}

  /** The rows of the start sheet (a sheet with no log header) that hold a label and a cell beside it. */
  private List<StartCell> startCells(List<Sheet> wb) {
    List<StartCell> out = new ArrayList<>();
    for (Sheet sheet : wb) {
      if (headerRow(sheet).isPresent()) continue;
      for (int r = 0; r < START_SEARCH_ROWS; r++) {
        Line row = sheet.row(r);
        if (row == null || row.cell(0) == null || row.cell(1) == null) continue;
        String label = Names.header(row.cell(0).text());
        // the cell is named by its label as the sheet writes it ("Client"), as a roster's cell by its header
        out.add(new StartCell(row, label, row.cell(1).text().strip(),
            Location.ofCell(file, sheet.name(), r + 1, 1, row.cell(0).text().strip())));
      }
    }
    return out;
  }

  /**
   * The log of another program put in this folder (the log of a colleague's template, or of the
   * program the client was on before): the start sheet names another program and no row the
   * client filled in is for a drill of the last block. Its rows would otherwise count toward the
   * rounds done and the effort of this block, and decide its progression. A template renamed since
   * the block was printed still has rows that match, and its log is read.
   */
  private Optional<Mismatch> otherProgram(List<Sheet> wb, Program previous) {
    String printed = previous.template().name();
    Optional<StartCell> program =
        startCells(wb).stream().filter(c -> c.label().equals("program") && !c.value().isEmpty()).findFirst();
    if (program.isEmpty() || program.get().value().equalsIgnoreCase(printed.strip())) return Optional.empty();
    boolean filled = false;
    for (Sheet sheet : wb) {
      Optional<Integer> header = headerRow(sheet);
      if (header.isEmpty()) continue;
      Map<String, Integer> columns = header(sheet.row(header.get()));
      for (Line row : sheet.rowsAfter(header.get())) {
        Kind kind = kinds.computeIfAbsent(row, r -> kind(sheet, r, columns));
        if (!kind.hasInput()) continue;
        if (kind.key().flatMap(grid::slot).isPresent()) return Optional.empty();
        filled = true;
      }
    }
    if (!filled) return Optional.empty();
    String value = program.get().value();
    return Optional.of(new Mismatch(program.get().at(), "this is the log of the program \"" + value
        + "\", but the last block was of \"" + printed + "\" (" + previous.start() + " to " + previous.end()
        + "), and no row filled in is for one of its drills; it is ignored. Put the log of that block here"));
  }

  /**
   * The log of another block whose start sheet was deleted (or its dates edited): the Planned date
   * cells of its rows, which the client does not fill in, all lie outside the last block (last
   * year's log of the same block, as a rule). Read, it would count drill by drill, with a warning
   * at every date done; it is named once instead. The client's own log always has planned dates in
   * its block, or, after a start date moved since it was printed, overlapping it, and is read.
   */
  private Optional<Mismatch> plannedElsewhere(List<Sheet> wb, Program previous) {
    LocalDate first = null;
    LocalDate last = null;
    for (Sheet sheet : wb) {
      Optional<Integer> header = headerRow(sheet);
      if (header.isEmpty()) continue;
      Map<String, Integer> columns = header(sheet.row(header.get()));
      if (!columns.containsKey(PLANNED)) continue;
      for (Line row : sheet.rowsAfter(header.get())) {
        LocalDate d = raw(row, columns, PLANNED).date();
        if (d == null) continue;
        if (!d.isBefore(previous.start()) && !d.isAfter(previous.end())) return Optional.empty();
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }
    if (first == null || !first.isAfter(previous.end()) && !last.isBefore(previous.start())) return Optional.empty();
    String printed = previous.start() + " to " + previous.end();
    String why = wb.stream().noneMatch(s -> s.name().equalsIgnoreCase(START_SHEET)) ? "this log has no \"" + START_SHEET + "\" sheet, and the dates planned in"
        + " it" : "the dates planned in this log";
    return Optional.of(new Mismatch(Location.ofFile(file), why + " run from " + first + " to " + last + ", but the last"
        + " block ran " + printed + "; it is the log of another block and is ignored. Put the log of " + printed
        + " here"));
  }

  /**
   * The block's first and last day as the start sheet shows them: year first ({@code 2026-12-01
   * to 2026-12-28}) or, for a client on Letter, month first ({@code Dec 1 – Dec 28, 2026}). An
   * edited date decides nothing.
   */
  private static Optional<List<LocalDate>> blockDates(String value) {
    Matcher iso = DATES.matcher(value);
    if (!iso.matches()) return DateOrder.readDates(value);
    try {
      return Optional.of(List.of(LocalDate.parse(iso.group(1)), LocalDate.parse(iso.group(2))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * True when any input cell of any week sheet holds something, a printed cell of a drill's row
   * was typed over, or the client wrote outside the week sheets' rows: above a week sheet's header
   * row or under its table, on the "Start here" or Progress sheet, or on a sheet they added.
   */
  static boolean hasEntries(Path path) throws IOException {
    List<Sheet> wb;
    try {
      wb = XlsxSheets.read(path);
    } catch (IOException e) {
      throw e;
    } catch (Exception | StackOverflowError e) {
      throw new IOException(e);
    }
    XlsxLog probe = new XlsxLog("", null, null);
    for (Sheet sheet : wb) {
      Optional<Integer> header = probe.headerRow(sheet);
      if (header.isEmpty()) continue;
      Map<String, Integer> columns = probe.header(sheet.row(header.get()));
      for (Line row : sheet.rowsAfter(header.get())) {
        if (hasInput(sheet.row(header.get()), row, columns) || probe.typedOver(sheet, row, columns)) return true;
      }
    }
    // words on the "Start here" or Progress sheet, or on a sheet the client added, are theirs too: a
    // run that replaced the log for want of entries in its week sheets would lose them
    return !probe.outsideWords(wb).isEmpty();
  }

  /**
   * Why a log workbook cannot be opened, in a trainer's words: POI's own messages name its
   * internals ("not a valid OOXML file", "input stream"), which tell a trainer nothing.
   */
  static String unreadable(Path path, Throwable e) {
    byte[] magic;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(path)) {
      magic = in.readNBytes(4);
    } catch (IOException io) {
      return "the file cannot be opened (" + reason(io) + ")";
    }
    if (magic.length == 4 && (magic[0] & 0xff) == 0xd0 && (magic[1] & 0xff) == 0xcf
        && (magic[2] & 0xff) == 0x11 && (magic[3] & 0xff) == 0xe0) {
      return "it is password-protected or an old .xls file; save it as an .xlsx workbook without a"
          + " password";
    }
    if (magic.length == 0) {
      return "it is empty (0 bytes), so none of the client's entries are in it; save the client's filled copy"
          + " here again";
    }
    if (magic.length < 2 || magic[0] != 'P' || magic[1] != 'K') {
      return "it is not an .xlsx workbook; put the client's filled log.xlsx (or the blank one CircuitPress wrote)"
          + " in its place";
    }
    // a LibreOffice .ods renamed to log.xlsx: say what it is and how to fix it, not "damaged"
    return TableReader.saveAsXlsx(TableReader.zipKind(path)).map(what -> "it " + what)
        .orElseGet(() -> TableReader.damaged(e));
  }

  static String reason(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }

  private static final int PASSES = 3;

  /** Reads one sheet's rows of one pass if it is a week sheet; false when it has no log header row. */
  private boolean sheet(Sheet sheet, int pass) {
    Optional<Integer> header = headerRow(sheet);
    if (header.isEmpty()) return false;
    Map<String, Integer> columns = header(sheet.row(header.get()));
    for (Line row : sheet.rowsAfter(header.get())) row(sheet, row, columns, pass);
    return true;
  }

  /**
   * A sheet that is neither a week sheet nor one the log was written with, but holds something:
   * a client who kept their own table there is told that its rows log no round. The words in it
   * are the client's notes ({@link #outsideWords}), listed cell by cell.
   */
  private void otherSheet(Sheet sheet, List<LogNote> words) {
    String name = sheet.name();
    if (headerRow(sheet).isPresent() || isStart(sheet) || isProgressSheet(sheet)) return;
    int filled = 0;
    for (Line row : sheet.rows()) {
      // a formula without a saved result or a cell showing an error holds something too
      if (row.cells().stream().anyMatch(c -> !c.text().isBlank() || c.value() != null)) filled++;
    }
    if (filled == 0) return;
    boolean listed = words.stream().anyMatch(n -> name.equals(n.where().sheet()));
    cells.warn(Location.ofFile(file), "sheet \"" + name + "\" is not a week sheet (it has no header row with "
        + SESSION + ", " + ROUND + " and " + EXERCISE + "), so its " + filled + (filled == 1 ? " row was" : " rows were")
        + " not read as entries" + (listed ? " (the words in it are listed as the client's notes, cell by cell)" : "")
        + "; type the entries into the week sheets' rows");
  }

  /**
   * What the client wrote outside the week sheets: on the "Start here" and Progress sheets ("knee
   * sore in week 3", a weight in the wrong sheet, a note under the chart), every cell that holds
   * something CircuitPress did not write ({@link #printedOnStart}, {@link #printedOnProgress}), and
   * on a sheet they added ("Notes", "Sheet1" with a diary) every cell with words in it, each as a
   * note at its cell, so that it is listed and read for pain, never passed over. A formula's
   * result, a checkbox's TRUE or FALSE and a cell showing an error are not words. A copy of a week
   * sheet is a week sheet, read as one. Told apart without the block the log was printed for, so
   * that a run that would replace the log knows it too ({@link #hasEntries}).
   */
  private List<LogNote> outsideWords(List<Sheet> wb) {
    List<LogNote> out = new ArrayList<>();
    for (Sheet sheet : wb) {
      Optional<Integer> header = headerRow(sheet);
      if (header.isPresent()) {
        inNoRow(sheet, header.get(), out);
        continue;
      }
      boolean start = isStart(sheet);
      boolean progress = !start && isProgressSheet(sheet);
      int total = progress ? totalRow(sheet) : 0;
      for (Line row : sheet.rows()) {
        for (RawCell c : row.cells()) {
          if (!typed(c)) continue;
          boolean ours = start ? printedOnStart(row, c) : progress && printedOnProgress(row, c, total);
          if (!ours) out.add(LogNote.of(c.text(), Location.ofCell(file, sheet.name(), row.index() + 1, c.column(), null)));
        }
      }
    }
    return out;
  }

  /** Whether a cell holds words someone typed: not a formula's result, a checkbox's TRUE or FALSE, or an error shown. */
  private static boolean typed(RawCell c) {
    return !c.text().isBlank() && !c.formula() && !(c.value() instanceof Unreadable) && !(c.value() instanceof Boolean);
  }

  /**
   * The words on a week sheet in no drill's row: above its header row ("felt strong this week"),
   * where CircuitPress prints nothing, and in a row that is no drill's ({@link #drillRow}: a row
   * under the table, or one the client inserted), each as a note at its cell. A drill's row
   * whose printed cells were typed over is read as that drill's ({@link #typedOver}).
   */
  private void inNoRow(Sheet sheet, int header, List<LogNote> out) {
    Map<String, Integer> columns = header(sheet.row(header));
    for (Line row : sheet.rows()) {
      if (row.index() == header || row.index() > header && drillRow(row, columns)) continue;
      for (RawCell c : row.cells()) {
        if (typed(c)) out.add(LogNote.inNoRow(c.text(), Location.ofCell(file, sheet.name(), row.index() + 1, c.column(), null)));
      }
    }
  }

  /** Whether {@link #inNoRow} lists the words of a row below the header: it is no drill's, and holds some. */
  private static boolean listedInNoRow(Line row, Map<String, Integer> columns) {
    return !drillRow(row, columns) && row.cells().stream().anyMatch(XlsxLog::typed);
  }

  /** The columns that say which drill's row a row is, all printed in every one of them. */
  private static final List<String> IDENTITY = List.of(SESSION, ROUND, EXERCISE, DRILL_ID);

  /**
   * Whether a row below the header is a drill's row: two or more of the columns that say which
   * drill it is for hold something. CircuitPress prints all of them in every row; a row the client
   * typed under the table or inserted holds a word or two, in any column (the wide Week or Exercise
   * column as often as Notes).
   */
  private static boolean drillRow(Line row, Map<String, Integer> columns) {
    int held = 0;
    for (String h : IDENTITY) {
      Integer c = columns.get(h);
      RawCell cell = c == null ? null : row.cell(c);
      if (cell != null && (!cell.text().isBlank() || cell.value() != null)) held++;
    }
    return held >= 2;
  }

  /**
   * The "Start here" sheet, or a copy of it ("Start here (2)"): a sheet whose first column holds
   * the log's title in its first rows, as CircuitPress prints it.
   */
  private static boolean isStart(Sheet sheet) {
    if (sheet.name().equalsIgnoreCase(LogColumns.START_SHEET)) return true;
    for (Line row : sheet.rows()) {
      if (row.index() >= START_SEARCH_ROWS) return false;
      if (row.cell(0) != null && row.cell(0).text().strip().equals(LogSheets.TITLE)) return true;
    }
    return false;
  }

  /** The Progress sheet, by its name or its first row ({@link #isProgress}). */
  private static boolean isProgressSheet(Sheet sheet) {
    return sheet.name().equalsIgnoreCase(LogColumns.PROGRESS_SHEET) || isProgress(sheet);
  }

  /**
   * Whether a start sheet's cell is as CircuitPress prints it for any block: the title, a label, a
   * how-to line in kg or lb, or the fact beside a fact's label ({@link LogSheets#isFactLabel}). The
   * facts are taken as printed whatever they say, as today's roster, templates or paper may print
   * them otherwise (the client renamed, a goal edited since, pounds for kilograms). A client who
   * types over a printed fact (the sheet is locked, so only after unprotecting it) is not told apart
   * from CircuitPress; words over a how-to line, beside the facts or under them are.
   */
  private static boolean printedOnStart(Line row, RawCell c) {
    String text = c.text().strip();
    if (c.column() == 0) return LogSheets.isStartLabel(text);
    return c.column() == 1 && (LogSheets.isHowTo(text)
        || row.cell(0) != null && LogSheets.isFactLabel(row.cell(0).text().strip()));
  }

  /**
   * Whether a Progress sheet's cell is as CircuitPress prints it for any block: a header, the
   * total's label, or in a week's row (above the total) its number, its dates, or a whole number of
   * sessions or rounds planned, printed for the block as it was then, which a block worked out
   * again from today's roster may plan with other counts. A number typed over a count of what was
   * done (a sum) is the client's.
   */
  private static boolean printedOnProgress(Line row, RawCell c, int total) {
    String text = c.text().strip();
    int col = c.column();
    List<String> headers = LogColumns.PROGRESS_HEADERS;
    if (row.index() == 0) return col < headers.size() && text.equalsIgnoreCase(headers.get(col));
    if (col == 0 && text.equals(LogSheets.TOTAL)) return true;
    if (row.index() >= total) return false;
    if (col == 1) return blockDates(text).isPresent();
    return (col == 0 || col == LogSheets.SESSIONS_PLANNED || col == LogSheets.ROUNDS_PLANNED)
        && c.value() instanceof Double n && n % 1 == 0;
  }

  /** The row of the Progress sheet's total, below its weeks' rows; past the last row when there is none. */
  private static int totalRow(Sheet sheet) {
    for (Line row : sheet.rows()) {
      if (row.cell(0) != null && row.cell(0).text().strip().equals(LogSheets.TOTAL)) return row.index();
    }
    return Integer.MAX_VALUE;
  }

  /** The Progress sheet under another name: its first row is the one the log was written with. */
  private static boolean isProgress(Sheet sheet) {
    Line first = sheet.row(0);
    if (first == null) return false;
    for (int c = 0; c < LogColumns.PROGRESS_HEADERS.size(); c++) {
      RawCell cell = first.cell(c);
      if (cell == null || !cell.text().strip().equalsIgnoreCase(LogColumns.PROGRESS_HEADERS.get(c))) return false;
    }
    return true;
  }

  /** The first row (of the first few) that names the session, round and drill columns. */
  private Optional<Integer> headerRow(Sheet sheet) {
    Optional<Integer> known = headerRows.get(sheet);
    if (known != null) return known;
    Optional<Integer> found = Optional.empty();
    for (int r = 0; r < HEADER_SEARCH_ROWS && found.isEmpty(); r++) {
      Map<String, Integer> columns = header(sheet.row(r));
      if (columns.containsKey(SESSION) && columns.containsKey(ROUND)
          && (columns.containsKey(EXERCISE) || columns.containsKey(DRILL_ID))) {
        found = Optional.of(r);
      }
    }
    headerRows.put(sheet, found);
    return found;
  }

  /** Each sheet's header row, looked for once: the passes, the start-sheet check and the rest ask again. */
  private final Map<Sheet, Optional<Integer>> headerRows = new IdentityHashMap<>();

  /** Known column name -> index; headers match ignoring case, spacing and text in parentheses. */
  private Map<String, Integer> header(Line row) {
    Map<String, Integer> columns = new HashMap<>();
    if (row == null) return columns;
    for (RawCell c : row.cells()) {
      String h = key(c.text());
      for (String known : LogColumns.ALL) if (key(known).equals(h)) columns.putIfAbsent(known, c.column());
    }
    return columns;
  }

  static String key(String header) {
    return Names.header(BRACKETS.matcher(header).replaceAll(""));
  }

  /** A note in brackets in a header, such as "(kg)"; compiled once, as the header is read for every log. */
  private static final Pattern BRACKETS = Pattern.compile("\\(.*?\\)");

  /** What a row is, worked out once for the passes that go over it: whether it has entries, its key, its pass. */
  private record Kind(boolean hasInput, Optional<LogGrid.Key> key, int pass) {}

  private final Map<Line, Kind> kinds = new IdentityHashMap<>();

  private Kind kind(Sheet sheet, Line row, Map<String, Integer> columns) {
    boolean hasInput = hasInput(sheet.row(headerRow(sheet).orElseThrow()), row, columns);
    Optional<LogGrid.Key> key = key(sheet, row, columns);
    OptionalInt sheetWeek = whole(Raw.text(sheet.name()));
    boolean ownSheet = key.isEmpty() || sheetWeek.isEmpty() || sheetWeek.getAsInt() == key.get().week();
    return new Kind(hasInput, key, !hasInput ? 2 : ownSheet ? 0 : 1);
  }

  private void row(Sheet sheet, Line row, Map<String, Integer> columns, int pass) {
    int index = row.index();
    Kind kind = kinds.computeIfAbsent(row, r -> kind(sheet, r, columns));
    if (pass != kind.pass()) return;
    boolean hasInput = kind.hasInput();
    Optional<LogGrid.Key> key = kind.key();
    Location rowAt = Location.ofRow(file, sheet.name(), index + 1);
    if (key.isEmpty()) {
      if (!hasInput) return;
      String drill = drillNamed(row, columns);
      OptionalInt week = week(sheet, row, columns);
      OptionalInt session = whole(raw(row, columns, SESSION));
      OptionalInt round = whole(raw(row, columns, ROUND));
      boolean placed = week.isPresent() && session.isPresent() && round.isPresent();
      if (drill.isEmpty() || !placed) {
        // its words are listed with the client's notes ({@link #inNoRow}): a warning would say them again
        if (listedInNoRow(row, columns)) return;
        List<LogNote> words = notesCell(sheet, row, index, columns);
        if (words.isEmpty()) {
          unmatched(rowAt, "cannot tell which session, round and drill this row is for; its entries are ignored");
        } else {
          // a row a client inserted for a note: its words are quoted, never only counted
          cells.warn(words.get(0).where(), "cannot tell which session, round and drill this row is for, so its"
              + " entries are ignored; the client wrote in it: " + words.stream().map(n -> "\"" + n.said() + "\"")
              .collect(Collectors.joining(", ")));
        }
      } else if (grid.hasRound(week.getAsInt(), session.getAsInt(), round.getAsInt())) {
        String id = elsewhereId(row, columns);
        String before = elsewhereSeen.putIfAbsent(week.getAsInt() + "/" + session.getAsInt() + "/" + round.getAsInt()
            + "/" + id, "sheet \"" + sheet.name() + "\" row " + (index + 1));
        if (before != null) {
          cells.warn(rowAt, "repeats week " + week.getAsInt() + ", session " + session.getAsInt() + ", round "
              + round.getAsInt() + " of " + drill + ", which is read from " + before
              + "; the entries of this row are ignored");
          return;
        }
        unmatched(rowAt, "the drill " + drill + " is not in week " + week.getAsInt() + " of the last block;"
            + " the row counts toward the rounds done and the effort, not toward any drill's progression");
        elsewhere(sheet, row, index, columns, week.getAsInt(), session.getAsInt(), round.getAsInt(), id);
      } else {
        unmatched(rowAt, "the drill " + drill + " is not in week " + week.getAsInt() + " of the last block;"
            + " its entries are ignored");
      }
      return;
    }
    Optional<LogGrid.Slot> slot = grid.slot(key.get());
    if (slot.isEmpty()) {
      if (hasInput) unmatched(rowAt, "week " + key.get().week() + ", session " + key.get().session() + ", round "
          + key.get().round() + " of " + key.get().drill() + " is not in the program; its entries are ignored");
      return;
    }
    String before = seen.putIfAbsent(key.get(), "sheet \"" + sheet.name() + "\" row " + (index + 1));
    if (before != null) {
      if (hasInput) {
        cells.warn(rowAt, "repeats week " + key.get().week() + ", session " + key.get().session() + ", round "
            + key.get().round() + " of " + slot.get().rx.exercise().name() + ", which is read from " + before
            + "; the entries of this row are ignored");
      }
      return;
    }
    fill(slot.get(), sheet, row, index, columns);
  }

  /**
   * The cell of the log column {@code h} in the row {@code index}, named by the header the sheet
   * has for it ("Actual load (kg)", or a name the client or trainer gave the column), as the roster's
   * and library's cells are named by the trainer's headers.
   */
  private Location at(Sheet sheet, int index, Map<String, Integer> columns, String h) {
    int c = columns.get(h);
    Line header = sheet.row(headerRow(sheet).orElseThrow());
    RawCell named = header == null ? null : header.cell(c);
    String shown = named == null || named.text().isBlank() ? h : named.text().strip();
    return Location.ofCell(file, sheet.name(), index + 1, c, shown);
  }

  /** Rows of drills the re-planned block does not have, by week/session/round/id: where read. */
  private final Map<String, String> elsewhereSeen = new HashMap<>();

  /** The id such a row is counted under: its drill id as typed, else its name as a tag. */
  private String elsewhereId(Line row, Map<String, Integer> columns) {
    String id = raw(row, columns, DRILL_ID).text().strip();
    return id.isEmpty() ? Names.tag(raw(row, columns, EXERCISE).text()) : id;
  }

  /**
   * A row for a drill the re-planned block does not have in that session: whether it was done,
   * the amount as a plain number, the effort and the date. Its unit and load cannot be checked
   * against a prescription, so they are not read.
   */
  private void elsewhere(Sheet sheet, Line row, int index, Map<String, Integer> columns, int week, int session,
      int round, String id) {
    Boolean done = null;
    Double amount = null;
    Integer rpe = null;
    LocalDate date = null;
    List<LogNote> notes = notesCell(sheet, row, index, columns);
    for (String h : List.of(DONE, ACTUAL, RPE, DATE)) {
      Raw raw = raw(row, columns, h);
      if (raw.isBlank() || unread(row, columns, h).isPresent()) continue;
      Location at = at(sheet, index, columns, h);
      switch (h) {
        case DONE -> done = cells.done(raw, at).orElse(null);
        case ACTUAL -> {
          LogCells.Amount a = LogCells.plainAmount(raw).orElse(new LogCells.Amount(null, null));
          amount = a.value();
          if (a.done() != null) done = a.done();
        }
        case RPE -> rpe = cells.rpe(raw, at, notes).orElse(null);
        case DATE -> date = cells.date(raw, at).orElse(null);
        default -> throw new IllegalStateException(h);
      }
    }
    grid.elsewhere(new LogEntry(week, session, round, id, date, amount, null, null, done, rpe,
        Location.ofRow(file, sheet.name(), index + 1), List.copyOf(notes)));
  }

  /**
   * Names the first {@value #UNMATCHED_SHOWN} rows that match nothing in the block, and counts
   * the rest for one line at the end: a log of a block planned differently (the client's kit or
   * the library changed since) would otherwise give a warning for every row.
   */
  private void unmatched(Location rowAt, String message) {
    if (unmatched++ < UNMATCHED_SHOWN) cells.warn(rowAt, message);
  }

  private static final int UNMATCHED_SHOWN = 3;

  /** Whether this is the new log a re-run wrote beside a kept one, read with it. */
  private boolean newCopy() {
    return file.replace('\\', '/').endsWith("/" + LogReader.NEW_LOG_FILE) || file.equals(LogReader.NEW_LOG_FILE);
  }

  private int unmatched;
  /** Whether this is the new log read against its own block's record ({@link LogReader#NEW_BLOCK_RECORD}). */
  private boolean ownBlock;

  /** The line that sums up the rows {@link #unmatched} did not name, if any. */
  private void unmatchedSummary() {
    if (unmatched <= UNMATCHED_SHOWN) return;
    int counted = grid.elsewhere().size();
    int more = unmatched - UNMATCHED_SHOWN;
    String counts = counted == 0 ? "their entries are ignored"
        : (counted == unmatched ? "all of them" : counted + " of them")
            + " count toward the rounds done and the effort, not toward any drill's progression"
            + (counted == unmatched ? "" : ", the rest are ignored");
    cells.warn(Location.ofFile(file), more + (more == 1 ? " more row with entries matches" : " more rows with entries match")
        + " no drill of the last block (" + unmatched + " in all; " + counts + ")." + (ownBlock
            ? " This is the new log a run of the month wrote beside the kept " + LogReader.LOG_FILE + ", read against"
                + " the block it was printed for, by its record (" + LogReader.NEW_BLOCK_RECORD + "): these rows name"
                + " drills that block does not give"
            : newCopy()
            ? " This is the new log a run of the month wrote when the roster, library or a template had changed"
                + " since the block was printed, and the record of its own block (" + LogReader.NEW_BLOCK_RECORD
                + ") is not beside it (or no longer fits), so it was read against the block of the kept "
                + LogReader.LOG_FILE + ", some of whose drills or sessions are not its own"
            : " When many rows do not match and the record"
        + " the run that printed the block left beside it (" + LogReader.BLOCK_RECORD + ") is missing or no longer"
        + " fits, the block was planned again from today's roster, library and templates to read its log, and"
        + " the client's equipment, level or limitations, the library or the template changed since it was printed"));
  }

  /**
   * Weeks of the block that no row of the workbook is for, said once when the client logged
   * anything: a week sheet deleted or its rows cut away leaves those sessions counted as not done.
   */
  private void missingWeeks(Program previous) {
    if (!grid.hasEntries()) return;
    Set<Integer> found = new HashSet<>();
    seen.keySet().forEach(k -> found.add(k.week()));
    grid.elsewhere().forEach(e -> found.add(e.week()));
    List<Integer> missing = previous.weeks().stream().map(Week::number)
        .filter(w -> !found.contains(w)).toList();
    if (missing.isEmpty()) return;
    String weeks = missing.stream().map(String::valueOf).collect(Collectors.joining(", "));
    cells.warn(Location.ofFile(file), "has no rows for week" + (missing.size() == 1 ? " " : "s ") + weeks
        + " (a sheet deleted or renamed, or its rows cut?); " + (missing.size() == 1 ? "its" : "their")
        + " sessions count as not logged");
  }

  /** The drill a row names, quoted, by name and id as far as they are given; empty if neither. */
  private String drillNamed(Line row, Map<String, Integer> columns) {
    String name = raw(row, columns, EXERCISE).text().strip();
    String id = raw(row, columns, DRILL_ID).text().strip();
    if (name.isEmpty()) return id.isEmpty() ? "" : "\"" + id + "\"";
    return "\"" + name + "\"" + (id.isEmpty() ? "" : " (" + id + ")");
  }

  private OptionalInt week(Sheet sheet, Line row, Map<String, Integer> columns) {
    OptionalInt typed = whole(raw(row, columns, WEEK));
    return typed.isPresent() ? typed : whole(Raw.text(sheet.name()));
  }

  private Optional<LogGrid.Key> key(Sheet sheet, Line row, Map<String, Integer> columns) {
    OptionalInt week = week(sheet, row, columns);
    OptionalInt session = whole(raw(row, columns, SESSION));
    OptionalInt round = whole(raw(row, columns, ROUND));
    if (week.isEmpty() || session.isEmpty() || round.isEmpty()) return Optional.empty();
    Optional<String> drill = grid.drill(week.getAsInt(), raw(row, columns, DRILL_ID).text(), raw(row, columns, EXERCISE).text());
    return drill.map(id -> new LogGrid.Key(week.getAsInt(), session.getAsInt(), round.getAsInt(), id));
  }

  /** The only whole number in a cell such as "1", "Week 2", "S3"; empty otherwise. */
  private static OptionalInt whole(Raw raw) {
    if (raw.number() != null) {
      double v = raw.number();
      // as for text, up to three digits: a huge number would otherwise be clamped to another
      return v == Math.rint(v) && v >= 0 && v <= 999 ? OptionalInt.of((int) v) : OptionalInt.empty();
    }
    Matcher m = ONE_NUMBER.matcher(raw.text());
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /** Up to three digits with no other digit around them; compiled once, as it is read for every row. */
  private static final Pattern ONE_NUMBER = Pattern.compile("\\D*?(\\d{1,3})\\D*");

  private void fill(LogGrid.Slot slot, Sheet sheet, Line row, int index, Map<String, Integer> columns) {
    slot.where = Location.ofRow(file, sheet.name(), index + 1);
    List<LogNote> notes = notesCell(sheet, row, index, columns);
    for (String h : INPUTS) {
      Raw raw = raw(row, columns, h);
      Optional<String> unread = unread(row, columns, h);
      if (unread.isPresent()) {
        cells.warn(at(sheet, index, columns, h), unread.get(),
            LogCells.Fate.READ_AS_EMPTY);
        continue;
      }
      if (raw.isBlank() || h.equals(NOTES)) continue;
      Location at = at(sheet, index, columns, h);
      switch (h) {
        case DONE -> slot.done = cells.done(raw, at, notes).orElse(null);
        case ACTUAL -> cells.amount(raw, slot.rx, at, notes).ifPresent(slot::amount);
        case ACTUAL_LOAD -> cells.load(raw, slot.rx, at, notes).ifPresent(slot::load);
        case RPE -> slot.rpe = cells.rpe(raw, at, notes).orElse(null);
        case DATE -> slot.date = cells.date(raw, at).orElse(null);
        default -> throw new IllegalStateException(h);
      }
    }
    for (String h : PRINTED.keySet()) typedOver(slot, sheet, row, index, columns, h).ifPresent(notes::add);
    slot.notes = List.copyOf(notes);
  }

  /**
   * The columns of a drill's row that CircuitPress prints and the client may type over once the
   * sheet is unprotected (a drill done instead of the printed one, "did 6" over the target), each
   * with how the trainer is told of it. The week, session, round, planned date and drill id say
   * which row it is, and are read as such.
   */
  private static final Map<String, String> PRINTED = orderedMap(STEP, "step", EXERCISE, "drill", TARGET, "target",
      UNIT, "unit", PER_SIDE, "per side", TEMPO, "tempo", REST, "rest", TARGET_LOAD, "target load");

  private static Map<String, String> orderedMap(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
    return Collections.unmodifiableMap(m);
  }

  /** The printed columns whose cells CircuitPress writes as numbers: text in one of them was typed. */
  private static final Set<String> NUMBERS = Set.of(TARGET, REST);

  /**
   * A printed cell of a drill's row the client typed over: what it holds is not what CircuitPress
   * prints for the row's drill. The row is read against what was printed; what they typed is kept
   * as their note on the drill (read for pain, exported), and a warning at the cell says what was
   * printed and what was typed, so that the trainer asks which is right rather than either being
   * taken in silence. A cell that holds what every other row of the same drill on the sheet holds
   * is printed, not typed: a block worked out again from today's files (its record gone) may print
   * a renamed drill or another tempo where the log shows what was printed then.
   */
  private Optional<LogNote> typedOver(LogGrid.Slot slot, Sheet sheet, Line row, int index, Map<String, Integer> columns,
      String h) {
    Integer c = columns.get(h);
    RawCell cell = c == null ? null : row.cell(c);
    if (cell == null || !typed(cell)) return Optional.empty();
    String printed = printed(slot, h);
    if (same(cell, printed, h)) return Optional.empty();
    // every row of the drill, this one and one or more others, holds it alike: printed so
    if (allHold(printedAlike(sheet, columns, row, h), alike(cell, h))) return Optional.empty();
    // a drill's name and its step come from today's library and templates, record or not: a name
    // corrected since is printed on every week's rows of the drill, one row a week as often as not
    if (WEEK_ON_WEEK.contains(h) && allHold(inEveryWeek(raw(row, columns, DRILL_ID).text().strip(), h), alike(cell, h))) {
      return Optional.empty();
    }
    Location at = at(sheet, index, columns, h);
    String what = PRINTED.get(h);
    String typed = cell.text().strip();
    String was = printed.isEmpty() ? "an empty " + what + " cell" : "the printed " + what + " \"" + printed + "\"";
    cells.warn(at, "the client typed \"" + typed + "\" over " + was + "; the row is read as printed ("
        + slot.rx.exercise().name() + "), and what they typed is kept as their note. Ask them which is right");
    return Optional.of(new LogNote(printed.isEmpty() ? "typed in the empty " + what + " cell"
        : "typed over the printed " + what + " " + printed, typed, at, true));
  }

  /** What CircuitPress prints in a printed column {@code h} of the slot's row, as its cell shows it. */
  private String printed(LogGrid.Slot slot, String h) {
    Prescription rx = slot.rx;
    return switch (h) {
      case STEP -> steps().getOrDefault(rx, "");
      case EXERCISE -> rx.exercise().name();
      case TARGET -> String.valueOf(rx.dose().amount());
      case UNIT -> rx.dose().unit().label(rx.dose().amount());
      case PER_SIDE -> rx.dose().perSide() ? "yes" : "";
      case TEMPO -> rx.tempo() == null ? "" : rx.tempo();
      case REST -> rx.restSeconds() == 0 ? "" : String.valueOf(rx.restSeconds());
      case TARGET_LOAD -> rx.loadText();
      default -> throw new IllegalStateException(h);
    };
  }

  /** The step each drill of the block is printed under, by its prescription, gathered once. */
  private Map<Prescription, String> steps() {
    if (steps == null) {
      steps = new IdentityHashMap<>();
      for (Week w : grid.program().weeks()) {
        for (PhaseBlock b : w.phases()) b.items().forEach(rx -> steps.put(rx, b.phase().name()));
      }
    }
    return steps;
  }

  private Map<Prescription, String> steps;

  /** Whether a printed cell holds {@code printed}: as a number, or as words compared as names are. */
  private static boolean same(RawCell cell, String printed, String h) {
    if (cell.text().equals(printed)) return true;
    if (NUMBERS.contains(h) || cell.value() instanceof Double) {
      Double n = cell.value() instanceof Double d ? d : number(cell.text());
      Double p = printed.isEmpty() ? Double.valueOf(0) : number(printed);
      if (n != null && p != null) return n.doubleValue() == p.doubleValue();
    }
    return alike(cell, h).equals(Names.tag(printed));
  }

  private static Double number(String text) {
    try {
      return Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A printed cell as it is compared with others of its column: a number as a number, words as names are. */
  private static String alike(RawCell cell, String h) {
    return cell.value() instanceof Double n ? String.valueOf(n) : Names.tag(cell.text());
  }

  /**
   * What the column {@code h} holds in the rows of the same drill (the drill id) and week as
   * {@code row} on its sheet, itself among them ({@link #alike}), each with how many rows hold it;
   * worked out once per drill and column.
   */
  private Map<String, Integer> printedAlike(Sheet sheet, Map<String, Integer> columns, Line row, String h) {
    String id = raw(row, columns, DRILL_ID).text().strip();
    if (id.isEmpty()) return Map.of();
    String group = week(sheet, row, columns) + "/" + id;
    return alikeCounts.computeIfAbsent(sheet, x -> new HashMap<>()).computeIfAbsent(group + "/" + h, k -> {
      Map<String, Integer> out = new HashMap<>();
      int c = columns.get(h);
      for (Line other : drillRows(sheet, columns).getOrDefault(group, List.of())) {
        RawCell cell = other.cell(c);
        out.merge(cell == null ? "" : alike(cell, h), 1, Integer::sum);
      }
      return out;
    });
  }

  private final Map<Sheet, Map<String, Map<String, Integer>>> alikeCounts = new IdentityHashMap<>();

  /** Whether every counted row holds {@code value}, and there are two or more of them. */
  private static boolean allHold(Map<String, Integer> counts, String value) {
    return counts.size() == 1 && counts.getOrDefault(value, 0) >= 2;
  }

  /** The printed columns that print the same for a drill from week to week: its name and its step. */
  private static final Set<String> WEEK_ON_WEEK = Set.of(EXERCISE, STEP);

  /**
   * What the column {@code h} holds in the rows of the drill {@code id} on every week sheet of the
   * log ({@link #alike}), each with how many rows hold it; worked out once per drill and column.
   */
  private Map<String, Integer> inEveryWeek(String id, String h) {
    if (id.isEmpty()) return Map.of();
    return everyWeek.computeIfAbsent(id + "/" + h, k -> {
      Map<String, Integer> out = new HashMap<>();
      for (Sheet sheet : workbook) {
        Optional<Integer> header = headerRow(sheet);
        if (header.isEmpty()) continue;
        Map<String, Integer> columns = header(sheet.row(header.get()));
        Integer c = columns.get(h);
        for (Line row : sheet.rowsAfter(header.get())) {
          if (c == null || !raw(row, columns, DRILL_ID).text().strip().equals(id)) continue;
          RawCell cell = row.cell(c);
          out.merge(cell == null ? "" : alike(cell, h), 1, Integer::sum);
        }
      }
      return out;
    });
  }

  private final Map<String, Map<String, Integer>> everyWeek = new HashMap<>();

  /** The sheets of the workbook read, for what is worked out over all its week sheets ({@link #inEveryWeek}). */
  private List<Sheet> workbook = List.of();

  /** A week sheet's rows by week and drill id, gathered once per sheet. */
  private Map<String, List<Line>> drillRows(Sheet sheet, Map<String, Integer> columns) {
    return drillRows.computeIfAbsent(sheet, x -> {
      Map<String, List<Line>> byDrill = new HashMap<>();
      for (Line row : sheet.rowsAfter(headerRow(sheet).orElseThrow())) {
        String id = raw(row, columns, DRILL_ID).text().strip();
        if (!id.isEmpty()) byDrill.computeIfAbsent(week(sheet, row, columns) + "/" + id, k -> new ArrayList<>()).add(row);
      }
      return byDrill;
    });
  }

  private final Map<Sheet, Map<String, List<Line>>> drillRows = new IdentityHashMap<>();

  /**
   * Whether a drill's row holds a printed cell the client typed over, told without the block it
   * was printed for ({@link #hasEntries}): words in a column printed as numbers ("did 6" over the
   * target), or a cell unlike every other row of its drill on the sheet, which all hold the same.
   */
  private boolean typedOver(Sheet sheet, Line row, Map<String, Integer> columns) {
    if (!drillRow(row, columns)) return false;
    for (String h : PRINTED.keySet()) {
      Integer c = columns.get(h);
      RawCell cell = c == null ? null : row.cell(c);
      if (cell == null || !typed(cell)) continue;
      if (NUMBERS.contains(h) && !(cell.value() instanceof Double) && number(cell.text()) == null) return true;
      // this row alone unlike two or more others of its drill, which all agree
      Map<String, Integer> alike = printedAlike(sheet, columns, row, h);
      if (alike.size() == 2 && alike.getOrDefault(alike(cell, h), 0) == 1
          && alike.values().stream().anyMatch(n -> n >= 2)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The row's Notes cell as a note, when the client wrote in it (and it can be read), then what
   * they wrote in a column of their own (one they inserted, such as "Comments", or a cell with no
   * header beyond the log's): kept as a note headed by that column, so that it is listed and read
   * for pain like the Notes cell, not passed over.
   */
  private List<LogNote> notesCell(Sheet sheet, Line row, int index, Map<String, Integer> columns) {
    List<LogNote> notes = new ArrayList<>();
    Raw raw = raw(row, columns, NOTES);
    if (!raw.isBlank() && unread(row, columns, NOTES).isEmpty()) {
      notes.add(LogNote.of(raw.text(), at(sheet, index, columns, NOTES)));
    }
    Line header = sheet.row(headerRow(sheet).orElseThrow());
    for (RawCell cell : ownCells(header, row, columns)) {
      RawCell named = header == null ? null : header.cell(cell.column());
      String heading = named == null ? "" : named.text().strip();
      notes.add(new LogNote(heading.isEmpty() ? null : heading, cell.text().strip(), Location.ofCell(file,
          sheet.name(), index + 1, cell.column(), heading.isEmpty() ? null : heading), false));
    }
    return notes;
  }

  /**
   * The cells of a row, with something typed in them, under no column the log reads: the client's
   * own. Not a formula's result (a column the trainer added to work something out), a checkbox's
   * TRUE or FALSE, nor a cell of a second copy of a log column ({@code header} names it) that holds
   * what the row's cell of the column read holds: none of these are words the client wrote.
   */
  private static List<RawCell> ownCells(Line header, Line row, Map<String, Integer> columns) {
    return row.cells().stream().filter(c -> !columns.containsValue(c.column()) && !c.text().isBlank()
        && !(c.value() instanceof Unreadable) && !(c.value() instanceof Boolean) && !c.formula()
        && !copied(header, row, columns, c)).toList();
  }

  /** Whether {@code c} is under a second copy of a log column and holds what the row's cell of the first one does. */
  private static boolean copied(Line header, Line row, Map<String, Integer> columns, RawCell c) {
    RawCell named = header == null ? null : header.cell(c.column());
    if (named == null) return false;
    String h = key(named.text());
    for (String known : LogColumns.ALL) {
      if (!key(known).equals(h) || !columns.containsKey(known)) continue;
      RawCell first = row.cell(columns.get(known));
      return first != null && (first.text().strip().equals(c.text().strip())
          || first.value() != null && first.value().equals(c.value()));
    }
    return false;
  }

  /**
   * Why a cell that holds something is read as empty, said as for the roster: a formula without
   * a saved result, or a cell showing an error such as #N/A.
   */
  private static Optional<String> unread(Line row, Map<String, Integer> columns, String header) {
    Integer c = columns.get(header);
    RawCell cell = c == null ? null : row.cell(c);
    return cell != null && cell.value() instanceof Unreadable u ? Optional.of(u.warning()) : Optional.empty();
  }

  /**
   * Whether any input cell of a row holds something, a formula without a saved result or a cell
   * showing an error included: a file that may hold entries is never taken for a blank one.
   */
  private static boolean hasInput(Line header, Line row, Map<String, Integer> columns) {
    return INPUTS.stream().anyMatch(h -> !raw(row, columns, h).isBlank() || unread(row, columns, h).isPresent())
        || !ownCells(header, row, columns).isEmpty();
  }

  private static Raw raw(Line row, Map<String, Integer> columns, String header) {
    Integer c = columns.get(header);
    RawCell cell = c == null ? null : row.cell(c);
    if (cell == null) return Raw.text("");
    Object v = cell.value();
    // A time of day with no date is a time, never a date: as a date it would be 1899-12-31. Its
    // text ("01:30") is what the Date done and RPE cells report; an amount reads the time.
    if (v instanceof Double n) return new Raw(cell.text(), n, null, null);
    if (v instanceof LocalDate date) return new Raw(cell.text(), null, date, null);
    if (v instanceof Boolean tick) return new Raw(cell.text(), null, null, tick);
    if (v instanceof java.time.LocalTime time) return Raw.time(cell.text(), time);
    if (v instanceof Unreadable) return Raw.text("");
    // LibreOffice and Google Sheets keep the apostrophe of '12 typed into a cell formatted as
    // text; Excel takes it as the mark it is. A note keeps what was typed.
    return Raw.text(header.equals(NOTES) ? cell.text() : Fields.typed(cell.text()));
  }
}
