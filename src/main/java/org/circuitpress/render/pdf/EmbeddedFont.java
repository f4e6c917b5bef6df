package org.circuitpress.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One face of a {@link FontSet} embedded in one handout: a Type 0 font with Identity-H encoding
 * over a CIDFontType2 subset, the structure PDFBox's {@code PDType0Font.load(doc, ttf, true)}
 * writes, built here directly.
 *
 * <p>Text is encoded as the original glyph ids (two bytes each), so the subset can be cut only
 * once the whole document is drawn ({@link #finish}); a CIDToGIDMap maps those ids to the
 * subset's. Doing this by hand skips what PDFBox does per document and then throws away: a width
 * table for all ~6,000 glyphs of DejaVu, parsed back into a map, and the subset deflated, inflated
 * and parsed again for metrics the original font already has. The font program is still cut by
 * fontbox's {@link TTFSubsetter}, as PDFBox does.
 */
final class EmbeddedFont {
  /** The tables a PDF TrueType font program needs (the same list PDFBox keeps). */
  private static final List<String> TABLES =
      List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

  private final FontSet.Face face;
  /** The Type 0 dictionary pages refer to; filled in by {@link #finish}. */
  final COSDictionary dict = new COSDictionary();
  /**
   * By original glyph id, the first code point drawn with it (for text extraction); 0 for a glyph
   * not drawn. An array rather than a map: every character drawn passes here.
   */
  private final int[] firstCodePoint;

  EmbeddedFont(FontSet.Face face) {
    this.face = face;
    this.firstCodePoint = new int[face.glyphCount()];
    dict.setItem(COSName.TYPE, COSName.FONT);
    dict.setItem(COSName.SUBTYPE, COSName.TYPE0);
  }

  FontSet.Face face() {
    return face;
  }

  /**
   * The bytes a content stream shows for {@code text}: each code point's glyph id, big-endian.
   * Every code point must be one the face {@link FontSet.Face#covers covers}.
   */
  byte[] encode(String text) {
    byte[] out = new byte[text.length() * 2];
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int gid = face.glyph(cp);
      if (gid == 0) throw new IllegalArgumentException("no glyph for U+" + Integer.toHexString(cp) + " in " + face.name());
      if (firstCodePoint[gid] == 0) firstCodePoint[gid] = cp;
      out[n++] = (byte) (gid >> 8);
      out[n++] = (byte) gid;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }


  /** Cuts the subset of the glyphs drawn and writes the font's dictionaries and streams. */
  void finish(PDDocument doc, Deflater z) throws IOException {
    TreeMap<Integer, Integer> used = new TreeMap<>();
    for (int gid = 0; gid < firstCodePoint.length; gid++) {
      if (firstCodePoint[gid] != 0) used.put(gid, firstCodePoint[gid]);
    }
    TTFSubsetter subsetter = new TTFSubsetter(face.ttf, TABLES);
    subsetter.addGlyphIds(new TreeSet<>(used.keySet()));
    Map<Integer, Integer> newToOld = subsetter.getGIDMap();
    TreeMap<Integer, Integer> oldToNew = new TreeMap<>();
    newToOld.forEach((n, o) -> oldToNew.put(o, n));
    String name = tag(oldToNew) + "+" + face.name();
    subsetter.setPrefix(tag(oldToNew));
    ByteArrayOutputStream program = new ByteArrayOutputStream(32 * 1024);
    subsetter.writeToStream(program);

    COSDictionary descriptor = face.descriptor();
    descriptor.setName(COSName.FONT_NAME, name);
    COSStream file = stream(doc, z, program.toByteArray());
    file.setInt(COSName.LENGTH1, program.size());
    descriptor.setItem(COSName.FONT_FILE2, file);

    COSDictionary cid = new COSDictionary();
    cid.setItem(COSName.TYPE, COSName.FONT);
    cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
    cid.setName(COSName.BASE_FONT, name);
    COSDictionary info = new COSDictionary();
    info.setString(COSName.REGISTRY, "Adobe");
    info.setString(COSName.ORDERING, "Identity");
    info.setInt(COSName.SUPPLEMENT, 0);
    info.setDirect(true);
    cid.setItem(COSName.CIDSYSTEMINFO, info);
    cid.setItem(COSName.FONT_DESC, descriptor);
    cid.setItem(COSName.W, widths(oldToNew));
    cid.setItem(COSName.CID_TO_GID_MAP, stream(doc, z, cidToGid(oldToNew)));

    dict.setName(COSName.BASE_FONT, name);
    dict.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    COSArray descendants = new COSArray();
    descendants.add(cid);
    dict.setItem(COSName.DESCENDANT_FONTS, descendants);
    dict.setItem(COSName.TO_UNICODE, stream(doc, z, toUnicode(used)));
  }

  /** {@code [cid [w w ...] cid [w ...]]}: one run per stretch of consecutive glyph ids. */
  private COSArray widths(TreeMap<Integer, Integer> oldToNew) {
    COSArray w = new COSArray();
    COSArray run = null;
    int last = -2;
    for (int gid : oldToNew.keySet()) {
      if (gid != last + 1) {
        w.add(COSInteger.get(gid));
        run = new COSArray();
        w.add(run);
      }
      run.add(COSInteger.get(face.advance(gid)));
      last = gid;
    }
    return w;
  }

  private static byte[] cidToGid(TreeMap<Integer, Integer> oldToNew) {
    byte[] map = new byte[(oldToNew.lastKey() + 1) * 2];
    oldToNew.forEach((o, n) -> {
      map[o * 2] = (byte) (n >> 8);
      map[o * 2 + 1] = (byte) (int) n;
    });
    return map;
  }

  /** The ToUnicode CMap: each glyph drawn back to the character it was drawn for. */
  private static byte[] toUnicode(TreeMap<Integer, Integer> used) {
    StringBuilder s = new StringBuilder(200 + used.size() * 16);
    s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(used.entrySet());
    for (int from = 0; from < entries.size(); from += 100) {
      int to = Math.min(entries.size(), from + 100);
      s.append(to - from).append(" beginbfchar\n");
      for (Map.Entry<Integer, Integer> e : entries.subList(from, to)) {
        s.append('<').append(hex4(e.getKey())).append("> <");
        for (char c : Character.toChars(e.getValue())) s.append(hex4(c));
        s.append(">\n");
      }
      s.append("endbfchar\n");
    }
    s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String hex4(int v) {
    String h = Integer.toHexString(v).toUpperCase(Locale.ROOT);
    return "0000".substring(h.length()) + h;
  }

  /**
   * Six capital letters naming this subset, as PDF requires of a subset font's name; derived from
   * the glyphs in it, so the same text gives the same name.
   */
  private static String tag(TreeMap<Integer, Integer> oldToNew) {
    CRC32 crc = new CRC32();
    for (int gid : oldToNew.keySet()) {
      crc.update(gid >> 8);
      crc.update(gid);
    }
    long v = crc.getValue();
    char[] t = new char[6];
    for (int i = 0; i < 6; i++) {
      t[i] = (char) ('A' + v % 26);
      v /= 26;
    }
    return new String(t);
  }

  private static COSStream stream(PDDocument doc, Deflater z, byte[] data) throws IOException {
    return Ops.deflated(doc, z, data, data.length);
  }
}
