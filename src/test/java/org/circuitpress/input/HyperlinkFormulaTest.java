package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HyperlinkFormulaTest {
  private static String address(String formula) {
    HyperlinkFormula h = HyperlinkFormula.of(formula);
    assertThat(h).as(formula).isNotNull();
    return h.address();
  }

  @Test
  void theFirstArgumentInQuotesIsTheAddress() {
    assertThat(address("HYPERLINK(\"https://youtu.be/abc\",\"Watch\")")).isEqualTo("https://youtu.be/abc");
    assertThat(address("=hyperlink( \"https://youtu.be/abc\" ; \"Watch\" )")).isEqualTo("https://youtu.be/abc");
    assertThat(address("HyperLink(\"https://youtu.be/abc\")")).isEqualTo("https://youtu.be/abc");
    assertThat(address("HYPERLINK(\"https://example.org/?q=\"\"a b\"\"\",\"Say \"\"hi\"\"\")"))
        .isEqualTo("https://example.org/?q=\"a b\"");
    assertThat(address("HYPERLINK(\" https://youtu.be/abc \",IF(A1>0,\"(more)\",'My (sheet)'!B2))"))
        .isEqualTo("https://youtu.be/abc");
  }

  @Test
  void anAddressFromElsewhereIsNotRead() {
    assertThat(address("HYPERLINK(B2,\"Watch\")")).isNull();
    assertThat(address("HYPERLINK(\"https://example.org/\"&A2,\"Watch\")")).isNull();
    assertThat(address("HYPERLINK(CONCAT(\"https://\",A2))")).isNull();
    assertThat(address("HYPERLINK(\"https://youtu.be/abc\",\"Watch\")&\" now\"")).isNull();
    assertThat(address("HYPERLINK(\"\",\"Watch\")")).isNull();
    assertThat(address("HYPERLINK(\"https://youtu.be/abc")).isNull();
    assertThat(address("HYPERLINK(\"https://youtu.be/abc\",\"Watch\"")).isNull();
  }

  @Test
  void anotherFormulaIsNoHyperlink() {
    assertThat(HyperlinkFormula.of("IF(A2=\"\",\"\",HYPERLINK(\"https://youtu.be/abc\"))")).isNull();
    assertThat(HyperlinkFormula.of("HYPERLINKS(\"https://youtu.be/abc\")")).isNull();
    assertThat(HyperlinkFormula.of("B2")).isNull();
    assertThat(HyperlinkFormula.of("")).isNull();
  }

  /** A formula cut off anywhere is no link, and never stops the reading of the library. */
  @Test
  void aFormulaCutOffIsNoLink() {
    assertThat(HyperlinkFormula.of("")).isNull();
    assertThat(HyperlinkFormula.of("=")).isNull();
    assertThat(HyperlinkFormula.of("=HYPERLINK")).isNull();
    assertThat(address("=HYPERLINK(")).isNull();
    assertThat(address("=HYPERLINK( ")).isNull();
    assertThat(address("HYPERLINK(\"https://youtu.be/abc\"")).isNull();
    assertThat(address("HYPERLINK(\"https://youtu.be/abc\" ")).isNull();
    assertThat(address("HYPERLINK(\"https://youtu.be/abc\",\"Watch)")).isNull();
    assertThat(address("HYPERLINK(\"https://youtu.be/abc\",'My sheet!B2)")).isNull();
  }
}
