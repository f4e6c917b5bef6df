package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.circuitpress.render.pdf.DrillPages.STEP;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;
import org.junit.jupiter.api.Test;

/**
 * Found in a review of printed handouts: under "Your drills", a step with more drills than the
 * page had room for went on at the top of the next page with its drills alone, often the last
 * one or two, so a client with that page in hand could not tell which step they belonged to.
 * Such a page now starts with the step's name, "Step 2 · Strength circuit (continued)", as a log
 * grid that goes over names its week and session.
 */
class ContinuedStepTest {

  @Test
  void everyPageOfDrillsNamesTheStepOfItsFirstDrillAboveIt() throws IOException {
    List<String> unnamed = new ArrayList<>();
    int continued = 0;
    for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
      for (int drills = 3; drills <= 24; drills++) {
        for (int cues = 1; cues <= 3; cues++) {
          Program p = longerCues(TestPrograms.drillsAndRounds(paper, drills, 3), cues);
          continued += check(p, paper + ", " + drills + " drills, cues x" + cues, unnamed);
        }
      }
    }
    assertThat(unnamed).isEmpty();
    assertThat(continued).as("pages that go on with a step's drills").isGreaterThan(20);
  }

  /**
   * Adds to {@code unnamed} each page of the drills whose first drill, top down, has no heading
   * of its own step above it on the page; returns how many pages start with a continued step.
   */
  private static int check(Program p, String label, List<String> unnamed) throws IOException {
    Map<String, Integer> stepOf = DrillPages.stepOf(p);
    int continued = 0;
    for (DrillPages.Page page : DrillPages.of(p)) {
      List<String> lines = page.lines();
      Integer step = null;
      String heading = null;
      for (String l : lines.subList(Math.max(0, page.from()), lines.size())) {
        Matcher m = STEP.matcher(l);
        if (m.matches()) {
          heading = l;
          step = Integer.valueOf(m.group(1));
        } else if (stepOf.containsKey(l)) {
          if (!stepOf.get(l).equals(step)) unnamed.add(label + ": page " + page.number() + " starts with " + l + " under " + heading);
          else if (heading.endsWith(" (continued)")) continued++;
          break;
        }
      }
    }
    return continued;
  }

  /** Each drill's cues said {@code times} over: taller cards, which break elsewhere. */
  private static Program longerCues(Program p, int times) {
    return TestPrograms.mapItems(p, x -> TestPrograms.withExercise(x, TestPrograms.renamed(x.exercise(),
        x.exercise().name(), (x.exercise().cues() + " ").repeat(times).strip(), x.exercise().videoUrl(),
        x.exercise().image())));
  }
}
