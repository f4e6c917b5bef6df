package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Units;
import org.junit.jupiter.api.Test;

class KitParserTest {
  private static KitParser.Result parse(String... items) {
    return KitParser.parse(List.of(items), Units.KG);
  }

  private static KitItem graded(String name, String... grades) {
    return new KitItem(name, List.of(), null, List.of(grades));
  }

  /**
   * Found in review: "foam roller/mat" was read as the equipment "foam" in the grades "roller" and
   * "mat", which no library names, so the client silently had no foam roller.
   */
  @Test
  void aSlashAfterANameOfSeveralWordsJoinsNamesUnlessItsWordsAreGrades() {
    KitParser.Result r = parse("foam roller/mat", "foam roller / yoga mat");
    assertThat(r.kit().items().keySet()).containsExactly("foam roller", "mat", "yoga mat");
    assertThat(r.problems()).isEmpty();
    assertThat(r.warnings())
        .containsExactly(
            "\"foam roller/mat\" is read as 2 pieces of equipment, \"foam roller\" and \"mat\";"
                + " separate the items of a list with \";\"",
            "\"foam roller / yoga mat\" is read as 2 pieces of equipment, \"foam roller\" and"
                + " \"yoga mat\"; separate the items of a list with \";\"");
  }

  /** A "/" between names was an error ("cannot read"); now it joins them as a ";" would. */
  @Test
  void aSlashBetweenNamesJoinsThemAndTheStepsAfterTheLastNameAreItsOwn() {
    KitParser.Result r = parse("dumbbell/kettlebell");
    assertThat(r.problems()).isEmpty();
    assertThat(r.kit().items().values())
        .containsExactly(KitItem.plain("dumbbell"), KitItem.plain("kettlebell"));
    r = parse("band/kettlebell 8/12 kg");
    assertThat(r.problems()).isEmpty();
    assertThat(r.kit().items().values())
        .containsExactly(
            KitItem.plain("band"), new KitItem("kettlebell", List.of(8.0, 12.0), Units.KG, List.of()));
    assertThat(r.warnings())
        .containsExactly(
            "\"band/kettlebell 8/12 kg\" is read as 2 pieces of equipment, \"band\" and"
                + " \"kettlebell 8/12 kg\"; separate the items of a list with \";\"");
  }

  @Test
  void gradesAndLoadStepsAreReadAsBefore() {
    KitParser.Result r =
        parse(
            "band yellow/red/green",
            "tube light/heavy",
            "kettlebell 8/12 kg",
            "foam roller soft/firm",
            "mini band pink/lilac",
            "band (light/heavy)");
    assertThat(r.problems()).isEmpty();
    assertThat(r.warnings()).isEmpty();
    assertThat(r.kit().items().values())
        .containsExactly(
            graded("band", "yellow", "red", "green", "light", "heavy"),
            graded("tube", "light", "heavy"),
            new KitItem("kettlebell", List.of(8.0, 12.0), Units.KG, List.of()),
            graded("foam roller", "soft", "firm"),
            graded("mini band", "pink", "lilac"));
  }

  /**
   * Found in review: in "foam roller; dumbbell, kettlebell 8/12 kg" the comma was part of a name,
   * "dumbbell, kettlebell", that no library uses, so the client had neither.
   */
  @Test
  void commasInAListSeparatedBySemicolonsSeparateItemsTooWithOneWarning() {
    KitParser.Result r =
        parse("foam roller", "dumbbell, kettlebell 8/12 kg", "band, mat", "kettlebell 8,5 kg");
    assertThat(r.problems()).isEmpty();
    assertThat(r.kit().items().values())
        .containsExactly(
            KitItem.plain("foam roller"),
            KitItem.plain("dumbbell"),
            new KitItem("kettlebell", List.of(8.0, 8.5, 12.0), Units.KG, List.of()),
            KitItem.plain("band"),
            KitItem.plain("mat"));
    assertThat(r.warnings())
        .containsExactly(
            "\"dumbbell, kettlebell 8/12 kg\" is read as 2 pieces of equipment, \"dumbbell\" and"
                + " \"kettlebell 8/12 kg\", and \"band, mat\" as \"band\" and \"mat\"; separate the items"
                + " of a list with \";\"");
  }

