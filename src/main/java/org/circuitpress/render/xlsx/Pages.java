package org.circuitpress.render.xlsx;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.circuitpress.model.Paper;

/** Print setup and protection shared by every sheet a writer makes. */
final class Pages {
  private Pages() {}

  /**
   * Fits the sheet to the page width on the client's paper, repeats the header row on every
   * page and numbers the pages in the footer.
   */
  static void printable(Sheet sheet, Paper paper, boolean landscape, int headerRows, String left,
      String right) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(paper == Paper.LETTER ? PrintSetup.LETTER_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(landscape);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    if (headerRows > 0) sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
    Header h = sheet.getHeader();
    h.setLeft(escape(left));
    h.setRight(escape(right));
    Footer f = sheet.getFooter();
    f.setCenter("Page &P of &N");
  }

  /**
   * Protects a sheet without a password: it stops accidents, not people. Column widths stay
   * adjustable so long notes can be read.
   */
  static void protect(SXSSFWorkbook wb, SXSSFSheet sheet) {
    protect(wb.getXSSFWorkbook().getSheet(sheet.getSheetName()));
  }

  static void protect(XSSFSheet x) {
    x.enableLocking();
    x.lockFormatColumns(false);
    x.lockFormatRows(false);
    x.lockSelectLockedCells(false);
    x.lockSelectUnlockedCells(false);
  }

  /**
   * Declares the used range up front: rows are generated only while the workbook is written,
   * after POI would have measured it, and some readers size their view by this range.
   */
  static void dimension(SXSSFWorkbook wb, SXSSFSheet sheet, int lastRow, int lastColumn) {
    var ws = wb.getXSSFWorkbook().getSheet(sheet.getSheetName()).getCTWorksheet();
    String ref = new CellRangeAddress(0, lastRow, 0, lastColumn).formatAsString();
    if (ws.isSetDimension()) ws.getDimension().setRef(ref);
    else ws.addNewDimension().setRef(ref);
  }

  /** An ampersand starts a code in headers and footers; a literal one is doubled. */
  static String escape(String text) {
    return text.replace("&", "&&");
  }
}
