package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Loads in the other unit are rounded to the steps weights come in. */
class UnitsTest {
  @Test
  void kilogramsBecomePoundsInStepsOfFive() {
    assertThat(Units.KG.convert(8, Units.LB)).isEqualTo(20.0); // 17.6 lb
    assertThat(Units.KG.convert(12, Units.LB)).isEqualTo(25.0); // 26.5 lb
    assertThat(Units.KG.convert(16, Units.LB)).isEqualTo(35.0); // 35.3 lb
    assertThat(Units.KG.convert(1, Units.LB)).as("never below one step").isEqualTo(5.0);
  }

  @Test
  void poundsBecomeKilogramsInStepsOfAHalf() {
    assertThat(Units.LB.convert(35, Units.KG)).isEqualTo(16.0); // 15.88 kg
    assertThat(Units.LB.convert(25, Units.KG)).isEqualTo(11.5); // 11.34 kg
    assertThat(Units.LB.convert(22, Units.KG)).isEqualTo(10.0); // 9.98 kg
    assertThat(Units.LB.convert(0.5, Units.KG)).as("never below one step").isEqualTo(0.5);
  }

  @Test
  void theSameUnitIsLeftAsIs() {
    assertThat(Units.KG.convert(8.25, Units.KG)).isEqualTo(8.25);
    assertThat(Units.LB.convert(17.6, Units.LB)).isEqualTo(17.6);
  }

  @Test
  void symbolsAreLowerCase() {
    assertThat(Units.KG.symbol()).isEqualTo("kg");
    assertThat(Units.LB.symbol()).isEqualTo("lb");
  }
}
