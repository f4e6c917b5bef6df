package org.circuitpress.render.pdf;

/**
 * The branding colours, made safe for black-and-white printing: text in the accent colour is
 * darkened until it reads as dark grey, fills use a pale tint behind dark text.
 *
 * @param accent rules, bars and the brand name's colour as given
 * @param accentText headings: the accent at most 45% luminance
 * @param tint table headers and week bands: the accent mixed 12% into white
 */
record Theme(int accent, int accentText, int tint) {
  static Theme of(int rgb) {
    int accent = rgb & 0xFFFFFF;
    int text = accent;
    for (int i = 0; i < 20 && luminance(text) > 0.45; i++) text = mix(text, 0x000000, 0.15);
    return new Theme(mix(accent, 0x000000, luminance(accent) > 0.6 ? 0.3 : 0), text, mix(accent, 0xFFFFFF, 0.88));
  }

  static double luminance(int rgb) {
    return (0.2126 * ((rgb >> 16) & 0xFF) + 0.7152 * ((rgb >> 8) & 0xFF) + 0.0722 * (rgb & 0xFF)) / 255;
  }

  /** {@code a} moved towards {@code b} by {@code t} (0..1). */
  static int mix(int a, int b, double t) {
    int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
    int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
    int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
    return (r << 16) | (g << 8) | bl;
  }
}
