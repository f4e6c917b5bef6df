package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real "disk full" as the operating system reports it: a child JVM under {@code ulimit -f}
 * cannot write files past the limit (EFBIG, "File too large"), like a disk that fills up.
 */
@EnabledOnOs(OS.LINUX)
class FileSizeLimitTest {
  @TempDir Path tmp;

  @Test
  void filesPastTheLimitFailCleanlyAndNothingTruncatedIsLeftVisible() throws Exception {
    String[] rows = new String[6];
    for (int i = 0; i < rows.length; i++) rows[i] = "c" + i + ",Client " + i + ",2026-12-0" + (i + 1);
    Workspace ws = new Workspace(tmp, rows);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of("bash", "-c",
        "ulimit -f 24 && exec \"$0\" -XX:-UsePerfData -Xshare:auto -cp \"$1\" " + ChildRun.class.getName()
            + " generate --threads 1 --roster \"$2\" --library \"$3\" --templates \"$4\" --out \"$5\"",
        java, System.getProperty("java.class.path"), tmp.resolve("roster.csv").toString(),
        tmp.resolve("exercises.csv").toString(), tmp.resolve("templates").toString(), tmp.resolve("out").toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(out + err).isEqualTo(1);
    assertThat(err).contains("could not write: File too large").doesNotContain("Exception", "\tat ");
    assertThat(out).contains("The run stopped early");
    for (String f : Workspace.files(tmp.resolve("out"))) {
      assertThat(f).doesNotEndWith(AtomicFiles.TEMP_SUFFIX);
      if (f.endsWith(".pdf")) assertThat(tail(tmp.resolve("out").resolve(f))).contains("%%EOF");
    }
  }

  private static String tail(Path pdf) throws IOException {
    byte[] b = Files.readAllBytes(pdf);
    return new String(b, Math.max(0, b.length - 64), Math.min(64, b.length), StandardCharsets.ISO_8859_1);
  }
}
