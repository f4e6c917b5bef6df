package org.circuitpress.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Seeded changes to a trainer's input file, each the kind of thing a spreadsheet, a person or a
 * damaged disk does to one: at the cell level (a cell emptied, swapped, retyped, merged, hidden,
 * a column deleted, a sheet put first), at the text level of a CSV (a byte-order mark, semicolons,
 * CRLF, a broken quote, cut off) and at the byte level (cut off, bytes flipped, a part of the zip
 * damaged). The same seed makes the same change.
 */
final class FuzzMutations {
  /** What was done, where, and which rows of the table it touched (0 for the header row). */
  static final class Done {
    final List<String> what = new ArrayList<>();
    final Set<Integer> rows = new TreeSet<>();
    /** Whether the change concerns the whole file (a column, the header, a sheet, its bytes), not some rows. */
    boolean wholeFile;
    /** Whether the change is at the byte or text level, where a file may well be unreadable. */
    boolean damaged;
    /** Merged ranges of a workbook over cells that still hold values (which are read, not emptied). */
    final Set<String> mergedOverValues = new TreeSet<>();

    void add(String s, boolean whole, int... touched) {
      what.add(s);
      wholeFile |= whole;
      for (int r : touched) rows.add(r);
    }

    @Override public String toString() {
      return String.join("; ", what);
    }
  }

  static final List<String> ODD = List.of("💪🏽 ok", "Zoe\u0308", "\u200b", "\u200e", "\u202eRTL", "a\u0000b", "\u0007",
      "\u001b[31mred", "x\ty", "two\nlines", "two\r\nlines", "\ufeffbom", "\u00a0", "  padded  ", "'0012", "\"quoted\"",
      "+44 20", "-", "—", "NULL", "null", "N/A", "TRUE", "FALSE", "١٢", "１２", "Ⅻ", "😀😀😀😀", "👨\u200d👩\u200d👧", "\u0301",
      "%s%n", "${jndi:x}", "../../etc/passwd", "C:\\con", "con", "nul", ";", ";;", ",", "/", "\\", ".", "..", "\ud83d",
      "x".repeat(300), "\u2028", "\u0085", "ﬁt", "İstanbul", "ß", "c001", "upper-back-mobility", "kg", "Letter");
  /**
   * Line breaks as other apps save them in a box or cell (a lone carriage return, as Acrobat's
   * multi-line fields do on some systems, or mixed ones): put only in returned logs, so that a
   * seed of the roster, library or branding makes the same change as before.
   */
  static final List<String> BREAKS = List.of("sore\rknee", "line\r", "\r\nfirst", "a\r\rb", "x\n\ry", "hard\r\r\nday",
      "\r");
  /** {@link #ODD} and {@link #BREAKS}: odd text in a returned log. */
  static final List<String> ODD_IN_LOGS = java.util.stream.Stream.concat(ODD.stream(), BREAKS.stream()).toList();
  static final List<String> NOT_NUMBERS = List.of("four", "3x", "4 weeks", "n/a", "1,5", "-3", "0", "1e309", "NaN",
      "Infinity", "0x10", "∞", "2-3", "3 or 4", "twice a week", "½", "4.", ".5", "+4", "4 4", "99999999999999999999",
      "-0", "1.000.000", "10%", "3/7", "7 days", "2027");
  static final double[] NUMBERS = {0, -1, 1e15, 3.14159, 1e-300, 46357, 2.5, 100000, Double.MAX_VALUE, -46357, 1e308,
      4, 16, 17, 8, 0.5, 10, 11, 1e6};
  static final List<String> DATE_TEXTS = List.of("2026/12/01", "1.12.2026", "Dec 1st, 2026", "01-Dec-26",
      "2026-12-01T00:00", "12/1/2026", "1/12/2026", "31/02/2026", "2026-02-30", "0000-00-00", "1899-12-31", "2100-01-01",
      "tomorrow", "Q4 2026", "december", "2026", "20261201", "1 Dez 2026", "2026-12-01 08:00", "Monday, December 1, 2026",
      "1er décembre 2026", "26-12-01", "12/31/26", "46357", "46357.5", "1 Decembre", "Dez", "jui 2026", "2026-W49-2",
      "1/1/1", "99/99/9999", "2026-12-01/2026-12-31", "8/12", "Tue 8 Dec", "Dec 8", "8.12.", "13:45", "1 Dec", "29.2.2027");
  static final double[] DATE_NUMBERS = {46357, 46357.75, 0, 1, 60, 2958466, 3e6, -1, 1e10, 45000, 46387, 46360.5};
  static final List<String> DATE_FORMATS = List.of("d/m/yy", "mmm-yy", "h:mm", "@", "0.00", "[$-409]dddd, mmmm d, yyyy",
      "yyyy-mm-dd", "m/d/yyyy", "General", "dd.mm.yyyy hh:mm", "d mmm", "ddd d mmm");
  static final List<LocalDateTime> DATES = List.of(LocalDateTime.of(2026, 12, 1, 0, 0), LocalDateTime.of(2026, 12, 1, 13, 45),
      LocalDateTime.of(1900, 1, 1, 0, 0), LocalDateTime.of(2099, 12, 31, 23, 59), LocalDateTime.of(2027, 6, 30, 0, 0),
      LocalDateTime.of(2025, 1, 1, 0, 0), LocalDateTime.of(1950, 1, 1, 0, 0), LocalDateTime.of(2026, 12, 9, 0, 0),
      LocalDateTime.of(2026, 12, 24, 0, 0));
  static final List<String> FORMULAS = List.of("1/0", "A2", "NOW()", "TODAY()", "\"text\"", "1+1", "NA()", "B2&\" x\"",
      "SUM(A:A)", "IF(1,\"\",\"\")", "HYPERLINK(\"https://x.example\",\"video\")", "DATE(2026,12,1)",
      "VLOOKUP(A2,Z:Z,2,FALSE)", "INDIRECT(\"A1\")", "RAND()", "REPT(\"x\",40000)", "\"7\"", "8", "TRUE");
  static final FormulaError[] ERRORS = {FormulaError.NA, FormulaError.DIV0, FormulaError.REF, FormulaError.VALUE,
      FormulaError.NAME, FormulaError.NUM, FormulaError.NULL};

