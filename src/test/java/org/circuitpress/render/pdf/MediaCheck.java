package org.circuitpress.render.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;
import org.circuitpress.model.Exercise;

/**
 * The pictures, video codes and links of a handout for {@link HandoutLayoutFuzzTest}: where each
 * is drawn, whether a code is coarse enough to scan from a home print and reads back as the
 * drill's link, and whether each link sits over what it opens and opens that drill's link.
 */
final class MediaCheck {
  private MediaCheck() {}

  /**
   * The finest squares a code of a link the trainer was not warned about may have: 0.33 mm. The
   * library warns of a link of {@link Exercise#LONG_VIDEO_URL} bytes or more, whose code has 69
   * squares a side, 0.32 mm each at the cards' 62 pt: "a phone may not read it from a home print".
   * A code the trainer was told nothing about must be coarser than the first one warned of.
   */
  static final float MIN_MODULE_MM = 0.33f;

  /** A box in points from the page's top-left corner. */
  record Rect(int page, String what, float left, float top, float right, float bottom) {
    boolean overlaps(Rect o, float slack) {
      return page == o.page && left + slack < o.right && o.left + slack < right && top + slack < o.bottom
          && o.top + slack < bottom;
    }

    boolean contains(Rect o, float slack) {
      return page == o.page && left - slack <= o.left && o.right <= right + slack && top - slack <= o.top
          && o.bottom <= bottom + slack;
    }

    @Override
    public String toString() {
      return String.format("%s p%d (%.1f, %.1f)-(%.1f, %.1f)", what, page, left, top, right, bottom);
    }
  }

  /** An image or a video code (a form XObject of n by n squares) as drawn. */
  record Placed(Rect box, boolean code, int modules, float pageW, float pageH) {
    /** A code's square, in millimetres. */
    float moduleMm() {
      return (box.right - box.left) / modules / 72f * 25.4f;
    }
  }

  /** Every picture and video code the pages of {@code doc} draw, page by page, in drawing order. */
  static List<Placed> placed(PDDocument doc) throws IOException {
    List<Placed> out = new ArrayList<>();
    int n = 0;
    for (PDPage page : doc.getPages()) {
      int at = ++n;
      PDFStreamEngine e = new PDFStreamEngine() {
        {
          addOperator(new Save(this));
          addOperator(new Restore(this));
          addOperator(new Concatenate(this));
        }

        @Override
        protected void processOperator(Operator op, List<COSBase> operands) throws IOException {
          if (op.getName().equals("Do") && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
            record(out, at, page, getResources().getXObject(name), getGraphicsState().getCurrentTransformationMatrix());
          }
          super.processOperator(op, operands);
        }
      };
      e.processPage(page);
    }
    return out;
  }

  /** An XObject drawn by a {@code Do} of a page, with the transformation in force. */
  private static void record(List<Placed> out, int page, PDPage p, PDXObject x, Matrix ctm) {
    float pw = p.getMediaBox().getWidth(), ph = p.getMediaBox().getHeight();
    if (x instanceof PDImageXObject) {
      out.add(new Placed(box(page, "picture", 0, 0, 1, 1, ctm, ph), false, 0, pw, ph));
    } else if (x instanceof PDFormXObject f) {
      PDRectangle b = f.getBBox();
      Matrix m = f.getMatrix().multiply(ctm);
      out.add(new Placed(box(page, "video code", b.getLowerLeftX(), b.getLowerLeftY(), b.getUpperRightX(),
          b.getUpperRightY(), m, ph), true, Math.round(b.getWidth()), pw, ph));
    }
  }

  private static Rect box(int page, String what, float x0, float y0, float x1, float y1, Matrix m, float ph) {
    float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
    for (float[] c : new float[][] {{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}}) {
      Point2D.Float pt = m.transformPoint(c[0], c[1]);
      minX = Math.min(minX, pt.x);
      maxX = Math.max(maxX, pt.x);
      minY = Math.min(minY, pt.y);
      maxY = Math.max(maxY, pt.y);
    }
    return new Rect(page, what, minX, ph - maxY, maxX, ph - minY);
  }

