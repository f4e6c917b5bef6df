package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Level;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Severity;
import org.circuitpress.model.Units;
import org.junit.jupiter.api.Test;

/**
 * Found in review: the sample's farmer carry, a bell in each hand, was given to a client whose kit
 * lists one kettlebell weight without a word that it takes two; and the two-dumbbell drills of the
 * sample library did not say "each hand" at all.
 */
class EachHandPairTest {
  private static Kit kit(String name, Double... weights) {
    return new Kit(Map.of(name, new KitItem(name, List.of(weights), Units.KG, List.of())));
  }

  private static Program plan(Client c, Diagnostics d) {
    return new Planner(GoldenPlansTest.LIB, GoldenPlansTest.CAT).plan(c, null, Optional.empty(), d).orElseThrow();
  }

  private static List<String> warnings(Diagnostics d) {
    return d.all().stream().filter(x -> x.severity() == Severity.WARNING).map(Diagnostic::message).toList();
  }

  @Test
  void aDrillWithALoadInEachHandIsWarnedAboutOnceWhenTheKitListsOneWeight() {
    Client one = GoldenPlansTest.client(2, "ana", "Ana", "full-body-strength", Level.BEGINNER,
        kit("kettlebell", 16.0), "", Units.KG);
    Diagnostics d = new Diagnostics();
    Program p = plan(one, d);
    assertThat(p.weeks()).allSatisfy(w -> assertThat(w.circuit()).extracting(Prescription::loadText)
        .contains("16 kg each hand"));
    assertThat(warnings(d)).containsExactly("Ana (ana): slot carry: Farmer carry needs a kettlebell in each hand, but"
        + " the client's equipment lists one weight of it (\"kettlebell 16 kg\"); if they have only one, add"
        + " farmer-carry to their exclude column and they get another drill");
    assertThat(PlanText.format(p)).contains("Farmer carry needs a kettlebell in each hand");

    // two weights or more: the loads step up through them, each presumably a pair
    Client two = GoldenPlansTest.client(3, "bo", "Bo", "full-body-strength", Level.BEGINNER,
        kit("kettlebell", 16.0, 20.0), "", Units.KG);
    Diagnostics d2 = new Diagnostics();
    plan(two, d2);
    assertThat(warnings(d2)).isEmpty();
  }

  @Test
  void theSampleLibrarysTwoDumbbellDrillsAreLoadedInEachHand() {
    // the hinge for a knee: the Romanian deadlift with the client's one pair of dumbbells
    Client c = GoldenPlansTest.client(2, "cy", "Cy", "full-body-strength", Level.INTERMEDIATE,
        kit("dumbbell", 8.0), "knee", Units.KG);
    Diagnostics d = new Diagnostics();
    Program p = plan(c, d);
    assertThat(p.weeks().get(0).circuit()).filteredOn(x -> x.exercise().id().equals("dumbbell-romanian-deadlift"))
        .extracting(Prescription::loadText).containsExactly("8 kg each hand");
    assertThat(warnings(d)).anyMatch(w -> w.contains("Dumbbell Romanian deadlift needs a dumbbell in each hand"));
  }
}