  /** A comma between weights is no separator of items: "12 kg" alone would be an error. */
  @Test
  void aCommaBetweenWeightsInAListSeparatedBySemicolonsSeparatesNothing() {
    KitParser.Result r = parse("foam roller", "kettlebell 8, 12 kg");
    assertThat(r.problems()).isEmpty();
    assertThat(r.warnings()).noneMatch(w -> w.contains("pieces of equipment"));
  }

  @Test
  void aSlashThatJoinsNeitherNamesNorStepsIsStillAnError() {
    assertThat(parse("band light/ /heavy 5").problems())
        .containsExactly(
            "cannot read \"band light/ /heavy 5\"; write weights like \"kettlebell 8/12/16 kg\" or"
                + " grades like \"band light/medium/heavy\"");
    assertThat(parse("band light/2").problems())
        .containsExactly(
            "cannot read the steps \"light/2\" in \"band light/2\"; write weights like \"8/12/16 kg\""
                + " or grades like \"light/medium/heavy\"");
    assertThat(parse("dumbbell/kettlebell heavy kg").problems())
        .containsExactly(
            "in \"dumbbell/kettlebell heavy kg\" the weights before kg are not numbers; write them"
                + " like \"kettlebell 8/12/16 kg\"");
  }

  /**
   * Found in review (a trainer's Google Sheets roster): "KB 12kg, 16kg; mini bands" gave an error
   * for "16kg" that skipped the client, "resistance bands (light, medium, heavy)" and "dumbbells 5,
   * 10, 15 lb" were read as equipment nobody uses, so the client got no loaded drills.
   */
  @Test
  void weightsAndGradesListedWithCommasAreThoseOfOnePiece() {
    assertThat(KitParser.listsWithSlashes("KB 12kg, 16kg; mini bands")).isEqualTo("KB 12/16 kg; mini bands");
    assertThat(KitParser.listsWithSlashes("dumbbells 5, 10, 15 lb; bench")).isEqualTo("dumbbells 5/10/15 lb; bench");
    assertThat(KitParser.listsWithSlashes("Dumbbells 5,10,15 kg")).isEqualTo("Dumbbells 5/10/15 kg");
    assertThat(KitParser.listsWithSlashes("KB 8 & 12 kg")).isEqualTo("KB 8/12 kg");
    assertThat(KitParser.listsWithSlashes("kettlebell 8 and 12.5kg")).isEqualTo("kettlebell 8/12.5 kg");
    assertThat(KitParser.listsWithSlashes("foam roller, kettlebell 8, 12, 16 kg, mat"))
        .isEqualTo("foam roller, kettlebell 8/12/16 kg, mat");
    assertThat(KitParser.listsWithSlashes("resistance bands (light, medium, heavy)"))
        .isEqualTo("resistance bands (light/medium/heavy)");
    assertThat(KitParser.listsWithSlashes("band red & green; mat")).isEqualTo("band red/green; mat");

    KitParser.Result r = KitParser.parseCell(
        "KB 12kg, 16kg; resistance bands (light, medium, heavy)", Units.KG, KitParser::isUsualName);
    assertThat(r.problems()).isEmpty();
    assertThat(r.kit().items().get("kb").loads()).containsExactly(12.0, 16.0);
    assertThat(r.kit().items().get("resistance band").grades()).containsExactly("light", "medium", "heavy");
    assertThat(r.warnings().get(0))
        .isEqualTo("\"KB 12kg, 16kg; resistance bands (light, medium, heavy)\" is read as \"KB 12/16 kg;"
            + " resistance bands (light/medium/heavy)\": the weights or grades of one piece are separated with"
            + " \"/\", the items of the list with \";\"");
  }

  /** What is not one piece's list stays as typed, and a cell with nothing to change is read without a warning. */
  @Test
  void onlyAListThatEndsAnItemInOneUnitIsReadAsOnePiecesWeights() {
    for (String same : List.of("kettlebell 12kg, 2 bands", "kettlebell 8,5 kg", "kettlebell 8,12 kg",
        "kettlebell 12 kg, 20 lb", "band light, foam roller", "kettlebell 8/12 kg; mat", "foam roller and mat")) {
      assertThat(KitParser.listsWithSlashes(same)).as(same).isEqualTo(same);
    }
    assertThat(KitParser.parseCell("kettlebell 8/12 kg; mat", Units.KG, KitParser::isUsualName).warnings())
        .isEmpty();
  }

