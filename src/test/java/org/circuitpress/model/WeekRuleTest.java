package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeekRuleTest {
  private static final Location HERE = Location.ofFile("t");

  @Test
  void aRuleCoversItsWeeksInclusive() {
    WeekRule r = new WeekRule.SetRounds(2, 4, "all", 3, HERE);
    assertThat(r.covers(1)).isFalse();
    assertThat(r.covers(2)).isTrue();
    assertThat(r.covers(4)).isTrue();
    assertThat(r.covers(5)).isFalse();
  }

  @Test
  void toWeekZeroMeansToTheEndOfTheBlock() {
    WeekRule r = new WeekRule.UseHarder(3, 0, "all", HERE);
    assertThat(r.covers(2)).isFalse();
    assertThat(r.covers(3)).isTrue();
    assertThat(r.covers(52)).isTrue();
  }
}
