package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.circuitpress.render.pdf.DrillPages.STEP;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.junit.jupiter.api.Test;

/**
 * Found by pasting a trainer's whole write-up of a drill (a numbered routine, one step a line)
 * into the library's cues: a card close to a page long, or longer, opened a page of "Your
 * drills" without its step's name, left the step's heading alone at the foot of the page before
 * it when it was the step's first drill, and went on over pages that named neither the step nor
 * the drill. Every page of the drills now starts with its step's name, followed by a drill's
 * name, or the name of the drill whose cues it goes on with, marked "(continued)".
 */
class LongCuesPagesTest {

  @Test
  void everyPageOfDrillsStartsWithItsStepAndADrillWhateverTheLengthOfTheCues() throws IOException {
    List<String> wrong = new ArrayList<>();
    int flowed = 0;
    for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
      for (int drills : new int[] {4, 7, 10}) {
        for (int longOne = 0; longOne < drills; longOne++) {
          for (int lines : new int[] {46, 52, 56, 60, 90}) {
            Program p = withLongCues(TestPrograms.drillsAndRounds(paper, drills, 3), longOne, lines);
            flowed += check(p, paper + ", " + drills + " drills, drill " + (longOne + 1) + " with " + lines
                + " lines of cues", wrong);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(flowed).as("pages that go on with a drill's cues").isGreaterThan(50);
  }

  /**
   * The warning that a handout runs long because of its drills named no drill: with eight drills
   * of pasted text, the trainer could not tell which to shorten. It now names the library's rows
   * of the drills whose cards take more than half a page, tallest first.
   */
  @Test
  void theWarningOfALongHandoutNamesTheDrillsWhoseCuesTakeMostRoom() throws IOException {
    Program p = TestPrograms.forClient("c-long", "Ana Long", Paper.A4);
    for (int i = 0; i < 8; i++) p = withLongCues(p, i, 40);
    p = withLongCues(withLongCues(p, 5, 60), 2, 150);
    List<Exercise> circuit = p.weeks().get(0).phases().stream().flatMap(pb -> pb.items().stream())
        .map(Prescription::exercise).toList();
    Diagnostics d = new Diagnostics();
    HandoutRendererTest.render(p, d);
    assertThat(d.all()).hasSize(1);
    String m = d.all().get(0).format();
    // tallest first; of cards as tall, the first in the circuit
    List<Exercise> named = List.of(circuit.get(2), circuit.get(5), circuit.get(0));
    assertThat(m).contains("Its cover and drills take", "The drills that take most room are at "
        + named.get(0).where() + " (" + named.get(0).name() + "), " + named.get(1).where() + " ("
        + named.get(1).name() + ") and " + named.get(2).where() + " (" + named.get(2).name() + ").");
    for (Exercise e : circuit) {
      if (!named.contains(e)) assertThat(m).doesNotContain("(" + e.name() + ")");
    }
  }

  /**
   * A week's table of targets shows the first lines of long cues and "… more under Your drills";
   * where its cut fell on the blank line between two paragraphs, that blank line was kept above
   * the mark, taking a line of the row's few. The mark now follows the last line of text.
   */
  @Test
  void theTargetsTableKeepsNoBlankLineAboveTheMarkOfCutCues() throws IOException {
    // one line, then a blank one, 12 times; the same after one more line: whatever the number
    // of lines a row shows, the cut falls on a blank line in one of the two
    String paragraphs = IntStream.rangeClosed(1, 12).mapToObj(i -> "Breathe out slowly, " + i + ".")
        .collect(Collectors.joining("\n\n"));
    Program p = withCues(TestPrograms.forClient("c-paras", "Ana Long", Paper.A4), 0, paragraphs);
    p = withCues(p, 1, "Ribs down.\n" + paragraphs);
    List<Float> gaps = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(HandoutRendererTest.render(p, new Diagnostics()))) {
      List<TextBounds.Glyph> all = TextBounds.of(doc);
      for (int i = 0; i + 1 < all.size(); i++) {
        TextBounds.Glyph mark = all.get(i);
        if (!mark.text().equals("…") || !all.get(i + 1).text().equals("m")) continue;
        float above = all.stream().filter(g -> g.page() == mark.page() && Math.abs(g.x() - mark.x()) < 0.5f
            && g.top() < mark.top() - 1).map(TextBounds.Glyph::top).max(Float::compare).orElseThrow();
        gaps.add(mark.top() - above);
      }
    }
    assertThat(gaps).as("rows cut, in the 4 weeks' tables").hasSizeGreaterThanOrEqualTo(8);
    float least = gaps.stream().min(Float::compare).orElseThrow();
    assertThat(gaps).allSatisfy(g -> assertThat(g).as("room above the mark, in points").isCloseTo(least, within(0.5f)));
  }

  /**
   * Found in a review of printed handouts: cues written as paragraphs with a blank line between
   * them, longer than a page, went on over the next page; where the page broke at that blank
   * line, the page began with it, a line's gap under the drill's name before any text. A page
   * that goes on with a drill's cues now starts with text right under the name, as close as
   * where it breaks inside a paragraph.
   */
  @Test
  void aPageThatGoesOnWithCuesStartsWithTextNotWithTheBlankLineBetweenParagraphs() throws IOException {
    List<Float> gaps = new ArrayList<>();
    for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
      for (int paragraphs = 50; paragraphs <= 56; paragraphs++) {
        // one line, then a blank one: wherever a page breaks, on a text line or on a blank one
        String cues = IntStream.rangeClosed(1, paragraphs)
            .mapToObj(i -> i + ". Hold the end position for one slow breath, then ease back")
            .collect(Collectors.joining("\n\n"));
        Program p = withCues(TestPrograms.drillsAndRounds(paper, 4, 3), 1, cues);
        String name = p.weeks().get(0).circuit().get(1).exercise().name();
        try (PDDocument doc = Loader.loadPDF(HandoutRendererTest.render(p, new Diagnostics()))) {
          gaps.addAll(gapsBelow(TextBounds.of(doc), (name + " (continued)").replace(" ", "")));
        }
      }
    }
    assertThat(gaps).as("pages that go on with the cues").hasSizeGreaterThanOrEqualTo(20);
    float least = gaps.stream().min(Float::compare).orElseThrow();
    assertThat(gaps).allSatisfy(g -> assertThat(g).as("from the drill's name to the first line of cues, in points")
        .isCloseTo(least, within(0.5f)));
  }

  /** On each page with a line that reads {@code heading} (spaces left out), how far below it the next line starts. */
  private static List<Float> gapsBelow(List<TextBounds.Glyph> glyphs, String heading) {
    Map<Integer, Map<Float, StringBuilder>> lines = new java.util.TreeMap<>();
    glyphs.stream().sorted(java.util.Comparator.comparing(TextBounds.Glyph::x)).forEach(g -> lines
        .computeIfAbsent(g.page(), k -> new java.util.TreeMap<>())
        .computeIfAbsent(Math.round(g.top() * 2) / 2f, k -> new StringBuilder()).append(g.text()));
    List<Float> gaps = new ArrayList<>();
    for (Map<Float, StringBuilder> page : lines.values()) {
      List<Float> tops = new ArrayList<>(page.keySet());
      for (int i = 0; i + 1 < tops.size(); i++) {
        if (page.get(tops.get(i)).toString().equals(heading)) gaps.add(tops.get(i + 1) - tops.get(i));
      }
    }
    return gaps;
  }

  private static Program withCues(Program p, int index, String cues) {
    String id = p.weeks().get(0).phases().stream().flatMap(pb -> pb.items().stream()).toList().get(index)
        .exercise().id();
    return TestPrograms.mapItems(p, x -> !x.exercise().id().equals(id) ? x
        : TestPrograms.withExercise(x, TestPrograms.renamed(x.exercise(), x.exercise().name(), cues,
            x.exercise().videoUrl(), x.exercise().image())));
  }

  /** The drill at {@code index} (in the order of the circuit) with a numbered routine of {@code lines} lines as its cues. */
  private static Program withLongCues(Program p, int index, int lines) {
    return withCues(p, index, IntStream.rangeClosed(1, lines)
        .mapToObj(i -> i + ". Hold the end position for one slow breath, then ease back")
        .collect(Collectors.joining("\n")));
  }

  /** Adds to {@code wrong} each page of the drills that breaks the rule; returns how many pages go on with cues. */
  private static int check(Program p, String label, List<String> wrong) throws IOException {
    Map<String, Integer> stepOf = DrillPages.stepOf(p);
    int flowed = 0;
    for (DrillPages.Page page : DrillPages.of(p)) {
      List<String> lines = page.lines();
      String where = label + ": page " + page.number();
      if (!page.first() && !STEP.matcher(lines.get(0)).matches()) {
        wrong.add(where + " starts with \"" + lines.get(0) + "\", not a step's name");
      }
      for (int k = Math.max(0, page.from()); k < lines.size(); k++) {
        Matcher m = STEP.matcher(lines.get(k));
        if (!m.matches()) continue;
        int step = Integer.parseInt(m.group(1));
        // the step's heading (and its purpose, one or two lines) is followed by one of its drills
        String next = lines.subList(k + 1, Math.min(lines.size(), k + 4)).stream()
            .map(l -> l.endsWith(" (continued)") ? l.substring(0, l.length() - 12) : l)
            .filter(stepOf::containsKey).findFirst().orElse(null);
        if (next == null || stepOf.get(next) != step) {
          wrong.add(where + ": \"" + lines.get(k) + "\" is not followed by a drill of its step");
        } else if (lines.subList(k + 1, Math.min(lines.size(), k + 4)).contains(next + " (continued)")) {
          flowed++;
        }
      }
    }
    return flowed;
  }
}
