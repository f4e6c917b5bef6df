package org.circuitpress.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.circuitpress.model.LogFields;

/**
 * The handout's AcroForm: text fields and check boxes named by {@code model.LogFields}.
 *
 * <p>A PDF field's partial name may not contain a dot, so a dotted name becomes a tree of
 * non-terminal fields ({@code c-001} > {@code w1} > {@code s1} > {@code date}); its fully
 * qualified name is the dotted name again, which is what the log reader looks up.
 *
 * <p>Text fields carry no appearance stream and the form sets NeedAppearances: viewers draw typed
 * values themselves, in Helvetica from the form's resources (a standard font every viewer has and
 * nothing on the printed page uses). Check boxes get vector appearances, so they need no font.
 */
final class Forms {
  private static final COSName YES = COSName.getPDFName(LogFields.TICKED);
  private static final COSInteger PRINT = COSInteger.get(4);
  /** The flag of a text field whose text wraps onto further lines (ISO 32000-1, table 228). */
  private static final int MULTILINE = 1 << 12;

  private final PDDocument doc;
  private final PDAcroForm form;
  /** Non-terminal fields by their dotted name. */
  private final Map<String, COSDictionary> nodes = new HashMap<>();
  private final COSArray roots = new COSArray();
  private final Map<PDPage, List<COSDictionary>> widgets = new IdentityHashMap<>();
  private final List<PDPage> order = new ArrayList<>();
  /** Every tick box has the same size, so their two appearances are shared by all of them. */
  private final Map<String, COSDictionary> checkLooks = new HashMap<>();
  /** The default appearance strings by font size; a COSString is immutable once written. */
  private final Map<Float, COSString> appearances = new HashMap<>();
  /** The size of typed text the form states once; a field of another size states its own. */
  private final float size;

  /** The typed text's font, Helvetica, whose widths every viewer draws it with. */
  private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  /** The smallest typed text a box is given, in points, however narrow it is. */
  static final float MIN_TEXT = 6;
  /**
   * What a box's width loses to its edges: PDFBox starts typed text 2 pt in and cuts it 1 pt
   * before the right edge of a box without a border style; poppler starts at 2 pt and cuts at
   * the edge.
   */
  private static final float TEXT_INSET = 3;

  /** Whether no field is made: the pages are only laid out ({@link Canvas#measuring}). */
  private final boolean measuring;

  /** A form whose text fields show typed text at {@code size} points unless they say otherwise. */
  Forms(PDDocument doc, float size) {
    this(doc, size, false);
  }

  Forms(PDDocument doc, float size, boolean measuring) {
    this.measuring = measuring;
    this.doc = doc;
    this.size = size;
    this.form = new PDAcroForm(doc);
    PDResources dr = new PDResources();
    dr.put(COSName.getPDFName("Helv"), HELVETICA);
    form.setDefaultResources(dr);
    form.setDefaultAppearance(appearance(size).getString());
    form.setNeedAppearances(true);
  }

  private COSString appearance(float z) {
    return appearances.computeIfAbsent(z, k -> new COSString("/Helv " + Ops.number(k) + " Tf 0 g"));
  }

  /*
   * Each terminal field is also its own widget annotation (one dictionary holds both), as the
   * PDTextField / PDCheckBox classes make them; the dictionaries are built here directly because
   * a handout has several hundred of them and the wrapper classes' bookkeeping was a measurable
   * share of rendering time. The keys are the ones those classes write, less what is optional
   * and the same in every widget (/Type /Annot; /DA, which the form states once), with the
   * rectangle's numbers written short.
   */

  /** A one-line text field over the box {@code rect}; {@code maxLen} 0 means unlimited. */
  void text(String name, String tooltip, PDPage page, PDRectangle rect, int maxLen, float size) {
    if (measuring) return;
    COSDictionary f = terminal(name, tooltip, COSName.TX, page, rect);
    // DA is inherited from the form: the several hundred boxes of the usual size do not repeat it.
    if (size != this.size) f.setItem(COSName.DA, appearance(size));
    if (maxLen > 0) f.setInt(COSName.MAX_LEN, maxLen);
  }

  /**
   * A text field over the box {@code rect} whose typed text wraps onto further lines and is sized
   * by the viewer to show it all (size 0 in its appearance): a short note large (up to 12 pt in
   * PDFBox, 20 in poppler), a long one smaller, rather than cut at the box's edge on screen and on
   * paper.
   */
  void lines(String name, String tooltip, PDPage page, PDRectangle rect) {
    if (measuring) return;
    COSDictionary f = terminal(name, tooltip, COSName.TX, page, rect);
    f.setItem(COSName.DA, appearance(0));
    f.setInt(COSName.FF, MULTILINE);
  }

  /**
   * The size typed text is shown at in a box {@code width} wide: the form's own size, or less
   * (in half points, at least {@link #MIN_TEXT}) where {@code widest}, the longest entry the box
   * is likely to get, would not fit at it. A viewer cuts what is wider than a box of fixed text
   * size, on screen and on paper; the value itself is kept whole either way.
   */
  float sizeFor(float width, String widest) {
    float perPoint;
    try {
      perPoint = HELVETICA.getStringWidth(widest) / 1000;
    } catch (IOException e) {
      return size; // a character Helvetica lacks: the widest is not known
    }
    if (perPoint <= 0 || perPoint * size <= width - TEXT_INSET) return size;
    return Math.max(MIN_TEXT, (float) Math.floor((width - TEXT_INSET) / perPoint * 2) / 2);
  }

