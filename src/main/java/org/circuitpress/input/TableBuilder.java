package org.circuitpress.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.circuitpress.model.Words;

/**
 * Turns a source's physical rows into {@link Row}s: the first non-blank row is the header, the
 * header is checked against a {@link Columns} spec, cells are cleaned and blank rows dropped.
 */
final class TableBuilder implements RowSink {
  static final int MAX_CELL_CHARS = 2000;
  private static final int MAX_REPEATED_WARNINGS = 20;
  private static final int MAX_UNREADABLE_LISTED = 5;

  private final String file;
  private final String sheet;
  private final Columns spec;
  private final Diagnostics d;
  private final Consumer<Row> out;

  private List<String> headers;
  private Map<String, Integer> columns;
  /** {@link #columns}' headers as written ({@link #writtenHeaders()}), made once. */
  private Map<String, String> writtenHeaders;
  private String[] headerAt;
  private String[] keyAt;
  /** The columns left unread, each warned about at its header as an unknown column ignored. */
  private boolean[] ignoredAt = new boolean[0];
  private boolean failed;
  private boolean date1904;
  private int dataRows;
  private final CellWarnings cleanedCells = new CellWarnings(MAX_REPEATED_WARNINGS,
      n -> "removed control or invisible characters from " + n + " more cells");
  /** What the warning about removed characters says, once per distinct set of them. */
  private final Map<List<Integer>, String> cleanedSaid = new HashMap<>();
  /** Cells holding U+FFFD, the character a decoder puts where it could not read a letter. */
  private final CellWarnings lostLetters = new CellWarnings(MAX_REPEATED_WARNINGS,
      n -> n + " more cells hold \"\uFFFD\" for a lost letter");
  /**
   * Formulas without a result to read, in columns read as empty then: every cell is counted
   * ({@link CellWarnings} with none listed) and said in one line for the sheet ({@link #unsaved}).
   */
  private final CellWarnings formulasWithoutValue = new CellWarnings(0, n -> "");
  private final UnsavedFormulas unsaved = new UnsavedFormulas();
  /** Cells of a link column whose HYPERLINK formula gives no address that can be read. */
  private final CellWarnings unreadLinks = new CellWarnings(MAX_REPEATED_WARNINGS,
      n -> n + " more HYPERLINK formulas give no address that can be read; their links are left out");
  private final CellWarnings errorCells = new CellWarnings(MAX_UNREADABLE_LISTED,
      n -> n + " more cells show an error and were read as empty");
  /**
   * The warnings of the row being read that many cells may give ({@link CellWarnings}), said once
   * the row's client is known ({@link #flush}).
   */
  private final List<Said> said = new ArrayList<>();
  private final TreeSet<Integer> headerless = new TreeSet<>();
  /** The roster's id column, whose text tags the errors of a row refused here and its cells' warnings. */
  private static final String CLIENT_ID = "client_id";
  private static final String CLIENT_ID_KEY = Names.header(CLIENT_ID);
  /** Whether this table is a roster, whose rows are clients': its spec requires {@link #CLIENT_ID}. */
  private final boolean roster;
  /**
   * The client of each roster row read, by row as the spreadsheet numbers it: a warning known only
   * once the whole sheet is read (a merged range, {@link #warnRows}) is theirs too.
   */
  private final TreeMap<Integer, String> clientRows = new TreeMap<>();
  /** The over-long cells of the row being read (errors, or warnings for prose cut short), reported once its id is known. */
  private final List<Diagnostic> tooLongAt = new ArrayList<>();
  /**
   * Rows above the header that name none of the required columns: a title such as "Clients,
   * December" typed above the table. The first of them and their count; the first is reported as
   * a wrong header when no later row names a required column.
   */
  private int titleRow;
  private List<RawCell> titleCells;
  private int titleRows;
  /** How many title rows above the header are passed over before the first is taken as a wrong header. */
  static final int MAX_TITLE_ROWS = 5;
  /** The hidden row that comes next (see {@link #hiddenRow}); -1 when the next one is not hidden. */
  private int hiddenNext = -1;
  /** The data rows read that the workbook hides. */
  private final TreeSet<Integer> hiddenRead = new TreeSet<>();
  /** How many hidden rows the warning about them names. */
  private static final int MAX_HIDDEN_LISTED = 5;

  /** The first cell found holding a value under no header, where the warning about them points. */
  private Location firstHeaderless;

  TableBuilder(String file, String sheet, Columns spec, Diagnostics d, Consumer<Row> out) {
    this.file = file;
    this.sheet = sheet;
    this.spec = spec;
    this.d = d;
    this.out = out;
    this.roster = spec.required().contains(CLIENT_ID);
  }

  /** Why the next data row is refused, when its source knows it is broken; see {@link #refuseNextRow}. */
  private String refuseNext;

  /**
   * Refuses the next data row with this error, as a row with an over-long cell is refused: its
   * client (or drill) is counted as failed and named, not read with cells missing.
   */
  void refuseNextRow(String message) {
    refuseNext = message;
  }

  /** The header row's number as the spreadsheet shows it, once read. */
  private int headerRow;

