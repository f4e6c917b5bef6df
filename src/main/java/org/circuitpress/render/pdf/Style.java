package org.circuitpress.render.pdf;

/**
 * A text style: weight, size in points, colour as 0xRRGGBB, and line spacing as a multiple of
 * the size.
 */
record Style(boolean bold, float size, int rgb, float spacing) {
  Style(boolean bold, float size, int rgb) {
    this(bold, size, rgb, 1.25f);
  }

  static final int INK = 0x1A1A1A;
  static final int MUTED = 0x4D4D4D;

  static Style body() {
    return new Style(false, 9.5f, INK);
  }

  Style sized(float s) {
    return new Style(bold, s, rgb, spacing);
  }

  Style colored(int c) {
    return new Style(bold, size, c, spacing);
  }

  Style bolded() {
    return new Style(true, size, rgb, spacing);
  }

  /** Closer lines, for the two-line labels of log rows. */
  Style tight() {
    return new Style(bold, size, rgb, 1.12f);
  }

  /** Baseline distance between two lines. */
  float leading() {
    return size * spacing;
  }

  /** From the top of a line box to its baseline (DejaVu's ascender is 0.93 em). */
  float ascent() {
    return size * 0.95f;
  }
}
