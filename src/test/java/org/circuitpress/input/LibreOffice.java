package org.circuitpress.input;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs LibreOffice headless for round-trip tests; {@link #available()} says whether it is installed. */
final class LibreOffice {
  private LibreOffice() {}

  static boolean available() {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String dir : path.split(File.pathSeparator)) if (Files.isExecutable(Path.of(dir, "soffice"))) return true;
    return false;
  }

  /**
   * Converts {@code in} with a filter such as {@code xlsx} or {@code csv:...} into {@code outDir},
   * with a profile of its own so parallel runs do not share one; the profile is deleted afterwards,
   * so a test run leaves nothing in the temporary folder.
   */
  static void convert(Path in, String filter, Path outDir) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("lo-profile");
    List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
        "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir.toString(), in.toString()));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IOException("soffice failed: " + output);
      }
    } finally {
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
