package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void listsAsASentenceDoes() {
    assertThat(Words.and(List.of())).isEmpty();
    assertThat(Words.and(List.of("neck"))).isEqualTo("neck");
    assertThat(Words.and(List.of("neck", "knee"))).isEqualTo("neck and knee");
    assertThat(Words.and(List.of("low back", "neck", "shoulder"))).isEqualTo("low back, neck and shoulder");
    assertThat(Words.or(List.of("kg", "lb", "band"))).isEqualTo("kg, lb or band");
    assertThat(Words.joined(List.of("1", "2", "3"), " and then ")).isEqualTo("1, 2 and then 3");
  }
}
