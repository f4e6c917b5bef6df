package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Kit;
import org.circuitpress.model.Level;
import org.circuitpress.model.Program;
import org.circuitpress.model.Units;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private final Planner planner = new Planner(PlanFixtures.library(), PlanFixtures.catalog());

  private Program plan(org.circuitpress.model.Client c, YearMonth m) {
    Diagnostics d = new Diagnostics();
    return planner.plan(c, m, Optional.empty(), d).orElseThrow(() -> new AssertionError(d.all()));
  }

  @Test
  void firstBlockFollowsTheTemplate() {
    Program p = plan(PlanFixtures.client("c1", Level.INTERMEDIATE, PlanFixtures.fullKit(Units.KG), "", ""), null);
    assertThat(p.weeks()).hasSize(4);
    assertThat(p.start()).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(p.weeks().get(0).rounds()).isEqualTo(2);
    assertThat(p.weeks().get(2).rounds()).isEqualTo(3);
  }

  @Test
  void clientWithoutKitGetsSubstitutes() {
    Program p = plan(PlanFixtures.client("c2", Level.BEGINNER, Kit.NONE, "", ""), YearMonth.of(2027, 1));
    assertThat(p.block()).isEqualTo(2);
  }
}
