package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.circuitpress.input.LogReaderXlsxTest.entry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.LogFields;
import org.circuitpress.model.Program;
import org.circuitpress.render.pdf.HandoutRenderer;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real handout's form, filled on a "tablet" (PDFBox), read back by the log reader. */
class LogReaderHandoutTest {
  @TempDir Path dir;
  final Program p = Fixtures.program();
  final String c = p.client().id();

  /** The handout of {@link #p}, as the renderer writes it. */
  Path rendered() throws IOException {
    Diagnostics d = new Diagnostics();
    Path file = dir.resolve("handout.pdf");
    try (OutputStream out = Files.newOutputStream(file)) {
      new HandoutRenderer(Branding.DEFAULT, d).render(p, out, d);
    }
    return file;
  }

  /**
   * Found in review (a handout filled with pypdf 3, as Debian 12 ships it): its
   * {@code update_page_form_field_values} stores the name its caller passes for a tick, {@code
   * "/Yes"}, as text with the slash, beside the box's look set to {@code /Yes}. Every round ticked
   * that way was read as not ticked, with a warning per box that its tick could not be read. Text
   * that writes out a name is read as that name: {@code "/Yes"} is a tick, {@code "/Off"} none.
   */
  @Test
  void aTickStoredAsTextWithItsSlashIsATick() throws IOException {
    Path file = rendered();
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      COSDictionary ticked = form.getField(LogFields.round(c, 2, 1, 1)).getCOSObject();
      ticked.setItem(COSName.V, new COSString("/Yes"));
      ticked.setName(COSName.AS, "Yes");
      form.getField(LogFields.round(c, 2, 1, 2)).getCOSObject().setItem(COSName.V, new COSString("/Off"));
      form.getField(LogFields.drill(c, 2, 1, 1, "kb-windmill", "amount")).getCOSObject()
          .setItem(COSName.V, new COSString("8"));
      doc.save(file.toFile());
    }
    Diagnostics read = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, read).orElseThrow();
    assertThat(entry(log, 2, 1, 1, "roll-lats").done()).isTrue();
    assertThat(entry(log, 2, 1, 1, "kb-windmill").done()).isTrue();
    assertThat(entry(log, 2, 1, 2, "roll-lats").done()).isNull();
    assertThat(read.all()).isEmpty();
  }

  /**
   * Found in review: an app that stored a box's value as another kind of PDF object than text (a
   * number, a name, a list) had the entry read as empty without a word. A number is read as its
   * digits and a name as its text; what cannot be read is a warning at the box, and is left empty.
   */
  @Test
  void aValueStoredAsAnotherKindOfObjectIsReadOrNamed() throws IOException {
    Path file = rendered();
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      java.util.function.BiConsumer<String, COSBase> store =
          (name, v) -> form.getField(name).getCOSObject().setItem(COSName.V, v);
      store.accept(LogFields.drill(c, 2, 1, 2, "kb-windmill", "amount"), COSInteger.get(9));
      store.accept(LogFields.drill(c, 2, 1, 2, "kb-windmill", "load"), new COSFloat(12f));
      store.accept(LogFields.session(c, 2, 1, "rpe"), new COSFloat(7f));
      store.accept(LogFields.session(c, 2, 1, "notes"), COSName.getPDFName("Felt strong"));
      store.accept(LogFields.round(c, 2, 1, 2), new COSString("Yes"));
      COSArray list = new COSArray();
      list.add(new COSString("45"));
      list.add(new COSString("40"));
      store.accept(LogFields.drill(c, 2, 1, 2, "roll-lats", "amount"), list);
      store.accept(LogFields.round(c, 2, 1, 1), new COSString("maybe"));
      doc.save(file.toFile());
    }
    assertThat(LogReader.hasEntries(file)).isTrue();
    Diagnostics read = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, read).orElseThrow();
    LogEntry kb = entry(log, 2, 1, 2, "kb-windmill");
    assertThat(kb.amount()).isEqualTo(9.0);
    assertThat(kb.load()).isEqualTo(12.0);
    assertThat(kb.done()).isTrue();
    assertThat(kb.rpe()).isEqualTo(7);
    assertThat(kb.notes()).isEqualTo("Felt strong");
    assertThat(entry(log, 2, 1, 1, "kb-windmill").done()).isNull();
    assertThat(entry(log, 2, 1, 2, "roll-lats").amount()).isNull();
    assertThat(read.all()).map(org.circuitpress.model.Diagnostic::format).containsExactly(
        file + ": field " + LogFields.round(c, 2, 1, 1) + " (week 2, session 1, round 1: round done): warning:"
            + " the app that saved the handout stored \"maybe\" in this tick box, which holds a tick or nothing,"
            + " so it cannot be read; left empty. Type the entry in the box again in a PDF app, or into log.xlsx",
        file + ": field " + LogFields.drill(c, 2, 1, 2, "roll-lats", "amount") + " (week 2, session 1, round 2,"
            + " Foam roll lats: amount done): warning: the app that saved the handout stored a list of 2 values in"
            + " this box instead of text, so it cannot be read; left empty. Type the entry in the box again in a"
            + " PDF app, or into log.xlsx");
  }

  /**
   * Found in review: a tick box that an app saved with its own name for ticked ({@code On},
   * {@code 1}) instead of the handout's ({@code Yes}) was read as not ticked, without a word. It
   * is read as ticked, with a warning at the box; a name for not done ({@code No}) is read as not
   * ticked, with a warning; a name the box's own looks give ticked is a tick, without one.
   */
  @Test
  void aTickStoredUnderAnotherNameIsReadAsTickedWithAWarning() throws IOException {
    Path file = rendered();
    String renamed = LogFields.round(c, 3, 1, 3);
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      java.util.function.BiConsumer<String, String> store = (name, v) -> {
        COSDictionary box = form.getField(name).getCOSObject();
        box.setItem(COSName.V, COSName.getPDFName(v));
        box.setItem(COSName.AS, COSName.getPDFName(v));
      };
      store.accept(LogFields.round(c, 2, 1, 1), "On");
      store.accept(LogFields.round(c, 2, 1, 2), "1");
      store.accept(LogFields.round(c, 2, 2, 1), "No");
      store.accept(LogFields.round(c, 2, 2, 2), "Yes");
      store.accept(LogFields.round(c, 2, 3, 1), "Off");
      // an app that drew the box again under its own name for ticked
      COSDictionary looks = form.getField(renamed).getCOSObject().getCOSDictionary(COSName.AP)
          .getCOSDictionary(COSName.N);
      looks.setItem(COSName.getPDFName("On"), looks.getItem(COSName.getPDFName("Yes")));
      looks.removeItem(COSName.getPDFName("Yes"));
      store.accept(renamed, "On");
      doc.save(file.toFile());
    }
    assertThat(LogReader.hasEntries(file)).isTrue();
    Diagnostics read = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, read).orElseThrow();
    assertThat(entry(log, 2, 1, 1, "kb-windmill").done()).isTrue();
    assertThat(entry(log, 2, 1, 2, "kb-windmill").done()).isTrue();
    assertThat(entry(log, 2, 2, 1, "kb-windmill").done()).isNull();
    assertThat(entry(log, 2, 2, 2, "kb-windmill").done()).isTrue();
    assertThat(entry(log, 3, 1, 3, "kb-windmill").done()).isTrue();
    assertThat(log.entries()).filteredOn(e -> e.week() == 2 && e.session() == 3).allMatch(e -> e.done() == null);
    String ticked = "; read as ticked, as the app most likely meant. If the round was not done, untick the box in a"
        + " PDF app, or choose no in that round's Done cells of log.xlsx";
    assertThat(read.all()).map(org.circuitpress.model.Diagnostic::format).containsExactly(
        file + ": field " + LogFields.round(c, 2, 1, 1) + " (week 2, session 1, round 1: round done): warning:"
            + " the app that saved the handout stored \"On\" in this tick box, whose own name for ticked is"
            + " \"Yes\"" + ticked,
        file + ": field " + LogFields.round(c, 2, 1, 2) + " (week 2, session 1, round 2: round done): warning:"
            + " the app that saved the handout stored \"1\" in this tick box, whose own name for ticked is"
            + " \"Yes\"" + ticked,
        file + ": field " + LogFields.round(c, 2, 2, 1) + " (week 2, session 2, round 1: round done): warning:"
            + " the app that saved the handout stored \"No\" in this tick box, whose own name for ticked is"
            + " \"Yes\"; read as not ticked. If the round was done, tick the box again in a PDF app, or choose"
            + " yes in that round's Done cells of log.xlsx");
  }

  /**
   * Found in review: a tick box ticked with the handout's own name for ticked ({@code Yes}) but
   * saved without its looks (the handout asks viewers to draw its fields, and an app may save them
   * so) was warned about at every tick as holding another app's name, "Yes" as text in it could not
   * be read at all. Both are the handout's own tick: read as ticked, without a word.
   */
  @Test
  void theHandoutsOwnTickIsReadWithoutAWarningInABoxSavedWithoutItsLooks() throws IOException {
    Path file = rendered();
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      COSDictionary named = form.getField(LogFields.round(c, 2, 1, 1)).getCOSObject();
      named.removeItem(COSName.AP);
      named.setItem(COSName.V, COSName.getPDFName("Yes"));
      COSDictionary text = form.getField(LogFields.round(c, 2, 1, 2)).getCOSObject();
      text.removeItem(COSName.AP);
      text.setItem(COSName.V, new COSString("Yes"));
      doc.save(file.toFile());
    }
    Diagnostics read = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, read).orElseThrow();
    assertThat(entry(log, 2, 1, 1, "kb-windmill").done()).isTrue();
    assertThat(entry(log, 2, 1, 2, "kb-windmill").done()).isTrue();
    assertThat(read.all()).map(org.circuitpress.model.Diagnostic::format).isEmpty();
  }

  @Test
  void theHandoutsOwnFieldsAreReadBack() throws IOException {
    Path file = rendered();
    assertThat(LogReader.hasEntries(file)).isFalse();
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      form.getField(LogFields.session(c, 2, 1, "date")).setValue("2026-12-14");
      form.getField(LogFields.session(c, 2, 1, "rpe")).setValue("6");
      ((PDCheckBox) form.getField(LogFields.round(c, 2, 1, 2))).check();
      form.getField(LogFields.drill(c, 2, 1, 2, "kb-windmill", "amount")).setValue("9");
      form.getField(LogFields.drill(c, 2, 1, 2, "kb-windmill", "load")).setValue("12");
      form.getField(LogFields.drill(c, 2, 1, 2, "roll-lats", "amount")).setValue("45 s");
      doc.save(file.toFile());
    }
    assertThat(LogReader.hasEntries(file)).isTrue();
    Diagnostics read = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, read).orElseThrow();
    assertThat(read.all()).isEmpty();
    LogEntry kb = entry(log, 2, 1, 2, "kb-windmill");
    assertThat(kb.amount()).isEqualTo(9.0);
    assertThat(kb.load()).isEqualTo(12.0);
    assertThat(kb.done()).isTrue();
    assertThat(kb.rpe()).isEqualTo(6);
    assertThat(kb.date()).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(entry(log, 2, 1, 2, "roll-lats").amount()).isEqualTo(45.0);
    assertThat(entry(log, 2, 1, 1, "roll-lats").done()).isNull();
  }

  /**
   * Found in review: ✓ in every amount box of the real handout, stored as a tablet app stores
   * it (PDFBox's setValue refuses it, Helvetica having no ✓), read as nothing done.
   */
  @Test
  void aTickInEveryAmountBoxOfTheRealHandoutIsEveryDrillDone() throws IOException {
    Path file = rendered();
    int boxes = 0;
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      for (org.apache.pdfbox.pdmodel.interactive.form.PDField f : form.getFieldTree()) {
        if (f.getFullyQualifiedName().endsWith(".amount")) {
          f.getCOSObject().setString(org.apache.pdfbox.cos.COSName.V, "✓");
          boxes++;
        }
      }
      doc.save(file.toFile());
    }
    Diagnostics read = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, read).orElseThrow();
    assertThat(read.all()).isEmpty();
    assertThat(log.entries()).hasSize(boxes).allMatch(e -> Boolean.TRUE.equals(e.done()));
  }

  /**
   * The reader skips PDFBox's fix-up of the form (it rebuilt every field's look, the most time of
   * reading a handout), but not for a form that lists no fields, as some apps save one: the fix-up
   * finds them on the pages, and what the client typed there is still read.
   */
  @Test
  void aFormThatListsNoFieldsIsReadFromTheFieldsOnItsPages() throws IOException {
    Path file = rendered();
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      form.getField(LogFields.drill(c, 2, 1, 2, "kb-windmill", "amount")).setValue("9");
      form.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.FIELDS, new org.apache.pdfbox.cos.COSArray());
      assertThat(form.getNeedAppearances()).isTrue();
      doc.save(file.toFile());
    }
    Diagnostics read = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, read).orElseThrow();
    assertThat(read.all()).isEmpty();
    assertThat(entry(log, 2, 1, 2, "kb-windmill").amount()).isEqualTo(9.0);
    assertThat(LogReader.hasEntries(file)).isTrue();
  }

  /**
   * Found in review (a tablet's markup tools): a client who typed "14 kg" over a load box with an
   * app's text tool, left a comment "my shoulder hurt on the windmill" and wrote on the page with a
   * pen had all of it passed over without a word, the note of pain too: none of it is a box of the
   * form. Each comment is quoted in a warning at the handout, with its page and the box it covers,
   * and the marks drawn are counted by page, so that the trainer types them in.
   */
  @Test
  void commentsAndDrawingsOnThePagesAreToldNotPassedOver() throws IOException {
    Path file = rendered();
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget box =
          form.getField(LogFields.drill(c, 1, 1, 1, "kb-windmill", "load")).getWidgets().get(0);
      org.apache.pdfbox.pdmodel.PDPage page = null;
      for (org.apache.pdfbox.pdmodel.PDPage each : doc.getPages()) {
        if (each.getAnnotations().stream().anyMatch(a -> a.getCOSObject() == box.getCOSObject())) page = each;
      }
      var typed = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText();
      typed.setRectangle(box.getRectangle());
      typed.setContents("14 kg");
      var sticky = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText();
      sticky.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(5, 5, 10, 10));
      sticky.setContents("my shoulder hurt\non the windmill");
      var pen = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationInk();
      pen.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(20, 20, 30, 10));
      page.getAnnotations().addAll(java.util.List.of(typed, sticky, pen));
      doc.save(file.toFile());
    }
    Diagnostics read = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, read).orElseThrow();
    assertThat(entry(log, 1, 1, 1, "kb-windmill").load()).isNull();
    // the comments are the client's notes: a run keeps the handout rather than write over it
    assertThat(LogReader.hasEntries(file)).isTrue();
    assertThat(read.all()).map(org.circuitpress.model.Diagnostic::format).containsExactly(
        file + ": warning: the client added 2 comments to the pages with a text or comment tool, not in the boxes;"
            + " they are read as the client's notes, each of the session whose boxes it is on or nearest to: \"14 kg\""
            + " (page 4, over the box Week 1, session 1: Kettlebell windmill, round 1, load), \"my shoulder hurt on the"
            + " windmill\" (page 4, week 1, session 2). What is typed over a box is not read as its value: type it into"
            + " the box in a PDF app, or into log.xlsx",
        file + ": warning: a mark drawn with a pen or highlighter on page 4 (handwriting, say) cannot be read; look at it in a"
            + " PDF app and type what the client wrote into log.xlsx");
  }

  /**
   * Found in review: a tick box saved by an app that sets the box's look to ticked ({@code /AS
   * /Yes}) and leaves out its value showed a tick on the page and was read as not ticked, without a
   * word. It is read as ticked, with a warning at the box.
   */
  @Test
  void aTickInTheBoxsLookOnlyIsATickWithAWarning() throws IOException {
    Path file = rendered();
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      COSDictionary shown = form.getField(LogFields.round(c, 1, 1, 1)).getCOSObject();
      shown.removeItem(COSName.V);
      shown.setName(COSName.AS, "Yes");
      form.getField(LogFields.round(c, 1, 1, 2)).getCOSObject().removeItem(COSName.V);
      doc.save(file.toFile());
    }
    assertThat(LogReader.hasEntries(file)).isTrue();
    Diagnostics read = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, read).orElseThrow();
    assertThat(entry(log, 1, 1, 1, "kb-windmill").done()).isTrue();
    assertThat(entry(log, 1, 1, 2, "kb-windmill").done()).isNull();
    assertThat(read.all()).map(org.circuitpress.model.Diagnostic::format).containsExactly(
        file + ": field " + LogFields.round(c, 1, 1, 1) + " (week 1, session 1, round 1: round done): warning: the app"
            + " that saved the handout stored a tick in the box's look only, with no value; read as ticked, as the app"
            + " most likely meant. If the round was not done, untick the box in a PDF app, or choose no in that"
            + " round's Done cells of log.xlsx");
  }

  /**
   * Found in review (the reverse of the box above): an app that saves a tick box's value as Off and
   * leaves its look ticked shows a tick on the page, and was read as not ticked without a word, the
   * handout counted as blank. It is read as ticked, with a warning at the box, as a look without a
   * value is; a box whose look and value are both Off stays unticked and untold.
   */
  @Test
  void aTickInTheBoxsLookWithOffAsItsValueIsATickWithAWarning() throws IOException {
    Path file = rendered();
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      COSDictionary named = form.getField(LogFields.round(c, 1, 1, 1)).getCOSObject();
      named.setItem(COSName.V, COSName.Off);
      named.setName(COSName.AS, "Yes");
      COSDictionary typed = form.getField(LogFields.round(c, 1, 2, 1)).getCOSObject();
      typed.setString(COSName.V, "Off");
      typed.setName(COSName.AS, "Yes");
      doc.save(file.toFile());
    }
    assertThat(LogReader.hasEntries(file)).isTrue();
    Diagnostics read = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, read).orElseThrow();
    assertThat(entry(log, 1, 1, 1, "kb-windmill").done()).isTrue();
    assertThat(entry(log, 1, 2, 1, "kb-windmill").done()).isTrue();
    assertThat(entry(log, 1, 1, 2, "kb-windmill").done()).isNull();
    String warning = ": warning: the app that saved the handout stored a tick in the box's look, but Off as its value;"
        + " read as ticked, as the app most likely meant. If the round was not done, untick the box in a PDF app, or"
        + " choose no in that round's Done cells of log.xlsx";
    assertThat(read.all()).map(org.circuitpress.model.Diagnostic::format).containsExactly(
        file + ": field " + LogFields.round(c, 1, 1, 1) + " (week 1, session 1, round 1: round done)" + warning,
        file + ": field " + LogFields.round(c, 1, 2, 1) + " (week 1, session 2, round 1: round done)" + warning);
  }

  /** The page of {@code doc} that shows {@code field}'s box. */
  private static org.apache.pdfbox.pdmodel.PDPage pageOf(PDDocument doc, org.apache.pdfbox.pdmodel.interactive.form.PDField field)
      throws IOException {
    COSBase box = field.getWidgets().get(0).getCOSObject();
    for (org.apache.pdfbox.pdmodel.PDPage each : doc.getPages()) {
      if (each.getAnnotations().stream().anyMatch(a -> a.getCOSObject() == box)) return each;
    }
    throw new AssertionError("no page shows " + field.getFullyQualifiedName());
  }

  /**
   * Found in review (a tablet's comment tool): comments were warned about and quoted, but not read,
   * so a client's "my shoulder hurt on the windmill" held nothing back and export-logs left it out.
   * A comment's words are the client's note of the session whose boxes it is on or nearest to, the
   * words of its replies added once each; one kept as rich text only is read from that; one on a
   * page with no session's boxes (the cover) is a note of the block; an empty one is nothing.
   */
  @Test
  void commentsAreReadAsNotesOfTheSessionTheyAreOn() throws IOException {
    Path file = rendered();
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      var notes = form.getField(LogFields.session(c, 1, 2, "notes"));
      notes.setValue("felt good");
      org.apache.pdfbox.pdmodel.PDPage page = pageOf(doc, notes);
      var sticky = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText();
      sticky.setRectangle(notes.getWidgets().get(0).getRectangle());
      sticky.setContents("my shoulder hurt\r\non the windmill");
      var reply = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText();
      reply.setRectangle(sticky.getRectangle());
      reply.setInReplyTo(sticky);
      reply.setContents("still sore on Friday");
      var again = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText();
      again.setRectangle(sticky.getRectangle());
      again.setInReplyTo(reply);
      again.setContents("my shoulder hurt\non the windmill");
      page.getAnnotations().addAll(java.util.List.of(sticky, reply, again));
      var cover = doc.getPage(0);
      var rich = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText();
      rich.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(5, 5, 10, 10));
      rich.setRichContents("<?xml version=\"1.0\"?><body xmlns=\"http://www.w3.org/1999/xhtml\"><p>away &amp; sick"
          + " in week 3</p></body>");
      var empty = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText();
      empty.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(30, 5, 10, 10));
      cover.getAnnotations().addAll(java.util.List.of(rich, empty));
      // a page of another client's handout, put in with this one's, with a comment of that client's
      Path bea = dir.resolve("bea.pdf");
      try (OutputStream out = Files.newOutputStream(bea)) {
        new HandoutRenderer(Branding.DEFAULT, new Diagnostics()).render(Fixtures.program(Fixtures.client("c-999",
            "Bea Other", p.client().paper(), p.client().units())), out, new Diagnostics());
      }
      try (PDDocument other = Loader.loadPDF(bea.toFile())) {
        var theirs = doc.importPage(other.getPage(3));
        var note = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText();
        note.setRectangle(theirs.getAnnotations().get(theirs.getAnnotations().size() - 1).getRectangle());
        note.setContents("knee hurt");
        theirs.getAnnotations().add(note);
        doc.save(file.toFile());
      }
    }
    Diagnostics read = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, read).orElseThrow();
    for (String drill : java.util.List.of("roll-lats", "kb-windmill")) {
      assertThat(entry(log, 1, 2, 1, drill).noted()).map(n -> n.text() + " @ " + n.where())
          .containsExactly("felt good @ " + file + ": field " + LogFields.session(c, 1, 2, "notes")
              + " (week 1, session 2: notes)",
              "my shoulder hurt\non the windmill\nstill sore on Friday @ " + file + ": a comment on page 4");
      assertThat(entry(log, 1, 1, 1, drill).noted()).isEmpty();
    }
    assertThat(log.outside()).map(n -> n.text() + " @ " + BlockLog.outsideWhere(n))
        .containsExactly("away & sick in week 3 @ handout.pdf, a comment on page 1");
    assertThat(read.all()).map(org.circuitpress.model.Diagnostic::format).containsExactly(
        file + ": warning: the client added 3 comments to the pages with a text or comment tool, not in the boxes;"
            + " they are read as the client's notes, each of the session whose boxes it is on or nearest to: \"away & sick"
            + " in week 3\" (page 1, of no session), \"my shoulder hurt on the windmill still sore on Friday\" (page 4, week 1,"
            + " session 2), \"knee hurt\" (page 15, a page of client \"c-999\"'s handout, not read). A comment on a page"
            + " of another client's handout is not this client's note: give that page to that client's trainer");
  }

  /**
   * Found in review (a handout printed to PDF, then a sticky note added to it on a tablet): the
   * flattened handout was passed over whole, sticky note and all, so "my shoulder hurt on the
   * windmill" was neither read nor quoted, though a rerun kept the file for it. Its comments are
   * read as the client's notes of the block, since no box is left to place them by.
   */
  @Test
  void aCommentOnAFlattenedHandoutIsReadAsANoteOfTheBlock() throws IOException {
    Path file = rendered();
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
      doc.getDocumentCatalog().getAcroForm().flatten();
      var sticky = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText();
      sticky.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 100, 20, 20));
      sticky.setContents("my shoulder hurt on the windmill");
      doc.getPage(3).getAnnotations().add(sticky);
      doc.save(file.toFile());
    }
    Diagnostics read = new Diagnostics();
    BlockLog log = LogReader.read(dir, p, read).orElseThrow();
    assertThat(log.outside()).map(n -> n.text() + " @ " + BlockLog.outsideWhere(n))
        .containsExactly("my shoulder hurt on the windmill @ handout.pdf, a comment on page 4");
    assertThat(log.unread()).isEqualTo(BlockLog.FLATTENED);
    assertThat(read.all()).map(org.circuitpress.model.Diagnostic::format)
        .anyMatch(m -> m.contains("\"my shoulder hurt on the windmill\" (page 4, of no session)"));
    // its comments are read, so the handout is not said to be ignored
    assertThat(read.all()).map(org.circuitpress.model.Diagnostic::format)
        .anyMatch(m -> m.contains("has no fields to fill in any more"))
        .noneMatch(m -> m.contains("it is ignored"));
  }
}
