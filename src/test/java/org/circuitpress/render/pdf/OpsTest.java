package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class OpsTest {
  /** Parsed once: parsing DejaVu takes a good part of a second. */
  private static final FontSet FONTS = FontSet.bundledOnly();

  private static String text(Ops o) {
    return new String(o.bytes(), StandardCharsets.ISO_8859_1);
  }

  @Test
  void numbersKeepAtMostThreeDecimalsAndNoTrailingZeros() {
    Ops o = new Ops(new PDPage());
    o.num(12f).num(0.5f).num(755.015f).num(-3.25f).num(0.0004f).num(-0.0004f).num(1234567f).num(0.30196f);
    assertThat(text(o)).isEqualTo("12 0.5 755.015 -3.25 0 0 1234567 0.302 ");
  }

  @Test
  void aNumberAsAStringIsWhatTheStreamWrites() {
    for (float v : new float[] {0f, 1f, -1f, 0.5f, 755.015f, 202.42004f, -3.25f, 0.0004f, 99999.999f, 12.1f}) {
      Ops o = new Ops(new PDPage());
      o.num(v);
      assertThat(Ops.number(v)).isEqualTo(text(o).strip());
    }
    var rect = Ops.rect(new org.apache.pdfbox.pdmodel.common.PDRectangle(10f, 202.42004f, 80.5f, 19f));
    List<String> written = new ArrayList<>();
    for (var n : rect) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try {
        if (n instanceof org.apache.pdfbox.cos.COSFloat f) f.writePDF(b);
        else ((org.apache.pdfbox.cos.COSInteger) n).writePDF(b);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      written.add(b.toString(StandardCharsets.US_ASCII));
    }
    assertThat(written).containsExactly("10", "202.42", "90.5", "221.42");
  }

  @Test
  void aColourLineWidthOrFontAlreadySetIsNotWrittenAgain() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      EmbeddedFont font = new EmbeddedFont(FONTS.regular);
      Ops o = new Ops(new PDPage());
      o.color(0x4D4D4D, false);
      o.color(0x4D4D4D, false);
      o.color(0x4D4D4D, true);
      o.color(0x2E6E57, false);
      o.lineWidth(0.5f);
      o.lineWidth(0.5f);
      o.beginText(10, 20);
      o.show(font, 9, "Ab");
      o.show(font, 9, "Cd");
      o.show(font, 10, "Ef");
      o.endText();
      String s = text(o);
      assertThat(s.split("\n"))
          .filteredOn(l -> l.endsWith(" g") || l.endsWith(" G") || l.endsWith(" rg") || l.endsWith(" w") || l.endsWith(" Tf"))
          .containsExactly("0.302 g", "0.302 G", "0.18 0.431 0.341 rg", "0.5 w", "/F1 9 Tf", "/F1 10 Tf");
    }
  }

  @Test
  void stringBytesThatEndALiteralOrALineAreEscaped() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      EmbeddedFont font = new EmbeddedFont(FONTS.regular);
      // Characters whose glyph ids contain the bytes ( ) \ CR LF once encoded: find some.
      StringBuilder tricky = new StringBuilder();
      for (char c = 0x20; c < 0x3000 && tricky.length() < 40; c++) {
        if (Character.isISOControl(c) || !FONTS.regular.covers(c)) continue;
        byte[] b = font.encode(String.valueOf(c));
        for (byte x : b) {
          if (x == '(' || x == ')' || x == '\\' || x == '\r' || x == '\n') {
            tricky.append(c);
            break;
          }
        }
      }
      assertThat(tricky.length()).isGreaterThan(5);
      String shown = "(x) " + tricky;
      Ops o = new Ops(new PDPage());
      o.beginText(10, 20);
      o.show(font, 9, shown);
      o.endText();

      List<Object> tokens = new ArrayList<>();
      PDFStreamParser parser = new PDFStreamParser(o.bytes());
      for (Object t = parser.parseNextToken(); t != null; t = parser.parseNextToken()) tokens.add(t);
      COSString parsed = (COSString) tokens.stream().filter(t -> t instanceof COSString).findFirst().orElseThrow();
      assertThat(parsed.getBytes()).isEqualTo(font.encode(shown));
      assertThat(tokens).last().isInstanceOf(Operator.class);
    }
  }

  @Test
  void aPageDrawnWithOpsReadsBackInPdfbox() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      EmbeddedFont font = new EmbeddedFont(FONTS.regular);
      PDPage page = new PDPage();
      doc.addPage(page);
      Ops o = new Ops(page);
      o.color(0x1A1A1A, false);
      o.beginText(72, 700);
      o.show(font, 12, "Zoë (Łukasz) \\ Νίκος Анна");
      o.endText();
      o.color(0x595959, true);
      o.lineWidth(0.8f);
      o.rect(72, 600, 100, 20);
      o.stroke();
      Deflater z = new Deflater(1);
      o.attach(doc, z);
      font.finish(doc, z);
      z.end();
      doc.save(out);
    }
    try (PDDocument back = Loader.loadPDF(out.toByteArray())) {
      assertThat(new PDFTextStripper().getText(back).strip()).isEqualTo("Zoë (Łukasz) \\ Νίκος Анна");
      List<String> ops = new ArrayList<>();
      List<Float> numbers = new ArrayList<>();
      PDFStreamParser parser = new PDFStreamParser(back.getPage(0));
      for (Object t = parser.parseNextToken(); t != null; t = parser.parseNextToken()) {
        if (t instanceof Operator op) ops.add(op.getName());
        if (t instanceof COSNumber n) numbers.add(n.floatValue());
      }
      assertThat(ops).containsExactly("g", "BT", "Td", "Tf", "Tj", "ET", "G", "w", "re", "S");
      assertThat(numbers).contains(72f, 600f, 100f, 20f, 0.8f);
    }
  }

  @Test
  void textMustBeInsideATextObject() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      EmbeddedFont font = new EmbeddedFont(FONTS.regular);
      Ops o = new Ops(new PDPage());
      assertThatThrownBy(() -> o.show(font, 9, "x")).isInstanceOf(IllegalStateException.class);
      o.beginText(0, 0);
      assertThatThrownBy(() -> o.beginText(0, 0)).isInstanceOf(IllegalStateException.class);
    }
  }
}
