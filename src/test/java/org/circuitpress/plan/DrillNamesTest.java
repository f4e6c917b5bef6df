package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which drills of the last block a note of pain names, as clients write them: the name as printed
 * in any capitals and in the plural, or its last word where no other drill has that word; a word
 * several drills share, or an everyday one, names none and is said to be unclear.
 */
class DrillNamesTest {
  private static final Map<String, String> BLOCK = block(
      "goblet-squat", "Goblet squat",
      "incline-push-up", "Incline push-up",
      "kb-windmill", "Kettlebell windmill",
      "floor-press", "Floor lat press",
      "overhead-press", "Band overhead press",
      "band-row", "Seated band row",
      "foam-roll-calves", "Foam roll calves",
      "foam-roll-rhomboids", "Foam roll rhomboids",
      "breathing", "Breathing 90/90",
      "wall-slide", "Wall slide",
      "wall-slide-lift", "Wall slide with lift-off");

  private static Map<String, String> block(String... idsAndNames) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < idsAndNames.length; i += 2) m.put(idsAndNames[i], idsAndNames[i + 1]);
    return m;
  }

  private static List<String> named(String note) {
    return DrillNames.in(note, BLOCK).drills();
  }

  @Test
  void theNameAsPrintedOrAsAClientWritesItNamesTheDrill() {
    assertThat(named("Goblet squat hurt my knee")).containsExactly("goblet-squat");
    assertThat(named("GOBLET SQUATS: knee pain")).containsExactly("goblet-squat");
    assertThat(named("knee hurt a bit on the squats")).containsExactly("goblet-squat");
    assertThat(named("pinched on the windmill")).containsExactly("kb-windmill");
    assertThat(named("wrist hurt on push ups")).containsExactly("incline-push-up");
    assertThat(named("wrist hurt on pushups")).containsExactly("incline-push-up");
    assertThat(named("wrist hurt on the incline push-ups and the squat")).containsExactly("goblet-squat",
        "incline-push-up");
    // the longer name takes its words: "wall slide" inside it is not the other drill
    assertThat(named("shoulder pinched on the wall slide with lift-off")).containsExactly("wall-slide-lift");
    assertThat(named("shoulder pinched on wall slides")).containsExactly("wall-slide");
  }

  @Test
  void wordsThatAreNotEnoughToTellNameNoDrill() {
    // where it hurts, not the foam rolling of the calves
    assertThat(named("sharp pain in my calves")).isEmpty();
    assertThat(named("twinge between my rhomboids")).isEmpty();
    assertThat(named("twinge on the foam roll rhomboids")).containsExactly("foam-roll-rhomboids");
    // a score, not Breathing 90/90
    assertThat(named("knee pain 90 percent better")).isEmpty();
    assertThat(named("knee hurt")).isEmpty();
    assertThat(DrillNames.in("knee hurt", BLOCK)).isEqualTo(DrillNames.Named.NONE);
  }

  @Test
  void aWordSeveralDrillsShareOrAnEverydayWordNamesNoneAndSaysWhichItMightBe() {
    DrillNames.Named press = DrillNames.in("shoulder hurt on the press", BLOCK);
    assertThat(press.drills()).isEmpty();
    assertThat(press.word()).isEqualTo("press");
    assertThat(press.maybe()).containsExactly("Floor lat press", "Band overhead press");
    // one drill has "row", but "two days in a row" is said as often
    DrillNames.Named row = DrillNames.in("knee hurt two days in a row", BLOCK);
    assertThat(row.drills()).isEmpty();
    assertThat(row.maybe()).containsExactly("Seated band row");
    // the whole name still names it
    assertThat(named("elbow hurt on the seated band rows")).containsExactly("band-row");
    assertThat(DrillNames.in("elbow hurt on the seated band rows", BLOCK).word()).isNull();
    assertThat(named("shoulder hurt on the floor lat press")).containsExactly("floor-press");
  }
}
