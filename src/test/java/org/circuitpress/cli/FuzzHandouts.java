package org.circuitpress.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

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
