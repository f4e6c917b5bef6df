package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The words a roster may use for a client's level, units and paper. */
class SettingWordsTest {
  @ParameterizedTest
  @CsvSource({
    "beginner,BEGINNER", "B,BEGINNER", "Beg.,BEGINNER", "Novice,BEGINNER", "new,BEGINNER",
    "Intermediate,INTERMEDIATE", "int,INTERMEDIATE", "Inter,INTERMEDIATE", "mid,INTERMEDIATE",
    "ADVANCED,ADVANCED", "adv,ADVANCED", "Expert,ADVANCED", "experienced,ADVANCED"
  })
  void levels(String typed, Level level) {
    assertThat(Level.parse(typed)).contains(level);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "be", "in", "pro", "2", "beginner+", "elite", "intermediate/advanced"})
  void notLevels(String typed) {
    assertThat(Level.parse(typed)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"kg,KG", "Kgs,KG", "metric,KG", "lb,LB", "Pounds,LB", "Imperial,LB", "US,LB"})
  void unitsOfAClient(String typed, Units units) {
    assertThat(Units.parseSetting(typed)).contains(units);
  }

  @ParameterizedTest
  @ValueSource(strings = {"metric", "imperial", "us"})
  void aSystemNameIsNotAUnitAfterAWeight(String typed) {
    // "kettlebell 8/12 metric" is not a unit; only the client's setting takes the system's name
    assertThat(Units.parse(typed)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"A4,A4", "a4 paper,A4", "Letter,LETTER", "US Letter,LETTER", "8.5x11,LETTER", "8.5 x 11,LETTER",
    "letter  size,LETTER"})
  void papers(String typed, Paper paper) {
    assertThat(Paper.parse(typed)).contains(paper);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A5", "legal", "11x17"})
  void notPapers(String typed) {
    assertThat(Paper.parse(typed)).isEmpty();
  }
}
