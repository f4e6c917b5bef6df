package org.circuitpress.render.xlsx;

import java.time.LocalDate;
import org.circuitpress.model.DateOrder;
import org.circuitpress.model.Program;

/**
 * Dates as the log workbook shows them in text. A client on A4 sees them year first, as always
 * (2026-12-01, which no spreadsheet setting reads wrongly); a client on Letter sees them month
 * first with the month's name, as the handout prints them ({@code Dec 1 – Dec 28, 2026}).
 */
final class LogDates {
  private LogDates() {}

  /** From one date to another: {@code 2026-12-01 to 2026-12-28}, or {@code Dec 1 – Dec 28, 2026}. */
  static String span(Program p, LocalDate from, LocalDate to) {
    DateOrder order = p.client().dateOrder();
    return order == DateOrder.MONTH_FIRST ? order.dates(from, to) : from + " to " + to;
  }

  /** One date: {@code 2026-12-01}, or {@code Dec 1, 2026}. */
  static String date(Program p, LocalDate d) {
    DateOrder order = p.client().dateOrder();
    return order == DateOrder.MONTH_FIRST ? order.date(d) : d.toString();
  }
}
