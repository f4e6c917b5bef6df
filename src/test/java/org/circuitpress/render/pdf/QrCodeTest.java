package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.circuitpress.model.Exercise;
import org.junit.jupiter.api.Test;

class QrCodeTest {
  private static String link(int length) {
    String start = "https://videos.example.org/watch?v=";
    return start + "x".repeat(length - start.length());
  }

  /** The library's "very fine squares" warning starts where the code grows past 65 squares a side. */
  @Test
  void theLongLinkWarningStartsWhereTheCodeGrows() {
    assertThat(QrCode.encode(link(Exercise.LONG_VIDEO_URL - 1)).getWidth()).isEqualTo(65);
    assertThat(QrCode.encode(link(Exercise.LONG_VIDEO_URL)).getWidth()).isEqualTo(69);
    // at the size cards print it, 62 pt; set tight, down to 54 pt, but squares of 0.33 mm at least
    float mm = 62 / 72f * 25.4f / 69;
    assertThat(mm).isBetween(0.31f, 0.33f);
    // so the code of every link not warned of keeps them within the card's 62 pt
    assertThat(65 * QrCode.MIN_MODULE).isLessThanOrEqualTo(62);
    assertThat(QrCode.MIN_MODULE / 72 * 25.4f).isGreaterThan(mm);
  }

  /**
   * Found by the layout fuzzer: set tighter, the code of 61 or 65 squares was 61 x 0.33 mm wide to
   * the last bit of a float, and its squares, as the page gives them back, 0.3299 mm. A side in
   * whole points keeps every code's squares at 0.33 mm or more.
   */
  @Test
  void aCodeSetTighterKeepsSquaresOfAThirdOfAMillimetreAsPrinted() {
    for (int modules = 21; modules <= 65; modules += 4) {
      float side = QrCode.tightSide(modules);
      // as the page's content writes the scale (Ops.num) and a reader multiplies it out
      float scale = Float.parseFloat(Ops.number(side / modules));
      assertThat(scale / 72f * 25.4f).as("%d squares in %s pt", modules, side)
          .isGreaterThanOrEqualTo(0.33f);
      assertThat(side).isBetween(54f, 62f);
    }
  }
}
