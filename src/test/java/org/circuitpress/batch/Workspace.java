package org.circuitpress.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A temporary folder with a fake roster, library and templates, and the streams of a run. */
public final class Workspace {
  public final Path root;
  public final StringWriter out = new StringWriter();
  public final StringWriter err = new StringWriter();

  public Workspace(Path root, String... rosterLines) throws IOException {
    this.root = root;
    StringBuilder sb = new StringBuilder("client_id,name,start_date\n");
    for (String l : rosterLines) sb.append(l).append('\n');
    Files.writeString(root.resolve("roster.csv"), sb, StandardCharsets.UTF_8);
    Files.writeString(root.resolve("exercises.csv"), "exercise_id\n");
    Files.createDirectories(root.resolve("templates"));
  }

  public RunOptions options() {
    return RunOptions.of(root.resolve("roster.csv"), root.resolve("exercises.csv"), root.resolve("templates"),
        root.resolve("out")).withThreads(4);
  }

  public Screen screen() {
    return new Screen(new PrintWriter(out, true), new PrintWriter(err, true), false);
  }

  public Run run(Stages stages) {
    return new Run(stages, screen(), OutputSink.FILES).keepingResults();
  }

  /** Every regular file under {@code dir}, relative, sorted; hidden temp files included. */
  public static List<String> files(Path dir) throws IOException {
    if (!Files.exists(dir)) return List.of();
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }

  /**
   * A process number that no process has right now, for a temporary file a killed run left: its
   * name carries the number of the process that wrote it.
   */
  public static long deadPid() {
    for (long pid = 999_999; pid > 1; pid--) {
      if (ProcessHandle.of(pid).isEmpty()) return pid;
    }
    throw new IllegalStateException("every process number is taken");
  }

  /**
   * The temporary file a run killed while writing {@code target} in {@code folder} left, named as
   * runs name them ({@link AtomicFiles#tempName}, with {@code role} or null).
   */
  static Path leftOver(Path folder, String target, String role) throws IOException {
    Files.createDirectories(folder);
    return Files.writeString(folder.resolve("." + target + "." + deadPid() + "-" + (role == null ? "1" : "1-" + role)
        + AtomicFiles.TEMP_SUFFIX), "half a file");
  }

  public static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
