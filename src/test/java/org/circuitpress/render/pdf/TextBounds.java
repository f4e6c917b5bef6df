package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
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

  /**
   * Every write-in box (form field) inside the page margin, and no glyph on a box: a unit or
   * label beside a box may touch it, but not run into it (glyphs trimmed as in {@link
   * #assertNoOverlap}).
   */
  static void assertBoxesInsideMarginsAndClear(PDDocument doc, float margin) throws IOException {
    List<Glyph> all = of(doc);
    PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
    assertThat(form).isNotNull();
    int boxes = 0;
    for (PDField f : form.getFieldTree()) {
      for (PDAnnotationWidget wd : f.getWidgets()) {
        int page = doc.getPages().indexOf(wd.getPage()) + 1;
        PDRectangle media = wd.getPage().getMediaBox();
        PDRectangle r = wd.getRectangle();
        // the widget is the drawn box less 1 pt on each side
        float left = r.getLowerLeftX() - 1, right = r.getUpperRightX() + 1;
        float top = media.getHeight() - r.getUpperRightY() - 1, bottom = media.getHeight() - r.getLowerLeftY() + 1;
        String what = f.getFullyQualifiedName() + " on page " + page;
        assertThat(left).as("left edge of %s", what).isGreaterThanOrEqualTo(margin);
        assertThat(right).as("right edge of %s", what).isLessThanOrEqualTo(media.getWidth() - margin);
        assertThat(top).as("top of %s", what).isGreaterThanOrEqualTo(margin);
        assertThat(bottom).as("bottom of %s", what).isLessThanOrEqualTo(media.getHeight() - margin);
        Glyph box = new Glyph(page, "box", left, top, right - left, bottom - top, 0, media.getWidth(), media.getHeight());
        for (Glyph g : all) {
          if (g.page() != page) continue;
          float gx = g.w() / 4, gy = g.h() / 4;
          boolean on = g.x() + gx < right && left < g.x() + g.w() - gx && g.top() + gy < bottom && top < g.bottom() - gy;
          assertThat(on).as("%s on %s", g, box).isFalse();
        }
        boxes++;
      }
    }
    assertThat(boxes).isPositive();
  }

  private static boolean overlap(Glyph a, Glyph b) {
    float ax = a.w() / 4, ay = a.h() / 4, bx = b.w() / 4, by = b.h() / 4;
    return a.x() + ax < b.x() + b.w() - bx
        && b.x() + bx < a.x() + a.w() - ax
        && a.top() + ay < b.bottom() - by
        && b.top() + by < a.bottom() - ay;
  }
}