  /**
   * A merged range of the header row (1-based row, 0-based columns) over columns that hold values:
   * only the range's first cell keeps its text, so the others' headers are lost and what those
   * columns hold cannot be known (merged over limitations, every client would read as having
   * none). The file is refused rather than read without them.
   */
  void mergedHeader(String range, int row, int firstColumn, int lastColumn) {
    if (headers == null || row != headerRow) return;
    SortedSet<Integer> lost = headerless.subSet(firstColumn + 1, lastColumn + 1);
    if (lost.isEmpty()) return;
    List<String> letters = lost.stream().map(Location::columnLetters).toList();
    d.error(Location.ofSheet(file, sheet), "the header cells " + range + " are merged, so column"
        + (letters.size() == 1 ? " " + letters.get(0) + " holds values but has" : "s " + String.join(", ", letters)
            + " hold values but have")
        + " no header of its own; unmerge them and give each column its header");
    failed = true;
  }

  /** Web link addresses behind cells, by {@link #cellKey}; see {@link #hyperlinks}. */
  private Map<Long, String> hyperlinks = Map.of();

  /** Whether the spec has columns of web links ({@link Columns#links}). */
  boolean wantsLinks() {
    return !spec.links().isEmpty();
  }

  /**
   * The addresses of the links behind cells (1-based row, 0-based column; see {@link #cellKey}):
   * a cell of a link column that shows text instead of an address is read as the address.
   */
  void hyperlinks(Map<Long, String> links) {
    this.hyperlinks = Map.copyOf(links);
  }

  static long cellKey(int row, int column) {
    return (long) row * 20_000L + column;
  }

  /** Whether a row (as the spreadsheet numbers it) is above the header row: a title. */
  boolean aboveHeader(int row) {
    return headers != null && row < headerRow;
  }

  /** Whether the header row has been read (rows before it were titles or blank). */
  boolean hasHeader() {
    return headers != null;
  }

  /** Set for a workbook whose date serial numbers count from 1904; see {@link Row#date1904}. */
  void date1904(boolean date1904) {
    this.date1904 = date1904;
  }

  @Override
  public void hiddenRow(int row) {
    if (headers != null) hiddenNext = row;
  }

  @Override
  public boolean row(int row, List<RawCell> cells) {
    try {
      return read(row, cells);
    } finally {
      flush(null); // a row of no client (a title, the header), or one that was not read
    }
  }

  private boolean read(int row, List<RawCell> cells) {
    if (failed) return false;
    if (headers == null) {
      for (RawCell c : cells) {
        if (c.value() instanceof Unreadable u) readAsEmpty(cell(row, c.column()), u);
      }
      flush(null);
      // A cell holding only a no-break or zero-width space looks empty, as it does in a data row.
      if (cells.stream().allMatch(c -> Cells.isBlank(c.text()))) return true;
      if (namesNoRequiredColumn(cells) && titleRows < MAX_TITLE_ROWS) {
        if (titleRows++ == 0) {
          titleRow = row;
          titleCells = List.copyOf(cells);
        }
        return true;
      }
      if (titleRows > 0 && namesNoRequiredColumn(cells)) {
        // Too many rows without a known header: the first was meant as the header after all.
        header(titleRow, titleCells);
        return false;
      }
      header(row, cells);
      if (titleRows > 0 && !failed) {
        d.info(Location.ofRow(file, sheet, titleRow), (titleRows == 1 ? "row " + titleRow + " is"
            : "rows " + titleRow + " to " + (row - 1) + " are") + " taken as a title above the header"
            + " (row " + row + ") and ignored");
      }
      return !failed;
    }
    data(row, cells);
    return true;
  }

  /** Whether a row could be this table's header: it names a required column (any row, when it needs fewer than two). */
  boolean namesARequiredColumn(List<RawCell> cells) {
    return !namesNoRequiredColumn(cells);
  }

  /**
   * Whether {@code cells} name most of the required columns: the header of another sheet of the
   * same table (a gym's clients), not of a lookup or a library kept beside it that shares a column
   * or two ("name", "program").
   */
  boolean namesMostRequiredColumns(List<RawCell> cells) {
    if (spec.required().size() < 2) return namesARequiredColumn(cells);
    return 2 * (spec.required().size() - spec.missing(named(cells)).size()) > spec.required().size();
  }

  /** The required columns, as documented. */
  List<String> requiredColumns() {
    return spec.required();
  }

  /**
   * True when a table that needs two or more columns finds none of them in {@code cells}: a title
   * row rather than the header (with one required column, the first row is always the header).
   */
  private boolean namesNoRequiredColumn(List<RawCell> cells) {
    if (spec.required().size() < 2) return false;
    return spec.missing(named(cells)).size() == spec.required().size();
  }

  /** The columns {@code cells} name, as keys, a note after a name ("weeks (optional)") left off. */
  private Set<String> named(List<RawCell> cells) {
    Set<String> named = new HashSet<>();
    for (RawCell c : cells) {
      String text = Cells.clean(c.text()).text();
      named.add(Names.header(text));
      String column = spec.beforeNote(text);
      if (column != null) named.add(Names.header(column));
    }
    return named;
  }

