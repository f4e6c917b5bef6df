package org.circuitpress.render.pdf;

/** A text style: weight, size in points and colour as 0xRRGGBB. */
record Style(boolean bold, float size, int rgb) {
  static final int INK = 0x1A1A1A;
  static final int MUTED = 0x4D4D4D;

  static Style body() {
    return new Style(false, 9.5f, INK);
  }

  Style sized(float s) {
    return new Style(bold, s, rgb);
  }

  Style colored(int c) {
    return new Style(bold, size, c);
  }

  Style bolded() {
    return new Style(true, size, rgb);
  }

  /** Baseline distance between two lines. */
  float leading() {
    return size * 1.25f;
  }

  /** From the top of a line box to its baseline (DejaVu's ascender is 0.93 em). */
  float ascent() {
    return size * 0.95f;
  }
}
