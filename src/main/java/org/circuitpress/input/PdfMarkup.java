package org.circuitpress.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.circuitpress.model.Words;

/**
 * What a client added to the handout's pages besides its boxes: words typed with a tablet app's
 * text or comment tool (often over a box, when the app's form filling was not found) and marks
 * drawn with a pen. None of it is a box's value, so none of it is read as one; each is told, in
 * the words the client wrote, so that nothing the client put on the handout is passed over.
 */
final class PdfMarkup {
  /** The comments quoted one by one in the warning; the rest are counted. */
  private static final int QUOTED = 5;

  private PdfMarkup() {}

  /** The warnings for the comments and drawings of {@code doc}, at most one of each; empty when it has none. */
  static List<String> tell(PDDocument doc, PDAcroForm form, String file) throws IOException {
    List<String> comments = new ArrayList<>();
    Set<Integer> drawnOn = new LinkedHashSet<>();
    int drawings = 0;
    int number = 0;
    Map<COSDictionary, PDField> fields = null;
    for (PDPage page : doc.getPages()) {
      number++;
      for (PDAnnotation a : page.getAnnotations()) {
        if (a instanceof PDAnnotationWidget || a instanceof PDAnnotationLink || a instanceof PDAnnotationPopup) continue;
        String words = a.getContents() == null ? "" : a.getContents().strip();
        if (words.isEmpty()) {
          drawings++;
          drawnOn.add(number);
          continue;
        }
        String box = boxUnder(page, a.getRectangle(), fields == null ? (fields = byWidget(form)) : fields);
        comments.add("\"" + words.replaceAll("\\s+", " ") + "\" (page " + number + (box == null ? "" : ", over the box "
            + box) + ")");
      }
    }
    List<String> out = new ArrayList<>();
    if (!comments.isEmpty()) {
      int n = comments.size();
      String quoted = String.join(", ", comments.subList(0, Math.min(n, QUOTED)))
          + (n > QUOTED ? " and " + (n - QUOTED) + " more" : "");
      out.add("the client added " + (n == 1 ? "a comment" : n + " comments") + " to the pages with a text or comment"
          + " tool, not in the boxes, so " + (n == 1 ? "it is" : "they are") + " not read: " + quoted + ". Type what "
          + (n == 1 ? "it says" : "they say") + " into the boxes in a PDF app, or into " + LogReader.LOG_FILE
          + " (a note of pain into its " + org.circuitpress.model.LogColumns.NOTES + " cells, so that it is read as one)");
    }
    if (drawings > 0) {
      out.add((drawings == 1 ? "a mark" : drawings + " marks") + " drawn with a pen or highlighter on page"
          + (drawnOn.size() == 1 ? " " : "s ") + Words.and(drawnOn.stream().map(String::valueOf).toList())
          + " (handwriting, say) cannot be read; look at "
          + (drawings == 1 ? "it" : "them") + " in a PDF app and type what the client wrote into " + LogReader.LOG_FILE);
    }
    return out;
  }

  /**
   * The box of the handout that {@code area} of {@code page} covers most of, as its tooltip names it
   * ("Week 1, session 2: Kettlebell windmill, round 1, load"); null when it covers none.
   */
  private static String boxUnder(PDPage page, PDRectangle area, Map<COSDictionary, PDField> fields) throws IOException {
    if (area == null) return null;
    String best = null;
    float most = 0;
    for (PDAnnotation a : page.getAnnotations()) {
      PDField f = a instanceof PDAnnotationWidget ? fields.get(a.getCOSObject()) : null;
      float shared = f == null ? 0 : overlap(area, a.getRectangle());
      if (shared > most) {
        most = shared;
        String name = f.getAlternateFieldName();
        best = name == null || name.isBlank() ? f.getFullyQualifiedName() : name;
      }
    }
    return best;
  }

  /** The fields of {@code form} by the widgets that show them. */
  private static Map<COSDictionary, PDField> byWidget(PDAcroForm form) {
    Map<COSDictionary, PDField> out = new HashMap<>();
    for (PDField f : form.getFieldTree()) {
      if (f instanceof PDTerminalField t) t.getWidgets().forEach(w -> out.put(w.getCOSObject(), f));
    }
    return out;
  }

  private static float overlap(PDRectangle a, PDRectangle b) {
    if (b == null) return 0;
    float w = Math.min(a.getUpperRightX(), b.getUpperRightX()) - Math.max(a.getLowerLeftX(), b.getLowerLeftX());
    float h = Math.min(a.getUpperRightY(), b.getUpperRightY()) - Math.max(a.getLowerLeftY(), b.getLowerLeftY());
    return w > 0 && h > 0 ? w * h : 0;
  }
}
