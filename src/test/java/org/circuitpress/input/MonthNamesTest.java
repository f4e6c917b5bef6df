package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import org.junit.jupiter.api.Test;

/** Month names as a date cell writes them, in the languages read. */
class MonthNamesTest {
  @Test
  void aWordIsComparedInSmallLettersWithoutAccentsOrTheDotsAtItsEnd() {
    assertThat(MonthNames.plain("Déc.")).isEqualTo("dec");
    assertThat(MonthNames.plain("Sept..")).isEqualTo("sept");
    assertThat(MonthNames.plain("Févr")).isEqualTo("fevr");
    assertThat(MonthNames.plain("..")).isEmpty();
  }

  @Test
  void aMonthIsNamedInFullOrByItsFirstLettersAndAShortFormSharedNamesEach() {
    assertThat(MonthNames.of("Dezember")).containsExactly(Month.DECEMBER);
    assertThat(MonthNames.of("févr.")).containsExactly(Month.FEBRUARY);
    assertThat(MonthNames.of("juil")).containsExactly(Month.JULY);
    assertThat(MonthNames.of("jui")).containsExactlyInAnyOrder(Month.JUNE, Month.JULY);
    assertThat(MonthNames.of("zzz")).isEmpty();
  }
}
