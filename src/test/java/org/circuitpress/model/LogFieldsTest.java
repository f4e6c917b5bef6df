package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogFieldsTest {
  @Test
  void aPartReplacesDotsAndAsciiWhiteSpaceExactlyAsTheDocumentedPatternDoes() {
    List<String> ids = List.of("kb-windmill", "c.001", "a b\tc\nd\re\fg\u000Bh", "Zoë Núñez", "x\u00A0y", "", "..", "c-001");
    for (String id : ids) assertThat(LogFields.part(id)).as(id).isEqualTo(id.replaceAll("[.\\s]", "_"));
    assertThat(LogFields.drill("c.1", 2, 1, 3, "kb windmill", "amount")).isEqualTo("c_1.w2.s1.r3.kb_windmill.amount");
  }
}
