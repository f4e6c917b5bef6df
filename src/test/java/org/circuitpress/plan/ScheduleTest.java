package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Level;
import org.circuitpress.model.PrintedDates;
import org.circuitpress.model.Kit;
import org.circuitpress.model.Template;
import org.circuitpress.model.Track;
import org.junit.jupiter.api.Test;

/**
 * Every month of a hundred years gives the blocks and the reasons a plain walk from block 1 gives,
 * for templates, tracks with stages of other lengths, a stage left out, and block lengths set on the
 * roster: the schedule's answer for any month a trainer may type, and a check on any shortcut taken
 * to find it.
 */
class ScheduleTest {
  private static Template weeks(String id, int weeks) {
    Template t = PlanFixtures.upperBack(id);
    return new Template(t.id(), t.name(), t.description(), t.goal(), weeks, t.sessionsPerWeek(), t.uses(), t.rounds(),
        t.restBetweenRounds(), t.phases(), t.rules(), t.where());
  }

  private static final Catalog CATALOG = new Catalog(
      Map.of("four", weeks("four", 4), "six", weeks("six", 6), "twelve", weeks("twelve", 12), "one", weeks("one", 1)),
      Map.of("short-long", new Track("short-long", "Short then long", List.of("four", "four", "twelve", "six"),
              PlanFixtures.HERE),
          "long-short", new Track("long-short", "Long then short", List.of("twelve", "one"), PlanFixtures.HERE),
          "gap", new Track("gap", "A stage left out", List.of("four", "six", "missing", "four"), PlanFixtures.HERE),
          "four", new Track("four", "A track named as a template", List.of("six"), PlanFixtures.HERE)),
      Map.of("missing", "templates/missing"));

  private static Client client(String program, LocalDate start, Integer weeks) {
    return PlanFixtures.on("s1", program, start, Level.BEGINNER, weeks, null, Kit.NONE);
  }