  /**
   * Found by the corpus of trainers' own files (2026-11-25): "foam roller and band light/heavy",
   * "foam roller & kettlebell 8/12 kg" or "band medium + kettlebell 12/16 kg" in a client's
   * equipment was one name no drill uses, so the client was read as owning neither, and
   * "dumbbells 5/10/15 lb and band light" was an error that left the client out. Each is read as
   * its pieces, with a warning, as a "/" between names is; weights and grades so joined stay one
   * piece's, and so do grades alone before the name.
   */
  @Test
  void piecesJoinedByAndAmpersandOrPlusAreItemsOfTheirOwn() {
    KitParser.Result r = KitParser.parseCell("foam roller and band light/heavy; dumbbells 5/10/15 lb & bench",
        Units.LB, KitParser::isUsualName);
    assertThat(r.problems()).isEmpty();
    assertThat(r.kit().items().keySet()).containsExactly("foam roller", "band", "dumbbell", "bench");
    assertThat(r.kit().items().get("band").grades()).containsExactly("light", "heavy");
    assertThat(r.kit().items().get("dumbbell").loads()).containsExactly(5.0, 10.0, 15.0);
    assertThat(r.warnings()).containsExactly("\"foam roller and band light/heavy\" is read as 2 pieces of equipment,"
        + " \"foam roller\" and \"band light/heavy\", and \"dumbbells 5/10/15 lb & bench\" as \"dumbbells 5/10/15 lb\""
        + " and \"bench\"; separate the items of a list with \";\"");

    KitParser.Result plus = KitParser.parseCell("band medium+kettlebell 12/16 kg", Units.KG, KitParser::isUsualName);
    assertThat(plus.problems()).isEmpty();
    assertThat(plus.kit().items().get("kettlebell").loads()).containsExactly(12.0, 16.0);
    assertThat(plus.kit().items().get("band").grades()).containsExactly("medium");

    KitParser.Result one = KitParser.parseCell("kettlebell 8 & 12 kg; bands (light and heavy)", Units.KG,
        KitParser::isUsualName);
    assertThat(one.kit().items().get("kettlebell").loads()).containsExactly(8.0, 12.0);
    assertThat(one.kit().items().get("band").grades()).containsExactly("light", "heavy");
    for (String whole : List.of("light and heavy band", "kettlebell 12 kg + 2 bands")) {
      assertThat(KitParser.parseCell(whole, Units.KG, KitParser::isUsualName).warnings()).as(whole)
          .noneMatch(w -> w.contains("pieces of equipment"));
    }
  }

  /**
   * Found in review: "pair of dumbbells and a bench" was read as the pieces "pair of dumbbell" and
   * "a bench", names no drill uses, so the client had neither. Words before a name that say how
   * many or which ("pair of", "a", "set of", "two") are left out, and the warning shows the names
   * read; on their own ("a pair of dumbbells 5/10 kg") too.
   */
  @Test
  void wordsThatSayHowManyBeforeANameAreLeftOut() {
    KitParser.Result r = KitParser.parseCell("pair of dumbbells and a bench", Units.KG, KitParser::isUsualName);
    assertThat(r.problems()).isEmpty();
    assertThat(r.kit().items().keySet()).containsExactly("dumbbell", "bench");
    assertThat(r.warnings()).containsExactly("\"pair of dumbbells and a bench\" is read as 2 pieces of equipment,"
        + " \"dumbbells\" and \"bench\"; separate the items of a list with \";\"");

    KitParser.Result alone = KitParser.parseCell("A pair of dumbbells 5/10 kg; a set of bands light/heavy; the mat",
        Units.KG, KitParser::isUsualName);
    assertThat(alone.problems()).isEmpty();
    assertThat(alone.kit().items().keySet()).containsExactly("dumbbell", "band", "mat");
    assertThat(alone.kit().items().get("dumbbell").loads()).containsExactly(5.0, 10.0);
    assertThat(alone.kit().items().get("band").grades()).containsExactly("light", "heavy");
    assertThat(alone.warnings()).containsExactly("\"A pair of dumbbells 5/10 kg\" is read as the piece of equipment"
        + " \"dumbbells 5/10 kg\", and \"a set of bands light/heavy\" as \"bands light/heavy\", and \"the mat\" as"
        + " \"mat\"; separate the items of a list with \";\"");

    KitParser.Result two = KitParser.parseCell("two kettlebells 12 kg + a foam roller", Units.KG,
        KitParser::isUsualName);
    assertThat(two.kit().items().keySet()).containsExactly("kettlebell", "foam roller");
    assertThat(two.kit().items().get("kettlebell").loads()).containsExactly(12.0);
    // names that only begin like such words stay whole
    assertThat(parse("ab wheel", "another band", "mat", "theraband").kit().items().keySet())
        .containsExactly("ab wheel", "another band", "mat", "theraband");
  }