  private final Random rnd;
  /** The ranges merged by the changes to a table so far. */
  private final List<CellRangeAddress> merged = new ArrayList<>();

  FuzzMutations(Random rnd) {
    this.rnd = rnd;
  }

  private <T> T pick(List<T> from) {
    return from.get(rnd.nextInt(from.size()));
  }

  private double pick(double[] from) {
    return from[rnd.nextInt(from.length)];
  }

  /**
   * One to three changes to {@code file}, a table whose usual sheet is {@code sheet} (null: the
   * first); {@code columns} are the columns changes favour (a log's white cells), or all when empty.
   */
  Done mutate(Path file, String sheet, List<String> columns) throws IOException {
    Done done = new Done();
    boolean csv = !file.toString().endsWith(".xlsx");
    int roll = rnd.nextInt(100);
    if (roll < 8) {
      bytes(file, done);
      return done;
    }
    if (!csv && roll < 14) {
      sheets(file, done);
      return done;
    }
    if (!csv && roll < 30) {
      xml(file, done);
      return done;
    }
    if (csv && roll < 22) {
      cells(file, sheet, columns, done, 1 + rnd.nextInt(2));
      text(file, done);
      return done;
    }
    cells(file, sheet, columns, done, 1 + rnd.nextInt(3));
    return done;
  }

