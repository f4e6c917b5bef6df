package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.circuitpress.batch.Workspace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every case of {@code src/test/resources/corpus/<case>/} (malformed inputs) and {@code
 * corpus-batch/<case>/} (output-side cases) through the real command line. A case folder holds
 * its inputs ({@code roster.*}; optionally {@code exercises.*}, {@code templates/}, {@code
 * branding.*}, else the samples in {@code input/} and {@code templates/}), {@code
 * expected.txt} (lines the output must contain), {@code exit} (the exit code), and optionally
 * {@code args} (the command and options, default {@code generate}) and {@code produced} (client
 * folders that must get a handout and a log).
 */
class CorpusTest {
  /** The input helper's malformed inputs, and the output-side cases of the batch stage. */
  static final List<Path> CORPORA = List.of(Path.of("src/test/resources/corpus"), Path.of("src/test/resources/corpus-batch"));

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyCase() throws IOException {
    Assumptions.assumeTrue(Files.exists(sample("input/exercises")) && Files.isDirectory(Path.of("templates")),
        "the cases use the sample library and templates");
    List<Path> cases = new ArrayList<>();
    for (Path corpus : CORPORA) {
      if (!Files.isDirectory(corpus)) continue;
      try (Stream<Path> s = Files.list(corpus)) {
        cases.addAll(s.filter(Files::isDirectory).filter(d -> Files.exists(d.resolve("exit"))).sorted().toList());
      }
    }
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private void check(Path dir) throws IOException {
    Path out = tmp.resolve(dir.getFileName().toString());
    List<String> args = new ArrayList<>(List.of(read(dir, "args").orElse("generate").strip().split("\\s+")));
    input(dir, "roster").ifPresent(f -> args.addAll(List.of("--roster", f.toString())));
    Optional<Path> library = input(dir, "exercises");
    args.addAll(List.of("--library", library.orElse(sample("input/exercises")).toString()));
    Path templates = Files.isDirectory(dir.resolve("templates")) ? dir.resolve("templates") : Path.of("templates");
    args.addAll(List.of("--templates", templates.toString()));
    input(dir, "branding").ifPresent(f -> args.addAll(List.of("--branding", f.toString())));
    args.addAll(List.of("--out", out.toString(), "--threads", "2"));

    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int exit = new Main(new PrintWriter(o), new PrintWriter(e)).run(args.toArray(String[]::new));
    String shown = o + "\n" + e;
    String all = shown + "\n" + reports(out);

    assertThat(exit).as("exit code of %s\n%s", args, shown).isEqualTo(Integer.parseInt(read(dir, "exit").orElseThrow().strip()));
    for (String line : read(dir, "expected.txt").orElse("").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      assertThat(all).as("output of %s", dir.getFileName()).contains(catalogFree(line));
    }
    assertThat(shown).doesNotContain("Exception", "\tat ", "at org.", "at java.");
    List<String> files = Workspace.files(out);
    assertThat(files).noneMatch(f -> f.endsWith(".cptmp"));
    if (exit == 2) assertThat(files).as("an unreadable input writes nothing").isEmpty();
    for (String folder : read(dir, "produced").orElse("").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      assertThat(files).as("files of %s", folder).anyMatch(f -> f.endsWith("/" + folder + "/handout.pdf"))
          .anyMatch(f -> f.endsWith("/" + folder + "/log.xlsx"));
    }
  }

  /**
   * The reader-level corpus test lists the programs of a stand-in catalog where an unknown
   * program is named; a real run lists the shipped templates. The rest of the line must match.
   */
  private static String catalogFree(String line) {
    int at = line.indexOf("; known programs are ");
    return at < 0 ? line : line.substring(0, at + "; known programs are ".length());
  }

  /** The case's own file named {@code stem.*} (any extension), if it has one. */
  private static Optional<Path> input(Path dir, String stem) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().startsWith(stem + ".")).sorted().findFirst();
    }
  }

  private static Path sample(String stem) {
    Path xlsx = Path.of(stem + ".xlsx");
    return Files.exists(xlsx) ? xlsx : Path.of(stem + ".csv");
  }

  private static Optional<String> read(Path dir, String name) throws IOException {
    Path f = dir.resolve(name);
    return Files.exists(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8)) : Optional.empty();
  }

  private static String reports(Path out) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String f : Workspace.files(out)) {
      if (f.endsWith(".txt")) sb.append(Files.readString(out.resolve(f), StandardCharsets.UTF_8)).append('\n');
    }
    return sb.toString();
  }
}
