package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The notes box of a session. Found on a tablet: it was one line of about 47 characters, so a
 * longer note scrolled while typed and was cut on paper and in other viewers, though its value
 * was kept whole.
 */
class NotesBoxTest {
  /** The note of the report, about 80 characters. */
  static final String NOTE = "left knee sore on the second round, did the easier version, felt better after";
  /** A longer note on two lines, as a tablet's return key breaks them. */
  static final String LONG_NOTE = "Left knee sore on the second round, so I did the easier version of the windmill;"
      + " felt better after.\rShort on time, skipped the last round. Slept badly the night before.";

  /** 14 mm: two lines of handwriting, each as high as a one-line box (at least 7 mm). */
  private static final float TWO_LINES = 14 / 25.4f * 72;

  @Test
  void everyNotesBoxWrapsItsTextAndLetsTheViewerSizeIt() throws IOException {
    for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
      try (PDDocument doc = Loader.loadPDF(render(TestPrograms.onPaper(Fixtures.program(), paper)))) {
        int notes = 0;
        for (PDField f : doc.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
          if (!(f instanceof PDTextField t)) continue;
          boolean isNotes = t.getFullyQualifiedName().endsWith(".notes");
          assertThat(t.isMultiline()).as(t.getFullyQualifiedName()).isEqualTo(isNotes);
          if (!isNotes) continue;
          // size 0: the viewer sizes the text to show all of it in the box
          assertThat(t.getDefaultAppearance()).as(t.getFullyQualifiedName()).isEqualTo("/Helv 0 Tf 0 g");
          notes++;
        }
        assertThat(notes).as(paper + ": notes boxes").isEqualTo(12);
      }
    }
  }

  @Test
  void theNotesBoxHasTwoLinesForAPenWhereThePageHasRoom() throws IOException {
    for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
      try (PDDocument doc = Loader.loadPDF(render(TestPrograms.onPaper(Fixtures.program(), paper)))) {
        for (PDField f : doc.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
          if (!f.getFullyQualifiedName().endsWith(".notes")) continue;
          // the field lies 1 pt inside its printed box
          assertThat(f.getWidgets().get(0).getRectangle().getHeight() + 2).as(paper + ", " + f.getFullyQualifiedName())
              .isGreaterThanOrEqualTo(TWO_LINES);
        }
      }
    }
  }

  /**
   * The taller box takes only room a page has left: every session stays on the page it had with
   * the box of one line, and every handout keeps its pages (as printed before the box grew).
   * Where a page has no room, the box stays one line high.
   */
  @Test
  void theTallerNotesBoxMovesNoSessionToAnotherPage() throws IOException {
    Map<String, Program> programs = new LinkedHashMap<>();
    programs.put("the fixture", Fixtures.program());
    programs.put("4 rounds with loads, A4", TestPrograms.withLoads(Paper.A4, 4));
    programs.put("9 drills, 2 rounds, A4", TestPrograms.drillsAndRounds(Paper.A4, 9, 2));
    programs.put("9 drills, 3 rounds, Letter", TestPrograms.drillsAndRounds(Paper.LETTER, 9, 3));
    programs.put("a session of half a page", TestPrograms.shortCircuit());
    programs.put("24 drills, 5 rounds, A4", TestPrograms.manyDrills(Paper.A4));
    // the page each session starts on, and the handout's pages, with the box of one line
    Map<String, List<Integer>> before = Map.of(
        "the fixture", List.of(4, 4, 5, 7, 7, 8, 10, 10, 11, 13, 13, 14, 14),
        "4 rounds with loads, A4", List.of(4, 4, 5, 7, 7, 8, 10, 10, 11, 13, 13, 14, 14),
        "9 drills, 2 rounds, A4", List.of(3, 4, 4, 6, 6, 7, 9, 9, 10, 12, 12, 13, 13),
        "9 drills, 3 rounds, Letter", List.of(4, 4, 5, 7, 7, 8, 10, 10, 11, 13, 13, 14, 14),
        "a session of half a page", List.of(3, 3, 4, 4, 4),
        "24 drills, 5 rounds, A4", List.of(5, 8, 10, 14, 17, 19, 24, 27, 29, 34, 37, 39, 42));
    int tall = 0, oneLine = 0;
    for (Map.Entry<String, Program> e : programs.entrySet()) {
      try (PDDocument doc = Loader.loadPDF(render(e.getValue()))) {
        List<Integer> pages = new ArrayList<>();
        for (PDField f : doc.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
          if (!f.getFullyQualifiedName().endsWith(".notes")) continue;
          PDAnnotationWidget w = f.getWidgets().get(0);
          pages.add(doc.getPages().indexOf(w.getPage()) + 1);
          if (w.getRectangle().getHeight() + 2 >= TWO_LINES) tall++;
          else oneLine++;
        }
        pages.add(doc.getNumberOfPages());
        assertThat(pages).as(e.getKey()).isEqualTo(before.get(e.getKey()));
        TextBounds.assertInsideMargins(doc, Canvas.MARGIN - 0.5f);
      }
    }
    assertThat(tall).as("tall boxes").isGreaterThan(30);
    assertThat(oneLine).as("boxes of one line").isGreaterThan(10);
  }

  /**
   * The appearance PDFBox builds when a value is set (as a script filling handouts, or a viewer,
   * would): every word of a long note inside the box, on the lines it takes, in a tall box and in
   * one of one line; the short note large enough to read on paper.
   */
  @Test
  void aLongNoteShowsWholeInsideItsBoxOnBothPapers() throws IOException {
    record Case(String what, Program p, String field, String note, float minSize) {}
    List<Case> cases = List.of(
        new Case("A4", Fixtures.program(), "c-001.w1.s1.notes", NOTE, 9),
        new Case("Letter", TestPrograms.onPaper(Fixtures.program(), Paper.LETTER), "c-001.w2.s3.notes", NOTE, 9),
        new Case("A4, long", Fixtures.program(), "c-001.w1.s2.notes", LONG_NOTE, 7),
        new Case("Letter, long", TestPrograms.onPaper(Fixtures.program(), Paper.LETTER), "c-001.w4.s1.notes",
            LONG_NOTE, 7),
        // a page without room for the tall box: one line high
        new Case("A4, one line", TestPrograms.withLoads(Paper.A4, 4), "c-001.w1.s1.notes", LONG_NOTE, 4));
    for (Case k : cases) {
      try (PDDocument doc = Loader.loadPDF(render(k.p()))) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        PDField f = form.getField(k.field());
        PDAnnotationWidget w = f.getWidgets().get(0);
        PDRectangle box = w.getRectangle();
        int page = doc.getPages().indexOf(w.getPage()) + 1;
        float pageH = w.getPage().getMediaBox().getHeight();
        f.setValue(k.note());
        form.flatten(List.of(f), false);
        StringBuilder inside = new StringBuilder();
        List<Float> sizes = new ArrayList<>();
        for (TextBounds.Glyph g : TextBounds.of(doc)) {
          if (g.page() != page || g.top() < pageH - box.getUpperRightY() - 0.5f || g.bottom() > pageH - box.getLowerLeftY() + 0.5f
              || g.x() < box.getLowerLeftX() - 0.5f || g.x() + g.w() > box.getUpperRightX() + 0.5f) {
            continue;
          }
          inside.append(g.text());
          sizes.add(g.size());
        }
        assertThat(inside.toString()).as(k.what()).isEqualTo(k.note().replaceAll("\\s", ""));
        assertThat(sizes).as(k.what() + ": text size").allMatch(z -> z >= k.minSize());
        if (k.minSize() < 5) assertThat(box.getHeight() + 2).as(k.what()).isLessThan(TWO_LINES);
      }
    }
  }

  private static byte[] render(Program p) throws IOException {
    return HandoutRendererTest.render(p, new Diagnostics());
  }
}
