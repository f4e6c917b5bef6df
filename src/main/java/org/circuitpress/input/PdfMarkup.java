package org.circuitpress.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.circuitpress.model.Words;

/**
 * What a client added to the handout's pages besides its boxes: words typed with a tablet app's
 * text or comment tool (a sticky note, or text over a box when the app's form filling was not
 * found) and marks drawn with a pen. A comment's words are the client's note of the session whose
 * boxes it is on or nearest to, or of the block on a page with none; they are never a box's value.
 * Marks drawn cannot be read, and are told.
 */
final class PdfMarkup {
  /** The comments quoted one by one in the warning; the rest are counted. */
  private static final int QUOTED = 5;

  /**
   * How deep a thread of replies is followed to its first comment, or a box to the fields above it;
   * a loop in a damaged file ends there.
   */
  private static final int MAX_THREAD = 32;

  private PdfMarkup() {}

  /**
   * One comment, replies included, as the client's note.
   *
   * @param week the week of the session it is a note of; 0 for a comment of no session (the block's)
   * @param other the client whose handout the page it is on is, when that is not the client read; null otherwise
   * @param quoted whether the warning quotes it, so that the report need not list it again
   */
  record Comment(String words, int page, int week, int session, String other, boolean quoted) {}

  /** The warnings about what was added to the pages, and the comments to read as notes. */
  record Told(List<String> warnings, List<Comment> comments, int drawings) {}

  /** Where a comment stands: its page, the box of the form it covers or is nearest to, and whether it covers it. */
  private record Placed(int page, Box box, boolean over) {}

  /** A box of the form as a comment is placed against it. */
  private record Box(String name, String shown, PDRectangle area) {}

  /**
   * What was added to the pages of {@code doc} besides its boxes; {@code prefix}: how the fields
   * of the client read begin ({@code c-001.}).
   */
  static Told tell(PDDocument doc, PDAcroForm form, String file, String prefix) throws IOException {
    Map<COSDictionary, PDField> fields = null;
    Map<COSDictionary, StringBuilder> threads = new LinkedHashMap<>();
    Map<COSDictionary, Placed> placed = new HashMap<>();
    Set<Integer> drawnOn = new LinkedHashSet<>();
    int drawings = 0;
    int number = 0;
    for (PDPage page : doc.getPages()) {
      number++;
      for (PDAnnotation a : page.getAnnotations()) {
        if (!comment(a)) continue;
        String words = words(a);
        if (words.isEmpty()) {
          // a sticky note or text box left empty holds nothing; any other mark without words was drawn
          if (!(a instanceof PDAnnotationText || a instanceof PDAnnotationFreeText)) {
            drawings++;
            drawnOn.add(number);
          }
          continue;
        }
        // a reply belongs to the comment it answers: one note of the thread, each reply's words once
        COSDictionary first = first(a);
        StringBuilder thread = threads.computeIfAbsent(first, k -> new StringBuilder());
        if (!thread.toString().lines().toList().containsAll(words.lines().toList())) {
          thread.append(thread.length() == 0 ? "" : "\n").append(words);
        }
        if (first == a.getCOSObject() || !placed.containsKey(first)) {
          if (fields == null) fields = byWidget(form);
          placed.put(first, place(page, number, a.getRectangle(), fields));
        }
      }
    }
    List<Comment> comments = new ArrayList<>();
    List<String> quotes = new ArrayList<>();
    boolean overValues = false;
    boolean others = false;
    for (Map.Entry<COSDictionary, StringBuilder> t : threads.entrySet()) {
      Placed at = placed.get(t.getKey());
      String words = t.getValue().toString();
      Matcher m = at.box() == null ? null : PdfLog.FIELD.matcher(at.box().name());
      boolean mine = m != null && at.box().name().startsWith(prefix) && m.find() && m.start() == prefix.length();
      String other = m != null && !mine && m.find(0) && m.start() > 1 ? at.box().name().substring(0, m.start() - 1) : null;
      boolean quoted = quotes.size() < QUOTED;
      comments.add(new Comment(words, at.page(), mine ? Integer.parseInt(m.group(1)) : 0,
          mine ? Integer.parseInt(m.group(2)) : 0, other, quoted));
      boolean overValue = mine && at.over() && m.group(3) != null ? !m.group(3).equals("notes") : mine && at.over();
      overValues |= overValue;
      others |= other != null;
      if (!quoted) continue;
      String where = other != null ? "a page of client \"" + other + "\"'s handout, not read"
          : overValue ? "over the box " + at.box().shown()
          : mine ? "week " + m.group(1) + ", session " + m.group(2) : "of no session";
      quotes.add("\"" + words.replaceAll("\\s+", " ") + "\" (page " + at.page() + ", " + where + ")");
    }
    List<String> out = new ArrayList<>();
    if (!comments.isEmpty()) {
      int n = comments.size();
      String quoted = String.join(", ", quotes) + (n > QUOTED ? " and " + (n - QUOTED) + " more" : "");
      out.add("the client added " + (n == 1 ? "a comment" : n + " comments") + " to the pages with a text or comment"
          + " tool, not in the boxes; " + (n == 1 ? "it is" : "they are") + " read as the client's notes, each of"
          + " the session whose boxes it is on or nearest to: " + quoted
          + (overValues ? ". What is typed over a box is not read as its value: type it into the box in a PDF app, or"
              + " into " + LogReader.LOG_FILE : "")
          + (others ? ". A comment on a page of another client's handout is not this client's note: give that page"
              + " to that client's trainer" : ""));
    }
    if (drawings > 0) {
      out.add((drawings == 1 ? "a mark" : drawings + " marks") + " drawn with a pen or highlighter on page"
          + (drawnOn.size() == 1 ? " " : "s ") + Words.and(drawnOn.stream().map(String::valueOf).toList())
          + " (handwriting, say) cannot be read; look at "
          + (drawings == 1 ? "it" : "them") + " in a PDF app and type what the client wrote into " + LogReader.LOG_FILE);
    }
    return new Told(out, comments, drawings);
  }

