package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Kit;
import org.circuitpress.model.Level;
import org.circuitpress.model.Program;
import org.circuitpress.model.Units;
import org.circuitpress.model.WeekRule;
import org.junit.jupiter.api.Test;

/**
 * A block continued from the last block as printed reads the states the slots opened and closed
 * with back from its prescriptions: when that block was planned without a log, the result is the
 * block the planner recomputes on its own.
 */
class PrintedBlockTest {
  private static Program plan(Planner pl, Client c, YearMonth m, Program printed) {
    Diagnostics d = new Diagnostics();
    return pl.plan(c, m, Optional.empty(), printed, d).orElseThrow(() -> new AssertionError(d.all()));
  }

  private static void continuesAsRecomputed(Planner pl, Client c, List<YearMonth> months) {
    for (int i = 1; i < months.size(); i++) {
      Program printed = plan(pl, c, months.get(i - 1), null);
      Program fromPrinted = plan(pl, c, months.get(i), printed);
      Program recomputed = plan(pl, c, months.get(i), null);
      assertThat(fromPrinted).as(c.id() + " in " + months.get(i)).isEqualTo(recomputed);
    }
  }

  private static List<YearMonth> months(int from, int count) {
    List<YearMonth> out = new ArrayList<>();
    for (int k = 0; k < count; k++) out.add(YearMonth.of(2026, 12).plusMonths((long) k * from));
    return out;
  }

  @Test
  void theUpperBackTemplateContinuesFromItsPrintedBlockForEveryLevel() {
    Planner pl = new Planner(PlanFixtures.library(), PlanFixtures.catalog());
    Kit full = PlanFixtures.fullKit(Units.KG);
    List<Client> clients = new ArrayList<>(PlanFixtures.sample());
    clients.add(PlanFixtures.client("c4", Level.BEGINNER, full, "", ""));
    clients.add(PlanFixtures.client("c5", Level.ADVANCED, full, "", ""));
    for (Client c : clients) continuesAsRecomputed(pl, c, months(1, 4));
  }

  @Test
  void harderVariantsDoubleProgressionAndADeloadLastWeekAreReadBack() {
    Planner pl =
        PlanFixtures.planner(
            PlanFixtures.oneOff(
                4,
                List.of(
                    PlanFixtures.named("rotate", "open-book", 10),
                    PlanFixtures.named("windmill", "half-kneeling-windmill", 8),
                    PlanFixtures.named("reach", "side-lying-reach", 10)),
                new WeekRule.UseHarder(3, 0, "rotate", PlanFixtures.HERE),
                new WeekRule.DoubleProgression(1, 0, "windmill", 8, 12, 2, PlanFixtures.HERE),
                new WeekRule.AddDose(2, 0, "reach", 2, 0, PlanFixtures.HERE),
                new WeekRule.Deload(4, 4, "all", 0, 50, PlanFixtures.HERE)));
    for (Level level : Level.values()) {
      Client c =
          PlanFixtures.onOneOff(level, PlanFixtures.kettlebells(8.0, 12.0, 16.0, 20.0), Units.KG);
      continuesAsRecomputed(pl, c, months(1, 4));
    }
  }
}
