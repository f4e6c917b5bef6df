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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A template's column headed in other words than the documented ones. Found writing a new template
 * as a head trainer would (fixtures /tmp/fa-mist/targetslot, renamedex, capmax): a progression
 * column headed "slot" for target made every rule act on every slot (6 breaths grew to 20, the band
 * row's double progression moved every drill), a slots column headed "exercise_id" gave every slot a
 * drill chosen by role and tags in place of the one named, and a "max" column let doses grow past
 * their caps, each with one warning and every handout made.
 */
class TemplateColumnNamesTest {
  private static final Library LIB = TestLibrary.shipped();

  @TempDir Path dir;

  private void write(String path, String... lines) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, String.join("\n", lines) + "\n");
  }

  private void template(String progressionHeader, String... rules) throws IOException {
    write("neck/template.csv", "setting,value", "name,Neck", "weeks,4");
    write("neck/phases.csv", "phase,name,purpose", "calm,Calm,Breathe.");
    write("neck/slots.csv", "phase,slot,role,tags,exercise,dose,unit",
        "calm,breathe,breathing,ribs,breathing-90-90,6,breaths",
        "calm,roll,soft-tissue,lats,foam-roll-lats,20,seconds");
    String[] lines = new String[rules.length + 1];
    lines[0] = progressionHeader;
    System.arraycopy(rules, 0, lines, 1, rules.length);
    write("neck/progression.csv", lines);
  }

  private static List<String> lines(Diagnostics d) {
    return d.all().stream().map(Diagnostic::format).toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"slot", "Slots", "step", "applies to"})
  void aTargetColumnUnderAnotherUsualNameIsReadAsTarget(String header) throws IOException {
    template("weeks,rule," + header + ",value,cap", "2-,add,roll,+5,30");
    Diagnostics d = new Diagnostics();
    Template t = TemplateReader.readAll(dir, LIB, d).template("neck").orElseThrow();
    assertThat(t.rules()).singleElement().isInstanceOfSatisfying(WeekRule.AddDose.class, r -> {
      assertThat(r.target()).isEqualTo("roll");
      assertThat(r.cap()).isEqualTo(30);
    });
    assertThat(lines(d)).containsExactly(dir.getFileName() + "/neck/progression.csv: C1 (" + header
        + "): warning: the column \"" + header + "\" is read as target, the known column it is probably meant to be;"
        + " name it target to be sure");
  }

  @Test
  void aColumnThatLooksLikeTheTargetsLeavesTheTemplateOutWithoutOne() throws IOException {
    template("weeks,rule,which slot,value,cap", "2-,add,roll,+5,30");
    Diagnostics d = new Diagnostics();
    Catalog c = TemplateReader.readAll(dir, LIB, d);
    assertThat(c.template("neck")).isEmpty();
    assertThat(lines(d)).first().isEqualTo(dir.getFileName() + "/neck/progression.csv: C1 (which slot): there is no"
        + " target column, so every rule would act on every slot of the circuit; \"which slot\" is not read and may"
        + " be it: if so, name it target, else add a column named target (its cells may be empty); the file is not"
        + " read until then");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"max", "Maximum", "limit", "up to"})
  void aCapColumnUnderAnotherUsualNameIsReadAsCap(String header) throws IOException {
    template("weeks,rule,target,value," + header, "2-,add,roll,+5,30");
    Template t = TemplateReader.readAll(dir, LIB, new Diagnostics()).template("neck").orElseThrow();
    assertThat(t.rules()).singleElement().isInstanceOfSatisfying(WeekRule.AddDose.class,
        r -> assertThat(r.cap()).isEqualTo(30));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"exercise_id", "Exercise ID", "drill", "drill id"})
  void aSlotsExerciseColumnUnderAnotherUsualNameNamesTheDrill(String header) throws IOException {
    template("weeks,rule,target,value,cap");
    write("neck/slots.csv", "phase,slot,role,tags," + header + ",dose,unit",
        "calm,roll,soft-tissue,lats,ball-lat-release,20,seconds");
    Diagnostics d = new Diagnostics();
    Template t = TemplateReader.readAll(dir, LIB, d).template("neck").orElseThrow();
    assertThat(t.phases().get(0).slots().get(0).exerciseId()).isEqualTo("ball-lat-release");
    assertThat(lines(d)).anyMatch(l -> l.contains("is read as exercise"));
  }

  @Test
  void aPhasesPurposeColumnHeadedWhyIsPrinted() throws IOException {
    template("weeks,rule,target,value,cap");
    write("neck/phases.csv", "phase,name,why", "calm,Calm,Breathe out long.");
    Template t = TemplateReader.readAll(dir, LIB, new Diagnostics()).template("neck").orElseThrow();
    assertThat(t.phases().get(0).purpose()).isEqualTo("Breathe out long.");
  }

  /**
   * Found writing a new template (fixture /tmp/fa-mist/nocap): a progression whose cap header was
   * deleted kept its caps in a column without a header, ignored with a warning that did not say
   * those were the caps, so every add rule grew without one.
   */
  @Test
  void valuesUnderNoHeaderWhereTheOneMissingColumnWouldBeAreSaidToBeMaybeIt() throws IOException {
    template("weeks,rule,target,value", "2-,add,roll,+5,30");
    Diagnostics d = new Diagnostics();
    TemplateReader.readAll(dir, LIB, d);
    assertThat(lines(d)).containsExactly(dir.getFileName() + "/neck/progression.csv: E2: warning: column E holds"
        + " values but has no header, so it is ignored; if it holds the file's cap, head it cap");
  }
}
