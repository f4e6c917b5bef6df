package org.circuitpress.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.circuitpress.model.Program;
import org.junit.jupiter.api.Test;

class FixturesTest {
  @Test
  void programHasTheMethodsEightDrillsInThreePhasesEachWeek() {
    Program p = Fixtures.program();
    assertThat(p.weeks()).hasSize(4);
    assertThat(p.weeks().get(0).phases()).hasSize(3);
    assertThat(p.weeks().get(0).circuit()).hasSize(8);
    assertThat(p.weeks().get(3).rounds()).isEqualTo(3);
  }
}