  private void cells(Path file, String sheet, List<String> columns, Done done, int changes) throws IOException {
    FuzzTable t = FuzzTable.open(file, sheet);
    if (t instanceof FuzzTable.Xlsx x && sheet != null && rnd.nextInt(6) == 0) {
      // a log's other sheets: the front page, the progress sheet, another week
      Sheet other = x.wb.getSheetAt(rnd.nextInt(x.wb.getNumberOfSheets()));
      t = FuzzTable.open(file, other.getSheetName());
    }
    merged.clear();
    for (int i = 0; i < changes; i++) cell(t, columns, done);
    // whether a merged range holds values under its first cell once all changes are made (a later
    // change may empty, swap or move its cells)
    for (CellRangeAddress m : merged) {
      if (holdsValues(t, m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn())) {
        done.mergedOverValues.add(m.formatAsString());
      }
    }
    t.save();
  }

  /** A column of the table, one of {@code favoured} most of the time when given. */
  private int column(FuzzTable t, List<String> favoured) {
    if (!favoured.isEmpty() && rnd.nextInt(4) != 0) {
      List<Integer> found = new ArrayList<>();
      for (int c = 0; c < t.cols(); c++) if (favoured.contains(t.text(0, c))) found.add(c);
      if (!found.isEmpty()) return pick(found);
    }
    return rnd.nextInt(t.cols() + (rnd.nextInt(10) == 0 ? 2 : 0));
  }

