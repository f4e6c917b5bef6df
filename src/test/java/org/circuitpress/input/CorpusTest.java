package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.circuitpress.model.Client;
import org.circuitpress.model.Level;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of the malformed-input corpus gives its expected diagnostics and exit code. */
class CorpusTest {
  static final Path CORPUS = TestData.resource("corpus");

  static Stream<Path> cases() throws IOException {
    return CorpusCase.all(CORPUS).stream();
  }

  @Test
  void theCorpusIsLargeEnough() throws IOException {
    assertThat(CorpusCase.all(CORPUS)).hasSizeGreaterThanOrEqualTo(30);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseGivesItsDiagnosticsAndExitCode(Path dir) throws IOException {
    CorpusCase.Result r = CorpusCase.run(dir);
    List<String> expected = Files.readAllLines(dir.resolve("expected.txt"));
    int exit = Integer.parseInt(Files.readString(dir.resolve("exit")).strip());
    String all = String.join("\n", r.lines());
    for (String line : expected) assertThat(all).contains(line.strip());
    assertThat(r.exit()).as("exit code").isEqualTo(exit);
    if (exit != 0) assertThat(expected).as("a failing case names its problem").isNotEmpty();
    if (exit < 2) {
      assertThat(r.clients())
          .as("the valid clients are still read")
          .extracting(Client::id)
          .contains("g01", "g02");
    }
  }

  @Test
  void semicolonCsvWithBomAndExcelStyleTextDecodes() throws IOException {
    List<Client> c = CorpusCase.run(CORPUS.resolve("36-semicolon-bom-excel-text")).clients();
    assertThat(c).hasSize(2);
    assertThat(c.get(0).startDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(c.get(0).equipment().items().keySet()).containsExactly("foam roller", "band");
    assertThat(c.get(0).notes()).isEqualTo("Notes; with a semicolon");
    assertThat(c.get(1).program()).isEqualTo("upper-back-mobility");
    assertThat(c.get(1).level()).isEqualTo(Level.INTERMEDIATE);
    assertThat(c.get(1).weeks()).isEqualTo(4);
    assertThat(c.get(1).startDate()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(c.get(1).units()).isEqualTo(Units.LB);
    assertThat(c.get(1).paper()).isEqualTo(Paper.LETTER);
  }

  @Test
  void formulaResultsAreReadFromTheirSavedValues() throws IOException {
    List<Client> c = CorpusCase.run(CORPUS.resolve("16-formulas")).clients();
    Client mia = c.stream().filter(x -> x.id().equals("g04")).findFirst().orElseThrow();
    assertThat(mia.name()).isEqualTo("Mia Schulz");
    assertThat(mia.startDate()).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(mia.notes()).isEmpty();
  }

  @Test
  void linksClosingACycleAreDropped() throws IOException {
    var lib = CorpusCase.run(CORPUS.resolve("24-easier-harder-cycle")).library().orElseThrow();
    assertThat(lib.get("cycle-a").orElseThrow().easier()).containsExactly("cycle-b");
    assertThat(lib.get("cycle-c").orElseThrow().easier()).isEmpty();
    assertThat(lib.get("self-loop").orElseThrow().harder()).isEmpty();
  }

  @Test
  void unsafeUrlsAndImagesAreLeftOut() throws IOException {
    var lib = CorpusCase.run(CORPUS.resolve("22-javascript-url")).library().orElseThrow();
    assertThat(lib.get("wall-angel").orElseThrow().videoUrl()).isEmpty();
    assertThat(lib.get("breathing-90-90").orElseThrow().videoUrl()).startsWith("https://");
    var images = CorpusCase.run(CORPUS.resolve("28-image-outside-folder")).library().orElseThrow();
    assertThat(images.get("wall-angel").orElseThrow().image()).isEqualTo("images/../images/ok.png");
    assertThat(images.get("cat-cow").orElseThrow().image()).isEmpty();
    assertThat(images.get("thread-needle").orElseThrow().image()).isEmpty();
  }
}
