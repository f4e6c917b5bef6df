package org.circuitpress.render.pdf;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Program;
import org.circuitpress.plan.Planner;
import org.circuitpress.testing.SampleInputs;
import org.junit.jupiter.api.Test;

/**
 * Every sample client's first two blocks keep all their text inside the page's 15 mm margin. The
 * "New this week" line, whose bold label is wider than the text it was wrapped as, once ran up to
 * 9 pt past it on several of them.
 */
class SampleMarginsTest {
  @Test
  void everySampleHandoutKeepsItsTextInsideTheMargin() throws IOException {
    SampleInputs in = SampleInputs.read();
    Planner planner = in.planner();
    int handouts = 0;
    for (Client c : in.clients()) {
      YearMonth first = YearMonth.from(c.startDate());
      for (YearMonth m : List.of(first, first.plusMonths(1))) {
        Optional<Program> p = planner.plan(c, m, Optional.empty(), new Diagnostics());
        if (p.isEmpty()) continue;
        try (PDDocument doc = Loader.loadPDF(HandoutRendererTest.render(p.get(), new Diagnostics()))) {
          TextBounds.assertInsideMargins(doc, Canvas.MARGIN - 0.5f);
        }
        handouts++;
      }
    }
    org.assertj.core.api.Assertions.assertThat(handouts).isGreaterThanOrEqualTo(2 * 12);
  }
}
