package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.circuitpress.model.Paper;
import org.junit.jupiter.api.Test;

class CanvasWrapTest {
  @Test
  void aWordTooLongForALineBreaksAfterAHyphenRatherThanBeforeItsLastLetter() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      Canvas c = new Canvas(doc, Paper.A4, FontSet.bundledOnly());
      Style st = new Style(true, 24, Style.INK);
      String name = "Bartholomäus von Hohenzollern-Sigmaringen-Lichtenstein";
      float max = c.width("Hohenzollern-Sigmaringen-Lichtenste", st);
      List<String> lines = c.wrap(name, st, max);
      assertThat(lines).containsExactly("Bartholomäus von", "Hohenzollern-Sigmaringen-", "Lichtenstein");
      // with no hyphen to break at, the word is cut where the line is full
      assertThat(c.wrap("Supercalifragilistic", st, c.width("Supercalifrag", st)))
          .containsExactly("Supercalifrag", "ilistic");
    }
  }

  /** Found in review: a long name without spaces left a lone "e" on the cover's third line. */
  @Test
  void aWordBrokenWhereTheLineIsFullCarriesAtLeastThreeLettersOver() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      Canvas c = new Canvas(doc, Paper.A4, FontSet.bundledOnly());
      Style st = new Style(true, 24, Style.INK);
      assertThat(c.wrap("Supercalifragilistic", st, c.width("Supercalifragilisti", st)))
          .containsExactly("Supercalifragilis", "tic");
    }
    assertThat(Canvas.keepThreeLetters("abcdefgh", 7)).isEqualTo(5);
    assertThat(Canvas.keepThreeLetters("abcdefgh", 6)).isEqualTo(5);
    assertThat(Canvas.keepThreeLetters("abcdefgh", 5)).isEqualTo(5);
    assertThat(Canvas.keepThreeLetters("abcd", 3)).as("the line before would keep only one").isEqualTo(3);
    assertThat(Canvas.keepThreeLetters("Smith-Li", 6)).as("a break after a hyphen stays").isEqualTo(6);
  }

  /**
   * A text of loads breaks between loads, never between a number and its unit: "12 kg (26" over
   * "lb)" was reported on Letter. Other spaces break as usual.
   */
  @Test
  void aTextOfLoadsKeepsEachNumberBesideItsUnit() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      Canvas c = new Canvas(doc, Paper.LETTER, FontSet.bundledOnly());
      Style st = Style.body();
      float narrow = c.width("12 kg (26", st);
      assertThat(c.wrap("12 kg (26 lb)", st, narrow)).containsExactly("12 kg (26", "lb)");
      assertThat(c.wrapMeasures("12 kg (26 lb)", st, narrow)).containsExactly("12 kg", "(26 lb)");
      assertThat(c.wrapMeasures("16 kg (35 lb) each hand", st, c.width("16 kg (35 lb) each", st)))
          .containsExactly("16 kg (35 lb) each", "hand");
      assertThat(c.wrapMeasures("8 reps per side · 12.5 kg (28 lb) · tempo 3-1-3-1", st, c.width("8 reps per side · 12.5", st)))
          .containsExactly("8 reps per side ·", "12.5 kg (28 lb) ·", "tempo 3-1-3-1");
    }
  }

  @Test
  void theBreakFallsAfterTheLastHyphenOrSlashThatFits() {
    assertThat(Canvas.breakAfterHyphen("abc-def-ghi", 9)).isEqualTo(8);
    assertThat(Canvas.breakAfterHyphen("abc/def", 6)).isEqualTo(4);
    assertThat(Canvas.breakAfterHyphen("-abcdef", 5)).as("a leading hyphen is no place to break").isEqualTo(5);
    assertThat(Canvas.breakAfterHyphen("abcdef-", 6)).isEqualTo(6);
  }

  /**
   * The measuring canvases of a dry run share the lines they wrap, across clients, papers and
   * threads: a text wrapped in another style or width by an earlier handout is wrapped anew, as a
   * drawing canvas of its own wraps it.
   */
  @Test
  void measuringCanvasesSharingTheirLinesWrapAsADrawingCanvasDoes() throws IOException {
    String cue = "Keep the ribs down and breathe out slowly as you go, then reach long through the arm.";
    List<Style> styles = List.of(Style.body(), Style.body().sized(9), new Style(true, 10, Style.INK),
        Style.body().colored(Style.MUTED));
    Canvas.Wraps shared = new Canvas.Wraps();
    try (PDDocument doc = new PDDocument()) {
      Canvas drawing = new Canvas(doc, Paper.A4, FontSet.bundledOnly());
      for (Paper paper : List.of(Paper.A4, Paper.LETTER, Paper.A4)) {
        Canvas measuring = new Canvas(doc, paper, FontSet.bundledOnly(), shared);
        for (Style st : styles) {
          for (float max : new float[] {80, 150.5f, 205, measuring.width()}) {
            assertThat(measuring.wrap(cue, st, max)).as("%s at %s", st, max).isEqualTo(drawing.wrap(cue, st, max));
          }
        }
      }
    }
  }
}
