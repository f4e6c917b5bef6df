package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found running a chain's roster from a synced folder: a roster.csv saved while the run read it
 * was read cut exactly at a line break, the clients after it missing without a word. The roster
 * and the library are looked at before and after they are read; one that changed between is an
 * error for the file, and nothing is made.
 */
class SavedWhileReadTest {
  @TempDir Path tmp;

  @AfterEach
  void noHook() {
    SavedWhileRead.afterReading = file -> {};
  }

  @Test
  void aCsvRosterCutAtALineBreakAndSavedInFullWhileReadIsAnError() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("input/csv/roster.csv"), StandardCharsets.UTF_8);
    Path roster = tmp.resolve("roster.csv");
    // what the run finds: the first rows, up to a line break; the rest is saved while it reads
    Files.write(roster, lines.subList(0, 4), StandardCharsets.UTF_8);
    Path library = copy("input/csv/exercises.csv");
    assertSavedWhileRead(roster, library, roster, file -> append(file, lines.subList(4, lines.size())));
  }

  @Test
  void anXlsxRosterSavedWhileReadIsAnError() throws IOException {
    Path roster = copy("input/roster.xlsx");
    assertSavedWhileRead(roster, copy("input/exercises.xlsx"), roster, SavedWhileReadTest::savedAgain);
  }

  @Test
  void aCsvLibrarySavedWhileReadIsAnError() throws IOException {
    Path library = copy("input/csv/exercises.csv");
    assertSavedWhileRead(copy("input/csv/roster.csv"), library, library, file -> append(file, List.of("")));
  }

  @Test
  void anXlsxLibrarySavedWhileReadIsAnError() throws IOException {
    Path library = copy("input/exercises.xlsx");
    assertSavedWhileRead(copy("input/roster.xlsx"), library, library, SavedWhileReadTest::savedAgain);
  }

  @Test
  void filesLeftAloneAreReadAsEver() throws IOException {
    Diagnostics d = new Diagnostics();
    Optional<Inputs> in = Inputs.read(options(copy("input/roster.xlsx"), copy("input/exercises.xlsx")),
        Stages.standard(), d);
    assertThat(in).isPresent();
    assertThat(d.all()).extracting(Diagnostic::message).noneMatch(m -> m.contains("changed while"));
  }

  private void assertSavedWhileRead(Path roster, Path library, Path saved, java.util.function.Consumer<Path> save) {
    SavedWhileRead.afterReading = file -> {
      if (file.equals(saved)) save.accept(file);
    };
    Diagnostics d = new Diagnostics();
    Optional<Inputs> in = Inputs.read(options(roster, library), Stages.standard(), d);
    assertThat(in).isEmpty();
    assertThat(d.all()).filteredOn(Diagnostic::isError).extracting(Diagnostic::format).containsExactly(saved
        + ": this file changed while it was being read: it was most likely being saved (from Excel, or by a"
        + " folder that syncs), so what was read may be only part of it and nothing was made from it. Run again"
        + " once it is saved");
  }

  private RunOptions options(Path roster, Path library) {
    return RunOptions.of(roster, library, Path.of("templates"), tmp.resolve("out"));
  }

  private Path copy(String sample) throws IOException {
    Path from = Path.of(sample);
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(from), "the sample inputs are in input/");
    Path to = tmp.resolve(from.getFileName());
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    return to;
  }

  private static void append(Path file, List<String> lines) {
    try {
      Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The same bytes saved again, a moment later, as Excel saves a workbook nothing was changed in. */
  private static void savedAgain(Path file) {
    try {
      Files.write(file, Files.readAllBytes(file));
      Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2_000));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