  private static KitItem weights(String name, Units unit, double... loads) {
    return new KitItem(name, java.util.Arrays.stream(loads).boxed().toList(), unit, List.of());
  }

  /**
   * Found running a messy roster of 200 rows: "dumbells 5-25 lb", a slip the roster reads as the
   * library's dumbbell, was read as its two ends alone, 5 and 25 lb ("the weights in between are not
   * known for a dumbell"), and the next warning at the cell asked for "dumbbell 5/25 lb": a client
   * with a rack of dumbbells got two. A slip of a kettlebell's or dumbbell's name reads their range.
   */
  @Test
  void aRangeOfAMisspeltDumbbellOrKettlebellIsReadAsTheirUsualWeights() {
    KitParser.Result r = KitParser.parse(List.of("dumbells 5-25 lb", "kettelbell 8-16 kg", "dowel 1-2 kg"), Units.LB);
    assertThat(r.kit().items().values()).containsExactly(
        weights("dumbell", Units.LB, 5, 10, 15, 20, 25),
        weights("kettelbell", Units.KG, 8, 12, 16),
        // a name of five letters is no slip of one: "dowel" is not a dumbbell
        weights("dowel", Units.KG, 1, 2));
    assertThat(r.warnings()).first().isEqualTo("\"dumbells 5-25 lb\" is read as \"dumbells 5/10/15/20/25 lb\", the"
        + " weights dumbbells usually come in; if the client has other weights, write each one they have, separated"
        + " by \"/\"");
  }

  /**
   * Found in a review by a US trainer (fx/roster-iso.csv): "dumbbells 10-50 lb" and "DBs 10-50 lbs"
   * were errors that left the client out, and the error's example was in kg in a cell in lb.
   */
  @Test
  void aRangeOfWeightsIsReadAsTheWeightsTheEquipmentUsuallyComesInWithAWarning() {
    KitParser.Result r = KitParser.parse(List.of("dumbbells 10-50 lb", "KBs 8 - 24 kg", "kettlebell 18 to 53lb"), Units.LB);
    assertThat(r.problems()).isEmpty();
    assertThat(r.kit().items().values())
        .containsExactly(
            weights("dumbbell", Units.LB, 10, 15, 20, 25, 30, 35, 40, 45, 50),
            weights("kbs", Units.KG, 8, 12, 16, 20, 24),
            // the two ends are kilogram bells as US makers mark them, so the bells between are too
            weights("kettlebell", Units.LB, 18, 26, 35, 44, 53));
    assertThat(r.warnings())
        .containsExactly(
            "\"dumbbells 10-50 lb\" is read as \"dumbbells 10/15/20/25/30/35/40/45/50 lb\", the weights"
                + " dumbbells usually come in; if the client has other weights, write each one they have,"
                + " separated by \"/\"",
            "\"KBs 8 - 24 kg\" is read as \"KBs 8/12/16/20/24 kg\", the weights kettlebells usually come in;"
                + " if the client has other weights, write each one they have, separated by \"/\"",
            "\"kettlebell 18 to 53lb\" is read as \"kettlebell 18/26/35/44/53 lb\", the weights kettlebells"
                + " usually come in; if the client has other weights, write each one they have, separated by"
                + " \"/\"");

    // without a unit, in the client's; kilogram dumbbells 2 kg apart to 10 kg, then 2.5 kg apart
    assertThat(KitParser.parse(List.of("dumbbells 4\u201320"), Units.KG).kit().items().values())
        .containsExactly(weights("dumbbell", Units.KG, 4, 6, 8, 10, 12.5, 15, 17.5, 20));
    // ends the usual weights do not hold are kept: the client said they have them
    assertThat(KitParser.parse(List.of("dumbbells 12-30 lb"), Units.LB).kit().items().values())
        .containsExactly(weights("dumbbell", Units.LB, 12, 15, 20, 25, 30));

    // equipment without usual weights: the two ends only; without a unit, no range at all
    r = KitParser.parse(List.of("sandbag 10-40 lb", "foam roller 36-90"), Units.LB);
    assertThat(r.problems()).isEmpty();
    assertThat(r.kit().items().values())
        .containsExactly(weights("sandbag", Units.LB, 10, 40), KitItem.plain("foam roller 36 90"));
    assertThat(r.warnings())
        .containsExactly(
            "\"sandbag 10-40 lb\" is read as \"sandbag 10/40 lb\", the two weights it names, since the"
                + " weights in between are not known for a sandbag; write each weight the client has,"
                + " separated by \"/\"");
  }

