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

  /** Drills of the sample library as the shipped templates give them, a few to a client's block. */
  private static final Map<String, String> SHOULDER = block(
      "crocodile-breathing", "Crocodile breathing",
      "wall-slide", "Wall slide",
      "quadruped-reach-through", "Quadruped thread the needle",
      "prone-w-raise", "Prone W raise");
  private static final Map<String, String> UPPER_BACK = block(
      "breathing-90-90", "90/90 supine breathing",
      "self-hug-upper-back-stretch", "Self-hug upper-back stretch",
      "seated-tspine-extension", "Seated T-spine extension over a chair",
      "open-book", "Side-lying open book",
      "floor-lat-press", "Floor lat press",
      "bodyweight-windmill", "Bodyweight windmill");
  private static final Map<String, String> STRENGTH = block(
      "side-lying-breathing", "Side-lying breathing",
      "goblet-squat", "Kettlebell goblet squat",
      "push-up", "Push-up",
      "kettlebell-deadlift", "Kettlebell deadlift",
      "box-squat-stand", "Sit to stand",
      "marching-brace", "Standing march with a brace",
      "dead-bug", "Dead bug",
      "single-leg-balance", "Single-leg balance, eyes closed",
      "step-calf-raise", "Single-leg calf raise off a step");

  @Test
  void notesAsClientsWriteThemHoldTheDrillTheyNameAndNoOther() {
    // the drill the note is about
    assertThat(DrillNames.in("lower back sore after deadlifts", STRENGTH).drills()).containsExactly(
        "kettlebell-deadlift");
    assertThat(DrillNames.in("knee hurt on the squats", STRENGTH).drills()).containsExactly("goblet-squat");
    assertThat(DrillNames.in("hip flexor pinched on dead bugs", STRENGTH).drills()).containsExactly("dead-bug");
    assertThat(DrillNames.in("shoulder hurt on windmills", UPPER_BACK).drills()).containsExactly(
        "bodyweight-windmill");
    assertThat(DrillNames.in("neck sore from the open books", UPPER_BACK).drills()).containsExactly("open-book");
    assertThat(DrillNames.in("march hurt my hip", STRENGTH).drills()).containsExactly("marching-brace");
    // a last word that is said as often for something else than the drill holds nothing
    assertThat(DrillNames.in("ankle hurt on calf raises", SHOULDER).drills()).isEmpty();
    assertThat(DrillNames.in("shoulder hurts when I raise my arm", SHOULDER).drills()).isEmpty();
    assertThat(DrillNames.in("pins and needles in my fingers", SHOULDER).drills()).isEmpty();
    assertThat(DrillNames.in("rib pain when breathing in", SHOULDER).drills()).isEmpty();
    assertThat(DrillNames.in("shoulder pinch when I stretch", UPPER_BACK).drills()).isEmpty();
    assertThat(DrillNames.in("knee hurt when I stand up", STRENGTH).drills()).isEmpty();
    assertThat(DrillNames.in("knee hurt, lost my balance", STRENGTH).drills()).isEmpty();
    // a word after "with", "on", "over", "off" or "to" is a prop or a detail, not the drill
    assertThat(DrillNames.in("knee hurt getting up from a chair", UPPER_BACK).drills()).isEmpty();
    assertThat(DrillNames.in("knee pain, wore my brace", STRENGTH).drills()).isEmpty();
    assertThat(DrillNames.in("knee hurt going down a step", STRENGTH).drills()).isEmpty();
    // and the warning still asks about the drill the word might be
    DrillNames.Named raise = DrillNames.in("ankle hurt on calf raises", SHOULDER);
    assertThat(raise.word()).isEqualTo("raise");
    assertThat(raise.maybe()).containsExactly("Prone W raise");
    // nothing of the block in the note
    assertThat(DrillNames.in("my calves hurt on the walk", STRENGTH)).isEqualTo(DrillNames.Named.NONE);
    assertThat(DrillNames.in("hurt my back picking up the bell", STRENGTH)).isEqualTo(DrillNames.Named.NONE);
    assertThat(DrillNames.in("pain in side-lying position", UPPER_BACK)).isEqualTo(DrillNames.Named.NONE);
  }

  /** A drill the note says was fine is not the one that hurt, even by its whole name. */
  @Test
  void aDrillTheNoteSaysWasFineIsNotNamed() {
    assertThat(named("goblet squats felt fine but shoulder hurt on the windmill")).containsExactly("kb-windmill");
    assertThat(named("Windmill was ok, knee hurt on the squats")).containsExactly("goblet-squat");
    assertThat(DrillNames.in("T-spine extension felt fine but shoulder hurt", UPPER_BACK)).isEqualTo(
        DrillNames.Named.NONE);
    // said not to be fine, it is named
    assertThat(named("squats not good, knee hurt")).containsExactly("goblet-squat");
    assertThat(named("knee hurt on the squats, fine otherwise")).containsExactly("goblet-squat");
  }

  /**
   * The last words of a name, two or more, where no other drill of the block has them: what a
   * client calls a drill whose last word alone is an everyday word or shared.
   */
  @Test
  void theLastWordsOfANameNameTheDrillWhereNoOtherDrillHasThem() {
    Map<String, String> shoulder = block(
        "quadruped-reach-through", "Quadruped thread the needle",
        "band-external-rotation", "Band external rotation",
        "seated-tspine-rotation", "Seated T-spine rotation",
        "doorway-pec-stretch", "Doorway pec stretch",
        "self-hug-upper-back-stretch", "Self-hug upper-back stretch",
        "foam-roll-quads", "Foam roll quads and hip flexors",
        "foam-roll-tspine-extension", "Foam roller T-spine extension");
    assertThat(DrillNames.in("neck pain on thread the needle", shoulder).drills()).containsExactly(
        "quadruped-reach-through");
    assertThat(DrillNames.in("shoulder pain on external rotations", shoulder).drills()).containsExactly(
        "band-external-rotation");
    assertThat(DrillNames.in("pec stretch hurt my shoulder", shoulder).drills()).containsExactly(
        "doorway-pec-stretch");
    assertThat(DrillNames.in("T-spine extension hurt my back", shoulder).drills()).containsExactly(
        "foam-roll-tspine-extension");
    // parts of the body say where it hurts, even at the end of a name
    assertThat(DrillNames.in("hip flexors pinched", shoulder).drills()).isEmpty();
    // words two names share name neither
    assertThat(DrillNames.in("shoulder hurt on the T-spine rotation", block("a", "Seated T-spine rotation",
        "b", "Half-kneeling T-spine rotation")).drills()).isEmpty();
  }
}