  private void header(int row, List<RawCell> cells) {
    headerRow = row;
    int width = cells.stream().mapToInt(RawCell::column).max().orElse(-1) + 1;
    String[] written = new String[width];
    Arrays.fill(written, "");
    for (RawCell c : cells) written[c.column()] = Cells.clean(c.text()).text();
    headers = List.of(written);
    headerAt = written;
    keyAt = new String[width];
    for (int i = 0; i < width; i++) keyAt[i] = Names.header(written[i]);
    readBeforeNotes(row, written);
    columns = new LinkedHashMap<>();
    Map<String, List<Integer>> dupes = new LinkedHashMap<>();
    for (int i = 0; i < width; i++) {
      String key = keyAt[i];
      if (key.isEmpty()) continue;
      Integer first = columns.putIfAbsent(key, i);
      if (first != null) dupes.computeIfAbsent(key, k -> new ArrayList<>(List.of(first))).add(i);
    }
    columns = Map.copyOf(columns);
    writtenHeaders = null;
    for (List<Integer> at : dupes.values()) {
      List<String> refs = at.stream().map(i -> Location.columnLetters(i) + row).toList();
      d.error(
          Location.ofSheet(file, sheet),
          "the column \""
              + written[at.get(0)]
              + "\" appears "
              + at.size()
              + " times ("
              + String.join(", ", refs)
              + "); keep one and rename or delete the others");
      failed = true;
    }
    checkColumns(row);
    ignoredAt = new boolean[width];
    for (int i = 0; i < width && spec.checkUnknown(); i++) {
      ignoredAt[i] = !written[i].isBlank() && !spec.knows(written[i]) && !columnKnown(keyAt[i]);
    }
  }

  /**
   * Reads a header with a note in brackets or a mark after it ({@code Start date (dd/mm/yyyy)},
   * {@code Weeks*}) as the column it names, with a note: such a header is written for whoever fills
   * the sheet in, and ignoring it would refuse the file for a missing start_date, or read every
   * client as having no equipment. Not when another header names the column already or strips to
   * it too (which one to read is the trainer's call), nor for a column read together with its other
   * names ({@link Columns#readTogether}), which has its own warning.
   */
  private void readBeforeNotes(int row, String[] written) {
    Map<String, Integer> named = new LinkedHashMap<>();
    for (int i = 0; i < written.length; i++) {
      if (keyAt[i].isEmpty() || spec.knows(written[i]) || spec.readTogether(written[i]) != null) continue;
      String column = spec.beforeNote(written[i]);
      if (column != null) named.merge(Names.header(column), i, (a, b) -> -1);
    }
    Set<String> keys = new HashSet<>(Arrays.asList(keyAt));
    named.forEach((key, i) -> {
      if (i < 0 || keys.contains(key)) return;
      keyAt[i] = key;
      d.info(Location.ofCell(file, sheet, row, i, written[i]), "the column \"" + Cells.shorten(written[i])
          + "\" is read as " + spec.beforeNote(written[i]) + "; what stands in brackets or after it is taken"
          + " as a note to whoever fills in the sheet");
    });
  }

  private void checkColumns(int row) {
    List<String> missing = spec.missing(columns.keySet());
    List<String> found = new ArrayList<>();
    if (spec.checkUnknown()) {
      for (int i = 0; i < headers.size(); i++) {
        String h = headers.get(i);
        if (!h.isBlank() && !spec.knows(h) && !columnKnown(keyAt[i])) found.add(h);
      }
    }
    Location where = Location.ofRow(file, sheet, row);
    // A header row of other names ("ID", "Exercise", "Category") gets an error per column that
    // names the header probably meant; a lone title such as "Exercises" is still not a header.
    boolean otherNamed = found.size() > 1 && found.stream().anyMatch(u -> missing.contains(spec.otherName(u)));
    if (missing.size() > 1 && missing.size() == spec.required().size() && !otherNamed) {
      // Nothing matched: the first non-blank row is probably a title, not the header.
      List<String> shown =
          headers.stream()
              .filter(h -> !h.isBlank())
              .map(h -> "\"" + Cells.shorten(h) + "\"")
              .limit(4)
              .toList();
      if (spec.required().equals(SETTING_VALUE)) {
        // a template's or branding's settings without their header line: its first setting is no title
        d.error(Location.ofSheet(file, sheet), "row " + row + " (" + String.join(", ", shown) + ") is not the header"
            + (sheet == null ? " this file must begin with, the line setting,value; add that line at the top, above"
                : " this sheet must begin with, setting in column A and value in column B; insert a row with those"
                    + " two words at the top, above")
            + " the settings");
        failed = true;
        return;
      }
      d.error(
          Location.ofSheet(file, sheet),
          "row "
              + row
              + " ("
              + String.join(", ", shown)
              + ") was read as the header row but names none of the required columns "
              + String.join(", ", missing)
              + "; the header row must come first, or after a title of at most "
              + MAX_TITLE_ROWS
              + " rows");
      failed = true;
      return;
    }
    List<String> renamed = new ArrayList<>();
    if (!missing.isEmpty()) {
      d.error(Location.ofSheet(file, sheet), missingColumns(row, missing, found, renamed));
      failed = true;
    }
    // a header the error asks to rename is not also "unknown ... ignored": one message for one slip
    List<String> unknown = new ArrayList<>(readAsMeant(found, missing, row));
    unknown.removeAll(renamed);
    unknown.removeAll(lookalikes(unknown, row));
    // Each at its header's cell (Clients!F1), in column order, as other problems with one column
    // are: a list at the header row left the trainer looking along it for each. The known columns
    // are listed once, in the first: a roster with a few columns of its own (phone, birthday)
    // would otherwise repeat the list on every run.
    int from = 0;
    for (int i = 0; i < unknown.size(); i++) {
      String u = unknown.get(i);
      int column = headers.subList(from, headers.size()).indexOf(u);
      if (column >= 0) from += column + 1;
      boolean first = i == 0;
      Optional<String> meant = meant(u, missing);
      d.warning(
          column < 0 ? where : Location.ofCell(file, sheet, row, from - 1, u),
          "unknown column \""
              + Cells.shorten(u)
              + "\" ignored"
              + (first
                  ? "; " + meant.map(m -> "did you mean " + m + "? Known columns are ")
                      .orElse("known columns are ") + String.join(", ", spec.all())
                  : meant.map(m -> "; did you mean " + m + "?").orElse("")));
    }
  }

