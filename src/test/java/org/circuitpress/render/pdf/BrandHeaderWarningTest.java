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

  /**
   * Found by HandoutLayoutFuzzTest (seed 6, a footer of 383 characters): a footer longer than the
   * three lines at the foot of every page was cut with "…" and nobody was told. It is warned
   * about at its cell, as a name or contact too long for the header is.
   */
  @Test
  void aFooterTooLongForTheFootOfThePageIsWarnedAboutAtItsCell() throws IOException {
    Path file = dir.resolve("branding.csv");
    Files.writeString(file, "setting,value\nname,Harbour Street Strength\nfooter,\""
        + "Harbour Street Strength · 12 Harbour Street, Old Town · book online or call us · ".repeat(6) + "\"\n");
    Diagnostics d = new Diagnostics();
    Branding b = BrandingReader.read(file, d);
    new HandoutRenderer(b, d);
    assertThat(d.all()).extracting(Diagnostic::format).singleElement().isEqualTo("branding.csv: B3 (value): warning:"
        + " the studio's footer is longer than the foot of a handout's page holds on A4 and Letter paper (3 lines);"
        + " the rest is cut and the last line ends in \"…\". Shorten it to show it all");
  }

  @Test
  void aFooterOfThreeLinesIsNotWarnedAbout() throws IOException {
    Path file = dir.resolve("branding.csv");
    Files.writeString(file, "setting,value\nname,Harbour Street Strength\nfooter,\""
        + "Harbour Street Strength · 12 Harbour Street, Old Town · book online or call us · ".repeat(3) + "\"\n");
    Diagnostics d = new Diagnostics();
    new HandoutRenderer(BrandingReader.read(file, d), d);
    assertThat(d.all()).isEmpty();
  }
}
