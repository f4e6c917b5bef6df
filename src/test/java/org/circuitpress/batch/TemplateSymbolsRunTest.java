package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: an emoji in a template's name was said once for each client who followed the
 * template, at the template's file, where the library's, the roster's and the branding's are said
 * once a run at their cell: a roster of 200 clients gave 200 of the same note.
 */
class TemplateSymbolsRunTest {
  @TempDir Path tmp;

  @Test
  void aTemplatesCharactersNoFontDrawsAreSaidOnceARunAtItsFile() throws IOException {
    Path template = Files.createDirectories(tmp.resolve("templates/upper-back-mobility"));
    for (String f : List.of("phases.csv", "slots.csv", "progression.csv")) {
      Files.copy(Path.of("templates/upper-back-mobility", f), template.resolve(f));
    }
    Files.writeString(template.resolve("template.csv"), Files.readString(Path.of("templates/upper-back-mobility/template.csv"))
        .replace("name,Upper-back mobility", "name,Upper-back mobility 💪"));
    RealRun.roster(tmp,
        "c1,Ann,upper-back-mobility,2026-12-01,beginner,,,foam roller,,,kg,A4,,",
        "c2,Ben,upper-back-mobility,2026-12-02,beginner,,,foam roller,,,kg,A4,,",
        "c3,Cy,upper-back-mobility,2026-12-03,beginner,,,foam roller,,,kg,A4,,");
    RunOptions o = RealRun.options(tmp);
    o = RunOptions.of(o.roster(), o.library(), tmp.resolve("templates"), o.out()).withThreads(2);
    StringWriter out = new StringWriter();
    assertThat(RealRun.run(out, o).exitCode()).isZero();
    String note = "upper-back-mobility/template.csv: row 2: note: template upper-back-mobility: the handout's font lacks \"💪\" (U+1F4AA),"
        + " left out (in every handout made from it). A fallback_font in the branding file that has them prints them"
        + " as typed";
    String report = Files.readString(tmp.resolve("out/2026-12/report.txt"));
    assertThat(report).containsOnlyOnce("the handout's font lacks").contains(note);
  }
}