  /**
   * "kettlebells: 8-16 kg", as a trainer writes a list in a spreadsheet, was read as equipment named
   * "kettlebells:" with the two ends alone, 8 and 16 kg, which no drill uses. A colon after the name
   * is read as a space.
   */
  @Test
  void aColonAfterTheNameOfThePieceIsReadAsASpace() {
    KitParser.Result r = KitParser.parse(List.of("kettlebells: 8-16 kg", "dumbbells: 5/10/15 lb",
        "band: light/medium/heavy", "foam roller:"), Units.KG);
    assertThat(r.problems()).isEmpty();
    assertThat(r.kit().items().values()).containsExactly(
        weights("kettlebell", Units.KG, 8, 12, 16),
        weights("dumbbell", Units.LB, 5, 10, 15),
        new KitItem("band", List.of(), null, List.of("light", "medium", "heavy")),
        KitItem.plain("foam roller"));
    assertThat(r.warnings()).containsExactly("\"kettlebells: 8-16 kg\" is read as \"kettlebells 8/12/16 kg\", the"
        + " weights kettlebells usually come in; if the client has other weights, write each one they have, separated"
        + " by \"/\"");
  }

  /**
   * Found in a review: "kettlebell:16kg" with no space after the colon was refused with "the weights
   * before kg are not numbers", and "dumbbells : 5-10 lb" was equipment named "dumbbells :" with its
   * two ends alone. A colon after the name is read as a space however it is spaced; one between
   * digits is not.
   */
  @Test
  void aColonAfterTheNameIsReadAsASpaceWithOrWithoutSpacesAroundIt() {
    KitParser.Result r = KitParser.parse(List.of("kettlebell:16kg", "dumbbells : 5/10 lb", "band :red"), Units.KG);
    assertThat(r.problems()).isEmpty();
    assertThat(r.kit().items().values()).containsExactly(
        weights("kettlebell", Units.KG, 16),
        weights("dumbbell", Units.LB, 5, 10),
        new KitItem("band", List.of(), null, List.of("red")));
    assertThat(KitParser.parse(List.of("kettlebell 8:30"), Units.KG).kit().items()).containsOnlyKeys("kettlebell 8:30");
  }

  /** Found in the same review: a cell in lb was told to write its weights "like "kettlebell 8/12/16 kg"". */
  @Test
  void theExamplesOfAnErrorAreInTheUnitOfTheCell() {
    assertThat(KitParser.parse(List.of("dumbbells 10-x lb", "band light/2"), Units.LB).problems())
        .containsExactly(
            "in \"dumbbells 10-x lb\" the weights before lb are not numbers; write them like"
                + " \"kettlebell 18/26/35 lb\"",
            "cannot read the steps \"light/2\" in \"band light/2\"; write weights like \"18/26/35 lb\""
                + " or grades like \"light/medium/heavy\"");
    assertThat(KitParser.parse(List.of("band light/ /heavy 5"), Units.LB).problems())
        .containsExactly(
            "cannot read \"band light/ /heavy 5\"; write weights like \"kettlebell 18/26/35 lb\" or"
                + " grades like \"band light/medium/heavy\"");
  }

