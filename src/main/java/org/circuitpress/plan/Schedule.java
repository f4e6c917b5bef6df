package org.circuitpress.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.ClientCells;
import org.circuitpress.model.Location;
import org.circuitpress.model.PrintedDates;
import org.circuitpress.model.Template;
import org.circuitpress.model.Track;

/**
 * When a client's blocks fall. Block 1 starts on the start date; each later block starts the same
 * day of a later month (the 31st becomes the month's last day), one month later for blocks of up to
 * 4 weeks, two for up to 8, and so on. So a monthly run meets exactly one new block per client, and
 * the block of month M is the one starting in M. Blocks are as long as the template or roster says
 * today, except one already printed ({@link PrintedDates}): it keeps the length it was printed with,
 * and the blocks after it are dated from its end. When no block after it was printed before a month
 * (a client away, marked paused, or a month not run), the next block is not one the client never
 * had: it starts in that month, and the blocks after it follow from there.
 */
final class Schedule {
  private Schedule() {}

  /** One block of a client: its template (from the track where there is one) and its dates. */
  record Block(
      int number, Template template, String trackId, LocalDate start, int weeks, int sessions) {
    LocalDate end() {
      return start.plusDays(weeks * 7L - 1);
    }
  }

  /**
   * Why no block could be planned, said plainly.
   *
   * @param column the roster column whose value alone it is about ({@link ClientCells}), where it
   *     is placed; null: the whole client, placed at the row
   */
  record Gap(String message, boolean error, String column) {
    /** Where the gap is placed for {@code c}. */
    Location at(Client c) {
      return column == null ? c.where() : c.at(column);
    }
  }

  /** Blocks 1..n where block n is the one in {@code month}; or the reason there is none. */
  static Result blocks(Client c, Catalog catalog, YearMonth month) {
    return blocks(c, catalog, month, null);
  }

  /**
   * As {@link #blocks(Client, Catalog, YearMonth)}, with the blocks from {@code printed} on dated
   * from it (its start, and its length as printed) when it {@link #fits} the client's start date
   * and is not after {@code month}; null, or one that does not fit: every block by today's length.
   * The blocks before it keep today's dates: they are only ever planned again for where their
   * slots ended. The block after it starts no sooner than its {@link PrintedDates#nextNotBefore}.
   */
  static Result blocks(Client c, Catalog catalog, YearMonth month, PrintedDates printed) {
    YearMonth startMonth = YearMonth.from(c.startDate());
    if (month != null && month.isBefore(startMonth)) {
      return Result.gap(
          new Gap(
              "starts on " + c.startDate() + ", after " + month + ": no program this month",
              false, ClientCells.START_DATE));
    }
    if (month != null && month.isAfter(startMonth.plusYears(YEARS))) return Result.gap(tooFar(c, month));
    boolean dated = printed != null && month != null && fits(c, printed)
        && !YearMonth.from(printed.start()).isAfter(month);
    List<Block> out = new ArrayList<>();
    long offset = 0;
    for (int k = 1; k <= 1200; k++) {
      Optional<Template> t = template(c, catalog, k);
      if (t.isEmpty()) return Result.gap(new Gap(missing(c, catalog, k), true, ClientCells.PROGRAM));
      Template template = t.get();
      int weeks = weeks(c, template);
      if (dated && k == printed.block()) {
        offset = monthsAfterStart(c, printed.start());
        weeks = printed.weeks();
      }
      int sessions = c.sessionsPerWeek() != null ? c.sessionsPerWeek() : template.sessionsPerWeek();
      if (dated && k == printed.block() + 1 && printed.nextNotBefore() != null) {
        // the blocks between were never printed: the client picks up where they stopped, in that month
        offset = Math.max(offset, ChronoUnit.MONTHS.between(startMonth, printed.nextNotBefore()));
      }
      LocalDate start = c.startDate().plusMonths(offset);
      String trackId = catalog.track(c.program()).map(Track::id).orElse(null);
      Block b = new Block(k, template, trackId, start, weeks, sessions);
      YearMonth at = YearMonth.from(start);
      if (dated && k < printed.block()) {
        // dated by today's length, which may put them past the printed block: never the month's
        out.add(b);
        offset += monthsPerBlock(weeks);
        continue;
      }
      if (month == null || at.equals(month)) {
        out.add(b);
        return Result.of(out);
      }
      if (at.isAfter(month)) {
        Block running = out.get(out.size() - 1);
        return Result.gap(
            new Gap(
                "block "
                    + running.number()
                    + " ("
                    + running.start()
                    + " to "
                    + running.end()
                    + ") is still running in "
                    + month
                    + "; the next block starts on "
                    + start,
                false, null));
      }
      out.add(b);
      offset += monthsPerBlock(weeks);
    }
    return Result.gap(tooFar(c, month));
  }