  /**
   * Says, once for each, the columns the file lacks whose absence changes every row ({@link
   * Columns#unread}) that an unknown header looks like ({@code Kit owned} for equipment): what every
   * row gets without it, and which header may be meant, in place of that header's "unknown column".
   * Without a roster's limitations or a library's contraindications no drill is left out for an
   * injury: that is an error, and the file is not read. Returns the headers so named.
   */
  private List<String> lookalikes(List<String> unknown, int row) {
    Map<Columns.Unread, List<String>> byColumn = new LinkedHashMap<>();
    for (String u : unknown) spec.lookalike(u, columns.keySet()).ifPresent(c -> byColumn.computeIfAbsent(c, k -> new ArrayList<>()).add(u));
    List<String> named = new ArrayList<>();
    byColumn.forEach((c, headers) -> {
      named.addAll(headers);
      List<String> quoted = headers.stream().map(h -> "\"" + Cells.shorten(h) + "\"").toList();
      Location where = Location.ofCell(file, sheet, row, this.headers.indexOf(headers.get(0)), headers.get(0));
      String text = Columns.noColumn(c.column()) + c.without() + "; " + Words.and(quoted)
          + (headers.size() == 1 ? " is not read and may be it: if so, name it " : " are not read and may hold it: name"
              + " the one meant ") + c.column();
      if (c.safety()) {
        d.error(where, text + ", else add a column named " + c.column() + " (its cells may be empty); the file is not"
            + " read until then");
        failed = true;
      } else {
        d.warning(where, text);
      }
    });
    return named;
  }

  /** The header of a file of settings, one per row: a template's {@code template}, the branding. */
  private static final List<String> SETTING_VALUE = List.of("setting", "value");

  /** How many of the header row's columns a message about missing ones lists. */
  private static final int MAX_HEADERS_LISTED = 20;

  /**
   * One message for the required columns the header row lacks: which they are, which columns the
   * row has, and what to do, renaming a header that looks meant to be one of them (another usual
   * name, "ID" for exercise_id, or a slip, "dosage" for dose) rather than adding it. The headers
   * it asks to rename are added to {@code renamed}.
   */
  private String missingColumns(int row, List<String> missing, List<String> found, List<String> renamed) {
    List<String> renames = new ArrayList<>();
    List<String> adds = new ArrayList<>();
    for (String m : missing) {
      // Another usual name of the column ("ID" for exercise_id) first; a header that is another
      // name of a different missing column is not offered for this one.
      List<String> candidates =
          found.stream()
              .filter(u -> spec.otherName(u) == null
                  || spec.otherName(u).equals(m)
                  || !missing.contains(spec.otherName(u)))
              .toList();
      found.stream()
          .filter(u -> m.equals(spec.otherName(u)))
          .findFirst()
          .or(() -> Suggest.closest(m, candidates, Names::header))
          .or(() -> sharedStart(m, candidates))
          .ifPresentOrElse(u -> {
            renames.add("\"" + Cells.shorten(u) + "\" to " + m);
            renamed.add(u);
          }, () -> adds.add(m));
    }
    List<String> has = headers.stream().filter(h -> !h.isBlank()).map(h -> "\"" + Cells.shorten(h) + "\"").toList();
    String listed = String.join(", ", has.subList(0, Math.min(has.size(), MAX_HEADERS_LISTED)))
        + (has.size() > MAX_HEADERS_LISTED ? " and " + (has.size() - MAX_HEADERS_LISTED) + " more" : "");
    List<String> todo = new ArrayList<>();
    if (!renames.isEmpty())
      todo.add("rename " + Words.and(renames) + (renames.size() == 1 ? " if that is the column meant" : " if those are the columns meant"));
    if (!adds.isEmpty()) todo.add("add " + (adds.size() == 1 ? "a column headed " : "columns headed ") + Words.and(adds));
    return (missing.size() == 1 ? "the required column " + missing.get(0) + " is missing"
            : "the required columns " + Words.and(missing) + " are missing")
        + "; the header row, row " + row + ", has " + listed + "; " + String.join(", and ", todo);
  }

