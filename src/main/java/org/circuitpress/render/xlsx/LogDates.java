package org.circuitpress.render.xlsx;

import java.time.LocalDate;
import org.circuitpress.model.DateOrder;
import org.circuitpress.model.Program;

/**
 * Dates as the log workbook shows them in text. A client on A4 sees them year first, as always
 * (2026-12-01, which no spreadsheet setting reads wrongly); a client on Letter sees them month
 * first with the month's name, as the handout prints them ({@code Dec 1 – Dec 28, 2026}; see
 * {@link org.circuitpress.model.LogSheets#span}, which the log reader shares). Its
 * date cells show a day as the handout prints one: {@code Tue 1 Dec}, or {@code Tue, Dec 1}.
 */
final class LogDates {
  private LogDates() {}

  /**
   * The number format that shows a date cell as {@link DateOrder#day} prints the day: {@code ddd d
   * mmm} for {@code EEE d MMM}. The patterns hold weekday, day and month names and numbers, commas
   * and spaces, which a spreadsheet's format writes so; the weekday and month show in the
   * spreadsheet's language.
   */
  static String dayFormat(DateOrder order) {
    return order.dayPattern().replace("EEE", "ddd").replace("MMM", "mmm");
  }

  /** One date: {@code 2026-12-01}, or {@code Dec 1, 2026}. */
  static String date(Program p, LocalDate d) {
    DateOrder order = p.client().dateOrder();
    return order == DateOrder.MONTH_FIRST ? order.date(d) : d.toString();
  }
}
