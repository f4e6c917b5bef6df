package org.circuitpress.render.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class SafeCsvTest {
  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralized() {
    assertThat(SafeCsv.neutralize("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(SafeCsv.neutralize("+1")).isEqualTo("'+1");
    assertThat(SafeCsv.neutralize("-2+3")).isEqualTo("'-2+3");
    assertThat(SafeCsv.neutralize("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SafeCsv.neutralize("\t=1")).isEqualTo("'\t=1");
    assertThat(SafeCsv.neutralize("Zoë 3-1-3-1")).isEqualTo("Zoë 3-1-3-1");
    assertThat(SafeCsv.neutralize(null)).isEmpty();
  }

  @Test
  void printWritesNumbersPlainAndTextNeutralizedAndQuoted() throws IOException {
    StringBuilder sb = new StringBuilder();
    var p = SafeCsv.printer(sb, "a", "b", "c", "d");
    SafeCsv.print(p, 12, 8.5, "=1+1, or so", null);
    p.flush();
    assertThat(sb.toString()).isEqualTo("a,b,c,d\r\n12,8.5,\"'=1+1, or so\",\r\n");
  }

  /**
   * Found in review: a note saved with a lone carriage return (Acrobat on some systems) kept it
   * in its cell, which some spreadsheets show as one run-on line. Every break is a line feed; a
   * cell that began with a carriage return keeps its mark.
   */
  @Test
  void lineBreaksOfEveryKindAreWrittenAsLineFeeds() throws IOException {
    StringBuilder sb = new StringBuilder();
    var p = SafeCsv.printer(sb, "a", "b", "c");
    SafeCsv.print(p, "knee sore\rskipped round 3", "one\r\ntwo\nthree", "\r=1+1");
    p.flush();
    assertThat(sb.toString())
        .isEqualTo("a,b,c\r\n\"knee sore\nskipped round 3\",\"one\ntwo\nthree\",\"'\n=1+1\"\r\n");
  }
}
