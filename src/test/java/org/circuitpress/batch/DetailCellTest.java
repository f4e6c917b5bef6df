package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DetailCellTest {
  @Test
  void aShortCellIsLeftAsItIs() {
    assertThat(DetailCell.of(List.of("a"), 1, "warning", "a note", "report.txt")).isEqualTo("a; a note");
    assertThat(DetailCell.of(List.of(), 0, "", "a note", "report.txt")).isEqualTo("a note");
  }

  @Test
  void twoProblemsInFullThenHowManyMoreAndWhichReportListsThem() {
    assertThat(DetailCell.of(List.of("first", "second"), 5, "error", "", "report-clients.txt"))
        .isEqualTo("first; second; and 3 more errors in report-clients.txt");
    assertThat(DetailCell.of(List.of("first", "second"), 3, "warning", "", "report.txt"))
        .isEqualTo("first; second; and 1 more warning in report.txt");
  }

  @Test
  void aSecondProblemThatDoesNotFitIsCountedNotCut() {
    String first = "word ".repeat(40).strip();
    String second = "other ".repeat(30).strip();
    assertThat(DetailCell.of(List.of(first, second), 2, "warning", "", "report.txt"))
        .isEqualTo(first + "; and 1 more warning in report.txt");
  }

  @Test
  void aProblemTooLongAloneIsCutAtAWord() {
    String one = "the limitation is read as shoulder ".repeat(20).strip();
    String cell = DetailCell.of(List.of(one), 1, "warning", "", "report.txt");
    assertThat(cell).hasSizeLessThanOrEqualTo(DetailCell.PROBLEMS).endsWith("\u2026");
    String kept = cell.substring(0, cell.length() - 1);
    assertThat(one).startsWith(kept);
    assertThat(one.charAt(kept.length())).isEqualTo(' ');
  }

  @Test
  void notesAfterTheProblemsGetWhatRoomIsLeft() {
    String problem = "p".repeat(250);
    String notes = "slot roll-lats: Doorframe lat lean given because ".repeat(10);
    String cell = DetailCell.of(List.of(problem), 1, "warning", notes, "report.txt");
    assertThat(cell).hasSizeLessThanOrEqualTo(DetailCell.MAX).startsWith(problem + "; slot roll-lats").endsWith("\u2026");
    // however long the problems, the cell stays within its size
    String longest = "q".repeat(DetailCell.MAX * 2);
    assertThat(DetailCell.of(List.of(longest, longest), 9, "warning", notes, "report.txt"))
        .hasSizeLessThanOrEqualTo(DetailCell.MAX).contains("; and 8 more warnings in report.txt; slot roll-lats");
  }

  @Test
  void aLeadGoesFirstWholeAndTheProblemsGetTheRoomLeft() {
    String lead = "Zhang Wei (c014): log read from handout.pdf: repeating the last block because 0 of 30 rounds"
        + " were done (0%), average RPE 5.0";
    String problem = "handout.pdf: field c014.w1.s1.r1.breathing-90-90.amount: warning: expected a number ".repeat(4);
    String cell = DetailCell.of(lead, List.of(problem, problem), 240, "warning", "a note", "report.txt");
    assertThat(cell).hasSizeLessThanOrEqualTo(DetailCell.MAX).startsWith(lead + "; handout.pdf: field")
        .contains("\u2026; and 239 more warnings in report.txt");
    // a lead too long for the cell leaves room for the count, and the problems are only counted
    String longLead = "the log earns one extra step ".repeat(20);
    cell = DetailCell.of(longLead, List.of(problem), 240, "warning", "", "report.txt");
    assertThat(cell).hasSizeLessThanOrEqualTo(DetailCell.MAX).endsWith("\u2026; 240 warnings in report.txt");
    assertThat(DetailCell.of(lead, List.of(), 0, "", "a note", "report.txt")).isEqualTo(lead + "; a note");
  }

  /**
   * A note of pain's warning too long for the cell loses the end of its drill's name, not the note:
   * what the drill is held at and the start of the note stay, the rest of the note is cut as usual.
   */
  @Test
  void aNoteOfPainsWarningCutsItsDrillsNameBeforeTheNote() {
    String name = "Kettlebell windmill with a long pause at the bottom, a slow return to standing and the free arm"
        + " reaching overhead all the way, eyes on the bell";
    String held = "slot windmill: held at " + name + " 8 reps per side with 12 kg every week: the client's note on it"
        + " reports pain: \"sharp pain in my right shoulder on the way down\" (week 3, session 2, round 1, in Week 3!Q33)";
    DetailCell.Part part = new DetailCell.Part("log.xlsx: Week 3!Q33 (Notes): warning: ", held, true);
    assertThat(DetailCell.ofParts("", List.of(part), 1, "warning", "", "report.txt")).isEqualTo("log.xlsx: Week 3!Q33"
        + " (Notes): warning: slot windmill: held at Kettlebell windmill with a long pause at the bottom, a slow return"
        + " to standing and the free arm reaching overhead all\u2026 8 reps per side with 12 kg every week: the client's"
        + " note on it reports pain: \"sharp pain in my right shoulder on the\u2026");
    // a note on a drill the block no longer gives names the drill in its place (here twice as long)
    String notHeld = "the client's note on " + name + "; " + name + " reports pain: \"sharp pain in my right shoulder on the way"
        + " down\" (week 3, session 2, round 1, in Week 3!Q33); this block does not give that drill, so nothing is held"
        + " back for it";
    assertThat(DetailCell.ofParts("", List.of(new DetailCell.Part("", notHeld, true)), 1, "warning", "", "report.txt"))
        .hasSizeLessThanOrEqualTo(DetailCell.PROBLEMS).contains("\u2026 reports pain: \"sharp pain in my right shoulder");
  }
}
