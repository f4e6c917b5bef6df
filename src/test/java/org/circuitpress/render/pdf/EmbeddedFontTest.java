package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class EmbeddedFontTest {
  private static final String TEXT = "Zoë Łukasz – Νίκος Анна ½ (x)";

  /** A one-page document showing {@code text} in the bundled bold face. */
  private static byte[] document(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      EmbeddedFont font = new EmbeddedFont(FontSet.bundledOnly().bold);
      PDPage page = new PDPage();
      doc.addPage(page);
      Ops o = new Ops(page);
      o.beginText(72, 700);
      o.show(font, 12, text);
      o.endText();
      Deflater z = new Deflater(1);
      o.attach(doc, z);
      font.finish(doc, z);
      z.end();
      doc.save(out);
    }
    return out.toByteArray();
  }

  private static PDType0Font onlyFont(PDDocument doc) throws IOException {
    var res = doc.getPage(0).getResources();
    COSName name = res.getFontNames().iterator().next();
    return (PDType0Font) res.getFont(name);
  }

  @Test
  void aSubsetOfTheDrawnGlyphsWithASixLetterTagAndTheFontsOwnWidths() throws IOException {
    try (PDDocument doc = Loader.loadPDF(document(TEXT))) {
      PDType0Font font = onlyFont(doc);
      assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans-Bold");
      assertThat(font.isEmbedded()).isTrue();
      PDCIDFontType2 cid = (PDCIDFontType2) font.getDescendantFont();
      TrueTypeFont program = new TTFParser().parseEmbedded(
          new java.io.ByteArrayInputStream(cid.getFontDescriptor().getFontFile2().toByteArray()));
      long distinct = TEXT.codePoints().distinct().count();
      // .notdef plus one glyph per distinct character (accented letters may pull in components).
      assertThat(program.getNumberOfGlyphs()).isBetween((int) distinct + 1, (int) distinct + 12);
      FontSet.Face face = FontSet.bundledOnly().bold;
      for (int cp : TEXT.codePoints().distinct().toArray()) {
        int gid = face.glyph(cp);
        assertThat(cid.getWidth(gid)).as("width of U+%04X", cp).isEqualTo(face.advance(gid));
      }
      assertThat(new PDFTextStripper().getText(doc).strip()).isEqualTo(TEXT);
    }
  }

  @Test
  void theSameTextGivesTheSameTagAndOtherTextAnother() throws IOException {
    String a;
    String b;
    String c;
    try (PDDocument doc = Loader.loadPDF(document(TEXT))) {
      a = onlyFont(doc).getName();
    }
    try (PDDocument doc = Loader.loadPDF(document(TEXT))) {
      b = onlyFont(doc).getName();
    }
    try (PDDocument doc = Loader.loadPDF(document("Week 1"))) {
      c = onlyFont(doc).getName();
    }
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void glyphsAreDrawnFromTheSubset() throws IOException {
    // Rendering goes through the CIDToGIDMap into the subset program: a wrong map draws nothing
    // or the wrong glyphs, which the text bounds would not reveal but the ink does.
    try (PDDocument doc = Loader.loadPDF(document("WWWW"))) {
      var img = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 72);
      int dark = 0;
      for (int y = 60; y < 110; y++) {
        for (int x = 60; x < 200; x++) if ((img.getRGB(x, y) & 0xFF) < 128) dark++;
      }
      assertThat(dark).isGreaterThan(150);
    }
  }
}