  /**
   * Every picture and code inside the margin and clear of text (glyphs as inked), of write-in
   * boxes and of each other; every code coarse enough and read back as a drill's link; every
   * link over the code of the link it opens, or over text; the codes and links those of the
   * drills with a web link, one each, and a picture for every drill that has one.
   *
   * @param expectedLinks each printed drill's web link, once per drill
   * @param pictures how many pictures the handout should draw (drills with one, and the logo)
   */
  static void check(PDDocument doc, List<Placed> placed, List<Rect> glyphs, List<Rect> boxes,
      List<String> expectedLinks, int pictures, float margin, List<String> problems) throws IOException {
    PDFRenderer renderer = new PDFRenderer(doc);
    Map<String, Integer> codes = new TreeMap<>();
    Map<Integer, List<Rect>> codeBoxes = new TreeMap<>();
    Map<Rect, String> decodedAt = new java.util.HashMap<>();
    int drawnPictures = 0;
    for (int i = 0; i < placed.size(); i++) {
      Placed a = placed.get(i);
      Rect r = a.box();
      if (r.left < margin || r.right > a.pageW - margin || r.top < margin || r.bottom > a.pageH - margin) {
        problems.add(r + " outside the margin");
      }
      for (Rect g : glyphs) if (g.overlaps(r, 0)) problems.add(g + " on " + r);
      for (Rect b : boxes) if (b.overlaps(r, 1)) problems.add(r + " on " + b);
      for (int j = i + 1; j < placed.size(); j++) {
        if (placed.get(j).box().overlaps(r, 0.5f)) problems.add(r + " on " + placed.get(j).box());
      }
      if (!a.code()) {
        drawnPictures++;
        continue;
      }
      String text = decode(renderer, a);
      float moduleMm = a.moduleMm();
      if (text == null) {
        problems.add(String.format("%s of %d squares (%.2f mm each) does not read back", r, a.modules(), moduleMm));
        continue;
      }
      boolean warned = text.getBytes(StandardCharsets.UTF_8).length >= Exercise.LONG_VIDEO_URL;
      if (!warned && moduleMm < MIN_MODULE_MM) {
        problems.add(String.format("%s has squares of %.2f mm (%d a side), finer than %.2f mm, for a link of %d"
            + " bytes the trainer was not warned about: %s", r, moduleMm, a.modules(), MIN_MODULE_MM,
            text.getBytes(StandardCharsets.UTF_8).length, shown(text)));
      }
      codes.merge(text, 1, Integer::sum);
      codeBoxes.computeIfAbsent(r.page(), k -> new ArrayList<>()).add(r);
      decodedAt.put(r, text);
    }
    if (drawnPictures != pictures) problems.add(drawnPictures + " pictures drawn, " + pictures + " expected");
    Map<String, Integer> expected = new TreeMap<>();
    for (String l : expectedLinks) expected.merge(l, 1, Integer::sum);
    if (!codes.equals(expected)) problems.add("video codes read " + shown(codes) + ", drills link " + shown(expected));
    Map<String, Integer> links = new TreeMap<>();
    int n = 0;
    for (PDPage page : doc.getPages()) {
      n++;
      float pw = page.getMediaBox().getWidth(), ph = page.getMediaBox().getHeight();
      for (PDAnnotation an : page.getAnnotations()) {
        if (!(an instanceof PDAnnotationLink l)) continue;
        PDRectangle lr = l.getRectangle();
        Rect r = new Rect(n, "link", lr.getLowerLeftX(), ph - lr.getUpperRightY(), lr.getUpperRightX(),
            ph - lr.getLowerLeftY());
        if (lr.getLowerLeftX() < 0 || lr.getLowerLeftY() < 0 || lr.getUpperRightX() > pw || lr.getUpperRightY() > ph) {
          problems.add(r + " off the page");
        }
        String uri = uri(l);
        if (uri == null) {
          problems.add(r + " opens no web address");
          continue;
        }
        links.merge(uri, 1, Integer::sum);
        Rect code = null;
        for (Rect c : codeBoxes.getOrDefault(n, List.of())) if (r.contains(c, 0.5f) && c.contains(r, 2)) code = c;
        if (code != null) {
          if (!asciiOf(decodedAt.get(code)).equals(uri)) {
            problems.add(r + " opens " + shown(uri) + " over the code of " + shown(decodedAt.get(code)));
          }
        } else if (glyphs.stream().noneMatch(g -> g.overlaps(r, 0))) {
          problems.add(r + " to " + shown(uri) + " is over neither a video code nor text");
        }
      }
    }
    Map<String, Integer> expectedUris = new TreeMap<>();
    expected.forEach((k, v) -> expectedUris.merge(asciiOf(k), v, Integer::sum));
    if (!links.equals(expectedUris)) problems.add("links open " + shown(links) + ", drills link " + shown(expectedUris));
  }