  /**
   * Reads each unknown column that is plainly meant to be an optional known one the file lacks
   * ("Limitation", "injuries" for limitations) as that column, with a warning; returns the unknown
   * columns left. Ignoring such a column would read every client as having no limitations, and
   * hand a shoulder client a drill ruled out for shoulders. Two unknown columns meant to be the
   * same one are both left unknown: which of them to read is the trainer's call. But columns meant
   * to be one that must not be lost ({@link Columns#readTogether}: "Injuries" and "Medical history"
   * for limitations, or either beside "limitations") are read together, the safe reading: leaving
   * one out would drop what it holds.
   */
  private List<String> readAsMeant(List<String> unknown, List<String> missing, int row) {
    Map<String, List<String>> byTarget = new LinkedHashMap<>();
    if (failed) return unknown;
    for (String u : unknown) {
      String together = spec.readTogether(u);
      if (together != null) {
        byTarget.computeIfAbsent(together, k -> new ArrayList<>()).add(u);
        continue;
      }
      meant(u, missing)
          .filter(m -> !spec.required().contains(m))
          .filter(m -> plainlyMeant(u, m))
          .ifPresent(m -> byTarget.computeIfAbsent(m, k -> new ArrayList<>()).add(u));
    }
    List<String> left = new ArrayList<>(unknown);
    Map<String, Integer> cols = new HashMap<>(columns);
    for (Map.Entry<String, List<String>> e : byTarget.entrySet()) {
      String target = e.getKey();
      String key = Names.header(target);
      Integer present = cols.get(key);
      if (!spec.readsTogether(target) && e.getValue().size() != 1) continue;
      for (String u : e.getValue()) {
        int at = headers.indexOf(u);
        keyAt[at] = key;
        cols.putIfAbsent(key, at);
        left.remove(u);
      }
      String u = e.getValue().get(0);
      Location where = Location.ofCell(file, sheet, row, headers.indexOf(u), u);
      if (present == null && e.getValue().size() == 1) {
        d.warning(where, "the column \""
            + Cells.shorten(u)
            + "\" is read as "
            + target
            + ", the known column it is probably meant to be; name it "
            + target
            + " to be sure");
        continue;
      }
      List<String> named = new ArrayList<>();
      if (present != null) named.add(headers.get(present));
      named.addAll(e.getValue());
      List<String> quoted = named.stream().map(h -> "\"" + Cells.shorten(h) + "\"").toList();
      d.warning(where, "the columns " + Words.and(quoted) + (quoted.size() == 2 ? " are both read as " : " are all read as ") + target + ": what each holds counts, since"
          + " leaving one out would drop it; put them in one column named " + target + " to be sure");
    }
    columns = Map.copyOf(cols);
    writtenHeaders = null;
    return left;
  }

  /**
   * Whether an unknown header is plainly the known column {@code meant}, so that reading it as
   * that column cannot turn the trainer's meaning around: another usual name for it
   * ({@code injuries}), the same word in the singular or plural ({@code limitation}), or one
   * letter off in a long word ({@code eqipment}). A near word that could mean something else
   * ({@code include} for exclude, {@code done} for dose) only gets a "did you mean".
   */
  private boolean plainlyMeant(String unknown, String meant) {
    String u = Names.header(unknown);
    String m = Names.header(meant);
    if (meant.equals(spec.otherName(unknown))) return true;
    if (u.equals(m + "s") || m.equals(u + "s")) return true;
    return u.length() >= 6 && Suggest.distance(u, m) == 1;
  }

  /**
   * One warning for the rows hidden in the sheet that were read: a trainer who hides the rows of
   * clients who stopped (or filters the sheet down to some of them) would otherwise see programs
   * made for rows they no longer see. A sheet with a status column (the roster's) is pointed to it.
   */
  private void hiddenRowsRead() {
    List<String> rows = hiddenRead.stream().limit(MAX_HIDDEN_LISTED).map(String::valueOf).toList();
    int more = hiddenRead.size() - rows.size();
    boolean one = hiddenRead.size() == 1;
    d.warning(Location.ofSheet(file, sheet), (one ? "row " : "rows ") + String.join(", ", rows)
        + (more > 0 ? " and " + more + " more" : "") + (one ? " is" : " are") + " hidden in the sheet (by a filter,"
        + " or Hide) and " + (one ? "is" : "are") + " read like the others; "
        + (columnKnown("status")
            ? "to leave a client out, put inactive or left in the row's status column (add a column named"
                + " status if there is none), or delete the row"
            : "to leave a row out, delete it or move it to another sheet"));
  }

