package org.circuitpress.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * When a printed block fell: its number since the client's start, its first day and its length as
 * printed. A block printed as 4 weeks ends after 4 weeks, whatever the template or roster say
 * since, so the blocks after it are dated from it: the next starts when it ends, and only blocks
 * not yet printed take today's length.
 *
 * @param nextNotBefore when not null, no later block of the client was printed before this month
 *     (they were away, marked paused, or the month was not run): the blocks the schedule placed
 *     between this one and it were never printed, so the block after this one starts in this month,
 *     not sooner, on the start date's day. Null: nothing is known of the blocks after it
 */
public record PrintedDates(int block, LocalDate start, int weeks, YearMonth nextNotBefore) {
  public PrintedDates {
    Objects.requireNonNull(start, "start");
  }

  public PrintedDates(int block, LocalDate start, int weeks) {
    this(block, start, weeks, null);
  }

  /** The dates {@code p} was made with. */
  public static PrintedDates of(Program p) {
    return new PrintedDates(p.block(), p.start(), p.weeks().size());
  }

  /** These dates, with no later block printed before {@code month} ({@link #nextNotBefore}). */
  public PrintedDates lastBefore(YearMonth month) {
    return new PrintedDates(block, start, weeks, month);
  }
}
