package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Found in review (a trainer writing their own template): a progression file or sheet under
 * another name than {@code progression} was dropped without a word, so every week of the block was
 * the same. Fixtures: /tmp/review-tpl/fx c1, c2, x1b, x1d.
 */
class TemplatePartsTest {
  private static final Library LIB = TestLibrary.shipped();

  @TempDir Path dir;

  private static List<String> lines(Diagnostics d) {
    return d.all().stream().map(Diagnostic::format).toList();
  }

  private void write(String path, String... lines) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, String.join("\n", lines) + "\n");
  }

  /** A template folder without its progression file. */
  private void folder(String id) throws IOException {
    write(id + "/template.csv", "setting,value", "name,Neck");
    write(id + "/phases.csv", "phase,name", "calm,Calm");
    write(id + "/slots.csv", "phase,slot,role,dose,unit", "calm,breathe,breathing,8,breaths");
  }

  private static final String ONLY_FILES =
      "; a template is read from its files template.csv, phases.csv, slots.csv and progression.csv only";

  private static final String[] RULES = {"weeks,rule,target,value,cap", "2-,add,breathe,+1,12"};

  private Catalog read(Diagnostics d) {
    return TemplateReader.readAll(dir, LIB, d);
  }

  @Test
  void aProgressionFileNamedWithCapitalsIsReadAsIs() throws IOException {
    folder("neck");
    write("neck/Progression.csv", RULES);
    Diagnostics d = new Diagnostics();
    Catalog c = read(d);
    assertThat(lines(d)).isEmpty();
    assertThat(c.template("neck").orElseThrow().rules()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Desk neck - progression.csv", "progression (1).csv", "Desk neck - Progression (2).csv",
      "progression_2.csv", "Copy of progression.csv"})
  void aProgressionFileNamedByADownloadOrACopyIsReadAndNamed(String file) throws IOException {
    folder("neck");
    write("neck/" + file, RULES);
    Diagnostics d = new Diagnostics();
    Catalog c = read(d);
    assertThat(lines(d)).containsExactly(dir.getFileName() + "/neck/" + file + ": warning: read as the"
        + " template's progression.csv; rename the file progression.csv to make that plain");
    assertThat(c.template("neck").orElseThrow().rules()).hasSize(1);
  }

  @Test
  void aSlotsFileDownloadedFromGoogleSheetsIsRead() throws IOException {
    folder("neck");
    Files.move(dir.resolve("neck/slots.csv"), dir.resolve("neck/Desk neck - slots.csv"));
    write("neck/progression.csv", RULES);
    Diagnostics d = new Diagnostics();
    assertThat(read(d).template("neck")).isPresent();
    assertThat(lines(d)).containsExactly(dir.getFileName() + "/neck/Desk neck - slots.csv: warning: read as"
        + " the template's slots.csv; rename the file slots.csv to make that plain");
  }

  @Test
  void everyFileOfATemplateFolderThatIsNotReadIsNamed() throws IOException {
    folder("neck");
    write("neck/progression.csv", RULES);
    write("neck/Desk neck - progression.csv", RULES);
    write("neck/notes.txt", "for Dana");
    Files.createDirectories(dir.resolve("neck/old"));
    write("neck/.hidden", "x");
    Diagnostics d = new Diagnostics();
    assertThat(read(d).template("neck")).isPresent();
    String base = dir.getFileName() + "/neck/";
    assertThat(lines(d)).containsExactly(
        base + "Desk neck - progression.csv: warning: this file is not read; its progression file is read"
            + " from \"progression.csv\"",
        base + "notes.txt: warning: this file is not read" + ONLY_FILES,
        base + "old: warning: this folder is not read" + ONLY_FILES);
  }

  @Test
  void twoFilesThatCouldEachBeTheProgressionAreAnErrorNotAGuess() throws IOException {
    folder("neck");
    write("neck/progression (1).csv", RULES);
    write("neck/progression (2).csv", RULES);
    Diagnostics d = new Diagnostics();
    assertThat(read(d).template("neck")).isEmpty();
    assertThat(lines(d)).startsWith(dir.getFileName() + "/neck: the files \"progression (1).csv\","
        + " \"progression (2).csv\" could each be its progression file; name the one to read progression.csv"
        + " (or remove the others)");
  }

  @Test
  void aMissingFileSaysWhatTheFolderHolds() throws IOException {
    folder("neck");
    Files.move(dir.resolve("neck/slots.csv"), dir.resolve("neck/slot list.csv"));
    Diagnostics d = new Diagnostics();
    assertThat(read(d).template("neck")).isEmpty();
    String base = dir.getFileName() + "/neck";
    assertThat(lines(d)).containsExactly(
        base + "/slots.csv: missing: every template folder needs a file slots.csv; the folder holds"
            + " \"phases.csv\", \"slot list.csv\", \"template.csv\"",
        base + "/slot list.csv: warning: this file is not read" + ONLY_FILES,
        base + ": template \"neck\" is left out: its slots.csv file could not be read (above); its clients get"
            + " no program until it is fixed");
  }

  @Test
  void aTemplateWithoutProgressionRulesIsSaidToBeTheSameEveryWeekOnce() throws IOException {
    folder("none");
    folder("empty");
    write("empty/progression.csv", "weeks,rule,target,value,cap");
    Diagnostics d = new Diagnostics();
    Catalog c = read(d);
    assertThat(c.templates()).containsKeys("none", "empty");
    assertThat(lines(d)).containsExactly(
        dir.getFileName() + "/empty/progression.csv: warning: the file has no rules, so every week of the"
            + " block is the same",
        dir.getFileName() + "/none: warning: the template has no progression.csv file, so every week of the"
            + " block is the same; a progression.csv file makes the dose, rounds or tempo change from week to"
            + " week (see docs/templates.md)");
  }

  private void workbook(String progressionSheet, String... more) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Xlsx.fill(wb, wb.createSheet("template"), new Object[] {"setting", "value"}, new Object[] {"name", "Bells"});
      Xlsx.fill(wb, wb.createSheet("phases"), new Object[] {"phase", "name"}, new Object[] {"calm", "Calm"});
      Xlsx.fill(wb, wb.createSheet("slots"), new Object[] {"phase", "slot", "role", "dose", "unit"},
          new Object[] {"calm", "breathe", "breathing", 8, "breaths"});
      Xlsx.fill(wb, wb.createSheet(progressionSheet), new Object[] {"weeks", "rule", "target", "value", "cap"},
          new Object[] {"2-", "add", "breathe", 1, 12});
      for (String s : more) Xlsx.fill(wb, wb.createSheet(s), new Object[] {"notes"}, new Object[] {"for Kim"});
      if (hideProgression) wb.setSheetHidden(3, true);
      Xlsx.save(wb, dir.resolve("bells.xlsx"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Progression", "Progression (1)", "Progression1", "progression "})
  void aProgressionSheetUnderAnotherNameIsRead(String sheet) throws IOException {
    workbook(sheet);
    Diagnostics d = new Diagnostics();
    Catalog c = read(d);
    assertThat(c.template("bells").orElseThrow().rules()).hasSize(1);
    if (PartNames.exact(sheet, "progression")) assertThat(lines(d)).isEmpty();
    else
      assertThat(lines(d)).containsExactly(dir.getFileName() + "/bells.xlsx: sheet " + sheet + ": warning:"
          + " read as the template's \"progression\" sheet; rename the sheet \"progression\" to make that plain");
  }

  /** Whether {@link #workbook} hides the progression sheet. */
  private boolean hideProgression;

  @Test
  void aHiddenProgressionSheetIsSaidToBeHiddenNotPassedOver() throws IOException {
    hideProgression = true;
    workbook("progression");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("bells.xlsx")))) {
      assertThat(wb.isSheetHidden(3)).isTrue();
    }
    Diagnostics d = new Diagnostics();
    assertThat(read(d).template("bells").orElseThrow().rules()).isEmpty();
    assertThat(lines(d)).containsExactly(
        dir.getFileName() + "/bells.xlsx: sheet progression: warning: this hidden sheet is not read; unhide it"
            + " (right-click a sheet tab, Unhide) to have it read as the progression sheet",
        dir.getFileName() + "/bells.xlsx: warning: the template has no progression sheet, so every week of the"
            + " block is the same; a progression sheet makes the dose, rounds or tempo change from week to week"
            + " (see docs/templates.md)");
  }

  @Test
  void aSheetThatIsNotReadIsNamed() throws IOException {
    workbook("progression", "Notes");
    Diagnostics d = new Diagnostics();
    assertThat(read(d).template("bells")).isPresent();
    assertThat(lines(d)).containsExactly(dir.getFileName() + "/bells.xlsx: sheet Notes: warning: this sheet is"
        + " not read; a template is read from its sheets template, phases, slots and progression only");
  }

  /**
   * Found writing a new template as a head trainer (fixture /tmp/fa-mist/both): a workbook saved
   * from Excel beside the template's folder of the same name was "skipped" in words that said
   * neither which one the clients get nor what to do.
   */
  @Test
  void aWorkbookBesideAFolderOfTheSameNameSaysWhichIsReadAndWhatToDo() throws IOException {
    workbook("progression");
    write("bells/template.csv", "setting,value", "name,Bells");
    write("bells/phases.csv", "phase,name", "calm,Calm");
    write("bells/slots.csv", "phase,slot,role,dose,unit", "calm,breathe,breathing,8,breaths");
    Diagnostics d = new Diagnostics();
    Catalog c = read(d);
    assertThat(c.template("bells")).isPresent();
    String shown = dir.getFileName().toString();
    assertThat(lines(d)).contains(shown + "/bells.xlsx: template \"bells\" is also the folder " + shown
        + "/bells, and only one of the two is read: the folder, whose program its clients get; this workbook is"
        + " not read. Keep the one you edit in " + shown + " and move the other out of it, or give it a name of its"
        + " own");
  }
}
