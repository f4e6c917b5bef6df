package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;
import org.junit.jupiter.api.Test;

/**
 * Found printing handouts of five rounds and more, whose log grid goes on below for the rounds
 * past the fourth. When that second grid did not fit below the first, it started the next page
 * with nothing above it but its column headings, so a client holding that page alone (or a stack
 * of them) could not tell which week and session its boxes were for: every page with a log grid
 * now names the week and session of the first grid on it. And when only its last drill did not
 * fit, the week's last grid left a page to itself of that one drill and the round ticks.
 */
class ContinuedRoundsTest {
  private static final String GRID = "Drill and this week's target";
  private static final Pattern SESSION = Pattern.compile("Week (\\d+) · session (\\d+)");

  @Test
  void everyPageWithALogGridNamesItsWeekAndSession() throws IOException {
    List<String> unnamed = new ArrayList<>();
    int grids = 0;
    for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
      for (int drills = 9; drills <= 12; drills++) {
        for (int rounds = 5; rounds <= 8; rounds += 3) {
          Program p = TestPrograms.drillsAndRounds(paper, drills, rounds);
          try (PDDocument doc = Loader.loadPDF(HandoutRendererTest.render(p, new Diagnostics()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
              String text = HandoutRendererTest.pageText(doc, i);
              int grid = text.indexOf(GRID);
              if (grid < 0) continue;
              grids++;
              Matcher m = SESSION.matcher(text);
              if (!m.find() || m.start() > grid) unnamed.add(paper + ", " + drills + " drills, " + rounds + " rounds: page " + i);
            }
          }
        }
      }
    }
    assertThat(grids).isGreaterThan(50);
    assertThat(unnamed).isEmpty();
  }
  @Test
  void noPageHoldsASingleDrillOfALog() throws IOException {
    Pattern row = Pattern.compile("\\.w(\\d+)\\.s(\\d+)\\.r\\d+\\.([^.]+)\\.amount$");
    List<String> lonely = new ArrayList<>();
    for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
      for (int drills = 6; drills <= 12; drills++) {
        for (int rounds = 5; rounds <= 6; rounds++) {
          Program p = TestPrograms.drillsAndRounds(paper, drills, rounds);
          try (PDDocument doc = Loader.loadPDF(HandoutRendererTest.render(p, new Diagnostics()))) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
              // the drill rows on the page, by the fields of their boxes: week, session and drill
              Set<String> rows = new TreeSet<>();
              for (PDAnnotation a : doc.getPage(i).getAnnotations()) {
                Matcher m = row.matcher(qualified(a.getCOSObject()));
                if (m.find()) rows.add(m.group(1) + "/" + m.group(2) + "/" + m.group(3));
              }
              if (rows.size() == 1) lonely.add(paper + ", " + drills + " drills, " + rounds + " rounds: page " + (i + 1) + " " + rows);
            }
          }
        }
      }
    }
    assertThat(lonely).isEmpty();
  }

  /** A widget's field name with its parents', as {@code c-many.w1.s1.r5.dead-bug.amount}. */
  private static String qualified(COSDictionary d) {
    StringBuilder sb = new StringBuilder();
    for (COSDictionary at = d; at != null; at = at.getCOSDictionary(COSName.PARENT)) {
      String t = at.getString(COSName.T);
      if (t != null) sb.insert(0, sb.length() == 0 ? t : t + ".");
    }
    return sb.toString();
  }
}
