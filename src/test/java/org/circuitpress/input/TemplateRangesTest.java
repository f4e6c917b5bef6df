package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A range where a template takes one number ({@code rounds 2-3}, a dose {@code 12-15}, a rounds
 * rule {@code 2-3}) or a percentage as an add step ({@code +10%}) stays an error, but the error
 * says what to write instead, with the numbers typed: before, it said only "expected a whole
 * number".
 */
class TemplateRangesTest {
  @TempDir Path dir;

  /** A template with these settings and slots; {@code rules} are rows of its progression. */
  private Catalog read(Diagnostics d, String settings, String slots, String... rules) throws IOException {
    Path t = Files.createDirectories(dir.resolve("neck"));
    Files.writeString(t.resolve("template.csv"), "setting,value\nname,Neck\n" + settings + "\n");
    Files.writeString(t.resolve("phases.csv"), "phase,name\ncalm,Calm\nwork,Work\n");
    Files.writeString(t.resolve("slots.csv"), "phase,slot,role,dose,unit\n" + slots + "\n");
    Files.writeString(t.resolve("progression.csv"),
        "weeks,rule,target,value,cap\n" + (rules.length == 0 ? "2-,add,all,+1," : String.join("\n", rules)) + "\n");
    return TemplateReader.readAll(dir, TestLibrary.shipped(), d);
  }

  private static final String SLOTS = String.join("\n",
      "calm,breathe,breathing,10,breaths",
      "calm,roll,soft-tissue,20,seconds",
      "calm,roll-more,soft-tissue,20,seconds",
      "work,extend,mobility,12,reps",
      "work,hold,stability,50,seconds");

  private static List<String> lines(Diagnostics d) {
    return d.all().stream().map(Diagnostic::format).toList();
  }

  /** What such a template reports; it must be left out. */
  private List<String> refused(String settings, String slots, String... rules) throws IOException {
    Diagnostics d = new Diagnostics();
    assertThat(read(d, settings, slots, rules).template("neck")).isEmpty();
    return lines(d);
  }

  private String at(String file) {
    return dir.getFileName() + "/neck/" + file + ": ";
  }

  @ParameterizedTest(name = "{0}, {1} weeks")
  @CsvSource(delimiter = '|', value = {
    "2-3|4|write 2 here and, for 3 rounds from week 3, add a progression row with weeks 3-, rule rounds, target"
        + " all, value 3",
    "2 to 3 rounds|4|write 2 here and, for 3 rounds from week 3, add a progression row with weeks 3-, rule rounds,"
        + " target all, value 3",
    "3-2|6|write 3 here and, for 2 rounds from week 4, add a progression row with weeks 4-, rule rounds, target"
        + " all, value 2",
    "2-2|4|write 2 here"})
  void roundsSetAsARangeSayHowToGiveBoth(String typed, String weeks, String advice) throws IOException {
    assertThat(refused("weeks," + weeks + "\nrounds," + typed, SLOTS)).first().isEqualTo(
        at("template.csv") + "B4 (rounds): expected one number of rounds, got \"" + typed + "\": " + advice);
  }

  @ParameterizedTest(name = "{1} {2}")
  @CsvSource(delimiter = '|', value = {
    "work,extend,mobility|12-15|reps|D5|write 12 here and, to climb to 15 reps, add a progression row with weeks"
        + " 2-, rule double progression, target extend, value 12-15, +1",
    "work,extend,mobility|12 - 15 reps||D5|write 12 here and, to climb to 15 reps, add a progression row with"
        + " weeks 2-, rule double progression, target extend, value 12-15, +1",
    "calm,roll,soft-tissue|20-30|seconds|D3|write 20 here and, to grow it to 30 s, add a progression row with"
        + " weeks 2-, rule add, target roll, value +5, cap 30",
    "calm,roll,soft-tissue|30-20 s/side||D3|write 20 here and, to grow it to 30 s, add a progression row with"
        + " weeks 2-, rule add, target roll, value +5, cap 30",
    "calm,roll,soft-tissue|1-2 min||D3|write 60 here and, to grow it to 120 s, add a progression row with weeks"
        + " 2-, rule add, target roll, value +20, cap 120",
    "calm,roll,soft-tissue|20-22|seconds|D3|write 20 here and, to grow it to 22 s, add a progression row with"
        + " weeks 2-, rule add, target roll, value +2, cap 22",
    "calm,breathe,breathing|6-10|breaths|D2|write 6 here and, to grow it to 10 breaths, add a progression row with"
        + " weeks 2-, rule add, target breathe, value +2, cap 10"})
  void aDoseRangeSaysWhichRowClimbsIt(String slot, String typed, String unit, String cell, String advice)
      throws IOException {
    String slots = SLOTS.replaceAll("(?m)^" + slot + ",.*$", slot + ",\"" + typed + "\"," + (unit == null ? "" : unit));
    assertThat(refused("", slots)).first().isEqualTo(
        at("slots.csv") + cell + " (dose): expected one number, the dose of week 1, got \"" + typed + "\": " + advice);
  }

