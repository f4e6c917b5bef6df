package org.circuitpress.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.circuitpress.model.LogColumns;

/**
 * What people type into a log, read leniently: {@code 12}, {@code 12 reps}, {@code 8kg},
 * {@code 8,5}, {@code 10/10} (left/right), {@code 1:30}, {@code 1½}, {@code 8+2}, {@code 2x20kg},
 * {@code 10 (hard)}, {@code yes}/{@code y}/{@code x}/{@code ✓}, {@code 8.12.2026}.
 */
final class LogValues {
  private LogValues() {}

  /**
   * A number and the word after it, if any: "12 reps" -> (12, "reps"); "8,5kg" -> (8.5, "kg").
   *
   * @param rest what follows the number and its word, when that is text of the client's own and
   *     no part of the amount: "10 (hard)" -> (10, "", "(hard)"); else empty
   * @param summed whether the number is parts added up: "8+2" -> 10
   * @param count how many of it were used together: "2x20kg" -> 2 of (20, "kg"); else 1
   * @param range whether the number is the lower end of a range: "10-12" -> 10
   */
  record Quantity(double value, String word, String rest, boolean summed, int count, boolean range) {
    Quantity(double value, String word, String rest, boolean summed, int count) {
      this(value, word, rest, summed, count, false);
    }

    Quantity(double value, String word) {
      this(value, word, "", false, 1);
    }
  }

