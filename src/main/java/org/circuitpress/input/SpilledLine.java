package org.circuitpress.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Names;
import org.circuitpress.model.Words;

/**
 * Tells a data row that is not an entry (a client, a drill) of its own:
 *
 * <ul>
 *   <li>the rest of the row above: text with a line break pasted into a CSV cell without quotes,
 *       or a multi-line cell that an export or a paste split into rows, leaves a row with one or
 *       two cells filled and every required cell empty, right after another data row. Such a row
 *       gets one error that says so, not one "the cell is empty" per required column;
 *   <li>a totals row: its first filled cell says {@code Total}, {@code Totals}, {@code Sum} or
 *       {@code Grand total}, or begins with one of them ({@code Total clients}) while every other
 *       cell holds a number, and a required cell is empty. Passed over with a note;
 *   <li>a label that groups the rows below it ({@code Online clients}, {@code MOBILITY}): one cell,
 *       in the id column or an optional one, holding words with a space between them (in a
 *       library also one word in capitals), where the rest of the row above does not fit (the
 *       rule above goes first). Passed over with a note. A lone id ({@code c031}) is not a label:
 *       that row stays an entry with its details missing;
 *   <li>a row of column descriptions right under the header ({@code text}, {@code date}, {@code
 *       b/i/a}): passed over with a note ({@link ColumnDescriptions});
 *   <li>a row of column names, its id cell the id column's name ({@code client_id}): the header
 *       again, as when two exports are put one under the other, passed over with a note; or, when
 *       it names other columns ({@code client_id, month, amount}), the header of another table kept
 *       below the entries, passed over with the rows under it up to the next empty row ({@link
 *       #inOtherTable}), with one note.
 * </ul>
 *
 * One per table read; each data row is given to {@link #check} in order.
 */
final class SpilledLine {
  /** The most cells such a row holds: a line or two of one or two cells. */
  private static final int MAX_FILLED = 2;
  /** What the first cell of a totals row says, as {@link #totalWord} leaves it. */
  private static final Set<String> TOTALS = Set.of("total", "totals", "sum", "grand total");

  private final List<String> required;
  private final List<String> requiredKeys;
  /** The id column (the first required one): a label may stand there, but not in the others. */
  private final String idKey;
  /** What a row of the table is: "a client", "an exercise". */
  private final String entry;
  /** Whether one word in capitals ({@code MOBILITY}) reads as a label; else an id may look so. */
  private final boolean capitalsLabel;
  /** The number of the data row read before, -1 before the first. */
  private int previous = -1;
  /** When that row was itself such a row, the row both belong to; else -1. */
  private int spilledFrom = -1;

  /**
   * @param entry what a row of the table is, for the notes: "a client", "an exercise"
   * @param capitalsLabel whether a lone word in capitals is a label (a library's {@code MOBILITY});
   *     in a roster it may be a client's id
   */
  SpilledLine(Columns spec, String entry, boolean capitalsLabel) {
    required = spec.required();
    requiredKeys = required.stream().map(Names::header).toList();
    idKey = requiredKeys.get(0);
    this.entry = entry;
    this.capitalsLabel = capitalsLabel;
  }

