package org.circuitpress.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * One page's content stream, written as PDF operators into a byte buffer and attached to the
 * page, deflated, when the document is complete ({@link #attach}).
 *
 * <p>PDFBox's {@code PDPageContentStream} does the same job; this writer exists because a handout
 * draws thousands of operators and the bytes are what the handout's time goes into deflating. It
 * keeps them few: numbers carry at most three decimals, strings are literal rather than hex, and
 * a colour, line width or font that is already set is not set again. The page stays open, so the
 * footers are added to the same stream at the end.
 *
 * <p>Only the operators the handout uses are here; every one is standard PDF 1.4.
 */
final class Ops {
  private final PDPage page;
  private final PDResources resources;
  private final Map<Object, COSName> names = new IdentityHashMap<>();
  private byte[] buf = new byte[8192];
  private int len;
  private boolean inText;
  // Graphics state already written; -1 / null = unknown.
  private int fillRgb = -1;
  private int strokeRgb = -1;
  private float lineWidth = -1;
  private EmbeddedFont font;
  private float fontSize = -1;

  /** Whether nothing is written: the page is only laid out ({@link Canvas#measuring}). */
  private final boolean discard;

  Ops(PDPage page) {
    this(page, false);
  }

  Ops(PDPage page, boolean discard) {
    this.discard = discard;
    this.page = page;
    this.resources = new PDResources();
    page.setResources(resources);
  }

  PDPage page() {
    return page;
  }

  // ---- state ------------------------------------------------------------------------------

  /** Sets the stroke or fill colour; a grey is written as one grey level. */
  void color(int rgb, boolean stroke) {
    rgb &= 0xFFFFFF;
    if (rgb == (stroke ? strokeRgb : fillRgb)) return;
    if (stroke) strokeRgb = rgb;
    else fillRgb = rgb;
    int r = (rgb >> 16) & 0xFF;
    int g = (rgb >> 8) & 0xFF;
    int b = rgb & 0xFF;
    if (r == g && g == b) {
      num(r / 255f).op(stroke ? "G" : "g");
    } else {
      num(r / 255f).num(g / 255f).num(b / 255f).op(stroke ? "RG" : "rg");
    }
  }

  void lineWidth(float w) {
    if (w == lineWidth) return;
    lineWidth = w;
    num(w).op("w");
  }

  // ---- paths ------------------------------------------------------------------------------

  void rect(float x, float y, float w, float h) {
    num(x).num(y).num(w).num(h).op("re");
  }

  void moveTo(float x, float y) {
    num(x).num(y).op("m");
  }

  void lineTo(float x, float y) {
    num(x).num(y).op("l");
  }

  void fill() {
    op("f");
  }

  void stroke() {
    op("S");
  }

  // ---- text -------------------------------------------------------------------------------

  void beginText(float x, float y) {
    if (inText) throw new IllegalStateException("text object already open");
    inText = true;
    op("BT").num(x).num(y).op("Td");
  }

  /** Shows {@code text} in {@code f}; every character must be one the font covers. */
  void show(EmbeddedFont f, float size, String text) {
    if (!inText) throw new IllegalStateException("no text object open");
    if (discard) return;
    if (f != font || size != fontSize) {
      name(name(f)).num(size).op("Tf");
      font = f;
      fontSize = size;
    }
    literal(f.encode(text));
    op("Tj");
  }

  void endText() {
    inText = false;
    op("ET");
  }

  // ---- external objects -------------------------------------------------------------------

  /** Draws {@code img} into the box with lower-left (x, y), {@code w} wide and {@code h} high. */
  void image(PDImageXObject img, float x, float y, float w, float h) {
    xobject(img, w, h, x, y);
  }

  /** Draws {@code form} scaled by {@code scale} with its origin at (x, y). */
  void form(PDFormXObject form, float x, float y, float scale) {
    xobject(form, scale, scale, x, y);
  }

  private void xobject(PDXObject x, float a, float d, float e, float f) {
    COSName n = names.get(x);
    if (n == null) {
      n = x instanceof PDImageXObject img ? resources.add(img) : resources.add((PDFormXObject) x);
      names.put(x, n);
    }
    // q ... Q restores the colours and line width, so the state known before is still right.
    op("q").num(a).op("0 0").num(d).num(e).num(f).op("cm").name(n).op("Do").op("Q");
  }

  private COSName name(EmbeddedFont f) {
    COSName n = names.get(f);
    if (n == null) {
      COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
      if (fonts == null) {
        fonts = new COSDictionary();
        resources.getCOSObject().setItem(COSName.FONT, fonts);
      }
      n = COSName.getPDFName("F" + (fonts.size() + 1));
      fonts.setItem(n, f.dict);
      names.put(f, n);
    }
    return n;
  }

  // ---- the stream -------------------------------------------------------------------------

  /** Sets the page's content to what was written, deflated with {@code z} (reset here). */
  void attach(PDDocument doc, Deflater z) throws IOException {
    if (inText) throw new IllegalStateException("text object left open");
    page.setContents(new PDStream(deflated(doc, z, buf, len)));
    buf = null;
  }

  /** A new stream of {@code doc} holding {@code data[0, len)} deflated with {@code z} (reset here). */
  static COSStream deflated(PDDocument doc, Deflater z, byte[] data, int len) throws IOException {
    COSStream s = doc.getDocument().createCOSStream();
    s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    z.reset();
    z.setInput(data, 0, len);
    z.finish();
    byte[] chunk = new byte[Math.max(1024, len / 2)];
    try (OutputStream out = s.createRawOutputStream()) {
      while (!z.finished()) out.write(chunk, 0, z.deflate(chunk));
    }
    return s;
  }

  /** The operators written so far, uncompressed (for tests). */
  byte[] bytes() {
    return Arrays.copyOf(buf, len);
  }

  // ---- bytes ------------------------------------------------------------------------------

  private Ops op(String operator) {
    if (discard) return this;
    for (int i = 0; i < operator.length(); i++) put((byte) operator.charAt(i));
    put((byte) '\n');
    return this;
  }

  private Ops name(COSName n) {
    if (discard) return this;
    put((byte) '/');
    String s = n.getName();
    // Resource names are PDFBox's own (F1, Im2, Form3): letters and digits, nothing to escape.
    for (int i = 0; i < s.length(); i++) put((byte) s.charAt(i));
    put((byte) ' ');
    return this;
  }

  /** {@code v} as {@link #num} writes it, as a string. */
  static String number(float v) {
    long m = Math.round((double) v * 1000);
    StringBuilder sb = new StringBuilder(12);
    if (m < 0) {
      sb.append('-');
      m = -m;
    }
    sb.append(m / 1000);
    int frac = (int) (m % 1000);
    if (frac != 0) {
      sb.append('.').append((char) ('0' + frac / 100));
      if (frac % 100 != 0) {
        sb.append((char) ('0' + frac / 10 % 10));
        if (frac % 10 != 0) sb.append((char) ('0' + frac % 10));
      }
    }
    return sb.toString();
  }

  /** A rectangle's array with its numbers as {@link #num} writes them (PDFBox would print 9 digits). */
  static COSArray rect(PDRectangle r) {
    COSArray a = new COSArray();
    for (float v : new float[] {r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getUpperRightY()}) {
      a.add(cosNumber(v));
    }
    return a;
  }

  private static COSBase cosNumber(float v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) return COSInteger.get((long) v);
    try {
      return new COSFloat(number(v));
    } catch (IOException e) {
      return new COSFloat(v);
    }
  }

  /** A number with at most three decimals and no trailing zeros: 12, 0.5, 755.015, -3.25. */
  Ops num(float v) {
    if (discard) return this;
    long m = Math.round((double) v * 1000);
    if (m < 0) {
      put((byte) '-');
      m = -m;
    }
    long whole = m / 1000;
    int frac = (int) (m % 1000);
    digits(whole);
    if (frac != 0) {
      put((byte) '.');
      put((byte) ('0' + frac / 100));
      if (frac % 100 != 0) {
        put((byte) ('0' + frac / 10 % 10));
        if (frac % 10 != 0) put((byte) ('0' + frac % 10));
      }
    }
    put((byte) ' ');
    return this;
  }

  private void digits(long v) {
    if (v >= 10) digits(v / 10);
    put((byte) ('0' + v % 10));
  }

  /** A literal string: parentheses and backslashes escaped, line-end bytes as escapes. */
  private void literal(byte[] s) {
    put((byte) '(');
    for (byte b : s) {
      switch (b) {
        case '(', ')', '\\' -> {
          put((byte) '\\');
          put(b);
        }
        case '\r' -> {
          put((byte) '\\');
          put((byte) 'r');
        }
        case '\n' -> {
          put((byte) '\\');
          put((byte) 'n');
        }
        default -> put(b);
      }
    }
    put((byte) ')');
    put((byte) ' ');
  }

  private void put(byte b) {
    if (len == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
    buf[len++] = b;
  }
}