  private static final String NUMBER = "\\d+(?:[.,]\\d+)?";
  /** A unit or other word after a number; "/side" too, as in "8/side". */
  private static final String WORD = "(/?\\s*[\\p{L}][\\p{L}\\s./]*)?\\.?";
  private static final Pattern QUANTITY = Pattern.compile("(" + NUMBER + ")\\s*" + WORD);
  /** Parts added up: "8+2", "8 + 2 reps". */
  private static final Pattern SUM = Pattern.compile("(" + NUMBER + "(?:\\s*\\+\\s*" + NUMBER + ")+)\\s*" + WORD);
  /** Several of one load: "2x20kg", "2 × 20 kg" (a bell or dumbbell in each hand). */
  private static final Pattern TIMES = Pattern.compile("(\\d{1,2})\\s*[x×*]\\s*(" + NUMBER + ")\\s*" + WORD);
  /** A range, lower number first: "10-12", "30 – 45 s". */
  private static final Pattern RANGE = Pattern.compile("(" + NUMBER + ")\\s*[-–—]\\s*(" + NUMBER + ")\\s*" + WORD);
  /** A range of efforts: "7-8", "RPE 6-7", "7-8/10". */
  private static final Pattern RPE_RANGE =
      Pattern.compile("(?:rpe\\s*)?(" + NUMBER + ")\\s*[-–—]\\s*(" + NUMBER + ")(?:\\s*/\\s*10)?", Pattern.CASE_INSENSITIVE);
  /** A number, maybe a word, then more: "10 (hard)", "12 reps, left knee sore". */
  private static final Pattern LEADING = Pattern.compile("(" + NUMBER + ")\\s*(\\p{L}++)?(.*\\p{L}.*)");
  /** What makes the rest after a number part of the amount after all: "12-15", "3x10", "10/8". */
  private static final Pattern MORE_NUMBERS = Pattern.compile("\\s*[-–—/x×*+:]\\s*\\d");
  /** Both sides of a per-side drill, left/right: "10/10", "10/8 reps". */
  private static final Pattern SIDES =
      Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*/\\s*(\\d+(?:[.,]\\d+)?)\\s*([\\p{L}][\\p{L}\\s.]*)?\\.?");
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):([0-5]\\d)");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  /** A number in an RPE cell's text, and what may follow it ("7/10"). */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)?)");
  private static final Pattern OUT_OF_TEN = Pattern.compile("/\\s*10");
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})(?:[./-](\\d{2}|\\d{4}))?\\.?");

  private static final Pattern TIME_OF_DAY =
      Pattern.compile("\\d{1,2}:[0-5]\\d(?::[0-5]\\d(?:[.,]\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);

  /**
   * Whether the text is a clock time such as {@code 12:00}, {@code 7:30:15} or {@code 6:05 PM}:
   * what a spreadsheet shows for a time typed where a date belongs, in a roster or a log.
   */
  static boolean isTimeOfDay(String text) {
    return TIME_OF_DAY.matcher(text.strip()).matches();
  }

  static Optional<Quantity> quantity(String text) {
    String t = halves(text.strip().toLowerCase(Locale.ROOT));
    Matcher clock = CLOCK.matcher(t);
    if (clock.matches()) {
      return Optional.of(new Quantity(60 * Integer.parseInt(clock.group(1)) + Integer.parseInt(clock.group(2)), "s"));
    }
    // one number per side: the side that did less is what the drill got
    Matcher sides = SIDES.matcher(t);
    if (sides.matches()) {
      return Optional.of(new Quantity(Math.min(number(sides.group(1)), number(sides.group(2))), word(sides, 3)));
    }
    Matcher m = QUANTITY.matcher(t);
    if (m.matches()) return Optional.of(new Quantity(number(m.group(1)), word(m, 2)));
    Matcher sum = SUM.matcher(t);
    if (sum.matches()) {
      double v = 0;
      for (String part : sum.group(1).split("\\+")) v += number(part.strip());
      return Optional.of(new Quantity(v, word(sum, 2), "", true, 1));
    }
    Matcher times = TIMES.matcher(t);
    if (times.matches()) {
      return Optional.of(new Quantity(number(times.group(2)), word(times, 3), "", false, Integer.parseInt(times.group(1))));
    }
    // a range of reps or seconds, as a client notes a set that varied: the lower counts
    Matcher range = RANGE.matcher(t);
    if (range.matches() && number(range.group(1)) < number(range.group(2))) {
      return Optional.of(new Quantity(number(range.group(1)), word(range, 3), "", false, 1, true));
    }
    Matcher lead = LEADING.matcher(t);
    if (lead.matches() && !MORE_NUMBERS.matcher(lead.group(3)).lookingAt()) {
      return Optional.of(new Quantity(number(lead.group(1)), word(lead, 2), lead.group(3).strip(), false, 1));
    }
    return Optional.empty();
  }

  private static double number(String digits) {
    return Double.parseDouble(digits.replace(',', '.'));
  }

  private static String word(Matcher m, int group) {
    return m.group(group) == null ? "" : m.group(group).strip();
  }

  /** "½" as a number: "1½" and "1 ½" are 1.5, "½" alone 0.5. */
  private static String halves(String t) {
    if (t.indexOf('½') < 0) return t;
    return HALF_AFTER_NUMBER.matcher(t).replaceAll("$1.5").replace("½", "0.5");
  }

  private static final Pattern HALF_AFTER_NUMBER = Pattern.compile("(\\d)\\s*½");

  /**
   * Emoji and text presentation marks, full stops and exclamation marks, anywhere: the same that
   * the Progress sheet's formula takes out before it compares (see WeekSheet), so that the sheet
   * counts as done what next month's run reads as done.
   */
  private static final Pattern ANSWER_EXTRAS = Pattern.compile("[\\uFE0E\\uFE0F.!]");
  private static final Set<String> DONE = Set.copyOf(LogColumns.DONE_ANSWERS);
  private static final Set<String> NOT_DONE = Set.copyOf(LogColumns.NOT_DONE_ANSWERS);

  /**
   * Ticks and words for done and not done; empty when it is neither. A tick typed from a phone's
   * or a Mac's emoji keyboard carries a mark that asks for the emoji picture ({@code ✔️} is
   * {@code ✔} and U+FE0F), and a full stop or exclamation mark ({@code yes.}, {@code Done!}, {@code
   * o.k.}) is no part of the answer.
   */
  static Optional<Boolean> done(String text) {
    String t = ANSWER_EXTRAS.matcher(text).replaceAll("").strip().toLowerCase(Locale.ROOT);
    if (DONE.contains(t)) return Optional.of(true);
    if (NOT_DONE.contains(t)) return Optional.of(false);
    return Optional.empty();
  }

  /**
   * Whether words say a session was missed and why, as a client writes it in a Done or amount box:
   * "sick", "skipped - sick", "on holiday", "away", "not done, ill". Every word is a reason or says
   * skipped, and at least one is a reason: "skip" alone is a {@link #done} answer already.
   */
  static boolean missedFor(String text) {
    String t = NON_WORDS.matcher(text.toLowerCase(Locale.ROOT).replace("not done", "skipped")).replaceAll(" ").strip();
    if (t.isEmpty()) return false;
    List<String> words = new ArrayList<>(List.of(t.split(" ")));
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      // a number is how long ("away 2 weeks"), never an amount done ("10 sick" is 10 reps)
      if (w.chars().anyMatch(Character::isDigit)
          && !(w.chars().allMatch(Character::isDigit) && i + 1 < words.size() && SPANS.contains(words.get(i + 1)))) {
        return false;
      }
      // a slip of the keyboard in a long word ("hoilday"), as elsewhere
      if (!AWAY_REASONS.contains(w)) words.set(i, Suggest.slip(w, AWAY_REASONS, x -> x).orElse(w));
    }
    return words.stream().anyMatch(AWAY_REASONS::contains)
        && words.stream().allMatch(w -> AWAY_REASONS.contains(w) || AWAY_FILLERS.contains(w) || SPANS.contains(w)
            || w.chars().allMatch(Character::isDigit));
  }

  private static final Pattern NON_WORDS = Pattern.compile("[^\\p{L}\\p{Nd}]+");
  private static final Set<String> SPANS = Set.of("day", "days", "week", "weeks", "wk", "wks");
  private static final Set<String> AWAY_REASONS = Set.of("sick", "ill", "unwell", "flu", "covid", "holiday",
      "holidays", "vacation", "away", "travelling", "traveling", "travel");
  private static final Set<String> AWAY_FILLERS = Set.of("skip", "skipped", "missed", "no", "was", "on", "off",
      "out", "being", "due", "to", "so", "because", "i", "of", "the", "a");

  /** The higher end of a range of efforts ("7-8" -> 8); empty for anything else or a range the wrong way round. */
  static Optional<Double> upperOfRange(String text) {
    Matcher m = RPE_RANGE.matcher(text.strip());
    if (!m.matches() || number(m.group(1)) >= number(m.group(2))) return Optional.empty();
    return Optional.of(number(m.group(2)));
  }

  /** A number inside text such as "7", "7/10", "RPE 7", "7,5". */
  static Optional<Double> firstNumber(String text) {
    Matcher m = PLAIN_NUMBER.matcher(text);
    if (!m.find()) return Optional.empty();
    String rest = text.substring(m.end()).strip();
    if (!rest.isEmpty() && !OUT_OF_TEN.matcher(rest).matches()) return Optional.empty();
    String before = text.substring(0, m.start()).strip().toLowerCase(Locale.ROOT);
    if (!before.isEmpty() && !before.equals("rpe")) return Optional.empty();
    return Optional.of(Double.parseDouble(m.group(1).replace(',', '.')));
  }

  /**
   * An effort with words after it, as a client notes how a session felt: "8/10 hard", "7/10,
   * tough", "RPE 8 (legs heavy)". Empty when there are no words, or more numbers among them
   * ("7/8 hard", "8 then 9"), which could be another effort.
   */
  static Optional<Double> effortWithWords(String text) {
    Matcher m = EFFORT_WITH_WORDS.matcher(text.strip());
    return m.matches() ? Optional.of(number(m.group(1))) : Optional.empty();
  }

  private static final Pattern EFFORT_WITH_WORDS =
      Pattern.compile("(?:rpe\\s*)?(" + NUMBER + ")(?:\\s*/\\s*10)?\\D*\\p{L}\\D*", Pattern.CASE_INSENSITIVE);

  /**
   * ISO dates, day-month(-year) with dots, slashes or dashes, and dates with the month's name
   * ({@code 13 Jan}, {@code Tue 12 Jan}, as the handout prints them, or {@code Jan 13, 2027}; in
   * the other languages roster dates are read in too, {@code 8. Dez.});
   * with slashes on US Letter paper the month comes first, as it is written there. A missing year
   * is the one of {@code near} that lands closest to it.
   */
  static Optional<LocalDate> date(String text, LocalDate near, boolean monthFirst) {
    List<LocalDate> all = readings(text, near, monthFirst);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Every date the text can be: the one {@link #date} reads first, then, for {@code 06/01/2027}
   * with both numbers 12 or less, the other order. The caller keeps the one inside the block.
   */
  static List<LocalDate> readings(String text, LocalDate near, boolean monthFirst) {
    String t = text.strip();
    List<LocalDate> out = readingsOf(t, near, monthFirst);
    if (!out.isEmpty()) return out;
    // "Donnerstag, 3. Dezember", "jeudi 3 déc": a weekday in another language, looked for only
    // now, so that a date read without it costs nothing more; passed over, as an English one is
    WeekdayNames.Leading other = WeekdayNames.leading(t);
    return other == null ? out : readingsOf(other.rest(), near, monthFirst);
  }

  private static List<LocalDate> readingsOf(String t, LocalDate near, boolean monthFirst) {
    List<LocalDate> out = new ArrayList<>(2);
    try {
      Matcher iso = ISO.matcher(t);
      if (iso.matches()) return List.of(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)));
      Matcher named = DAY_MONTH_NAME.matcher(t);
      if (named.matches()) return named(num(named, 1), named.group(2), named.group(3), near);
      named = MONTH_NAME_DAY.matcher(t);
      if (named.matches()) return named(num(named, 2), named.group(1), named.group(3), near);
      Matcher m = DMY.matcher(t);
      if (!m.matches()) return List.of();
      int a = num(m, 1);
      int b = num(m, 2);
      boolean swap = t.contains("/") && monthFirst && b <= 31 && a <= 12;
      add(out, swap ? b : a, swap ? a : b, m.group(3), near);
      if (t.contains("/") && a <= 12 && b <= 12 && a != b) add(out, swap ? a : b, swap ? b : a, m.group(3), near);
    } catch (DateTimeException e) {
      return List.of();
    }
    return out;
  }

  private static void add(List<LocalDate> out, int day, int month, String year, LocalDate near) {
    try {
      out.add(year == null ? closest(day, month, near) : LocalDate.of(year(year), month, day));
    } catch (DateTimeException e) {
      // not a date in this order; the other order may be
    }
  }

  private static List<LocalDate> named(int day, String monthWord, String year, LocalDate near) {
    Integer month = month(monthWord);
    if (month == null) month = otherLanguage(monthWord);
    if (month == null) return List.of();
    List<LocalDate> out = new ArrayList<>(1);
    add(out, day, month, year, near);
    return out;
  }

  /**
   * The month a word names in another language the roster's dates are read in ({@link MonthNames}:
   * {@code 8. Dez.}, {@code 3 déc}, {@code 12 grudnia}), when it names one month only; null else.
   */
  private static Integer otherLanguage(String word) {
    Set<java.time.Month> months = MonthNames.of(word);
    return months.size() == 1 ? months.iterator().next().getValue() : null;
  }

  private static int year(String y) {
    int n = Integer.parseInt(y);
    return y.length() <= 2 ? 2000 + n : n;
  }

  private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
  /**
   * {@code 13 Jan}, {@code Tue 12 Jan}, {@code 13. January 2027}, {@code 13th Jan}, in French with
   * "er" for the first ({@code 1er décembre}), and in Spanish and Portuguese with "de" ({@code 13 de
   * enero de 2027}), as the roster's dates are read.
   */
  private static final Pattern DAY_MONTH_NAME = Pattern.compile("(?i)" + WEEKDAY
      + "(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s*(?:de\\s+)?(\\p{L}{3,})\\.?,?(?:\\s+(?:de\\s+)?(\\d{4}|\\d{2}))?");
  /** {@code Jan 13}, {@code Tuesday, January 12, 2027}. */
  private static final Pattern MONTH_NAME_DAY = Pattern.compile(
      "(?i)" + WEEKDAY + "(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s+(\\d{4}|\\d{2}))?");
  private static final Map<String, Integer> MONTHS = months();

  /** The month a word names, in full or by its first three letters ({@code sept} too); null for none. */
  static Integer month(String word) {
    return MONTHS.get(word.toLowerCase(Locale.ROOT));
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new HashMap<>();
    String[] names = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    for (int i = 0; i < 12; i++) {
      m.put(names[i], i + 1);
      m.put(names[i].substring(0, 3), i + 1);
    }
    m.put("sept", 9);
    return Map.copyOf(m);
  }

  private static LocalDate closest(int day, int month, LocalDate near) {
    LocalDate best = null;
    for (int y = near.getYear() - 1; y <= near.getYear() + 1; y++) {
      LocalDate d = LocalDate.of(y, month, day);
      if (best == null || Math.abs(d.toEpochDay() - near.toEpochDay()) < Math.abs(best.toEpochDay() - near.toEpochDay())) {
        best = d;
      }
    }
    return best;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /**
   * Whole numbers as "12", others as "8.5": how a value is quoted back in a message. A number too
   * large for a whole-number type keeps its exponent rather than being clamped to one.
   */
  static String show(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