  /** Whether a normalized header is one of the spec's columns (a header read before its note). */
  private boolean columnKnown(String key) {
    return !key.isEmpty() && spec.all().stream().anyMatch(c -> Names.header(c).equals(key));
  }

  /** The column an unknown one is likely meant to be, unless a missing-column error said so. */
  private Optional<String> meant(String unknown, List<String> missing) {
    return spec.meant(unknown, columns.keySet()).filter(m -> !missing.contains(m));
  }

  private void data(int row, List<RawCell> cells) {
    Map<String, Cell> byHeader = new HashMap<>();
    Map<String, Cell> unreadable = new HashMap<>();
    boolean tooLong = false;
    for (RawCell raw : cells) {
      boolean known = raw.column() < headerAt.length && !keyAt[raw.column()].isEmpty();
      if (known && raw.hyperlink() != null && spec.isLink(keyAt[raw.column()]) && formulaLink(row, raw, byHeader)) {
        continue;
      }
      // A formula in a column that is not read (an age worked out from a birth date) changes
      // nothing: saying so for every row would mark every client as done with warnings.
      if (raw.value() instanceof Unreadable && raw.column() < ignoredAt.length && ignoredAt[raw.column()]) continue;
      if (raw.value() instanceof Unreadable u) {
        Location at = cell(row, raw.column());
        if (known && spec.isStrict(keyAt[raw.column()])) {
          unreadable.put(keyAt[raw.column()], new Cell(at, "", u));
        } else {
          readAsEmpty(at, u);
        }
        continue;
      }
      if (raw.column() >= headerAt.length || keyAt[raw.column()].isEmpty()) {
        if (!raw.text().isBlank()) {
          headerless.add(raw.column());
          if (firstHeaderless == null) firstHeaderless = cell(row, raw.column());
        }
        continue;
      }
      String written = headerAt[raw.column()];
      String key = keyAt[raw.column()];
      Cells.Cleaned clean = Cells.clean(raw.text());
      if (clean.text().isEmpty()) continue;
      Location at = Location.ofCell(file, sheet, row, raw.column(), written);
      if (!clean.removed().isEmpty()) reportCleaned(at, clean);
      if (clean.text().indexOf('\uFFFD') >= 0) warn(lostLetters, at, () -> LOST_LETTER);
      String text = clean.text();
      if (text.length() > MAX_CELL_CHARS && !spec.isStrict(key) && !spec.isLink(key)) {
        // Prose (a client's notes, a drill's cues): a pasted intake form should not cost the client
        // their program, so the start is kept and the rest stays in the sheet.
        text = cutAtWord(text, MAX_CELL_CHARS);
        tooLongAt.add(Diagnostic.warning(at, "the cell holds " + clean.text().length() + " characters, more than the " + MAX_CELL_CHARS
            + " read; the first " + (text.length() - 1) + " are used, ending at a word with \"\u2026\". The rest"
            + " stays in your sheet; shorten the cell to choose what is kept"));
      }
      if (text.length() > MAX_CELL_CHARS && spec.isLink(key)) {
        // A link decides no drill: one this long is text pasted into the column, left out as any
        // other link that cannot be used, so the drill keeps its place in every client's program.
        tooLongAt.add(Diagnostic.warning(at, "the cell holds " + text.length() + " characters, more than the "
            + MAX_CELL_CHARS + " read; no web address is that long, so the link is left out"));
        continue;
      }
      if (text.length() > MAX_CELL_CHARS) {
        tooLongAt.add(Diagnostic.error(
            at,
            "the cell holds "
                + clean.text().length()
                + " characters, more than the "
                + MAX_CELL_CHARS
                + " allowed; this row is skipped"));
        tooLong = true;
        continue;
      }
      String shown = raw.shown() == null ? null : Cells.clean(raw.shown()).text();
      String link = hyperlinks.isEmpty() ? null : hyperlinks.get(cellKey(row, raw.column()));
      if (link != null && spec.isLink(key) && !isWebAddress(clean.text())) {
        // "Watch video" linked to the video: the address is the value, the text what is shown
        byHeader.put(key, new Cell(at, link, null, clean.text()));
        continue;
      }
      byHeader.merge(key, new Cell(at, text, raw.value(), shown), TableBuilder::together);
    }
    if (refuseNext != null) {
      tooLongAt.add(Diagnostic.error(Location.ofRow(file, sheet, row), refuseNext));
      refuseNext = null;
      tooLong = true;
    }
    // A roster row refused here is still a client that failed: its errors carry the row's id as
    // the roster reader names clients (as displayed: "00124"), so the run counts it and the
    // summary lists it. A row whose id cell is itself the over-long one has no id to carry. A
    // warning about notes cut short, or about a cell of the row read as empty or cleaned, is the
    // client's too.
    Cell id = roster ? byHeader.get(CLIENT_ID_KEY) : null;
    String client = id == null || id.display().isBlank() ? null : IdNumbers.plain(id.display().strip());
    if (client != null) clientRows.put(row, client);
    if (!said.isEmpty() || !tooLongAt.isEmpty()) {
      flush(client);
      for (Diagnostic e : tooLongAt) d.add(client == null ? e : e.forClient(client));
      tooLongAt.clear();
    }
    if (byHeader.isEmpty() && !tooLong) {
      // Nothing else on the row: not a client or a drill but, say, a formula filled down past
      // the last one. Its error cells are read as empty, as in any other column.
      unreadable.values().forEach(c -> readAsEmpty(c.location(), (Unreadable) c.value()));
      return;
    }
    dataRows++;
    if (hiddenNext == row) hiddenRead.add(row);
    if (!tooLong) {
      out.accept(new Row(Location.ofRow(file, sheet, row), byHeader, columns, unreadable, date1904, writtenHeaders()));
    }
  }

