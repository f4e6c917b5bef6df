package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.circuitpress.batch.FakeStages;
import org.circuitpress.batch.OutputSink;
import org.circuitpress.batch.Workspace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found walking through the README as a trainer who lives in Excel: {@code plan --format csv} went
 * only to the screen, and its CSV redirected into a file has no byte-order mark, so Excel, opening
 * it with a double-click, read it in the computer's own code page (a trainer named Zoë Müller as
 * ZoÃ« MÃ¼ller). {@code --file} writes it as {@code log-export.csv} is written: with the mark. On
 * the screen, for a pipe into another tool, it stays without one.
 */
class PlanFileTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private String[] common;

  @BeforeEach
  void roster() throws IOException {
    new Workspace(tmp, "anna-k,Anna,2026-12-07", "ben-o,Ben,2026-12-01");
    common = new String[] {"--roster", tmp.resolve("roster.csv").toString(), "--library",
        tmp.resolve("exercises.csv").toString(), "--templates", tmp.resolve("templates").toString(), "--out",
        tmp.resolve("out").toString()};
  }

  private int run(String... args) {
    String[] all = Arrays.copyOf(args, args.length + common.length);
    System.arraycopy(common, 0, all, args.length, common.length);
    return new Main(new PrintWriter(out), new PrintWriter(err), new FakeStages(), OutputSink.FILES).run(all);
  }

  @Test
  void theCsvWrittenToAFileStartsWithTheByteOrderMarkAndTheScreensDoesNot() throws IOException {
    Path file = tmp.resolve("plan.csv");
    assertThat(run("plan", "--all", "--format", "csv", "--file", file.toString())).as(err.toString()).isZero();
    byte[] bytes = Files.readAllBytes(file);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFcsv,anna-k\ncsv,ben-o\n");
    assertThat(out.toString()).doesNotContain("csv,").contains("Wrote the programs of 2 clients to " + file);
    out.getBuffer().setLength(0);
    assertThat(run("plan", "--all", "--format", "csv")).isZero();
    assertThat(out.toString()).isEqualTo("csv,anna-k\ncsv,ben-o\n");
  }

  @Test
  void aFileNamedWithoutFormatGetsTheCsvOfOneClient() throws IOException {
    Path file = tmp.resolve("ben.csv");
    assertThat(run("plan", "--client", "ben-o", "--file", file.toString())).as(err.toString()).isZero();
    assertThat(Workspace.read(file)).isEqualTo("\uFEFFcsv,ben-o\n");
    assertThat(out.toString()).isEqualTo("Wrote the program of 1 client to " + file + "\n");
    assertThat(run("plan", "--client", "ben-o", "--format", "text", "--file", tmp.resolve("t.txt").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("circuitpress: --file writes the CSV; leave out --format text")
        .contains("Try 'circuitpress plan --help' for more.");
    assertThat(tmp.resolve("t.txt")).doesNotExist();
  }

  /**
   * The sample clients, two with trainers whose names Excel garbles without the mark: the file is
   * the mark, then the CSV the screen shows, byte for byte.
   */
  @Test
  void theFileHoldsTheScreensCsvWithTheMarkBeforeIt() throws IOException {
    Assumptions.assumeTrue(Files.exists(Path.of("input/csv/roster.csv")), "the sample inputs are in input/");
    List<String> rows = new ArrayList<>(Files.readAllLines(Path.of("input/csv/roster.csv"), StandardCharsets.UTF_8));
    rows.set(0, rows.get(0) + ",trainer");
    rows.set(1, rows.get(1) + ",Zoë Müller");
    rows.set(2, rows.get(2) + ",Вера Иванова");
    Path roster = Files.write(tmp.resolve("trainers.csv"), rows, StandardCharsets.UTF_8);
    String[] inputs = {"--roster", roster.toString(), "--library", "input/csv/exercises.csv", "--out",
        tmp.resolve("out").toString()};
    StringWriter screen = new StringWriter();
    Main main = new Main(new PrintWriter(screen), new PrintWriter(err));
    Path file = tmp.resolve("plan.csv");
    assertThat(main.run(concat(inputs, "plan", "--all", "--file", file.toString()))).as(err.toString()).isZero();
    screen.getBuffer().setLength(0);
    assertThat(main.run(concat(inputs, "plan", "--all", "--format", "csv"))).as(err.toString()).isZero();
    assertThat(screen.toString()).startsWith("client_id,")
        .contains(",Zoë Müller\r\n", ",Вера Иванова\r\n");
    byte[] bytes = Files.readAllBytes(file);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(Arrays.copyOfRange(bytes, 3, bytes.length))
        .isEqualTo(screen.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  private static String[] concat(String[] inputs, String... command) {
    String[] all = Arrays.copyOf(command, command.length + inputs.length);
    System.arraycopy(inputs, 0, all, command.length, inputs.length);
    return all;
  }

  /** Nothing a trainer typed is overwritten: only a new file or an earlier plan CSV is written over. */
  @Test
  void anExistingFileThatIsNoPlanCsvIsLeftAsItIs() throws IOException {
    Path roster = tmp.resolve("roster.csv");
    String before = Workspace.read(roster);
    assertThat(run("plan", "--all", "--file", roster.toString())).isEqualTo(2);
    assertThat(Workspace.read(roster)).isEqualTo(before);
    assertThat(err.toString()).contains(roster + ": exists and is not a plan CSV, so it was not replaced");
    assertThat(run("plan", "--all", "--file", tmp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(tmp + ": is a folder; give a file name, such as plan.csv");
    // an earlier plan CSV, as written or as Excel saves it ("CSV UTF-8", with the mark), is replaced,
    // and kept beside it, since it differs
    String old = "\uFEFFclient_id,block,week,date,session,rounds,"
        + "deload,phase,slot,exercise_id,exercise,dose,unit,per_side,tempo,rest_s,load,substitute_for,why,gym\nold\n";
    Path earlier = Files.writeString(tmp.resolve("earlier.csv"), old);
    assertThat(run("plan", "--all", "--file", earlier.toString())).as(err.toString()).isZero();
    assertThat(Workspace.read(earlier)).isEqualTo("\uFEFFcsv,anna-k\ncsv,ben-o\n");
    assertThat(Workspace.read(tmp.resolve("earlier.replaced.csv"))).isEqualTo(old);
    assertThat(tmp.resolve("out")).doesNotExist();
    assertThat(Workspace.files(tmp)).noneMatch(f -> f.contains("cptmp"));
  }

  /**
   * Found in review: a --month typed before every client's start (2020-01 for 2026-12) gave no
   * program, and "Wrote the programs of 0 clients" replaced the earlier plan CSV, edits and all,
   * with its first line alone. With no program to write, the file is left as it is.
   */
  @Test
  void noProgramToWriteLeavesAnEarlierPlanCsvAsItIs() throws IOException {
    String before = "\uFEFFclient_id,block,week,date,session,rounds,deload,phase,slot,exercise_id,exercise,dose,unit,"
        + "per_side,tempo,rest_s,load,substitute_for,why\nanna-k,1,1,2026-12-07,A,2,no,,,,,,,,,,,,my note\n";
    Path earlier = Files.writeString(tmp.resolve("plan.csv"), before);
    assertThat(run("plan", "--all", "--month", "2020-01", "--file", earlier.toString())).as(err.toString()).isZero();
    assertThat(Workspace.read(earlier)).isEqualTo(before);
    assertThat(out.toString()).isEqualTo("Nothing was written to " + earlier
        + ": no client has a program in 2020-01 (the messages above say why)\n");
    assertThat(Workspace.files(tmp)).noneMatch(f -> f.contains("cptmp"));
  }
}
