package org.circuitpress.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.circuitpress.model.LogFields;

/**
 * A handout's form filled in as on a tablet, and seeded changes to a filled one: odd text in its
 * boxes (stored as a tablet app stores it, without an appearance), values of another type, a
 * check box with an odd state, a box renamed, the form or a page removed.
 */
final class FuzzHandouts {
  private FuzzHandouts() {}

  /** Every round of the first two weeks ticked, amounts and RPE typed, one session's notes. */
  static void fill(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      for (PDField f : form.getFieldTree()) {
        String name = f.getFullyQualifiedName();
        if (!name.contains(".w1.") && !name.contains(".w2.")) continue;
        if (f instanceof PDCheckBox box) box.check();
        else if (name.endsWith(".rpe")) f.getCOSObject().setString(COSName.V, "7");
        else if (name.endsWith(".amount")) f.getCOSObject().setString(COSName.V, "10");
        else if (name.endsWith(".date") && name.contains(".s1.")) f.getCOSObject().setString(COSName.V, "Tue 1 Dec");
        else if (name.endsWith(".notes") && name.contains(".w2.s1")) f.getCOSObject().setString(COSName.V, "felt good");
      }
      doc.save(pdf.toFile());
    }
  }

  static void mutate(Path pdf, Random rnd, FuzzMutations.Done done) throws IOException {
    if (rnd.nextInt(5) == 0) {
      new FuzzMutations(rnd).bytes(pdf, done);
      return;
    }
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      List<PDField> fields = new ArrayList<>();
      form.getFieldTree().forEach(fields::add);
      int changes = 1 + rnd.nextInt(4);
      for (int i = 0; i < changes; i++) change(doc, form, fields, rnd, done);
      save(doc, pdf, rnd, done);
    }
  }

  private static void save(PDDocument doc, Path pdf, Random rnd, FuzzMutations.Done done) throws IOException {
    if (rnd.nextBoolean()) {
      doc.save(pdf.toFile());
    } else {
      // a tablet app saves its changes at the end of the file, keeping the bytes before
      doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      Path tmp = pdf.resolveSibling(pdf.getFileName() + ".inc");
      try (var out = Files.newOutputStream(tmp)) {
        doc.saveIncremental(out);
      }
      Files.move(tmp, pdf, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      done.add("saved at the end of the file", false);
    }
  }

  /**
   * One to three changes of the kinds the reading of returned handouts was last changed for: a tick
   * box, or the whole form, saved without its looks (as an app that draws the fields itself saves
   * it), holding the handout's own Yes or another app's name for ticked as a name or as text; a box
   * to write in made a tick box holding a tick, text or a list. Saved whole or at the end of the file.
   */
  static void mutateAsReturned(Path pdf, Random rnd, FuzzMutations.Done done) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      List<PDField> ticks = new ArrayList<>();
      List<PDField> boxes = new ArrayList<>();
      form.getFieldTree().forEach(f -> (f instanceof PDCheckBox ? ticks : boxes).add(f));
      int changes = 1 + rnd.nextInt(3);
      for (int i = 0; i < changes; i++) {
        switch (rnd.nextInt(4)) {
          case 0 -> {
            PDField f = ticks.get(rnd.nextInt(ticks.size()));
            withoutLooks(f);
            COSBase v = tickValue(rnd);
            if (v == null) f.getCOSObject().removeItem(COSName.V);
            else f.getCOSObject().setItem(COSName.V, v);
            done.add(f.getFullyQualifiedName() + " without its looks <- " + v, false);
          }
          case 1 -> {
            for (PDField f : form.getFieldTree()) withoutLooks(f);
            form.getCOSObject().setBoolean(COSName.NEED_APPEARANCES, true);
            done.add("the form saved without its looks", false);
          }
          default -> {
            PDField f = boxes.get(rnd.nextInt(boxes.size()));
            COSDictionary cos = f.getCOSObject();
            cos.setItem(COSName.FT, COSName.BTN);
            if (rnd.nextBoolean()) withoutLooks(f);
            COSBase v = rnd.nextInt(3) == 0 ? COSName.getPDFName("Yes") : tickValue(rnd);
            if (v == null) cos.removeItem(COSName.V);
            else cos.setItem(COSName.V, v);
            done.add(f.getFullyQualifiedName() + " made a tick box <- " + v, false);
          }
        }
      }
      save(doc, pdf, rnd, done);
    }
  }

  /** What an app may store in a tick box: a name or text for ticked or not, a number, a list; null for nothing. */
  private static COSBase tickValue(Random rnd) {
    return switch (rnd.nextInt(9)) {
      case 0, 1 -> COSName.getPDFName(LogFields.TICKED);
      case 2 -> new COSString(List.of("Yes", "yes", "On", "Off", "", "x", "1", "No").get(rnd.nextInt(8)));
      case 3 -> COSName.getPDFName(List.of("On", "1", "Off", "No", "true", "Yes ").get(rnd.nextInt(6)));
      case 4 -> COSInteger.get(rnd.nextInt(3));
      case 5 -> {
        COSArray a = new COSArray();
        a.add(COSName.getPDFName("Yes"));
        yield a;
      }
      case 6 -> rnd.nextBoolean() ? COSBoolean.TRUE : COSBoolean.FALSE;
      case 7 -> COSName.Off;
      default -> null;
    };
  }

  private static void withoutLooks(PDField f) {
    for (PDAnnotationWidget w : f.getWidgets()) {
      w.getCOSObject().removeItem(COSName.AP);
      w.getCOSObject().removeItem(COSName.AS);
    }
  }

  private static void change(PDDocument doc, PDAcroForm form, List<PDField> fields, Random rnd, FuzzMutations.Done done) {
    PDField f = fields.get(rnd.nextInt(fields.size()));
    String name = f.getFullyQualifiedName();
    COSDictionary cos = f.getCOSObject();
    switch (rnd.nextInt(12)) {
      case 0, 1, 2 -> {
        List<String> pool = name.endsWith(".date") ? FuzzMutations.DATE_TEXTS
            : name.endsWith(".notes") ? FuzzMutations.ODD_IN_LOGS : FuzzMutations.NOT_NUMBERS;
        String s = pool.get(rnd.nextInt(pool.size()));
        cos.setString(COSName.V, s);
        done.add(name + " <- " + FuzzMutations.quoted(s), false);
      }
      case 3 -> {
        String s = FuzzMutations.ODD_IN_LOGS.get(rnd.nextInt(FuzzMutations.ODD_IN_LOGS.size()));
        cos.setString(COSName.V, s);
        done.add(name + " <- " + FuzzMutations.quoted(s), false);
      }
      case 4 -> {
        String s = "pain in my shoulder ".repeat(1 + rnd.nextInt(2000));
        cos.setString(COSName.V, s);
        done.add(name + " <- " + s.length() + " characters", false);
      }
      case 5 -> {
        switch (rnd.nextInt(4)) {
          case 0 -> cos.setItem(COSName.V, COSInteger.get(rnd.nextInt(20)));
          case 1 -> cos.setItem(COSName.V, COSName.getPDFName("Yes"));
          case 2 -> {
            COSArray a = new COSArray();
            a.add(COSInteger.get(7));
            cos.setItem(COSName.V, a);
          }
          default -> cos.setItem(COSName.V, new COSDictionary());
        }
        done.add(name + " <- a value of another type", false);
      }
      case 6 -> {
        String state = List.of("On", "1", "Off", "Yes2", "yes", "").get(rnd.nextInt(6));
        if (f instanceof PDCheckBox || rnd.nextBoolean()) {
          cos.setItem(COSName.V, COSName.getPDFName(state));
          cos.setItem(COSName.AS, COSName.getPDFName(state));
        } else {
          cos.setString(COSName.V, state);
        }
        done.add(name + " <- state /" + state, false);
      }
      case 7 -> {
        String to = List.of("c999", "w9", "s0", "r1", "", "x.y", "w1").get(rnd.nextInt(7));
        cos.setString(COSName.T, to);
        done.add(name + " renamed " + FuzzMutations.quoted(to), true);
      }
      case 8 -> {
        cos.removeItem(COSName.V);
        if (f instanceof PDTextField) cos.setString(COSName.DV, "12");
        done.add(name + " value removed", false);
      }
      case 9 -> {
        if (rnd.nextBoolean()) {
          doc.getDocumentCatalog().getCOSObject().removeItem(COSName.ACRO_FORM);
          done.add("the form removed", true);
        } else {
          form.getCOSObject().setItem(COSName.FIELDS, new COSArray());
          done.add("the form's fields emptied", true);
        }
      }
      case 10 -> {
        if (doc.getNumberOfPages() > 1) doc.removePage(rnd.nextInt(doc.getNumberOfPages()));
        done.add("a page removed", true);
      }
      default -> {
        cos.setItem(COSName.FT, COSName.getPDFName(rnd.nextBoolean() ? "Btn" : "Ch"));
        done.add(name + " made another kind of field", false);
      }
    }
  }
}