  /**
   * The error for a row that is the rest of the row above, or the note for a totals or label row
   * that is passed over; empty for any other row. Cheap for a row with its required cells.
   */
  Optional<Diagnostic> check(Row row) {
    int at = row.location().row();
    boolean afterARow = previous == at - 1;
    int from = spilledFrom >= 0 && afterARow ? spilledFrom : at - 1;
    spilledFrom = -1;
    Map<String, Cell> byKey = row.cells();
    int filled = byKey.size();
    if (firstRow) {
      firstRow = false;
      Optional<Diagnostic> described = ColumnDescriptions.check(row, sorted(byKey), requiredKeys, entry);
      if (described.isPresent()) return described;
    }
    Optional<Diagnostic> header = headerAgain(row, at, byKey);
    if (header.isPresent()) return header;
    boolean anyRequired = false;
    boolean allRequired = true;
    for (String key : requiredKeys) {
      if (byKey.containsKey(key)) anyRequired = true;
      else allRequired = false;
    }
    if (allRequired || filled == 0) {
      previous = at;
      if (filled > 0) labelsBelow.clear();
      return Optional.empty();
    }
    List<Cell> cells = sorted(byKey);
    Cell first = cells.get(0);
    if (first.value() == null && (TOTALS.contains(totalWord(first.text())) || totalsLabel(first, cells))) {
      // not the row before the next one: a line after it is not its rest
      return Optional.of(Diagnostic.info(row.location(), "row " + at + " begins with " + Fields.quote(first.text())
          + " (" + ref(first) + "), so it is read as a totals row, not " + entry + ", and passed over"));
    }
    if (afterARow && !anyRequired && filled <= MAX_FILLED && row.unreadable().isEmpty()) {
      previous = at;
      spilledFrom = from;
      List<String> shown = cells.stream().map(c -> c.location().header() + " (" + Fields.quote(c.text()) + ")").toList();
      String none = Words.or(required);
      return Optional.of(Diagnostic.error(row.location(), "this row has only " + String.join(" and ", shown)
          + " filled and no " + none
          + ", so it looks like the rest of row " + from + ", split off onto a row of its own by a line break"
          + " inside a cell. Join the text back into its cell in row " + from + " and take out the line"
          + " break; in a CSV file, a cell with a line break in it must be in double quotes. This row is skipped"));
    }
    if (filled == 1 && row.unreadable().isEmpty() && first.value() == null && isLabel(byKey.keySet().iterator().next(), first)) {
      String rest = afterARow ? "; if it is instead the rest of a cell of row " + (at - 1) + ", split off by a line break,"
          + " join it back into that cell" : "";
      String holds = "row " + at + " holds only " + Fields.quote(first.text()) + " (" + ref(first) + ")";
      Diagnostic label = Diagnostic.info(row.location(), holds + ", so it is read as a label over the rows below it, not "
          + entry + ", and passed over" + rest);
      String what = entry.substring(entry.indexOf(' ') + 1);
      labelsBelow.put(label, Diagnostic.info(row.location(), holds + ", below the last " + what
          + ", so it is read as a note under the " + what + "s, not " + entry + ", and passed over" + rest));
      return Optional.of(label);
    }
    previous = at;
    labelsBelow.clear();
    return Optional.empty();
  }

  /**
   * The notes on label rows with no entry under them yet, each with the note that says it is below
   * the last entry, which {@link #finish} puts in its place: a line typed under the clients ("Notes:
   * updated by the front desk") labels no rows.
   */
  private final Map<Diagnostic, Diagnostic> labelsBelow = new IdentityHashMap<>();

  /** The last row read as one of another table's ({@link #inOtherTable}); -1 when none. */
  private int otherTableLast = -1;
  /** The note on another table's header until its rows are counted ({@link #finish}); null when none. */
  private Diagnostic otherTableNote;
  /** The columns that header names, as its note shows them. */
  private String otherTableNames;
  /** The rows under that header passed over so far. */
  private int otherTableRows;

  /**
   * Whether the row belongs to another table below the entries, whose header {@link #check} noted:
   * one of the rows right under it, up to the next empty row. Such rows are passed over without a
   * word of their own; the note on the header, in {@code out}, says how many once the first row
   * after them comes ({@link #finish}). Ask before {@link #check}.
   */
  boolean inOtherTable(Row row, Diagnostics out) {
    int at = row.location().row();
    if (otherTableLast >= 0 && at == otherTableLast + 1) {
      otherTableLast = at;
      otherTableRows++;
      return true;
    }
    otherTableLast = -1;
    finishOtherTable(out);
    return false;
  }

  /**
   * Puts in {@code out}, instead of the note on another table's header that {@link #check} gave,
   * one that counts the rows passed over under it and names the first and last, and instead of
   * the note on each label row with no entry under it, one that says it is below the last entry;
   * call after the last row of the table read, as another table may end the sheet.
   */
  void finish(Diagnostics out) {
    labelsBelow.forEach((label, below) -> out.replace(List.of(label), below));
    labelsBelow.clear();
    finishOtherTable(out);
  }

  /** The part of {@link #finish} for another table's header, which may end before the sheet does. */
  private void finishOtherTable(Diagnostics out) {
    if (otherTableNote == null) return;
    int header = otherTableNote.location().row();
    String rows = otherTableRows == 0 ? ""
        : otherTableRows == 1 ? " and the row under it (row " + (header + 1) + ")"
        : " and the " + otherTableRows + " rows under it (rows " + (header + 1) + " to " + (header + otherTableRows) + ")";
    out.replace(List.of(otherTableNote), otherTableNote(otherTableNote.location(), otherTableNames, rows));
    otherTableNote = null;
  }

  /**
   * The note on another table's header at {@code where}, {@code names} its columns, passed over
   * with {@code rows}: " and the 3 rows under it (rows 7 to 9)", or "" for none.
   */
  private Diagnostic otherTableNote(org.circuitpress.model.Location where, String names, String rows) {
    String what = entry.substring(entry.indexOf(' ') + 1);
    return Diagnostic.info(where, names + ", as the header of another table kept below does, so it" + rows
        + (rows.isEmpty() ? " is not read as " + entry + " and is passed over"
            : ", up to the next empty row, are not read as " + what + "s and are passed over")
        + "; keep that table on a sheet of its own");
  }

