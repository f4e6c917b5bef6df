package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.circuitpress.batch.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole sample run, as {@code ./circuitpress} does it, in a child JVM: exit 0, a handout and a
 * log for every sample client, and nothing on the console but our own lines (no library logging).
 */
class SampleRunTest {
  @TempDir Path tmp;

  @BeforeEach
  void samplesPresent() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("input/csv/roster.csv"))
        && Files.isDirectory(Path.of("templates")), "the sample inputs are in input/ and templates/");
  }

  @Test
  void theSampleRunWritesAHandoutAndALogForEveryClient() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "--out", tmp.toString()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(out + err).isZero();
    assertThat(err).as("nothing but our own diagnostics")
        .doesNotContainIgnoringCase("log4j").doesNotContain("SLF4J", "WARNING:", "Exception");
    List<String> files = Workspace.files(tmp);
    List<String> ids = sampleIds();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(12);
    for (String id : ids) {
      assertThat(files).as(id).anyMatch(f -> f.endsWith("/" + id + "/handout.pdf")).anyMatch(f -> f.endsWith("/" + id + "/log.xlsx"));
    }
    assertThat(files.stream().filter(f -> f.endsWith("/handout.pdf"))).hasSize(ids.size());
    assertThat(files).anyMatch(f -> f.endsWith("/summary.xlsx")).anyMatch(f -> f.endsWith("/report.txt"));
    assertThat(out).contains(ids.size() + " clients: " + ids.size() + " done");
  }

  @Test
  void validateChecksTheSamplesAndWritesNothing() {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int exit = new Main(new java.io.PrintWriter(out), new java.io.PrintWriter(err)).run("validate", "--out", tmp.toString());
    assertThat(exit).as(out + "\n" + err).isZero();
    assertThat(tmp).isEmptyDirectory();
  }

  /** The client ids of the sample roster (CSV, comma or semicolon, maybe with a BOM). */
  static List<String> sampleIds() throws IOException {
    String text = Files.readString(Path.of("input/csv/roster.csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
    char sep = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
    List<String> ids = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(sep).setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord rec : format.parse(new java.io.StringReader(text))) {
      String id = rec.isMapped("client_id") ? rec.get("client_id").strip() : "";
      if (!id.isEmpty()) ids.add(id);
    }
    return ids;
  }
}
