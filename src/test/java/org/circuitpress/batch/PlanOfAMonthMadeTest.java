package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code plan --client} of a month already made, after a change that only the client's handout
 * prints (the log does not): the handout's words about the program are compared, and nothing else
 * on it (the branding, a drill's video).
 */
class PlanOfAMonthMadeTest {
  @TempDir Path tmp;

  /** A client with kettlebells only: the block's row stands in for a dumbbell row. */
  private static final String ANN = "c1,Ann,full-body-strength,2026-12-01,beginner,,,kettlebell 8/12 kg,,,kg,A4,,";
  private static final String NOTE = ": note: Ann (c1): the handout and log made here for block 1, which the client"
      + " has, differ from the program above";

  /** Copies of the sample library, templates and branding in {@code tmp}, and the options that read them. */
  private RunOptions copies() throws IOException {
    RealRun.roster(tmp, ANN);
    copy(Path.of("templates"), tmp.resolve("templates"));
    Files.copy(Path.of("input", "csv", "exercises.csv"), tmp.resolve("exercises.csv"));
    Files.copy(Path.of("input", "branding.csv"), tmp.resolve("branding.csv"));
    Files.copy(Path.of("input", "logo.png"), tmp.resolve("logo.png"));
    return RunOptions.of(tmp.resolve("roster.csv"), tmp.resolve("exercises.csv"), tmp.resolve("templates"),
        tmp.resolve("out")).withBranding(tmp.resolve("branding.csv")).withThreads(2);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> each = Files.walk(from)) {
      for (Path f : each.toList()) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(t);
        else Files.copy(f, t);
      }
    }
  }

  /** {@code from} replaced by {@code to} in the copy {@code file} of {@code tmp}, where it must be. */
  private void edit(String file, String from, String to) throws IOException {
    Path f = tmp.resolve(file);
    String text = Files.readString(f, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private static void generate(RunOptions o) {
    StringWriter out = new StringWriter();
    assertThat(RealRun.run(out, o).exitCode()).as(out.toString()).isZero();
  }

  private static String planOfDecember(RunOptions o) {
    StringWriter shown = new StringWriter();
    int exit = new Plans(Stages.standard(), RealRun.screen(shown), OutputSink.FILES)
        .print(o.withMonth(YearMonth.of(2026, 12)), "c1", false);
    assertThat(exit).as(shown.toString()).isZero();
    return shown.toString();
  }

  private Path folder() {
    return tmp.resolve("out").resolve("2026-12").resolve("c1");
  }

  /**
   * Found in review: the handout prints the template's rest between rounds, its steps' purposes,
   * when it is meant to be done and why a drill stands in for another, which the log does not, so
   * an edit of those since the client got their handout was no note. (The goal is on the log's
   * "Start here" sheet too, and was noted already.)
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "the rest between rounds | templates/full-body-strength/template.csv | rest_between_rounds,90 | rest_between_rounds,60",
    "a step's purpose | templates/full-body-strength/phases.csv | good reps still in the tank | good reps in reserve",
    "when it is done | templates/full-body-strength/template.csv | use,stand-alone | use,stand-alone; cool-down",
    "the goal | templates/full-body-strength/template.csv | a steady rise in load | a steady rise in the load",
    "the drill a substitute replaces, renamed | exercises.csv | ,Supported one-arm dumbbell row, | ,Chair-supported"
        + " one-arm dumbbell row,",
  })
  void aChangeTheHandoutPrintsIsNoted(String what, String file, String from, String to) throws IOException {
    RunOptions o = copies();
    generate(o);
    assertThat(planOfDecember(o)).contains("Week 1").doesNotContain(NOTE);

    edit(file, from, to);
    assertThat(planOfDecember(o)).contains(folder() + NOTE + ", planned from today's roster, library, templates"
        + " and logs. To give them this program, run ./circuitpress generate --month 2026-12 --clients c1");
  }

  /**
   * What the handout prints besides the program is no note: the studio's colour, a drill's video
   * code or the trainer's notes on the roster (none of which {@code plan} shows), nor how many
   * clients the run worked on at once.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "the branding's colour | branding.csv | #2E6F57 | #AA3355",
    "a drill's video link | exercises.csv | /goblet-squat, | /goblet-squat-2027,",
    "the trainer's notes | roster.csv | kg,A4,, | kg,A4,Mind the left knee,",
  })
  void whatTheHandoutPrintsBesidesTheProgramIsNoNote(String what, String file, String from, String to)
      throws IOException {
    RunOptions o = copies();
    generate(o.withThreads(1));
    edit(file, from, to);
    assertThat(planOfDecember(o.withThreads(4))).contains("Week 1").doesNotContain(NOTE);
  }

  @Test
  void aTemplateFolderRenamedInCapitalsIsNoNote() throws IOException {
    RunOptions o = copies();
    generate(o);
    Files.move(tmp.resolve("templates/full-body-strength"), tmp.resolve("templates/Full-Body-Strength"));
    assertThat(planOfDecember(o)).contains("Week 1").doesNotContain(NOTE);
  }

  /**
   * A month made before the handout's words were kept has no line of them: only its log is
   * compared, as then, so a change only the handout prints is no note there (nor a false one).
   */
  @Test
  void aMonthMadeWithoutTheHandoutsWordsComparesItsLogAsBefore() throws IOException {
    RunOptions o = copies();
    generate(o);
    Path record = tmp.resolve("out/2026-12/" + WrittenFiles.NAME);
    String lines = Files.readString(record, StandardCharsets.UTF_8);
    assertThat(lines).contains(WrittenFiles.WORDS + "\t");
    Files.writeString(record, lines.lines().filter(l -> !l.startsWith(WrittenFiles.WORDS + "\t"))
        .map(l -> l + "\n").collect(Collectors.joining()), StandardCharsets.UTF_8);

    edit("templates/full-body-strength/template.csv", "rest_between_rounds,90", "rest_between_rounds,60");
    assertThat(planOfDecember(o)).contains("Rest between rounds: 60 s").doesNotContain(NOTE);
    edit("exercises.csv", ",Kettlebell goblet squat,", ",Goblet squat,");
    assertThat(planOfDecember(o)).contains(NOTE);
  }

  /**
   * The new handout a rerun wrote beside the log the client filled in is the one to give them only
   * while it prints today's words: once the template changed again, the note says to run again.
   */
  @Test
  void theNewFilesWrittenBesideCountOnlyWhileTheirHandoutPrintsTodaysWords() throws IOException {
    RunOptions o = copies();
    generate(o);
    Path log = folder().resolve("log.xlsx");
    try (var in = Files.newInputStream(log); var wb = new XSSFWorkbook(in)) {
      wb.createSheet("Diary").createRow(0).createCell(0).setCellValue("felt good");
      try (var out = Files.newOutputStream(log)) {
        wb.write(out);
      }
    }
    edit("templates/full-body-strength/template.csv", "rest_between_rounds,90", "rest_between_rounds,60");
    assertThat(planOfDecember(o)).contains(NOTE).contains("To give them this program, run");

    generate(o.withMonth(YearMonth.of(2026, 12)));
    assertThat(folder().resolve("handout.new.pdf")).exists();
    assertThat(planOfDecember(o)).contains(NOTE).contains("This program is already written beside them, as"
        + " handout.new.pdf and log.new.xlsx");

    edit("templates/full-body-strength/phases.csv", "good reps still in the tank", "good reps in reserve");
    assertThat(planOfDecember(o)).contains(NOTE).contains("To give them this program, run")
        .doesNotContain("already written beside them");
  }
}
