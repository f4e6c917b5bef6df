package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Level;
import org.circuitpress.model.Program;
import org.circuitpress.model.Template;
import org.circuitpress.model.Units;
import org.circuitpress.model.WeekRule;
import org.circuitpress.testing.SampleInputs;
import org.junit.jupiter.api.Test;

/**
 * A block longer than its template's rules reach gives the same session week after week: the
 * sample's c013 has 8 weeks of upper-back-mobility, whose rolling reaches its cap of 30 s and
 * whose rounds reach 3 in week 3, so weeks 3 to 8 are one session. The plan says so once, with
 * what holds the slots there and what the trainer can change.
 */
class PlateauTest {
  private static final String SAME = "every week gives the same session";

  @Test
  void eightWeeksOfUpperBackMobilityAreOneSessionFromWeek3AndTheNoteSaysWhy() {
    Program p = sample("c013");
    assertThat(p.notes()).extracting(Diagnostic::message).filteredOn(m -> m.contains(SAME))
        .containsExactly("Ingrid Bergström (c013): from week 3 to the end of the block (week 8), every week"
            + " gives the same session as week 3: roll-lats, roll-pecs, roll-rhomboids at the cap of 30 of the"
            + " add rule (templates/upper-back-mobility/progression.csv row 2); no rule of the template"
            + " progresses breathe, extend, rotate, pulldown, windmill (windmill takes a load and the client owns"
            + " heavier ones); the rounds stay at 3 (the rounds rule,"
            + " templates/upper-back-mobility/progression.csv row 3). " + Planner.RAISE + ". Or give the"
            + " client a shorter block: the roster's weeks column gives this client 8 weeks");
    assertThat(p.notes()).filteredOn(n -> n.message().contains(SAME))
        .allMatch(n -> n.severity() == org.circuitpress.model.Severity.INFO, "a note, not a warning");
  }

  @Test
  void aFourWeekBlockWhoseLastWeekRepeatsTheOneBeforeHasNoNote() {
    Program p = sample("c002");
    assertThat(p.weeks().get(3).circuit()).isEqualTo(p.weeks().get(2).circuit());
    assertThat(p.notes()).extracting(Diagnostic::message).noneMatch(m -> m.contains("same session"));
  }

  @Test
  void rulesWhoseWeeksAreOverAreNamedWithTheirLastWeek() {
    Template t = PlanFixtures.oneOff(8,
        List.of(PlanFixtures.slot("windmill", "strength", "t-spine; rotation", "half-kneeling-windmill", 8,
            DoseUnit.REPS, true, "", false)),
        new WeekRule.AddDose(2, 4, "windmill", 2, 0, PlanFixtures.HERE),
        new WeekRule.UseHarder(2, 0, "windmill", PlanFixtures.HERE));
    Client c = PlanFixtures.on("a1", "one-off", LocalDate.of(2026, 12, 1), Level.ADVANCED, null, null,
        PlanFixtures.fullKit(Units.KG));
    Program p = PlanFixtures.firstBlock(PlanFixtures.planner(t), c);
    assertThat(p.notes()).extracting(Diagnostic::message).filteredOn(m -> m.contains(SAME))
        .containsExactly("Client a1 (a1): from week 4 to the end of the block (week 8), every week gives the same"
            + " session as week 4: windmill after the last week of the add rule, week 4 (plan-fixture) and on"
            + " the variant the harder rule moves it to once, in week 2 (plan-fixture); the rounds stay at 3"
            + " (the template's rounds setting). " + Planner.RAISE + ". Or give the client a shorter block:"
            + " its 8 weeks are the template's weeks setting, which the roster's weeks column can change for"
            + " one client");
  }

  private static Program sample(String id) {
    SampleInputs in = SampleInputs.read();
    Client c = in.clients().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    return in.planner().plan(c, YearMonth.of(2026, 12), Optional.empty(), new Diagnostics()).orElseThrow();
  }
}
