package org.circuitpress.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The paper a client prints on. Sizes in PDF points (1/72 inch). */
public enum Paper {
  A4(595.28f, 841.89f),
  LETTER(612f, 792f);

  public final float width;
  public final float height;

  Paper(float width, float height) {
    this.width = width;
    this.height = height;
  }

  public static Optional<Paper> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return switch (t) {
      case "a4", "a4 paper" -> Optional.of(A4);
      case "letter", "us letter", "us-letter", "usletter", "letter size", "us", "8.5x11", "8.5 x 11",
          "8.5 x 11 in", "8.5x11 in", "8½x11", "8½ x 11" -> Optional.of(LETTER);
      default -> Optional.empty();
    };
  }

  /**
   * The paper most of {@code papers} are, A4 on a tie or when there are none: what a trainer's own
   * sheets print on, when the roster's clients print on the trainer's paper.
   */
  public static Paper most(Collection<Paper> papers) {
    long letter = papers.stream().filter(p -> p == LETTER).count();
    return letter > papers.size() - letter ? LETTER : A4;
  }

  public String label() {
    return this == A4 ? "A4" : "Letter";
  }
}
