package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.ClientCells;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Dose;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Level;
import org.circuitpress.model.Location;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Severity;
import org.circuitpress.model.Slot;
import org.circuitpress.model.Template;
import org.circuitpress.model.Track;
import org.circuitpress.model.Units;
import org.circuitpress.model.WeekRule;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static final Kit FULL = PlanFixtures.fullKit(Units.KG);

  private final Planner planner = new Planner(PlanFixtures.library(), PlanFixtures.catalog());

  private static Program plan(Planner planner, Client c, YearMonth m, Diagnostics d) {
    return planner.plan(c, m, Optional.empty(), d).orElseThrow(() -> new AssertionError(d.all()));
  }

  private Program plan(Client c, YearMonth m) {
    return plan(planner, c, m, new Diagnostics());
  }

  private static Prescription item(Program p, int week, String slot) {
    return p.weeks().get(week - 1).circuit().stream()
        .filter(x -> x.slot().id().equals(slot))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + slot));
  }

  @Test
  void firstBlockFollowsTheTemplateWeekByWeek() {
    Program p = plan(PlanFixtures.client("c1", Level.INTERMEDIATE, FULL, "", ""), null);
    assertThat(p.block()).isEqualTo(1);
    assertThat(p.start()).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(p.end()).isEqualTo(LocalDate.of(2027, 1, 3));
    assertThat(p.weeks()).extracting(w -> w.rounds()).containsExactly(2, 2, 3, 3);
    assertThat(p.weeks().get(0).sessionDates())
        .containsExactly(
            LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 11));
    assertThat(p.weeks())
        .extracting(w -> item(p, w.number(), "extend").dose().amount())
        .containsExactly(12, 13, 14, 15);
    assertThat(item(p, 1, "pulldown").tempo()).isEqualTo("3-1-3-1");
    assertThat(item(p, 3, "pulldown").tempo()).isEqualTo("4-1-4-1");
    // load steps every 2 weeks from week 3: 8 kg, 8, 12, 12
    assertThat(p.weeks())
        .extracting(w -> item(p, w.number(), "windmill").load().label())
        .containsExactly("8 kg", "8 kg", "12 kg", "12 kg");
    assertThat(p.notes()).isEmpty();
  }

  @Test
  void missingEquipmentGivesSubstitutesWithAReason() {
    Diagnostics d = new Diagnostics();
    Program p = plan(planner, PlanFixtures.client("c2", Level.BEGINNER, Kit.NONE, "", ""), null, d);
    Prescription lats = item(p, 1, "roll-lats");
    assertThat(lats.exercise().id()).isEqualTo("lat-stretch-wall");
    assertThat(lats.substituteFor()).isEqualTo("roll-lats");
    assertThat(lats.why()).contains("needs foam roller, not in the client's kit");
    assertThat(item(p, 1, "windmill").exercise().id()).isEqualTo("side-lying-reach");
    assertThat(p.notes()).extracting(Diagnostic::severity).containsOnly(Severity.INFO);
    assertThat(p.notes())
        .allSatisfy(
            n -> {
              assertThat(n.location().toString()).isEqualTo("roster.csv: row 2");
              assertThat(n.clientId()).isEqualTo("c2");
            });
    assertThat(p.notes())
        .anySatisfy(
            n ->
                assertThat(n.message())
                    .isEqualTo(
                        "Client c2 (c2): slot roll-lats: lat stretch wall given because roll lats"
                            + " needs foam roller, not in the client's kit; a drill with the same"
                            + " role and aim instead"));
    assertThat(d.all()).isEmpty();
  }

  @Test
  void limitationsAndLevelWalkTheEasierLinksFirst() {
    Program p = plan(PlanFixtures.client("c3", Level.ADVANCED, FULL, "shoulder", ""), null);
    Prescription w = item(p, 1, "windmill");
    assertThat(w.exercise().id()).isEqualTo("half-kneeling-windmill");
    assertThat(w.why())
        .isEqualTo(
            "at the client's level the slot's kb windmill becomes bottoms up windmill; bottoms up"
                + " windmill is ruled out by the client's limitation: shoulder; an easier variant"
                + " instead");
    assertThat(w.substituteFor()).isEqualTo("bottoms-up-windmill");
    Program beginner = plan(PlanFixtures.client("c4", Level.BEGINNER, FULL, "", ""), null);
    assertThat(item(beginner, 1, "windmill").exercise().id()).isEqualTo("half-kneeling-windmill");
    Program advanced = plan(PlanFixtures.client("c5", Level.ADVANCED, FULL, "", ""), null);
    assertThat(item(advanced, 1, "windmill").exercise().id()).isEqualTo("bottoms-up-windmill");
    assertThat(item(advanced, 1, "windmill").isSubstitute()).isFalse();
  }

  @Test
  void exclusionsAreHonoured() {
    Program p =
        plan(
            PlanFixtures.client(
                "c6", Level.INTERMEDIATE, FULL, "", "band-pulldown; breathing-90-90"),
            null);
    assertThat(item(p, 1, "pulldown").exercise().id()).isNotEqualTo("band-pulldown");
    assertThat(item(p, 1, "pulldown").why()).contains("is excluded for this client");
    assertThat(item(p, 1, "breathe").exercise().id()).isEqualTo("crocodile-breathing");
  }

  @Test
  void nothingOfTheRoleLeftGivesTheFallbackAsAWarning() {
    Diagnostics d = new Diagnostics();
    Client c =
        PlanFixtures.client(
            "c7",
            Level.BEGINNER,
            Kit.NONE,
            "wrist",
            "open-book; thread-needle; quadruped-extension; roll-tspine-extension");
    Program p = plan(planner, c, null, d);
    Prescription rotate = item(p, 1, "rotate");
    assertThat(rotate.exercise().id()).isEqualTo("crocodile-breathing");
    assertThat(rotate.why()).contains("the bodyweight fallback");
    assertThat(d.all()).extracting(Diagnostic::severity).contains(Severity.WARNING);
    assertThat(d.warningCount()).isEqualTo(2);
  }

  @Test
  void aSlotNothingFitsIsReportedNotDropped() {
    Client c =
        PlanFixtures.client(
            "c8", Level.BEGINNER, Kit.NONE, "", "breathing-90-90; crocodile-breathing");
    Diagnostics d = new Diagnostics();
    Program p = plan(planner, c, null, d);
    assertThat(p.weeks().get(0).circuit()).noneMatch(x -> x.slot().id().equals("breathe"));
    assertThat(d.all())
        .anySatisfy(
            n -> {
              assertThat(n.severity()).isEqualTo(Severity.WARNING);
              assertThat(n.format())
                  .startsWith(
                      "roster.csv: row 2: warning: Client c8 (c8): slot breathe (breathing) left"
                          + " out");
            });
  }

  @Test
  void theBlockOfAMonthCountsFromTheStartDateAndContinues() {
    Client c = PlanFixtures.client("c1", Level.INTERMEDIATE, FULL, "", "");
    Program dec = plan(c, YearMonth.of(2026, 12));
    Program jan = plan(c, YearMonth.of(2027, 1));
    Program mar = plan(c, YearMonth.of(2027, 3));
    assertThat(jan.block()).isEqualTo(2);
    assertThat(jan.start()).isEqualTo(LocalDate.of(2027, 1, 7));
    assertThat(mar.block()).isEqualTo(4);
    // progression continues: block 2 starts where block 1 ended (15 reps, capped)
    assertThat(item(dec, 4, "extend").dose().amount()).isEqualTo(15);
    assertThat(item(jan, 1, "extend").dose().amount()).isEqualTo(15);
    // the load continues too: 12 kg at the end of block 1, 16 kg from week 3 of block 2
    assertThat(item(jan, 1, "windmill").load().label()).isEqualTo("12 kg");
    assertThat(item(jan, 3, "windmill").load().label()).isEqualTo("16 kg");
    for (Program p : List.of(dec, jan, mar)) {
      assertThat(p.weeks())
          .allSatisfy(
              w ->
                  assertThat(YearMonth.from(w.start()))
                      .isIn(YearMonth.from(p.start()), YearMonth.from(p.start()).plusMonths(1)));
    }
  }

  @Test
  void noProgramBeforeTheStartMonth() {
    Diagnostics d = new Diagnostics();
    Client c = PlanFixtures.client("c1", Level.INTERMEDIATE, FULL, "", "");
    assertThat(planner.plan(c, YearMonth.of(2026, 11), Optional.empty(), d)).isEmpty();
    assertThat(d.all())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.format())
                  .isEqualTo(
                      "roster.csv: row 2: note: Client c1 (c1): starts on 2026-12-07, after"
                          + " 2026-11: no program this month");
            });
  }

  @Test
  void longBlocksSpanTwoMonths() {
    Client c =
        PlanFixtures.on(
            "c9", "upper-back-mobility", LocalDate.of(2026, 12, 7), Level.BEGINNER, 6, 2, FULL);
    Diagnostics d = new Diagnostics();
    assertThat(planner.plan(c, YearMonth.of(2027, 1), Optional.empty(), d)).isEmpty();
    assertThat(d.all().get(0).message())
        .contains("block 1 (2026-12-07 to 2027-01-17) is still running in 2027-01");
    Program feb = plan(c, YearMonth.of(2027, 2));
    assertThat(feb.block()).isEqualTo(2);
    assertThat(feb.weeks()).hasSize(6);
    assertThat(feb.weeks().get(0).sessionDates())
        .containsExactly(LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 10));
  }

  @Test
  void tracksMoveToTheNextTemplateAndStayOnTheLast() {
    Template a = PlanFixtures.upperBack("restore");
    Template b = PlanFixtures.upperBack("build");
    Catalog cat =
        new Catalog(
            Map.of("restore", a, "build", b),
            Map.of(
                "ub",
                new Track("ub", "Upper back", List.of("restore", "build"), PlanFixtures.HERE)));
    Planner pl = new Planner(PlanFixtures.library(), cat);
    Client c =
        PlanFixtures.on(
            "t1", "ub", LocalDate.of(2026, 12, 1), Level.INTERMEDIATE, null, null, FULL);
    Diagnostics d = new Diagnostics();
    assertThat(plan(pl, c, YearMonth.of(2026, 12), d).template().id()).isEqualTo("restore");
    Program jan = plan(pl, c, YearMonth.of(2027, 1), d);
    assertThat(jan.template().id()).isEqualTo("build");
    assertThat(jan.trackId()).isEqualTo("ub");
    assertThat(plan(pl, c, YearMonth.of(2027, 2), d).template().id()).isEqualTo("build");
  }

  @Test
  void aTrackStageThatCannotBeUsedStopsItsClientsThereInsteadOfSkippingAhead() {
    Template a = PlanFixtures.upperBack("restore");
    Template c3 = PlanFixtures.upperBack("perform");
    Catalog cat =
        new Catalog(
            Map.of("restore", a, "perform", c3),
            Map.of("ub", new Track("ub", "Upper back", List.of("restore", "build", "perform", "typo"),
                PlanFixtures.HERE)),
            Map.of("build", "templates/build"));
    Planner pl = new Planner(PlanFixtures.library(), cat);
    Client c = PlanFixtures.on("t1", "ub", LocalDate.of(2026, 12, 1), Level.INTERMEDIATE, null, null, FULL);

    assertThat(plan(pl, c, YearMonth.of(2026, 12), new Diagnostics()).template().id()).isEqualTo("restore");
    for (YearMonth m : List.of(YearMonth.of(2027, 1), YearMonth.of(2027, 2))) {
      Diagnostics d = new Diagnostics();
      assertThat(pl.plan(c, m, Optional.empty(), d)).as("no block 3 early, nor after the gap").isEmpty();
      assertThat(d.all()).singleElement().satisfies(x -> {
        assertThat(x.isError()).isTrue();
        assertThat(x.message()).isEqualTo("Client t1 (t1): block 2 of track \"ub\": template \"build\" was left out for the"
            + " errors reported in templates/build; every later block is dated and built from it, so no"
            + " program until it is fixed");
      });
    }
    Track typo = new Track("ub", "Upper back", List.of("restore", "typo"), PlanFixtures.HERE);
    Planner unknown = new Planner(PlanFixtures.library(), new Catalog(Map.of("restore", a), Map.of("ub", typo)));
    Diagnostics d = new Diagnostics();
    assertThat(unknown.plan(c, YearMonth.of(2027, 1), Optional.empty(), d)).isEmpty();
    assertThat(d.all()).singleElement().extracting(x -> x.message())
        .isEqualTo("Client t1 (t1): block 2 of track \"ub\": template \"typo\" is unknown; every later block is"
            + " dated and built from it, so no program until it is fixed");
  }

  /**
   * Found in review: a client with no program because of their start date or their program was
   * pointed at by the whole roster row, while every other problem with one value names its cell.
   */
  @Test
  void noProgramForTheStartDateOrTheProgramIsPlacedAtThatCell() {
    Location row = Location.ofRow("roster.xlsx", "Clients", 7);
    ClientCells cells = new ClientCells(Map.of(
        ClientCells.PROGRAM, row.atColumn(2, "program"), ClientCells.START_DATE, row.atColumn(3, "start_date")));
    Client c = PlanFixtures.on("t1", "ub", LocalDate.of(2026, 12, 1), Level.INTERMEDIATE, null, null, FULL);
    c = new Client(c.id(), c.name(), c.program(), c.startDate(), c.level(), c.weeks(), c.sessionsPerWeek(),
        c.equipment(), c.limitations(), c.exclude(), c.units(), c.paper(), c.notes(), c.email(), row, c.startLoads(),
        c.group(), cells);
    Template restore = PlanFixtures.upperBack("restore");
    Track typo = new Track("ub", "Upper back", List.of("restore", "typo"), PlanFixtures.HERE);
    Planner pl = new Planner(PlanFixtures.library(), new Catalog(Map.of("restore", restore), Map.of("ub", typo)));

    Diagnostics early = new Diagnostics();
    assertThat(pl.plan(c, YearMonth.of(2026, 11), Optional.empty(), early)).isEmpty();
    assertThat(early.all()).singleElement().extracting(Diagnostic::format).isEqualTo("roster.xlsx: Clients!D7"
        + " (start_date): note: Client t1 (t1): starts on 2026-12-01, after 2026-11: no program this month");
    Diagnostics missing = new Diagnostics();
    assertThat(pl.plan(c, YearMonth.of(2027, 1), Optional.empty(), missing)).isEmpty();
    assertThat(missing.all()).singleElement().extracting(x -> x.location().toString())
        .isEqualTo("roster.xlsx: Clients!C7 (program)");
  }

  @Test
  void consecutiveBlocksVaryWhereASlotHasSeveralGoodDrills() {
    Client c = PlanFixtures.client("c1", Level.INTERMEDIATE, FULL, "", "");
    List<String> rotate = new ArrayList<>();
    for (int m = 0; m < 4; m++) {
      rotate.add(item(plan(c, YearMonth.of(2026, 12).plusMonths(m)), 1, "rotate").exercise().id());
    }
    for (int i = 1; i < rotate.size(); i++)
      assertThat(rotate.get(i)).isNotEqualTo(rotate.get(i - 1));
    assertThat(rotate).containsOnly("open-book", "thread-needle");
    // and the same inputs give the same choice
    assertThat(item(plan(c, YearMonth.of(2027, 1)), 1, "rotate").exercise().id())
        .isEqualTo(rotate.get(1));
  }

  @Test
  void deloadDoubleProgressionHarderFromWeekNAndPounds() {
    Planner pl =
        PlanFixtures.planner(
            PlanFixtures.oneOff(
                5,
                List.of(
                    PlanFixtures.named("windmill", "half-kneeling-windmill", 8),
                    PlanFixtures.named("rotate", "open-book", 10)),
                new WeekRule.DoubleProgression(1, 4, "windmill", 8, 12, 2, PlanFixtures.HERE),
                new WeekRule.UseHarder(3, 0, "rotate", PlanFixtures.HERE),
                new WeekRule.Deload(4, 4, "all", 2, 50, PlanFixtures.HERE)));
    Client c =
        PlanFixtures.onOneOff(
            Level.INTERMEDIATE, PlanFixtures.kettlebells(8.0, 12.0, 16.0), Units.LB);
    Program p = plan(pl, c, null, new Diagnostics());
    assertThat(p.weeks())
        .extracting(w -> w.deload())
        .containsExactly(false, false, false, true, false);
    assertThat(p.weeks()).extracting(w -> w.rounds()).containsExactly(3, 3, 3, 2, 3);
    assertThat(p.weeks())
        .extracting(w -> item(p, w.number(), "windmill").dose().amount())
        .containsExactly(8, 10, 12, 6, 12);
    assertThat(p.weeks())
        .extracting(w -> item(p, w.number(), "windmill").load().label())
        .containsExactly("8 kg (18 lb)", "8 kg (18 lb)", "8 kg (18 lb)", "8 kg (18 lb)", "8 kg (18 lb)");
    assertThat(p.weeks())
        .extracting(w -> item(p, w.number(), "rotate").exercise().id())
        .containsExactly(
            "open-book", "open-book", "thread-needle", "thread-needle", "thread-needle");
    assertThat(p.weeks())
        .extracting(w -> item(p, w.number(), "rotate").dose().amount())
        .containsExactly(10, 10, 10, 5, 10);
  }

  /** Slot "rotate" names open-book and moves to its harder variant thread-needle from week 3. */
  private static Template rotateGetsHarder(Slot other) {
    return PlanFixtures.oneOff(
        4,
        List.of(PlanFixtures.named("rotate", "open-book", 10), other),
        new WeekRule.UseHarder(3, 0, "rotate", PlanFixtures.HERE));
  }

  /** Names a foam-roller drill (t-spine extension) in a slot aimed at t-spine rotation. */
  private static final Slot REACH =
      PlanFixtures.slot(
          "reach", "mobility", "t-spine; rotation", "roll-tspine-extension", 8,
          DoseUnit.REPS, false, "", false);

  private static Client noKitOnOneOff(String exclude) {
    Client c = PlanFixtures.onOneOff(Level.INTERMEDIATE, Kit.NONE, Units.KG);
    return new Client(c.id(), c.name(), c.program(), c.startDate(), c.level(), c.weeks(),
        c.sessionsPerWeek(), c.equipment(), c.limitations(), java.util.Set.copyOf(PlanFixtures.list(exclude)),
        c.units(), c.paper(), c.notes(), c.email(), c.where());
  }

  @Test
  void aSubstituteLeavesAloneTheHarderVariantAnotherSlotMovesInto() {
    // "reach" names a foam-roller drill the client cannot do. Thread-needle fits its rotation aim
    // best, but "rotate" moves into it in week 3; quadruped-extension also shares an aim and is
    // free all block.
    Program p =
        plan(PlanFixtures.planner(rotateGetsHarder(REACH)), noKitOnOneOff(""), null, new Diagnostics());
    assertThat(p.weeks())
        .extracting(w -> item(p, w.number(), "reach").exercise().id())
        .containsOnly("quadruped-extension");
    assertThat(p.weeks())
        .extracting(w -> item(p, w.number(), "rotate").exercise().id())
        .containsExactly("open-book", "open-book", "thread-needle", "thread-needle");
  }

  @Test
  void aHarderStepThatWouldRepeatAnotherSlotsDrillIsNotTaken() {
    // With quadruped-extension excluded, every mobility drill the client may do is taken: the
    // substitute must repeat one, and takes the one only a later week holds (thread-needle).
    // Then "rotate" stays on open-book rather than give thread-needle twice.
    Program p =
        plan(
            PlanFixtures.planner(rotateGetsHarder(REACH)),
            noKitOnOneOff("quadruped-extension"),
            null,
            new Diagnostics());
    assertThat(p.weeks())
        .extracting(w -> item(p, w.number(), "reach").exercise().id())
        .containsOnly("thread-needle");
    assertThat(p.weeks())
        .extracting(w -> item(p, w.number(), "rotate").exercise().id())
        .containsOnly("open-book");
    assertThat(p.notes())
        .extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("slot rotate: thread needle is already in the"
            + " circuit, so open book stays"));
    assertThat(p.weeks())
        .allSatisfy(w -> assertThat(w.circuit()).extracting(x -> x.exercise().id())
            .doesNotHaveDuplicates());
  }

  @Test
  void aHarderStepInTheLastWeekDoesNotRepeatTheDrillOfASlotLaidOutBefore() {
    // "needle" gives thread-needle all block; "rotate" would move into it in week 4
    Program p =
        plan(
            PlanFixtures.planner(
                PlanFixtures.oneOff(
                    4,
                    List.of(
                        PlanFixtures.named("needle", "thread-needle", 8),
                        PlanFixtures.named("rotate", "open-book", 10)),
                    new WeekRule.UseHarder(4, 0, "rotate", PlanFixtures.HERE))),
            noKitOnOneOff(""),
            null,
            new Diagnostics());
    assertThat(p.weeks())
        .extracting(w -> item(p, w.number(), "rotate").exercise().id())
        .containsOnly("open-book");
    assertThat(p.notes())
        .extracting(Diagnostic::message)
        .contains("One-off Intermediate (o-Intermediate): slot rotate: thread needle is already in the"
            + " circuit, so open book stays");
  }

  @Test
  void aNamedDrillWithNothingOfItsRoleLeftGetsTheFallback() {
    Client c =
        PlanFixtures.client(
            "c10", Level.INTERMEDIATE, Kit.NONE, "", "open-book; thread-needle; quadruped-extension");
    Diagnostics d = new Diagnostics();
    Prescription extend = item(plan(planner, c, null, d), 1, "extend");
    assertThat(extend.exercise().id()).isEqualTo("crocodile-breathing");
    assertThat(extend.substituteFor()).isEqualTo("roll-tspine-extension");
    assertThat(extend.why())
        .isEqualTo(
            "roll tspine extension needs foam roller, not in the client's kit; nothing of the same"
                + " role fits, so the bodyweight fallback crocodile breathing is used");
  }

  @Test
  void aSlotLeftOutSaysWhatRulesOutItsDrillAndTheFallbacks() {
    // "no drill in the library, not even a fallback, suits this client" alone left the trainer to
    // work out which of the client's equipment, level or limitations kept each drill out.
    java.util.Map<String, org.circuitpress.model.Exercise> drills = new java.util.LinkedHashMap<>();
    drills.put("breathe", PlanFixtures.ex("breathe", "breathing", "ribs", "", Level.BEGINNER,
        DoseUnit.BREATHS, false, "", "", ""));
    drills.put("dead-bug", PlanFixtures.ex("dead-bug", "stability", "core", "yoga mat", Level.BEGINNER,
        DoseUnit.REPS, true, "", "", ""));
    drills.put("croc", PlanFixtures.ex("croc", "breathing", "ribs; fallback", "yoga mat", Level.BEGINNER,
        DoseUnit.BREATHS, false, "", "", ""));
    Slot calm = PlanFixtures.slot("calm", "breathing", "ribs", "breathe", 5, DoseUnit.BREATHS, false, "", false);
    Slot brace = PlanFixtures.slot("brace", "stability", "core", "dead-bug", 6, DoseUnit.REPS, true, "", false);
    Template t = PlanFixtures.oneOff(4, List.of(calm, brace));
    Planner pl =
        new Planner(new org.circuitpress.model.Library(drills, null), new Catalog(Map.of(t.id(), t), Map.of()));
    Diagnostics d = new Diagnostics();
    Program p = plan(pl, PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG), null, d);
    List<String> said = new ArrayList<>();
    p.notes().forEach(n -> said.add(n.message()));
    d.all().forEach(n -> said.add(n.message()));
    assertThat(said)
        .anySatisfy(
            m ->
                assertThat(m)
                    // said once: "no drill ..., not even a fallback, suits this client" before the
                    // reason said the same as the reason's own end
                    .contains("slot brace (stability) left out: dead bug needs yoga mat, not in the client's"
                        + " kit, and no other drill with the role stability suits the client; no drill tagged"
                        + " fallback suits the client either. Add a drill to the library that suits the client,"
                        + " or choose one by hand"));
  }

  @Test
  void theFallbackSharingTheSlotsAimComesFirstAndIsNotGivenTwice() {
    java.util.Map<String, org.circuitpress.model.Exercise> drills = new java.util.LinkedHashMap<>();
    for (String[] d : new String[][] {{"calm-a", "ribs; fallback"}, {"calm-b", "rotation; fallback"}})
      drills.put(d[0], PlanFixtures.ex(d[0], "breathing", d[1], "", Level.BEGINNER,
          DoseUnit.BREATHS, false, "", "", ""));
    Slot odd = PlanFixtures.slot("odd", "telekinesis", "rotation", null, 5, DoseUnit.REPS, false, "", false);
    Slot odder = PlanFixtures.slot("odder", "telekinesis", "rotation", null, 5, DoseUnit.REPS, false, "", false);
    Template t = PlanFixtures.oneOff(4, List.of(odd, odder));
    Planner pl =
        new Planner(new org.circuitpress.model.Library(drills, null), new Catalog(Map.of(t.id(), t), Map.of()));
    Program p = plan(pl, PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG), null, new Diagnostics());
    assertThat(item(p, 1, "odd").exercise().id()).isEqualTo("calm-b");
    assertThat(item(p, 1, "odder").exercise().id()).isEqualTo("calm-a");
  }

  @Test
  void aDrillWithNoLoadAtTheTopOfItsRangeIsNotSaidToLackAHeavierLoad() {
    // A client with kettlebells on a bodyweight drill: "no heavier load in the client's kit" sent
    // the trainer looking at the bells the client owns, when the drill takes no load at all.
    Planner pl =
        PlanFixtures.planner(
            PlanFixtures.oneOff(
                4,
                List.of(PlanFixtures.named("reach", "side-lying-reach", 8)),
                new WeekRule.DoubleProgression(1, 0, "reach", 8, 12, 2, PlanFixtures.HERE)));
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, PlanFixtures.kettlebells(8.0, 12.0, 16.0), Units.KG);
    Program p = plan(pl, c, null, new Diagnostics());
    assertThat(p.weeks())
        .extracting(w -> item(p, w.number(), "reach").dose().amount())
        .containsExactly(8, 10, 12, 12);
    assertThat(p.notes())
        .extracting(n -> n.message())
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("slot reach: reps are at the top of the range, and the drill takes no load"
                        + " that could go up instead; reps stay at 12"))
        .noneSatisfy(m -> assertThat(m).contains("no heavier load"));
  }

  @Test
  void doubleProgressionStepsTheLoadAtTheTopOfTheRange() {
    Planner pl =
        PlanFixtures.planner(
            PlanFixtures.oneOff(
                4,
                List.of(PlanFixtures.named("windmill", "half-kneeling-windmill", 8)),
                new WeekRule.DoubleProgression(1, 0, "windmill", 8, 12, 2, PlanFixtures.HERE)));
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, PlanFixtures.kettlebells(8.0, 12.0), Units.KG);
    Program p = plan(pl, c, null, new Diagnostics());
    assertThat(p.weeks())
        .extracting(w -> item(p, w.number(), "windmill").dose().amount())
        .containsExactly(8, 10, 12, 8);
    assertThat(p.weeks())
        .extracting(w -> item(p, w.number(), "windmill").load().label())
        .containsExactly("8 kg", "8 kg", "8 kg", "12 kg");
    Program next = plan(pl, c, YearMonth.of(2027, 1), new Diagnostics());
    assertThat(next.weeks())
        .extracting(w -> item(next, w.number(), "windmill").dose().amount())
        .containsExactly(8, 10, 12, 12);
    assertThat(item(next, 1, "windmill").load().label()).isEqualTo("12 kg");
    assertThat(next.notes())
        .anySatisfy(
            n ->
                assertThat(n.message())
                    .contains("no heavier load in the client's kit; reps stay at 12"));
  }

  @Test
  void substitutesInAnotherUnitGetAConvertedDose() {
    assertThat(Planner.convert(12, DoseUnit.REPS, DoseUnit.SECONDS)).isEqualTo(35);
    assertThat(Planner.convert(30, DoseUnit.SECONDS, DoseUnit.REPS)).isEqualTo(10);
    assertThat(Planner.convert(10, DoseUnit.BREATHS, DoseUnit.SECONDS)).isEqualTo(60);
    assertThat(Planner.convert(8, DoseUnit.REPS, DoseUnit.REPS)).isEqualTo(8);
  }

  @Test
  void theSameInputsGiveTheSamePlan() {
    for (Client c : PlanFixtures.sample()) {
      assertThat(plan(c, YearMonth.of(2027, 2))).isEqualTo(plan(c, YearMonth.of(2027, 2)));
      assertThat(PlanText.format(plan(c, null))).isEqualTo(PlanText.format(plan(c, null)));
    }
  }

  @Test
  void slotDoseStaysWithTheSlotUnit() {
    Slot s = PlanFixtures.slot("x", "mobility", "", null, 12, DoseUnit.REPS, false, "", false);
    assertThat(s.dose()).isEqualTo(new Dose(12, DoseUnit.REPS, false));
  }

  @Test
  void aRoleNoDrillHasGivesTheFallbackAndAMissingDrillOneByRoleAndTags() {
    Planner pl =
        PlanFixtures.planner(
            PlanFixtures.oneOff(
                4,
                List.of(
                    PlanFixtures.slot(
                        "odd", "telekinesis", "t-spine", null, 5, DoseUnit.REPS, false, "", false),
                    PlanFixtures.named("gone", "no-such-drill", 8))));
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG);
    Diagnostics d = new Diagnostics();
    Program p = plan(pl, c, null, d);
    Prescription odd = item(p, 1, "odd");
    assertThat(odd.exercise().id()).isEqualTo("crocodile-breathing");
    assertThat(odd.why())
        .isEqualTo(
            "the library has no drill with the role telekinesis; nothing of the same role fits,"
                + " so the bodyweight fallback crocodile breathing is used");
    Prescription gone = item(p, 1, "gone");
    assertThat(gone.exercise().id()).isEqualTo("open-book");
    // the template and library disagree, not the client's situation: no substitute on the handout
    assertThat(gone.substituteFor()).isNull();
    assertThat(gone.why()).isEmpty();
    assertThat(p.notes())
        .extracting(Diagnostic::message)
        .contains(
            c.name() + " (" + c.id() + "): slot gone: no-such-drill is not in the exercise library,"
                + " so the slot is filled by its role and tags");
    // the role is the template's mistake, warned about once at its cell by the template reader:
    // each client's plan notes the fallback, with the slot's row, and adds no warning of its own
    assertThat(p.notes())
        .filteredOn(x -> x.message().contains("slot odd:"))
        .singleElement()
        .satisfies(x -> {
          assertThat(x.severity()).isEqualTo(Severity.INFO);
          assertThat(x.message()).endsWith("is used (the slot's row: plan-fixture)");
        });
    assertThat(d.all()).isEmpty();
  }

  /** A one-off block of a goblet hold that takes the {@code equipment}, a load step a week. */
  private static Planner gobletHold(String equipment) {
    return PlanFixtures.planner(
        PlanFixtures.oneOff(
            3,
            List.of(PlanFixtures.named("hold", "goblet-hold", 8)),
            new WeekRule.LoadStep(2, 0, "hold", 1, PlanFixtures.HERE)),
        List.of(
            PlanFixtures.ex("goblet-hold", "mobility", "t-spine; rotation", equipment,
                Level.BEGINNER, DoseUnit.REPS, false, "", "", "")));
  }

  /** Week by week, the load of the slot "hold" and the equipment it is on. */
  private static List<String> holdLoads(Program p) {
    return p.weeks().stream()
        .map(w -> item(p, w.number(), "hold").load())
        .map(l -> l.equipment() + " " + l.label())
        .toList();
  }

  @Test
  void aDrillOfferingAChoiceOfEquipmentGoesToAClientWithOnlyOneAndLoadsIt() {
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, PlanFixtures.kettlebells(8.0, 12.0), Units.KG);
    Program p = plan(gobletHold("dumbbell or kettlebell"), c, null, new Diagnostics());
    assertThat(p.weeks()).extracting(w -> item(p, w.number(), "hold").exercise().id())
        .containsOnly("goblet-hold");
    assertThat(item(p, 1, "hold").isSubstitute()).isFalse();
    assertThat(holdLoads(p)).containsExactly("kettlebell 8 kg", "kettlebell 12 kg", "kettlebell 12 kg");
    assertThat(p.notes()).extracting(Diagnostic::message).noneMatch(m -> m.contains("goblet"));
  }

  @Test
  void aClientWithEveryChoiceLoadsTheFirstTheLibraryLists() {
    Map<String, KitItem> both = new LinkedHashMap<>();
    // the dumbbell first in the client's kit and by name: the library's order decides
    both.put("dumbbell", new KitItem("dumbbell", List.of(4.0, 6.0), Units.KG, List.of()));
    both.put("kettlebell", new KitItem("kettlebell", List.of(8.0, 12.0), Units.KG, List.of()));
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, new Kit(both), Units.KG);
    Program p = plan(gobletHold("kettlebell or dumbbell"), c, null, new Diagnostics());
    assertThat(holdLoads(p)).containsExactly("kettlebell 8 kg", "kettlebell 12 kg", "kettlebell 12 kg");
  }

  @Test
  void aClientWithNoneOfTheChoicesGetsASubstituteThatSaysSo() {
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG);
    Program p = plan(gobletHold("dumbbell or kettlebell"), c, null, new Diagnostics());
    Prescription hold = item(p, 1, "hold");
    assertThat(hold.substituteFor()).isEqualTo("goblet-hold");
    assertThat(hold.load()).isNull();
    assertThat(hold.why())
        .startsWith("goblet hold needs either dumbbell or kettlebell, not in the client's kit;");
    assertThat(PlanText.format(p)).contains("needs either dumbbell or kettlebell, not in the client's kit");
  }

  @Test
  void planMarksItsNotesNoteAsTheReportAndTheScreenDo() {
    // The README names three kinds of line: an error, a "warning:" and a "note:"; plan's Notes
    // printed the same notes as "info:", a word no doc explains.
    Client c = PlanFixtures.onOneOff(Level.BEGINNER, Kit.NONE, Units.KG);
    String text = PlanText.format(plan(gobletHold("dumbbell or kettlebell"), c, null, new Diagnostics()));
    assertThat(text).contains("\nNotes\n  note: ").doesNotContain("info:");
  }

  @Test
  void startsBlockSaysWhetherPlanMakesAProgramForEverySampleClientAndMonth() {
    org.circuitpress.testing.SampleInputs in = org.circuitpress.testing.SampleInputs.read();
    Planner planner = in.planner();
    int blocks = 0;
    int gaps = 0;
    for (Client c : in.clients()) {
      for (YearMonth m = YearMonth.of(2026, 10); m.isBefore(YearMonth.of(2028, 1)); m = m.plusMonths(1)) {
        boolean made = planner.plan(c, m, Optional.empty(), null, new Diagnostics()).isPresent();
        assertThat(planner.startsBlock(c, m)).as(c.id() + " " + m).isEqualTo(made);
        if (made) blocks++;
        else gaps++;
      }
    }
    assertThat(blocks).isPositive();
    assertThat(gaps).isPositive();
  }

  @Test
  void isBlockAcceptsAMonthsOwnBlockAndRefusesItOnceTheScheduleMoved() {
    org.circuitpress.testing.SampleInputs in = org.circuitpress.testing.SampleInputs.read();
    Planner planner = in.planner();
    int checked = 0;
    for (Client c : in.clients()) {
      for (YearMonth m = YearMonth.of(2026, 12); m.isBefore(YearMonth.of(2027, 12)); m = m.plusMonths(1)) {
        Optional<Program> p = planner.plan(c, m, Optional.empty(), null, new Diagnostics());
        if (p.isEmpty()) continue;
        checked++;
        assertThat(planner.isBlock(c, m, p.get())).as(c.id() + " " + m).isTrue();
        assertThat(planner.isBlock(c, m.plusMonths(1), p.get())).as("another month's block").isFalse();
        assertThat(planner.isBlock(copy(c, c.id(), c.startDate().plusDays(3), c.weeks()), m, p.get()))
            .as("start date moved").isFalse();
        assertThat(planner.isBlock(copy(c, c.id() + "x", c.startDate(), c.weeks()), m, p.get()))
            .as("another client's").isFalse();
        // a block keeps the length it was printed with: it is still the client's block
        Client longer = copy(c, c.id(), c.startDate(), p.get().weeks().size() + 1);
        assertThat(planner.isBlock(longer, m, p.get())).as("block length changed").isTrue();
        if (p.get().block() == 1) {
          assertThat(planner.isBlock(copy(c, c.id(), c.startDate().minusMonths(1), c.weeks()), m, p.get()))
              .as("start date a month earlier").isFalse();
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  /**
   * A block printed at 4 weeks keeps them when the client's blocks are 6 weeks now: the next block
   * starts a month after it, as printed, and is the first of 6 weeks; without the printed block's
   * dates every block is dated by today's length, as before.
   */
  @Test
  void theBlocksAfterAPrintedOneAreDatedFromItsPrintedLength() {
    org.circuitpress.testing.SampleInputs in = org.circuitpress.testing.SampleInputs.read();
    Planner planner = in.planner();
    Client c = in.clients().stream().filter(x -> x.id().equals("c001")).findFirst().orElseThrow();
    Program december = planner.plan(c, YearMonth.of(2026, 12), Optional.empty(), null, new Diagnostics()).orElseThrow();
    assertThat(december.weeks()).hasSize(4);
    Client sixWeeks = copy(c, c.id(), c.startDate(), 6);
    org.circuitpress.model.PrintedDates printed = org.circuitpress.model.PrintedDates.of(december);
    YearMonth january = YearMonth.of(2027, 1);

    assertThat(planner.startsBlock(sixWeeks, january)).as("by today's length alone").isFalse();
    assertThat(planner.startsBlock(sixWeeks, january, printed)).isTrue();
    Program next = planner.plan(sixWeeks, january, Optional.empty(), december, printed, new Diagnostics()).orElseThrow();
    assertThat(next.block()).isEqualTo(2);
    assertThat(next.start()).isEqualTo(java.time.LocalDate.of(2027, 1, 1));
    assertThat(next.weeks()).hasSize(6);
    assertThat(planner.startsBlock(sixWeeks, YearMonth.of(2027, 2), printed)).as("block 2 runs to 11 February").isFalse();
    assertThat(planner.startsBlock(sixWeeks, YearMonth.of(2027, 3), printed)).isTrue();
    // a start date moved since the block was printed: it dates nothing
    Client moved = copy(sixWeeks, c.id(), c.startDate().plusDays(2), 6);
    assertThat(planner.startsBlock(moved, january, printed)).isFalse();
  }

  /** {@code c} with another id, start date or block length. */
  private static Client copy(Client c, String id, java.time.LocalDate start, Integer weeks) {
    return new Client(id, c.name(), c.program(), start, c.level(), weeks, c.sessionsPerWeek(), c.equipment(),
        c.limitations(), c.exclude(), c.units(), c.paper(), c.notes(), c.email(), c.where());
  }
}
