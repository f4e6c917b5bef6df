package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Which misspelling is read as the word meant, and which only gets a hint. */
class SuggestTest {
  @Test
  void aSlipIsReadInWordsOfSixLettersOrMore() {
    assertThat(Suggest.slip("sandbg", List.of("sandbag"), Function.identity())).contains("sandbag");
    assertThat(Suggest.slip("pulleys", List.of("pulley"), Function.identity())).contains("pulley");
    assertThat(Suggest.slip("towels", List.of("towel"), Function.identity())).isEmpty();
    assertThat(Suggest.slip("dowel", List.of("towel"), Function.identity())).isEmpty();
  }

  @Test
  void aLetterAddedOrLeftOutAtTheStartIsASlipToo() {
    assertThat(Suggest.slip("ssandbag", List.of("sandbag"), Function.identity())).contains("sandbag");
    assertThat(Suggest.slip("andbags", List.of("sandbags"), Function.identity())).contains("sandbags");
    assertThat(Suggest.swapsOrEdits("kettelbell", "kettlebell")).isEqualTo(1);
    assertThat(Suggest.swapsOrEdits("sandbag", "")).isEqualTo(7);
    assertThat(Suggest.swapsOrEdits("", "sandbag")).isEqualTo(7);
  }

  @Test
  void theDistanceCountsEveryLetterOfTheLongerWord() {
    assertThat(Suggest.distance("x", "band")).isEqualTo(4);
    assertThat(Suggest.distance("", "abc")).isEqualTo(3);
    assertThat(Suggest.closest("x", List.of("band"), Function.identity())).isEmpty();
  }
}
