package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KitItemTest {
  @Test
  void writtenAsARosterCellWritesIt() {
    assertThat(KitItem.plain("Foam Roller").written()).isEqualTo("foam roller");
    assertThat(new KitItem("band", List.of(), null, List.of("light", "heavy")).written())
        .isEqualTo("band light/heavy");
    assertThat(new KitItem("kettlebell", List.of(8.0, 12.5, 16.0), Units.KG, List.of()).written())
        .isEqualTo("kettlebell 8/12.5/16 kg");
    assertThat(new KitItem("dumbbell", List.of(10.0), Units.LB, List.of()).written())
        .isEqualTo("dumbbell 10 lb");
  }
}
