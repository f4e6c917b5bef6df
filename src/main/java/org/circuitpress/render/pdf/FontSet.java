package org.circuitpress.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType fonts of a run, parsed once and shared by every handout and thread.
 *
 * <p>Each document embeds its own subset ({@link EmbeddedFont}); the parsed font is only read
 * from then on. Its tables are touched here, once, so that no thread triggers a
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
    /** Glyph ids of the BMP; 0 where the font has none. */
    private final char[] glyphs = new char[0x10000];
    /** Advance widths by glyph id, in 1/1000 em, rounded as the /W array states them. */
    private final int[] glyphAdvance;
    private final CmapLookup cmap;
    private final String name;
    /** The font descriptor PDFBox writes for this font, without its file and name (see {@link #descriptor}). */
    private final COSDictionary descriptor = new COSDictionary();

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
      this.name = ttf.getName();
      float scale = 1000f / ttf.getUnitsPerEm();
      glyphAdvance = new int[ttf.getNumberOfGlyphs()];
      for (int gid = 0; gid < glyphAdvance.length; gid++) {
        glyphAdvance[gid] = Math.round(ttf.getAdvanceWidth(gid) * scale);
      }
      for (int cp = 0x20; cp < 0x10000; cp++) {
        int gid = cmap.getGlyphId(cp);
        if (gid == 0 || gid >= glyphAdvance.length) continue;
        bmp.set(cp);
        glyphs[cp] = (char) gid;
        advance[cp] = glyphAdvance[gid];
      }
      // The descriptor's metrics (flags, bounding box, ascent, cap height, ...) are PDFBox's
      // reading of the font; taken once from an embedding into a scratch document.
      try (PDDocument scratch = new PDDocument()) {
        PDType0Font f = PDType0Font.load(scratch, ttf, true);
        COSDictionary fd = f.getDescendantFont().getFontDescriptor().getCOSObject();
        for (COSName key : fd.keySet()) {
          if (key.equals(COSName.FONT_FILE2) || key.equals(COSName.CID_SET) || key.equals(COSName.FONT_NAME)) continue;
          COSBase v = fd.getDictionaryObject(key);
          if (v instanceof COSArray a) v = new COSArray(a.toList());
          descriptor.setItem(key, v);
        }
      }
    }

    /** The font's PostScript name, e.g. {@code DejaVuSans-Bold}. */
    String name() {
      return name;
    }

    /** The glyph id for {@code cp}, 0 when the font has none. */
    int glyph(int cp) {
      if (cp < 0x10000) return glyphs[cp];
      int gid = cmap.getGlyphId(cp);
      return gid < glyphAdvance.length ? gid : 0;
    }

    /** How many glyphs the font has; glyph ids run from 0 to one less. */
    int glyphCount() {
      return glyphAdvance.length;
    }

    /** The advance width of glyph {@code gid} in 1/1000 em. */
    int advance(int gid) {
      return glyphAdvance[gid];
    }

    /** A new copy of the font descriptor, for one document to complete with its subset. */
    COSDictionary descriptor() {
      COSDictionary d = new COSDictionary();
      for (COSName key : descriptor.keySet()) {
        COSBase v = descriptor.getDictionaryObject(key);
        d.setItem(key, v instanceof COSArray a ? new COSArray(a.toList()) : v);
      }
      return d;
    }

    /** Width of {@code s} in 1/1000 em; every character must be one the font covers. */
    float widthOfCovered(String s) {
      float w = 0;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        w += advance(glyph(cp));
      }
      return w;
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
      return cp < 0x10000 ? bmp.get(cp) : glyph(cp) != 0;
    }
  }

  /** Whether a font of the set draws {@code cp}: the regular face (which bold text falls back on) or the fallback font. */
  boolean draws(int cp) {
    return regular.covers(cp) || (fallback != null && fallback.covers(cp));
  }

  /**
   * {@code s} (clean text) as it prints: each character no font draws is added to {@code
   * missing} and replaced by its {@link StandIns stand-in}; a pictograph left out leaves no
   * double or trailing blank, nor one before a comma or full stop. Text the regular face covers comes back as it is.
   */
  String printable(String s, Set<Integer> missing) {
    if (covered(s)) return s;
    StringBuilder sb = new StringBuilder(s.length());
    boolean dropped = false;
    boolean afterStandIn = false;
    boolean joined = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (joined) {
        // the rest of "🏃‍♀️", joined to an emoji already left out or replaced: it goes with it
        joined = false;
        continue;
      }
      if (draws(cp) && !(afterStandIn && StandIns.modifier(cp))) {
        sb.appendCodePoint(cp);
        afterStandIn = false;
        continue;
      }
      // a modifier the font lacks, or one of an emoji already replaced, goes without a word
      if (StandIns.modifier(cp)) {
        joined = afterStandIn && cp == 0x200D;
        continue;
      }
      afterStandIn = true;
      missing.add(cp);
      String instead = StandIns.of(cp, this::draws);
      dropped |= instead.isEmpty();
      // marked, so that only the blank it leaves is tidied, not the rest of the text as typed
      sb.append(instead.isEmpty() ? LEFT_OUT : instead);
    }
    return dropped ? Canvas.clean(closeUp(sb)) : sb.toString();
  }

  /** Where a pictograph was left out: clean text has no control characters, so it marks nothing else. */
  private static final char LEFT_OUT = '\0';

  /** A pictograph left out with the blanks around it. */
  private static final Pattern GAP = Pattern.compile("[ \\x00]*\\x00[ \\x00]*");

  /**
   * {@code s} with each pictograph left out and the blanks around it made one blank ("Push💪hard"
   * reads "Push hard"), or none before a comma, full stop or closing bracket ("Great work 💪, then"
   * reads "Great work, then") or at the end. A blank typed before punctuation elsewhere in the text
   * stays, as typed.
   */
  private static String closeUp(CharSequence s) {
    Matcher m = GAP.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      boolean closes = m.end() == s.length() || ",.;:!?)".indexOf(s.charAt(m.end())) >= 0;
      m.appendReplacement(out, closes ? "" : " ");
    }
    return m.appendTail(out).toString();
  }

  private boolean covered(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c) || !regular.covers(c)) return false;
    }
    return true;
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
