package org.circuitpress.input;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tempo as a trainer types it: four numbers (or X), seconds down, pause, up, pause. The handout
 * prints them with dashes ({@code 3-1-3-1}); slashes, colons, full stops or single spaces between
 * them ({@code 3/1/3/1}, {@code 3 1 3 1}) say the same tempo, so they are read as the dashed form
 * without a word: nothing the trainer meant is lost.
 */
final class Tempos {
  private Tempos() {}

  /** What a tempo cell should hold, as an error or warning says it before the text typed. */
  static final String EXPECTED = "expected a tempo like 3-1-3-1 (seconds down, pause, up, pause; X = fast), got ";

  /** The same separator between all four: "3-1/3.1" is more likely a slip than a tempo. */
  private static final Pattern TEMPO =
      Pattern.compile("(?i)([0-9x]{1,2})([-/:. ])([0-9x]{1,2})\\2([0-9x]{1,2})\\2([0-9x]{1,2})");

  /** The tempo in its dashed form; empty when the text is no tempo. */
  static Optional<String> read(String typed) {
    Matcher m = TEMPO.matcher(typed);
    if (!m.matches()) return Optional.empty();
    if (m.group(2).equals("-")) return Optional.of(typed);
    return Optional.of(m.group(1) + "-" + m.group(3) + "-" + m.group(4) + "-" + m.group(5));
  }
}
