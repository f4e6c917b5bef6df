package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A roster's start loads through a whole run with the real stages: a start load the client's kit
 * has reaches the handout, the log workbook and the plan alike, and an item that cannot be used is
 * a warning at its cell, never a client who fails.
 */
class StartLoadsRunTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void samplesPresent() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("input/exercises.xlsx"))
        && Files.isDirectory(Path.of("templates")), "the sample inputs are in input/ and templates/");
  }

  private int run(String... args) {
    String[] base = {"--roster", tmp.resolve("roster.csv").toString(), "--out", tmp.resolve("out").toString()};
    String[] all = java.util.Arrays.copyOf(args, args.length + base.length);
    System.arraycopy(base, 0, all, args.length, base.length);
    return new Main(new PrintWriter(out, true), new PrintWriter(err, true)).run(all);
  }

  @Test
  void aBadItemIsAWarningAtItsCellAndTheClientStillGetsTheStartLoadsThatCanBeRead() throws IOException {
    Files.write(tmp.resolve("roster.csv"), List.of(
        "client_id,name,program,start_date,level,equipment,units,start_loads",
        "c1,Ann Lee,upper-back-mobility,2026-12-01,intermediate,foam roller; band light/medium/heavy;"
            + " kettlebell 8/12/16/20 kg,kg,kettlebell windmill 12 kg; kettlebel deadlift 99",
        "c2,Ben Ode,upper-back-mobility,2026-12-01,intermediate,foam roller; band; kettlebell 8/12/16 kg,kg,"),
        StandardCharsets.UTF_8);
    int exit = run("generate", "--month", "2026-12");

    assertThat(exit).as(out + "\n" + err).isZero();
    assertThat(out.toString()).contains("2 clients: 2 done", "1 warning");
    String warning = "roster.csv: H2 (start_loads): warning: the start load \"kettlebel deadlift 99\": no exercise"
        + " or equipment is called \"kettlebel deadlift\"";
    assertThat(err.toString()).contains(warning);
    String report = Files.readString(tmp.resolve("out/2026-12/report.txt"));
    assertThat(report).contains(warning, "Ann Lee (c1): slot windmill: Kettlebell windmill starts at 12 kg, its start"
        + " load on the roster (\"kettlebell windmill 12 kg\")");

    // the handout and the log both give the windmill 12 kg; the client without start loads keeps 8 kg
    assertThat(handout("c1")).contains("12 kg").doesNotContain("8 kg");
    assertThat(logRows("c1", "Kettlebell windmill")).isNotEmpty().allMatch(r -> r.contains("12 kg"));
    assertThat(logRows("c2", "Kettlebell windmill")).isNotEmpty().allMatch(r -> r.contains("8 kg"));
  }

  private String handout(String id) throws IOException {
    try (PDDocument doc = Loader.loadPDF(tmp.resolve("out/2026-12").resolve(id).resolve("handout.pdf").toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The cells of every row of the log's week sheets that names {@code drill}, each row's cells joined. */
  private List<String> logRows(String id, String drill) throws IOException {
    List<String> rows = new ArrayList<>();
    DataFormatter text = new DataFormatter();
    try (var in = Files.newInputStream(tmp.resolve("out/2026-12").resolve(id).resolve("log.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet sheet : wb) {
        for (Row r : sheet) {
          List<String> cells = new ArrayList<>();
          for (Cell c : r) cells.add(text.formatCellValue(c));
          if (cells.contains(drill)) rows.add(String.join(" | ", cells));
        }
      }
    }
    return rows;
  }
}
