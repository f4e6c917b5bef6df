package org.circuitpress.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Program;
import org.circuitpress.model.Prescription;

/** The pages of a rendered handout's "Your drills", as the tests of their headings read them. */
final class DrillPages {
  private DrillPages() {}

  /** A step's heading: "Step 2 · Strength circuit", or "... (continued)". */
  static final Pattern STEP = Pattern.compile("^Step (\\d+) · .*");

  /**
   * One page of the drills: its number, its non-empty lines top down, and where "Your drills"
   * stands on it (-1 on the pages after the first).
   */
  record Page(int number, List<String> lines, int from) {
    boolean first() {
      return from >= 0;
    }
  }

  /** Each drill's name, with the number of the step it is in (week 1's circuit). */
  static Map<String, Integer> stepOf(Program p) {
    Map<String, Integer> stepOf = new HashMap<>();
    List<PhaseBlock> steps = p.weeks().get(0).phases();
    for (int s = 0; s < steps.size(); s++) {
      for (Prescription x : steps.get(s).items()) stepOf.put(x.exercise().name(), s + 1);
    }
    return stepOf;
  }

  /** The pages from the one "Your drills" starts on to the last before week 1's. */
  static List<Page> of(Program p) throws IOException {
    List<Page> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(HandoutRendererTest.render(p, new Diagnostics()))) {
      boolean drillsBegun = false;
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        List<String> lines = linesByPosition(doc, i);
        if (lines.stream().anyMatch(l -> l.startsWith("Week 1 of"))) break;
        int from = lines.indexOf("Your drills");
        drillsBegun |= from >= 0;
        if (drillsBegun) pages.add(new Page(i, lines, from));
      }
    }
    return pages;
  }

  /** The page's non-empty lines top down, as it is read. */
  private static List<String> linesByPosition(PDDocument doc, int page) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setSortByPosition(true);
    s.setStartPage(page);
    s.setEndPage(page);
    return s.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
