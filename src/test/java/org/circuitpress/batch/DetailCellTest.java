package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DetailCellTest {
  @Test
  void aShortCellIsLeftAsItIs() {
    assertThat(DetailCell.of(List.of("a"), 1, "warning", "a note", "report.txt")).isEqualTo("a; a note");
    assertThat(DetailCell.of(List.of(), 0, "", "a note", "report.txt")).isEqualTo("a note");
    assertThat(DetailCell.cut("x".repeat(DetailCell.MAX), DetailCell.MAX)).hasSize(DetailCell.MAX);
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

  @Test
  void aCutNeverSplitsACharacter() {
    String emoji = "\uD83D\uDE00"; // one character, two chars in Java
    String s = "x".repeat(9) + emoji.repeat(10);
    for (int max = 10; max < s.length(); max++) {
      String cut = DetailCell.cut(s, max);
      assertThat(cut).hasSizeLessThanOrEqualTo(max);
      assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).as("max %d: %s", max, cut).isFalse();
      assertThat(cut.codePoints().noneMatch(c -> c == 0xFFFD)).isTrue();
    }
    // an accent typed as a mark of its own stays with its letter
    String marked = "y".repeat(8) + "e\u0301".repeat(10);
    for (int max = 9; max < marked.length(); max++) {
      String cut = DetailCell.cut(marked, max);
      assertThat(cut.charAt(cut.length() - 2)).as("max %d", max).isNotEqualTo('e');
    }
    // a family emoji joined by zero-width joiners is not cut between its parts
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    String joined = "z".repeat(8) + family;
    for (int max = 9; max < joined.length(); max++) {
      assertThat(DetailCell.cut(joined, max)).isEqualTo("z".repeat(8) + "\u2026");
    }
  }
}
