package org.circuitpress.input;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    try {
      run(profile, "--convert-to", filter, "--outdir", outDir.toString(), in.toString());
    } finally {
      deleteTree(profile);
    }
  }

  /**
   * Opens the workbook {@code in}, types each entry's text into its cell the way a person at the
   * keyboard does (through Calc's input line, which turns {@code 7/10} into a date in a cell of
   * the General format and keeps it as typed in a Text cell) and saves the workbook as {@code
   * out}. An entry is a sheet's name, a cell such as {@code P2} and the text, none holding "|".
   * Done by a Basic macro (test resource {@code libreoffice/Module1.xba}) put into a profile of
   * its own, made for the purpose and deleted afterwards.
   */
  static void type(Path in, Path out, List<String[]> entries) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("lo-profile");
    try {
      run(profile, "--terminate_after_init"); // makes the profile, into which the macro then goes
      Path module = profile.resolve("user/basic/Standard/Module1.xba");
      try (InputStream macro = LibreOffice.class.getResourceAsStream("/libreoffice/Module1.xba")) {
        Files.copy(macro, module, StandardCopyOption.REPLACE_EXISTING);
      }
      Path list = profile.resolve("typed.txt");
      Files.write(list, entries.stream().map(e -> String.join("|", e)).toList(), StandardCharsets.UTF_8);
      Files.deleteIfExists(out);
      String output = run(profile, "macro:///Standard.Module1.TypeInto(\"" + in.toUri() + "\",\"" + out.toUri()
          + "\",\"" + list + "\")");
      if (!Files.exists(out)) throw new IOException("the macro saved nothing: " + output);
    } finally {
      deleteTree(profile);
    }
  }

  /** Runs soffice headless with a profile, returning what it printed; an exit code but 0 is an error. */
  private static String run(Path profile, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
        "--headless", "--norestore"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException("soffice failed: " + output);
    }
    return output;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
