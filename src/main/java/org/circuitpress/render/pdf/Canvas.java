package org.circuitpress.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.circuitpress.model.Paper;

/**
 * One document being drawn: pages, a top-down cursor, and text in the bundled fonts.
 *
 * <p>Coordinates given to callers are PDF points with y growing upwards; {@link #y} is the top
 * of the free space on the current page. Text goes through {@link #clean} and is split into runs
 * of the font that has its glyphs; what no font has prints as its {@link StandIns stand-in} (a
 * plain equivalent, nothing, or "?") and is remembered in {@link #missing}.
 */
final class Canvas {
  /** 15 mm: inside every home printer's unprintable border (the target is at least 12 mm). */
  static final float MARGIN = 42.5f;

  /**
   * Lends its stream factory and resource classes; the pages, form and catalog are not attached
   * to it. PDFBox tracks a document's objects for incremental saves: anything put below its
   * trailer is walked once to be marked, and for a handout's two thousand or so objects that walk
   * was about 5 % of a run's CPU. A handout is never saved incrementally, so its catalog and page
   * tree are kept here and {@link PdfFile} writes them.
   */
  final PDDocument doc;
  /** The document catalog: the page tree, and the form once {@code Forms.finish} puts it in. */
  final COSDictionary catalog = new COSDictionary();
  private final COSDictionary pageTree = new COSDictionary();
  private final COSArray kids = new COSArray();
  final Paper paper;
  final Set<Integer> missing = new LinkedHashSet<>();
  final List<PDPage> pages = new ArrayList<>();
  private final FontSet fonts;
  private final EmbeddedFont regular;
  private final EmbeddedFont bold;
  private EmbeddedFont fallback;
  private final MessageDigest digest;
  /** Each page's content, in page order; they stay open until {@link #close}. */
  private final List<Ops> contents = new ArrayList<>();
  /** The content being drawn on: the current page's, or another page's while footers are drawn. */
  Ops cs;
  PDPage page;
  float y;
  /** Drawn at the top of every page after the first section opens it; may be null. */
  Runnable pageHeader;

  /**
   * Whether the pages are only laid out, to count them ({@link HandoutRenderer#check}): nothing
   * drawn is kept (no page content, text, pictures, video codes, form fields or fingerprint),
   * while every decision of where things go is made as when drawing.
   */
  final boolean measuring;

  Canvas(PDDocument doc, Paper paper, FontSet fonts) throws IOException {
    this(doc, paper, fonts, null);
  }

