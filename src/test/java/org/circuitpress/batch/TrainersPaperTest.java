package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paper of the trainer's own workbooks, on the real stages. */
class TrainersPaperTest {
  @TempDir Path tmp;

  /**
   * Found in review (a US trainer): summary.xlsx printed on A4 (paperSize 9) though every client
   * of the roster was on Letter.
   */
  @Test
  void aRosterOfClientsOnLetterGetsASummaryOnLetter() throws Exception {
    String fill = ",beginner,,,foam roller,,,lb,Letter,,";
    RealRun.roster(tmp, "c1,Ann,upper-back-mobility,2026-12-01" + fill, "c2,Ben,upper-back-mobility,2026-12-02" + fill);
    assertThat(RealRun.run(new StringWriter(), RealRun.options(tmp)).exitCode()).isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tmp.resolve("out/2026-12/summary.xlsx")))) {
      assertThat(wb.getSheetAt(0).getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.LETTER_PAPERSIZE);
    }
  }
}
