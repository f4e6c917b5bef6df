package org.circuitpress.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * A small AcroForm PDF whose fields carry {@link org.circuitpress.model.LogFields} names, filled
 * as a client would on a tablet; stands in for the real handout in reader tests.
 */
final class FormPdf implements AutoCloseable {
  private final PDDocument doc = new PDDocument();
  private final PDAcroForm form = new PDAcroForm(doc);
  private final PDPage page = new PDPage();
  private final Map<String, PDNonTerminalField> nodes = new HashMap<>();
  private float y = 10;

  FormPdf() {
    doc.addPage(page);
    doc.getDocumentCatalog().setAcroForm(form);
    form.setNeedAppearances(true);
    PDResources dr = new PDResources();
    dr.put(COSName.HELV, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
    form.setDefaultResources(dr);
    form.setDefaultAppearance("/Helv 0 Tf 0 g");
  }

  FormPdf text(String fullName, String value) throws IOException {
    PDTextField f = new PDTextField(form);
    attach(f, fullName);
    f.setDefaultAppearance("/Helv 0 Tf 0 g");
    f.setValue(value);
    return this;
  }

  /**
   * A text field whose value is stored as a tablet app stores it, without an appearance: also
   * text such as {@code ✓} that {@link #text} refuses, since the form's font cannot draw it.
   */
  FormPdf stored(String fullName, String value) throws IOException {
    PDTextField f = new PDTextField(form);
    attach(f, fullName);
    f.setDefaultAppearance("/Helv 0 Tf 0 g");
    f.getCOSObject().setString(COSName.V, value);
    return this;
  }

  FormPdf checkbox(String fullName, boolean checked) throws IOException {
    PDCheckBox box = new PDCheckBox(form);
    attach(box, fullName);
    box.getWidgets().get(0).setAppearance(tickLooks());
    if (checked) box.check();
    else box.unCheck();
    return this;
  }

  /** A tick box's two looks, ticked ({@code Yes}) and not ({@code Off}). */
  private PDAppearanceDictionary tickLooks() {
    PDAppearanceDictionary ap = new PDAppearanceDictionary();
    COSDictionary normal = new COSDictionary();
    normal.setItem(COSName.getPDFName("Yes"), new PDAppearanceStream(doc).getCOSObject());
    normal.setItem(COSName.Off, new PDAppearanceStream(doc).getCOSObject());
    ap.getCOSObject().setItem(COSName.N, normal);
    return ap;
  }

  /** A tick box (ticked: {@code Yes}) in which an app stored {@code value}, as it stores it. */
  FormPdf checkboxHolding(String fullName, org.apache.pdfbox.cos.COSBase value) throws IOException {
    checkbox(fullName, false);
    ((PDCheckBox) form.getField(fullName)).getCOSObject().setItem(COSName.V, value);
    return this;
  }

  /**
   * A round button (a radio button of one option, {@code Yes}) in which an app stored {@code value},
   * as an app that makes a box to write in another kind of button stores it.
   */
  FormPdf radioHolding(String fullName, org.apache.pdfbox.cos.COSBase value) throws IOException {
    org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton radio =
        new org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton(form);
    attach(radio, fullName);
    radio.getWidgets().get(0).setAppearance(tickLooks());
    radio.getCOSObject().setItem(COSName.V, value);
    return this;
  }

  /** Dotted names become a field tree, since a partial name may not hold a dot. */
  private void attach(PDField f, String fullName) throws IOException {
    int dot = fullName.lastIndexOf('.');
    f.setPartialName(fullName.substring(dot + 1));
    PDAnnotationWidget w = f.getWidgets().get(0);
    w.setRectangle(new PDRectangle(10, y += 2, 50, 1));
    w.setPage(page);
    page.getAnnotations().add(w);
    if (dot < 0) {
      form.getFields().add(f);
      return;
    }
    PDNonTerminalField parent = node(fullName.substring(0, dot));
    f.getCOSObject().setItem(COSName.PARENT, parent.getCOSObject());
    kids(parent).add(f.getCOSObject());
  }

  private PDNonTerminalField node(String name) {
    PDNonTerminalField n = nodes.get(name);
    if (n != null) return n;
    n = new PDNonTerminalField(form);
    int dot = name.lastIndexOf('.');
    n.setPartialName(name.substring(dot + 1));
    n.getCOSObject().setItem(COSName.KIDS, new COSArray());
    if (dot < 0) {
      form.getFields().add(n);
    } else {
      PDNonTerminalField parent = node(name.substring(0, dot));
      n.getCOSObject().setItem(COSName.PARENT, parent.getCOSObject());
      kids(parent).add(n.getCOSObject());
    }
    nodes.put(name, n);
    return n;
  }

  private static COSArray kids(PDNonTerminalField n) {
    return (COSArray) n.getCOSObject().getDictionaryObject(COSName.KIDS);
  }

  /** Sets the document title, where the renderer names the block. */
  FormPdf title(String title) {
    doc.getDocumentInformation().setTitle(title);
    return this;
  }

  /** Sets the creation date, which the renderer takes from the block's start. */
  FormPdf created(java.time.LocalDate day) {
    doc.getDocumentInformation().setCreationDate(java.util.GregorianCalendar.from(day.atStartOfDay(java.time.ZoneOffset.UTC)));
    return this;
  }

  /** Turns every field into plain page content, as "print to PDF" or a flattening app does. */
  FormPdf flatten() throws IOException {
    form.flatten();
    return this;
  }

  void save(Path file) throws IOException {
    doc.save(file.toFile());
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }
}
