package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.circuitpress.model.Client;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Level;
import org.circuitpress.model.Units;
import org.junit.jupiter.api.Test;

/** Why a drill that offers a choice of equipment is, or is not, given to a client. */
class RulingTest {
  private static final Exercise GOBLET =
      PlanFixtures.ex("goblet-squat", "strength", "hips", "bench; dumbbell or kettlebell",
          Level.BEGINNER, DoseUnit.REPS, false, "", "", "");

  private static Client owning(String... names) {
    Map<String, KitItem> m = new LinkedHashMap<>();
    for (String n : names) m.put(n, KitItem.plain(n));
    return PlanFixtures.onOneOff(Level.BEGINNER, new Kit(m), Units.KG);
  }

  @Test
  void aClientWithNoneOfTheChoicesIsToldEveryChoiceOfWhatIsMissing() {
    Client c = owning("band");
    assertThat(Eligibility.allowed(GOBLET, c)).isFalse();
    Ruling r = Ruling.of(GOBLET, c).orElseThrow();
    assertThat(r.kind()).isEqualTo(Ruling.Kind.EQUIPMENT);
    assertThat(r.missing().groups())
        .containsExactly(List.of("bench"), List.of("dumbbell", "kettlebell"));
    assertThat(Eligibility.ruledOut(GOBLET, c))
        .contains("needs bench and either dumbbell or kettlebell, not in the client's kit");
  }

  @Test
  void anyOneChoiceMeetsItsItemButNotTheOthers() {
    assertThat(Eligibility.ruledOut(GOBLET, owning("kettlebell")))
        .contains("needs bench, not in the client's kit");
    assertThat(Eligibility.ruledOut(GOBLET, owning("bench")))
        .contains("needs either dumbbell or kettlebell, not in the client's kit");
    for (String choice : List.of("dumbbell", "kettlebell")) {
      Client c = owning("bench", choice);
      assertThat(Eligibility.allowed(GOBLET, c)).as(choice).isTrue();
      assertThat(Ruling.of(GOBLET, c)).as(choice).isEmpty();
    }
  }

  @Test
  void threeChoicesAreSaidAsOneList() {
    Exercise pull =
        PlanFixtures.ex("pull", "strength", "lats", "band or cable or tube", Level.BEGINNER,
            DoseUnit.REPS, false, "", "", "");
    assertThat(Eligibility.ruledOut(pull, owning("bench")))
        .contains("needs either band, cable or tube, not in the client's kit");
    assertThat(Eligibility.allowed(pull, owning("tube"))).isTrue();
  }
}
