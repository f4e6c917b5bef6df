package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Where every glyph of a document landed, for clipping and overlap checks. */
final class TextBounds extends PDFTextStripper {
  /** A glyph's box in points from the page's top-left corner. */
  record Glyph(int page, String text, float x, float top, float w, float h, float size, float pageW, float pageH) {
    float bottom() {
      return top + h;
    }
  }

  private final List<Glyph> glyphs = new ArrayList<>();

  private TextBounds() throws IOException {
    setSortByPosition(true);
  }

  static List<Glyph> of(PDDocument doc) throws IOException {
    TextBounds t = new TextBounds();
    t.getText(doc);
    return t.glyphs;
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    PDRectangle box = getCurrentPage().getMediaBox();
    for (TextPosition p : positions) {
      if (p.getUnicode().isBlank()) continue;
      glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(), p.getYDirAdj() - p.getHeightDir(),
          p.getWidthDirAdj(), p.getHeightDir(), p.getFontSizeInPt(), box.getWidth(), box.getHeight()));
    }
  }

  /** Every glyph inside the page margin (15 mm), and no two glyphs on top of each other. */
  static void assertLaidOutCleanly(PDDocument doc) throws IOException {
    assertInsideMargins(doc, Canvas.MARGIN - 0.5f);
    assertNoOverlap(doc);
  }

  static void assertInsideMargins(PDDocument doc, float margin) throws IOException {
    List<Glyph> all = of(doc);
    assertThat(all).isNotEmpty();
    for (Glyph g : all) {
      assertThat(g.x()).as("left edge of %s", g).isGreaterThanOrEqualTo(margin);
      assertThat(g.x() + g.w()).as("right edge of %s", g).isLessThanOrEqualTo(g.pageW() - margin);
      assertThat(g.top()).as("top of %s", g).isGreaterThanOrEqualTo(margin);
      assertThat(g.bottom()).as("bottom of %s", g).isLessThanOrEqualTo(g.pageH() - margin);
    }
  }

  /** No two glyphs share ink: their boxes, trimmed by a quarter on each side, do not intersect. */
  static void assertNoOverlap(PDDocument doc) throws IOException {
    List<Glyph> all = new ArrayList<>(of(doc));
    all.sort(Comparator.comparingInt(Glyph::page).thenComparing(Glyph::top));
    for (int i = 0; i < all.size(); i++) {
      Glyph a = all.get(i);
      for (int j = i + 1; j < all.size(); j++) {
        Glyph b = all.get(j);
        if (b.page() != a.page() || b.top() > a.bottom()) break;
        assertThat(overlap(a, b)).as("%s overlaps %s", a, b).isFalse();
      }
    }
  }

  private static boolean overlap(Glyph a, Glyph b) {
    float ax = a.w() / 4, ay = a.h() / 4, bx = b.w() / 4, by = b.h() / 4;
    return a.x() + ax < b.x() + b.w() - bx
        && b.x() + bx < a.x() + a.w() - ax
        && a.top() + ay < b.bottom() - by
        && b.top() + by < a.bottom() - ay;
  }
}
