package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DateStylesTest {
  @Test
  void judgesEveryStyleAsPoisStylesTableDoes() throws Exception {
    byte[] styles;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var format = wb.createDataFormat();
      for (String f : List.of("yyyy-mm-dd", "0.0", "d.m.yyyy", "@", "[$-409]mmmm d, yyyy", "General", "hh:mm", "0%")) {
        wb.createCellStyle().setDataFormat(format.getFormat(f));
      }
      for (int builtin : new int[] {14, 15, 22, 2, 49, 0}) wb.createCellStyle().setDataFormat(builtin);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.getStylesSource().writeTo(out);
      styles = out.toByteArray();
    }
    StylesTable poi = new StylesTable(new ByteArrayInputStream(styles));
    DateStyles ours = DateStyles.read(new ByteArrayInputStream(styles));
    int dates = 0;
    for (int i = 1; i < poi.getNumCellStyles() + 2; i++) {
      boolean expected = false;
      if (i < poi.getNumCellStyles()) {
        XSSFCellStyle s = poi.getStyleAt(i);
        expected = DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
      }
      assertThat(ours.isDate(i)).as("style " + i).isEqualTo(expected);
      dates += expected ? 1 : 0;
    }
    assertThat(dates).as("the sample has dates and non-dates").isBetween(3, 10);
  }

  @Test
  void styleZeroAndAWorkbookWithoutStylesHaveNoDates() throws Exception {
    String xml = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
        + "<cellXfs count=\"3\"><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf/></cellXfs></styleSheet>";
    DateStyles s = DateStyles.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(s.isDate(0)).isFalse();
    assertThat(s.isDate(1)).isTrue();
    assertThat(s.isDate(2)).isFalse();
    assertThat(s.isDate(3)).isFalse();
    assertThat(DateStyles.NONE.isDate(1)).isFalse();
  }
}
