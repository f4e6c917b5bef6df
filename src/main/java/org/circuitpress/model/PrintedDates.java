package org.circuitpress.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a printed block fell: its number since the client's start, its first day and its length as
 * printed. A block printed as 4 weeks ends after 4 weeks, whatever the template or roster say
 * since, so the blocks after it are dated from it: the next starts when it ends, and only blocks
 * not yet printed take today's length.
 */
public record PrintedDates(int block, LocalDate start, int weeks) {
  public PrintedDates {
    Objects.requireNonNull(start, "start");
  }

  /** The dates {@code p} was made with. */
  public static PrintedDates of(Program p) {
    return new PrintedDates(p.block(), p.start(), p.weeks().size());
  }
}
