package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PicturesAndFontsTest {
  @TempDir Path dir;

  private static void png(Path file, int w, int h) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(30, 80, 120, 200));
    g.fillOval(0, 0, w, h);
    g.dispose();
    Files.createDirectories(file.getParent());
    ImageIO.write(img, "png", file.toFile());
  }

  private static int images(PDDocument doc, int pageIndex) throws IOException {
    PDPage page = doc.getPage(pageIndex);
    int n = 0;
    for (COSName name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject) n++;
    }
    return n;
  }

  /** The fixture with each drill pointing at {@code images} in turn (others keep none). */
  private static Program withImages(Map<String, String> images) {
    return TestPrograms.mapItems(Fixtures.program(), x -> TestPrograms.withExercise(x, TestPrograms.renamed(
        x.exercise(), x.exercise().name(), x.exercise().cues(), x.exercise().videoUrl(),
        images.getOrDefault(x.exercise().id(), ""))));
  }

  @Test
  void drillImagesComeFromTheLibraryFolderAndBadOnesAreWarnedAboutOnce() throws IOException {
    Path lib = dir.resolve("library");
    png(lib.resolve("img/breathing.png"), 240, 160);
    png(dir.resolve("outside.png"), 20, 20);
    png(lib.resolve("img/wide.png"), 6001, 4);
    Files.writeString(lib.resolve("img/broken.jpg"), "not a jpeg at all");
    try (RandomAccessFile big = new RandomAccessFile(lib.resolve("img/big.png").toFile(), "rw")) {
      big.setLength(21L * 1024 * 1024);
    }
    Program p = withImages(Map.of(
        "breathing-90-90", "img/breathing.png",
        "roll-lats", "../outside.png",
        "roll-pecs", "img/wide.png",
        "roll-rhomboids", "img/broken.jpg",
        "tspine-extension", "img/big.png",
        "sidelying-rotation", "img/missing.png",
        "band-pulldown", dir.resolve("outside.png").toAbsolutePath().toString()));
    Diagnostics d = new Diagnostics();
    HandoutRenderer r = new HandoutRenderer(Branding.DEFAULT, lib, d);
    byte[] pdf = HandoutRendererTest.render(r, p, d);
    HandoutRendererTest.render(r, p, d);
    List<String> msgs = d.all().stream().map(Diagnostic::format).toList();
    assertThat(msgs).hasSize(6).allMatch(m -> m.contains("warning") && m.contains("fixture"));
    assertThat(d.all()).allMatch(x -> "image".equals(x.location().header()), "named at the image cell");
    assertThat(String.join("\n", msgs)).contains(
        "\"../outside.png\" leads outside the library's folder",
        "is absolute; give a path relative to the library's folder",
        "\"wide.png\" is 6001 x 4 pixels; a picture may be at most 6000 pixels wide and 6000 high",
        "\"broken.jpg\" is not a readable PNG or JPEG",
        "\"big.png\" is 21 MB; the limit is 20 MB",
        "image file not found: \"img/missing.png\"");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(images(doc, 1)).isEqualTo(1);
    }
  }

  @Test
  void aPictureWithinTheLibrarysLimitsIsDrawn() throws IOException {
    Path lib = dir.resolve("library");
    png(lib.resolve("img/strip.png"), 5999, 3);
    Diagnostics d = new Diagnostics();
    HandoutRenderer r = new HandoutRenderer(Branding.DEFAULT, lib, d);
    byte[] pdf = HandoutRendererTest.render(r, withImages(Map.of("breathing-90-90", "img/strip.png")), d);
    assertThat(d.all()).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(images(doc, 1)).isEqualTo(1);
    }
  }

  @Test
  void aWindowsStylePathThatTheLibraryAcceptsIsDrawn() throws IOException {
    Path lib = dir.resolve("library");
    png(lib.resolve("img/logo.png"), 240, 160);
    Files.writeString(
        lib.resolve("exercises.csv"),
        "exercise_id,name,role,image\nbreathing-90-90,Breathing,breathing,img\\logo.png\n");
    Diagnostics d = new Diagnostics();
    var library = org.circuitpress.input.LibraryReader.read(lib.resolve("exercises.csv"), d);
    String typed = library.orElseThrow().get("breathing-90-90").orElseThrow().image();
    assertThat(typed).isEqualTo("img\\logo.png");
    HandoutRenderer r = new HandoutRenderer(Branding.DEFAULT, lib, d);
    byte[] pdf = HandoutRendererTest.render(r, withImages(Map.of("breathing-90-90", typed)), d);
    assertThat(d.all()).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(images(doc, 1)).isEqualTo(1);
    }
  }

  @Test
  void withoutALibraryFolderNoImageIsRead() throws IOException {
    Diagnostics d = new Diagnostics();
    byte[] pdf = HandoutRendererTest.render(withImages(Map.of("roll-lats", "../../etc/passwd")), d);
    assertThat(d.all()).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(images(doc, 1)).isZero();
    }
  }

  @Test
  void aLogoIsDrawnOnTheCover() throws IOException {
    Path logo = dir.resolve("logo.png");
    png(logo, 300, 120);
    Diagnostics d = new Diagnostics();
    HandoutRenderer r = new HandoutRenderer(new Branding("Move Well Studio", logo, 0x2E7D32, "hi@movewell.example", "", null), d);
    try (PDDocument doc = Loader.loadPDF(HandoutRendererTest.render(r, Fixtures.program(), d))) {
      assertThat(images(doc, 0)).isEqualTo(1);
      assertThat(images(doc, 2)).isZero();
    }
    assertThat(d.all()).isEmpty();
  }

  @Test
  void aFallbackFontSuppliesWhatDejaVuSansLacks() throws IOException {
    Path mono = dir.resolve("fallback.ttf");
    try (InputStream in = getClass().getResourceAsStream(FontSet.DEJAVU + "DejaVuSansMono.ttf")) {
      Files.copy(in, mono);
    }
    Diagnostics d = new Diagnostics();
    HandoutRenderer r = new HandoutRenderer(new Branding("Arc Gym", null, 0x1F4E79, "", "", mono), d);
    byte[] pdf = HandoutRendererTest.render(r, TestPrograms.forClient("c-arc", "Ana ⌒ Arc", Paper.A4), d);
    assertThat(d.all()).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc)).contains("Ana ⌒ Arc");
      List<String> fonts = new ArrayList<>();
      for (COSName n : doc.getPage(0).getResources().getFontNames()) {
        PDFont f = doc.getPage(0).getResources().getFont(n);
        assertThat(f.isEmbedded()).isTrue();
        fonts.add(f.getName());
      }
      assertThat(fonts).anyMatch(f -> f.endsWith("DejaVuSansMono"));
    }
  }

  @Test
  void aFallbackFontWithPostScriptOutlinesIsNamedAsSuch() throws IOException {
    Path cff = dir.resolve("Noto.otf");
    Files.write(cff, new byte[] {'O', 'T', 'T', 'O', 0, 9, 0, (byte) 0x80, 0, 3, 0, 1, 0, 0});
    Diagnostics d = new Diagnostics();
    new HandoutRenderer(new Branding("Arc Gym", null, 0x1F4E79, "", "", cff), d);
    assertThat(d.all()).singleElement().satisfies(x -> assertThat(x.format())
        .contains("Noto.otf", "warning", "has PostScript (CFF) outlines", "use a .ttf"));
  }

  @Test
  void anUnreadableFallbackFontIsAWarningAndTheBundledFontIsUsed() throws IOException {
    Path bad = dir.resolve("bad.ttf");
    Files.writeString(bad, "nope");
    Diagnostics d = new Diagnostics();
    HandoutRenderer r = new HandoutRenderer(new Branding("Arc Gym", null, 0x1F4E79, "", "", bad), d);
    assertThat(d.all()).singleElement().satisfies(x -> assertThat(x.format()).contains("bad.ttf", "warning", "fallback font"));
    byte[] pdf = HandoutRendererTest.render(r, Fixtures.program(), d);
    assertThat(pdf).isNotEmpty();
  }

  @Test
  void theChartsSeriesPrintAsDifferentGreysWhateverTheAccent() {
    // every accent from black to white, through yellow, green and the sample's colour
    for (int rgb : new int[] {0x000000, 0x2E6F57, 0x1F4E79, 0xFFFF00, 0xF0F0F0, 0xFFE14D, 0x8FBC8F, 0xA6A6A6,
        0xFF0000, 0x00FF00, 0xFFFFFF}) {
      int accent = Theme.of(rgb).accent();
      double[] greys = {Theme.luminance(accent), Theme.luminance(Chart.secondFill(accent)), 1.0};
      assertThat(Math.abs(greys[0] - greys[1])).as("first and second series, accent %06X", rgb)
          .isGreaterThanOrEqualTo(Chart.MIN_GREY_STEP);
      assertThat(Math.abs(greys[1] - greys[2])).as("second and third series, accent %06X", rgb)
          .isGreaterThanOrEqualTo(Chart.MIN_GREY_STEP);
      assertThat(Math.abs(greys[0] - greys[2])).as("first and third series, accent %06X", rgb)
          .isGreaterThanOrEqualTo(Chart.MIN_GREY_STEP);
    }
    assertThat(Chart.secondFill(Theme.of(0x2E6F57).accent())).as("the sample's accent keeps mid grey")
        .isEqualTo(0xA6A6A6);
  }

  @Test
  void aStudioNameOrContactTooLongForTheHeaderIsCutVisiblyAndSaidOnce() throws IOException {
    String name = "The Extremely Long Name Of A Boutique Strength And Conditioning Studio ".repeat(3) + "Lastword";
    String contact = "12 Harbour Street, Suite 400, Old Town, Postcode AB1 2CD · Instagram @studio · ".repeat(6);
    Diagnostics d = new Diagnostics();
    Location nameAt = Location.ofCell("branding.csv", null, 2, 1, "value");
    Location contactAt = Location.ofCell("branding.csv", null, 4, 1, "value");
    HandoutRenderer r = new HandoutRenderer(new Branding(name, null, 0x1F4E79, contact, "", null, nameAt, contactAt), d);
    assertThat(d.all()).as("said once, when the renderer is made for the run").hasSize(2);
    for (int i = 0; i < 2; i++) {
      Diagnostics client = new Diagnostics();
      byte[] pdf = HandoutRendererTest.render(r, Fixtures.program(), client);
      assertThat(client.all()).as("no client gets the run's warning").isEmpty();
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        String cover = HandoutRendererTest.pageText(doc, 1);
        String header = cover.substring(0, cover.indexOf("Zoë"));
        assertThat(header).contains("The Extremely Long Name", "…").doesNotContain("Lastword");
        assertThat(header.lines()).hasSize(Handout.BRAND_NAME_LINES + Handout.BRAND_CONTACT_LINES);
        TextBounds.assertLaidOutCleanly(doc);
      }
    }
    assertThat(d.all()).extracting(Diagnostic::format).containsExactly(
        "branding.csv: B2 (value): warning: the studio's name is longer than the handout's header holds on A4 and"
            + " Letter paper (3 lines); the rest is cut and the last line ends in \"…\". Shorten it to show it all",
        "branding.csv: B4 (value): warning: the studio's contact is longer than the handout's header holds on A4 and"
            + " Letter paper (4 lines); the rest is cut and the last line ends in \"…\". Shorten it to show it all");

    Diagnostics ok = new Diagnostics();
    HandoutRenderer fits = new HandoutRenderer(new Branding("Harbour Street Strength", null, 0x1F4E79,
        "12 Harbour Street\nhello@example.com", "", null), ok);
    HandoutRendererTest.render(fits, Fixtures.program(), ok);
    assertThat(ok.all()).isEmpty();
  }

  @Test
  void theWarningForCharactersNoFontDrawsSaysWhereEachIs() throws IOException {
    Program base = TestPrograms.forClient("c-mix", "张伟 Zhang", Paper.A4);
    Client c = base.client();
    Program p = TestPrograms.withClient(base, new Client(c.id(), c.name(), c.program(), c.startDate(), c.level(),
        c.weeks(), c.sessionsPerWeek(), c.equipment(), c.limitations(), c.exclude(), c.units(), c.paper(),
        "Says नम first", c.email(), c.where()));
    String first = p.weeks().get(0).circuit().get(0).exercise().id();
    p = TestPrograms.mapItems(p, x -> !x.exercise().id().equals(first) ? x
        : TestPrograms.withExercise(x, TestPrograms.renamed(x.exercise(), x.exercise().name(), "Breathe 呼吸 slowly",
            x.exercise().videoUrl(), x.exercise().image())));
    Diagnostics rendered = new Diagnostics();
    HandoutRenderer r = new HandoutRenderer(Branding.DEFAULT, rendered);
    HandoutRendererTest.render(r, p, rendered);
    Diagnostics checked = new Diagnostics();
    r.check(p, checked);
    String tail = " (in the handout). A fallback_font in the branding file that has them prints them as typed";
    assertThat(rendered.all()).extracting(Diagnostic::format).containsExactly(
        "roster.csv: row 2: warning: client c-mix's name: the handout's font lacks \"张伟\" (U+5F20 U+4F1F),"
            + " printed as \"?\"" + tail,
        "roster.csv: row 2: warning: client c-mix's notes: the handout's font lacks \"नम\" (U+0928 U+092E),"
            + " printed as \"?\"" + tail,
        "fixture: warning: drill " + first + "'s cues: the handout's font lacks \"呼吸\" (U+547C U+5438),"
            + " printed as \"?\"" + tail);
    assertThat(checked.all()).extracting(Diagnostic::format).isEqualTo(rendered.all().stream().map(Diagnostic::format).toList());
  }

  @Test
  void aCheckWithoutRenderingGivesTheWarningRenderingGivesForCharactersNoFontDraws() throws IOException {
    Program p = TestPrograms.forClient("c-cjk", "王小明 Wang", Paper.A4);
    Diagnostics rendered = new Diagnostics();
    HandoutRenderer r = new HandoutRenderer(Branding.DEFAULT, rendered);
    HandoutRendererTest.render(r, p, rendered);
    Diagnostics checked = new Diagnostics();
    r.check(p, checked);
    assertThat(rendered.all()).extracting(Diagnostic::format).singleElement().asString()
        .contains("the handout's font lacks \"王小明\" (U+738B U+5C0F U+660E)");
    assertThat(checked.all()).extracting(Diagnostic::format).isEqualTo(rendered.all().stream().map(Diagnostic::format).toList());

    Diagnostics latin = new Diagnostics();
    r.check(Fixtures.program(), latin);
    assertThat(latin.all()).as("Zoë Łukasz-Núñez prints").isEmpty();

    // a step named by the trainer in a script the font lacks is found too
    Program steps = TestPrograms.mapItems(Fixtures.program(), x -> x);
    org.circuitpress.model.Template t = steps.template();
    org.circuitpress.model.Template named = new org.circuitpress.model.Template(t.id(), "上背 " + t.name(),
        t.description(), t.goal(), t.weeks(), t.sessionsPerWeek(), t.uses(), t.rounds(), t.restBetweenRounds(),
        t.phases(), t.rules(), t.where());
    Program renamed = new Program(steps.client(), named, steps.block(), steps.trackId(), steps.start(), steps.end(),
        steps.weeks(), steps.notes());
    Diagnostics both = new Diagnostics();
    HandoutRendererTest.render(r, renamed, both);
    Diagnostics only = new Diagnostics();
    r.check(renamed, only);
    assertThat(only.all()).extracting(Diagnostic::format).singleElement().asString().contains("\"上背\"");
    assertThat(both.all()).extracting(Diagnostic::format).singleElement().asString().contains("\"上背\"");
  }

  @Test
  void aPaleAccentStillGivesDarkHeadings() {
    for (int rgb : new int[] {0xFFFF00, 0xFFFFFF, 0xFFE14D, 0x1F4E79, 0x000000}) {
      Theme t = Theme.of(rgb);
      assertThat(Theme.luminance(t.accentText())).as("%06X", rgb).isLessThanOrEqualTo(0.45);
      assertThat(Theme.luminance(t.tint())).isGreaterThan(0.8);
    }
  }
}
