package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which notes of a log report pain or an injury, and which only training or its absence. */
class PainWordsTest {
  @Test
  void wordsOfPainAndWordsOfTraining() {
    for (String pain : List.of("sharp pain in right shoulder", "Knee hurt on the way down", "twinge in low back",
        "fingers went numb", "tingling down the arm", "pinched something", "tweaked my back", "wrist swollen",
        "no pain in the shoulder but the knee hurts", "not too painful", "less pain than last week",
        "pain until round 3, then no pain", "OUCH")) {
      assertThat(PainWords.reportsPain(pain)).as(pain).isTrue();
    }
    for (String fine : List.of("no pain", "pain free", "pain-free", "painless", "didn’t hurt", "doesnt hurt",
        "never any pain", "without pain", "pain: none", "pain 0/10", "pain gone", "sore", "DOMS", "stiff",
        "legs burning", "achy lats", "felt easy", "went heavier", "T-spine felt great", "click in shoulder, fine",
        "no pain or numbness")) {
      assertThat(PainWords.reportsPain(fine)).as(fine).isFalse();
    }
  }

  /** Notes from a month of returned logs (the review of the second month): answers and pain that went. */
  @Test
  void painAnsweredNoOrGoneIsNoPain() {
    for (String fine : List.of("Pain: no", "Pain? No", "pain - nope", "knee pain is gone", "the pain went away",
        "pain was completely gone by round 2", "Pain? none")) {
      assertThat(PainWords.reportsPain(fine)).as(fine).isFalse();
    }
    for (String pain : List.of("Pain: yes", "Pain? yes, left knee", "pain no better", "knee pain is back",
        "pain is better", "hurts, then gone")) {
      assertThat(PainWords.reportsPain(pain)).as(pain).isTrue();
    }
  }
}
