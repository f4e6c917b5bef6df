package org.circuitpress.render.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;
import org.circuitpress.model.Units;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.Test;

class LogExportTest {
  @Test
  void aRowPerClientWeekSessionRoundAndDrillWithTargetBesideActual() throws IOException {
    Program zoe = Fixtures.program();
    Program bo = Fixtures.program(Fixtures.client("=bo", "-Bo @home", Paper.LETTER, Units.LB));
    LogEntry done = new LogEntry(1, 1, 1, "kb-windmill", LocalDate.of(2026, 12, 8), 7.0, 8.0, true, 8,
        "=HYPERLINK(\"evil\")", Location.ofRow("log.xlsx", "Week 1", 9));
    LogEntry band = new LogEntry(1, 1, 1, "band-pulldown", null, 15.0, null, "heavy band", true, null, null,
        Location.ofRow("log.xlsx", "Week 1", 8));
    BlockLog log = new BlockLog("c-001", 1, "log.xlsx", List.of(done, band));
    StringBuilder sb = new StringBuilder();
    LogExport.write(List.of(new LogExport.Logged(zoe, log), new LogExport.Logged(bo, null)), sb);

    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(sb.toString())).getRecords();
    assertThat(rows).hasSize(2 * 240);
    CSVRecord kb = rows.stream().filter(r -> r.get("client_id").equals("c-001") && r.get("week").equals("1")
        && r.get("session").equals("1") && r.get("round").equals("1") && r.get("exercise_id").equals("kb-windmill"))
        .findFirst().orElseThrow();
    assertThat(kb.get("target")).isEqualTo("8");
    assertThat(kb.get("target_load")).isEqualTo("8 kg");
    assertThat(kb.get("actual")).isEqualTo("7");
    assertThat(kb.get("actual_load")).isEqualTo("8");
    assertThat(kb.get("done")).isEqualTo("yes");
    assertThat(kb.get("rpe")).isEqualTo("8");
    assertThat(kb.get("date_done")).isEqualTo("2026-12-08");
    assertThat(kb.get("notes")).isEqualTo("'=HYPERLINK(\"evil\")");
    assertThat(kb.get("source")).isEqualTo("log.xlsx");
    assertThat(kb.get("planned_date")).isEqualTo("2026-12-07");
    // a band's grade, read from the log, stands where a weight would
    assertThat(rows.stream().filter(r -> r.get("client_id").equals("c-001") && r.get("week").equals("1")
        && r.get("session").equals("1") && r.get("round").equals("1") && r.get("exercise_id").equals("band-pulldown"))
        .findFirst().orElseThrow().get("actual_load")).isEqualTo("heavy band");
    CSVRecord first = rows.get(0);
    assertThat(first.get("exercise_id")).isEqualTo("breathing-90-90");
    assertThat(first.get("actual")).isEmpty();
    CSVRecord bos = rows.get(240);
    assertThat(bos.get("client_id")).isEqualTo("'=bo");
    assertThat(bos.get("client_name")).isEqualTo("'-Bo @home");
    assertThat(bos.get("load_units")).isEqualTo("lb");
    // no cell of the whole file starts with a character a spreadsheet would evaluate
    for (CSVRecord r : rows) for (String v : r) assertThat(v).doesNotMatch("^[=+\\-@].*");
  }

  @Test
  void rowsForDrillsTheBlockNoLongerHasFollowTheBlocksOwnRows() throws IOException {
    Program zoe = Fixtures.program();
    LogEntry old = new LogEntry(1, 2, 1, "cable-row", null, 12.0, null, true, 6, "",
        Location.ofRow("log.xlsx", "Week 1", 30));
    LogEntry blank = new LogEntry(1, 2, 2, "cable-row", null, null, null, null, null, null,
        Location.ofRow("log.xlsx", "Week 1", 31));
    StringBuilder sb = new StringBuilder();
    LogExport.write(List.of(new LogExport.Logged(zoe, new BlockLog("c-001", 1, "log.xlsx", List.of(old, blank)))), sb);

    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(sb.toString())).getRecords();
    assertThat(rows).as("the block's 240 rows, then the one filled row it does not have").hasSize(241);
    CSVRecord extra = rows.get(240);
    assertThat(extra.get("exercise_id")).isEqualTo("cable-row");
    assertThat(extra.get("week") + "/" + extra.get("session") + "/" + extra.get("round")).isEqualTo("1/2/1");
    assertThat(extra.get("target")).isEmpty();
    assertThat(extra.get("actual")).isEqualTo("12");
    assertThat(extra.get("done")).isEqualTo("yes");
    assertThat(extra.get("source")).isEqualTo("log.xlsx");
    assertThat(extra.get("planned_date")).isNotEmpty();
  }
}
