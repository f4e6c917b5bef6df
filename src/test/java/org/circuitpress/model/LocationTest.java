package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Where a value came from, as diagnostics print it. */
class LocationTest {
  @Test
  void columnLettersCountLikeASpreadsheet() {
    assertThat(Location.columnLetters(0)).isEqualTo("A");
    assertThat(Location.columnLetters(25)).isEqualTo("Z");
    assertThat(Location.columnLetters(26)).isEqualTo("AA");
    assertThat(Location.columnLetters(51)).isEqualTo("AZ");
    assertThat(Location.columnLetters(52)).isEqualTo("BA");
    assertThat(Location.columnLetters(701)).isEqualTo("ZZ");
    assertThat(Location.columnLetters(702)).isEqualTo("AAA");
  }

  @Test
  void eachKindOfPlacePrintsAsAUserFindsIt() {
    assertThat(Location.ofCell("roster.xlsx", "Clients", 7, 3, "start_date"))
        .hasToString("roster.xlsx: Clients!D7 (start_date)");
    assertThat(Location.ofCell("roster.csv", null, 7, 3, "start_date"))
        .hasToString("roster.csv: D7 (start_date)");
    assertThat(Location.ofRow("roster.csv", null, 2)).hasToString("roster.csv: row 2");
    assertThat(Location.ofRow("roster.xlsx", "Clients", 2)).hasToString("roster.xlsx: Clients!row 2");
    assertThat(Location.ofSheet("roster.xlsx", "Clients")).hasToString("roster.xlsx: sheet Clients");
    assertThat(Location.ofFile("roster.csv")).hasToString("roster.csv");
    assertThat(Location.ofField("handout.pdf", "c-001.w1.s2.rpe"))
        .hasToString("handout.pdf: field c-001.w1.s2.rpe");
    assertThat(Location.ofRow("roster.csv", null, 4).atColumn(0, "id"))
        .hasToString("roster.csv: A4 (id)");
    assertThat(Location.ofRow("roster.csv", null, 4).atColumn(-1, "id"))
        .hasToString("roster.csv: row 4");
  }

  @Test
  void rowsAndColumnsBelowTheirRangeAreRefused() {
    assertThatThrownBy(() -> new Location("f", null, -1, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Location("f", null, 1, -2, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Location("f", null, 0, -1, null)).hasToString("f");
  }

  @Test
  void diagnosticsSayTheirKindAfterThePlace() {
    Location at = Location.ofRow("roster.csv", null, 2);
    assertThat(Diagnostic.error(at, "bad").format()).isEqualTo("roster.csv: row 2: bad");
    assertThat(Diagnostic.warning(at, "odd").format()).isEqualTo("roster.csv: row 2: warning: odd");
    assertThat(Diagnostic.info(at, "fyi")).hasToString("roster.csv: row 2: note: fyi");
    assertThat(Diagnostic.error(at, "bad").isError()).isTrue();
    assertThat(Diagnostic.warning(at, "odd").isError()).isFalse();
    assertThat(Diagnostic.info(at, "fyi").forClient("c1").clientId()).isEqualTo("c1");
  }

  @Test
  void diagnosticsCountTheirKinds() {
    Diagnostics d = new Diagnostics();
    Location at = Location.ofFile("f");
    d.error(at, "e");
    d.warning(at, "w1");
    d.warning(at, "w2");
    d.info(at, "i");
    d.info(at, "j");
    assertThat(d.size()).isEqualTo(5);
    assertThat(d.errorCount()).isEqualTo(1);
    assertThat(d.warningCount()).isEqualTo(2);
    assertThat(d.hasErrors()).isTrue();
    assertThat(d.all()).extracting(Diagnostic::message).containsExactly("e", "w1", "w2", "i", "j");
    Diagnostics none = new Diagnostics();
    none.addAll(java.util.List.of(Diagnostic.info(at, "x")));
    assertThat(none.hasErrors()).isFalse();
    assertThat(none.all()).hasSize(1);
  }
}
