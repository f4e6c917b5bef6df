package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.circuitpress.input.LibraryReader;
import org.circuitpress.input.RosterReader;
import org.circuitpress.input.TemplateReader;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;
import org.circuitpress.model.Program;
import org.junit.jupiter.api.Test;

/** The stages a real run uses, wired together on the sample inputs. */
class StandardStagesTest {
  @Test
  void aHandoutNamesTheDrillASubstituteReplacesNotItsId() throws Exception {
    Diagnostics d = new Diagnostics();
    Library library = LibraryReader.read(Path.of("input", "csv", "exercises.csv"), d).orElseThrow();
    Catalog catalog = TemplateReader.readAll(Path.of("templates"), library, d);
    List<Client> roster = RosterReader.read(Path.of("input", "csv", "roster.csv"), library, catalog, d);
    // c004 has no equipment at all, so every foam-roller drill of the template is replaced.
    Client noKit = roster.stream().filter(c -> c.id().equals("c004")).findFirst().orElseThrow();
    Stages stages = Stages.standard();
    Program p = stages.planner(library, catalog).plan(noKit, null, Optional.empty(), null, d).orElseThrow();

    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    stages.handouts(Branding.DEFAULT, library, d).render(p, pdf, d);

    try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Instead of Foam roll lats");
      assertThat(text).doesNotContain("Instead of foam-roll-lats");
    }
  }
}
