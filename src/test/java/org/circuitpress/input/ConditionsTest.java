package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionsTest {
  /**
   * Reading a word with its first letter left out as a word of the body is safe only while no such
   * shortened word is another word of the body, or a slip of one: then "nee" could only be the knee.
   * Each shortened word reads as its own word alone, or, for an everyday word ("and", "high"), as
   * nothing.
   */
  @Test
  void eachWordOfTheBodyWithItsFirstLetterLeftOutIsReadAsThatWordAloneOrAsNothing() {
    List<String> ordinary = new ArrayList<>();
    for (String word : Conditions.SPELLABLE) {
      String shortened = word.substring(1);
      List<String> read = Conditions.spelt(shortened, Set.of());
      if (read.isEmpty()) ordinary.add(shortened);
      else assertThat(read).as(shortened).containsExactly(word);
    }
    assertThat(ordinary).containsExactlyInAnyOrder("and", "eel", "high", "lute", "pine", "union");
  }

  @Test
  void aShortenedWordIsReadAsItsPartUnlessTheLibraryUsesItOrItIsTooShort() {
    assertThat(Conditions.spelt("nee", Set.of())).containsExactly("knee");
    assertThat(Conditions.spelt("nee", Set.of("nee"))).isEmpty();
    assertThat(Conditions.spelt("ip", Set.of())).isEmpty();
  }
}
