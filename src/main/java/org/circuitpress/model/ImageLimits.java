package org.circuitpress.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How large a picture (a drill's image or the logo) may be, one rule for the library check and
 * for the handout: at most {@link #MAX_SIDE} pixels a side, so a strip of a picture is not
 * shrunk to nothing, and at most {@link #MAX_PIXELS} pixels in all, which bounds the memory a
 * decoded picture takes (4 bytes a pixel: 64 MB).
 */
public final class ImageLimits {
  public static final int MAX_SIDE = 6000;
  public static final long MAX_PIXELS = 16_000_000L;

  private ImageLimits() {}

  /**
   * What is wrong with a picture of this size, said after its name ("is 5000 x 5000 pixels
   * ..."); empty when it is within both limits.
   */
  public static Optional<String> problem(int width, int height) {
    String size = "is " + width + " x " + height + " pixels";
    if (width > MAX_SIDE || height > MAX_SIDE) {
      return Optional.of(
          size + "; a picture may be at most " + MAX_SIDE + " pixels wide and " + MAX_SIDE
              + " high");
    }
    long pixels = (long) width * height;
    if (pixels > MAX_PIXELS) {
      return Optional.of(
          size + ", " + grouped(pixels) + " in all; a picture may have at most "
              + grouped(MAX_PIXELS) + " pixels (for example 4000 x 4000)");
    }
    return Optional.empty();
  }

  /** 16000000 as "16,000,000": exact, so a picture just over the limit is not shown as on it. */
  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