  /** How far after a client's start date a block is looked for: longer is a slip in the month or the date. */
  private static final int YEARS = 100;

  /**
   * A month too far after the start date: nearly always a slip in the month given with --month
   * (2062-12 for 2026-12) or in the start date, so placed at the start date, saying what to check.
   */
  private static Gap tooFar(Client c, YearMonth month) {
    return new Gap(month + " is more than " + YEARS + " years after the start date, " + c.startDate()
        + ": check the start date, or the month given with --month", true, ClientCells.START_DATE);
  }

  /** A block's length by today's roster and template: the roster's weeks, else the template's. */
  static int weeks(Client c, Template template) {
    return c.weeks() != null ? c.weeks() : template.weeks();
  }

  /**
   * Whether {@code printed} can be a block of {@code c} as their start date stands today: it starts
   * on the same day of a month as that date (the 31st the month's last day), block 1 on the date
   * itself, and block n no sooner than one month a block after it. It may be any time later: a
   * client who was away picks up with the block after their last one when they are back
   * ({@link PrintedDates#nextNotBefore}). A start date changed since the block was printed to
   * another day, or to a later month, makes it fit no more.
   */
  static boolean fits(Client c, PrintedDates printed) {
    if (printed.block() < 1 || printed.weeks() < 1 || printed.weeks() > MAX_WEEKS) return false;
    long months = monthsAfterStart(c, printed.start());
    if (months < 0 || !c.startDate().plusMonths(months).equals(printed.start())) return false;
    return printed.block() == 1 ? months == 0 : months >= printed.block() - 1L;
  }

  /**
   * The month the block after {@code printed} would have started in had the client gone straight on,
   * when block {@code block}, starting on {@code start}, is that block started later, as nothing was
   * printed before it ({@link PrintedDates#nextNotBefore}): the months from it to the one before
   * {@code start}'s are those the client had no block in. Empty otherwise.
   */
  static Optional<YearMonth> missedFrom(Client c, PrintedDates printed, int block, LocalDate start) {
    if (printed == null || printed.nextNotBefore() == null || block != printed.block() + 1 || !fits(c, printed)) {
      return Optional.empty();
    }
    YearMonth next = YearMonth.from(printed.start()).plusMonths(monthsPerBlock(printed.weeks()));
    return next.isBefore(YearMonth.from(start)) ? Optional.of(next) : Optional.empty();
  }

  /**
   * The day the block after {@code printed} starts, {@code printed} keeping the length it was
   * printed with: the same day of the month as the start date, one month on for a block of up to 4
   * weeks, two for up to 8, and so on ({@link #monthsPerBlock}).
   */
  static LocalDate nextStart(Client c, PrintedDates printed) {
    return c.startDate().plusMonths(monthsAfterStart(c, printed.start()) + monthsPerBlock(printed.weeks()));
  }

  /** The longest block a roster or template may give. */
  private static final int MAX_WEEKS = 16;

  private static long monthsAfterStart(Client c, LocalDate start) {
    return ChronoUnit.MONTHS.between(YearMonth.from(c.startDate()), YearMonth.from(start));
  }

  static int monthsPerBlock(int weeks) {
    return Math.max(1, (weeks * 7 + 30) / 31);
  }

  private static Optional<Template> template(Client c, Catalog catalog, int block) {
    Optional<Template> direct = catalog.template(c.program());
    if (direct.isPresent()) return direct;
    return catalog.track(c.program()).flatMap(tr -> catalog.template(stage(tr, block)));
  }

  /** The template id of a track's block: the last stage repeats once the track is through. */
  private static String stage(Track tr, int block) {
    return tr.templateIds().get(Math.min(block, tr.templateIds().size()) - 1);
  }

  private static String missing(Client c, Catalog catalog, int block) {
    Optional<Track> tr = catalog.track(c.program());
    if (tr.isPresent()) {
      return "block " + block + " of track \"" + tr.get().id() + "\": " + catalog.whyMissing(stage(tr.get(), block))
          + "; every later block is dated and built from it, so no program until it is fixed";
    }
    return "program \"" + c.program() + "\": " + catalog.whyMissing(c.program()) + "; no program until it is fixed";
  }

  /** Session dates spread evenly over the week: 3 a week fall on days 1, 3 and 5. */
  static List<LocalDate> sessionDates(LocalDate weekStart, int sessions) {
    List<LocalDate> out = new ArrayList<>();
    for (int i = 0; i < sessions; i++) out.add(weekStart.plusDays(i * 7L / sessions));
    return out;
  }

  record Result(List<Block> blocks, Gap gap) {
    static Result of(List<Block> b) {
      return new Result(List.copyOf(b), null);
    }

    static Result gap(Gap g) {
      return new Result(List.of(), g);
    }
  }
}
