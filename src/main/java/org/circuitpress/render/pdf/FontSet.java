package org.circuitpress.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The TrueType fonts of a run, parsed once and shared by every handout and thread.
 *
 * <p>Each document embeds its own subset via {@code PDType0Font.load(doc, ttf, true)}; the parsed
 * font is only read from then on. Its tables are touched here, once, so that no thread triggers a
 * lazy table read later (fontbox guards glyph reads itself, and its in-memory data stream hands
 * every subsetter a fresh copy of the original bytes and ignores {@code close()}).
 *
 * <p>Glyph substitution (GSUB) is switched off: for the European scripts we print, PDFBox's Latin
 * worker would only apply {@code ccmp}, {@code liga} and {@code clig}. Text is NFC-normalized
 * before drawing, which composes accents as {@code ccmp} would, and without ligatures the
 * extracted text keeps plain "fi" instead of U+FB01. It also halves the time spent in showText.
 */
final class FontSet {
  static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";

  final Face regular;
  final Face bold;
  /** The trainer's font for characters DejaVu lacks, or null. */
  final Face fallback;

  /** One parsed font and the code points it can draw. */
  static final class Face {
    final TrueTypeFont ttf;
    private final BitSet bmp = new BitSet(0x10000);
    /** Advance widths of the BMP in 1/1000 em, as the PDF's /W array states them. */
    private final float[] advance = new float[0x10000];
    private final CmapLookup cmap;

    Face(TrueTypeFont ttf) throws IOException {
      this.ttf = ttf;
      ttf.setEnableGsub(false);
      this.cmap = ttf.getUnicodeCmapLookup();
      // Pre-read the tables the embedder and the subsetter use.
      ttf.getHeader();
      ttf.getHorizontalHeader();
      ttf.getHorizontalMetrics();
      ttf.getMaximumProfile();
      ttf.getOS2Windows();
      ttf.getPostScript();
      ttf.getNaming();
      ttf.getIndexToLocation();
      ttf.getGlyph();
      float scale = 1000f / ttf.getUnitsPerEm();
      for (int cp = 0x20; cp < 0x10000; cp++) {
        int gid = cmap.getGlyphId(cp);
        if (gid == 0) continue;
        bmp.set(cp);
        advance[cp] = Math.round(ttf.getAdvanceWidth(gid) * scale);
      }
    }

    /**
     * Width of {@code s} in 1/1000 em, or -1 when it holds a character outside the BMP. Measuring
     * from this table instead of {@code PDFont.getStringWidth} skips PDFBox's per-character
     * encode and CMap lookups, which were a third of the rendering time.
     */
    float width(String s) {
      float w = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isSurrogate(c)) return -1;
        w += advance[c];
      }
      return w;
    }

    boolean covers(int cp) {
      return cp < 0x10000 ? bmp.get(cp) : cmap.getGlyphId(cp) != 0;
    }
  }

  private FontSet(Face regular, Face bold, Face fallback) {
    this.regular = regular;
    this.bold = bold;
    this.fallback = fallback;
  }

  /** The bundled DejaVu Sans pair; the fallback font is parsed when given and readable. */
  static FontSet load(Path fallbackFont) throws IOException {
    Face fb = fallbackFont == null ? null : new Face(parse(Files.readAllBytes(fallbackFont)));
    return new FontSet(bundled("DejaVuSans.ttf"), bundled("DejaVuSans-Bold.ttf"), fb);
  }

  static FontSet bundledOnly() {
    try {
      return load(null);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled DejaVu fonts are missing from the classpath", e);
    }
  }

  private static Face bundled(String file) throws IOException {
    try (InputStream in = FontSet.class.getResourceAsStream(DEJAVU + file)) {
      if (in == null) throw new IOException("no " + DEJAVU + file + " on the classpath");
      return new Face(parse(in.readAllBytes()));
    }
  }

  private static TrueTypeFont parse(byte[] bytes) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
  }
}
