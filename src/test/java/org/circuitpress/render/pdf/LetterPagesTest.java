package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;
import org.junit.jupiter.api.Test;

/**
 * Found in a print review: clients on US Letter got more handout pages than the same clients on
 * A4, far more than Letter's page, 50 pt (6 %) shorter, explains. Blocks that are kept together
 * and only just fitted an A4 page went over to a page of their own on Letter, each leaving up to
 * half a page empty.
 */
class LetterPagesTest {
  private static PDDocument open(Program p) throws IOException {
    return Loader.loadPDF(HandoutRendererTest.render(p, new Diagnostics()));
  }

  private static int pages(Program p) throws IOException {
    try (PDDocument doc = open(p)) {
      return doc.getNumberOfPages();
    }
  }

  /**
   * A sample client's eight-week block took 32 pages on Letter against 26 on A4: with three
   * rounds, a drill with a load had its units on a line above its boxes, and two such sessions no
   * longer fitted a Letter page. Letter's extra width puts the units beside the boxes.
   */
  @Test
  void twoSessionsOfAThreeRoundWeekWithLoadsShareALetterPageAsOnA4() throws IOException {
    Program letter = TestPrograms.withLoads(Paper.LETTER, 3);
    assertThat(pages(letter)).as("pages on Letter").isEqualTo(pages(TestPrograms.withLoads(Paper.A4, 3)));
    try (PDDocument doc = open(letter)) {
      int shared = 0;
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        String text = HandoutRendererTest.pageText(doc, i);
        if (text.contains("session 1 of 3")) {
          assertThat(text).as("page %d", i).contains("session 2 of 3");
          shared++;
        }
      }
      assertThat(shared).isEqualTo(4);
    }
  }

  /**
   * Eight drills a session: on A4 each week's targets table and its first session share a page
   * with 40 pt to spare. On Letter the session went to the next page, the third session to one
   * of its own, and the block took 13 pages against 10. The table is set a little tighter there
   * when that keeps the session below it.
   */
  @Test
  void aWeeksFirstSessionStaysOnItsTargetsPageOnLetterAsOnA4() throws IOException {
    for (int rounds = 2; rounds <= 3; rounds++) {
      Program letter = TestPrograms.drillsAndRounds(Paper.LETTER, 8, rounds);
      assertThat(pages(letter)).as("pages on Letter, %d rounds", rounds)
          .isEqualTo(pages(TestPrograms.drillsAndRounds(Paper.A4, 8, rounds)));
      try (PDDocument doc = open(letter)) {
        TextBounds.assertLaidOutCleanly(doc);
        int weeks = 0;
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
          String text = HandoutRendererTest.pageText(doc, i);
          for (int w = 1; w <= 4; w++) {
            if (!text.contains("Week " + w + " of 4")) continue;
            assertThat(text).as("%d rounds, page %d", rounds, i).contains("Week " + w + " · session 1 of 3");
            weeks++;
          }
        }
        assertThat(weeks).isEqualTo(4);
      }
    }
  }

  @Test
  void everyBoxAndEveryLineStaysInsideTheMarginsAndClearOfEachOther() throws IOException {
    for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
      for (int rounds = 1; rounds <= 5; rounds++) {
        try (PDDocument doc = open(TestPrograms.withLoads(paper, rounds))) {
          TextBounds.assertLaidOutCleanly(doc);
          TextBounds.assertBoxesInsideMarginsAndClear(doc, Canvas.MARGIN - 0.5f);
        }
      }
    }
  }
}
