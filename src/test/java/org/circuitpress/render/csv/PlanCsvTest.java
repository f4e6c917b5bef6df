package org.circuitpress.render.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.circuitpress.model.Client;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;
import org.circuitpress.model.Units;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PlanCsvTest {
  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }

  @Test
  void oneRowPerClientWeekSessionPhaseAndSlot() throws IOException {
    Program a = Fixtures.program();
    Program b = Fixtures.program(Fixtures.client("c-002", "Ann", Paper.LETTER, Units.LB));
    StringBuilder sb = new StringBuilder();
    PlanCsv.write(List.of(a, b), sb);
    assertThat(sb.toString())
        .startsWith(
            "client_id,block,week,date,session,rounds,deload,phase,slot,exercise_id,exercise,"
                + "dose,unit,per_side,tempo,rest_s,load,substitute_for,why\r\n");
    List<CSVRecord> rows = parse(sb.toString());
    assertThat(rows).hasSize(2 * 4 * 3 * 8);
    CSVRecord first = rows.get(0);
    assertThat(first.get("client_id")).isEqualTo("c-001");
    assertThat(first.get("date")).isEqualTo("2026-12-07");
    assertThat(first.get("session")).isEqualTo("1");
    assertThat(first.get("rounds")).isEqualTo("2");
    assertThat(first.get("phase")).isEqualTo("Decrease neural tone");
    assertThat(first.get("dose")).isEqualTo("10");
    assertThat(first.get("unit")).isEqualTo("breaths");
    CSVRecord windmill =
        rows.stream()
            .filter(
                r ->
                    r.get("exercise_id").equals("kb-windmill")
                        && r.get("week").equals("3")
                        && r.get("client_id").equals("c-002"))
            .findFirst()
            .orElseThrow();
    assertThat(windmill.get("load")).isEqualTo("12 lb");
    assertThat(windmill.get("per_side")).isEqualTo("yes");
    assertThat(windmill.get("tempo")).isEqualTo("3-1-3-1");
    assertThat(rows.stream().map(r -> r.get("date")).distinct().count()).isEqualTo(12);
  }

  @Test
  void formulaLikeTextIsNeutralized() throws IOException {
    Client evil = Fixtures.client("=HYPERLINK(\"x\")", "@evil", Paper.A4, Units.KG);
    StringBuilder sb = new StringBuilder();
    PlanCsv.write(List.of(Fixtures.program(evil)), sb);
    List<CSVRecord> rows = parse(sb.toString());
    assertThat(rows.get(0).get("client_id")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(rows.get(0).get("tempo")).isEmpty();
    assertThat(rows)
        .allSatisfy(r -> assertThat(r.values()).noneMatch(v -> v.matches("^[=+\\-@].*")));
  }
}