  /**
   * A canvas that only measures ({@link #measuring}), wrapping its text through {@code shared},
   * the lines every measuring canvas of the run has wrapped; null for one that draws.
   */
  Canvas(PDDocument doc, Paper paper, FontSet fonts, Wraps shared) throws IOException {
    this.measuring = shared != null;
    this.shared = shared;
    this.doc = doc;
    this.paper = paper;
    this.fonts = fonts;
    pageTree.setItem(COSName.TYPE, COSName.PAGES);
    pageTree.setItem(COSName.KIDS, kids);
    catalog.setItem(COSName.TYPE, COSName.CATALOG);
    catalog.setItem(COSName.PAGES, pageTree);
    this.regular = new EmbeddedFont(fonts.regular);
    this.bold = new EmbeddedFont(fonts.bold);
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  float left() {
    return MARGIN;
  }

  float right() {
    return paper.width - MARGIN;
  }

  float width() {
    return right() - left();
  }

  float top() {
    return paper.height - MARGIN;
  }

  /**
   * Whether the page is shorter than A4, as US Letter is (by 50 pt, while 17 pt wider). The
   * layout's spacing was fitted to A4; on a shorter page a block that only just fitted an A4
   * page goes over to a page of its own, so there the layout gives up width or air for height
   * where that keeps the block on its page.
   */
  boolean shorterThanA4() {
    return paper.height < Paper.A4.height;
  }

  /** Footer lines live between the margin and this line. */
  float bottom() {
    return MARGIN + 16 + footerExtra;
  }

  /** Room for the footer's lines after its first; set before the first page. */
  float footerExtra;

  void newPage() throws IOException {
    page = new PDPage(new PDRectangle(paper.width, paper.height));
    page.getCOSObject().setItem(COSName.PARENT, pageTree);
    kids.add(page.getCOSObject());
    pageTree.setInt(COSName.COUNT, kids.size());
    pages.add(page);
    cs = new Ops(page, measuring);
    contents.add(cs);
    y = top();
    if (pageHeader != null) pageHeader.run();
  }

  /** Starts a new page when less than {@code needed} points are free. */
  boolean ensure(float needed) throws IOException {
    if (page != null && y - needed >= bottom()) return false;
    newPage();
    return true;
  }

  /** Draws on page {@code index} (from 0) again, e.g. its footer once the page count is known. */
  void onPage(int index) {
    cs = contents.get(index);
  }

  /**
   * Ends drawing: every page gets its content stream and every font used its subset, all
   * deflated at {@code level}.
   */
  void close(int level) throws IOException {
    Deflater z = new Deflater(level);
    try {
      for (Ops o : contents) o.attach(doc, z);
      for (EmbeddedFont f : used) f.finish(doc, z);
    } finally {
      z.end();
    }
    contents.clear();
    cs = null;
  }

  /** Content fingerprint for the document /ID: every string drawn and every field named. */
  void fingerprint(String s) {
    if (measuring) return;
    digest.update(s.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  byte[] fingerprint() {
    return digest.digest();
  }

  // ---- text -------------------------------------------------------------------------------

  /** NFC, no control characters, no runs of blanks. */
  static String clean(String s) {
    if (s == null || s.isEmpty()) return "";
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder(n.length());
    boolean blank = false;
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      i += Character.charCount(cp);
      boolean space = Character.isWhitespace(cp) || Character.isISOControl(cp) || cp == 0xA0;
      if (space) {
        if (!blank) sb.append(' ');
      } else {
        sb.appendCodePoint(cp);
      }
      blank = space;
    }
    return sb.toString().strip();
  }

  private record Run(EmbeddedFont font, String text) {}

  /** The fonts drawn with, in first-use order, to be subset in {@link #close}. */
  private final Set<EmbeddedFont> used = new LinkedHashSet<>();

  private List<Run> runs(String s, boolean isBold) throws IOException {
    FontSet.Face face = isBold ? fonts.bold : fonts.regular;
    EmbeddedFont main = isBold ? bold : regular;
    if (allCovered(s, face)) return List.of(new Run(main, s));
    List<Run> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    EmbeddedFont curFont = main;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      EmbeddedFont f = main;
      if (!face.covers(cp)) {
        if (fonts.regular.covers(cp)) {
          f = regular;
        } else if (fonts.fallback != null && fonts.fallback.covers(cp)) {
          f = fallbackFont();
        } else {
          missing.add(cp);
          cp = '?';
        }
      }
      if (f != curFont && cur.length() > 0) {
        out.add(new Run(curFont, cur.toString()));
        cur.setLength(0);
      }
      curFont = f;
      cur.appendCodePoint(cp);
    }
    if (cur.length() > 0) out.add(new Run(curFont, cur.toString()));
    return out;
  }

  private static boolean allCovered(String s, FontSet.Face face) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c) || !face.covers(c)) return false;
    }
    return true;
  }

  private EmbeddedFont fallbackFont() throws IOException {
    if (fallback == null) fallback = new EmbeddedFont(fonts.fallback);
    return fallback;
  }

  /** {@code s} as it prints ({@link FontSet#printable}); what no font has is noted in {@link #missing}. */
  String printable(String s) {
    return fonts.printable(s, missing);
  }

  float width(String s, Style st) throws IOException {
    FontSet.Face face = st.bold() ? fonts.bold : fonts.regular;
    if (allCovered(s, face)) return face.width(s) / 1000f * st.size();
    s = printable(s);
    float w = 0;
    for (Run r : runs(s, st.bold())) w += r.font.face().widthOfCovered(r.text) / 1000f * st.size();
    return w;
  }

  /** One line of text with its baseline at {@code baseline}; the text must be clean. */
  void text(String s, Style st, float x, float baseline) throws IOException {
    if (s.isEmpty() || measuring) return;
    fingerprint(s);
    s = printable(s);
    cs.color(st.rgb(), false);
    cs.beginText(x, baseline);
    for (Run r : runs(s, st.bold())) {
      used.add(r.font);
      cs.show(r.font, st.size(), r.text);
    }
    cs.endText();
  }

  void textRight(String s, Style st, float xRight, float baseline) throws IOException {
    text(s, st, xRight - width(s, st), baseline);
  }

  private record WrapKey(String raw, Style st, float max, boolean measures) {}

  /**
   * The spaces a line may break at in a text of loads: all but the one between a number and its
   * unit, so that "12 kg (26 lb)" breaks before "(26 lb)", never before "lb)".
   */
  private static final Pattern BREAKS_BETWEEN_MEASURES =
      Pattern.compile("(?<![0-9]) | (?!(?:kg|lb)\\b)");

  /**
   * Lines already wrapped in this document: drill names, cues and targets come back in every
   * week and session, and layouts are measured before they are drawn.
   */
  private final Map<WrapKey, List<String>> wrapped = new HashMap<>();

  /** The lines of the run's other handouts, for a canvas that only measures; else null. */
  private final Wraps shared;

  /**
   * The lines wrapped by every measuring canvas of a run, for all its threads. The same drills,
   * cues, steps and targets are in thousands of clients' handouts, and wrapping them again for
   * each was most of what a dry run's layout cost. A wrap depends on the text, style and width
   * alone (the run's fonts are the same for every client), so a handout measures as it would
   * alone. Drawing canvases do not share: measuring a text with a character no font has also
   * notes it for the handout's warning. Texts of one client (names, dates, notes) would pile up
   * over a large roster: the lines are dropped when there are {@link #MAX} of them.
   */
  static final class Wraps {
    static final int MAX = 20_000;
    private final Map<WrapKey, List<String>> lines = new ConcurrentHashMap<>();

    private List<String> get(WrapKey key) {
      return lines.get(key);
    }

    private void put(WrapKey key, List<String> done) {
      if (lines.size() >= MAX) lines.clear();
      lines.put(key, done);
    }
  }

  /** Greedy word wrap; a word longer than the line is broken where it must be. */
  List<String> wrap(String raw, Style st, float max) throws IOException {
    return wrap(raw, st, max, false);
  }

  /**
   * Like {@link #wrap}, for a text that holds loads: a number stays on the line of its unit
   * ("12 kg" | "(26 lb)", not "12 kg (26" | "lb)"), where a narrow column would part them.
   */
  List<String> wrapMeasures(String raw, Style st, float max) throws IOException {
    return wrap(raw, st, max, true);
  }

  private List<String> wrap(String raw, Style st, float max, boolean measures) throws IOException {
    WrapKey key = new WrapKey(raw == null ? "" : raw, st, max, measures);
    List<String> done = wrapped.get(key);
    if (done == null) {
      // the document's own lines first: the run's are many more, and slower to look up
      done = shared == null ? null : shared.get(key);
      if (done == null) {
        done = List.copyOf(wrapNew(key.raw(), st, max, measures));
        if (shared != null) shared.put(key, done);
      }
      wrapped.put(key, done);
    }
    return done;
  }

  /**
   * Like {@link #wrap}, but the line breaks the author typed are kept: each line of {@code raw}
   * is wrapped on its own, and a run of empty lines becomes one blank line between paragraphs
   * (an empty string in the result, drawn as nothing).
   */
  List<String> wrapKeepingBreaks(String raw, Style st, float max) throws IOException {
    if (raw == null || !hasLineBreak(raw)) return wrap(raw, st, max);
    List<String> out = new ArrayList<>();
    boolean gap = false;
    for (String part : raw.split("\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]")) {
      List<String> ls = wrap(part, st, max);
      if (ls.isEmpty()) {
        gap = !out.isEmpty();
        continue;
      }
      if (gap) out.add("");
      gap = false;
      out.addAll(ls);
    }
    return out;
  }

  /** A loop, not a stream: a drill's cues are looked at again for every row that shows them. */
  private static boolean hasLineBreak(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isLineBreak(s.charAt(i))) return true;
    }
    return false;
  }

  private static boolean isLineBreak(int ch) {
    return ch == '\n' || ch == '\r' || ch == 0x0B || ch == 0x0C || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
  }

  private List<String> wrapNew(String raw, Style st, float max, boolean measures) throws IOException {
    String s = printable(clean(raw));
    List<String> lines = new ArrayList<>();
    if (s.isEmpty()) return lines;
    max = Math.max(max, st.size());
    FontSet.Face face = st.bold() ? fonts.bold : fonts.regular;
    boolean simple = allCovered(s, face);
    // When one face covers the text, widths add up word by word (no kerning, no substitution):
    // the widths of the words, in whole 1/1000 em, are summed instead of measuring every
    // candidate line again. The sums are exact, so the breaks are the same as measuring.
    float space = simple ? face.width(" ") : 0;
    float lineUnits = 0;
    StringBuilder line = new StringBuilder();
    for (String word : measures ? BREAKS_BETWEEN_MEASURES.split(s) : s.split(" ")) {
      if (simple) {
        float wordUnits = face.width(word);
        float candidate = line.length() == 0 ? wordUnits : lineUnits + space + wordUnits;
        if (candidate / 1000f * st.size() <= max) {
          if (line.length() > 0) line.append(' ');
          line.append(word);
          lineUnits = candidate;
          continue;
        }
      } else {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (width(candidate, st) <= max) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
      }
      if (line.length() > 0) lines.add(line.toString());
      line.setLength(0);
      String rest = word;
      while (rest.codePointCount(0, rest.length()) > 1 && width(rest, st) > max) {
        int cut = keepThreeLetters(rest, breakAfterHyphen(rest, fit(rest, st, max)));
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
      lineUnits = simple ? face.width(rest) : 0;
    }
    if (line.length() > 0) lines.add(line.toString());
    return lines;
  }

  /**
   * Where to cut a word too long for a line, given the most that fits: after the last hyphen or
   * slash that fits (Hohenzollern-Sigmaringen- | Lichtenstein), else where the line is full.
   */
  static int breakAfterHyphen(String word, int fits) {
    for (int i = Math.min(fits, word.length() - 1) - 1; i > 0; i--) {
      char ch = word.charAt(i);
      if (ch == '-' || ch == '\u2010' || ch == '/') return i + 1;
    }
    return fits;
  }

  /**
   * A cut inside a word that would leave one or two letters on the next line moves back so that
   * three go over ({@code Maximilianbartholomewsmy | the}, not {@code ...smyth | e}), when the
   * line before keeps three or more. A cut after a hyphen or slash stays.
   */
  static int keepThreeLetters(String word, int cut) {
    int after = word.codePointCount(cut, word.length());
    if (after == 0 || after >= 3) return cut;
    char before = word.charAt(cut - 1);
    if (before == '-' || before == '\u2010' || before == '/') return cut; // Smith- | Li is a good break
    int moved = word.offsetByCodePoints(cut, after - 3);
    return word.codePointCount(0, moved) >= 3 ? moved : cut;
  }

  /** The clean text cut to fit {@code max}, ending in an ellipsis when cut. */
  String ellipsize(String raw, Style st, float max) throws IOException {
    String s = printable(clean(raw));
    if (width(s, st) <= max) return s;
    float room = max - width("…", st);
    return room <= 0 ? "…" : s.substring(0, fit(s, st, room)).strip() + "…";
  }

  private int fit(String s, Style st, float max) throws IOException {
    int cut = 1;
    while (cut < s.length()) {
      int next = s.offsetByCodePoints(cut, 1);
      if (width(s.substring(0, next), st) > max) break;
      cut = next;
    }
    return cut;
  }

  /** Height that {@link #lines} will take. */
  static float height(List<String> lines, Style st) {
    return lines.size() * st.leading();
  }

  /** Draws wrapped lines from {@code top} down and returns the height used. */
  float lines(List<String> lines, Style st, float x, float top) throws IOException {
    float base = top - st.ascent();
    for (String l : lines) {
      text(l, st, x, base);
      base -= st.leading();
    }
    return height(lines, st);
  }

  /**
   * Wraps and draws a paragraph at the cursor, moving it down; kept on one page when it fits on
   * one, else continued page by page.
   */
  void paragraph(String s, Style st, float x, float w) throws IOException {
    paragraph(wrap(s, st, w), st, x);
  }

  /** {@link #paragraph} of lines already wrapped. */
  void paragraph(List<String> ls, Style st, float x) throws IOException {
    if (height(ls, st) > top() - bottom()) {
      flow(ls, st, x);
      return;
    }
    ensure(height(ls, st));
    y -= lines(ls, st, x, y);
  }

  /**
   * Draws lines at the cursor, moving it down, and goes on to a new page where one is full. The
   * blank line between two paragraphs ({@link #wrapKeepingBreaks}) that has no room left on a page
   * is left out: a page that goes on with the text starts with text, not with a gap.
   */
  void flow(List<String> lines, Style st, float x) throws IOException {
    for (String l : lines) {
      if (l.isEmpty() && y - st.leading() < bottom()) continue;
      ensure(st.leading());
      text(l, st, x, y - st.ascent());
      y -= st.leading();
    }
  }

  // ---- shapes -----------------------------------------------------------------------------

  void color(int rgb, boolean stroke) {
    cs.color(rgb, stroke);
  }

  void fill(float x, float yBottom, float w, float h, int rgb) {
    cs.color(rgb, false);
    cs.rect(x, yBottom, w, h);
    cs.fill();
  }

  void box(float x, float yBottom, float w, float h, int rgb, float lineWidth) {
    cs.color(rgb, true);
    cs.lineWidth(lineWidth);
    cs.rect(x, yBottom, w, h);
    cs.stroke();
  }

  void line(float x1, float y1, float x2, float y2, int rgb, float lineWidth) {
    cs.color(rgb, true);
    cs.lineWidth(lineWidth);
    cs.moveTo(x1, y1);
    cs.lineTo(x2, y2);
    cs.stroke();
  }
}
