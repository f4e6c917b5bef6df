package org.circuitpress.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;

/**
 * Runs the readers over one corpus case folder the way a run would: library, then roster, then
 * branding, and derives the exit code from the diagnostics (2 when a whole file is unusable, 1 when
 * rows were skipped, else 0).
 */
final class CorpusCase {
  record Result(List<String> lines, int exit, List<Client> clients, Optional<Library> library) {}

  /** The library of cases that are about another file (the batch's CLI test does the same). */
  static final Path SAMPLE_LIBRARY = Path.of("input/csv/exercises.csv");

  private CorpusCase() {}

  static Result run(Path dir) throws IOException {
    Diagnostics d = new Diagnostics();
    Path libFile = find(dir, "exercises").orElse(SAMPLE_LIBRARY);
    Optional<Library> lib = LibraryReader.read(libFile, d);
    List<Client> clients =
        find(dir, "roster")
            .map(f -> RosterReader.read(f, lib.orElse(null), TestData.catalog(), d))
            .orElse(List.of());
    find(dir, "branding").ifPresent(f -> BrandingReader.read(f, d));
    int exit = d.all().stream().anyMatch(TableReader::isWholeFile) ? 2 : d.hasErrors() ? 1 : 0;
    return new Result(d.all().stream().map(Diagnostic::format).toList(), exit, clients, lib);
  }

  /** The case's file whose name (without extension) is {@code stem}. */
  static Optional<Path> find(Path dir, String stem) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith(stem + ".")).sorted().findFirst();
    }
  }

  static List<Path> all(Path corpus) throws IOException {
    try (Stream<Path> s = Files.list(corpus)) {
      // NN-name folders are the reading side's; others (batch-level cases) are run by the CLI test.
      return s.filter(Files::isDirectory)
          .filter(p -> p.getFileName().toString().matches("\\d\\d-.*"))
          .sorted()
          .toList();
    }
  }

  /** Prints every case's diagnostics; with {@code --write}, stores them as expected.txt. */
  public static void main(String[] args) throws IOException {
    Path corpus = Path.of("src/test/resources/corpus");
    boolean write = args.length > 0 && args[0].equals("--write");
    for (Path dir : all(corpus)) {
      Result r = run(dir);
      System.out.println(
          "== "
              + dir.getFileName()
              + " exit "
              + r.exit()
              + " (file says "
              + Files.readString(dir.resolve("exit")).strip()
              + "), clients "
              + r.clients().size());
      r.lines().forEach(l -> System.out.println("   " + l));
      if (write) Files.write(dir.resolve("expected.txt"), r.lines());
    }
  }
}
