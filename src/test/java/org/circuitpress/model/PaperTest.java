package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaperTest {
  @Test
  void mostIsThePaperMostAreAndA4OnATieOrForNone() {
    assertThat(Paper.most(List.of(Paper.LETTER, Paper.A4, Paper.LETTER))).isEqualTo(Paper.LETTER);
    assertThat(Paper.most(List.of(Paper.A4, Paper.A4, Paper.LETTER))).isEqualTo(Paper.A4);
    assertThat(Paper.most(List.of(Paper.LETTER, Paper.A4))).isEqualTo(Paper.A4);
    assertThat(Paper.most(List.of())).isEqualTo(Paper.A4);
  }
}
