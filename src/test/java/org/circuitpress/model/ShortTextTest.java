package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortTextTest {
  @Test
  void aTextThatFitsIsLeftAsItIs() {
    // at exactly the limit too: a cut there would keep the length, ending in an ellipsis
    String note = "x".repeat(400);
    assertThat(ShortText.cut(note, 400)).isEqualTo(note);
    assertThat(ShortText.cut("sore knee", 9)).isEqualTo("sore knee");
  }

  @Test
  void aLongTextIsCutAfterAWord() {
    assertThat(ShortText.cut("sharp pain in the right shoulder on the way down", 30)).isEqualTo("sharp pain in the right\u2026");
  }

  @Test
  void aCutNeverSplitsACharacter() {
    String emoji = "\uD83D\uDE00"; // one character, two chars in Java
    String s = "x".repeat(9) + emoji.repeat(10);
    for (int max = 10; max < s.length(); max++) {
      String cut = ShortText.cut(s, max);
      assertThat(cut).hasSizeLessThanOrEqualTo(max);
      assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).as("max %d: %s", max, cut).isFalse();
      assertThat(cut.codePoints().noneMatch(c -> c == 0xFFFD)).isTrue();
    }
    // an accent typed as a mark of its own stays with its letter
    String marked = "y".repeat(8) + "e\u0301".repeat(10);
    for (int max = 9; max < marked.length(); max++) {
      String cut = ShortText.cut(marked, max);
      assertThat(cut.charAt(cut.length() - 2)).as("max %d", max).isNotEqualTo('e');
    }
    // a family emoji joined by zero-width joiners is not cut between its parts
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    String joined = "z".repeat(8) + family;
    for (int max = 9; max < joined.length(); max++) {
      assertThat(ShortText.cut(joined, max)).isEqualTo("z".repeat(8) + "\u2026");
    }
  }

  @Test
  void aCutIsAtAWordOnlyWhenOneEndsInTheLastThird() {
    // 30 characters kept before the ellipsis: a word ending at 20, two thirds of them, is too early
    String s = "a".repeat(20) + " " + "b".repeat(20);
    assertThat(ShortText.cut(s, 31)).isEqualTo("a".repeat(20) + " " + "b".repeat(9) + "\u2026");
    assertThat(ShortText.cut(s, 30)).isEqualTo("a".repeat(20) + "\u2026");
    assertThat(ShortText.cut("left knee " + "b".repeat(30), 31)).isEqualTo("left knee " + "b".repeat(20) + "\u2026");
  }

  @Test
  void aCutJustAfterASeparatorLeavesItOut() {
    assertThat(ShortText.cut("sore knee; left shoulder", 15)).isEqualTo("sore knee\u2026");
    assertThat(ShortText.cut("sore knee, left shoulder", 15)).isEqualTo("sore knee\u2026");
    assertThat(ShortText.cut("knee pain: left shoulder", 15)).isEqualTo("knee pain\u2026");
  }

  @Test
  void aLetterWithMoreMarksThanRoomIsLeftOutWhole() {
    assertThat(ShortText.cut("e" + "\u0301".repeat(10), 5)).isEqualTo("\u2026");
  }
}