  private void cell(FuzzTable t, List<String> favoured, Done done) {
    int rows = t.rows();
    int r = rows <= 1 ? 1 : 1 + rnd.nextInt(rows - 1);
    int c = column(t, favoured);
    String at = (t.sheet() == null ? "" : t.sheet() + "!") + org.circuitpress.model.Location.columnLetters(c) + (r + 1);
    String header = t.text(0, c);
    switch (rnd.nextInt(24)) {
      case 0, 1 -> {
        t.clear(r, c);
        done.add(at + " emptied", false, r);
      }
      case 2 -> {
        int c2 = rnd.nextInt(t.cols());
        t.swap(r, c, r, c2);
        done.add(at + " swapped with column " + org.circuitpress.model.Location.columnLetters(c2), false, r);
      }
      case 3 -> {
        int r2 = 1 + rnd.nextInt(Math.max(1, rows - 1));
        t.swap(r, c, r2, c);
        done.add(at + " swapped with row " + (r2 + 1), false, r, r2);
      }
      case 4, 5 -> {
        String s = pick(NOT_NUMBERS);
        t.text(r, c, s);
        done.add(at + " <- text " + quoted(s), false, r);
      }
      case 6, 7 -> {
        double n = pick(NUMBERS);
        t.number(r, c, n);
        done.add(at + " <- number " + n, false, r);
      }
      case 8 -> {
        String s = longText();
        t.text(r, c, s);
        done.add(at + " <- " + s.length() + " characters", false, r);
      }
      case 9, 10 -> {
        List<String> odd = favoured.isEmpty() ? ODD : ODD_IN_LOGS;
        String s = rnd.nextBoolean() ? pick(odd) : t.text(r, c) + pick(odd);
        t.text(r, c, s);
        done.add(at + " <- " + quoted(s), false, r);
      }
      case 11 -> {
        FormulaError e = ERRORS[rnd.nextInt(ERRORS.length)];
        t.error(r, c, e);
        done.add(at + " <- error " + e.getString(), false, r);
      }
      case 12 -> {
        String f = pick(FORMULAS);
        boolean cached = rnd.nextBoolean();
        t.formula(r, c, f, cached);
        done.add(at + " <- formula =" + f + (cached ? " with its result" : " without a result"), false, r);
      }
      case 13 -> {
        double n = pick(DATE_NUMBERS);
        t.number(r, c, n);
        done.add(at + " <- date as number " + n, false, r);
      }
      case 14, 15 -> {
        String s = pick(DATE_TEXTS);
        t.text(r, c, s);
        done.add(at + " <- date text " + quoted(s), false, r);
      }
      case 16 -> {
        LocalDateTime d = pick(DATES);
        String f = pick(DATE_FORMATS);
        t.date(r, c, d, f);
        done.add(at + " <- date cell " + d + " as " + f, false, r);
      }
      case 17 -> {
        // a column past the last one (as column() may pick) or a one-row table: the range stays the right way round
        int r2 = Math.max(r, Math.min(rows - 1, r + rnd.nextInt(3)));
        int c2 = Math.max(c, Math.min(t.cols() - 1, c + rnd.nextInt(3)));
        boolean head = rnd.nextInt(4) == 0;
        int r1 = head ? 0 : r;
        if (r1 == r2 && c == c2) c2 = Math.max(c, Math.min(t.cols() - 1, c + 1));
        if (r1 == r2 && c == c2) r2 = Math.max(r1, Math.min(rows - 1, r1 + 1));
        if (r1 == r2 && c == c2) {
          done.add(at + " left as it is (no room to merge)", false);
          return;
        }
        t.merge(r1, c, r2, c2);
        if (t instanceof FuzzTable.Xlsx) merged.add(new CellRangeAddress(r1, r2, c, c2));
        int[] touched = new int[r2 - r1 + 1];
        for (int k = 0; k < touched.length; k++) touched[k] = r1 + k;
        done.add("merged " + (r1 + 1) + ".." + (r2 + 1) + " x " + org.circuitpress.model.Location.columnLetters(c)
            + ".." + org.circuitpress.model.Location.columnLetters(c2), head, touched);
      }
      case 18 -> {
        t.hide(r);
        done.add("row " + (r + 1) + " hidden", false, r);
      }
      case 19 -> {
        int c2 = rnd.nextInt(t.cols());
        t.text(0, c2, rnd.nextBoolean() ? header : header.toUpperCase(java.util.Locale.ROOT) + " ");
        done.add("header of column " + org.circuitpress.model.Location.columnLetters(c2) + " <- " + quoted(header), true);
      }
      case 20 -> {
        t.deleteColumn(c);
        merged.replaceAll(m -> FuzzTable.withoutColumn(m, c));
        merged.removeIf(java.util.Objects::isNull);
        done.add("column " + org.circuitpress.model.Location.columnLetters(c) + " (" + header + ") deleted", true);
      }
      case 21 -> {
        List<List<String>> lines = switch (rnd.nextInt(4)) {
          case 0 -> List.of(List.of("Read me"), List.of("Fill in one row per client"));
          case 1 -> List.of();
          case 2 -> List.of(headerOf(t), List.of("x1", "Old row"));
          default -> List.of(List.of("client_id", "exercise_id", "setting", "Week"), List.of("1", "2", "3", "4"));
        };
        t.sheetFirst("Sheet" + rnd.nextInt(3), lines);
        done.add("a sheet of " + lines.size() + " lines put first", true);
      }
      case 22 -> {
        List<String> row = new ArrayList<>();
        for (int k = 0; k < t.cols(); k++) row.add(t.text(r, k));
        int at2 = rnd.nextInt(rows + 1);
        boolean header2 = rnd.nextBoolean();
        t.insertRow(at2, header2 ? headerOf(t) : row);
        done.add((header2 ? "the header" : "row " + (r + 1)) + " repeated as row " + (at2 + 1), true);
      }
      default -> {
        int at2 = rnd.nextInt(3);
        List<String> title = rnd.nextBoolean() ? List.of() : List.of("Clients, December " + rnd.nextInt(3000));
        t.insertRow(at2, title);
        done.add("row " + (at2 + 1) + " inserted: " + title, true);
      }
    }
  }

  /** Whether a cell of the range other than its first holds a value. */
  private static boolean holdsValues(FuzzTable t, int r1, int c1, int r2, int c2) {
    for (int r = r1; r <= r2; r++) {
      for (int c = c1; c <= c2; c++) if ((r != r1 || c != c1) && !t.text(r, c).isBlank()) return true;
    }
    return false;
  }

  private static List<String> headerOf(FuzzTable t) {
    List<String> head = new ArrayList<>();
    for (int k = 0; k < t.cols(); k++) head.add(t.text(0, k));
    return head;
  }

