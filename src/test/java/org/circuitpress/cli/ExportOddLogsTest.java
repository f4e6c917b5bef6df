package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.circuitpress.testing.FilledLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Returned logs that cannot be read among good ones: each is its client's problem, named at its
 * file; the others are exported (and planned from next month), and no such file ends the run.
 * The odd files are made here from the run's own: a handout whose form PDFBox cannot follow (its
 * fields nested so deep that reading them overflows the stack), a handout cut off, and a log whose
 * week sheet's XML is cut off.
 */
class ExportOddLogsTest {
  @TempDir Path tmp;

  @Test
  void unreadableLogsAreTheirClientsErrorsAndTheOthersAreExported() throws Exception {
    MonthlyRunTest.firstSampleClients(tmp.resolve("roster.csv"), 4);
    assertThat(run(new StringWriter(), new StringWriter(), "generate", "--month", "2026-12")).isZero();
    Path month = tmp.resolve("out/2026-12");
    for (String id : new String[] {"c001", "c002", "c003", "c004"}) FilledLogs.fill(month.resolve(id + "/log.xlsx"));
    Path deep = month.resolve("c002/handout.pdf");
    nestFieldsTooDeep(deep);
    Path cut = month.resolve("c003/handout.pdf");
    byte[] pdf = Files.readAllBytes(cut);
    Files.write(cut, Arrays.copyOf(pdf, pdf.length / 2));
    Path broken = month.resolve("c004/log.xlsx");
    cutSheetXml(broken);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = run(out, err, "export-logs", "--month", "2026-12");

    assertThat(exit).as(err.toString()).isEqualTo(1);
    assertThat(err.toString())
        .contains(deep + ": could not read the form fields: reading it stopped on something CircuitPress did not"
            + " expect (StackOverflowError)")
        .contains(cut + ": could not read the form fields: the PDF is damaged or cut off")
        .contains(broken + ": could not read the log: the workbook is damaged or cut off")
        .doesNotContain("warning: could not read").doesNotContain("internal error").doesNotContain("\tat ");
    // everyone is in the export; c001 to c003 with what their log.xlsx holds
    assertThat(out.toString()).contains("Exported 4 clients (3 with logged entries)");
    String csv = Files.readString(month.resolve("log-export.csv"), StandardCharsets.UTF_8);
    for (String id : new String[] {"c001", "c002", "c003", "c004"}) assertThat(csv).contains("\n" + id + ",");

    // next month: a warning of the client's, whose block goes on without that log
    StringWriter next = new StringWriter();
    StringWriter nextErr = new StringWriter();
    assertThat(run(next, nextErr, "generate", "--month", "2027-01")).as(nextErr.toString()).isZero();
    assertThat(nextErr.toString())
        .contains(deep + ": warning: could not read the form fields: reading it stopped on something")
        .doesNotContain("internal error");
    assertThat(next.toString()).contains("0 failed");
  }

  /** A form field whose kids are nested 100,000 deep, as no app writes them; saved on a thread with room for it. */
  private static void nestFieldsTooDeep(Path pdf) throws Exception {
    Exception[] failed = {null};
    Thread t = new Thread(null, () -> {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        COSDictionary top = new COSDictionary();
        top.setString(COSName.T, "deep");
        COSDictionary parent = top;
        for (int i = 0; i < 100_000; i++) {
          COSDictionary kid = new COSDictionary();
          kid.setString(COSName.T, "k" + i);
          kid.setItem(COSName.PARENT, parent);
          COSArray kids = new COSArray();
          kids.add(kid);
          parent.setItem(COSName.KIDS, kids);
          parent = kid;
        }
        parent.setItem(COSName.FT, COSName.TX);
        doc.getDocumentCatalog().getAcroForm(null).getCOSObject().getCOSArray(COSName.FIELDS).add(top);
        doc.save(pdf.toFile());
      } catch (IOException e) {
        failed[0] = e;
      }
    }, "deep-pdf", 1L << 30);
    t.start();
    t.join();
    if (failed[0] != null) throw failed[0];
  }

  /** The first week sheet's XML cut in half, the rest of the workbook as it was. */
  private static void cutSheetXml(Path xlsx) throws IOException {
    Path copy = xlsx.resolveSibling("cut.zip");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] b = in.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet2.xml")) b = Arrays.copyOf(b, b.length / 2);
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(b);
        out.closeEntry();
      }
    }
    Files.move(copy, xlsx, StandardCopyOption.REPLACE_EXISTING);
  }

  private int run(StringWriter out, StringWriter err, String... args) {
    String[] base = {"--roster", tmp.resolve("roster.csv").toString(), "--out", tmp.resolve("out").toString()};
    String[] all = Arrays.copyOf(args, args.length + base.length);
    System.arraycopy(base, 0, all, args.length, base.length);
    return new Main(new PrintWriter(out), new PrintWriter(err)).run(all);
  }
}
