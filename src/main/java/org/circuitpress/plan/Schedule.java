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

  /**
   * Blocks 1..n where block n is the one in {@code month}; or the reason there is none.
   *
   * <p>The blocks differ only up to the last stage of a track (a template is one stage); every
   * block after that is the last stage again, the same number of months on. So the block of a
   * month is found without walking every block before it, and the blocks before it are made only
   * when asked for ({@link Result#blocks}): a run that plans a client's blocks one after another
   * for a month decades on asks for each month's block, and a walk from block 1 each time grew
   * with the square of the blocks.
   */
  static Result blocks(Client c, Catalog catalog, YearMonth month) {
    YearMonth startMonth = YearMonth.from(c.startDate());
    if (month != null && month.isBefore(startMonth)) {
      return Result.gap(
          new Gap(
              "starts on " + c.startDate() + ", after " + month + ": no program this month",
              false, ClientCells.START_DATE));
    }
    if (month != null && month.isAfter(startMonth.plusYears(YEARS))) return Result.gap(tooFar(c, month));
    String trackId = catalog.track(c.program()).map(Track::id).orElse(null);
    int stages = catalog.template(c.program()).isPresent() ? 1
        : catalog.track(c.program()).map(tr -> tr.templateIds().size()).orElse(1);
    List<Block> first = new ArrayList<>();
    long offset = 0;
    for (int k = 1; k <= Math.min(stages, MAX_BLOCKS); k++) {
      Optional<Template> t = template(c, catalog, k);
      if (t.isEmpty()) return Result.gap(new Gap(missing(c, catalog, k), true, ClientCells.PROGRAM));
      Block b = block(c, k, t.get(), trackId, offset);
      YearMonth at = YearMonth.from(b.start());
      if (month == null || at.equals(month)) {
        first.add(b);
        return Result.of(first);
      }
      if (at.isAfter(month)) return Result.gap(running(first.get(first.size() - 1), month, b.start()));
      first.add(b);
      offset += monthsPerBlock(b.weeks());
    }
    if (first.size() == MAX_BLOCKS) return Result.gap(tooFar(c, month));
    // from here on every block is the last stage again, step months after the one before
    Block last = first.get(first.size() - 1);
    int step = monthsPerBlock(last.weeks());
    long from = offset;
    // the first block starting in month or after it, as a walk from block 1 would meet it
    long after = Math.max(0, ChronoUnit.MONTHS.between(startMonth.plusMonths(from), month));
    long reached = first.size() + 1 + (after + step - 1) / step;
    if (reached > MAX_BLOCKS) return Result.gap(tooFar(c, month));
    int n = (int) reached;
    java.util.function.IntFunction<Block> nth = k -> k <= first.size() ? first.get(k - 1)
        : block(c, k, last.template(), trackId, from + (long) (k - first.size() - 1) * step);
    Block b = nth.apply(n);
    if (YearMonth.from(b.start()).isAfter(month)) return Result.gap(running(nth.apply(n - 1), month, b.start()));
    return Result.of(new Blocks(n, nth));
  }

  /** Block {@code k} of {@code template}, starting {@code offset} months after the client's start date. */
  private static Block block(Client c, int k, Template template, String trackId, long offset) {
    int weeks = c.weeks() != null ? c.weeks() : template.weeks();
    int sessions = c.sessionsPerWeek() != null ? c.sessionsPerWeek() : template.sessionsPerWeek();
    return new Block(k, template, trackId, c.startDate().plusMonths(offset), weeks, sessions);
  }

  /** No block starts in {@code month}: {@code running} is still running, and the next starts on {@code next}. */
  private static Gap running(Block running, YearMonth month, LocalDate next) {
    return new Gap(
        "block "
            + running.number()
            + " ("
            + running.start()
            + " to "
            + running.end()
            + ") is still running in "
            + month
            + "; the next block starts on "
            + next,
        false, null);
  }

  /** The most blocks a client's schedule has: one a month for the {@link #YEARS} looked at. */
  private static final int MAX_BLOCKS = 1200;

  /** Blocks 1..size, each made when asked for. */
  private static final class Blocks extends java.util.AbstractList<Block> implements java.util.RandomAccess {
    private final int size;
    private final java.util.function.IntFunction<Block> nth;

    Blocks(int size, java.util.function.IntFunction<Block> nth) {
      this.size = size;
      this.nth = nth;
    }

    @Override
    public Block get(int index) {
      java.util.Objects.checkIndex(index, size);
      return nth.apply(index + 1);
    }

    @Override
    public int size() {
      return size;
    }
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
      return new Result(b instanceof Blocks ? b : List.copyOf(b), null);
    }

    static Result gap(Gap g) {
      return new Result(List.of(), g);
    }
  }
}
