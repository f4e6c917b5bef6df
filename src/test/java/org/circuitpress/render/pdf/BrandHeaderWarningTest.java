package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.circuitpress.input.BrandingReader;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by InputFuzzTest (seed 40186, a contact of 32,767 characters in branding.csv): the warning
 * that the studio's name or contact is cut in the handout's header named a file "branding", which
 * is no file of the run, and no cell.
 */
class BrandHeaderWarningTest {
  @TempDir Path dir;

  @Test
  void aContactTooLongForTheHeaderIsWarnedAboutAtItsCellOfTheBrandingFile() throws IOException {
    Path file = dir.resolve("my-branding.csv");
    Files.writeString(file, "setting,value\nname,Harbour Street Strength\ncontact,\""
        + "12 Harbour Street, Old Town · Instagram @studio · ".repeat(12) + "\"\n");
    Diagnostics d = new Diagnostics();
    Branding b = BrandingReader.read(file, d);
    new HandoutRenderer(b, d);
    assertThat(d.all()).extracting(Diagnostic::format).singleElement().asString()
        .startsWith("my-branding.csv: B3 (value): warning: the studio's contact is longer than the handout's header");
  }
}
