package org.circuitpress.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

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
  private final PDDocument doc;
  private final PDAcroForm form;
  private final Map<String, PDNonTerminalField> nodes = new HashMap<>();
  private final List<PDField> roots = new ArrayList<>();
  private final Map<PDPage, List<PDAnnotation>> widgets = new IdentityHashMap<>();
  private final List<PDPage> order = new ArrayList<>();
  /** Every tick box has the same size, so their two appearances are shared by all of them. */
  private final Map<String, PDAppearanceStream[]> checkLooks = new HashMap<>();

  Forms(PDDocument doc) {
    this.doc = doc;
    this.form = new PDAcroForm(doc);
    PDResources dr = new PDResources();
    dr.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
    form.setDefaultResources(dr);
    form.setDefaultAppearance("/Helv 0 Tf 0 g");
    form.setNeedAppearances(true);
  }

  /** A one-line text field over the box {@code rect}; {@code maxLen} 0 means unlimited. */
  void text(String name, String tooltip, PDPage page, PDRectangle rect, int maxLen, float size) {
    PDTextField f = new PDTextField(form);
    attach(f, name);
    f.setAlternateFieldName(tooltip);
    f.setDefaultAppearance("/Helv " + size + " Tf 0 g");
    if (maxLen > 0) f.setMaxLen(maxLen);
    widget(f, page, rect);
  }

  /** A check box whose "on" value is {@code Yes}. */
  void check(String name, String tooltip, PDPage page, PDRectangle rect) throws IOException {
    PDCheckBox f = new PDCheckBox(form);
    attach(f, name);
    f.setAlternateFieldName(tooltip);
    PDAnnotationWidget w = widget(f, page, rect);
    PDAppearanceDictionary ap = new PDAppearanceDictionary();
    PDAppearanceEntry normal = new PDAppearanceEntry(new org.apache.pdfbox.cos.COSDictionary());
    PDAppearanceStream[] looks = checkLooks.get(rect.getWidth() + "x" + rect.getHeight());
    if (looks == null) {
      looks = new PDAppearanceStream[] {onStream(rect), offStream(rect)};
      checkLooks.put(rect.getWidth() + "x" + rect.getHeight(), looks);
    }
    normal.getCOSObject().setItem(COSName.getPDFName("Yes"), looks[0]);
    normal.getCOSObject().setItem(COSName.Off, looks[1]);
    ap.setNormalAppearance(normal);
    w.setAppearance(ap);
    w.setAppearanceState("Off");
    f.getCOSObject().setItem(COSName.V, COSName.Off);
  }

  private void attach(PDTerminalField f, String name) {
    String[] parts = name.split("\\.");
    f.setPartialName(parts[parts.length - 1]);
    if (parts.length == 1) {
      roots.add(f);
      return;
    }
    PDNonTerminalField parent = node(parts, parts.length - 1);
    kids(parent).add(f.getCOSObject());
    f.getCOSObject().setItem(COSName.PARENT, parent.getCOSObject());
  }

  /** The non-terminal field for the first {@code depth} parts, created on first use. */
  private PDNonTerminalField node(String[] parts, int depth) {
    String key = String.join(".", java.util.Arrays.copyOf(parts, depth));
    PDNonTerminalField n = nodes.get(key);
    if (n != null) return n;
    n = new PDNonTerminalField(form);
    n.setPartialName(parts[depth - 1]);
    n.getCOSObject().setItem(COSName.KIDS, new COSArray());
    if (depth == 1) {
      roots.add(n);
    } else {
      PDNonTerminalField parent = node(parts, depth - 1);
      kids(parent).add(n.getCOSObject());
      n.getCOSObject().setItem(COSName.PARENT, parent.getCOSObject());
    }
    nodes.put(key, n);
    return n;
  }

  private static COSArray kids(PDNonTerminalField n) {
    return n.getCOSObject().getCOSArray(COSName.KIDS);
  }

  private PDAnnotationWidget widget(PDTerminalField f, PDPage page, PDRectangle rect) {
    PDAnnotationWidget w = f.getWidgets().get(0);
    w.setRectangle(rect);
    w.setPage(page);
    w.setPrinted(true);
    widgets.computeIfAbsent(page, p -> {
      order.add(p);
      return new ArrayList<>();
    }).add(w);
    return w;
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

  /** Puts the widgets on their pages and the form into the document. */
  void finish() throws IOException {
    if (roots.isEmpty()) return;
    for (PDPage p : order) {
      List<PDAnnotation> annots = new ArrayList<>(p.getAnnotations());
      annots.addAll(widgets.get(p));
      p.setAnnotations(annots);
    }
    form.setFields(roots);
    doc.getDocumentCatalog().setAcroForm(form);
  }
}
