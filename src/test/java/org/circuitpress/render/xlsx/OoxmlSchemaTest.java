package org.circuitpress.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;
import org.circuitpress.model.Units;
import org.circuitpress.plan.Planner;
import org.circuitpress.testing.Fixtures;
import org.circuitpress.testing.SampleInputs;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * The workbooks are written by our own streaming writer, not by POI, so nothing but this test
 * checks that their XML is what the Office Open XML schemas allow (element order, attribute
 * values): Excel refuses or "repairs" a workbook that is not, where LibreOffice and POI read it
 * anyway. Each part is validated with the schema types of POI's full OOXML schema jar.
 */
class OoxmlSchemaTest {
  @Test
  void everySampleClientsLogFollowsTheSchemas() throws IOException, XmlException {
    SampleInputs in = SampleInputs.read();
    Planner planner = in.planner();
    int checked = 0;
    for (Client c : in.clients()) {
      Optional<Program> p = planner.plan(c, YearMonth.of(2026, 12), Optional.empty(), new Diagnostics());
      if (p.isEmpty()) continue;
      assertThat(problems(LogWorkbookWriterTest.bytes(p.get()))).as(c.id()).isEmpty();
      checked++;
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void logsOnLetterInPoundsAndTheSummaryFollowTheSchemas() throws IOException, XmlException {
    assertThat(problems(LogWorkbookWriterTest.bytes(Fixtures.program()))).isEmpty();
    Program letter = Fixtures.program(Fixtures.client("c-2", "Ann & Bo <\"x\">", Paper.LETTER, Units.LB));
    assertThat(problems(LogWorkbookWriterTest.bytes(letter))).isEmpty();
    assertThat(problems(SummaryWriterTest.bytes(SummaryWriterTest.ROWS))).isEmpty();
    assertThat(problems(SummaryWriterTest.bytes(List.of()))).isEmpty();
  }

  @Test
  void aPartThatBreaksTheSchemaIsFound() throws XmlException {
    // the worksheet's children in the wrong order: Excel's "We found a problem with some content"
    String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData/><cols><col min=\"1\" max=\"1\" width=\"6\"/></cols></worksheet>";
    assertThat(problems("xl/worksheets/sheet1.xml", sheet.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .singleElement().asString().contains("xl/worksheets/sheet1.xml", "cols");
  }

  /** What the schemas find wrong in each XML part of the workbook; every part must be known. */
  static List<String> problems(byte[] xlsx) throws IOException, XmlException {
    List<String> problems = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        problems.addAll(problems(e.getName(), zip.readAllBytes()));
      }
    }
    return problems;
  }

  static List<String> problems(String name, byte[] part) throws XmlException {
    InputStream in = new ByteArrayInputStream(part);
    XmlObject doc;
    try {
      if (name.startsWith("xl/worksheets/")) doc = WorksheetDocument.Factory.parse(in);
      else if (name.equals("xl/workbook.xml")) doc = WorkbookDocument.Factory.parse(in);
      else if (name.equals("xl/styles.xml")) doc = StyleSheetDocument.Factory.parse(in);
      else if (name.equals("xl/sharedStrings.xml")) doc = SstDocument.Factory.parse(in);
      else if (name.equals("docProps/app.xml")) doc = PropertiesDocument.Factory.parse(in);
      else if (name.endsWith(".rels") || name.equals("[Content_Types].xml") || name.equals("docProps/core.xml")) {
        return List.of(); // package parts: POI's package reader checks them on every open
      } else {
        return List.of(name + ": a part this test does not know; add its schema type");
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    List<XmlError> errors = new ArrayList<>();
    doc.validate(new XmlOptions().setErrorListener(errors));
    return errors.stream().map(x -> name + ": " + x).toList();
  }
}
