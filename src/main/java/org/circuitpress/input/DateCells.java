package org.circuitpress.input;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Names;

/**
 * Cells of a template that a spreadsheet turned into dates. Nothing in a template is a date, but
 * Excel and Google Sheets read {@code 8-12} typed into a cell as 8 December (or 12 August), and a
 * {@code 6} in a column formatted as dates shows as 1900-01-06. Said at the cell with how to fix
 * it, instead of a puzzling "expected weeks like 3, got 2026-12-08".
 */
final class DateCells {
  private DateCells() {}

  /** The serial of 1 February in the date system: a number under it shown as a date is small. */
  private static final double FEBRUARY = 32;

  /** A date as a CSV file saved from a spreadsheet writes it: 8-Dec, Dec-08, 12/8/2026, 2026-12-08. */
  private static final Pattern WRITTEN =
      Pattern.compile(
          "(?i)\\d{1,2}[- ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?(?:[- ]\\d{2,4})?"
              + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?[- ]\\d{1,2}(?:[- ,]+\\d{2,4})?"
              + "|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}");

  private static final String FIX =
      "; format the column as text (in Google Sheets Format > Number > Plain text, in Excel Format"
          + " Cells > Number > Text) and type the value again, or type it after an apostrophe ('8-12)";

  /**
   * The row with its date cells dealt with: a small number shown as a date, in a column of {@code
   * numbers}, is read back as that number (a warning); any other date cell is an error and read as
   * unreadable, so it is not blamed again for being empty or wrong. Text written like a date (a
   * CSV file saved from a spreadsheet) is an error too in the columns of {@code coded}.
   *
   * @param numbers headers of columns that hold a whole number
   * @param coded headers of columns that hold numbers, ranges or tempos, where text that looks like
   *     a date was one
   */
  static Row undated(Row row, Set<String> numbers, Set<String> coded, Diagnostics d) {
    return undated(row, numbers, coded, Map.of(), d);
  }

  /**
   * As above; and in the columns of {@code ranges}, a date whose day and month read as a range
   * the column's own advice is for ({@code 2-3} rounds, a {@code 12-15} dose: the predicate says)
   * is handed on as that range typed, lower number first, its value still the date: the
   * decoder's advice for the range then speaks of the cell, starting with {@link #typedAsDate}.
   */
  static Row undated(Row row, Set<String> numbers, Set<String> coded, Map<String, Predicate<String>> ranges,
      Diagnostics d) {
    Map<String, Cell> cells = null;
    Map<String, Cell> unreadable = null;
    // left to right, so that the messages come in the same order every run
    List<Map.Entry<String, Cell>> byColumn = new ArrayList<>(row.cells().entrySet());
    byColumn.sort(Comparator.comparingInt(e -> e.getValue().location().column()));
    for (Map.Entry<String, Cell> e : byColumn) {
      Cell c = e.getValue();
      boolean typed = c.value() instanceof LocalDate;
      boolean written = c.value() == null && isCoded(e.getKey(), coded) && WRITTEN.matcher(c.text()).matches();
      if (!typed && !written) continue;
      if (cells == null) {
        cells = new HashMap<>(row.cells());
        unreadable = new HashMap<>(row.unreadable());
      }
      double serial = typed ? DateUtil.getExcelDate((LocalDate) c.value(), row.date1904()) : 0;
      boolean small = serial >= 1 && serial < FEBRUARY;
      if (typed && isCoded(e.getKey(), numbers)) {
        if (small) {
          String n = Long.toString((long) serial);
          d.warning(c.location(), "the spreadsheet shows the number " + n + " as a date (" + c.text()
              + "); it is read as " + n + "; format the cell as a number to show it plainly");
          cells.put(e.getKey(), new Cell(c.location(), n, serial));
          continue;
        }
      }
      Predicate<String> range = typed && !small || written ? ranges.get(e.getKey()) : null;
      LocalDate date = range == null ? null : typed ? (LocalDate) c.value() : written(c.text());
      String asRange = date == null ? null : range(date);
      if (asRange != null && range.test(asRange)) {
        // a CSV file's date keeps the text it was written as, for the message (typedAsDate)
        cells.put(e.getKey(), new Cell(c.location(), asRange, date, typed ? null : c.text()));
        continue;
      }
      d.error(c.location(), typed
          ? "the spreadsheet turned what was typed here into a date ("
              + (small ? "the number " + (long) serial + " shown as a date" : day((LocalDate) c.value())) + ")" + FIX
          : Fields.quote(c.text()) + " is a date a spreadsheet made of what was typed here" + FIX
              + ", then save the CSV file again");
      cells.remove(e.getKey());
      unreadable.put(e.getKey(), c);
    }
    return cells == null ? row
        : new Row(row.location(), cells, row.columns(), unreadable, row.date1904(), row.headers());
  }