  /**
   * The note for a row whose id cell holds the id column's name: the header again (every cell its
   * column's name), or the header of another table, whose rows {@link #inOtherTable} then passes
   * over; empty for any other row. Cheap: most id cells differ in length from the column's name.
   */
  private Optional<Diagnostic> headerAgain(Row row, int at, Map<String, Cell> byKey) {
    Cell id = byKey.get(idKey);
    if (id == null || id.value() != null || id.text().length() < idKey.length()
        || id.text().length() > idKey.length() + 8 || !Names.header(id.text()).equals(idKey)) {
      return Optional.empty();
    }
    List<Cell> cells = sorted(byKey);
    List<String> named = new ArrayList<>(cells.stream().limit(4).map(c -> Fields.quote(c.text())).toList());
    if (cells.size() > 4) named.add("...");
    boolean same = byKey.entrySet().stream().allMatch(e -> {
      String h = Names.header(e.getValue().text());
      return h.equals(e.getKey()) || h.equals(Names.header(e.getValue().location().header()));
    });
    String names = "row " + at + " holds the names of columns (" + String.join(", ", named) + ")";
    if (same) {
      return Optional.of(Diagnostic.info(row.location(), names + ", the header again, as when two files are put one"
          + " under the other, so it is not " + entry + " and is passed over; the rows under it are read"));
    }
    otherTableLast = at;
    otherTableRows = 0;
    otherTableNames = names;
    // said as if rows were under it until they are counted
    otherTableNote = otherTableNote(row.location(), names, " and the rows under it");
    return Optional.of(otherTableNote);
  }

  /** The row's filled cells in column order. */
  private static List<Cell> sorted(Map<String, Cell> byKey) {
    List<Cell> cells = new ArrayList<>(byKey.values());
    cells.sort(Comparator.comparingInt(c -> c.location().column()));
    return cells;
  }

  /**
   * Whether the next row checked is the first under the header, which may be a row of column
   * descriptions ({@link ColumnDescriptions}); a reader given only some rows says it is not.
   */
  private boolean firstRow = true;

  /** Says that the rows to come are not the first under the header. */
  void pastFirstRow() {
    firstRow = false;
  }

  private static String ref(Cell c) {
    return org.circuitpress.model.Location.columnLetters(c.location().column()) + c.location().row();
  }

  /** A label that begins with a word of {@link #TOTALS}: {@code Total clients}, {@code Sum of sessions:}. */
  private static final Pattern TOTALS_FIRST =
      Pattern.compile("(?i)(grand\\s+|sub\\s*)?(totals?|sum)(\\s*[:(]|\\s+\\S).*");
  /** The longest such label. */
  private static final int MAX_TOTALS_LABEL = 40;

  /**
   * A totals row whose first cell says more than the word ({@code Total clients}, {@code TOTAL
   * (Dec)}): read so only when every other cell holds a number (a count, a sum), since a drill or a
   * client may be named with such a word too ({@code Total body stretch}, beside its name).
   */
  private static boolean totalsLabel(Cell first, List<Cell> cells) {
    String t = first.text().strip();
    if (t.length() > MAX_TOTALS_LABEL || !TOTALS_FIRST.matcher(t).matches()) return false;
    for (Cell c : cells) {
      if (c != first && !(c.value() instanceof Number) && !NUMBER.matcher(c.text().strip()).matches()) return false;
    }
    return true;
  }

  /** A number as a CSV file writes one: {@code 14}, {@code 1,250}, {@code 6.5}. */
  private static final Pattern NUMBER = Pattern.compile("[0-9][0-9.,\\s]*");

  /** The first cell's text as compared with {@link #TOTALS}: lower case, one space, no colon. */
  private static String totalWord(String text) {
    if (text.length() > 16) return "";
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.endsWith(":")) t = t.substring(0, t.length() - 1).strip();
    return t.replaceAll("\\s+", " ");
  }

  /**
   * A label: in the id column or an optional one (a lone name, program or date is an entry with its
   * other cells missing), words with a space between them, or in a library one word in capitals.
   */
  private boolean isLabel(String key, Cell c) {
    if (!key.equals(idKey) && requiredKeys.contains(key)) return false;
    String t = c.text().strip();
    if (t.chars().anyMatch(Character::isWhitespace)) return t.chars().anyMatch(Character::isLetter);
    return capitalsLabel && t.length() >= 3 && t.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '&')
        && t.equals(t.toUpperCase(Locale.ROOT)) && !t.equals(t.toLowerCase(Locale.ROOT));
  }
}
