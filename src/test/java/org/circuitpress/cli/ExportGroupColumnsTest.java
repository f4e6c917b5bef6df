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

  /**
   * Found walking through the README as a trainer: Excel, opening the export with a double-click,
   * reads a CSV without UTF-8's byte-order mark in the computer's own code page, so a client named
   * Zoë showed as ZoÃ«. The export starts with the mark, and is still known as an export when
   * named again.
   */
  @Test
  void theExportStartsWithTheByteOrderMarkSoExcelReadsItsLettersRight() throws IOException {
    new Workspace(tmp, "a,Zoë,2026-12-01");
    StringWriter err = new StringWriter();
    Main main = new Main(new PrintWriter(new StringWriter()), new PrintWriter(err), new FakeStages(), OutputSink.FILES);
    String[] common = {"--roster", tmp.resolve("roster.csv").toString(), "--library",
        tmp.resolve("exercises.csv").toString(), "--templates", tmp.resolve("templates").toString(), "--out",
        tmp.resolve("out").toString()};
    assertThat(main.run(concat(List.of("generate"), common))).isZero();
    assertThat(main.run(concat(List.of("export-logs"), common))).as(err.toString()).isZero();
    Path export = tmp.resolve("out/2026-12/log-export.csv");
    byte[] bytes = Files.readAllBytes(export);
    assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFFa,");
    // an export with the mark (this one, or one Excel saved as "CSV UTF-8") is replaced when named again
    Path copy = Files.writeString(tmp.resolve("copy.csv"), "\uFEFF" + String.join(",", LogExport.HEADER) + "\nold\n");
    assertThat(main.run(concat(List.of("export-logs", "--file", copy.toString()), common))).as(err.toString())
        .isZero();
    assertThat(Workspace.read(copy)).doesNotContain("old");
  }

  private static String[] concat(List<String> first, String[] rest) {
    String[] all = first.toArray(new String[first.size() + rest.length]);
    System.arraycopy(rest, 0, all, first.size(), rest.length);
    return all;
  }
}
