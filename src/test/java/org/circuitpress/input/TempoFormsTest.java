package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;
import org.circuitpress.model.Template;
import org.circuitpress.model.WeekRule;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A tempo written {@code 2/2/2/0}, {@code 2:2:2:0}, {@code 2.2.2.0} or {@code 2 2 2 0} is the tempo
 * {@code 2-2-2-0}: the template refused it, and the library left it out with a warning.
 */
class TempoFormsTest {
  @TempDir Path dir;

  private Catalog read(Diagnostics d, String slotTempo, String ruleTempo) throws IOException {
    return readRules(d, slotTempo, "3-,tempo,pull," + ruleTempo);
  }

  private Catalog readRules(Diagnostics d, String slotTempo, String... rules) throws IOException {
    Path t = Files.createDirectories(dir.resolve("neck"));
    Files.writeString(t.resolve("template.csv"), "setting,value\nname,Neck\n");
    Files.writeString(t.resolve("phases.csv"), "phase,name\nwork,Work\n");
    Files.writeString(t.resolve("slots.csv"),
        "phase,slot,role,dose,tempo\nwork,pull,strength,12," + slotTempo + "\n");
    Files.writeString(t.resolve("progression.csv"),
        "weeks,rule,target,value\n2-,add,all,+1\n" + String.join("\n", rules) + "\n");
    return TemplateReader.readAll(dir, TestLibrary.shipped(), d);
  }

  private static List<String> lines(Diagnostics d) {
    return d.all().stream().map(Diagnostic::format).toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2/2/2/0", "2:2:2:0", "2.2.2.0", "2 2 2 0"})
  void aTempoWithOtherMarksBetweenItsNumbersIsReadAsTheDashedTempo(String typed) throws IOException {
    Diagnostics d = new Diagnostics();
    Template t = read(d, typed, typed.replace('2', '4')).template("neck").orElseThrow();
    assertThat(lines(d)).isEmpty();
    assertThat(t.phases().get(0).slots().get(0).tempo()).isEqualTo("2-2-2-0");
    assertThat(t.rules()).filteredOn(r -> r instanceof WeekRule.SetTempo)
        .extracting(r -> ((WeekRule.SetTempo) r).tempo()).containsExactly("4-4-4-0");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"3/X/1/0", "10:0:10:0"})
  void anXOrTwoDigitsStayAsTyped(String typed) throws IOException {
    Diagnostics d = new Diagnostics();
    Template t = read(d, typed, "3-1-3-1").template("neck").orElseThrow();
    assertThat(lines(d)).isEmpty();
    assertThat(t.phases().get(0).slots().get(0).tempo()).isEqualTo(typed.replaceAll("[/:]", "-"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2/2-2/0", "2//2/2/0", "2  2 2 0", "2/2/2", "2/2/2/0/1", "2220", "slow", "2/2/2/s"})
  void otherTextIsStillRefused(String typed) throws IOException {
    String expected = "expected a tempo like 3-1-3-1 (seconds down, pause, up, pause; X = fast), got \"" + typed + "\"";
    String base = dir.getFileName() + "/neck/";
    Diagnostics inSlot = new Diagnostics();
    assertThat(read(inSlot, typed, "3-1-3-1").template("neck")).isEmpty();
    assertThat(lines(inSlot)).first().isEqualTo(base + "slots.csv: E2 (tempo): " + expected);
    Diagnostics inRule = new Diagnostics();
    assertThat(read(inRule, "", typed).template("neck")).isEmpty();
    assertThat(lines(inRule)).first().isEqualTo(base + "progression.csv: D3 (value): " + expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2/2/2/0", "2 2 2 0"})
  void twoRowsWithTheSameTempoWrittenTwoWaysDoNotDisagree(String typed) throws IOException {
    Diagnostics d = new Diagnostics();
    readRules(d, "", "3-,tempo,pull,2-2-2-0", "3-,tempo,all," + typed);
    assertThat(lines(d)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"3/1/3/1", "3:1:3:1", "3.1.3.1", "3 1 3 1"})
  void theLibraryReadsThemToo(String typed) throws IOException {
    Diagnostics d = new Diagnostics();
    Library lib = LibraryReader.read(Files.writeString(dir.resolve("exercises.csv"),
        LibraryReaderTest.HEADER + "pull,Pull,strength,,,beginner,reps,,\"" + typed + "\",,,,,,\n"), d).orElseThrow();
    assertThat(lines(d)).isEmpty();
    assertThat(lib.get("pull").orElseThrow().tempo()).isEqualTo("3-1-3-1");
  }
}
