package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.circuitpress.testing.FilledLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review (month two after the trainer moved a client to another template): the returned
 * log of a client moved to another program was not read at all, so a note of pain they wrote in
 * it was lost without a word, and the client was simply done. The log still decides nothing of the
 * new program's block, but what the client wrote is listed and a note of pain warned about.
 */
class MovedClientsLogTest {
  @TempDir Path tmp;

  private static final String ROW = "c001,Zoe Martin,%s,2026-12-01,beginner,,,foam roller; band light/medium/heavy,,,kg,A4,,";

  @Test
  void aNoteOfPainInTheLogOfAProgramTheClientLeftIsWarnedAbout() throws IOException {
    StringWriter december = new StringWriter();
    assertThat(RealRun.run(tmp, december, java.util.List.of(), String.format(ROW, "upper-back-mobility")).exitCode())
        .as(december.toString()).isZero();
    Path log = tmp.resolve("out/2026-12/c001/log.xlsx");
    FilledLogs.fill(log);
    FilledLogs.type(log, 1, 1, 1, "band-straight-arm-pulldown", "Notes", "sharp pain in low back");
    RealRun.roster(tmp, String.format(ROW, "shoulder-health"));

    StringWriter january = new StringWriter();
    RealRun.run(january, RealRun.options(tmp).withMonth(YearMonth.of(2027, 1)));

    assertThat(january.toString()).contains("warning: Zoe Martin (c001): the client's note on Band straight-arm lat"
        + " pulldown reports pain: \"sharp pain in low back\"");
    String report = Files.readString(tmp.resolve("out/2027-01/report.txt"));
    assertThat(report).contains("c001  done-with-warnings")
        .contains("Zoe Martin (c001): notes the client wrote in log.xlsx: Band straight-arm lat pulldown: \"sharp pain"
            + " in low back\"")
        .contains("its log does not decide this block");
  }
}
