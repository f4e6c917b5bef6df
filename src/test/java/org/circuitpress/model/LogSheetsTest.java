package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSheetsTest {
  /**
   * A log printed before an upgrade comes back with the how-to lines of its version: the second
   * step was worded otherwise until 2026-11, and was then reported as words the client wrote on
   * the Start here sheet. Words a client types there are still theirs.
   */
  @Test
  void howToLinesOfAnEarlierVersionAreNotTheClients() {
    assertThat(LogSheets.isHowTo("The grey columns are your plan and cannot be changed. After a session, fill in the"
        + " white columns on the right.")).isTrue();
    assertThat(LogSheets.isHowTo("The grey columns are your plan and are locked. After a session, fill in the white"
        + " columns on the right.")).isTrue();
    assertThat(LogSheets.isHowTo("The grey columns are your plan. My shoulder was sore after week 2.")).isFalse();
  }
}
