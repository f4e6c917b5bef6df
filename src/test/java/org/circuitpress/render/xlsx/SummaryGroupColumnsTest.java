package org.circuitpress.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.circuitpress.model.Group;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Paper;
import org.junit.jupiter.api.Test;

/** The summary's Gym and Trainer columns, there only when some client has a gym or a trainer. */
class SummaryGroupColumnsTest {
  private static Outcome client(String id, Group group) {
    return new Outcome(id, "Client " + id, "upper-back-mobility", 1, LocalDate.of(2026, 12, 1),
        LocalDate.of(2026, 12, 28), List.of(id + "/handout.pdf"), 0, 0, "done", "", group);
  }

  private static List<String> cells(Row row) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      var cell = row.getCell(c);
      out.add(cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
          ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
    }
    return out;
  }

  private static XSSFWorkbook read(List<Outcome> rows) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(SummaryWriterTest.bytes(rows)));
  }

  @Test
  void theGymAndTrainerFollowTheNameAndTheFilterTakesThemIn() throws IOException {
    try (XSSFWorkbook wb = read(List.of(client("c1", new Group("Riverside", "Sam Lee")),
        client("c2", new Group("Harbour Street", "")), client("c3", Group.NONE)))) {
      XSSFSheet s = wb.getSheet("Summary");
      assertThat(cells(s.getRow(0))).containsExactly("Client", "Name", "Gym", "Trainer", "Program", "Block", "Start",
          "End", "Files", "Substitutes", "Warnings", "Status", "Detail");
      assertThat(cells(s.getRow(1)).subList(0, 6))
          .containsExactly("c1", "Client c1", "Riverside", "Sam Lee", "upper-back-mobility", "1");
      assertThat(cells(s.getRow(2)).subList(2, 5)).containsExactly("Harbour Street", "", "upper-back-mobility");
      assertThat(cells(s.getRow(3)).subList(2, 5)).containsExactly("", "", "upper-back-mobility");
      assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M4");
      // the numbers and dates stay centred under their moved headers
      assertThat(s.getRow(0).getCell(5).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
      assertThat(s.getRow(0).getCell(2).getCellStyle().getAlignment()).isNotEqualTo(HorizontalAlignment.CENTER);
      assertThat(s.getColumnWidth(2)).isEqualTo(s.getColumnWidth(3));
      assertThat(s.getColumnWidth(12)).isEqualTo(38 * 256);
      // the gym and trainer widen the page: it still prints at seven tenths of its size or more
      for (Paper paper : Paper.values()) {
        assertThat(SummaryWriterTest.printScale(s, paper)).as(paper.name()).isGreaterThanOrEqualTo(0.7);
      }
      var pane = s.getPaneInformation();
      assertThat(pane.getVerticalSplitPosition()).as("the id and name stay in view").isEqualTo((short) 2);
    }
  }

  @Test
  void onlyTheColumnSomeClientHasIsShown() throws IOException {
    try (XSSFWorkbook wb = read(List.of(client("c1", Group.NONE), client("c2", new Group("", "Jo"))))) {
      XSSFSheet s = wb.getSheet("Summary");
      assertThat(cells(s.getRow(0)).subList(0, 4)).containsExactly("Client", "Name", "Trainer", "Program");
      assertThat(cells(s.getRow(2)).subList(0, 4)).containsExactly("c2", "Client c2", "Jo", "upper-back-mobility");
    }
  }

  @Test
  void aSummaryOfClientsWithoutAGymIsTheSameAsBefore() throws IOException {
    List<Outcome> none = List.of(client("c1", Group.NONE));
    Outcome o = none.get(0);
    Outcome before = new Outcome(o.clientId(), o.name(), o.program(), o.block(), o.start(), o.end(), o.files(),
        o.substitutes(), o.warnings(), o.status(), o.detail());
    assertThat(SummaryWriterTest.bytes(none)).isEqualTo(SummaryWriterTest.bytes(List.of(before)));
    try (XSSFWorkbook wb = read(none)) {
      assertThat(cells(wb.getSheet("Summary").getRow(0))).containsExactlyElementsOf(SummaryWriter.HEADERS);
    }
  }
}
