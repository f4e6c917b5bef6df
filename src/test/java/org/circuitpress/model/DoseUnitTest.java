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

  /** Found in review: a library's dose written with its amount, as trainers write it, was refused. */
  @Test
  void aDoseWrittenWithItsAmountIsReadAsItsUnit() {
    assertThat(DoseUnit.parseWritten("10 reps"))
        .contains(new DoseUnit.Written(DoseUnit.REPS, "10", false, false));
    assertThat(DoseUnit.parseWritten("30 sec")).map(DoseUnit.Written::unit).contains(DoseUnit.SECONDS);
    assertThat(DoseUnit.parseWritten("45s")).map(DoseUnit.Written::unit).contains(DoseUnit.SECONDS);
    assertThat(DoseUnit.parseWritten("10 breaths")).map(DoseUnit.Written::unit).contains(DoseUnit.BREATHS);
    assertThat(DoseUnit.parseWritten("8 reps each side")).map(DoseUnit.Written::unit).contains(DoseUnit.REPS);
    assertThat(DoseUnit.parseWritten("20-30 sec each side"))
        .contains(new DoseUnit.Written(DoseUnit.SECONDS, "20-30", false, false));
    assertThat(DoseUnit.parseWritten("8/side")).map(DoseUnit.Written::unit).contains(DoseUnit.REPS);
    assertThat(DoseUnit.parseWritten("5 e/s")).map(DoseUnit.Written::unit).contains(DoseUnit.REPS);
    assertThat(DoseUnit.parseWritten("3x10")).map(DoseUnit.Written::unit).contains(DoseUnit.REPS);
    assertThat(DoseUnit.parseWritten("2 min"))
        .contains(new DoseUnit.Written(DoseUnit.SECONDS, "2", true, false));
    assertThat(DoseUnit.parseWritten("12"))
        .contains(new DoseUnit.Written(DoseUnit.REPS, "12", false, true));
    assertThat(DoseUnit.parseWritten("8-12"))
        .contains(new DoseUnit.Written(DoseUnit.REPS, "8-12", false, true));
    assertThat(DoseUnit.perSide("20 sec/side")).isTrue();
  }

  @Test
  void aDoseWithoutAnAmountReadsAsBefore() {
    assertThat(DoseUnit.parseWritten("reps/side"))
        .contains(new DoseUnit.Written(DoseUnit.REPS, "", false, false));
    assertThat(DoseUnit.parseWritten("hold")).map(DoseUnit.Written::unit).contains(DoseUnit.SECONDS);
    assertThat(DoseUnit.parseWritten("laps")).isEmpty();
    assertThat(DoseUnit.parseWritten("10 laps")).isEmpty();
    assertThat(DoseUnit.parseWritten("1:00")).isEmpty();
    assertThat(DoseUnit.parseWritten("")).isEmpty();
  }

  @Test
  void aDoseEndingInAFullStopIsReadAsWithout() {
    assertThat(DoseUnit.parseWritten("10 reps."))
        .contains(new DoseUnit.Written(DoseUnit.REPS, "10", false, false));
    assertThat(DoseUnit.parseWritten("2 min."))
        .contains(new DoseUnit.Written(DoseUnit.SECONDS, "2", true, false));
  }

  @Test
  void theKeyIsTheUnitsNameInLowerCase() {
    assertThat(DoseUnit.REPS.key()).isEqualTo("reps");
    assertThat(DoseUnit.SECONDS.key()).isEqualTo("seconds");
  }
}
