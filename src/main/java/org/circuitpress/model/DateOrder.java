package org.circuitpress.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which comes first in a date written with numbers: {@code 12/1/2026} is 1 December month first
 * and 12 January day first. One rule for every client: month first on Letter paper, the paper of
 * the US, where dates are written that way; day first on A4. Dates printed for a client follow it
 * too, with the month's name so that they never need reading in an order: {@code Tue, Dec 1} on
 * Letter, {@code Tue 1 Dec} on A4.
 */
public enum DateOrder {
  DAY_FIRST("d MMM yyyy", "EEE d MMM", "d MMM"),
  MONTH_FIRST("MMM d, yyyy", "EEE, MMM d", "MMM d");

  private final DateTimeFormatter date;
  private final String dayPattern;
  private final DateTimeFormatter day;
  private final DateTimeFormatter noYear;

  DateOrder(String date, String day, String noYear) {
    this.date = DateTimeFormatter.ofPattern(date, Locale.ENGLISH);
    this.dayPattern = day;
    this.day = DateTimeFormatter.ofPattern(day, Locale.ENGLISH);
    this.noYear = DateTimeFormatter.ofPattern(noYear, Locale.ENGLISH);
  }

  /** The order of the dates of a client who prints on {@code paper}. */
  public static DateOrder of(Paper paper) {
    return paper == Paper.LETTER ? MONTH_FIRST : DAY_FIRST;
  }

  /** A date with its year: {@code 1 Dec 2026}, or {@code Dec 1, 2026}. */
  public String date(LocalDate d) {
    return date.format(d);
  }

  /** A day with its weekday and no year: {@code Tue 1 Dec}, or {@code Tue, Dec 1}. */
  public String day(LocalDate d) {
    return day.format(d);
  }

  /**
   * The pattern {@link #day} prints with, as {@link DateTimeFormatter} takes it: {@code EEE d MMM},
   * or {@code EEE, MMM d}; for a spreadsheet's date cells to show days the same way.
   */
  public String dayPattern() {
    return dayPattern;
  }

  /** From one day to another: {@code Tue 1 Dec – Mon 7 Dec}, or {@code Tue, Dec 1 – Mon, Dec 7}. */
  public String days(LocalDate from, LocalDate to) {
    return day(from) + " – " + day(to);
  }

  /**
   * From one date to another, with the year: {@code 1 Dec 2026 – 28 Dec 2026}, or {@code Dec 1 –
   * Dec 28, 2026}, as the US writes it, with the year once when both dates share it ({@code Dec
   * 29, 2026 – Jan 25, 2027} when they do not). {@link #readDates} reads it back.
   */
  public String dates(LocalDate from, LocalDate to) {
    if (this == MONTH_FIRST && from.getYear() == to.getYear()) return noYear.format(from) + " – " + date(to);
    return date(from) + " – " + date(to);
  }

  /** A date written with its year at the end; compiled once, as every returned log's dates are read. */
  private static final Pattern WITH_YEAR = Pattern.compile(".*\\d{4}");

  /**
   * The first and last date of text that {@link #dates} printed in either order ({@code Dec 1 – Dec
   * 28, 2026}); empty for any other text, such as one edited since.
   */
  public static Optional<List<LocalDate>> readDates(String text) {
    int dash = text.indexOf(" – ");
    if (dash < 0) return Optional.empty();
    String first = text.substring(0, dash).strip();
    String last = text.substring(dash + 3).strip();
    for (DateOrder o : values()) {
      try {
        LocalDate to = LocalDate.parse(last, o.date);
        LocalDate from = WITH_YEAR.matcher(first).matches()
            ? LocalDate.parse(first, o.date)
            : LocalDate.parse(first + (o == MONTH_FIRST ? ", " : " ") + to.getYear(), o.date);
        return Optional.of(List.of(from, to));
      } catch (DateTimeException e) {
        // not this order's form; the other may be
      }
    }
    return Optional.empty();
  }
}