  /** A unit written against the number ("16kg") is the item's own, whatever the client's units. */
  @Test
  void aUnitWrittenAgainstTheWeightIsKeptForAClientInTheOtherUnit() {
    KitParser.Result r = KitParser.parse(List.of("kettlebell 16kg", "dumbbells 5/10lbs"), Units.LB);
    assertThat(r.problems()).isEmpty();
    assertThat(r.kit().items().values())
        .containsExactly(
            new KitItem("kettlebell", List.of(16.0), Units.KG, List.of()),
            new KitItem("dumbbell", List.of(5.0, 10.0), Units.LB, List.of()));
  }

  @Test
  void weightsFromAboveNothingUpTo500AreRead() {
    assertThat(parse("barbell 500 kg").kit().items().values())
        .containsExactly(new KitItem("barbell", List.of(500.0), Units.KG, List.of()));
    assertThat(parse("barbell 500 kg").problems()).isEmpty();
    assertThat(parse("barbell 500.5 kg").problems())
        .containsExactly("the weight 500.5 in \"barbell 500.5 kg\" is not between 0 and 500");
    assertThat(parse("kettlebell 0 kg").problems())
        .containsExactly("the weight 0 in \"kettlebell 0 kg\" is not between 0 and 500");
  }

  /** Two figures after a comma are more often two weights than one: said, for the trainer to check. */
  @Test
  void aWeightWithTwoFiguresAfterADecimalCommaIsWarnedAbout() {
    assertThat(parse("kettlebell 8,12 kg").warnings())
        .anyMatch(w -> w.startsWith("the weight \"8,12\" in \"kettlebell 8,12 kg\" is read as one weight of 8.12 kg"));
    assertThat(parse("kettlebell 8,5 kg").warnings()).isEmpty();
  }

  @Test
  void equipmentListedAgainWithoutWeightsKeepsTheWeightsAndTheirUnit() {
    KitParser.Result r = KitParser.parse(List.of("kettlebell 8/12 kg", "kettlebell"), Units.LB);
    assertThat(r.problems()).isEmpty();
    assertThat(r.kit().items().values())
        .containsExactly(new KitItem("kettlebell", List.of(8.0, 12.0), Units.KG, List.of()));
  }

  /**
   * Found in review: a pound sign was read item by item of a list split at ";" only, so in a cell
   * listed with commas or line breaks (as Fields.split reads it) the "lb" of the last item's "#" was
   * all the cell got: "kettlebell 18#/26#, dumbbells 5-50#" gave kettlebells 18/26 in the client's
   * own units (kg for a UK client), and "2 #3 bands" read a band's number as a weight.
   */
  @Test
  void aPoundSignIsPoundsForItsOwnWeightsWhateverSeparatesTheItems() {
    assertThat(KitParser.poundSigns("kettlebell 18#/26#, dumbbells 5-50#"))
        .isEqualTo("kettlebell 18/26 lb, dumbbells 5-50 lb");
    assertThat(KitParser.poundSigns("kettlebell 18#/26#\ndumbbells 12#")).isEqualTo("kettlebell 18/26 lb\ndumbbells 12 lb");
    assertThat(KitParser.poundSigns("kettlebell 18#/26#/35#; 12# dumbbells")).isEqualTo("kettlebell 18/26/35 lb; 12 lb dumbbells");
    assertThat(KitParser.poundSigns("35 # (heavy)")).isEqualTo("35 lb (heavy)");
    assertThat(KitParser.poundSigns("2x18#")).isEqualTo("2x18 lb");
    assertThat(KitParser.poundSigns("26# 2 sets")).isEqualTo("26 lb 2 sets");
    assertThat(KitParser.poundSigns("mini bands 2 #3, mat")).isEqualTo("mini bands 2 #3, mat");

    KitParser.Result r = KitParser.parseCell("kettlebell 18#/26#, dumbbells 5-50#", Units.KG, KitParser::isUsualName);
    assertThat(r.problems()).isEmpty();
    assertThat(r.kit().items().get("kettlebell").unit()).isEqualTo(Units.LB);
  }
}
