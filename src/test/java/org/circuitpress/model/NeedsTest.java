package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeedsTest {
  private static final Needs GOBLET =
      new Needs(List.of(List.of("dumbbell", "kettlebell"), List.of("bench")));

  @Test
  void everyGroupIsNeededAndAnyOneNameMeetsItsGroup() {
    assertThat(GOBLET.metBy(Map.of("bench", 1, "kettlebell", 1))).isTrue();
    assertThat(GOBLET.metBy(Map.of("bench", 1, "dumbbell", 1))).isTrue();
    assertThat(GOBLET.metBy(Map.of("kettlebell", 1, "dumbbell", 1))).isFalse();
    assertThat(GOBLET.metBy(Map.of())).isFalse();
    assertThat(Needs.NONE.metBy(Map.of())).isTrue();
  }

  @Test
  void whatIsUnmetIsTheGroupsOfWhichNothingIsThere() {
    assertThat(GOBLET.unmetBy(Map.of("bench", 1)).groups())
        .containsExactly(List.of("dumbbell", "kettlebell"));
    assertThat(GOBLET.unmetBy(Map.of()).groups())
        .containsExactly(List.of("bench"), List.of("dumbbell", "kettlebell"));
    assertThat(GOBLET.unmetBy(Map.of("bench", 1, "kettlebell", 1)).isEmpty()).isTrue();
  }

  @Test
  void groupsAreSortedAndKeepTheirOwnOrder() {
    Needs n = new Needs(List.of(List.of("kettlebell", "dumbbell"), List.of("bench"), List.of("band")));
    assertThat(n.groups())
        .containsExactly(List.of("band"), List.of("bench"), List.of("kettlebell", "dumbbell"));
    assertThat(n.names()).containsExactly("band", "bench", "kettlebell", "dumbbell");
    assertThat(new Needs(List.of(List.of("bench"), List.of("kettlebell", "dumbbell"), List.of("band"))))
        .isEqualTo(n);
  }

  @Test
  void repeatsAndGroupsAnotherGroupAlreadyMeetsAreDropped() {
    Needs n =
        new Needs(
            List.of(
                List.of("dumbbell", "kettlebell", "dumbbell"),
                List.of("dumbbell"),
                List.of("kettlebell", "dumbbell"),
                List.of(""),
                List.of()));
    assertThat(n.groups()).containsExactly(List.of("dumbbell"));
    // a choice that means the same as another written in another order: the first written stays
    assertThat(new Needs(List.of(List.of("kettlebell", "dumbbell"), List.of("dumbbell", "kettlebell"))).groups())
        .containsExactly(List.of("kettlebell", "dumbbell"));
  }

  @Test
  void plainNamesAreEachNeeded() {
    Needs n = Needs.all(Set.of("foam roller", "band"));
    assertThat(n.groups()).containsExactly(List.of("band"), List.of("foam roller"));
    assertThat(Needs.all(Set.of())).isEqualTo(Needs.NONE);
    assertThat(Needs.NONE.isEmpty()).isTrue();
  }
}
