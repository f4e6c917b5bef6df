package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which drills of the last block a note of pain names, as clients write them: the name as printed
 * in any capitals and in the plural, its last words, or its last word alone, where no other drill
 * has them; words several drills share, or an everyday word, name none and are said to be unclear.
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

  private static DrillNames.Unclear unclear(String said, String... maybe) {
    return new DrillNames.Unclear(said, List.of(maybe));
  }

  private static List<String> named(String note) {
    return DrillNames.in(note, BLOCK).drills();
  }

  @Test
  void theNameAsPrintedOrAsAClientWritesItNamesTheDrill() {
    assertThat(named("Goblet squat hurt my knee")).containsExactly("goblet-squat");
    assertThat(named("GOBLET SQUATS: knee pain")).containsExactly("goblet-squat");
    assertThat(named("knee hurt a bit on the goblet squats")).containsExactly("goblet-squat");
    assertThat(named("pinched on the kettlebell windmill")).containsExactly("kb-windmill");
    assertThat(named("wrist hurt on push ups")).containsExactly("incline-push-up");
    assertThat(named("wrist hurt on pushups")).containsExactly("incline-push-up");
    assertThat(named("wrist hurt on the incline push-ups and the goblet squat")).containsExactly("goblet-squat",
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
    assertThat(press.unclear()).containsExactly(unclear("press", "Floor lat press", "Band overhead press"));
    // one drill has "row", but "two days in a row" is said as often
    DrillNames.Named row = DrillNames.in("knee hurt two days in a row", BLOCK);
    assertThat(row.drills()).isEmpty();
    assertThat(row.unclear()).containsExactly(unclear("row", "Seated band row"));
    // the whole name still names it
    assertThat(named("elbow hurt on the seated band rows")).containsExactly("band-row");
    // "rows" alone is the drill as often: "row" asks in the plural too, as in the singular
    assertThat(DrillNames.in("elbow hurt on the rows", BLOCK).unclear()).containsExactly(unclear("rows", "Seated band row"));
    assertThat(DrillNames.in("elbow hurt on the seated band rows", BLOCK).unclear()).isEmpty();
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
    assertThat(DrillNames.in("lower back sore after kettlebell deadlifts", STRENGTH).drills()).containsExactly(
        "kettlebell-deadlift");
    assertThat(DrillNames.in("knee hurt on the goblet squats", STRENGTH).drills()).containsExactly("goblet-squat");
    assertThat(DrillNames.in("hip flexor pinched on dead bugs", STRENGTH).drills()).containsExactly("dead-bug");
    assertThat(DrillNames.in("neck sore from the open books", UPPER_BACK).drills()).containsExactly("open-book");
    // the last word of one drill's name alone holds it, and says which word it was
    assertThat(DrillNames.in("shoulder hurt on windmills", UPPER_BACK)).isEqualTo(new DrillNames.Named(
        List.of("bodyweight-windmill"), List.of(), Map.of("bodyweight-windmill", "windmills")));
    assertThat(DrillNames.in("march hurt my hip", STRENGTH).drills()).containsExactly("marching-brace");
    assertThat(DrillNames.in("lower back sore after Deadlifts", STRENGTH).byWord()).isEqualTo(
        Map.of("kettlebell-deadlift", "Deadlifts"));
    // by its whole name, the drill is not said to be held by one word
    assertThat(DrillNames.in("lower back sore after kettlebell deadlifts", STRENGTH).byWord()).isEmpty();
    // a last word that a note says about daily life far more often than about the drill holds nothing
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
    assertThat(raise.unclear()).containsExactly(unclear("raises", "Prone W raise"));
    // nothing of the block in the note
    assertThat(DrillNames.in("my calves hurt on the walk", STRENGTH)).isEqualTo(DrillNames.Named.NONE);
    assertThat(DrillNames.in("hurt my back picking up the bell", STRENGTH)).isEqualTo(DrillNames.Named.NONE);
    assertThat(DrillNames.in("pain in side-lying position", UPPER_BACK)).isEqualTo(DrillNames.Named.NONE);
  }

  /** A drill the note says was fine is not the one that hurt, even by its whole name. */
  @Test
  void aDrillTheNoteSaysWasFineIsNotNamed() {
    assertThat(named("goblet squats felt fine but shoulder hurt on the kettlebell windmill")).containsExactly(
        "kb-windmill");
    assertThat(named("Kettlebell windmill was ok, knee hurt on the goblet squats")).containsExactly("goblet-squat");
    assertThat(DrillNames.in("T-spine extension felt fine but shoulder hurt", UPPER_BACK)).isEqualTo(
        DrillNames.Named.NONE);
    // said not to be fine, it is named
    assertThat(named("goblet squats not good, knee hurt")).containsExactly("goblet-squat");
    assertThat(named("knee hurt on the goblet squats, fine otherwise")).containsExactly("goblet-squat");
  }

  /**
   * A drill the note says did not hurt is not the one that hurt, whether the note names it by one
   * word or by its whole name: the client wrote that it was not the drill.
   */
  @Test
  void aDrillTheNoteSaysDidNotHurtIsNotNamed() {
    assertThat(named("no pain on squats but knee hurt on the kettlebell windmill")).containsExactly("kb-windmill");
    assertThat(named("squats didn't hurt, windmills pinched my shoulder")).containsExactly("kb-windmill");
    assertThat(named("goblet squats were pain free, knee sore on the windmill")).containsExactly("kb-windmill");
    assertThat(named("squats no problem but shoulder hurt on windmills")).containsExactly("kb-windmill");
    assertThat(DrillNames.in("squats didn't hurt, but my knee does", BLOCK)).isEqualTo(DrillNames.Named.NONE);
    // a part that still reports pain names its drill: "not much" pain is some
    assertThat(named("not much pain on squats, windmills hurt")).containsExactly("goblet-squat", "kb-windmill");
    // left out for the pain, not said not to hurt: held
    assertThat(named("no squats this week, knee hurt")).containsExactly("goblet-squat");
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

  /** Found in review: "open books" in a block with two open books asked about "book". */
  @Test
  void wordsSeveralDrillsShareAreQuotedAsTheClientWroteThemWithEveryDrillTheyMightMean() {
    Map<String, String> books = block("open-book", "Side-lying open book", "open-book-lift-off",
        "Open book with lift-off", "cat-cow", "Cat-cow");
    DrillNames.Named n = DrillNames.in("Open Books hurt my neck", books);
    assertThat(n.drills()).isEmpty();
    assertThat(n.unclear()).containsExactly(unclear("Open Books", "Side-lying open book", "Open book with lift-off"));
  }

  /**
   * Found in review: "cat cow hurt my back" asked rather than held Cat-cow, as a name's hyphenated
   * words written apart in the singular asked, whatever they were. Only those that read as a verb
   * and the word that goes with it, alone ("step up", "pass through", "rock back"), ask; others
   * ("cat cow", "t spine extension", "incline push up") are the name.
   */
  @Test
  void aHyphenatedNameWrittenApartAsksOnlyWhereItReadsAsAVerb() {
    Map<String, String> shipped = block("cat-cow", "Cat-cow", "tspine", "Seated T-spine extension over a chair",
        "open-book", "Side-lying open book", "sl-bridge", "Single-leg glute bridge",
        "pass", "Dowel shoulder pass-through", "rock", "Adductor rock-back",
        "bottoms-up", "Bottoms-up kettlebell windmill", "push-up", "Incline push-up", "tgu", "Turkish get-up");
    assertThat(DrillNames.in("cat cow hurt my back", shipped)).isEqualTo(
        new DrillNames.Named(List.of("cat-cow"), List.of()));
    assertThat(DrillNames.in("neck hurt on the t spine extension", shipped).drills()).containsExactly("tspine");
    assertThat(DrillNames.in("side lying open book pinched my neck", shipped).drills()).containsExactly("open-book");
    assertThat(DrillNames.in("knee hurt on the single leg glute bridge", shipped).drills()).containsExactly(
        "sl-bridge");
    // more words than the verb and its word are the name too
    assertThat(DrillNames.in("wrist hurt on the bottoms up kettlebell windmill", shipped).drills()).containsExactly(
        "bottoms-up");
    assertThat(DrillNames.in("wrist hurt on the incline push up", shipped).drills()).containsExactly("push-up");
    assertThat(DrillNames.in("shoulder pinched on the turkish get up", shipped).drills()).containsExactly("tgu");
    // a verb and the word that goes with it ask, as before
    assertThat(DrillNames.in("shoulder hurt when I pass through the door", shipped).unclear()).containsExactly(
        unclear("pass through", "Dowel shoulder pass-through"));
    assertThat(DrillNames.in("knee hurt when I rock back", shipped).unclear()).containsExactly(
        unclear("rock back", "Adductor rock-back"));
    assertThat(DrillNames.in("knee hurt when I step up", block("step-up", "Step-up")).unclear()).containsExactly(
        unclear("step up", "Step-up"));
  }

  /** Found in review: a note with two unclear words said only the first. */
  @Test
  void eachUnclearWordIsSaid() {
    DrillNames.Named n = DrillNames.in("shoulder hurt on the press, then on the rows", BLOCK);
    assertThat(n.drills()).isEmpty();
    assertThat(n.unclear()).containsExactly(unclear("press", "Floor lat press", "Band overhead press"),
        unclear("rows", "Seated band row"));
    // the same word twice is said once
    assertThat(DrillNames.in("press hurt, press again", BLOCK).unclear()).hasSize(1);
  }

  /**
   * Found in review: "shoulder pinched on the overhead press" held nothing and asked which press
   * where one drill alone is an overhead press and its name ends in a detail in brackets, and beside
   * Band overhead press it also asked about Floor lat press. Words that named a drill are used up.
   */
  @Test
  void theLastWordsOfANameBeforeADetailNameTheDrillAndAskNothingMore() {
    assertThat(DrillNames.in("shoulder pinched on the overhead press", BLOCK)).isEqualTo(
        new DrillNames.Named(List.of("overhead-press"), List.of()));
    Map<String, String> bracket = block("floor-press", "Floor press", "ohp", "Overhead press (band)",
        "side-plank", "Side plank - knees");
    assertThat(DrillNames.in("shoulder pinched on the overhead press", bracket)).isEqualTo(
        new DrillNames.Named(List.of("ohp"), List.of()));
    assertThat(DrillNames.in("side planks hurt my shoulder", bracket).drills()).containsExactly("side-plank");
    // two overhead presses: the words are quoted, and only the overhead presses named
    Map<String, String> two = block("floor-press", "Floor press", "kb-ohp", "Kettlebell overhead press",
        "hk-ohp", "Half-kneeling overhead press with band");
    assertThat(DrillNames.in("shoulder pinched on the overhead press", two)).isEqualTo(new DrillNames.Named(List.of(),
        List.of(unclear("overhead press", "Kettlebell overhead press", "Half-kneeling overhead press with band"))));
  }

  /** A trainer's own library, in everyday gym names: not the shipped one the rule was first tuned on. */
  private static final Map<String, String> GYM = block(
      "farmer-carry", "Farmer carry", "bird-dog", "Bird dog", "cat-cow", "Cat-cow", "wall-slide", "Wall slide",
      "side-plank", "Side plank", "pull-apart", "Banded pull-apart", "dead-hang", "Dead hang",
      "split-squat", "Split squat", "step-up", "Step-up", "face-pull", "Face pull", "suitcase-carry", "Suitcase carry",
      "copenhagen", "Copenhagen plank", "hip-switch", "90/90 hip switch", "wgs", "World's greatest stretch",
      "couch-stretch", "Couch stretch", "foam-thoracic", "Foam roll thoracic", "goblet-squat", "Goblet squat",
      "kb-swing", "KB swing", "glute-bridge", "Glute bridge", "hip-thrust", "Hip thrust", "sl-rdl", "Single-leg RDL",
      "push-up", "Push-up", "dead-bug", "Dead bug", "pallof", "Pallof press", "landmine", "Landmine press",
      "ohp", "Overhead press (band)", "trx-row", "TRX row", "pulldown", "Lat pulldown", "reverse-lunge", "Reverse lunge",
      "box-jump", "Box jump", "wall-sit", "Wall sit", "pigeon", "Pigeon stretch", "clamshell", "Clamshell",
      "bear-crawl", "Bear crawl", "tgu", "Turkish get-up", "sled-push", "Sled push", "jefferson", "Jefferson curl",
      "hip-airplane", "Hip airplane", "calf-raise", "Calf raise");

  /**
   * Notes as clients write them against {@link #GYM}: the note, the drills a note of pain holds,
   * and what it asks the trainer (the words as the client wrote them, then the drills they might
   * mean); a note that reports no pain holds and asks nothing. One word of a name that no other
   * drill has holds that drill: 10 of these notes hold a drill they were not about ("walking the
   * dog", "when I jump", "golf swing", "stomach bug"), a pause of one block with the word in the
   * warning, where the rule that asked instead missed the 5 notes that named a drill by one word
   * ("knee hurt on the lunges", "clamshells pinched my hip"). The everyday words ask: "two days in a
   * row" and "when I raise my arm" would hold TRX row and Calf raise, and no note of the table names
   * those drills by that word alone. A first word alone asks ("copenhagens", "goblets"), as do
   * "suitcase" and "couch" said of daily life; a part that says a drill did not hurt in fewer words
   * ("not on squats", "bridges didn't") names nothing, while one that says the drill was left out or
   * that names more than the drill ("could not finish", "not just", "no box jumps this week") holds.
   */
  private static final String[][] GYM_NOTES = {
      {"knee hurt on split squats", "split-squat", ""},
      {"walking the dog hurt my back", "bird-dog", ""},
      {"bird dogs pinched my low back", "bird-dog", ""},
      {"knee hurt when I jump", "box-jump", ""},
      {"knee hurt on box jumps", "box-jump", ""},
      {"shoulder hurt when I push the pram", "", "push: Push-up | Sled push"},
      {"back sore after the sled pushes", "sled-push", ""},
      {"wrist pain when I switch sides", "hip-switch", ""},
      {"hip switches hurt my knee", "hip-switch", ""},
      {"hip pain on 90/90 hip switches", "hip-switch", ""},
      {"elbow hurt when I hang the washing", "dead-hang", ""},
      {"shoulder pain on the dead hang", "dead-hang", ""},
      {"did bicep curls at home and my elbow hurt", "jefferson", ""},
      {"lower back twinged on jefferson curls", "jefferson", ""},
      {"golf swing tweaked my back", "kb-swing", ""},
      {"back hurt on KB swings", "kb-swing", ""},
      {"knee hurt when I step up onto the bus", "", "step up: Step-up"},
      {"knee hurt on step ups", "step-up", ""},
      {"hip hurts when I get up from the sofa", "", "get up: Turkish get-up"},
      {"shoulder pinched on get-ups", "tgu", ""},
      {"neck pain on the face pulls", "face-pull", ""},
      {"shoulder hurt when I pull the door", "", "pull: Banded pull-apart | Face pull"},
      {"groin twinge on copenhagen plank", "copenhagen", ""},
      {"elbow hurt in the plank", "", "plank: Side plank | Copenhagen plank"},
      {"side plank hurt my shoulder", "side-plank", ""},
      {"back hurt carrying the suitcase", "", "suitcase: Suitcase carry"},
      {"wrist hurt on farmer carries", "farmer-carry", ""},
      {"knee pain on the couch stretch", "couch-stretch", ""},
      {"neck hurt after sleeping on the couch", "", "couch: Couch stretch"},
      {"wrist hurt on push ups", "push-up", ""},
      {"wrist hurt when I push up off the floor", "", "push up: Push-up"},
      {"lower back pain on dead bugs", "dead-bug", ""},
      {"stomach bug this week and back hurt", "dead-bug", ""},
      {"hip flexor pinched on glute bridges", "glute-bridge", ""},
      {"knee hurt walking over the bridge", "glute-bridge", ""},
      {"hip thrusts hurt my back", "hip-thrust", ""},
      {"shoulder pinched on the overhead press", "ohp", ""},
      {"shoulder hurt on the landmine press", "landmine", ""},
      {"shoulder hurt on the press", "", "press: Pallof press | Landmine press | Overhead press (band)"},
      {"elbow hurt on the TRX rows", "trx-row", ""},
      {"elbow hurt two days in a row", "", "row: TRX row"},
      {"knee hurt on the lunges", "reverse-lunge", ""},
      {"knee hurt lunging for the bus", "", ""},
      {"wall sit hurt my knees", "wall-sit", ""},
      {"wall slides pinched my shoulder", "wall-slide", ""},
      {"neck pain on world's greatest stretch", "wgs", ""},
      {"greatest stretch hurt my hip", "wgs", ""},
      {"calf raises hurt my achilles", "calf-raise", ""},
      {"shoulder hurts when I raise my arm", "", "raise: Calf raise"},
      {"shoulder hurt on pull-aparts", "pull-apart", ""},
      {"low back pain when I foam roll thoracic", "foam-thoracic", ""},
      {"lat pulldown pinched my shoulder", "pulldown", ""},
      {"shoulder hurt on pulldowns", "pulldown", ""},
      {"knee hurt doing the airplane", "hip-airplane", ""},
      {"back hurt on the airplane home", "hip-airplane", ""},
      {"bear crawls hurt my wrists", "bear-crawl", ""},
      {"baby started to crawl and my back hurts from lifting her", "bear-crawl", ""},
      {"clamshells pinched my hip", "clamshell", ""},
      {"plank hurt my elbow", "", "plank: Side plank | Copenhagen plank"},
      {"cat cow hurt my back", "cat-cow", ""},
      {"knee hurt on the single leg rdl", "sl-rdl", ""},
      {"thumb hurt when I pull apart the bread", "", "pull apart: Banded pull-apart"},
      {"knee hurt on the RDLs", "sl-rdl", ""},
      {"knee hurt on goblet squats", "goblet-squat", ""},
      {"knee hurt on the squats", "", "squats: Split squat | Goblet squat"},
      {"sore knee after the walk", "", ""},
      {"shoulder hurt on pallof press and face pulls", "pallof,face-pull", ""},
      // a part that says a drill did not hurt, without a word of pain of its own, names nothing
      {"knee hurt on lunges, not on squats", "reverse-lunge", ""},
      {"hurt on the lunges but not the goblet squats", "reverse-lunge", ""},
      {"lunges hurt, goblet squats fine", "reverse-lunge", ""},
      {"lunges hurt (goblet squats were ok)", "reverse-lunge", ""},
      {"pain in lunges - none in goblet squats", "reverse-lunge", ""},
      {"knee pain on step ups not on box jumps", "step-up", ""},
      {"hip thrusts hurt my back, bridges didn't", "hip-thrust", ""},
      {"clamshells pinched my hip and the bridges were fine", "clamshell", ""},
      {"shoulder hurt on face pulls, nothing on pull-aparts", "face-pull", ""},
      {"wrist hurt on push ups but never on bear crawls", "push-up", ""},
      // while a part that does not say so still names its drill
      {"not sure why but goblet squats hurt", "goblet-squat", ""},
      {"could not finish goblet squats, knee hurt", "goblet-squat", ""},
      {"goblet squats hurt, not lunges", "goblet-squat", ""},
      {"no box jumps this week, knee hurt", "box-jump", ""},
      {"did not do box jumps, knee hurt", "box-jump", ""},
      {"knee hurt so not box jumps", "box-jump", ""},
      {"knee hurt, not just on lunges", "reverse-lunge", ""},
      {"not much pain on lunges, knee still sore", "reverse-lunge", ""},
      {"box jumps not good, knee hurt", "box-jump", ""},
      // and so does one whose pain came after the drill ("not during ... but after")
      {"knee hurt not during the goblet squats but after", "goblet-squat", ""},
      {"knee hurt on lunges, not on goblet squats, only the day after", "reverse-lunge,goblet-squat", ""},
      {"lunges hurt, not on box jumps, sore that night", "reverse-lunge,box-jump", ""},
      {"lunges hurt, not on box jumps, day 3 was the worst", "reverse-lunge", ""},
      // the first word of one drill's name alone asks, naming the drill, and never holds
      {"copenhagens hurt my groin", "", "copenhagens: Copenhagen plank"},
      {"goblets made my knee ache", "", "goblets: Goblet squat"},
      {"pallofs hurt my lower back", "", "pallofs: Pallof press"},
      {"jeffersons tweaked my back", "", "jeffersons: Jefferson curl"},
      {"groin twinge on the copenhagen", "", "copenhagen: Copenhagen plank"},
      // but not a part of the body, which a note says of where it hurts: "face" of Face pull
      {"face hurt from the cold on my run, knee sore too", "", ""},
      {"my face hurt after the face pulls", "face-pull", ""},
      // notes of no pain hold nothing, whatever they name
      {"walked the dog twice, felt great", "", ""},
      {"bird dogs felt easy", "", ""},
      {"split squats were heavy today", "", ""},
      {"did extra face pulls at home", "", ""},
      {"RDLs getting better, hamstrings tight", "", ""},
      {"box jumps: no pain", "", ""},
  };

  @Test
  void aTrainersOwnLibraryHoldsTheDrillANoteOfPainNamesAndAsksWhereItCannotTell() {
    for (String[] row : GYM_NOTES) {
      DrillNames.Named n = PainWords.reportsPain(row[0]) ? DrillNames.in(row[0], GYM) : DrillNames.Named.NONE;
      List<String> holds = row[1].isEmpty() ? List.of() : List.of(row[1].split(","));
      List<DrillNames.Unclear> asks = row[2].isEmpty() ? List.of()
          : List.of(unclear(row[2].split(": ")[0], row[2].split(": ")[1].split(" \\| ")));
      assertThat(n.drills()).as(row[0]).containsExactlyInAnyOrderElementsOf(holds);
      assertThat(n.unclear()).as(row[0]).isEqualTo(asks);
    }
    // a drill held by one word of its name says which word, as the client wrote it
    assertThat(DrillNames.in("knee hurt on the lunges", GYM).byWord()).isEqualTo(Map.of("reverse-lunge", "lunges"));
    assertThat(DrillNames.in("Clamshells pinched my hip", GYM).byWord()).isEqualTo(Map.of("clamshell", "Clamshells"));
    // a first word that asks is not one that holds
    assertThat(DrillNames.in("copenhagens hurt my groin", GYM).byWord()).isEmpty();
  }

  /**
   * Words many names begin with say what kind of drill it is (the kit, the side, the stance), and
   * notes say them of daily life: alone, they ask nothing even where one drill of the block has
   * them; the first word after them asks ("goblets" of Kettlebell goblet squat).
   */
  @Test
  void theFirstWordsThatSayWhatKindOfDrillItIsAskNothing() {
    Map<String, String> kinds = block("single", "Single arm row", "half", "Half-kneeling chop", "side", "Side bend",
        "band", "Band face pull", "wall", "Wall angel", "seated", "Seated twist", "standing", "Standing fly",
        "bent", "Bent-over row", "kb", "KB goblet squat", "db", "DB Romanian deadlift");
    for (String note : List.of("single mum, back hurt from carrying the baby", "half way through my knee hurt",
        "side of my knee hurt", "band snapped and hit my hand, it hurts", "leaned on the wall and my back hurt",
        "seated all day, back pain", "standing too long hurt my feet", "bent down and my back twinged",
        "kb slipped and hurt my wrist", "db hurt my wrist")) {
      assertThat(DrillNames.in(note, kinds)).as(note).isEqualTo(DrillNames.Named.NONE);
    }
    assertThat(DrillNames.in("goblets hurt my knee", kinds).unclear()).containsExactly(unclear("goblets",
        "KB goblet squat"));
    assertThat(DrillNames.in("romanians hurt my back", kinds).unclear()).containsExactly(unclear("romanians",
        "DB Romanian deadlift"));
    // nor does a word of one or two letters
    assertThat(DrillNames.in("knee hurt w/ the lunges", block("w-raise", "Prone W raise"))).isEqualTo(
        DrillNames.Named.NONE);
    // two drills that begin with the word: both are named
    assertThat(DrillNames.in("goblets hurt my knee", block("kb", "Goblet squat", "db", "Goblet box squat")).unclear())
        .containsExactly(unclear("goblets", "Goblet squat", "Goblet box squat"));
    // "dead" is said of other things far more often: "deads" are deadlifts, an arm goes dead
    Map<String, String> dead = block("hang", "Dead hang", "bug", "Dead bug");
    assertThat(DrillNames.in("deads hurt my back", dead)).isEqualTo(DrillNames.Named.NONE);
    assertThat(DrillNames.in("arm went dead and shoulder hurt", dead)).isEqualTo(DrillNames.Named.NONE);
    assertThat(DrillNames.in("shoulder hurt on dead hangs", dead).drills()).containsExactly("hang");
  }
}
