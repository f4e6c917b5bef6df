package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.circuitpress.testing.FilledLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export-logs reads the month's logs on several threads: the CSV and what the screen says are
 * the same, byte for byte, as with one thread.
 */
class ExportLogsThreadsTest {
  @TempDir Path tmp;

  @Test
  void theExportIsTheSameWithOneThreadAndWithSeveral() throws IOException {
    MonthlyRunTest.firstSampleClients(tmp.resolve("roster.csv"), 10);
    assertThat(run(new StringWriter(), new StringWriter(), "generate", "--month", "2026-12")).isZero();
    List<Path> logs;
    try (Stream<Path> folders = Files.list(tmp.resolve("out/2026-12"))) {
      logs = folders.map(f -> f.resolve("log.xlsx")).filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(logs).hasSizeGreaterThan(4);
    // every other client brings their log back filled
    for (int i = 0; i < logs.size(); i += 2) FilledLogs.fill(logs.get(i));

    StringWriter out1 = new StringWriter();
    StringWriter err1 = new StringWriter();
    StringWriter outN = new StringWriter();
    StringWriter errN = new StringWriter();
    Path one = tmp.resolve("one.csv");
    Path several = tmp.resolve("several.csv");
    assertThat(run(out1, err1, "export-logs", "--month", "2026-12", "--threads", "1", "--file", one.toString()))
        .as(err1.toString()).isZero();
    assertThat(run(outN, errN, "export-logs", "--month", "2026-12", "--threads", "4", "--file", several.toString()))
        .as(errN.toString()).isZero();

    assertThat(out1.toString()).contains("with logged entries) to").doesNotContain("(0 with logged entries)");
    assertThat(Files.readAllBytes(several)).isEqualTo(Files.readAllBytes(one));
    assertThat(outN.toString().replace(several.toString(), one.toString())).isEqualTo(out1.toString());
    assertThat(errN.toString()).isEqualTo(err1.toString());
  }

  private int run(StringWriter out, StringWriter err, String... args) {
    String[] base = {"--roster", tmp.resolve("roster.csv").toString(), "--out", tmp.resolve("out").toString()};
    String[] all = java.util.Arrays.copyOf(args, args.length + base.length);
    System.arraycopy(base, 0, all, args.length, base.length);
    return new Main(new PrintWriter(out), new PrintWriter(err)).run(all);
  }
}
