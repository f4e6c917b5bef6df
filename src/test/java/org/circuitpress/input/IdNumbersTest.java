package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The forms an id of digits had in a CSV before it was read as its digits, which earlier runs named folders after. */
class IdNumbersTest {
  @Test
  void anIdOfDigitsWasWrittenWithThousandsSeparatorsOrZeroDecimals() {
    assertThat(IdNumbers.shownForms("1001")).containsExactly("1,001", "1,001.00", "1,001.0", "1001.00", "1001.0");
    assertThat(IdNumbers.shownForms("1234567")).startsWith("1,234,567");
    assertThat(IdNumbers.shownForms("12")).containsExactly("12.00", "12.0");
    assertThat(IdNumbers.shownForms("001")).as("no number format shows zeros in front").isEmpty();
    assertThat(IdNumbers.shownForms("c1001")).isEmpty();
    for (String shown : IdNumbers.shownForms("1234567")) assertThat(IdNumbers.plain(shown)).isEqualTo("1234567");
  }

  @Test
  void aFileOfAnEarlierRunNamingTheClientSoIsTheirs() {
    assertThat(IdNumbers.sameClient("1,001", "1001")).isTrue();
    assertThat(IdNumbers.sameClient("1,001.00", "1001")).isTrue();
    assertThat(IdNumbers.sameClient("C001", "c001")).isTrue();
    assertThat(IdNumbers.sameClient("1,002", "1001")).isFalse();
    assertThat(IdNumbers.sameClient("1.001", "1001")).as("1.001 is 1001 only in German; it is kept as typed").isFalse();
  }
}