  /** A check box whose "on" value is {@code Yes}. */
  void check(String name, String tooltip, PDPage page, PDRectangle rect) throws IOException {
    if (measuring) return;
    COSDictionary f = terminal(name, tooltip, COSName.BTN, page, rect);
    String size = rect.getWidth() + "x" + rect.getHeight();
    COSDictionary looks = checkLooks.get(size);
    if (looks == null) {
      looks = new COSDictionary();
      looks.setItem(YES, onStream(rect));
      looks.setItem(COSName.Off, offStream(rect));
      checkLooks.put(size, looks);
    }
    // The streams are shared, but each box's dictionary of states is its own and written in
    // place: poppler (Evince, Okular, pdftoppm) draws nothing for a /N that refers to a shared
    // dictionary, so a ticked box looked empty once a viewer had saved the form's appearances.
    COSDictionary normal = new COSDictionary();
    normal.setItem(YES, looks.getItem(YES));
    normal.setItem(COSName.Off, looks.getItem(COSName.Off));
    normal.setDirect(true);
    COSDictionary ap = new COSDictionary();
    ap.setItem(COSName.N, normal);
    ap.setDirect(true);
    f.setItem(COSName.AP, ap);
    f.setItem(COSName.AS, COSName.Off);
    f.setItem(COSName.V, COSName.Off);
  }

  private COSDictionary terminal(String name, String tooltip, COSName type, PDPage page, PDRectangle rect) {
    COSDictionary f = new COSDictionary();
    f.setItem(COSName.FT, type);
    f.setItem(COSName.SUBTYPE, COSName.WIDGET);
    attach(f, name);
    f.setItem(COSName.TU, string(tooltip));
    f.setItem(COSName.RECT, Ops.rect(rect));
    f.setItem(COSName.P, page.getCOSObject());
    f.setItem(COSName.F, PRINT);
    widgets.computeIfAbsent(page, p -> {
      order.add(p);
      return new ArrayList<>();
    }).add(f);
    return f;
  }

  private void attach(COSDictionary f, String name) {
    int dot = name.lastIndexOf('.');
    f.setItem(COSName.T, string(name.substring(dot + 1)));
    if (dot < 0) {
      roots.add(f);
      return;
    }
    COSDictionary parent = node(name.substring(0, dot));
    parent.getCOSArray(COSName.KIDS).add(f);
    f.setItem(COSName.PARENT, parent);
  }

  /**
   * {@code s} as a PDF text string, with the bytes {@code new COSString(s)} would give it.
   * Printable ASCII is the same in PDFDocEncoding, so such text (every field name, most
   * tooltips) is taken as its bytes directly; PDFBox looks every character up in a table, which
   * for the several hundred strings of a handout was about 2 % of its CPU. Anything else is
   * left to PDFBox.
   */
  static COSString string(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 0x20 || ch > 0x7E) return new COSString(s);
    }
    return new COSString(s.getBytes(StandardCharsets.US_ASCII));
  }

  /** The non-terminal field named {@code dotted}, created (with its parents) on first use. */
  private COSDictionary node(String dotted) {
    COSDictionary n = nodes.get(dotted);
    if (n != null) return n;
    n = new COSDictionary();
    int dot = dotted.lastIndexOf('.');
    n.setItem(COSName.T, string(dotted.substring(dot + 1)));
    n.setItem(COSName.KIDS, new COSArray());
    if (dot < 0) {
      roots.add(n);
    } else {
      COSDictionary parent = node(dotted.substring(0, dot));
      parent.getCOSArray(COSName.KIDS).add(n);
      n.setItem(COSName.PARENT, parent);
    }
    nodes.put(dotted, n);
    return n;
  }

  private PDAppearanceStream onStream(PDRectangle r) throws IOException {
    PDAppearanceStream s = stream(r);
    float w = r.getWidth();
    float h = r.getHeight();
    try (PDPageContentStream cs = new PDPageContentStream(doc, s)) {
      cs.setStrokingColor(0f, 0f, 0f);
      cs.setLineWidth(Math.min(w, h) * 0.12f);
      cs.moveTo(w * 0.22f, h * 0.52f);
      cs.lineTo(w * 0.42f, h * 0.28f);
      cs.lineTo(w * 0.80f, h * 0.76f);
      cs.stroke();
    }
    return s;
  }

  private PDAppearanceStream offStream(PDRectangle r) throws IOException {
    PDAppearanceStream s = stream(r);
    try (PDPageContentStream cs = new PDPageContentStream(doc, s)) {
      // Intentionally empty: the box itself is printed on the page.
    }
    return s;
  }

  private PDAppearanceStream stream(PDRectangle r) {
    PDAppearanceStream s = new PDAppearanceStream(doc);
    s.setBBox(new PDRectangle(r.getWidth(), r.getHeight()));
    s.setResources(new PDResources());
    return s;
  }

  /**
   * Puts the widgets on their pages (after the links already there) and the form into
   * {@code catalog}. The arrays are set directly rather than through {@code PDPage.setAnnotations},
   * which would wrap and copy every annotation.
   */
  void finish(COSDictionary catalog) {
    if (roots.size() == 0) return;
    for (PDPage p : order) {
      COSArray annots = new COSArray();
      COSArray old = p.getCOSObject().getCOSArray(COSName.ANNOTS);
      if (old != null) for (COSBase a : old) annots.add(a);
      for (COSDictionary w : widgets.get(p)) annots.add(w);
      p.getCOSObject().setItem(COSName.ANNOTS, annots);
    }
    form.getCOSObject().setItem(COSName.FIELDS, roots);
    catalog.setItem(COSName.ACRO_FORM, form.getCOSObject());
  }
}
