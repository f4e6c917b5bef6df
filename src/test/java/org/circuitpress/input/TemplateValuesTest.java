package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Dose;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Found in review (fixtures /tmp/review-tpl/fx/m07, m15): a template value written with its unit
 * ({@code 4 weeks}, {@code 3x}, {@code 45s}, a dose {@code 12 reps}) was refused, while the roster
 * and the library read such values.
 */
class TemplateValuesTest {
  @TempDir Path dir;

  private Catalog read(Diagnostics d, String setting, String value, String slot) throws IOException {
    Path t = Files.createDirectories(dir.resolve("neck"));
    Files.writeString(t.resolve("template.csv"), "setting,value\nname,Neck\n" + setting + "," + value + "\n");
    Files.writeString(t.resolve("phases.csv"), "phase,name\ncalm,Calm\n");
    Files.writeString(t.resolve("slots.csv"), "phase,slot,role,dose,unit,per_side,rest\n" + slot + "\n");
    Files.writeString(t.resolve("progression.csv"), "weeks,rule,target,value\n2-,add,all,+1\n");
    return TemplateReader.readAll(dir, TestLibrary.shipped(), d);
  }

  private static List<String> lines(Diagnostics d) {
    return d.all().stream().map(Diagnostic::format).toList();
  }

  private static final String SLOT = "calm,breathe,breathing,8,breaths,,";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
    "weeks|4 weeks|4 weeks", "sessions_per_week|3x|3 sessions a week", "rounds|3x|3 rounds",
    "rounds|3 rounds|3 rounds", "rest_between_rounds|45s|45 seconds",
    "rest_between_rounds|30 sec|30 seconds", "rest_between_rounds|1 min|60 seconds"})
  void aSettingWithItsUnitIsReadWithAWarning(String setting, String value, String how)
      throws IOException {
    Diagnostics d = new Diagnostics();
    Template t = read(d, setting, value, SLOT).template("neck").orElseThrow();
    assertThat(how).startsWith(TemplateSettingsTest.value(t, setting) + " ");
    assertThat(lines(d)).containsExactly(dir.getFileName() + "/neck/template.csv: B3 (" + setting + "): warning: \"" + value
        + "\" is read as " + how);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "12 reps|||12|REPS|false|12 reps",
    "30s|||30|SECONDS|false|30 seconds",
    "30s|seconds|yes|30|SECONDS|true|30 seconds",
    "10 breaths|breaths||10|BREATHS|false|10 breaths",
    "8 reps each side|||8|REPS|true|8 reps each side",
    "1 min|||60|SECONDS|false|60 seconds"})
  void aDoseWithItsUnitIsReadWithAWarning(String dose, String unit, String perSide, int amount, DoseUnit read,
      boolean side, String how) throws IOException {
    Diagnostics d = new Diagnostics();
    String slot = "calm,breathe,breathing," + dose + "," + (unit == null ? "" : unit) + ","
        + (perSide == null ? "" : perSide) + ",30 sec";
    Template t = read(d, "weeks", "4", slot).template("neck").orElseThrow();
    assertThat(t.phases().get(0).slots().get(0).dose()).isEqualTo(new Dose(amount, read, side));
    assertThat(t.phases().get(0).slots().get(0).restSeconds()).isEqualTo(30);
    String base = dir.getFileName() + "/neck/slots.csv: ";
    assertThat(lines(d)).containsExactly(
        base + "D2 (dose): warning: \"" + dose + "\" is read as " + how + "; write the number alone here, and"
            + " what it counts in the unit and per_side columns",
        base + "G2 (rest): warning: \"30 sec\" is read as 30 seconds");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "3 x 10|reps|a dose is the amount of one round: write 10 here, and the rounds (3) in the template sheet's"
        + " rounds setting, which counts for the whole circuit",
    "30s|reps|the dose says seconds but the unit column says reps; write the number alone here"})
  void aDoseThatIsNotOneRoundsAmountOfItsUnitIsRefusedWithWhatToWrite(String dose, String unit, String message)
      throws IOException {
    Diagnostics d = new Diagnostics();
    Catalog c = read(d, "weeks", "4", "calm,breathe,breathing," + dose + "," + unit + ",,");
    assertThat(c.template("neck")).isEmpty();
    assertThat(lines(d)).contains(dir.getFileName() + "/neck/slots.csv: D2 (dose): " + message);
  }

  /**
   * Found writing a template: one without a name had its other settings and sheets left unread, so
   * a wrong weeks or use, or a wrong dose, showed only in the run after the name was added.
   */
  @Test
  void aTemplateWithoutANameStillHasEveryOtherProblemSaid() throws IOException {
    Path t = Files.createDirectories(dir.resolve("neck"));
    Files.writeString(t.resolve("template.csv"), "setting,value\nweeks,twenty\nrounds,3x\n");
    Files.writeString(t.resolve("phases.csv"), "phase,name\ncalm,Calm\n");
    Files.writeString(t.resolve("slots.csv"), "phase,slot,role,dose\ncalm,breathe,breathing,ten\ncalm,hold,breathing,8\n");
    Diagnostics d = new Diagnostics();
    assertThat(TemplateReader.readAll(dir, TestLibrary.shipped(), d).template("neck")).isEmpty();
    String base = dir.getFileName() + "/neck";
    assertThat(lines(d)).containsExactly(
        base + "/template.csv: the template needs a name (a row \"name\" with a value)",
        base + "/template.csv: B2 (weeks): expected a whole number from 1 to 16, got \"twenty\"",
        base + "/template.csv: B3 (rounds): warning: \"3x\" is read as 3 rounds",
        base + "/slots.csv: D2 (dose): expected a whole number from 1 to 3600, got \"ten\"",
        base + ": template \"neck\" is left out: it has no name and 2 other errors (above); its clients get no"
            + " program until it is fixed");
  }

  /**
   * Found in review: a template without a name whose slots all had errors was said to have "no
   * name and no usable slots", as if it had no slots, with a warning besides for each step "has no
   * usable slots; it is left out", where the slots' errors were the reason.
   */
  @Test
  void aTemplateWithoutANameWhoseSlotsAllHaveErrorsCountsThem() throws IOException {
    Path t = Files.createDirectories(dir.resolve("neck"));
    Files.writeString(t.resolve("template.csv"), "setting,value\nweeks,4\n");
    Files.writeString(t.resolve("phases.csv"), "phase,name\ncalm,Calm\nwork,Work\n");
    Files.writeString(t.resolve("slots.csv"), "phase,slot,role,dose\ncalm,breathe,breathing,ten\nwork,hold,,8\n");
    Diagnostics d = new Diagnostics();
    assertThat(TemplateReader.readAll(dir, TestLibrary.shipped(), d).template("neck")).isEmpty();
    String base = dir.getFileName() + "/neck";
    assertThat(lines(d)).containsExactly(
        base + "/template.csv: the template needs a name (a row \"name\" with a value)",
        base + "/slots.csv: D2 (dose): expected a whole number from 1 to 3600, got \"ten\"",
        base + "/slots.csv: C3 (role): the cell is empty; give a role (e.g. breathing, soft-tissue, mobility,"
            + " strength) or an exercise",
        base + ": template \"neck\" is left out: it has no name and 2 other errors (above), which leave it no usable"
            + " slot; its clients get no program until it is fixed");
  }

  /**
   * Found writing a template: a template.csv without its first line setting,value was told its row 1
   * "was read as the header row but names none of the required columns setting, value; the header
   * row must come first, or after a title of at most 5 rows", which does not say what to write.
   */
  @Test
  void aTemplateFileWithoutItsHeaderLineIsToldTheLineToAdd() throws IOException {
    Path t = Files.createDirectories(dir.resolve("neck"));
    Files.writeString(t.resolve("template.csv"), "name,Neck\nweeks,4\n");
    Files.writeString(t.resolve("phases.csv"), "phase,name\ncalm,Calm\n");
    Files.writeString(t.resolve("slots.csv"), "phase,slot,role,dose\ncalm,breathe,breathing,8\n");
    Diagnostics d = new Diagnostics();
    assertThat(TemplateReader.readAll(dir, TestLibrary.shipped(), d).template("neck")).isEmpty();
    assertThat(lines(d)).first().isEqualTo(dir.getFileName() + "/neck/template.csv: row 1 (\"name\", \"Neck\") is not"
        + " the header this file must begin with, the line setting,value; add that line at the top, above the"
        + " settings");
  }
}