  @Test
  void theRowsTheAdviceGivesReadCleanly() throws IOException {
    Diagnostics d = new Diagnostics();
    Catalog c = read(d, "rounds,2", SLOTS,
        "2-,add,roll,+5,30", "2-,double progression,extend,\"12-15, +1\",", "3,rounds,all,2,",
        "4-,rounds,all,3,");
    assertThat(c.template("neck")).isPresent();
    assertThat(lines(d)).isEmpty();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource(delimiter = '|', value = {
    "+10%|roll|10% of the starting dose is 2 s for roll (20 s); write +2, or +5 to keep to steps of 5 s",
    "10 %|roll; roll-more|10% of the starting dose is 2 s for roll, roll-more (20 s); write +2, or +5 to keep to"
        + " steps of 5 s",
    "+10%|hold|10% of the starting dose is 5 s for hold (50 s); write +5",
    "+10%|extend|10% of the starting dose is 1.2 reps for extend (12 reps); write +1",
    "+5%|extend|5% of the starting dose is 0.6 reps for extend (12 reps); write +1",
    "12.5%|breathe|12.5% of the starting dose is 1.3 breaths for breathe (10 breaths); write +1",
    "+10%|calm|10% of the starting dose is 1 breath for breathe (10 breaths) and 2 s for roll, roll-more (20 s);"
        + " one row adds the same step to each of its slots, so give slots that need another step rows of their"
        + " own",
    "+10%|nowhere|write the seconds, reps or breaths to add each week, such as +2"})
  void aPercentageStepSaysWhatItIsInTheSlotsUnit(String typed, String target, String advice) throws IOException {
    assertThat(refused("", SLOTS, "2-,add," + target + "," + typed + ",30")).contains(
        at("progression.csv") + "D2 (value): expected a step in the slot's own unit, not a percentage, got \""
            + typed + "\": " + advice);
  }

  @ParameterizedTest(name = "weeks {0}")
  @CsvSource(delimiter = '|', value = {
    "3-|all|for 2 rounds in week 3 and 3 from week 4, make this row's weeks 3 and its value 2, and add a row with"
        + " weeks 4-, rule rounds, target all, value 3",
    "|all|for 2 rounds in weeks 1-2 and 3 from week 3, make this row's weeks 1-2 and its value 2, and add a row"
        + " with weeks 3-, rule rounds, target all, value 3",
    "2-4|calm|for 2 rounds in week 2 and 3 in weeks 3-4, make this row's weeks 2 and its value 2, and add a row"
        + " with weeks 3-4, rule rounds, target calm, value 3",
    "3|all|week 3 has one number of rounds; write 2 or 3",
    "soon|all|write 2 here, and give the weeks of 3 rounds a row of their own"})
  void aRoundsRuleWithARangeSaysHowToSplitItsWeeks(String weeks, String target, String advice) throws IOException {
    assertThat(refused("", SLOTS, (weeks == null ? "" : weeks) + ",rounds," + target + ",2-3,")).contains(
        at("progression.csv") + "D2 (value): expected one number of rounds, got \"2-3\": " + advice);
  }

  @Test
  void otherValuesKeepTheirMessage() throws IOException {
    Diagnostics d = new Diagnostics();
    read(d, "rounds,20-30", SLOTS.replace("20,seconds", "0-30,seconds"), "2-,add,all,+0%,", "3-,rounds,all,2-30,");
    assertThat(lines(d)).contains(
        at("template.csv") + "B3 (rounds): expected a whole number from 1 to 10, got \"20-30\"",
        at("slots.csv") + "D3 (dose): expected a whole number from 1 to 3600, got \"0-30\"",
        at("progression.csv") + "D2 (value): expected a whole number from 1 to 600, got \"+0%\"",
        at("progression.csv") + "D3 (value): expected a whole number from 1 to 10, got \"2-30\"");
  }
}
