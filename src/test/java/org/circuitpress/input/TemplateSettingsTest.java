package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Template;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Found in review (fixture /tmp/review-tpl/fx/m01): a setting name written a little otherwise
 * ({@code sesions per week}, {@code round}, {@code rest between rounds (sec)}) was ignored and the
 * default used without saying which.
 */
class TemplateSettingsTest {
  @TempDir Path dir;

  private Template read(Diagnostics d, String setting, String value) throws IOException {
    Path t = Files.createDirectories(dir.resolve("neck"));
    Files.writeString(t.resolve("template.csv"), "setting,value\nname,Neck\n\"" + setting + "\"," + value + "\n");
    Files.writeString(t.resolve("phases.csv"), "phase,name\ncalm,Calm\n");
    Files.writeString(t.resolve("slots.csv"), "phase,slot,role,dose,unit\ncalm,breathe,breathing,8,breaths\n");
    Files.writeString(t.resolve("progression.csv"), "weeks,rule,target,value\n2-,add,breathe,+1\n");
    return TemplateReader.readAll(dir, TestLibrary.shipped(), d).template("neck").orElseThrow();
  }

  private static List<String> lines(Diagnostics d) {
    return d.all().stream().map(Diagnostic::format).toList();
  }

  /** A number setting of a template, by the setting's name. */
  static int value(Template t, String setting) {
    return switch (setting) {
      case "weeks" -> t.weeks();
      case "sessions_per_week" -> t.sessionsPerWeek();
      case "rounds" -> t.rounds();
      default -> t.restBetweenRounds();
    };
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "sesions per week|5|sessions_per_week|",
    "session per week|5|sessions_per_week|",
    "sessions|5|sessions_per_week|",
    "round|3|rounds|",
    "Week|6|weeks|",
    "rest|45|rest_between_rounds|",
    "rest between rounds (sec)|45|rest_between_rounds|, in seconds",
    "Rest between rounds [s]|45|rest_between_rounds|, in seconds",
    "weeks (wks)|6|weeks|, in weeks",
    "rounds (x)|3|rounds|, in rounds",
  })
  void aNearMissIsReadAsTheSettingItPlainlyMeans(String typed, int value, String setting, String unit)
      throws IOException {
    Diagnostics d = new Diagnostics();
    Template t = read(d, typed, "" + value);
    assertThat(value(t, setting)).isEqualTo(value);
    assertThat(lines(d)).containsExactly(dir.getFileName() + "/neck/template.csv: A3 (setting): warning: \""
        + typed + "\" is read as the setting " + setting + (unit == null ? "" : unit) + "; name it " + setting
        + " to make that plain");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Sessions per week|5", "sessions_per_week|5", "ROUNDS|3"})
  void aSettingsOwnNameIsReadWithoutAWord(String typed, int value) throws IOException {
    Diagnostics d = new Diagnostics();
    read(d, typed, "" + value);
    assertThat(lines(d)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "rest between rounds (min)|1|rest_between_rounds|60|the setting \"rest between rounds (min)\" is not"
        + " read: rest_between_rounds is counted in seconds, not \"min\"; name it rest_between_rounds and give"
        + " the value in seconds, so rest_between_rounds keeps its default, 60",
    "sesions per wek|5|sessions_per_week|3|unknown setting \"sesions per wek\" (known: name, description, goal,"
        + " weeks, sessions_per_week, use, rounds, rest_between_rounds); the row is ignored, so sessions_per_week"
        + " keeps its default, 3; did you mean \"sessions_per_week\"?",
  })
  void aRowNotReadSaysWhichDefaultIsUsedInstead(String typed, String value, String setting, int used,
      String message) throws IOException {
    Diagnostics d = new Diagnostics();
    Template t = read(d, typed, value);
    assertThat(value(t, setting)).isEqualTo(used);
    assertThat(lines(d)).containsExactly(dir.getFileName() + "/neck/template.csv: A3 (setting): warning: "
        + message);
  }
}