  /**
   * Two cells of columns read together ({@link Columns#readTogether}), as one at the leftmost: their
   * lines in the order of the columns, leaving out one that says there is nothing ("none", "N/A").
   */
  private static Cell together(Cell a, Cell b) {
    Cell first = a.location().column() <= b.location().column() ? a : b;
    Cell second = first == a ? b : a;
    if (KitParser.saysNothing(second.text())) return first;
    if (KitParser.saysNothing(first.text())) return second;
    return new Cell(first.location(), first.text() + "\n" + second.text(), null);
  }

  /**
   * Reads a cell of a link column that holds {@code =HYPERLINK(...)}: as the address its formula
   * gives in quotes, whatever result the file saved (or none). When the formula takes its address
   * from elsewhere, the cell is read as any other (the saved result, or an inserted link behind
   * it) if that gives an address; else a warning says so and the cell is left out.
   *
   * @return whether the cell was dealt with here
   */
  private boolean formulaLink(int row, RawCell raw, Map<String, Cell> byHeader) {
    String shown = raw.value() instanceof Unreadable ? "" : Cells.clean(raw.text()).text();
    Location at = Location.ofCell(file, sheet, row, raw.column(), headerAt[raw.column()]);
    String address = raw.hyperlink().address();
    if (address != null) {
      String text = Cells.clean(address).text();
      byHeader.put(keyAt[raw.column()], new Cell(at, text, null, shown.isEmpty() ? null : shown));
      return true;
    }
    if (isWebAddress(shown) || hyperlinks.containsKey(cellKey(row, raw.column()))) return false;
    warn(unreadLinks, at, () -> "the address of this cell's HYPERLINK formula cannot be read: only an address"
        + " written in quotes as its first part is, as in =HYPERLINK(\"https://youtu.be/abc\", \"Watch\")"
        + (shown.isEmpty() ? "" : ", and the cell shows " + Fields.quote(shown) + ", not a link")
        + ". The link is left out; write the address itself in the cell");
    return true;
  }

  private static boolean isWebAddress(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.startsWith("http://") || t.startsWith("https://");
  }

  /**
   * The start of {@code text}, at most {@code max} characters with the "\u2026" that ends it, cut
   * at the last space or line break (within the last fifth; else mid-word).
   */
  static String cutAtWord(String text, int max) {
    int end = max - 1;
    int space = end;
    while (space > max * 4 / 5 && !Character.isWhitespace(text.charAt(space))) space--;
    if (space > max * 4 / 5) end = space;
    return text.substring(0, end).strip() + "\u2026";
  }

  /** A warning that a cell showing an error, or a formula without a result, is read as empty. */
  private void readAsEmpty(Location at, Unreadable u) {
    if (u.error() == null) unsaved.add(at, u.warning(), u.stale());
    warn(u.error() == null ? formulasWithoutValue : errorCells, at, u::warning);
  }

  private void reportCleaned(Location at, Cells.Cleaned clean) {
    warn(cleanedCells, at, () -> cleanedSaid.computeIfAbsent(clean.removed(), TableBuilder::cleaned));
  }

  private static String cleaned(List<Integer> removed) {
    TreeSet<String> codes = new TreeSet<>();
    removed.forEach(cp -> codes.add(String.format("U+%04X", cp)));
    return "removed " + removed.size() + " control or invisible " + (removed.size() == 1 ? "character" : "characters")
        + " (" + String.join(", ", codes) + ")";
  }

  private static final String LOST_LETTER = "holds \"\uFFFD\", which stands for a letter lost when the file was"
      + " saved or converted in another text encoding (an ł or é, say); retype it there, and save the file as .xlsx"
      + " or \"CSV UTF-8\"";

  /** A cell's warning of a kind many cells may give, kept until its row's client is known. */
  private record Said(CellWarnings kind, Location at, Supplier<String> message,
      boolean listed) {}

  /**
   * Warns about a cell at the end of its row, or counts it once the first few of its {@code kind}
   * have been warned about ({@link CellWarnings}); {@code message} is asked for only when it is said.
   */
  void warn(CellWarnings kind, Location at, Supplier<String> message) {
    said.add(new Said(kind, at, message, kind.next()));
  }

