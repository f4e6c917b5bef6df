package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a level cell that is not one level's name is read, word by word. */
class LevelTest {
  @Test
  void theLevelsTheWordsOfACellNameEasiestFirst() {
    assertThat(Level.named("Beginner+")).containsExactly(Level.BEGINNER);
    assertThat(Level.named("Intermediate (returning)")).containsExactly(Level.INTERMEDIATE);
    assertThat(Level.named("Advanced/Beginner")).containsExactly(Level.BEGINNER, Level.ADVANCED);
    assertThat(Level.named("beginner, beginner")).containsExactly(Level.BEGINNER);
    assertThat(Level.named("  -- adv")).containsExactly(Level.ADVANCED);
  }

  @Test
  void wordsOfThreeLettersCountAndShorterOnesDoNot() {
    assertThat(Level.named("int.")).containsExactly(Level.INTERMEDIATE);
    assertThat(Level.named("new client")).containsExactly(Level.BEGINNER);
    assertThat(Level.named("a b")).isEmpty();
    assertThat(Level.named("level: i")).isEmpty();
  }

  @Test
  void aCellThatSaysNoOrNotNamesNone() {
    assertThat(Level.named("not advanced")).isEmpty();
    assertThat(Level.named("Beginner (no weights)")).isEmpty();
    assertThat(Level.named("notable beginner")).containsExactly(Level.BEGINNER);
    assertThat(Level.named(null)).isEmpty();
    assertThat(Level.named("")).isEmpty();
  }
}
