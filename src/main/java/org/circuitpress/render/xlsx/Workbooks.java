package org.circuitpress.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Creating and saving the streaming workbooks of this package the same reproducible way. */
final class Workbooks {
  private Workbooks() {}

  /**
   * A streaming workbook whose sheets generate their rows while it is written: inline strings
   * (no shared-string table to build) and no temp files.
   */
  static DeferredSXSSFWorkbook create() {
    DeferredSXSSFWorkbook wb = new DeferredSXSSFWorkbook(null, 1000);
    wb.setShouldCalculateSheetDimensions(false); // see Pages.dimension
    return wb;
  }

  /**
   * Writes the workbook with its core properties and every zip entry dated {@code day}, so the
   * bytes depend on the content only, then disposes of it.
   */
  static void save(SXSSFWorkbook wb, LocalDate day, String title, OutputStream out) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(32 * 1024);
    try {
      POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
      Date created = Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
      core.setCreated(Optional.of(created));
      core.setModified(Optional.of(created));
      core.setCreator("CircuitPress");
      core.setTitle(title);
      wb.writeAvoidingTempFiles(buf);
    } finally {
      wb.close();
    }
    ReproducibleZip.copy(buf.toByteArray(), day, out);
  }
}
