package org.circuitpress.render.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.circuitpress.model.Client;
import org.circuitpress.model.Group;
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

  private static Program program(String id, Group group) {
    Client c = Fixtures.client(id, "Client " + id, Paper.A4, Units.KG);
    return Fixtures.program(new Client(c.id(), c.name(), c.program(), c.startDate(), c.level(), c.weeks(),
        c.sessionsPerWeek(), c.equipment(), c.limitations(), c.exclude(), c.units(), c.paper(), c.notes(),
        c.email(), c.where(), c.startLoads(), group));
  }

  /**
   * Found in review: summary.xlsx, report.txt and the export-logs CSV name each client's gym and
   * trainer, but plan --format csv did not, so a chain could not filter it by gym. The columns come
   * last, and only when some client has a value, as in the summary.
   */
  @Test
  void theGymAndTrainerComeLastWhenSomeClientHasThem() throws IOException {
    StringBuilder both = new StringBuilder();
    PlanCsv.write(List.of(program("c1", new Group("Riverside", "Sam Lee")), program("c2", Group.NONE)), both);
    assertThat(both.toString()).startsWith("client_id,block,week,date,session,rounds,deload,phase,slot,exercise_id,"
        + "exercise,dose,unit,per_side,tempo,rest_s,load,substitute_for,why,gym,trainer\r\n");
    List<CSVRecord> rows = parse(both.toString());
    assertThat(rows).filteredOn(r -> r.get("client_id").equals("c1"))
        .isNotEmpty().allSatisfy(r -> {
          assertThat(r.get("gym")).isEqualTo("Riverside");
          assertThat(r.get("trainer")).isEqualTo("Sam Lee");
        });
    assertThat(rows).filteredOn(r -> r.get("client_id").equals("c2"))
        .isNotEmpty().allSatisfy(r -> assertThat(r.get("gym") + r.get("trainer")).isEmpty());

    StringBuilder trainerOnly = new StringBuilder();
    PlanCsv.write(List.of(program("c1", new Group("", "Jo"))), trainerOnly);
    assertThat(trainerOnly.toString()).startsWith("client_id,block,week,date,session,rounds,deload,phase,slot,"
        + "exercise_id,exercise,dose,unit,per_side,tempo,rest_s,load,substitute_for,why,trainer\r\n");
    assertThat(parse(trainerOnly.toString())).allSatisfy(r -> assertThat(r.get("trainer")).isEqualTo("Jo"));

    // a roster with neither gives the CSV it always gave
    StringBuilder none = new StringBuilder();
    PlanCsv.write(List.of(program("c1", Group.NONE)), none);
    StringBuilder before = new StringBuilder();
    PlanCsv.write(List.of(Fixtures.program(Fixtures.client("c1", "Client c1", Paper.A4, Units.KG))), before);
    assertThat(none.toString()).isEqualTo(before.toString()).contains(",why\r\n");
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
