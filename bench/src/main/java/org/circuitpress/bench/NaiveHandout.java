package org.circuitpress.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.cos.COSName;
import org.circuitpress.model.Branding;
import org.circuitpress.model.LogFields;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * Baseline (a) of issue 7: the handout written the straightforward way. Every document loads the
 * TrueType fonts from the jar again with {@code PDType0Font.load(doc, InputStream)} (parse, then
 * subset on save) and draws with plain PDFBox calls. The content follows the product's handout: a
 * cover with the client, the dates and how to run the circuit, then per week the circuit (with a
 * QR code for each drill's video, rasterized per document) and a fillable log: per session a date,
 * RPE and notes field, and per round a done field and an amount and load field for every drill,
 * named as {@code model.LogFields} names them (flattened: dots become underscores).
 */
public final class NaiveHandout {
  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
  private static final float MARGIN = 50;

  private PDDocument doc;
  private PDFont regular;
  private PDFont bold;
  private PDPageContentStream cs;
  private PDRectangle size;
  private float y;
  private PDPage page;
  private PDAcroForm form;
  private final List<PDField> fields = new ArrayList<>();

  public static void render(Program p, Branding b, OutputStream out) throws IOException {
    new NaiveHandout().write(p, b, out);
  }

  private void write(Program p, Branding b, OutputStream out) throws IOException {
    try (PDDocument d = new PDDocument()) {
      doc = d;
      regular = load("DejaVuSans.ttf");
      bold = load("DejaVuSans-Bold.ttf");
      size = new PDRectangle(p.client().paper().width, p.client().paper().height);
      form = new PDAcroForm(doc);
      PDResources dr = new PDResources();
      dr.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      form.setDefaultResources(dr);
      form.setDefaultAppearance("/Helv 0 Tf 0 g");
      cover(p, b);
      for (Week w : p.weeks()) week(p, w);
      cs.close();
      footers(b);
      form.setFields(fields);
      doc.getDocumentCatalog().setAcroForm(form);
      d.save(out);
    }
  }

  private PDFont load(String name) throws IOException {
    try (InputStream in = NaiveHandout.class.getResourceAsStream(FONTS + name)) {
      return PDType0Font.load(doc, in);
    }
  }

  private void newPage() throws IOException {
    if (cs != null) cs.close();
    page = new PDPage(size);
    doc.addPage(page);
    cs = new PDPageContentStream(doc, page);
    y = size.getHeight() - MARGIN;
  }

  /** The logo read from its file for every document, the name in the accent colour. */
  private void cover(Program p, Branding b) throws IOException {
    newPage();
    if (b.logo() != null) {
      PDImageXObject logo = PDImageXObject.createFromFileByContent(b.logo().toFile(), doc);
      float h = 40;
      float w = h * logo.getWidth() / logo.getHeight();
      cs.drawImage(logo, size.getWidth() - MARGIN - w, y - h, w, h);
    }
    int rgb = b.accentRgb();
    cs.setNonStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
    text(bold, 20, b.name());
    cs.setNonStrokingColor(0f, 0f, 0f);
    if (!b.contact().isEmpty()) text(regular, 9, b.contact());
    text(bold, 16, p.template().name());
    text(regular, 12, p.client().name());
    text(regular, 10, DAY.format(p.start()) + " – " + DAY.format(p.end()) + " · " + p.weeks().size() + " weeks");
    text(regular, 10, "Level: " + p.client().level().label() + " · " + p.client().paper().label());
    y -= 8;
    paragraph(regular, 10, p.template().goal());
    paragraph(regular, 10, "How to run the circuit: do the drills of step 1, 2 and 3 in order, then start again; "
        + "each week says how many rounds. Move slowly, breathe out in the hard part, and write down what you did.");
    for (PhaseBlock pb : p.weeks().get(0).phases()) {
      y -= 6;
      text(bold, 11, "Step " + pb.phase().id() + ": " + pb.phase().name());
      paragraph(regular, 10, pb.phase().purpose());
    }
    if (!p.client().notes().isEmpty()) paragraph(regular, 10, "From your trainer: " + p.client().notes());
  }

  private void week(Program p, Week w) throws IOException {
    newPage();
    text(bold, 14, "Week " + w.number() + " · from " + DAY.format(w.start()) + " · " + w.rounds() + " rounds");
    y -= 4;
    for (PhaseBlock b : w.phases()) {
      text(bold, 10, "Step " + b.phase().id() + " – " + b.phase().name());
      for (Prescription x : b.items()) {
        String line = x.exercise().name() + "   " + x.dose().format()
            + (x.tempo().isEmpty() ? "" : "   tempo " + x.tempo())
            + (x.load() == null ? "" : "   " + x.load().label());
        text(regular, 9.5f, line);
        paragraph(regular, 9, "   " + x.exercise().cues());
        if (x.exercise().videoUrl().startsWith("http")) qr(x.exercise().videoUrl());
      }
    }
    y -= 8;
    grid(p, w);
  }

  private void qr(String url) throws IOException {
    float side = 48;
    if (y < MARGIN + side) newPage();
    BitMatrix m;
    try {
      m = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0);
    } catch (WriterException e) {
      throw new IOException(e);
    }
    BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    for (int i = 0; i < m.getWidth(); i++) {
      for (int j = 0; j < m.getHeight(); j++) img.setRGB(i, j, m.get(i, j) ? 0xFF000000 : 0xFFFFFFFF);
    }
    PDImageXObject x = LosslessFactory.createFromImage(doc, img);
    y -= side;
    cs.drawImage(x, size.getWidth() - MARGIN - side, y, side, side);
  }

  private void field(String name, float x, float at, float w, float h) throws IOException {
    PDTextField f = new PDTextField(form);
    f.setPartialName(name.replace('.', '_'));
    f.setDefaultAppearance("/Helv 9 Tf 0 g");
    PDAnnotationWidget widget = f.getWidgets().get(0);
    widget.setRectangle(new PDRectangle(x, at, w, h));
    widget.setPage(page);
    widget.setPrinted(true);
    page.getAnnotations().add(widget);
    fields.add(f);
  }

  /**
   * Per session a row with date, a done box per round, RPE and notes; under it a row per drill
   * with an amount and a load box per round. Every box is a form field.
   */
  private void grid(Program p, Week w) throws IOException {
    String client = p.client().id();
    text(bold, 10, "Your log");
    float box = 22;
    for (int s = 1; s <= w.sessions(); s++) {
      if (y < MARGIN + 2 * box) newPage();
      float x = MARGIN;
      label("Session " + s + "  " + DAY.format(w.sessionDates().get(s - 1)), x, y - 14);
      x += 110;
      box(x, box, 60, "Date", LogFields.session(client, w.number(), s, "date"));
      x += 66;
      for (int r = 1; r <= w.rounds(); r++) {
        box(x, box, box, "R" + r, LogFields.round(client, w.number(), s, r));
        x += box + 6;
      }
      box(x, box, 40, "RPE", LogFields.session(client, w.number(), s, "rpe"));
      x += 46;
      box(x, box, size.getWidth() - MARGIN - x, "Notes", LogFields.session(client, w.number(), s, "notes"));
      cs.stroke();
      y -= box + 4;
      for (Prescription item : w.circuit()) {
        if (y < MARGIN + box) newPage();
        x = MARGIN;
        label(item.exercise().name(), x, y - 14);
        x += 190;
        for (int r = 1; r <= w.rounds(); r++) {
          box(x, box, 44, "", LogFields.drill(client, w.number(), s, r, item.exercise().id(), "amount"));
          box(x + 46, box, 44, "", LogFields.drill(client, w.number(), s, r, item.exercise().id(), "load"));
          x += 100;
        }
        cs.stroke();
        y -= box + 2;
      }
      y -= 6;
    }
  }

  private void box(float x, float h, float w, String caption, String field) throws IOException {
    cs.addRect(x, y - h, w, h);
    if (!caption.isEmpty()) label(caption, x + 3, y - 8);
    field(field, x + 1, y - h + 1, w - 2, h - 2);
  }

  /** The trainer's footer and the page number on every page. */
  private void footers(Branding b) throws IOException {
    int n = doc.getNumberOfPages();
    for (int i = 0; i < n; i++) {
      try (PDPageContentStream f = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
        f.beginText();
        f.setFont(regular, 8);
        f.newLineAtOffset(MARGIN, MARGIN / 2);
        f.showText(b.footer() + "   page " + (i + 1) + " of " + n);
        f.endText();
      }
    }
  }

  private void label(String s, float x, float at) throws IOException {
    cs.beginText();
    cs.setFont(regular, 8);
    cs.newLineAtOffset(x, at);
    cs.showText(s);
    cs.endText();
  }

  private void text(PDFont f, float pt, String s) throws IOException {
    if (y < MARGIN + pt) newPage();
    y -= pt * 1.35f;
    cs.beginText();
    cs.setFont(f, pt);
    cs.newLineAtOffset(MARGIN, y);
    cs.showText(s);
    cs.endText();
  }

  private void paragraph(PDFont f, float pt, String s) throws IOException {
    for (String line : wrap(f, pt, s, size.getWidth() - 2 * MARGIN)) text(f, pt, line);
  }

  private static List<String> wrap(PDFont f, float pt, String s, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ")) {
      String next = line.length() == 0 ? word : line + " " + word;
      if (f.getStringWidth(next) / 1000 * pt > width && line.length() > 0) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(next);
      }
    }
    if (line.length() > 0) lines.add(line.toString());
    return lines;
  }
}
