package org.circuitpress.input;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.circuitpress.input.Fields.Reading;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Level;

/**
 * Everyday ways of writing a roster's level (and a library's), sessions per week and weeks, and a
 * template's rounds, seconds and doses, that the usual readings refuse: {@code Beginner+}, {@code
 * twice a week}, {@code 3-4}, {@code 1 month}, {@code 3x}, {@code 45s}, {@code 12 reps}. Each is read
 * as the value it plainly means, on the safe side where it names more than one, and the caller warns
 * with how it was read. Only text the usual reading refused gets here, so a roster's common values
 * never pay for these patterns.
 */
final class LooseValues {
  private LooseValues() {}

  /** Numbers written as words: "twice a week", "six weeks". */
  private static final Pattern WORD_NUMBER =
      Pattern.compile(
          "\\b(once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b");

  private static final String PER_WEEK =
      "\\s*(?:x|times|sessions?|days?)?\\s*(?:(?:a|per|each|every|/|x|in\\s+a)\\s*(?:weeks?|wk|w)|weekly|pw)?";
  /** "1 a week" (from "once a week"), "2 days per week", "2 weekly". */
  private static final Pattern SESSIONS = Pattern.compile("(\\d{1,3})" + PER_WEEK);
  /** Two numbers, as "3-4", "2 or 3", "3 to 4 times a week". */
  private static final Pattern SESSIONS_RANGE =
      Pattern.compile("(\\d{1,3})\\s*(?:-|\u2013|to|or)\\s*(\\d{1,3})" + PER_WEEK);
  /** "6 weeks" (from "six weeks"). */
  private static final Pattern WEEKS = Pattern.compile("(\\d{1,3})\\s*(?:weeks?|wks?|w)");
  /** "1 month", "a month", "2 mths". */
  private static final Pattern MONTHS =
      Pattern.compile("(\\d{1,3}|a|an)\\s*(?:months?|mos?|mths?|mnths?)");

  private static final List<String> WORDS =
      List.of("once", "twice", "thrice", "one", "two", "three", "four", "five", "six", "seven",
          "eight", "nine", "ten", "eleven", "twelve");
  private static final int[] VALUES = {1, 2, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};

  /**
   * The level of a roster's client or a library's drill ({@code beginner} when the cell is empty),
   * read as {@link Level#parse} reads it and, failing that, as {@link #level(String)} does, with a
   * warning; null after an error, which names the level the text is probably a misspelling of.
   */
  static Level levelCell(Fields f) {
    return f.choice("level", Level::parse, Level.BEGINNER, "beginner, intermediate or advanced",
        List.of("beginner", "intermediate", "advanced"), LooseValues::level);
  }

