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
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * Baseline (a) of issue 7: the handout written the straightforward way. Every document loads the
 * TrueType fonts from the jar again with {@code PDType0Font.load(doc, InputStream)} (parse, then
 * subset on save) and draws with plain PDFBox calls. The content follows the product's handout: a
 * cover with the client, the dates and how to run the circuit, then per week the circuit and an
 * empty log grid.
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

  public static void render(Program p, OutputStream out) throws IOException {
    new NaiveHandout().write(p, out);
  }

  private void write(Program p, OutputStream out) throws IOException {
    try (PDDocument d = new PDDocument()) {
      doc = d;
      regular = load("DejaVuSans.ttf");
      bold = load("DejaVuSans-Bold.ttf");
      size = new PDRectangle(p.client().paper().width, p.client().paper().height);
      cover(p);
      for (Week w : p.weeks()) week(p, w);
      cs.close();
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
    PDPage page = new PDPage(size);
    doc.addPage(page);
    cs = new PDPageContentStream(doc, page);
    y = size.getHeight() - MARGIN;
  }

  private void cover(Program p) throws IOException {
    newPage();
    text(bold, 20, "CircuitPress");
    text(bold, 16, p.template().name());
    text(regular, 12, p.client().name());
    text(regular, 10, DAY.format(p.start()) + " – " + DAY.format(p.end()) + " · " + p.weeks().size() + " weeks");
    text(regular, 10, "Level: " + p.client().level().label() + " · " + p.client().paper().label());
    y -= 8;
    paragraph(regular, 10, p.template().goal());
    paragraph(regular, 10, "How to run the circuit: do the drills of step 1, 2 and 3 in order, then start again; "
        + "each week says how many rounds. Move slowly, breathe out in the hard part, and write down what you did.");
    for (PhaseBlock b : p.weeks().get(0).phases()) {
      y -= 6;
      text(bold, 11, "Step " + b.phase().id() + ": " + b.phase().name());
      paragraph(regular, 10, b.phase().purpose());
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
      }
    }
    y -= 8;
    grid(w);
  }

  /** A row per session: date, a tick box per round, RPE and notes boxes. */
  private void grid(Week w) throws IOException {
    text(bold, 10, "Your log");
    float box = 22;
    for (int s = 1; s <= w.sessions(); s++) {
      if (y < MARGIN + box) newPage();
      float x = MARGIN;
      label("Session " + s + "  " + DAY.format(w.sessionDates().get(s - 1)), x, y - 14);
      x += 150;
      for (int r = 1; r <= w.rounds(); r++) {
        cs.addRect(x, y - box, box, box);
        label("R" + r, x + 3, y - 14);
        x += box + 6;
      }
      cs.addRect(x, y - box, 40, box);
      label("RPE", x + 3, y - 14);
      x += 46;
      cs.addRect(x, y - box, size.getWidth() - MARGIN - x, box);
      label("Notes", x + 3, y - 14);
      cs.stroke();
      y -= box + 6;
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