  @Test
  void everyMonthOfAHundredYearsGivesWhatAWalkFromTheFirstBlockGives() {
    List<Client> clients = new ArrayList<>();
    for (String program : List.of("four", "six", "twelve", "one", "short-long", "long-short", "gap", "nowhere")) {
      for (LocalDate start : List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31))) {
        clients.add(client(program, start, null));
      }
    }
    clients.add(client("short-long", LocalDate.of(2026, 12, 7), 9));
    clients.add(client("long-short", LocalDate.of(2026, 12, 7), 2));
    int months = 0;
    for (Client c : clients) {
      YearMonth first = YearMonth.from(c.startDate());
      List<YearMonth> asked = new ArrayList<>();
      asked.add(null);
      for (YearMonth m = first.minusMonths(2); !m.isAfter(first.plusYears(100).plusMonths(2)); m = m.plusMonths(1)) {
        asked.add(m);
      }
      for (YearMonth m : asked) {
        Schedule.Result got = Schedule.blocks(c, CATALOG, m);
        Schedule.Result walked = walk(c, CATALOG, m);
        assertThat(got.gap()).as(c.program() + " " + m).isEqualTo(walked.gap());
        assertThat(got.blocks().size()).as(c.program() + " " + m).isEqualTo(walked.blocks().size());
        if (!walked.blocks().isEmpty()) {
          int last = walked.blocks().size() - 1;
          assertThat(got.blocks().get(last)).as(c.program() + " " + m).isEqualTo(walked.blocks().get(last));
          // every block before it, as a plan without the last block printed rebuilds them (some months)
          if (m != null && m.getMonthValue() == 6) assertThat(got.blocks()).isEqualTo(walked.blocks());
        }
        months++;
      }
    }
    assertThat(months).isGreaterThan(20_000);
  }

  /** A track whose blocks 1, 2 and 3 are of 4, 6 and 12 weeks. */
  private static final Catalog LADDER = new Catalog(
      Map.of("four", weeks("four", 4), "six", weeks("six", 6), "twelve", weeks("twelve", 12)),
      Map.of("ladder", new Track("ladder", "Four, six, twelve", List.of("four", "six", "twelve"), PlanFixtures.HERE)),
      Map.of());

  /**
   * Found in review (a client marked paused for January, back in February): the February run planned
   * block 3, "as if the blocks in between had been done", though block 2 was never printed. With
   * nothing printed after block 1 before February, February's block is block 2, on the start date's
   * day of February, with its track's template for block 2; later blocks follow from it.
   */
  @Test
  void aClientWithNothingPrintedSinceTheirLastBlockPicksUpWithTheNextOneInTheMonthTheyAreBack() {
    Client c = client("ladder", LocalDate.of(2026, 12, 5), null);
    PrintedDates december = new PrintedDates(1, LocalDate.of(2026, 12, 5), 4);
    YearMonth january = YearMonth.of(2027, 1);
    YearMonth february = YearMonth.of(2027, 2);

    Schedule.Block back = last(Schedule.blocks(c, LADDER, february, december.lastBefore(february)));
    assertThat(back.number()).isEqualTo(2);
    assertThat(back.template().id()).as("the track's template for block 2").isEqualTo("six");
    assertThat(back.start()).isEqualTo(LocalDate.of(2027, 2, 5));
    assertThat(back.weeks()).isEqualTo(6);
    assertThat(Schedule.missedFrom(c, december.lastBefore(february), 2, back.start())).contains(january);
    // the months between start no block: nothing was printed in them
    assertThat(Schedule.blocks(c, LADDER, january, december.lastBefore(february)).gap()).isNotNull();
    // once block 2 is printed, the blocks after it are dated from it: block 3 when its 6 weeks end
    PrintedDates printed = new PrintedDates(2, back.start(), back.weeks()).lastBefore(YearMonth.of(2027, 4));
    assertThat(Schedule.blocks(c, LADDER, YearMonth.of(2027, 3), printed).gap()).as("block 2 still running").isNotNull();
    Schedule.Block third = last(Schedule.blocks(c, LADDER, YearMonth.of(2027, 4), printed));
    assertThat(third.number()).isEqualTo(3);
    assertThat(third.start()).isEqualTo(LocalDate.of(2027, 4, 5));
    assertThat(third.template().id()).isEqualTo("twelve");
    assertThat(Schedule.missedFrom(c, printed, 3, third.start())).isEmpty();

    // saying nothing of the blocks after it, the dates go on from block 1 as before: block 2 in January
    assertThat(last(Schedule.blocks(c, LADDER, january, december)).number()).isEqualTo(2);
    assertThat(Schedule.blocks(c, LADDER, february, december).gap()).as("block 2 runs 6 weeks").isNotNull();
    assertThat(last(Schedule.blocks(c, LADDER, YearMonth.of(2027, 3), december)).number()).isEqualTo(3);
    assertThat(Schedule.missedFrom(c, december, 2, LocalDate.of(2027, 2, 5))).isEmpty();
  }

  /** A block still running in the month given is not cut short; the next one starts when it ends. */
  @Test
  void aBlockStillRunningInTheMonthTheClientIsBackKeepsItsWeeks() {
    Client c = client("twelve", LocalDate.of(2026, 12, 31), null);
    PrintedDates december = new PrintedDates(1, LocalDate.of(2026, 12, 31), 12);
    assertThat(Schedule.blocks(c, CATALOG, YearMonth.of(2027, 2), december.lastBefore(YearMonth.of(2027, 2))).gap())
        .isNotNull();
    Schedule.Block next = last(Schedule.blocks(c, CATALOG, YearMonth.of(2027, 3), december.lastBefore(YearMonth.of(2027, 3))));
    assertThat(next.number()).isEqualTo(2);
    assertThat(next.start()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(Schedule.missedFrom(c, december.lastBefore(YearMonth.of(2027, 3)), 2, next.start())).isEmpty();
    // back in June: block 2 on the start date's day, the 31st being June's last day
    Schedule.Block june = last(Schedule.blocks(c, CATALOG, YearMonth.of(2027, 6), december.lastBefore(YearMonth.of(2027, 6))));
    assertThat(june.number()).isEqualTo(2);
    assertThat(june.start()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(Schedule.missedFrom(c, december.lastBefore(YearMonth.of(2027, 6)), 2, june.start()))
        .contains(YearMonth.of(2027, 3));
  }

  /**
   * A block printed for a client back after months away still fits their start date, however long
   * after it: the next month's run goes on from it. One sooner than a month a block does not.
   */
  @Test
  void aBlockPrintedAfterMonthsAwayStillFitsTheStartDate() {
    Client c = client("four", LocalDate.of(2026, 12, 5), null);
    assertThat(Schedule.fits(c, new PrintedDates(2, LocalDate.of(2028, 2, 5), 4))).isTrue();
    assertThat(Schedule.fits(c, new PrintedDates(3, LocalDate.of(2027, 1, 5), 4))).isFalse();
    assertThat(Schedule.fits(c, new PrintedDates(1, LocalDate.of(2027, 1, 5), 4))).as("block 1 on another date").isFalse();
    Schedule.Block next = last(Schedule.blocks(c, CATALOG, YearMonth.of(2028, 3), new PrintedDates(2,
        LocalDate.of(2028, 2, 5), 4).lastBefore(YearMonth.of(2028, 3))));
    assertThat(next.number()).isEqualTo(3);
    assertThat(next.start()).isEqualTo(LocalDate.of(2028, 3, 5));
  }

  private static Schedule.Block last(Schedule.Result r) {
    assertThat(r.gap()).isNull();
    return r.blocks().get(r.blocks().size() - 1);
  }

  /** The schedule as it was worked out before: every block from the first, until the month's. */
  private static Schedule.Result walk(Client c, Catalog catalog, YearMonth month) {
    YearMonth startMonth = YearMonth.from(c.startDate());
    if (month != null && month.isBefore(startMonth)) {
      return Schedule.Result.gap(new Schedule.Gap("starts on " + c.startDate() + ", after " + month
          + ": no program this month", false, "start_date"));
    }
    Schedule.Gap tooFar = new Schedule.Gap(month + " is more than 100 years after the start date, " + c.startDate()
        + ": check the start date, or the month given with --month", true, "start_date");
    if (month != null && month.isAfter(startMonth.plusYears(100))) return Schedule.Result.gap(tooFar);
    List<Schedule.Block> out = new ArrayList<>();
    long offset = 0;
    for (int k = 1; k <= 1200; k++) {
      Optional<Template> direct = catalog.template(c.program());
      int stage = k;
      Optional<Template> t = direct.isPresent() ? direct : catalog.track(c.program())
          .flatMap(tr -> catalog.template(tr.templateIds().get(Math.min(stage, tr.templateIds().size()) - 1)));
      if (t.isEmpty()) {
        String why = catalog.track(c.program()).isPresent()
            ? "block " + k + " of track \"" + c.program() + "\": " + catalog.whyMissing(catalog.track(c.program())
                .get().templateIds().get(Math.min(k, catalog.track(c.program()).get().templateIds().size()) - 1))
                + "; every later block is dated and built from it, so no program until it is fixed"
            : "program \"" + c.program() + "\": " + catalog.whyMissing(c.program()) + "; no program until it is fixed";
        return Schedule.Result.gap(new Schedule.Gap(why, true, "program"));
      }
      int weeks = c.weeks() != null ? c.weeks() : t.get().weeks();
      int sessions = c.sessionsPerWeek() != null ? c.sessionsPerWeek() : t.get().sessionsPerWeek();
      LocalDate start = c.startDate().plusMonths(offset);
      String trackId = catalog.track(c.program()).map(Track::id).orElse(null);
      Schedule.Block b = new Schedule.Block(k, t.get(), trackId, start, weeks, sessions);
      YearMonth at = YearMonth.from(start);
      if (month == null || at.equals(month)) {
        out.add(b);
        return Schedule.Result.of(out);
      }
      if (at.isAfter(month)) {
        Schedule.Block running = out.get(out.size() - 1);
        return Schedule.Result.gap(new Schedule.Gap("block " + running.number() + " (" + running.start() + " to "
            + running.end() + ") is still running in " + month + "; the next block starts on " + start, false, null));
      }
      out.add(b);
      offset += Schedule.monthsPerBlock(weeks);
    }
    return Schedule.Result.gap(tooFar);
  }
}