  /**
   * The words a library's column headed "Difficulty" holds, as the level of a drill so hard:
   * {@code easy} beginner, {@code medium} intermediate, {@code hard} advanced; empty for others.
   */
  static Optional<Level> difficulty(String text) {
    return Optional.ofNullable(switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "easy" -> Level.BEGINNER;
      case "medium" -> Level.INTERMEDIATE;
      case "hard" -> Level.ADVANCED;
      default -> null;
    });
  }

  /**
   * A level written with more around it: {@code Beginner+} or {@code Intermediate (returning)} as
   * the level it names; {@code Beginner/Intermediate} as the easier of the two, on the safe side.
   */
  static Optional<Reading<Level>> level(String text) {
    List<Level> named = Level.named(text);
    if (named.isEmpty()) return Optional.empty();
    String word = named.get(0).name().toLowerCase(Locale.ROOT);
    if (named.size() == 1) {
      return Optional.of(new Reading<>(named.get(0), word + "; write beginner, intermediate or advanced to be sure"));
    }
    return Optional.of(new Reading<>(named.get(0), word + ", the easiest of the levels it names, on the safe side;"
        + " write one level to be sure"));
  }

  /**
   * Sessions per week in words ({@code twice a week}, {@code once a week}) or as two numbers
   * ({@code 3-4}, {@code 2 or 3}), the lower of which is read, on the safe side.
   */
  static Optional<Reading<Integer>> sessions(String text) {
    String t = plain(text);
    Matcher m = SESSIONS.matcher(t);
    if (m.matches()) {
      int n = Integer.parseInt(m.group(1));
      return Optional.of(new Reading<>(n, n + (n == 1 ? " session" : " sessions") + " a week"));
    }
    m = SESSIONS_RANGE.matcher(t);
    if (m.matches()) {
      int n = Math.min(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      return Optional.of(new Reading<>(n, n + (n == 1 ? " session" : " sessions")
          + " a week, the lower number, on the safe side; write one number to be sure"));
    }
    return Optional.empty();
  }

  /** Weeks in words ({@code six weeks}) or months of four weeks ({@code 1 month}). */
  static Optional<Reading<Integer>> weeks(String text) {
    String t = plain(text);
    Matcher m = WEEKS.matcher(t);
    if (m.matches()) {
      int n = Integer.parseInt(m.group(1));
      return Optional.of(new Reading<>(n, n + (n == 1 ? " week" : " weeks")));
    }
    m = MONTHS.matcher(t);
    if (m.matches()) {
      String g = m.group(1);
      int months = g.equals("a") || g.equals("an") ? 1 : Integer.parseInt(g);
      int n = Math.multiplyExact(months, 4);
      return Optional.of(new Reading<>(n, n + " weeks, four to a month; write the number of weeks to be"
          + " sure"));
    }
    return Optional.empty();
  }

  /** "3x", "3 rounds", "3 times" (from "three times"). */
  private static final Pattern ROUNDS = Pattern.compile("(\\d{1,3})\\s*(?:x|times|rounds?)");

  /** Rounds with their word: {@code 3x}, {@code 3 rounds}. */
  static Optional<Reading<Integer>> rounds(String text) {
    Matcher m = ROUNDS.matcher(plain(text));
    if (!m.matches()) return Optional.empty();
    int n = Integer.parseInt(m.group(1));
    return Optional.of(new Reading<>(n, n + (n == 1 ? " round" : " rounds")));
  }

  /**
   * Seconds with their unit, as the library's dose cells write them ({@link
   * DoseUnit#parseWritten}): {@code 45s}, {@code 30 sec}, {@code 1 min} (60 seconds).
   */
  static Optional<Reading<Integer>> seconds(String text) {
    return DoseUnit.parseWritten(text)
        .filter(w -> w.unit() == DoseUnit.SECONDS && !w.unitless() && WHOLE.matcher(w.amount()).matches())
        .map(w -> {
          int n = Integer.parseInt(w.amount()) * (w.minutes() ? 60 : 1);
          return new Reading<>(n, n + " seconds");
        });
  }

  /**
   * A template's dose with its unit, as the library's dose cells write it ({@link
   * DoseUnit#parseWritten}): {@code 12 reps}, {@code 30s}, {@code 10 breaths}, {@code 1 min} (60
   * seconds), {@code 8 reps each side}. Not a range ({@code 20-30 s}) nor rounds times reps ({@code
   * 3 x 10}): those are no one amount.
   */
  static Optional<DoseUnit.Written> dose(String text) {
    return DoseUnit.parseWritten(text)
        .filter(w -> !w.unitless() && WHOLE.matcher(w.amount()).matches());
  }

  private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");

  /** Lower case, without a full stop at the end, numbers written as words as digits. */
  private static String plain(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.endsWith(".")) t = t.substring(0, t.length() - 1).strip();
    if (t.length() > 40) return t; // no everyday value is this long; keeps the work small
    return WORD_NUMBER.matcher(t).replaceAll(w -> Integer.toString(VALUES[WORDS.indexOf(w.group(1))]));
  }
}
