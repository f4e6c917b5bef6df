package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Level;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldsTest {
  final Diagnostics d = new Diagnostics();

  /** A row 7 of sheet Clients whose columns are the given headers, A, B, C... */
  private Fields row(Object... headerValue) {
    Map<String, Cell> cells = new HashMap<>();
    Map<String, Integer> cols = new HashMap<>();
    for (int i = 0; i < headerValue.length; i += 2) {
      String h = (String) headerValue[i];
      Object v = headerValue[i + 1];
      cols.put(Names.header(h), i / 2);
      if (v == null) continue;
      Location at = Location.ofCell("roster.xlsx", "Clients", 7, i / 2, h);
      String text =
          v instanceof LocalDate ld
              ? ld.toString()
              : v instanceof Double n ? n.toString().replace(".0", "") : v.toString();
      cells.put(Names.header(h), new Cell(at, text, v instanceof String ? null : v));
    }
    return new Fields(new Row(Location.ofRow("roster.xlsx", "Clients", 7), cells, cols), d);
  }

  private List<String> lines() {
    return d.all().stream().map(Diagnostic::format).toList();
  }

  @Test
  void requiredTextReportsTheEmptyCell() {
    Fields f = row("client_id", null, "name", "Zoë");
    assertThat(f.required("client_id")).isEmpty();
    assertThat(f.required("name")).contains("Zoë");
    assertThat(f.ok()).isFalse();
    assertThat(lines())
        .containsExactly(
            "roster.xlsx: Clients!A7 (client_id): the cell is empty; a value is required");
  }

  @Test
  void integersFromCellsAndText() {
    Fields f = row("weeks", 4.0, "sessions", "3", "a", "12.0", "b", "8,5", "c", "20", "e", null);
    assertThat(f.integer("weeks", 1, 16, null)).isEqualTo(4);
    assertThat(f.integer("sessions", 1, 7, null)).isEqualTo(3);
    assertThat(f.integer("a", 1, 16, null)).isEqualTo(12);
    assertThat(f.integer("e", 1, 16, 5)).isEqualTo(5);
    assertThat(f.ok()).isTrue();
    assertThat(f.integer("b", 1, 16, 4)).isNull();
    assertThat(f.integer("c", 1, 16, 4)).isNull();
    assertThat(lines())
        .containsExactly(
            "roster.xlsx: Clients!D7 (b): expected a whole number from 1 to 16, got \"8,5\"",
            "roster.xlsx: Clients!E7 (c): expected a whole number from 1 to 16, got \"20\"");
  }

  @Test
  void numbersTypedAsText() {
    assertThat(Fields.parseNumber("8,5")).contains(8.5);
    assertThat(Fields.parseNumber(" 12 ")).contains(12.0);
    assertThat(Fields.parseNumber("1 000")).contains(1000.0);
    assertThat(Fields.parseNumber("1,2,3")).isEmpty();
    assertThat(Fields.parseNumber("abc")).isEmpty();
    // A CSV written by hand, or by some exports, keeps the spreadsheet's leading apostrophe.
    assertThat(Fields.parseNumber("'4")).contains(4.0);
    assertThat(Fields.parseNumber("'")).isEmpty();
    assertThat(Fields.parseNumber("''4")).isEmpty();
    assertThat(Fields.parseYesNo("'yes")).contains(true);
    assertThat(Fields.parseDate("'2026-12-01").date()).isEqualTo(LocalDate.of(2026, 12, 1));
    // a date with a time of day, as a date cell exported to text shows it; an hour that does not
    // exist is no time of day (found in review: "25:00" was dropped without a word)
    assertThat(Fields.parseDate("2026-12-01 23:59").date()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(Fields.parseDate("2026-12-01T07:30:15").date()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(Fields.parseDate("2026-12-01 25:00").date()).isNull();
    assertThat(Fields.parseDate("2026-12-01 12:60").date()).isNull();
    Fields f = row("load", "abc", "ok", "8.5");
    assertThat(f.number("ok", 0, 100)).contains(8.5);
    assertThat(f.number("load", 0, 100)).isEmpty();
    assertThat(lines())
        .containsExactly(
            "roster.xlsx: Clients!A7 (load): expected a number from 0 to 100, got \"abc\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-12-01|2026-12-01", "2026/12/1|2026-12-01", "2026-12-01T08:30|2026-12-01",
        "2026-12-01 08:30:00|2026-12-01", "01.12.2026|2026-12-01", "25/12/2026|2026-12-25",
        "12/25/2026|2026-12-25", "5/5/2026|2026-05-05", "1 Dec 2026|2026-12-01",
        "1 December 2026|2026-12-01", "December 1, 2026|2026-12-01", "Dec 1 2026|2026-12-01",
        "1-Dec-2026|2026-12-01", "20261201|2026-12-01", "3rd Sept 2026|2026-09-03",
        "1-Dec-26|2026-12-01", "01.12.26|2026-12-01", "12/25/26|2026-12-25", "Dec 1, 26|2026-12-01",
        "15/12/26|2026-12-15", "10.10.10|2010-10-10", "5.12.01|2001-12-05", "12/26/01|2001-12-26",
        "28.12.26|2026-12-28", "31/12/26|2026-12-31", "15.12.05|2005-12-15",
        "Tue, Dec 1, 2026|2026-12-01", "Tuesday, December 1, 2026|2026-12-01",
        "Thursday 3 December 2026|2026-12-03", "Wed. 2 Dec 2026|2026-12-02",
        "Tue 26.12.01|2026-12-01", "Tue 26-12-01|2026-12-01", "Tue 26/12/01|2026-12-01", "Wed 12/2/2026|2026-12-02",
        "Wed 2/12/2026|2026-12-02"
      })
  void unambiguousDateTexts(String text, String iso) {
    assertThat(Fields.parseDate(text).date()).isEqualTo(LocalDate.parse(iso));
  }

  /**
   * European trainers write their clients' start dates with the month's name, and the weekday, in
   * their own language.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "3. Dezember 2026|2026-12-03", "3. dezember 2026|2026-12-03", "3. Dez. 2026|2026-12-03",
        "3 DEZ 2026|2026-12-03", "1. März 2026|2026-03-01", "1. Marz 2026|2026-03-01", "1. Mär 2026|2026-03-01",
        "4 déc. 2026|2026-12-04", "4 dec 2026|2026-12-04", "4 décembre 2026|2026-12-04", "1er décembre 2026|2026-12-01",
        "4 févr. 2027|2027-02-04", "4 fevrier 2027|2027-02-04", "14 juillet 2026|2026-07-14", "14 juil. 2026|2026-07-14",
        "4 de diciembre de 2026|2026-12-04", "4 dic 2026|2026-12-04", "4 de enero de 2027|2027-01-04",
        "4 de dezembro de 2026|2026-12-04", "4 dez. 2026|2026-12-04", "4 de março de 2026|2026-03-04",
        "12 grudnia 2026|2026-12-12", "12 grudzień 2026|2026-12-12", "12 wrzesnia 2026|2026-09-12",
        "12 października 2026|2026-10-12", "12 paź 2026|2026-10-12",
        "5 dicembre 2026|2026-12-05", "5 gennaio 2027|2027-01-05", "5 mag 2026|2026-05-05",
        "3 dec 2026|2026-12-03", "3 mei 2026|2026-05-03", "3 maart 2026|2026-03-03", "3 mrt. 2026|2026-03-03",
        "3 okt. 2026|2026-10-03", "3 oktober 2026|2026-10-03", "3 maj 2026|2026-05-03",
        "3. desember 2026|2026-12-03", "3. des. 2026|2026-12-03", "3 marts 2026|2026-03-03",
        "3. prosince 2026|2026-12-03", "3. prosinec 2026|2026-12-03", "3. června 2026|2026-06-03",
        "3. července 2026|2026-07-03", "3. cervence 2026|2026-07-03", "3. joulukuuta 2026|2026-12-03",
        "Dezember 3, 2026|2026-12-03", "3. Dezem. 2026|2026-12-03",
        // found in review: a weekday in the trainer's language before the date was an error, while
        // an English weekday and a foreign month were read
        "Donnerstag, 3. Dezember 2026|2026-12-03", "Do. 3. Dez. 2026|2026-12-03", "jeudi 3 décembre 2026|2026-12-03",
        "Jeu. 3 déc. 2026|2026-12-03", "jueves, 3 de diciembre de 2026|2026-12-03", "Jue 3 dic 2026|2026-12-03",
        "giovedì 3 dicembre 2026|2026-12-03", "quinta-feira, 3 de dezembro de 2026|2026-12-03",
        "quinta, 3 de dezembro de 2026|2026-12-03", "donderdag 3 december 2026|2026-12-03",
        "torsdag 3 december 2026|2026-12-03", "czwartek, 3 grudnia 2026|2026-12-03", "čtvrtek 3. prosince 2026|2026-12-03",
        "torstaina 3. joulukuuta 2026|2026-12-03", "Mittwoch, 2.12.2026|2026-12-02", "mer. 02/12/2026|2026-12-02",
        "so 6. Dezember 2026|2026-12-06"
      })
  void monthNamesInOtherLanguages(String text, String iso) {
    assertThat(Fields.parseDate(text).date()).isEqualTo(LocalDate.parse(iso));
  }

  /**
   * Found in review: a German long date puts "den" after the weekday, and it was an error
   * ("Donnerstag, den 3. Dezember 2026"); the weekday must still fit the date.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Donnerstag, den 3. Dezember 2026|2026-12-03", "Donnerstag den 3. Dezember 2026|2026-12-03",
        "Do., den 3. Dez. 2026|2026-12-03", "Mittwoch, den 2.12.2026|2026-12-02", "DONNERSTAG, DEN 3. DEZEMBER 2026|2026-12-03"
      })
  void aGermanWeekdayWithDenBeforeTheDate(String text, String iso) {
    assertThat(Fields.parseDate(text).date()).isEqualTo(LocalDate.parse(iso));
  }

  @Test
  void aGermanWeekdayWithDenMustFitTheDate() {
    assertThat(Fields.parseDate("Freitag, den 3. Dezember 2026").problem()).isEqualTo("the date \"Freitag, den 3."
        + " Dezember 2026\" names a Friday, but 2026-12-03 is a Thursday; check the date");
    assertThat(Fields.parseDate("Donnerstag, den").date()).isNull();
  }

  /** A weekday in another language must fit the date, as an English one must. */
  @Test
  void aWeekdayInAnotherLanguageThatDoesNotFitTheDateIsAnError() {
    assertThat(Fields.parseDate("Freitag, 3. Dezember 2026").problem()).isEqualTo("the date \"Freitag, 3. Dezember"
        + " 2026\" names a Friday, but 2026-12-03 is a Thursday; check the date");
    // "so" is Sonntag in German and sobota (Saturday) in Czech: either fits, no other day
    assertThat(Fields.parseDate("so 5. prosince 2026").date()).isEqualTo(LocalDate.of(2026, 12, 5));
    assertThat(Fields.parseDate("so 3. Dezember 2026").problem()).contains("names a Saturday or Sunday, but");
    // of a date that could be read either way, the weekday picks one, as an English one does
    assertThat(Fields.parseDate("mercredi 12/2/2026").date()).isEqualTo(LocalDate.of(2026, 12, 2));
    // a word that is no weekday is still no date
    assertThat(Fields.parseDate("Dienstagg 3. Dezember 2026").problem()).startsWith("expected a date like");
  }

  @Test
  void aDateWithSlashesThatReadsEitherWayTakesTheFilesOrderWhenItIsKnown() {
    assertThat(Fields.slashKind("12/1/2026")).isEqualTo(Fields.SlashKind.EITHER);
    assertThat(Fields.slashKind("12/15/2026")).isEqualTo(Fields.SlashKind.MONTH_FIRST);
    assertThat(Fields.slashKind("15-12-2026")).isEqualTo(Fields.SlashKind.DAY_FIRST);
    assertThat(Fields.slashKind("12/12/2026")).isEqualTo(Fields.SlashKind.NONE);
    assertThat(Fields.slashKind("2026-12-01")).isEqualTo(Fields.SlashKind.NONE);
    assertThat(Fields.slashKind("26-12-01")).isEqualTo(Fields.SlashKind.NONE);
    assertThat(Fields.slashKind("12/15/26")).isEqualTo(Fields.SlashKind.MONTH_FIRST);
    assertThat(Fields.slashKind("15/12/26")).isEqualTo(Fields.SlashKind.DAY_FIRST);
    // a day from the 27th on in 2026 is day first too: 2028-12-26, read year first, is not much later
    assertThat(Fields.slashKind("28/12/26")).isEqualTo(Fields.SlashKind.DAY_FIRST);
    // no evidence: not a date (a typo), could be year first, or settled by its own weekday
    assertThat(Fields.slashKind("12/45/2026")).isEqualTo(Fields.SlashKind.NONE);
    assertThat(Fields.slashKind("2/30/2026")).isEqualTo(Fields.SlashKind.NONE);
    assertThat(Fields.slashKind("26/12/01")).isEqualTo(Fields.SlashKind.NONE);
    assertThat(Fields.slashKind("Wed 12/2/2026")).isEqualTo(Fields.SlashKind.NONE);
    // the weekday picks the reading of a date that could be either
    assertThat(Fields.parseDate("Wed 12/2/2026").date()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(Fields.parseDate("Mon 12/2/2026").problem()).startsWith("the date \"Mon 12/2/2026\" could be day/month");
    assertThat(Fields.parseDate("12/1/2026", Fields.SlashOrder.MONTH_FIRST).date()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(Fields.parseDate("12/1/2026", Fields.SlashOrder.DAY_FIRST).date()).isEqualTo(LocalDate.of(2026, 1, 12));
    assertThat(Fields.parseDate("12/1/2026", Fields.SlashOrder.UNKNOWN).date()).isNull();
    // a date that reads only one way keeps that reading whatever the file's order
    assertThat(Fields.parseDate("25/12/2026", Fields.SlashOrder.MONTH_FIRST).date()).isEqualTo(LocalDate.of(2026, 12, 25));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "31.13.2026|expected a date like 2026-12-01, got \"31.13.2026\"",
        "2026-02-30|expected a date like 2026-12-01, got \"2026-02-30\"",
        "next monday|expected a date like 2026-12-01, got \"next monday\"",
        "1 Smarch 2026|expected a date like 2026-12-01, got \"1 Smarch 2026\": \"Smarch\" is not a month's name"
            + " in English or another European language read here; check its spelling, or write the month as a"
            + " number",
        "4 jui 2026|the date \"4 jui 2026\" could be in June or July: \"jui\" begins more than one month's name;"
            + " write the month in full or as a number, like 2026-06-04 or 2026-07-04",
        "03/04/2026|the date \"03/04/2026\" could be day/month or month/day; write it as 2026-04-03"
            + " or 2026-03-04",
        "1/12/26|the date \"1/12/26\" could be day/month or month/day; write it as 2026-12-01 or 2026-01-12",
        "26-12-01|the date \"26-12-01\" could also be year first; write the year with four digits, like 2026-12-01",
        "26.12.01|the date \"26.12.01\" could be 2001-12-26 or, year first, 2026-12-01; write the year with four"
            + " digits",
        "26/12/01|the date \"26/12/01\" could be 2001-12-26 or, year first, 2026-12-01; write the year with four"
            + " digits",
        "12.12.01|the date \"12.12.01\" could be 2001-12-12 or, year first, 2012-12-01; write the year with four"
            + " digits",
        "31.12.20|the date \"31.12.20\" could be 2020-12-31 or, year first, 2031-12-20; write the year with four"
            + " digits",
        "'Monday, December 1, 2026'|the date \"Monday, December 1, 2026\" names a Monday, but 2026-12-01 is a"
            + " Tuesday; check the date"
      })
  void impossibleOrAmbiguousDates(String text, String message) {
    assertThat(Fields.parseDate(text).date()).isNull();
    assertThat(Fields.parseDate(text).problem()).isEqualTo(message);
  }

  @Test
  void datesFromCellsAndSerials() {
    Fields f =
        row("start_date", LocalDate.of(2026, 12, 2), "b", 46357.0, "c", "31.13.2026", "e", null);
    assertThat(f.date("start_date", true)).contains(LocalDate.of(2026, 12, 2));
    assertThat(f.date("b", true)).contains(LocalDate.of(2026, 12, 1));
    assertThat(f.date("e", false)).isEmpty();
    assertThat(f.ok()).isTrue();
    assertThat(f.date("c", true)).isEmpty();
    assertThat(f.date("e", true)).isEmpty();
    assertThat(lines())
        .containsExactly(
            "roster.xlsx: Clients!C7 (c): expected a date like 2026-12-01, got \"31.13.2026\"",
            "roster.xlsx: Clients!D7 (e): the cell is empty; a date like 2026-12-01 is required");
  }

  @Test
  void choicesYesNoAndLists() {
    Fields f =
        row(
            "level",
            "I",
            "bad",
            "elite",
            "side",
            "Yes",
            "side2",
            Boolean.FALSE,
            "side3",
            "maybe",
            "list",
            "foam roller; band light/medium/heavy",
            "commas",
            "shoulder, Low Back, dumbbells 2,5/5 kg");
    assertThat(
            f.choice("level", Level::parse, Level.BEGINNER, "beginner, intermediate or advanced"))
        .isEqualTo(Level.INTERMEDIATE);
    assertThat(f.choice("none", Level::parse, Level.BEGINNER, "x")).isEqualTo(Level.BEGINNER);
    assertThat(f.yesNo("side", false)).isTrue();
    assertThat(f.yesNo("side2", true)).isFalse();
    assertThat(f.list("list")).containsExactly("foam roller", "band light/medium/heavy");
    assertThat(f.list("commas")).containsExactly("shoulder", "Low Back", "dumbbells 2,5/5 kg");
    assertThat(f.tags("commas")).containsExactly("shoulder", "low back", "dumbbells 2,5/5 kg");
    assertThat(f.ok()).isTrue();
    assertThat(f.choice("bad", Level::parse, Level.BEGINNER, "beginner, intermediate or advanced"))
        .isNull();
    f.yesNo("side3", false);
    assertThat(lines())
        .containsExactly(
            "roster.xlsx: Clients!B7 (bad): expected beginner, intermediate or advanced, got"
                + " \"elite\"",
            "roster.xlsx: Clients!E7 (side3): expected yes or no, got \"maybe\"");
    assertThat(f.ok()).isFalse();
  }

  @Test
  void missingColumnPointsAtTheRow() {
    Fields f = row("name", "x");
    assertThat(f.required("email")).isEqualTo(Optional.empty());
    assertThat(lines())
        .containsExactly("roster.xlsx: Clients!row 7: the cell is empty; a value is required");
  }
}
