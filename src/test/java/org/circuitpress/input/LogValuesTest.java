package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogValuesTest {
  static final LocalDate NEAR = LocalDate.of(2026, 12, 7);

  @Test
  void quantitiesKeepTheirNumberAndWord() {
    assertThat(LogValues.quantity("12")).contains(new LogValues.Quantity(12, ""));
    assertThat(LogValues.quantity("12 reps")).contains(new LogValues.Quantity(12, "reps"));
    assertThat(LogValues.quantity("8,5kg")).contains(new LogValues.Quantity(8.5, "kg"));
    assertThat(LogValues.quantity("1:30")).contains(new LogValues.Quantity(90, "s"));
    assertThat(LogValues.quantity("twelve")).isEmpty();
    // a per-side drill logged side by side: the side that did less counts
    assertThat(LogValues.quantity("10/10")).contains(new LogValues.Quantity(10, ""));
    assertThat(LogValues.quantity("10 / 8 reps")).contains(new LogValues.Quantity(8, "reps"));
    assertThat(LogValues.quantity("30/25s")).contains(new LogValues.Quantity(25, "s"));
    assertThat(LogValues.quantity("10/")).isEmpty();
    // a range: its lower number, marked as one
    assertThat(LogValues.quantity("12-15")).contains(new LogValues.Quantity(12, "", "", false, 1, true));
    assertThat(LogValues.quantity("15-12")).isEmpty();
  }

  /** Found in review (fixtures c001, c009 of the tablet fill): these were dropped with a warning. */
  @Test
  void quantitiesTypedWithMore() {
    assertThat(LogValues.quantity("8/side")).contains(new LogValues.Quantity(8, "/side"));
    assertThat(LogValues.quantity("10 (hard)")).contains(new LogValues.Quantity(10, "", "(hard)", false, 1));
    assertThat(LogValues.quantity("12 reps, left knee")).contains(new LogValues.Quantity(12, "reps", ", left knee", false, 1));
    assertThat(LogValues.quantity("½")).contains(new LogValues.Quantity(0.5, ""));
    assertThat(LogValues.quantity("1½")).contains(new LogValues.Quantity(1.5, ""));
    assertThat(LogValues.quantity("1 ½ min")).contains(new LogValues.Quantity(1.5, "min"));
    assertThat(LogValues.quantity("8+2")).contains(new LogValues.Quantity(10, "", "", true, 1));
    assertThat(LogValues.quantity("8 + 2,5 kg")).contains(new LogValues.Quantity(10.5, "kg", "", true, 1));
    assertThat(LogValues.quantity("2x20kg")).contains(new LogValues.Quantity(20, "kg", "", false, 2));
    assertThat(LogValues.quantity("2 × 16")).contains(new LogValues.Quantity(16, "", "", false, 2));
    // more numbers after the first are no text of the client's own: not read, but for a range
    assertThat(LogValues.quantity("12 - 15 reps")).contains(new LogValues.Quantity(12, "reps", "", false, 1, true));
    assertThat(LogValues.quantity("12-15 (hard)")).isEmpty();
    assertThat(LogValues.quantity("10/8 (left weaker)")).isEmpty();
    assertThat(LogValues.quantity("10 :)")).isEmpty();
  }

  @Test
  void ticksAndWordsForDone() {
    for (String yes : new String[] {"yes", "Y", "x", "✓", "done"}) assertThat(LogValues.done(yes)).as(yes).contains(true);
    for (String no : new String[] {"no", "N", "-", "–", "—", "skipped"}) assertThat(LogValues.done(no)).as(no).contains(false);
    assertThat(LogValues.done("maybe")).isEmpty();
  }

  /**
   * Found in review: a tick typed on a phone (✔️, ☑️: the tick and U+FE0F, which asks for the emoji
   * picture) and "Done!" or "yes." were left empty with a warning, as if nothing had been said.
   */
  @Test
  void ticksFromAnEmojiKeyboardAndAnswersWithAFullStopAreRead() {
    for (String yes : new String[] {"✔\uFE0F", "☑\uFE0F", "✔\uFE0E", "Done!", "yes.", " Yes! "}) {
      assertThat(LogValues.done(yes)).as(yes).contains(true);
    }
    assertThat(LogValues.done("no.")).contains(false);
    assertThat(LogValues.done("-")).as("a dash alone is still an answer").contains(false);
    assertThat(LogValues.done("...")).isEmpty();
  }

  @Test
  void rpeInsideText() {
    assertThat(LogValues.firstNumber("RPE 7")).contains(7.0);
    assertThat(LogValues.firstNumber("7/10")).contains(7.0);
    assertThat(LogValues.firstNumber("7,5")).contains(7.5);
    assertThat(LogValues.firstNumber("hard 8 maybe")).isEmpty();
    assertThat(LogValues.upperOfRange("7-8")).contains(8.0);
    assertThat(LogValues.upperOfRange("RPE 6,5 – 7 / 10")).contains(7.0);
    assertThat(LogValues.upperOfRange("8-7")).isEmpty();
    assertThat(LogValues.upperOfRange("7/8")).isEmpty();
  }

  /**
   * Found in review: a returned log's French "1er" for the first of the month, and a German weekday
   * with "den" after it, were not read as dates, while the roster's dates were.
   */
  @Test
  void theFrenchFirstAndAGermanWeekdayWithDenAreRead() {
    assertThat(LogValues.date("1er décembre 2026", NEAR, false)).contains(LocalDate.of(2026, 12, 1));
    assertThat(LogValues.date("1er déc", NEAR, false)).contains(LocalDate.of(2026, 12, 1));
    assertThat(LogValues.date("mardi 1er décembre 2026", NEAR, false)).contains(LocalDate.of(2026, 12, 1));
    assertThat(LogValues.date("1ER JANVIER", NEAR, false)).contains(LocalDate.of(2027, 1, 1));
    assertThat(LogValues.date("Donnerstag, den 3. Dezember 2026", NEAR, false)).contains(LocalDate.of(2026, 12, 3));
    assertThat(LogValues.date("Do., den 3.12.", NEAR, false)).contains(LocalDate.of(2026, 12, 3));
    assertThat(LogValues.date("Donnerstag, den", NEAR, false)).isEmpty();
  }

  @Test
  void datesFollowThePaperTheClientPrintsOn() {
    assertThat(LogValues.date("2026-12-08", NEAR, false)).contains(LocalDate.of(2026, 12, 8));
    assertThat(LogValues.date("8.12.2026", NEAR, true)).contains(LocalDate.of(2026, 12, 8));
    assertThat(LogValues.date("9/12/2026", NEAR, false)).contains(LocalDate.of(2026, 12, 9));
    assertThat(LogValues.date("12/9/2026", NEAR, true)).contains(LocalDate.of(2026, 12, 9));
    assertThat(LogValues.date("3/1", NEAR, false)).contains(LocalDate.of(2027, 1, 3)); // the year closest to the block
    assertThat(LogValues.date("31.13.2026", NEAR, false)).isEmpty();
    assertThat(LogValues.date("next tuesday", NEAR, false)).isEmpty();
    // as the handout prints a planned day, and other ways of naming the month
    assertThat(LogValues.date("Tue 12 Jan", NEAR, false)).contains(LocalDate.of(2027, 1, 12));
    // as the handout prints it on Letter, and as the log workbook there shows a date
    assertThat(LogValues.date("Tue, Jan 12", NEAR, true)).contains(LocalDate.of(2027, 1, 12));
    assertThat(LogValues.date("Jan 12, 2027", NEAR, true)).contains(LocalDate.of(2027, 1, 12));
    assertThat(LogValues.date("13 Jan", NEAR, true)).contains(LocalDate.of(2027, 1, 13));
    assertThat(LogValues.date("13th January 2027", NEAR, false)).contains(LocalDate.of(2027, 1, 13));
    assertThat(LogValues.date("Tuesday, January 12, 2027", NEAR, false)).contains(LocalDate.of(2027, 1, 12));
    assertThat(LogValues.date("Dec. 9", NEAR, false)).contains(LocalDate.of(2026, 12, 9));
    // a month's name in another language, as the roster's dates are read
    assertThat(LogValues.date("8. Dez.", NEAR, false)).contains(LocalDate.of(2026, 12, 8));
    assertThat(LogValues.date("9 déc", NEAR, false)).contains(LocalDate.of(2026, 12, 9));
    assertThat(LogValues.date("10 grudnia 2026", NEAR, false)).contains(LocalDate.of(2026, 12, 10));
    assertThat(LogValues.date("11 dic", NEAR, false)).contains(LocalDate.of(2026, 12, 11));
    assertThat(LogValues.date("4 jui", NEAR, false)).isEmpty(); // juin or juillet
    // with a weekday in another language too, and with Spanish or Portuguese "de"
    assertThat(LogValues.date("Donnerstag, 3. Dezember 2026", NEAR, false)).contains(LocalDate.of(2026, 12, 3));
    assertThat(LogValues.date("jeudi 3 décembre 2026", NEAR, false)).contains(LocalDate.of(2026, 12, 3));
    assertThat(LogValues.date("jueves, 3 de diciembre de 2026", NEAR, false)).contains(LocalDate.of(2026, 12, 3));
    assertThat(LogValues.date("3 de diciembre", NEAR, false)).contains(LocalDate.of(2026, 12, 3));
    assertThat(LogValues.date("Do. 3.12.", NEAR, false)).contains(LocalDate.of(2026, 12, 3));
    assertThat(LogValues.date("Donnerstag", NEAR, false)).isEmpty();
    assertThat(LogValues.date("12 reps", NEAR, false)).isEmpty();
    assertThat(LogValues.date("31 Feb", NEAR, false)).isEmpty();
    // both orders of a slashed date that can be either, the paper's first
    assertThat(LogValues.readings("06/01/2027", NEAR, false))
        .containsExactly(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 6, 1));
    assertThat(LogValues.readings("06/01/2027", NEAR, true))
        .containsExactly(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 1, 6));
    assertThat(LogValues.readings("13/01/2027", NEAR, true)).containsExactly(LocalDate.of(2027, 1, 13));
    assertThat(LogValues.readings("8.12.2026", NEAR, true)).containsExactly(LocalDate.of(2026, 12, 8));
  }

  @Test
  void wordsForASessionMissedAndWhyAreToldFromOtherWords() {
    for (String t : List.of("sick", "skipped - sick", "Holiday", "away", "on holiday", "not done, ill", "Skipped (away)"))
      assertThat(LogValues.missedFor(t)).as(t).isTrue();
    for (String t : List.of("skip", "", "sick of it but did 8", "done", "felt ill after", "away from the wall", "10"))
      assertThat(LogValues.missedFor(t)).as(t).isFalse();
  }

  /**
   * Found in review: "10 sick" in a Done cell was read as a session missed (the client did 10 while
   * sick), while "away 2 weeks" and a slip such as "hoilday" were left empty with a warning.
   */
  @Test
  void aNumberIsAnAmountDoneUnlessItSaysHowLongAndASlipOfTheKeyboardIsRead() {
    for (String t : List.of("away 2 weeks", "sick 3 days", "2 weeks away", "hoilday", "on vacaton", "skipped - holliday"))
      assertThat(LogValues.missedFor(t)).as(t).isTrue();
    for (String t : List.of("10 sick", "sick 10", "8 away", "sick 2x", "sore", "skipped - sore"))
      assertThat(LogValues.missedFor(t)).as(t).isFalse();
  }
}
