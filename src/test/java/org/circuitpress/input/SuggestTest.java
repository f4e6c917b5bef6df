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
    assertThat(Suggest.distance("kettelbell", "kettlebell")).isEqualTo(1);
    assertThat(Suggest.distance("sandbag", "")).isEqualTo(7);
    assertThat(Suggest.distance("", "sandbag")).isEqualTo(7);
  }

  @Test
  void theDistanceCountsEveryLetterOfTheLongerWord() {
    assertThat(Suggest.distance("x", "band")).isEqualTo(4);
    assertThat(Suggest.distance("", "abc")).isEqualTo(3);
    assertThat(Suggest.closest("x", List.of("band"), Function.identity())).isEmpty();
  }

  /**
   * "--fiel" got no "did you mean --file": two neighbouring letters swapped counted as two slips, too
   * many for a word of four letters. A swap counts as one, as a letter changed does; words that are
   * not close still get no guess.
   */
  @Test
  void twoNeighbouringLettersSwappedAreOneSlip() {
    assertThat(Suggest.distance("fiel", "file")).isEqualTo(1);
    assertThat(Suggest.distance("valdiate", "validate")).isEqualTo(1);
    assertThat(Suggest.distance("ab", "ba")).isEqualTo(1);
    assertThat(Suggest.distance("ca", "abc")).as("a swapped pair is not edited again").isEqualTo(3);
    assertThat(Suggest.near("--fiel", List.of("--format", "--file"))).containsExactly("--file");
    assertThat(Suggest.near("plna", List.of("generate", "validate", "plan", "export-logs"))).containsExactly("plan");
    assertThat(Suggest.closest("4A", List.of("A4", "Letter"), Function.identity())).contains("A4");
    assertThat(Suggest.near("--fl", List.of("--file"))).as("two slips in a short word").isEmpty();
    assertThat(Suggest.near("--elif", List.of("--file"))).as("the word backwards").isEmpty();
    assertThat(Suggest.near("tahw", List.of("plan"))).isEmpty();
  }
}
