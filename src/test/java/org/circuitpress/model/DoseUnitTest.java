package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoseUnitTest {
  @Test
  void theLabelIsSingularForOneOnly() {
    assertThat(DoseUnit.REPS.label(1)).isEqualTo("rep");
    assertThat(DoseUnit.REPS.label(12)).isEqualTo("reps");
    assertThat(DoseUnit.BREATHS.label(1)).isEqualTo("breath");
    assertThat(DoseUnit.BREATHS.label(0)).isEqualTo("breaths");
    assertThat(DoseUnit.SECONDS.label(1)).isEqualTo("s");
  }

  @Test
  void formatIsTheAmountThenTheLabel() {
    assertThat(DoseUnit.REPS.format(8)).isEqualTo("8 reps");
    assertThat(DoseUnit.BREATHS.format(1)).isEqualTo("1 breath");
    assertThat(DoseUnit.SECONDS.format(30)).isEqualTo("30 s");
  }

  @Test
  void theUnitIsReadWithASideWrittenBeforeOrAfterIt() {
    assertThat(DoseUnit.parse("reps/side")).contains(DoseUnit.REPS);
    assertThat(DoseUnit.parse("Per side reps")).contains(DoseUnit.REPS);
    assertThat(DoseUnit.parse("sec each leg")).contains(DoseUnit.SECONDS);
    assertThat(DoseUnit.parse("hold")).contains(DoseUnit.SECONDS);
    assertThat(DoseUnit.parse("minutes")).isEmpty();
    assertThat(DoseUnit.perSide("reps/side")).isTrue();
    assertThat(DoseUnit.perSide("reps e/s")).isTrue();
    assertThat(DoseUnit.perSide("reps")).isFalse();
    assertThat(DoseUnit.perSide("seconds")).isFalse();
  }

  /** Found in review: the docs list "e/s" as a dose, but alone it was refused. */
  @Test
  void aSideAloneCountsRepsForEachSide() {
    assertThat(DoseUnit.parse("e/s")).contains(DoseUnit.REPS);
    assertThat(DoseUnit.parse("per side")).contains(DoseUnit.REPS);
    assertThat(DoseUnit.perSide("e/s")).isTrue();
    assertThat(DoseUnit.parse("")).isEmpty();
  }
}
