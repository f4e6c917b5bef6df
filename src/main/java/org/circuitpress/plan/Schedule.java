package org.circuitpress.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.ClientCells;
import org.circuitpress.model.Location;
import org.circuitpress.model.Template;
import org.circuitpress.model.Track;

/**
 * When a client's blocks fall. Block 1 starts on the start date; each later block starts the same
 * day of a later month (the 31st becomes the month's last day), one month later for blocks of up to
 * 4 weeks, two for up to 8, and so on. So a monthly run meets exactly one new block per client, and
 * the block of month M is the one starting in M.
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
    YearMonth startMonth = YearMonth.from(c.startDate());
    if (month != null && month.isBefore(startMonth)) {
      return Result.gap(
          new Gap(
              "starts on " + c.startDate() + ", after " + month + ": no program this month",
              false, ClientCells.START_DATE));
    }
    if (month != null && month.isAfter(startMonth.plusYears(YEARS))) return Result.gap(tooFar(c, month));
    List<Block> out = new ArrayList<>();
    long offset = 0;
    for (int k = 1; k <= 1200; k++) {
      Optional<Template> t = template(c, catalog, k);
      if (t.isEmpty()) return Result.gap(new Gap(missing(c, catalog, k), true, ClientCells.PROGRAM));
      Template template = t.get();
      int weeks = c.weeks() != null ? c.weeks() : template.weeks();
      int sessions = c.sessionsPerWeek() != null ? c.sessionsPerWeek() : template.sessionsPerWeek();
      LocalDate start = c.startDate().plusMonths(offset);
      String trackId = catalog.track(c.program()).map(Track::id).orElse(null);
      Block b = new Block(k, template, trackId, start, weeks, sessions);
      YearMonth at = YearMonth.from(start);
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
