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

  /** "Ached", the past of a word of soreness, reads as "ache" does: pain at a joint, soreness elsewhere. */
  @Test
  void achedAtAJointIsPainAndInAMuscleSoreness() {
    for (String pain : List.of("back ached, no pain on windmill", "knee ached on the way down", "ached in my elbow")) {
      assertThat(PainWords.reportsPain(pain)).as(pain).isTrue();
    }
    for (String fine : List.of("legs ached the next day", "not ached at all")) {
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

  /**
   * Review of the second month, finding 6: wording clients use for pain that was missed, and the
   * same words where they report none (effort, a band, soreness of muscles that worked).
   */
  @Test
  void otherWordsClientsWriteForPain() {
    for (String pain : List.of("felt a strain in my hamstring", "hamstring strain", "knee throbbing after",
        "pulled something", "pulled a muscle", "think I pulled my hamstring", "felt a pull in my groin",
        "knee was killing me", "my back is killing me", "aggravated my old knee injury", "shoulder flared up",
        "wrist flare-up", "pins and needles in my fingers", "elbow hurting", "ouch",
        "sore knee", "knee sore", "sore left shoulder", "knee is a bit sore", "sore in the back of my knee",
        "pulled my lower back", "sore lower back")) {
      assertThat(PainWords.reportsPain(pain)).as(pain).isTrue();
    }
    for (String fine : List.of("sore", "sore muscles", "sore next day", "a bit sore", "legs sore", "sore quads",
        "DOMS in hamstrings", "pulled the band", "pulled the band apart", "pulled back on the weight",
        "pulled my shoulders back", "pulled my knees to my chest", "band pull apart felt easy",
        "these lunges are killing me", "ribs flared on the exhale", "knee not sore", "no sore knee today",
        "lots of strain on the last reps", "popped out of the bottom")) {
      assertThat(PainWords.reportsPain(fine)).as(fine).isFalse();
    }
  }

  /**
   * Review of the second month, finding 5: "tweaked my setup, much better" (r04 Week 4!Q6) held a
   * drill, "tweak" read as an injury where it meant an adjustment; "felt sharp today" is alert.
   */
  @Test
  void tweakedAndSharpCountOnlyWhereTheyReportAnInjury() {
    for (String pain : List.of("tweaked my back", "tweaked my left knee", "back tweaked", "shoulder got tweaked",
        "tweaked something", "sharp pain", "sharp in the shoulder", "knee felt sharp on the way down",
        "a sharp twinge", "felt something sharp in my wrist", "sharp feeling in my hip")) {
      assertThat(PainWords.reportsPain(pain)).as(pain).isTrue();
    }
    for (String fine : List.of("tweaked my setup, much better", "tweaked the setup", "tweaked my grip",
        "tweaked my hand position", "tweaked my foot placement", "tweaked my hip hinge, felt better",
        "small tweak to the tempo", "felt sharp today", "sharp!", "looking sharp", "no sharp pain, just sore")) {
      assertThat(PainWords.reportsPain(fine)).as(fine).isFalse();
    }
  }
}
