package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.batch.FakeStages;
import org.circuitpress.batch.OutputSink;
import org.circuitpress.batch.Workspace;
import org.circuitpress.render.csv.LogExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export's gym and trainer columns come after the columns an export had before them, and an
 * export written before them is still known as one, so that {@code export-logs --file} replaces it.
 */
class ExportGroupColumnsTest {
  @TempDir Path tmp;

  @Test
  void theGymAndTrainerComeLastAfterEveryColumnAsItWas() {
    assertThat(LogExport.HEADER.subList(LogExport.HEADER.size() - 2, LogExport.HEADER.size()))
        .containsExactly("gym", "trainer");
    assertThat(LogExport.FIRST_HEADER).hasSize(24).startsWith("client_id", "client_name").endsWith("source");
  }

  @Test
  void anExportWrittenBeforeTheGymAndTrainerColumnsIsReplacedWhenNamedAgain() throws IOException {
    new Workspace(tmp, "a,A,2026-12-01");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main main = new Main(new PrintWriter(out), new PrintWriter(err), new FakeStages(), OutputSink.FILES);
    String[] common = {"--roster", tmp.resolve("roster.csv").toString(), "--library",
        tmp.resolve("exercises.csv").toString(), "--templates", tmp.resolve("templates").toString(), "--out",
        tmp.resolve("out").toString()};
    assertThat(main.run(concat(List.of("generate"), common))).isZero();
    Path earlier = Files.writeString(tmp.resolve("earlier.csv"),
        "client_id,client_name,program,block,week,session,planned_date,round,step,exercise_id,exercise,target,unit,"
            + "per_side,tempo,target_load,done,actual,actual_load,load_units,rpe,date_done,notes,source\nold\n");
    assertThat(main.run(concat(List.of("export-logs", "--file", earlier.toString()), common))).as(err.toString())
        .isZero();
    assertThat(Workspace.read(earlier)).doesNotContain("old");
  }

  private static String[] concat(List<String> first, String[] rest) {
    String[] all = first.toArray(new String[first.size() + rest.length]);
    System.arraycopy(rest, 0, all, first.size(), rest.length);
    return all;
  }
}
