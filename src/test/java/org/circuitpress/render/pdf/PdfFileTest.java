package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFileTest {
  private static final COSName TEST = COSName.getPDFName("Test");

  static byte[] write(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfFile.write(doc.getDocument().getTrailer(), out, 6);
    return out.toByteArray();
  }

  /** A document whose catalog carries one value of every kind under /Test. */
  static PDDocument everyKind() throws IOException {
    PDDocument doc = new PDDocument();
    doc.addPage(new PDPage());
    doc.getDocumentInformation().setTitle("Zoë's (first) \\ block");
    COSDictionary t = new COSDictionary();
    t.setInt("Int", -42);
    t.setItem("Float", new COSFloat(0.5f));
    t.setItem("Yes", COSBoolean.TRUE);
    t.setItem("No", COSBoolean.FALSE);
    t.setItem("Nothing", COSNull.NULL);
    t.setString("Text", "a(b)c\\d");
    t.setItem("Bytes", new COSString(new byte[] {0, (byte) 0xff, 10}));
    t.setItem("Name", COSName.getPDFName("Two words#"));
    COSArray mixed = new COSArray();
    mixed.add(COSInteger.get(1));
    mixed.add(COSInteger.get(2));
    mixed.add(new COSFloat(2.5f));
    mixed.add(COSName.getPDFName("N"));
    mixed.add(COSInteger.get(3));
    mixed.add(new COSArray());
    t.setItem("Mixed", mixed);
    COSDictionary inline = new COSDictionary();
    inline.setDirect(true);
    inline.setInt("Depth", 1);
    t.setItem("Inline", inline);
    // A parent and its child that point at each other, as form fields do.
    COSDictionary parent = new COSDictionary();
    COSDictionary child = new COSDictionary();
    COSArray kids = new COSArray();
    kids.add(child);
    parent.setItem(COSName.KIDS, kids);
    child.setItem(COSName.PARENT, parent);
    t.setItem("Parent", parent);
    COSDictionary behind = new COSDictionary();
    behind.setString("Via", "reference");
    t.setItem("Wrapped", new COSObject(behind));
    COSStream s = doc.getDocument().createCOSStream();
    try (OutputStream out = s.createRawOutputStream()) {
      out.write("raw bytes\nas they are".getBytes(StandardCharsets.US_ASCII));
    }
    t.setItem("Stream", s);
    doc.getDocumentCatalog().getCOSObject().setItem(TEST, t);
    return doc;
  }

  @Test
  void everyKindOfValueReadsBackAsWritten() throws IOException {
    byte[] pdf;
    try (PDDocument doc = everyKind()) {
      pdf = write(doc);
    }
    assertThat(new String(pdf, 0, 9, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.6\n");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Zoë's (first) \\ block");
      COSDictionary t = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(TEST);
      assertThat(t.getInt("Int")).isEqualTo(-42);
      assertThat(t.getFloat("Float")).isEqualTo(0.5f);
      assertThat(t.getBoolean("Yes", false)).isTrue();
      assertThat(t.getBoolean("No", true)).isFalse();
      assertThat(t.getDictionaryObject("Nothing")).isNull();
      assertThat(t.getString("Text")).isEqualTo("a(b)c\\d");
      assertThat(((COSString) t.getDictionaryObject("Bytes")).getBytes()).containsExactly(0, 0xff, 10);
      assertThat(t.getCOSName(COSName.getPDFName("Name")).getName()).isEqualTo("Two words#");
      COSArray mixed = t.getCOSArray(COSName.getPDFName("Mixed"));
      assertThat(mixed.size()).isEqualTo(6);
      assertThat(mixed.getInt(0)).isEqualTo(1);
      assertThat(mixed.getInt(1)).isEqualTo(2);
      assertThat(((COSFloat) mixed.getObject(2)).floatValue()).isEqualTo(2.5f);
      assertThat(mixed.getName(3)).isEqualTo("N");
      assertThat(mixed.getInt(4)).isEqualTo(3);
      assertThat(((COSArray) mixed.getObject(5)).size()).isZero();
      assertThat(t.getCOSDictionary(COSName.getPDFName("Inline")).getInt("Depth")).isEqualTo(1);
      COSDictionary parent = t.getCOSDictionary(COSName.PARENT);
      COSDictionary child = (COSDictionary) parent.getCOSArray(COSName.KIDS).getObject(0);
      assertThat(child.getCOSDictionary(COSName.PARENT)).isSameAs(parent);
      assertThat(t.getCOSDictionary(COSName.getPDFName("Wrapped")).getString("Via")).isEqualTo("reference");
      COSStream s = (COSStream) t.getDictionaryObject("Stream");
      try (var in = s.createInputStream()) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("raw bytes\nas they are");
      }
    }
  }

  @Test
  void theCrossReferenceListsEveryObjectItselfIncluded() throws IOException {
    byte[] pdf;
    try (PDDocument doc = everyKind()) {
      pdf = write(doc);
    }
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Matcher size = Pattern.compile("/Type/XRef/Size (\\d+)").matcher(text);
    assertThat(size.find()).isTrue();
    int n = Integer.parseInt(size.group(1));
    // The cross-reference stream is the last object.
    assertThat(text).contains("\n" + (n - 1) + " 0 obj\n<</Type/XRef");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      TreeSet<Long> listed = listed(doc);
      assertThat(listed.first()).isEqualTo(1);
      assertThat(listed.last()).isEqualTo(n - 1);
      assertThat(listed).hasSize(n - 1);
    }
  }

  @Test
  void manyObjectsAreSplitOverObjectStreams() throws IOException {
    int count = PdfFile.PER_OBJECT_STREAM * 2 + 50;
    byte[] pdf = many(count, 0);
    assertThat(occurrences(pdf, "/Type/ObjStm")).isEqualTo(3);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSArray many = (COSArray) doc.getDocumentCatalog().getCOSObject().getDictionaryObject(TEST);
      assertThat(many.size()).isEqualTo(count);
      for (int i = 0; i < count; i++) assertThat(((COSDictionary) many.getObject(i)).getInt("I")).isEqualTo(i);
    }
  }

  @Test
  void manyStreamsBesideOtherObjectsLeaveNoGapInTheNumbers() throws IOException {
    // 100 streams and 150 other objects: one object stream, not the two 250 objects would take.
    byte[] pdf = many(150, 100);
    assertThat(occurrences(pdf, "/Type/ObjStm")).isEqualTo(1);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSArray many = (COSArray) doc.getDocumentCatalog().getCOSObject().getDictionaryObject(TEST);
      assertThat(many.size()).isEqualTo(250);
      TreeSet<Long> listed = listed(doc);
      assertThat(listed.last()).isEqualTo(listed.size());
      try (var in = ((COSStream) many.getObject(3)).createInputStream()) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("stream 1");
      }
    }
  }

  @Test
  void tokensAreSeparatedOnlyWhereTheSyntaxNeedsIt() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      COSDictionary t = new COSDictionary();
      t.setInt("A", 1);
      t.setItem("B", COSName.getPDFName("Name"));
      COSArray a = new COSArray();
      a.add(COSInteger.get(1));
      a.add(new COSFloat(2.5f));
      a.add(COSBoolean.TRUE);
      t.setItem("C", a);
      t.setString("D", "x");
      doc.getDocumentCatalog().getCOSObject().setItem(TEST, t);
      pdf = write(doc);
    }
    assertThat(objectStreams(pdf)).contains("<</A 1/B/Name/C[1 2.5 true]/D(x)>>");
  }

  @Test
  void theSameDocumentGivesTheSameBytes() throws IOException {
    byte[] first;
    byte[] second;
    try (PDDocument doc = everyKind()) {
      first = write(doc);
    }
    try (PDDocument doc = everyKind()) {
      second = write(doc);
    }
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aHandoutPassesQpdfsChecksAndPopplerReadsIt(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("qpdf") && onPath("pdftotext"), "qpdf and poppler-utils are not installed (.ci/run installs them)");
    Path logo = dir.resolve("logo.png");
    BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, 40, 20);
    g.dispose();
    ImageIO.write(img, "png", logo.toFile());
    Diagnostics d = new Diagnostics();
    Branding b = new Branding("Studio Ørsted", logo, 0x2E6F57, "hello@studio.example", "Train well", null);
    byte[] pdf = HandoutRendererTest.render(new HandoutRenderer(b, d),
        TestPrograms.forClient("c9", "Ζωή Ιβάνοβα-Øre", Paper.LETTER), d);
    Path file = dir.resolve("handout.pdf");
    Files.write(file, pdf);

    Run check = run("qpdf", "--check", file.toString());
    assertThat(check.exit).as(check.output).isZero();
    assertThat(check.output).doesNotContainIgnoringCase("warning").contains("No syntax or stream encoding errors");

    Run text = run("pdftotext", "-layout", file.toString(), "-");
    assertThat(text.exit).as(text.output).isZero();
    assertThat(text.output).contains("Ζωή Ιβάνοβα-Øre", "Studio Ørsted", "Week 1");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc)).contains("Ζωή Ιβάνοβα-Øre");
      assertThat(doc.getDocumentCatalog().getAcroForm().getFields()).isNotEmpty();
    }
  }

  /**
   * Found filling a handout as a tablet would: once the form was saved with its appearances built
   * (PDFBox's getAcroForm() does so, and clears NeedAppearances), poppler drew a ticked round box
   * empty, because every box's states sat in one shared dictionary.
   */
  @Test
  void aTickedBoxShowsItsTickInPopplerOnceTheFormWasSaved(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("pdftoppm"), "poppler-utils are not installed (.ci/run installs them)");
    byte[] pdf = HandoutRendererTest.render(org.circuitpress.testing.Fixtures.program(), new Diagnostics());
    Path file = dir.resolve("filled.pdf");
    Spot at;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      assertThat(form.getNeedAppearances()).as("the viewer built the appearances").isFalse();
      PDCheckBox done = (PDCheckBox) form.getField("c-001.w1.s1.r1.done");
      done.check();
      at = Spot.of(doc, done.getWidgets().get(0));
      doc.save(file.toFile());
    }
    // The inside of the box at 72 dpi (a pixel a point), clear of its printed border.
    BufferedImage img = poppler(file, at, 3, 72, dir);
    int dark = 0;
    for (int i = 0; i < img.getWidth(); i++) {
      for (int j = 0; j < img.getHeight(); j++) if ((img.getRGB(i, j) & 0xFF) < 128) dark++;
    }
    assertThat(dark).as("dark pixels of the tick").isGreaterThan(10);
  }

  /**
   * Found on a tablet: the notes box of a session was one line, so a longer note was cut at its
   * edge on paper and in the viewers that draw typed text themselves (poppler: Evince, Okular).
   * Stored as a tablet stores it, without an appearance, a note now wraps onto lines in its box.
   */
  @Test
  void popplerDrawsALongNoteOnTheLinesOfItsBox(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("pdftoppm"), "poppler-utils are not installed (.ci/run installs them)");
    for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
      byte[] pdf = HandoutRendererTest.render(
          TestPrograms.onPaper(org.circuitpress.testing.Fixtures.program(), paper), new Diagnostics());
      Path file = dir.resolve("filled.pdf");
      Spot at;
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        PDField notes = doc.getDocumentCatalog().getAcroForm(null).getField("c-001.w1.s1.notes");
        notes.getCOSObject().setString(COSName.V, NotesBoxTest.NOTE);
        at = Spot.of(doc, notes.getWidgets().get(0));
        doc.save(file.toFile());
      }
      BufferedImage img = poppler(file, at, 2, 144, dir);
      // the lines of text: bands of pixel rows with ink in them
      int lines = 0;
      boolean inLine = false;
      for (int j = 0; j < img.getHeight(); j++) {
        boolean ink = false;
        for (int i = 0; i < img.getWidth() && !ink; i++) ink = (img.getRGB(i, j) & 0xFF) < 128;
        if (ink && !inLine) lines++;
        inLine = ink;
      }
      assertThat(lines).as(paper + ": lines of the note").isEqualTo(2);
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** Where a form field lies: its page (from 1), its rectangle, and the page's height. */
  private record Spot(int page, PDRectangle box, float pageHeight) {
    static Spot of(PDDocument doc, PDAnnotationWidget w) {
      return new Spot(doc.getPages().indexOf(w.getPage()) + 1, w.getRectangle(), w.getPage().getMediaBox().getHeight());
    }
  }

  /** The inside of the field at {@code at} as poppler draws it in grey at {@code dpi}, {@code inset} points in from each edge. */
  private static BufferedImage poppler(Path file, Spot at, int inset, int dpi, Path dir) throws Exception {
    float scale = dpi / 72f;
    PDRectangle box = at.box();
    int x = (int) ((Math.ceil(box.getLowerLeftX()) + inset) * scale);
    int y = (int) ((Math.ceil(at.pageHeight() - box.getUpperRightY()) + inset) * scale);
    int w = (int) (((int) box.getWidth() - 2 * inset) * scale);
    int h = (int) (((int) box.getHeight() - 2 * inset) * scale);
    Run r = run("pdftoppm", "-r", "" + dpi, "-gray", "-png", "-f", "" + at.page(), "-l", "" + at.page(), "-x", "" + x,
        "-y", "" + y, "-W", "" + w, "-H", "" + h, "-singlefile", file.toString(), dir.resolve("box").toString());
    assertThat(r.exit).as(r.output).isZero();
    return ImageIO.read(dir.resolve("box.png").toFile());
  }

  /**
   * A one-page document whose catalog's /Test holds {@code dicts} dictionaries numbered by /I, the
   * first {@code streams} of them each followed by a stream "stream i".
   */
  private static byte[] many(int dicts, int streams) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      COSArray many = new COSArray();
      for (int i = 0; i < dicts; i++) {
        COSDictionary d = new COSDictionary();
        d.setInt("I", i);
        many.add(d);
        if (i < streams) {
          COSStream s = doc.getDocument().createCOSStream();
          try (OutputStream out = s.createRawOutputStream()) {
            out.write(("stream " + i).getBytes(StandardCharsets.US_ASCII));
          }
          many.add(s);
        }
      }
      doc.getDocumentCatalog().getCOSObject().setItem(TEST, many);
      return write(doc);
    }
  }

  private static long occurrences(byte[] pdf, String text) {
    return Pattern.compile(Pattern.quote(text)).matcher(new String(pdf, StandardCharsets.ISO_8859_1)).results().count();
  }

  /** The object numbers the cross-reference of {@code doc} lists. */
  private static TreeSet<Long> listed(PDDocument doc) {
    TreeSet<Long> listed = new TreeSet<>();
    for (COSObjectKey k : doc.getDocument().getXrefTable().keySet()) listed.add(k.getNumber());
    return listed;
  }

  /** The inflated text of every object stream in {@code pdf}, one after the other. */
  private static String objectStreams(byte[] pdf) throws Exception {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Matcher m = Pattern.compile("/Type/ObjStm[^>]*/Length (\\d+)>>\nstream\n").matcher(text);
    StringBuilder all = new StringBuilder();
    while (m.find()) {
      int length = Integer.parseInt(m.group(1));
      Inflater inf = new Inflater();
      inf.setInput(pdf, m.end(), length);
      byte[] out = new byte[1 << 16];
      int n = inf.inflate(out);
      inf.end();
      all.append(new String(out, 0, n, StandardCharsets.ISO_8859_1));
    }
    return all.toString();
  }

  private record Run(int exit, String output) {}

  private static Run run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", cmd) + " did not finish");
    }
    return new Run(p.exitValue(), out);
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String dir : path.split(File.pathSeparator)) if (Files.isExecutable(Path.of(dir, tool))) return true;
    return false;
  }
}
