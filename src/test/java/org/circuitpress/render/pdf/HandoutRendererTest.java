package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Program;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.Test;

class HandoutRendererTest {
  static byte[] render(Program p, Diagnostics d) throws IOException {
    return render(new HandoutRenderer(Branding.DEFAULT, d), p, d);
  }

  static byte[] render(HandoutRenderer r, Program p, Diagnostics d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.render(p, out, d);
    return out.toByteArray();
  }

  @Test
  void fixtureHandoutHoldsTheClientsNameAndEveryWeeksDoses() throws IOException {
    Diagnostics d = new Diagnostics();
    byte[] pdf = render(Fixtures.program(), d);
    Path dir = Path.of("target/handouts");
    Files.createDirectories(dir);
    Files.write(dir.resolve("fixture.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Zoë Łukasz-Núñez");
      assertThat(d.all()).isEmpty();
    }
  }
}