  /** Whether a page of {@code doc} holds a comment with words: the client's notes, which a run must not write over. */
  static boolean hasComments(PDDocument doc) throws IOException {
    for (PDPage page : doc.getPages()) {
      for (PDAnnotation a : page.getAnnotations()) {
        if (comment(a) && !words(a).isEmpty()) return true;
      }
    }
    return false;
  }

  /** Whether {@code a} is something a client added to the page, not a box, a link or a comment's pop-up. */
  private static boolean comment(PDAnnotation a) {
    return !(a instanceof PDAnnotationWidget || a instanceof PDAnnotationLink || a instanceof PDAnnotationPopup);
  }

  /**
   * The words of a comment: as typed ({@code /Contents}), or, from an app that keeps them only as
   * rich text ({@code /RC}), that text without its markup; empty when it has none.
   */
  private static String words(PDAnnotation a) {
    String words = a.getContents() == null ? "" : a.getContents().strip();
    if (words.isEmpty() && a instanceof PDAnnotationMarkup m && m.getRichContents() != null) {
      words = m.getRichContents().replaceAll("(?i)<(br|/p|/div)\\b[^>]*>", "\n").replaceAll("<[^>]*>", "")
          .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
          .replace("&#13;", "\n").replace("&amp;", "&").strip();
    }
    return words.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The comment a reply answers, followed back to the first of its thread; the comment itself when it answers none. */
  private static COSDictionary first(PDAnnotation a) {
    COSDictionary at = a.getCOSObject();
    for (int depth = 0; depth < MAX_THREAD; depth++) {
      COSDictionary to = at.getCOSDictionary(COSName.IRT);
      if (to == null) break;
      at = to;
    }
    return at;
  }

  /**
   * Where a comment of {@code area} on {@code page} stands: the box it covers most of, else the box
   * nearest to it; no box when the page has none.
   */
  private static Placed place(PDPage page, int number, PDRectangle area, Map<COSDictionary, PDField> fields)
      throws IOException {
    Box best = null;
    float most = 0;
    double nearest = Double.MAX_VALUE;
    for (PDAnnotation a : page.getAnnotations()) {
      if (!(a instanceof PDAnnotationWidget) || a.getRectangle() == null) continue;
      PDField f = fields.get(a.getCOSObject());
      // a box of a page put in from another handout belongs to that handout's fields, not to the form's
      String name = f != null ? f.getFullyQualifiedName() : named(a.getCOSObject(), COSName.T);
      if (name == null) continue;
      String tip = f != null ? f.getAlternateFieldName() : named(a.getCOSObject(), COSName.TU);
      Box box = new Box(name, tip == null || tip.isBlank() ? name : tip, a.getRectangle());
      float shared = area == null ? 0 : overlap(area, box.area());
      double away = area == null ? 0 : distance(area, box.area());
      if (shared > most || (most == 0 && away < nearest)) {
        best = box;
        most = Math.max(most, shared);
        nearest = away;
      }
    }
    return new Placed(number, best, most > 0);
  }

  /**
   * The name a widget's field has, for {@code key} {@link COSName#T} its full name from the fields
   * above it ({@code c-001.w1.s2.date}), for {@link COSName#TU} its tooltip; null when it has none.
   */
  private static String named(COSDictionary widget, COSName key) {
    List<String> parts = new ArrayList<>();
    COSDictionary at = widget;
    for (int depth = 0; at != null && depth < MAX_THREAD; depth++) {
      String part = at.getString(key);
      if (part != null && key.equals(COSName.TU)) return part;
      if (part != null) parts.add(0, part);
      at = at.getCOSDictionary(COSName.PARENT);
    }
    return parts.isEmpty() ? null : String.join(".", parts);
  }

  /** The fields of {@code form} by the widgets that show them. */
  private static Map<COSDictionary, PDField> byWidget(PDAcroForm form) {
    Map<COSDictionary, PDField> out = new HashMap<>();
    if (form == null) return out;
    for (PDField f : form.getFieldTree()) {
      if (f instanceof PDTerminalField t) t.getWidgets().forEach(w -> out.put(w.getCOSObject(), f));
    }
    return out;
  }

  private static float overlap(PDRectangle a, PDRectangle b) {
    float w = Math.min(a.getUpperRightX(), b.getUpperRightX()) - Math.max(a.getLowerLeftX(), b.getLowerLeftX());
    float h = Math.min(a.getUpperRightY(), b.getUpperRightY()) - Math.max(a.getLowerLeftY(), b.getLowerLeftY());
    return w > 0 && h > 0 ? w * h : 0;
  }

  /** How far apart two areas are; 0 when they touch. */
  private static double distance(PDRectangle a, PDRectangle b) {
    float dx = Math.max(0, Math.max(a.getLowerLeftX() - b.getUpperRightX(), b.getLowerLeftX() - a.getUpperRightX()));
    float dy = Math.max(0, Math.max(a.getLowerLeftY() - b.getUpperRightY(), b.getLowerLeftY() - a.getUpperRightY()));
    return Math.hypot(dx, dy);
  }
}
