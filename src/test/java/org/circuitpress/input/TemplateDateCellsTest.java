package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review (fixtures /tmp/review-tpl/fx/x2, x2b): cells a spreadsheet turned into dates
 * ({@code 8-12} typed in Excel becomes 8 December; 6 formatted as a date shows 1900-01-06) were
 * refused as "expected weeks like 3, got 2026-04-02", with no word of the date or how to fix it.
 */
class TemplateDateCellsTest {
  private static final String FIX = "; format the column as text (in Google Sheets Format > Number > Plain"
      + " text, in Excel Format Cells > Number > Text) and type the value again, or type it after an apostrophe"
      + " ('8-12)";

  @TempDir Path dir;

  private static List<String> lines(Diagnostics d) {
    return d.all().stream().map(Diagnostic::format).toList();
  }

  private Catalog workbook(Object weeks, Object dose, Object[] rule, Diagnostics d) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Xlsx.fill(wb, wb.createSheet("template"), new Object[] {"setting", "value"}, new Object[] {"name", "Bells"},
          new Object[] {"weeks", weeks});
      Xlsx.fill(wb, wb.createSheet("phases"), new Object[] {"phase", "name"}, new Object[] {"calm", "Calm"});
      Xlsx.fill(wb, wb.createSheet("slots"), new Object[] {"phase", "slot", "role", "dose", "unit"},
          new Object[] {"calm", "breathe", "breathing", dose, "reps"},
          new Object[] {"calm", "hold", "breathing", 8, "reps"});
      Xlsx.fill(wb, wb.createSheet("progression"), new Object[] {"weeks", "rule", "target", "value", "cap"},
          rule);
      Xlsx.save(wb, dir.resolve("bells.xlsx"));
    }
    return TemplateReader.readAll(dir, TestLibrary.shipped(), d);
  }

  /** A template whose one progression rule has a value typed in Excel as a percentage ({@code 0%}). */
  private Catalog percentValue(Object[] rule, Diagnostics d) throws IOException {
    return percentValue(rule, "0%", d);
  }

  /** As above, the value cell in this number format. */
  private Catalog percentValue(Object[] rule, String format, Diagnostics d) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Xlsx.fill(wb, wb.createSheet("template"), new Object[] {"setting", "value"}, new Object[] {"name", "Bells"});
      Xlsx.fill(wb, wb.createSheet("phases"), new Object[] {"phase", "name"}, new Object[] {"calm", "Calm"});
      Xlsx.fill(wb, wb.createSheet("slots"), new Object[] {"phase", "slot", "role", "dose", "unit"},
          new Object[] {"calm", "breathe", "breathing", 10, "reps"});
      var rules = wb.createSheet("progression");
      Xlsx.fill(wb, rules, new Object[] {"weeks", "rule", "target", "value", "cap"}, rule);
      var percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat(format));
      rules.getRow(1).getCell(3).setCellStyle(percent);
      Xlsx.save(wb, dir.resolve("bells.xlsx"));
    }
    return TemplateReader.readAll(dir, TestLibrary.shipped(), d);
  }

  /**
   * Found writing a template in Excel: 70% typed into a deload's value cell is the number 0.7 shown
   * as a percentage, and was refused as "expected a deload like \"2 rounds, 60%\" ..., got \"0.7\"",
   * quoting a value the trainer never typed; a percentage step of an add rule was refused so too,
   * without the advice a typed "10%" gets.
   */
  @Test
  void aPercentageTypedInExcelIsReadAsItShows() throws IOException {
    Diagnostics d = new Diagnostics();
    Catalog c = percentValue(new Object[] {4, "deload", "all", 0.7}, d);
    assertThat(lines(d)).isEmpty();
    assertThat(c.template("bells").orElseThrow().rules()).singleElement()
        .isInstanceOfSatisfying(org.circuitpress.model.WeekRule.Deload.class, r -> assertThat(r.dosePercent()).isEqualTo(70));
    Diagnostics add = new Diagnostics();
    percentValue(new Object[] {"2-3", "add", "all", 0.1}, add);
    assertThat(lines(add)).first().isEqualTo(dir.getFileName() + "/bells.xlsx: progression!D2 (value): expected a step"
        + " in the slot's own unit, not a percentage, got \"10%\": 10% of the starting dose is 1 rep for breathe"
        + " (10 reps); write +1");
  }

  /**
   * Found writing a template in Excel: 70% typed into a deload's cell formatted {@code 0.00%} shows
   * "70.00%", and was refused as "expected a deload like \"2 rounds, 60%\" ..., got \"70.00%\"". A
   * percentage whose decimals are all zero is the whole percentage typed; other decimals are kept.
   */
  @Test
  void aPercentageShownWithZeroDecimalsIsReadAsTheWholePercentage() throws IOException {
    Diagnostics d = new Diagnostics();
    Catalog c = percentValue(new Object[] {4, "deload", "all", 0.7}, "0.00%", d);
    assertThat(lines(d)).isEmpty();
    assertThat(c.template("bells").orElseThrow().rules()).singleElement()
        .isInstanceOfSatisfying(org.circuitpress.model.WeekRule.Deload.class, r -> assertThat(r.dosePercent()).isEqualTo(70));
    Diagnostics half = new Diagnostics();
    percentValue(new Object[] {4, "deload", "all", 0.625}, "0.00%", half);
    assertThat(lines(half)).first().asString().contains("got \"62.50%\"");
  }

  /**
   * Found writing a template in Excel: "template!B3 (value): expected a whole number from 1 to 16"
   * named the cell but not the setting, which the trainer had to look up in column A.
   */
  @Test
  void aSettingsProblemNamesTheSetting() throws IOException {
    Diagnostics d = new Diagnostics();
    workbook(20, 8, new Object[] {"2-", "add", "all", 1, 12}, d);
    assertThat(lines(d)).first().isEqualTo(dir.getFileName() + "/bells.xlsx: template!B3 (weeks): expected a whole"
        + " number from 1 to 16, got \"20\"");
  }

  /** As a template.csv without its line setting,value, in a workbook: the sheet is told the row to insert. */
  @Test
  void aTemplateSheetWithoutItsHeaderRowIsToldTheRowToInsert() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Xlsx.fill(wb, wb.createSheet("template"), new Object[] {"name", "Bells"}, new Object[] {"weeks", 4});
      Xlsx.fill(wb, wb.createSheet("phases"), new Object[] {"phase", "name"}, new Object[] {"calm", "Calm"});
      Xlsx.fill(wb, wb.createSheet("slots"), new Object[] {"phase", "slot", "role", "dosage"},
          new Object[] {"calm", "breathe", "breathing", 8});
      Xlsx.save(wb, dir.resolve("bells.xlsx"));
    }
    Diagnostics d = new Diagnostics();
    TemplateReader.readAll(dir, TestLibrary.shipped(), d);
    String base = dir.getFileName() + "/bells.xlsx: ";
    assertThat(lines(d)).startsWith(
        base + "sheet template: row 1 (\"name\", \"Bells\") is not the header this sheet must begin with, setting in"
            + " column A and value in column B; insert a row with those two words at the top, above the settings",
        base + "sheet slots: the required column dose is missing; the header row, row 1, has \"phase\", \"slot\","
            + " \"role\", \"dosage\"; rename \"dosage\" to dose if that is the column meant");
  }

  @Test
  void aSmallNumberShownAsADateIsReadAsTheNumber() throws IOException {
    Diagnostics d = new Diagnostics();
    Catalog c = workbook(LocalDate.of(1900, 1, 6), 8, new Object[] {LocalDate.of(1900, 1, 2), "add", "all", 1, 12}, d);
    assertThat(c.template("bells").orElseThrow().weeks()).isEqualTo(6);
    assertThat(c.template("bells").orElseThrow().rules().get(0).fromWeek()).isEqualTo(2);
    assertThat(lines(d)).containsExactly(
        dir.getFileName() + "/bells.xlsx: template!B3 (weeks): warning: the spreadsheet shows the number 6 as a"
            + " date (1900-01-06); it is read as 6; format the cell as a number to show it plainly",
        dir.getFileName() + "/bells.xlsx: progression!A2 (weeks): warning: the spreadsheet shows the number 2 as"
            + " a date (1900-01-02); it is read as 2; format the cell as a number to show it plainly");
  }

  @Test
  void aRangeOrTempoTurnedIntoADateIsSaidOnceAtItsCellWithTheFix() throws IOException {
    Diagnostics d = new Diagnostics();
    Catalog c = workbook(4, LocalDate.of(2026, 1, 8),
        new Object[] {LocalDate.of(2026, 4, 2), "double progression", "hold", LocalDate.of(2026, 12, 8), null}, d);
    assertThat(c.template("bells")).isEmpty();
    String base = dir.getFileName() + "/bells.xlsx: ";
    assertThat(lines(d)).containsExactly(
        // a dose gets the advice for the range it was typed as (below)
        base + "slots!D2 (dose): the spreadsheet turned what was typed here into a date (8 January, which is what"
            + " 8-1 or 1-8 typed into a cell becomes); expected one number, the dose of week 1, got \"1-8\": write 1"
            + " here and, to climb to 8 reps, add a progression row with weeks 2-, rule double progression, target"
            + " breathe, value 1-8, +1",
        base + "progression!A2 (weeks): the spreadsheet turned what was typed here into a date (2 April, which is"
            + " what 2-4 or 4-2 typed into a cell becomes)" + FIX,
        base + "progression!D2 (value): the spreadsheet turned what was typed here into a date (8 December, which"
            + " is what 8-12 or 12-8 typed into a cell becomes)" + FIX,
        base + "template \"bells\" is left out: it has 3 errors (above); its clients get no program until it is"
            + " fixed");
  }

  /** A template's messages: these rounds, the dose of its first slot and a rounds rule, read from a workbook. */
  private List<String> rounds(Object rounds, Object dose, Object ruleRounds) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Xlsx.fill(wb, wb.createSheet("template"), new Object[] {"setting", "value"}, new Object[] {"name", "Bells"},
          new Object[] {"weeks", 4}, new Object[] {"rounds", rounds});
      Xlsx.fill(wb, wb.createSheet("phases"), new Object[] {"phase", "name"}, new Object[] {"calm", "Calm"});
      Xlsx.fill(wb, wb.createSheet("slots"), new Object[] {"phase", "slot", "role", "dose", "unit"},
          new Object[] {"calm", "breathe", "breathing", dose, "reps"},
          new Object[] {"calm", "hold", "breathing", 8, "reps"});
      Xlsx.fill(wb, wb.createSheet("progression"), new Object[] {"weeks", "rule", "target", "value"},
          new Object[] {"2-4", "rounds", "all", ruleRounds});
      Xlsx.save(wb, dir.resolve("bells.xlsx"));
    }
    Diagnostics d = new Diagnostics();
    assertThat(TemplateReader.readAll(dir, TestLibrary.shipped(), d).template("bells")).isEmpty();
    return lines(d);
  }

  /**
   * The first three of {@code dated} (rounds, dose, rounds rule) are the advice of {@code typed} for
   * the same cells, after what became of each ({@code became}, then "typed into a cell becomes");
   * the fourth, that the template is left out, is the same.
   */
  private static void sameAdviceAfter(List<String> typed, List<String> dated,
      java.util.function.IntFunction<String> became) {
    assertThat(typed).hasSize(4);
    for (int i = 0; i < 3; i++) {
      String advice = typed.get(i);
      int colon = advice.indexOf("): ") + 3;
      assertThat(dated.get(i)).isEqualTo(advice.substring(0, colon) + became.apply(i) + " typed into a cell becomes); "
          + advice.substring(colon));
    }
    assertThat(dated.get(3)).isEqualTo(typed.get(3));
  }

  /**
   * Found in review: rounds of 2-3 typed into a template workbook became 2 March (or 3 February)
   * in Excel, and a dose of 12-15 15 December, and were refused with the fix for a date, where the
   * same range typed as text gets the rows to write instead. A rounds or dose cell whose date
   * reads as such a range gets that advice, word for word, after what became of the cell; a date
   * that reads as no number of rounds is still refused as a date.
   */
  @Test
  void roundsOrADoseTurnedIntoADateGetTheAdviceForTheRangeTyped() throws IOException {
    // 3 February is what 2-3 becomes in the US, 2 March elsewhere: both read as 2-3, lower first
    List<String> typed = rounds("2-3", "12-15", "2-3");
    List<String> dated = rounds(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 15), LocalDate.of(2026, 2, 3));
    String base = dir.getFileName() + "/bells.xlsx: ";
    String[] became = {"2 March, which is what 2-3 or 3-2", "15 December, which is what 15-12 or 12-15",
        "3 February, which is what 3-2 or 2-3"};
    sameAdviceAfter(typed, dated, i -> "the spreadsheet turned what was typed here into a date (" + became[i]);
    assertThat(dated.get(0)).isEqualTo(base + "template!B4 (rounds): the spreadsheet turned what was typed here into"
        + " a date (2 March, which is what 2-3 or 3-2 typed into a cell becomes); expected one number of rounds, got"
        + " \"2-3\": write 2 here and, for 3 rounds from week 3, add a progression row with weeks 3-, rule rounds,"
        + " target all, value 3");

    assertThat(rounds(3, 12, LocalDate.of(2026, 12, 15))).first().isEqualTo(base + "progression!D2 (value): the"
        + " spreadsheet turned what was typed here into a date (15 December, which is what 15-12 or 12-15 typed"
        + " into a cell becomes)" + FIX);
  }

  @Test
  void aDateWrittenInACsvFileSavedFromASpreadsheetIsSaidToBeOne() throws IOException {
    Path t = Files.createDirectories(dir.resolve("neck"));
    Files.writeString(t.resolve("template.csv"), "setting,value\nname,Neck\n");
    Files.writeString(t.resolve("phases.csv"), "phase,name\ncalm,Calm\n");
    Files.writeString(t.resolve("slots.csv"), "phase,slot,role,dose,unit\ncalm,breathe,breathing,8,reps\n");
    Files.writeString(t.resolve("progression.csv"), "weeks,rule,target,value\n2-,double progression,breathe,8-Dec\n");
    Diagnostics d = new Diagnostics();
    assertThat(TemplateReader.readAll(dir, TestLibrary.shipped(), d).template("neck")).isEmpty();
    assertThat(lines(d)).first().isEqualTo(dir.getFileName() + "/neck/progression.csv: D2 (value): \"8-Dec\" is a"
        + " date a spreadsheet made of what was typed here" + FIX + ", then save the CSV file again");
  }

  /** A CSV template's messages: these rounds, the dose of its first slot and a rounds rule. */
  private List<String> csvRounds(String rounds, String dose, String ruleRounds) throws IOException {
    Path t = Files.createDirectories(dir.resolve("bells"));
    Files.writeString(t.resolve("template.csv"), "setting,value\nname,Bells\nweeks,4\nrounds," + rounds + "\n");
    Files.writeString(t.resolve("phases.csv"), "phase,name\ncalm,Calm\n");
    Files.writeString(t.resolve("slots.csv"), "phase,slot,role,dose,unit\ncalm,breathe,breathing," + dose
        + ",reps\ncalm,hold,breathing,8,reps\n");
    Files.writeString(t.resolve("progression.csv"), "weeks,rule,target,value\n2-4,rounds,all," + ruleRounds + "\n");
    Diagnostics d = new Diagnostics();
    assertThat(TemplateReader.readAll(dir, TestLibrary.shipped(), d).template("bells")).isEmpty();
    return lines(d);
  }

  /**
   * Found in review: in a CSV file saved from a spreadsheet, rounds of 2-3 are written as the date
   * the spreadsheet made of them ("2-Mar", "Mar-02", "3/2/2026") and were refused as a date, where
   * the same in a workbook gets the advice for the range typed. Such text gets that advice too.
   */
  @Test
  void roundsOrADoseWrittenAsADateInACsvFileGetTheAdviceForTheRangeTyped() throws IOException {
    List<String> typed = csvRounds("2-3", "12-15", "2-3");
    String[][] written = {
        {"2-Mar", "15-Dec", "Feb-03"}, {"Mar-2", "Dec-15-26", "3-Feb-2026"}, {"02-Mar", "12/15/2026", "2026-02-03"}};
    String[] became = {"2 March, which is what 2-3 or 3-2", "15 December, which is what 15-12 or 12-15",
        "3 February, which is what 3-2 or 2-3"};
    for (String[] w : written) {
      sameAdviceAfter(typed, csvRounds(w[0], w[1], w[2]),
          i -> "\"" + w[i] + "\" is a date a spreadsheet made of what was typed here (" + became[i]);
    }
    // a date that reads as no number of rounds is still refused as a date
    assertThat(csvRounds("3", "12", "15-Dec")).first().isEqualTo(dir.getFileName() + "/bells/progression.csv: D2"
        + " (value): \"15-Dec\" is a date a spreadsheet made of what was typed here" + FIX
        + ", then save the CSV file again");
  }

  /** A month is read by its whole word, as the log reader reads one: a word that only begins like a month is none. */
  @Test
  void aDateWrittenInACsvFileNamesAWholeMonth() {
    assertThat(DateCells.written("2-March")).isEqualTo(java.time.LocalDate.of(2000, 3, 2));
    assertThat(DateCells.written("Sept-2")).isEqualTo(java.time.LocalDate.of(2000, 9, 2));
    assertThat(DateCells.written("2-Mar")).isEqualTo(java.time.LocalDate.of(2000, 3, 2));
    assertThat(DateCells.written("2-Marzipan")).isNull();
    assertThat(DateCells.written("Junk-2")).isNull();
  }
}