  /** The range a date is what it was typed as: 2 March (or 3 February) is "2-3", lower number first. */
  private static String range(LocalDate date) {
    int a = date.getDayOfMonth();
    int b = date.getMonthValue();
    return Math.min(a, b) + "-" + Math.max(a, b);
  }

  /** A date as a CSV file writes a day and month: "2-Mar", "Mar-2", "02-Mar-26", "3/2/2026", "2026-03-02". */
  private static final Pattern DAY_MONTH =
      Pattern.compile("(?i)(\\d{1,2})[- ]([a-z]{3,})\\.?(?:[- ]\\d{2,4})?");
  private static final Pattern MONTH_DAY =
      Pattern.compile("(?i)([a-z]{3,})\\.?[- ](\\d{1,2})(?:[- ,]+\\d{2,4})?");
  private static final Pattern SLASHES = Pattern.compile("(\\d{1,2})/(\\d{1,2})/\\d{4}");
  private static final Pattern ISO = Pattern.compile("\\d{4}-(\\d{2})-(\\d{2})");

  /**
   * The day and month of a date as a CSV file saved from a spreadsheet writes it ({@link
   * #WRITTEN}), in a leap year so that 29 February is one; null when it names none. Of 3/2/2026
   * the order is the spreadsheet's locale's, but either reading gives the same range.
   */
  static LocalDate written(String text) {
    String t = text.strip();
    Matcher m;
    int day;
    int month;
    if ((m = DAY_MONTH.matcher(t)).matches()) {
      day = Integer.parseInt(m.group(1));
      month = monthOf(m.group(2));
    } else if ((m = MONTH_DAY.matcher(t)).matches()) {
      month = monthOf(m.group(1));
      day = Integer.parseInt(m.group(2));
    } else if ((m = SLASHES.matcher(t)).matches() || (m = ISO.matcher(t)).matches()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      boolean iso = t.length() == 10 && t.charAt(4) == '-';
      month = iso || b > 12 ? a : Math.min(a, b);
      day = iso || b > 12 ? b : Math.max(a, b);
    } else {
      return null;
    }
    if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).maxLength()) return null;
    return LocalDate.of(2000, month, day);
  }

  /**
   * For the advice on a range a spreadsheet turned into a date ({@link #undated} with ranges),
   * what became of the cell, to go before the advice; "" for a cell that holds no date.
   */
  static String typedAsDate(Row row, String header) {
    return row.cell(header).filter(c -> c.value() instanceof LocalDate)
        .map(c -> (c.shown() == null ? "the spreadsheet turned what was typed here into a date ("
            : Fields.quote(c.shown()) + " is a date a spreadsheet made of what was typed here (")
            + day((LocalDate) c.value()) + "); ").orElse("");
  }

  /** A date as a message names it, without the year the spreadsheet guessed: "8 December". */
  static String dayMonth(LocalDate date) {
    return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static boolean isCoded(String key, Set<String> headers) {
    for (String h : headers) if (Names.header(h).equals(key)) return true;
    return false;
  }

  /**
   * "8 December, which is what 8-12 or 12-8 typed into a cell becomes": the year is the
   * spreadsheet's guess, and the order of day and month its locale's.
   */
  private static String day(LocalDate date) {
    int dd = date.getDayOfMonth();
    int mm = date.getMonthValue();
    return dayMonth(date) + ", which is what "
        + dd + "-" + mm + (dd == mm ? "" : " or " + mm + "-" + dd) + " typed into a cell becomes";
  }

  /** The month a word names ({@link LogValues#month}), 0 for none. */
  private static int monthOf(String word) {
    Integer m = LogValues.month(word);
    return m == null ? 0 : m;
  }
}