  /**
   * Warns about the cells of {@code column} on rows {@code top} to {@code bottom}, all read already
   * (a merged range, which a workbook lists after its rows): at the first row's cell as its client's,
   * or counted with the others of its {@code kind} ({@link CellWarnings}), and at the cell of each
   * other client's row in the range as that client's, counted in that line ({@link Diagnostic#counted}).
   */
  void warnRows(CellWarnings kind, int top, int bottom, int column, String message) {
    SortedMap<Integer, String> clients = clientRows.subMap(top, true, bottom, true);
    boolean listed = kind.next();
    String first = clients.get(top);
    Diagnostic w = Diagnostic.warning(cell(top, column), message);
    if (listed) d.add(first == null ? w : w.forClient(first));
    clients.forEach((row, client) -> {
      if (listed && row == top) return;
      Diagnostic counted = Diagnostic.warning(cell(row, column), message).asCounted().forClient(client);
      d.add(counted);
      if (!listed && row == top) kind.counted(true, counted::asOwn, counted);
    });
    if (!listed && first == null) kind.counted(!clients.isEmpty(), () -> w, null);
  }

  /**
   * Says the row's warnings kept by {@link #warn}: those of the first few cells at their cell, and
   * on a client's row ({@code client}, null for none) as the client's, each counted one too.
   */
  private void flush(String client) {
    if (said.isEmpty()) return;
    for (Said x : said) {
      if (x.listed()) {
        Diagnostic w = Diagnostic.warning(x.at(), x.message().get());
        d.add(client == null ? w : w.forClient(client));
        continue;
      }
      Diagnostic counted = client == null ? null
          : Diagnostic.warning(x.at(), x.message().get()).asCounted().forClient(client);
      if (counted != null) d.add(counted);
      x.kind().counted(client != null, () -> counted != null ? counted.asOwn() : Diagnostic.warning(x.at(),
          x.message().get()), counted);
    }
    said.clear();
  }

  /** Each known column's header as the file writes it, for the rows to name their empty cells by. */
  private Map<String, String> writtenHeaders() {
    if (writtenHeaders == null) {
      Map<String, String> out = new HashMap<>();
      columns.forEach((key, at) -> out.put(key, at < headerAt.length && !headerAt[at].isEmpty() ? headerAt[at] : key));
      writtenHeaders = Map.copyOf(out);
    }
    return writtenHeaders;
  }

  /** Where a cell is, with its column's header once the header row is known. */
  Location cell(int row, int column) {
    String h =
        headerAt != null && column < headerAt.length && !headerAt[column].isEmpty()
            ? headerAt[column]
            : null;
    return Location.ofCell(file, sheet, row, column, h);
  }

  /**
   * Ends the table: reports an empty file or sheet, a header without rows, and how many further
   * cells were cleaned than were listed.
   */
  Optional<Table> finish(Location whole, String emptyWhat) {
    unsaved.finish(d, org.circuitpress.model.Severity.WARNING, "They are read as empty until then");
    for (CellWarnings kind : List.of(errorCells, cleanedCells, unreadLinks, lostLetters)) {
      kind.finish(d, whole);
    }
    if (!headerless.isEmpty() && !failed) {
      List<String> letters = headerless.stream().limit(10).map(Location::columnLetters).toList();
      boolean one = letters.size() == 1;
      d.warning(
          firstHeaderless,
          (one ? "column " : "columns ")
              + String.join(", ", letters)
              + (headerless.size() > 10 ? " and more" : "")
              + (one ? " holds values but has no header, so it is ignored" + lostHeader()
                  : " hold values but have no header, so they are ignored"));
    }
    if (!hiddenRead.isEmpty() && !failed) hiddenRowsRead();
    if (headers == null && titleRows > 0) header(titleRow, titleCells); // reports it as a wrong header
    if (failed) return Optional.empty();
    if (headers == null) {
      d.error(whole, emptyWhat + " is empty: expected a header row and data rows");
      return Optional.empty();
    }
    if (dataRows == 0 && spec.rowsRequired()) {
      d.error(whole, "has a header row but no data rows");
      return Optional.empty();
    }
    return Optional.of(new Table(file, sheet, headers, List.of(), (char) 0, headerRow, columns.keySet()));
  }

  /**
   * For the one column without a header, when the file lacks one known column only (a progression
   * whose cap header was deleted): that it may be that column. Values read past there would change
   * what the rows mean (every add rule without its cap) without the warning saying why.
   */
  private String lostHeader() {
    List<String> absent = spec.all().stream().filter(c -> !columns.containsKey(Names.header(c))).toList();
    return spec.checkUnknown() && absent.size() == 1
        ? "; if it holds the file's " + absent.get(0) + ", head it " + absent.get(0) : "";
  }

  /**
   * The one unknown header that begins like a missing column, when spelling distance is too far
   * for {@link Suggest}: "dosage" for dose, "reps_target" for reps.
   */
  static Optional<String> sharedStart(String missing, List<String> unknown) {
    String m = Names.header(missing);
    int need = Math.max(3, m.length() - 1);
    List<String> close = unknown.stream().filter(u -> {
      String h = Names.header(u);
      int k = 0;
      while (k < h.length() && k < m.length() && h.charAt(k) == m.charAt(k)) k++;
      return k >= need;
    }).toList();
    return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
  }
}
