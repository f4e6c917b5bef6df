package org.circuitpress.render.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The few cell styles a workbook needs, made once per workbook: a style per cell would bloat the
 * file and slow every spreadsheet that opens it.
 */
final class Styles {
  private static final byte[] HEADER_FILL = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};
  private static final byte[] GIVEN_FILL = {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2};

  final CellStyle header;
  final CellStyle title;
  final CellStyle label;
  final CellStyle text;
  final CellStyle wrapped;
  final CellStyle given;
  final CellStyle givenNumber;
  final CellStyle givenDate;
  final CellStyle input;
  final CellStyle inputDate;
  final CellStyle number;
  final CellStyle decimal;
  final CellStyle date;

  Styles(Workbook wb) {
    Font bold = wb.createFont();
    bold.setBold(true);
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    short dateFormat = wb.createDataFormat().getFormat("yyyy-mm-dd");
    short decimalFormat = wb.createDataFormat().getFormat("0.0");

    header = filled(wb, HEADER_FILL);
    header.setFont(bold);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setBorderBottom(BorderStyle.THIN);
    title = wb.createCellStyle();
    title.setFont(big);
    label = wb.createCellStyle();
    label.setFont(bold);
    label.setVerticalAlignment(VerticalAlignment.TOP);
    text = wb.createCellStyle();
    text.setVerticalAlignment(VerticalAlignment.TOP);
    wrapped = wb.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    given = filled(wb, GIVEN_FILL);
    givenNumber = filled(wb, GIVEN_FILL);
    givenDate = filled(wb, GIVEN_FILL);
    givenDate.setDataFormat(dateFormat);
    input = boxed(wb);
    inputDate = boxed(wb);
    inputDate.setDataFormat(dateFormat);
    number = wb.createCellStyle();
    decimal = wb.createCellStyle();
    decimal.setDataFormat(decimalFormat);
    date = wb.createCellStyle();
    date.setDataFormat(dateFormat);
  }

  private static CellStyle filled(Workbook wb, byte[] rgb) {
    XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
    s.setFillForegroundColor(new XSSFColor(rgb, null));
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return s;
  }

  /** An unlocked cell with a thin box round it: where the client writes. */
  private static CellStyle boxed(Workbook wb) {
    CellStyle s = wb.createCellStyle();
    s.setLocked(false);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    return s;
  }
}