  private String longText() {
    int length = new int[] {2001, 2100, 5000, 32767, 40000}[rnd.nextInt(5)];
    String unit = pick(List.of("foam roller; ", "x", "Stiff after long days. ", "band light/medium/heavy; ", "é"));
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) sb.append(unit);
    return sb.substring(0, length);
  }

  /** A change to the text of a CSV file, as another app or a careless save makes. */
  private void text(Path file, Done done) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    done.damaged = true;
    switch (rnd.nextInt(10)) {
      case 0 -> {
        s = "\uFEFF" + s;
        done.add("byte-order mark", false);
      }
      case 1 -> {
        s = semicolons(s);
        done.add("separated by semicolons", false);
      }
      case 2 -> {
        s = s.replace("\n", "\r\n");
        done.add("CRLF line ends", false);
      }
      case 3 -> {
        s = s.replace("\n", "\r");
        done.add("CR line ends", false);
      }
      case 4 -> {
        int at = rnd.nextInt(s.length());
        s = s.substring(0, at) + "\"" + s.substring(at);
        done.add("a quote put at character " + at, true);
      }
      case 5 -> {
        int at = rnd.nextInt(s.length());
        s = s.substring(0, at);
        done.add("cut off after " + at + " characters", true);
      }
      case 6 -> {
        Files.write(file, s.getBytes(Charset.forName(rnd.nextBoolean() ? "windows-1252" : "x-MacRoman")));
        done.add("saved in another encoding", false);
        return;
      }
      case 7 -> {
        s = "sep=;\n" + semicolons(s);
        done.add("sep=; line", false);
      }
      case 8 -> {
        s = rnd.nextBoolean() ? s.replace(",", "\t") : s.replace(",", ";");
        done.add("every comma (in cells too) made a tab or semicolon", true);
      }
      default -> {
        int at = rnd.nextInt(s.length());
        s = s.substring(0, at) + "\u0000" + s.substring(at);
        done.add("a NUL at character " + at, true);
      }
    }
    Files.write(file, s.getBytes(StandardCharsets.UTF_8));
  }

  /** The file as a European Excel saves it: cells separated by semicolons, those holding one quoted. */
  private static String semicolons(String s) throws IOException {
    StringBuilder sb = new StringBuilder();
    var format = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").get();
    try (var p = new org.apache.commons.csv.CSVPrinter(sb, format)) {
      for (var rec : org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(s))) p.printRecord(rec.toList());
    }
    return sb.toString();
  }

  /** Damage at the byte level: cut off, bytes flipped, or (in a zip) one part's bytes damaged. */
  void bytes(Path file, Done done) throws IOException {
    byte[] b = Files.readAllBytes(file);
    done.damaged = true;
    done.wholeFile = true;
    int kind = rnd.nextInt(b.length > 4 && b[0] == 'P' && b[1] == 'K' ? 4 : 2);
    if (kind == 0) {
      int at = rnd.nextInt(b.length);
      Files.write(file, java.util.Arrays.copyOf(b, at));
      done.add("cut off after " + at + " of " + b.length + " bytes", true);
    } else if (kind == 1) {
      int n = 1 + rnd.nextInt(16);
      for (int i = 0; i < n; i++) b[rnd.nextInt(b.length)] ^= (byte) (1 + rnd.nextInt(255));
      Files.write(file, b);
      done.add(n + " bytes flipped", true);
    } else {
      zipPart(file, b, done, kind == 2);
    }
  }

  /** One part of a zip (a sheet, the shared strings, the styles) cut off or with bytes flipped, the zip itself sound. */
  private void zipPart(Path file, byte[] b, Done done, boolean cut) throws IOException {
    List<String> names = new ArrayList<>();
    List<byte[]> parts = new ArrayList<>();
    readZip(b, names, parts);
    int i = rnd.nextInt(names.size());
    byte[] p = parts.get(i);
    if (p.length > 0) {
      if (cut) {
        p = java.util.Arrays.copyOf(p, rnd.nextInt(p.length));
      } else {
        for (int k = 0; k < 1 + rnd.nextInt(8); k++) {
          int at = rnd.nextInt(p.length);
          p[at] = (byte) "<>\"&;/= x0-9".charAt(rnd.nextInt(12));
        }
      }
      parts.set(i, p);
    }
    Files.write(file, zip(names, parts));
    done.add("zip part " + names.get(i) + (cut ? " cut off" : " with characters changed"), true);
  }

  /**
   * A cell (or row) of a worksheet's XML written as other programs than Excel write them: a date
   * cell, an inline or rich string, a boolean, a cell without its reference, a value that is no
   * number, a shared string or style that is not there, a row far down or out of order, a merged
   * range to the end of the sheet.
   */
  private void xml(Path file, Done done) throws IOException {
    List<String> names = new ArrayList<>();
    List<byte[]> parts = new ArrayList<>();
    readZip(Files.readAllBytes(file), names, parts);
    List<Integer> sheets = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) if (names.get(i).matches("xl/worksheets/sheet\\d+\\.xml")) sheets.add(i);
    int part = pick(sheets);
    String xml = new String(parts.get(part), StandardCharsets.UTF_8);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<c r=\"([A-Z]+)(\\d+)\"[^>]*?(?:/>|>.*?</c>)").matcher(xml);
    List<int[]> cells = new ArrayList<>();
    List<String> refs = new ArrayList<>();
    while (m.find()) {
      cells.add(new int[] {m.start(), m.end(), Integer.parseInt(m.group(2))});
      refs.add(m.group(1) + m.group(2));
    }
    if (cells.isEmpty()) {
      done.add(names.get(part) + " has no cells to change", false);
      return;
    }
    int k = rnd.nextInt(cells.size());
    int[] c = cells.get(k);
    String r = refs.get(k);
    String[] variants = {
        "<c r=\"R\" t=\"d\"><v>2026-12-02T00:00:00</v></c>", "<c r=\"R\" t=\"d\"><v>yesterday</v></c>",
        "<c r=\"R\" t=\"b\"><v>1</v></c>", "<c r=\"R\" t=\"str\"><f>A1</f><v>text</v></c>",
        "<c r=\"R\" t=\"inlineStr\"><is><t>inline</t></is></c>",
        "<c r=\"R\" t=\"inlineStr\"><is><r><t>rich</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> text</t></r></is></c>",
        "<c r=\"R\"><v>abc</v></c>", "<c r=\"R\"><v>1e400</v></c>", "<c r=\"R\"><v>NaN</v></c>", "<c r=\"R\"><v></v></c>",
        "<c r=\"R\" s=\"9999\"><v>46357</v></c>", "<c r=\"R\" t=\"s\"><v>99999</v></c>", "<c r=\"R\" t=\"s\"><v>-1</v></c>",
        "<c r=\"R\" t=\"s\"><v>1.5</v></c>", "<c r=\"R\" t=\"e\"><v>#N/A</v></c>", "<c r=\"R\" t=\"x\"><v>1</v></c>",
        "<c t=\"inlineStr\"><is><t>no reference</t></is></c>", "<c r=\"R\"><f>1/0</f></c>", "<c r=\"R\" t=\"n\"/>",
        "<c r=\"R\" t=\"inlineStr\"><is><t>_x0000__x0007_ctl</t></is></c>", "<c r=\"R\"><v>-0</v></c>",
        "<c r=\"R\" t=\"str\"><f>NOW()</f></c>", "<c r=\"R\"><v>46357</v><v>1</v></c>"};
    int chosen = rnd.nextInt(variants.length + 5);
    String v = chosen < variants.length ? variants[chosen] : null;
    int row = c[2];
    if (v == null) {
      // a change to the rows or the sheet around the cell
      switch (rnd.nextInt(5)) {
        case 0 -> {
          xml = xml.replace("</sheetData>", "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>far</t></is></c></row></sheetData>");
          done.add(names.get(part) + ": a cell at XFD1048576", false);
        }
        case 1 -> {
          String merge = "<mergeCell ref=\"" + r + ":XFD1048576\"/>";
          xml = xml.contains("</mergeCells>") ? xml.replace("</mergeCells>", merge + "</mergeCells>")
              : xml.replace("</sheetData>", "</sheetData><mergeCells count=\"1\">" + merge + "</mergeCells>");
          done.add(names.get(part) + ": " + r + ":XFD1048576 merged", true);
        }
        case 2 -> {
          java.util.regex.Matcher rows = java.util.regex.Pattern.compile("<row [^>]*>.*?</row>").matcher(xml);
          List<String> all = new ArrayList<>();
          while (rows.find()) all.add(rows.group());
          if (all.size() > 3) {
            String a = all.get(1 + rnd.nextInt(all.size() - 1));
            String b = all.get(1 + rnd.nextInt(all.size() - 1));
            xml = xml.replace(a, "\u0000A").replace(b, a).replace("\u0000A", b);
          }
          done.add(names.get(part) + ": two rows out of order", true);
        }
        case 3 -> {
          java.util.regex.Matcher rows = java.util.regex.Pattern.compile("<row r=\"" + row + "\"[^>]*>.*?</row>").matcher(xml);
          if (rows.find()) xml = xml.substring(0, rows.end()) + rows.group() + xml.substring(rows.end());
          done.add(names.get(part) + ": row " + row + " twice", false, row - 1);
        }
        default -> {
          xml = xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:XFD1048576\"/>");
          done.add(names.get(part) + ": its dimension the whole sheet", false);
        }
      }
    } else {
      v = v.replace("\"R\"", "\"" + r + "\"");
      xml = xml.substring(0, c[0]) + v + xml.substring(c[1]);
      done.add(names.get(part) + ": " + r + " <- " + v, row == 1, row - 1);
    }
    parts.set(part, xml.getBytes(StandardCharsets.UTF_8));
    Files.write(file, zip(names, parts));
    done.damaged |= v == null || v.contains("9999") || v.contains("-1") || v.contains("1.5") || v.contains("no reference");
  }

  private static void readZip(byte[] b, List<String> names, List<byte[]> parts) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(b))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        parts.add(in.readAllBytes());
      }
    }
  }

  private static byte[] zip(List<String> names, List<byte[]> parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (int k = 0; k < names.size(); k++) {
        out.putNextEntry(new ZipEntry(names.get(k)));
        out.write(parts.get(k));
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A sheet of a workbook deleted, renamed, hidden or moved first. */
  void sheets(Path file, Done done) throws IOException {
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(file)) {
      wb = new XSSFWorkbook(in);
    }
    int i = rnd.nextInt(wb.getNumberOfSheets());
    String name = wb.getSheetName(i);
    switch (rnd.nextInt(4)) {
      case 0 -> {
        wb.removeSheetAt(i);
        done.add("sheet " + name + " deleted", true);
      }
      case 1 -> {
        String to = pick(List.of("Sheet1", "Week 9", "week 1", "Start Here", "Week 1 (2)", "Progress"));
        if (wb.getSheet(to) == null) wb.setSheetName(i, to);
        done.add("sheet " + name + " renamed " + to, true);
      }
      case 2 -> {
        if (wb.getNumberOfSheets() > 1) {
          if (wb.getActiveSheetIndex() == i) wb.setActiveSheet((i + 1) % wb.getNumberOfSheets());
          if (wb.getFirstVisibleTab() == i) wb.setFirstVisibleTab((i + 1) % wb.getNumberOfSheets());
          wb.setSheetHidden(i, true);
          done.add("sheet " + name + " hidden", true);
        } else {
          done.add("sheet " + name + " left visible (the only sheet)", true);
        }
      }
      default -> {
        wb.setSheetOrder(name, 0);
        wb.setActiveSheet(0);
        done.add("sheet " + name + " moved first", true);
      }
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    wb.close();
  }

  static String quoted(String s) {
    String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    StringBuilder sb = new StringBuilder("\"");
    shown.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT || Character.isSurrogate((char) cp)) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.append('"').toString();
  }
}
