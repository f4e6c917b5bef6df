package org.circuitpress.render.csv;

import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.circuitpress.model.LineBreaks;

/**
 * CSV that is safe to open in a spreadsheet: a cell starting with {@code =}, {@code +}, {@code -}
 * or {@code @} (or a tab or carriage return, which some spreadsheets skip before looking) would
 * be run as a formula, so it gets a leading {@code '} that shows it is text. Every CSV the tool
 * writes goes through here.
 */
public final class SafeCsv {
  /** RFC 4180 with CRLF line ends, which every spreadsheet reads. */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private SafeCsv() {}

  /** The cell as written: text that a spreadsheet would evaluate is neutralized. */
  public static String neutralize(String cell) {
    if (cell == null || cell.isEmpty()) return "";
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }

  /** A printer for {@link #FORMAT} with the header row already written. */
  public static CSVPrinter printer(Appendable out, String... header) throws IOException {
    CSVPrinter p = new CSVPrinter(out, FORMAT);
    p.printRecord((Object[]) header);
    return p;
  }

  /**
   * Prints one record: numbers as they are (a negative number stays a number), everything else
   * as neutralized text with line feeds for its line breaks ({@link LineBreaks}); null is an
   * empty cell.
   */
  public static void print(CSVPrinter p, Object... cells) throws IOException {
    String[] out = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      Object v = cells[i];
      out[i] = v == null ? "" : v instanceof Number n ? number(n) : text(v.toString());
    }
    p.printRecord((Object[]) out);
  }

  /**
   * A text cell as written. A carriage return that began it still gets the mark, as the line
   * feed it becomes.
   */
  private static String text(String cell) {
    String unified = LineBreaks.unified(cell);
    return !cell.isEmpty() && cell.charAt(0) == '\r' ? "'" + unified : neutralize(unified);
  }

  private static String number(Number n) {
    double d = n.doubleValue();
    return d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
