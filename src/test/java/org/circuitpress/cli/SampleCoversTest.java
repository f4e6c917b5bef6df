package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's covers, made by the real run. Found when the cover gained its line on pain: c011's
 * cover (a name on two lines, the trainer's notes, Letter paper) had no room left for the chart at
 * its smallest height, so the chart went to page 2, leaving the cover half empty and the handout a
 * page longer. The chart now shrinks further before it moves.
 */
class SampleCoversTest {
  @TempDir Path tmp;

  @Test
  void everySampleClientsCoverHoldsTheirBlockAtAGlance() throws IOException {
    Assumptions.assumeTrue(Files.exists(Path.of("input/roster.xlsx")), "the sample inputs are in input/");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out), new PrintWriter(err))
        .run(new String[] {"generate", "--out", tmp.toString()});
    assertThat(code).as(err.toString()).isZero();
    try (var folders = Files.list(tmp.resolve("2026-12"))) {
      var handouts = folders.map(f -> f.resolve("handout.pdf")).filter(Files::exists).sorted().toList();
      assertThat(handouts).hasSize(14);
      for (Path handout : handouts) {
        try (PDDocument doc = Loader.loadPDF(handout.toFile())) {
          PDFTextStripper cover = new PDFTextStripper();
          cover.setStartPage(1);
          cover.setEndPage(1);
          assertThat(cover.getText(doc)).as(handout.getParent().getFileName().toString())
              .contains("Your block at a glance", "Week 1");
        }
      }
    }
  }
}