  /** A link cut to a length a finding can show, with its length. */
  private static String shown(String link) {
    return link.length() <= 90 ? link : link.substring(0, 60) + "…" + link.substring(link.length() - 20) + " ("
        + link.length() + " chars)";
  }

  private static String shown(Map<String, Integer> links) {
    StringBuilder sb = new StringBuilder("{");
    links.forEach((l, n) -> sb.append(sb.length() > 1 ? ", " : "").append(shown(l)).append(n > 1 ? " x" + n : ""));
    return sb.append('}').toString();
  }

  /**
   * The address a link annotation opens, as its bytes: a PDF's /URI is 7-bit ASCII (ISO
   * 32000-1, 12.6.4.7), so any other byte is a defect, shown as "\xNN".
   */
  private static String uri(PDAnnotationLink l) {
    PDAction a = l.getAction();
    if (!(a instanceof PDActionURI u)) return null;
    COSBase s = u.getCOSObject().getDictionaryObject(COSName.URI);
    if (!(s instanceof COSString str)) return null;
    StringBuilder sb = new StringBuilder();
    for (byte b : str.getBytes()) {
      if (b >= 0x21 && b < 0x7F) sb.append((char) b);
      else sb.append(String.format("\\x%02X", b & 0xFF));
    }
    return sb.toString();
  }

  /** A link as a PDF's /URI holds it: every byte of its UTF-8 past ASCII as %XX. */
  static String asciiOf(String link) {
    StringBuilder sb = new StringBuilder();
    for (byte b : link.getBytes(StandardCharsets.UTF_8)) {
      if (b >= 0x21 && b < 0x7F) sb.append((char) b);
      else sb.append(String.format("%%%02X", b & 0xFF));
    }
    return sb.toString();
  }

  /**
   * The code read back from the page as printed: the code and 4 squares round it (its quiet
   * zone, with whatever the page draws there), rendered at 4 pixels a square, else at 2, 3, 6, 8,
   * 12 or 16, as a phone's camera sees a print from nearer or further. ZXing's finder misses a few
   * codes at some sizes only (the code of "https://v.example.org/foam-roll-tspine-extension" reads
   * at 2 and 8 pixels a square, not at 3 to 6; one of 77 squares, of a link the library warns of,
   * at 12 and 16 only), which a phone's reader, trying frame after frame, does not; a code that
   * reads at none of them is a finding.
   */
  private static String decode(PDFRenderer renderer, Placed a) throws IOException {
    for (int px : new int[] {4, 2, 3, 6, 8, 12, 16}) {
      BufferedImage img = render(renderer, a, px);
      for (boolean hybrid : new boolean[] {true, false}) {
        var source = new BufferedImageLuminanceSource(img);
        var bitmap = new BinaryBitmap(hybrid ? new HybridBinarizer(source) : new GlobalHistogramBinarizer(source));
        try {
          return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (ReaderException e) {
          // the next way of reading it
        }
      }
    }
    return null;
  }

  private static BufferedImage render(PDFRenderer renderer, Placed a, int px) throws IOException {
    Rect r = a.box();
    float module = (r.right - r.left) / a.modules();
    float scale = px / module;
    float x0 = r.left - 4 * module, y0 = r.top - 4 * module;
    int w = Math.round((r.right - r.left + 8 * module) * scale), h = Math.round((r.bottom - r.top + 8 * module) * scale);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    try {
      g.setBackground(Color.WHITE);
      g.clearRect(0, 0, w, h);
      g.setClip(0, 0, w, h);
      g.translate(-x0 * scale, -y0 * scale);
      renderer.renderPageToGraphics(r.page() - 1, g, scale);
    } finally {
      g.dispose();
    }
    return img;
  }
}
