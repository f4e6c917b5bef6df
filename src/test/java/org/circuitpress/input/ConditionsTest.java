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

  /** A limitation's words as the library writes them, for the roster's hints: the back is the low back. */
  @Test
  void aBackWithNoPartSaidIsTheLowBackAndTheBackOfAPartIsThatPart() {
    assertThat(Conditions.bodyWords(Conditions.words("back pain"))).containsExactly("low", "back", "pain");
    assertThat(Conditions.bodyWords(Conditions.words("bad back"))).containsExactly("bad", "low", "back");
    assertThat(Conditions.bodyWords(Conditions.words("upper back"))).containsExactly("upper", "back");
    assertThat(Conditions.bodyWords(Conditions.words("lower back"))).containsExactly("low", "back");
    assertThat(Conditions.bodyWords(Conditions.words("lbp"))).containsExactly("low", "back");
    assertThat(Conditions.bodyWords(Conditions.words("back of knee"))).containsExactly("knee");
  }

  /** Two words for one thing ("disc" and "disk") are one reading of a misspelling, not a choice. */
  @Test
  void aMisspellingNearTwoWordsForOneThingIsReadOnce() {
    assertThat(Conditions.spelt("disq", Set.of())).hasSize(1);
    assertThat(Conditions.spelt("hend", Set.of())).containsExactlyInAnyOrder("hand", "head");
  }
}
