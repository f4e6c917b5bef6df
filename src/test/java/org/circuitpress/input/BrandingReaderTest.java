package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandingReaderTest {
  @TempDir Path dir;
  final Diagnostics d = new Diagnostics();

  @Test
  void readsEverySettingFromXlsx() throws IOException {
    CorpusFiles.smallPng(dir.resolve("art/logo.png"));
    Path font = Files.write(dir.resolve("font.ttf"), new byte[] {0, 1, 0, 0, 9, 9});
    Path f =
        Xlsx.write(
            dir.resolve("branding.xlsx"),
            "Branding",
            new Object[] {"Setting", "Value"},
            new Object[] {"Name", "Harbour Street Strength"},
            new Object[] {"logo", "art/logo.png"},
            new Object[] {"accent", "#2e6f57"},
            new Object[] {"contact", "coach@example.org"},
            new Object[] {"footer", "See you Tuesday"},
            new Object[] {"Fallback Font", "font.ttf"});
    Branding b = BrandingReader.read(f, d);
    assertThat(d.all()).isEmpty();
    assertThat(b)
        .isEqualTo(
            new Branding(
                "Harbour Street Strength",
                dir.resolve("art/logo.png").toAbsolutePath().normalize(),
                0x2E6F57,
                "coach@example.org",
                "See you Tuesday",
                font.toAbsolutePath().normalize(),
                org.circuitpress.model.Location.ofCell("branding.xlsx", "Branding", 2, 1, "Value"),
                org.circuitpress.model.Location.ofCell("branding.xlsx", "Branding", 5, 1, "Value"),
                org.circuitpress.model.Location.ofCell("branding.xlsx", "Branding", 6, 1, "Value")));
  }

  @Test
  void badSettingsWarnAndKeepTheirDefaults() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "not an image");
    Path f =
        Files.writeString(
            dir.resolve("branding.csv"),
            "setting,value\n"
                + "accent,#12345\n"
                + "logo,notes.txt\n"
                + "name,A\n"
                + "name,B\n"
                + "acent,#000000\n"
                + ",orphan\n"
                + "fallback_font,notes.txt\n"
                + "colour,#112233\n"
                + "accent,#445566\n");
    Branding b = BrandingReader.read(f, d);
    // the second accent is used, the first could not be; the third is one too many
    assertThat(b).isEqualTo(new Branding("A", null, 0x112233, "", "", null,
        org.circuitpress.model.Location.ofCell("branding.csv", null, 4, 1, "value"), null));
    assertThat(d.all())
        .extracting(Diagnostic::format)
        .containsExactly(
            "branding.csv: B2 (value): warning: expected a colour like #1F4E79 (or #2E6, or rgb(46, 111, 87)),"
                + " got \"#12345\"; it is ignored (the default colour is used unless a later accent row gives one)",
            "branding.csv: B3 (value): warning: the image \"notes.txt\" is not a PNG or JPEG file;"
                + " the handouts have no logo",
            "branding.csv: A5 (setting): warning: the setting name is given twice; the first one is"
                + " used",
            "branding.csv: A6 (setting): warning: unknown setting \"acent\" ignored; did you mean"
                + " accent?",
            "branding.csv: B7 (value): warning: a value without a setting name is ignored",
            "branding.csv: B8 (value): warning: the font \"notes.txt\" is not a TrueType or"
                + " OpenType file; no fallback font is used",
            "branding.csv: A9 (setting): warning: the setting accent is given again; this one is used, as the"
                + " one before it could not be",
            "branding.csv: A10 (setting): warning: the setting accent is given twice; the one on row 9 is used");
  }

  /**
   * Found walking through the README as a trainer: a logo named in branding.csv but kept
   * elsewhere got "image file not found", with no word of where it was looked for.
   */
  @Test
  void aMissingLogoOrFontSaysWhereItWasLookedFor() throws IOException {
    Path f = Files.writeString(dir.resolve("branding.csv"), "setting,value\nlogo,studio-logo.png\nfallback_font,f.ttf\n");
    assertThat(BrandingReader.read(f, d)).isEqualTo(Branding.DEFAULT);
    Path folder = dir.toAbsolutePath().normalize();
    String there = ", in the branding file's folder: put the file there, or write its path from that folder";
    assertThat(d.all()).extracting(Diagnostic::format).containsExactly(
        "branding.csv: B2 (value): warning: image file not found: \"studio-logo.png\"; the handouts have no logo."
            + " It was looked for as " + folder.resolve("studio-logo.png") + there,
        "branding.csv: B3 (value): warning: font file not found: \"f.ttf\"; no fallback font is used. It was looked"
            + " for as " + folder.resolve("f.ttf") + there);
  }

  /**
   * Found in review: a logo given by its full path (pasted from the file manager, one letter
   * wrong) was said to have been looked for "in the branding file's folder", where it was not.
   */
  @Test
  void aMissingLogoGivenByItsFullPathIsNotSaidToBeLookedForInTheBrandingFolder() throws IOException {
    Path logo = dir.resolve("Downloads").resolve("studio-logo.png").toAbsolutePath().normalize();
    Path f = Files.writeString(dir.resolve("branding.csv"), "setting,value\nlogo,\"" + logo + "\"\n");
    assertThat(BrandingReader.read(f, d)).isEqualTo(Branding.DEFAULT);
    assertThat(d.all()).extracting(Diagnostic::format).containsExactly(
        "branding.csv: B2 (value): warning: image file not found: \"" + logo + "\"; the handouts have no logo."
            + " There is no file at " + logo + ": check the path, or put the file in the branding file's folder and"
            + " write its name alone");
  }

  @Test
  void anUnreadableFileGivesTheDefaultWithAWarningNotAnError() throws IOException {
    assertThat(BrandingReader.read(dir.resolve("missing.csv"), d)).isEqualTo(Branding.DEFAULT);
    assertThat(BrandingReader.read(Files.writeString(dir.resolve("empty.csv"), ""), d)).isEqualTo(Branding.DEFAULT);
    assertThat(d.all()).hasSize(2).noneMatch(Diagnostic::isError);
    assertThat(d.all().get(1).format()).isEqualTo("empty.csv: warning: the file is empty (0 bytes), as a save, download or copy that did not finish"
        + " leaves it; save or download it again from Excel or Google Sheets; the handouts"
        + " use the default branding for what it would have set");
  }

  @Test
  void aColourMayBeWrittenShortOrAsRgb() throws IOException {
    for (String accent : List.of("#2E6", "rgb(34, 238, 102)", "RGB(34,238,102)")) {
      Path f = Files.writeString(dir.resolve("branding.csv"), "setting,value\naccent,\"" + accent + "\"\n");
      assertThat(BrandingReader.read(f, d).accentRgb()).as(accent).isEqualTo(0x22EE66);
    }
    assertThat(d.all()).isEmpty();
  }
}
