package org.circuitpress.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DateUtil;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;

/**
 * Decodes the cells of one {@link Row} into values, reporting each problem at its cell. Create one
 * per row; {@link #ok()} then tells whether any error was reported for that row, so the caller can
 * skip the record while still reporting every problem in the row.
 *
 * <p>Empty cells give the default (or empty); only a value that is present and wrong is an error,
 * except for {@link #required}.
 */
public final class Fields {
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ](?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?)?");
  // Years of two digits ("1-Dec-26", "12/1/26", as Excel shows dates in some formats) are in the
  // 2000s: the only century a date cell may hold here (FIRST_DATE to LAST_DATE).
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4}|\\d{2})");
  // "3. Dezember 2026", "4 de diciembre de 2026" and "1er décembre 2026" as well as "1st Dec 2026"
  private static final Pattern DAY_MONTH =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|er)?\\.?[\\s-]+(?:[dD][eE]\\s+)?([\\p{L}]+)\\.?,?[\\s-]+(?:[dD][eE]\\s+)?(\\d{4}|\\d{2})");
  private static final Pattern MONTH_DAY =
      Pattern.compile("([\\p{L}]+)\\.?[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}|\\d{2})");
  /** A weekday before a date, as long date formats write it: "Tuesday, December 1, 2026". */
  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?,?\\s+");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  /** A number as {@link #parseNumber} reads it, once spaces are out and a decimal comma is a point. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern LIST_SPLIT = Pattern.compile("\\s*[;\\n]\\s*");
  private static final Pattern COMMA_SPLIT = Pattern.compile("\\s*(?:(?<!\\d),|,(?!\\d))\\s*");
  /** A comma between items of a list separated by ";": not one between numbers, "8,5" or "8, 12". */
  private static final Pattern ITEM_COMMA = Pattern.compile("\\s*(?:(?<!\\d),|,(?!\\s*\\d))\\s*");
  /**
   * The dates a date cell may hold: a fixed range, not one around today, so the same file reads
   * the same on any day. A year outside it is a typo or a cell that holds something else, and
   * would file every client's program under that month.
   */
  public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);

  public static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);
  // Excel serial numbers of FIRST_DATE and LAST_DATE: a plain number in that range in a date
  // column is a date cell that lost its format.
  private static final double FIRST_SERIAL = 36526;
  private static final double LAST_SERIAL = 73050;
  /** How many days later the 1904 date system starts: its serial numbers are this much smaller. */
  private static final double DAYS_1900_TO_1904 = 1462;

  private final Row row;
  private final Diagnostics d;
  private boolean failed;
  private SlashOrder slashOrder = SlashOrder.UNKNOWN;

  /**
   * Which number comes first in a date written with slashes, such as {@code 12/1/2026}: known for a
   * file when another of its dates can be read only one way ({@code 12/15/2026}).
   */
  public enum SlashOrder { UNKNOWN, DAY_FIRST, MONTH_FIRST }

  /** How a date written with slashes reads: one way only, either way, or not such a date. */
  public enum SlashKind { NONE, DAY_FIRST, MONTH_FIRST, EITHER }

  public Fields(Row row, Diagnostics d) {
    this.row = row;
    this.d = d;
  }

  public Row row() {
    return row;
  }

  /** Reads dates written with slashes in {@code order} when they could be read either way. */
  public Fields slashOrder(SlashOrder order) {
    this.slashOrder = order;
    return this;
  }

  /** True when no error has been reported through this object. */
  public boolean ok() {
    return !failed;
  }

  /** Reports an error at the cell under {@code header} (or where it would be). */
  public void error(String header, String message) {
    failed = true;
    d.error(row.at(header), message);
  }

  public void warning(String header, String message) {
    d.warning(row.at(header), message);
  }

  /**
   * Reports a warning at the cell that the console does not list on its own line, because one line
   * at the end of the file counts it with other rows' ({@link Diagnostic#counted}); it is still the
   * row's. Returns where it is, for that line.
   */
  public Location countedWarning(String header, String message) {
    Location at = row.at(header);
    d.add(Diagnostic.warning(at, message).asCounted());
    return at;
  }

  /**
   * Reports every cell of a strict column ({@link Columns#strict}) that shows an error or holds a
   * formula without a saved result as an error, so the row is not used.
   *
   * @param consequence what that means for the row and why, e.g. "this client is left out until
   *     then, because ..."
   */
  public void unreadable(String consequence) {
    unreadable(consequence, null);
  }

  /**
   * As above; a formula cell without a result to read is counted in {@code unsaved} instead, which
   * says it once for the sheet ({@link UnsavedFormulas}); the row still fails.
   */
  void unreadable(String consequence, UnsavedFormulas unsaved) {
    row.unreadable().values().stream()
        .filter(c -> c.value() instanceof Unreadable)
        .sorted(Comparator.comparingInt(c -> c.location().column()))
        .forEach(
            c -> {
              failed = true;
              Unreadable u = (Unreadable) c.value();
              String message = u.problem() + ". " + consequence;
              if (unsaved == null || u.error() != null) {
                d.error(c.location(), message);
                return;
              }
              d.add(Diagnostic.error(c.location(), message).asCounted());
              unsaved.add(c.location(), message, u.stale());
            });
  }

  /** The cell's text, "" when empty. */
  public String text(String header) {
    return row.text(header);
  }

  /** The cell's text; an error when it is empty. */
  public Optional<String> required(String header) {
    String t = row.text(header);
    if (t.isEmpty() && row.isUnreadable(header)) {
      failed = true; // reported by unreadable()
      return Optional.empty();
    }
    if (t.isEmpty()) {
      error(header, "the cell is empty; a value is required");
      return Optional.empty();
    }
    return Optional.of(t);
  }

  /**
   * The cell's text as the spreadsheet shows it, "" when empty: for a column of names or ids, where
   * the number 123 formatted {@code 00000} means {@code 00123}.
   */
  public String shown(String header) {
    return row.cell(header).map(Cell::display).orElse("");
  }

  /** {@link #shown}; an error when the cell is empty. */
  public Optional<String> requiredShown(String header) {
    Optional<String> t = required(header);
    return t.isEmpty() ? t : Optional.of(shown(header));
  }

  /** A whole number in [min, max]; {@code dflt} when empty; null after an error. */
  public Integer integer(String header, int min, int max, Integer dflt) {
    return integer(header, min, max, dflt, null);
  }

  /**
   * A value read from a less usual way of writing it ({@code twice a week}, {@code Beginner+}),
   * and how it was read, said in a warning after the text as typed: {@code is read as 2 sessions a
   * week}.
   */
  public record Reading<T>(T value, String how) {}

  /**
   * As {@link #integer(String, int, int, Integer)}; text matching {@code withWords} (its first
   * group the number, e.g. {@code 4 weeks}) is read as that number too.
   */
  public Integer integer(String header, int min, int max, Integer dflt, Pattern withWords) {
    return integer(header, min, max, dflt, withWords, null);
  }

  /**
   * As {@link #integer(String, int, int, Integer, Pattern)}; text neither reads, {@code otherwise}
   * may still read (with a warning saying how), when its number is in [min, max].
   */
  public Integer integer(String header, int min, int max, Integer dflt, Pattern withWords,
      Function<String, Optional<Reading<Integer>>> otherwise) {
    Optional<Cell> cell = row.cell(header);
    if (cell.isEmpty()) return dflt;
    Optional<Double> n = number(cell.get());
    if (n.isEmpty() && withWords != null) {
      Matcher m = withWords.matcher(cell.get().text().strip());
      if (m.matches()) n = Optional.of(Double.parseDouble(m.group(1)));
    }
    if (n.isEmpty() && otherwise != null) {
      Optional<Reading<Integer>> r = otherwise.apply(cell.get().text().strip());
      if (r.isPresent() && r.get().value() >= min && r.get().value() <= max) {
        warning(header, quote(cell.get().text()) + " is read as " + r.get().how());
        return r.get().value();
      }
    }
    if (n.isEmpty() || n.get() != Math.rint(n.get()) || n.get() < min || n.get() > max) {
      error(
          header,
          "expected a whole number from "
              + min
              + " to "
              + max
              + ", got "
              + quote(cell.get().text()));
      return null;
    }
    return n.get().intValue();
  }

  /** A number in [min, max] ("8,5" and "8.5" alike); empty when the cell is empty or wrong. */
  public Optional<Double> number(String header, double min, double max) {
    Optional<Cell> cell = row.cell(header);
    if (cell.isEmpty()) return Optional.empty();
    Optional<Double> n = number(cell.get());
    if (n.isEmpty() || n.get() < min || n.get() > max) {
      error(
          header,
          "expected a number from "
              + fmt(min)
              + " to "
              + fmt(max)
              + ", got "
              + quote(cell.get().text()));
      return Optional.empty();
    }
    return n;
  }

  /**
   * A date from a date cell, ISO text or an unambiguous written form, from {@link #FIRST_DATE} to
   * {@link #LAST_DATE}.
   */
  public Optional<LocalDate> date(String header, boolean required) {
    Optional<Cell> cell = row.cell(header);
    if (cell.isEmpty()) {
      if (row.isUnreadable(header)) failed = true; // reported by unreadable()
      else if (required) error(header, "the cell is empty; a date like 2026-12-01 is required");
      return Optional.empty();
    }
    Cell c = cell.get();
    if (c.value() instanceof LocalTime || LogValues.isTimeOfDay(c.text())) {
      error(
          header,
          "the cell holds a time of day ("
              + c.text()
              + "), not a date; expected a date like 2026-12-01");
      return Optional.empty();
    }
    LocalDate date;
    Optional<LocalDate> serial =
        c.value() instanceof Double n ? dateOfSerial(n, row.date1904()) : Optional.empty();
    if (c.value() instanceof LocalDate ld) {
      date = ld;
    } else if (serial.isPresent()) {
      date = serial.get();
    } else {
      DateParse p = parseDate(c.text(), slashOrder);
      if (p.date() == null) {
        error(header, p.problem() + serialNumber(c.text()));
        return Optional.empty();
      }
      date = p.date();
    }
    if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
      error(
          header,
          "the date "
              + quote(c.text())
              + " is not in the years "
              + FIRST_DATE.getYear()
              + " to "
              + LAST_DATE.getYear()
              + "; expected a date like 2026-12-01");
      return Optional.empty();
    }
    return Optional.of(date);
  }

  /**
   * The date a whole number stands for as a date's serial number, from {@link #FIRST_DATE} to
   * {@link #LAST_DATE}: a date cell that lost its format, or a date a spreadsheet made of what was
   * typed in a cell formatted as text ({@code 46302} for 7 October 2026).
   *
   * @param date1904 whether the workbook counts date serial numbers from 1904 (see {@link Row#date1904})
   */
  static Optional<LocalDate> dateOfSerial(double n, boolean date1904) {
    double shift = date1904 ? DAYS_1900_TO_1904 : 0;
    if (n < FIRST_SERIAL - shift || n > LAST_SERIAL - shift || n != Math.rint(n)) return Optional.empty();
    return Optional.of(DateUtil.getLocalDateTime(n, date1904).toLocalDate());
  }

  /**
   * What to do about a date that a spreadsheet wrote as the number it keeps it by ({@code 46357}
   * for 2026-12-01), as a CSV file holds it when the column was formatted as numbers: the date it
   * stands for, named so the trainer knows it is theirs; empty for any other text. Not read as that
   * date: a number in a CSV file may as well be something else typed in the wrong column.
   */
  private static String serialNumber(String text) {
    String t = text.strip();
    if (t.length() != 5 || !t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) return "";
    Optional<LocalDate> date = dateOfSerial(Double.parseDouble(t), false);
    if (date.isEmpty()) return "";
    LocalDate meant = date.get();
    return "; " + t + " is how a spreadsheet keeps the date " + meant + " in a cell formatted as a number. Format"
        + " the column as dates (or type " + meant + " in the cell) and save the file again";
  }

  /**
   * One of a closed set of words, decoded by a model parse method such as {@code Level::parse}.
   *
   * @param expected how to say the allowed values, e.g. "beginner, intermediate or advanced"
   * @return {@code dflt} when the cell is empty, null after an error
   */
  public <E> E choice(String header, Function<String, Optional<E>> parse, E dflt, String expected) {
    return choice(header, parse, dflt, expected, List.of());
  }

  /**
   * As {@link #choice(String, Function, Object, String)}; the error names the one of {@code
   * words} the text is probably a misspelling of ({@code intermedate}: did you mean intermediate?).
   */
  public <E> E choice(String header, Function<String, Optional<E>> parse, E dflt, String expected,
      List<String> words) {
    return choice(header, parse, dflt, expected, words, null);
  }

  /**
   * As {@link #choice(String, Function, Object, String, List)}; text {@code parse} does not read,
   * {@code otherwise} may still read, with a warning saying how ({@code Beginner+}).
   */
  public <E> E choice(String header, Function<String, Optional<E>> parse, E dflt, String expected,
      List<String> words, Function<String, Optional<Reading<E>>> otherwise) {
    Optional<Cell> cell = row.cell(header);
    if (cell.isEmpty()) return dflt;
    Optional<E> v = parse.apply(cell.get().text());
    if (v.isEmpty() && otherwise != null) {
      Optional<Reading<E>> r = otherwise.apply(cell.get().text());
      if (r.isPresent()) {
        warning(header, quote(cell.get().text()) + " is read as " + r.get().how());
        return r.get().value();
      }
    }
    if (v.isEmpty()) {
      error(header, "expected " + expected + ", got " + quote(cell.get().text())
          + Suggest.closest(cell.get().text(), words, Names::tag).map(w -> "; did you mean " + w + "?").orElse(""));
      return null;
    }
    return v.get();
  }

  /** yes/no, y/n, true/false, 1/0, x; {@code dflt} when empty. */
  public boolean yesNo(String header, boolean dflt) {
    Optional<Cell> cell = row.cell(header);
    if (cell.isEmpty()) return dflt;
    if (cell.get().value() instanceof Boolean b) return b;
    Optional<Boolean> v = parseYesNo(cell.get().text());
    if (v.isEmpty()) {
      error(header, "expected yes or no, got " + quote(cell.get().text()));
      return dflt;
    }
    return v.get();
  }

  /** The items of a list cell, as typed (trimmed), empty items dropped. */
  public List<String> list(String header) {
    return split(row.text(header));
  }

  /**
   * The items of a list cell as {@link #listItems(String, Predicate)} reads them,
   * with one warning for the cell that says how an item of a list separated by ";" that holds
   * commas was split: {@code t-spine; extension, rotation} is three items. Read as one, such an
   * item would match nothing. What {@link ListItems#unsure} holds is left to the caller.
   *
   * @param one what one item is, e.g. "tag"
   * @param many what several are, e.g. "tags"
   * @param whole an item that stays one although it holds a comma (a drill's name)
   */
  public ListItems listItems(String header, String one, String many,
      Predicate<String> whole) {
    ListItems read = listItems(row.text(header), whole);
    if (!read.split().isEmpty()) warning(header, readAs(read.split(), one, many));
    return read;
  }

  /** The items of a list cell normalized with {@link Names#tag}, without repeats. */
  public Set<String> tags(String header) {
    return tagsOf(list(header));
  }

  /**
   * As {@link #tags(String)}, an item of a list separated by ";" that holds commas read as split at
   * them, with a warning ({@link #listItems}): {@code t-spine; extension, rotation} is three tags.
   */
  public Set<String> tags(String header, String one, String many) {
    return tagsOf(listItems(header, one, many, item -> false).items());
  }

  private static Set<String> tagsOf(List<String> typed) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : typed) out.add(Names.tag(s));
    out.remove("");
    return out;
  }

  /**
   * The items of a list cell of tags as typed, an item that joins several by a "/" (or by a comma
   * in a list separated by semicolons) read as its parts, with a warning: a list's items are
   * separated by {@code ;} (or, in a list without one, by commas). Read as one tag, such an item
   * would match nothing, and for limitations and contraindications that means a drill is not ruled
   * out where the trainer meant it to be.
   *
   * @param what what one item is, e.g. "limitation"
   */
  public List<String> splitTags(String header, String what) {
    List<String> out = new ArrayList<>();
    for (String item : list(header)) {
      if (item.indexOf('/') < 0 && item.indexOf(',') < 0) {
        out.add(item);
        continue;
      }
      List<String> parts = tagParts(item);
      if (parts.size() == 1 && parts.get(0).equals(item)) {
        out.add(item); // only a range such as "L4/L5"
        continue;
      }
      out.addAll(parts);
      warning(header, readAs(Map.of(item, parts), what, what + "s"));
    }
    return out;
  }

  /**
   * The warning that items of a list are read as others, each a {@code one} ({@code many} for
   * more than one): {@code "knee, hip" is read as 2 limitations, "knee" and "hip"; separate the
   * items of a list with ";"}, and with more items {@code ..., and "ankle/foot" as "ankle" and
   * "foot"; ...}.
   *
   * @param items each item as typed, with the items it is read as
   */
  static String readAs(Map<String, List<String>> items, String one, String many) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, List<String>> e : items.entrySet()) {
      List<String> parts = e.getValue();
      if (sb.length() == 0) {
        sb.append(quote(e.getKey())).append(" is read as ");
        sb.append(parts.size() == 1 ? "the " + one + " " : parts.size() + " " + many + ", ");
      } else {
        sb.append(", and ").append(quote(e.getKey())).append(" as ");
      }
      sb.append(String.join(" and ", parts.stream().map(Fields::quote).toList()));
    }
    return sb.append("; separate the items of a list with \";\"").toString();
  }

  /**
   * The items of a list separated by semicolons or line breaks ({@link #split}), those that hold
   * commas split at them as well: a trainer who writes "bench; dumbbell, kettlebell" means three
   * items, as in a list separated by commas alone. A comma between numbers separates no items:
   * "8,5 kg" is a decimal comma, and in "kettlebell 8, 12 kg" it is between weights.
   * Each item so split goes into {@code split} with the items it is read as, for one warning per
   * cell.
   */
  static List<String> splitCommas(List<String> items, Map<String, List<String>> split) {
    return splitCommas(items, split, item -> false, new LinkedHashMap<>());
  }

  private static List<String> splitCommas(List<String> items, Map<String, List<String>> split,
      Predicate<String> whole, Map<String, List<String>> unsure) {
    List<String> out = new ArrayList<>(items.size());
    for (String item : items) {
      if (item.indexOf(',') < 0) {
        out.add(item);
        continue;
      }
      List<String> read = joinedAtCommas(item, ITEM_COMMA, whole, unsure);
      if (read.size() > 1) split.put(item, read);
      out.addAll(read);
    }
    return out;
  }

  /**
   * The items of a list cell and how its commas were read.
   *
   * @param items the items
   * @param split each item of a list separated by ";" that holds commas, with the items it is read as
   * @param unsure each item read as one whose pieces are items of their own as well ("A, B" where
   *     "A", "B" and "A, B" are all drills), with those pieces: which the trainer meant cannot be
   *     told
   */
  public record ListItems(List<String> items, Map<String, List<String>> split,
      Map<String, List<String>> unsure) {}

  /**
   * The items of a list cell, read as {@link #split} and {@link #splitCommas} read them, except
   * that pieces between commas next to each other that together are one item {@code whole}
   * accepts (a drill's id or name) stay that item: "cat-cow, Single-leg balance, eyes closed" is
   * two drills, as "cat-cow; Single-leg balance, eyes closed" is.
   */
  static ListItems listItems(String text, Predicate<String> whole) {
    if (text.isBlank()) return new ListItems(List.of(), Map.of(), Map.of());
    Map<String, List<String>> split = new LinkedHashMap<>();
    Map<String, List<String>> unsure = new LinkedHashMap<>();
    List<String> items = text.indexOf(';') >= 0 || text.indexOf('\n') >= 0
        ? splitCommas(split(text), split, whole, unsure)
        : joinedAtCommas(text, COMMA_SPLIT, whole, unsure);
    return new ListItems(items, split, unsure);
  }

  /** The most pieces between commas joined back into one item: a name with more commas is no name. */
  private static final int MOST_JOINED = 4;

  /**
   * {@code text} split where {@code commas} matches, pieces next to each other joined back, the
   * most first, where together they are an item {@code whole} accepts; such an item whose pieces it
   * accepts each on its own too goes into {@code unsure}.
   */
  private static List<String> joinedAtCommas(String text, Pattern commas,
      Predicate<String> whole, Map<String, List<String>> unsure) {
    List<int[]> pieces = new ArrayList<>();
    Matcher m = commas.matcher(text);
    int from = 0;
    while (m.find()) {
      pieces.add(new int[] {from, m.start()});
      from = m.end();
    }
    pieces.add(new int[] {from, text.length()});
    pieces.removeIf(p -> text.substring(p[0], p[1]).isBlank());
    List<String> out = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      int last = i;
      for (int j = Math.min(pieces.size(), i + MOST_JOINED) - 1; j > i; j--) {
        if (whole.test(text.substring(pieces.get(i)[0], pieces.get(j)[1]).strip())) {
          last = j;
          break;
        }
      }
      String item = text.substring(pieces.get(i)[0], pieces.get(last)[1]).strip();
      if (last > i) {
        List<String> parts = new ArrayList<>();
        for (int k = i; k <= last; k++) parts.add(text.substring(pieces.get(k)[0], pieces.get(k)[1]).strip());
        if (parts.stream().allMatch(whole)) unsure.put(item, parts);
      }
      out.add(item);
      i = last;
    }
    return out;
  }

  /**
   * A word that is a spinal level, a number or an ordinal ({@code L4}, {@code C5}, {@code 6},
   * {@code 2nd}): a "/" between two of them joins a range ({@code L4/L5}, {@code C5/6},
   * {@code 2nd/3rd trimester}), not two items.
   */
  private static final Pattern LEVEL = Pattern.compile("(?i)[a-z]?\\d{1,2}(?:st|nd|rd|th)?");

  /** An item of a list of tags split at its commas and at each "/" that does not join a range. */
  static List<String> tagParts(String item) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < item.length(); i++) {
      char c = item.charAt(i);
      if (c != ',' && (c != '/' || joinsARange(item, i))) continue;
      String p = item.substring(from, i).strip();
      if (!p.isEmpty()) parts.add(p);
      from = i + 1;
    }
    String last = item.substring(from).strip();
    if (!last.isEmpty()) parts.add(last);
    return parts;
  }

  /** Whether the "/" at {@code at} stands between two spinal levels or numbers ({@link #LEVEL}). */
  private static boolean joinsARange(String item, int at) {
    int end = at;
    while (end > 0 && item.charAt(end - 1) == ' ') end--;
    int start = end;
    while (start > 0 && Character.isLetterOrDigit(item.charAt(start - 1))) start--;
    int from = at + 1;
    while (from < item.length() && item.charAt(from) == ' ') from++;
    int to = from;
    while (to < item.length() && Character.isLetterOrDigit(item.charAt(to))) to++;
    return start < end && from < to
        && LEVEL.matcher(item.substring(start, end)).matches()
        && LEVEL.matcher(item.substring(from, to)).matches();
  }

  /** Where the cell under a header is. */
  public Location at(String header) {
    return row.at(header);
  }

  // ---- plain parsers, usable without a row ----

  /** Splits on semicolons or line breaks; when there are none, on commas not inside a number. */
  public static List<String> split(String text) {
    if (text == null || text.isBlank()) return List.of();
    Pattern p = text.indexOf(';') >= 0 || text.indexOf('\n') >= 0 ? LIST_SPLIT : COMMA_SPLIT;
    List<String> out = new ArrayList<>();
    for (String s : p.split(text.strip())) if (!s.isBlank()) out.add(s.strip());
    return out;
  }

  /**
   * A number, date or yes/no typed as text, without the spreadsheet's "keep this as text" mark: a
   * leading apostrophe ({@code '4}) that a CSV written by hand or by some exports keeps.
   */
  static String typed(String text) {
    String t = text.strip();
    return t.length() > 1 && t.charAt(0) == '\'' ? t.substring(1).strip() : t;
  }

  /** A number typed as text: "12", "8.5", "8,5", " 1 000 ", "'12". */
  public static Optional<Double> parseNumber(String text) {
    String t = typed(text).replace(" ", "").replace("\u00A0", "");
    if (t.indexOf(',') >= 0 && t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')) {
      t = t.replace(',', '.');
    }
    if (!NUMBER.matcher(t).matches()) return Optional.empty();
    return Optional.of(Double.parseDouble(t));
  }

  public static Optional<Boolean> parseYesNo(String text) {
    return switch (typed(text).toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1", "x", "ja", "oui", "si", "sí", "\u2713", "\u2714", "\u2611" -> Optional.of(true);
      case "no", "n", "false", "0", "-", "nein", "non" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /** A parsed date, or the message saying why not. */
  public record DateParse(LocalDate date, String problem) {}

  public static DateParse parseDate(String text) {
    return parseDate(text, SlashOrder.UNKNOWN);
  }

  /**
   * As {@link #parseDate(String)}; a date written with slashes that could be day/month or
   * month/day is read in {@code order} when that is known.
   */
  public static DateParse parseDate(String text, SlashOrder order) {
    String t = typed(text);
    Matcher day = WEEKDAY.matcher(t);
    if (day.lookingAt() && day.end() < t.length()) {
      return withWeekday(Set.of(weekday(day.group(1))), t.substring(day.end()), order, text);
    }
    DateParse p = parseDateOnly(t, order, text);
    if (p.date() != null) return p;
    // "Donnerstag, 3. Dezember 2026", "jeudi 3 décembre 2026": a weekday in another language,
    // looked for only now, so that a date read without it costs nothing more
    WeekdayNames.Leading other = WeekdayNames.leading(t);
    return other == null ? p : withWeekday(other.days(), other.rest(), order, text);
  }

  /**
   * The date {@code t} after a weekday that names one of {@code days} (more than one for a short
   * name two languages give different days): a date that falls on another day is an error.
   */
  private static DateParse withWeekday(Set<java.time.DayOfWeek> days, String t, SlashOrder order, String text) {
    DateParse p = parseDateOnly(t, order, text);
    if (p.date() == null) {
      // "Wed 12/2/2026", "Tue 26.12.01": of the readings of a date that could be more than one,
      // the weekday picks one
      List<LocalDate> fits = readings(t).stream().filter(d -> days.contains(d.getDayOfWeek())).toList();
      if (fits.size() == 1) return ok(fits.get(0));
    }
    if (p.date() != null && !days.contains(p.date().getDayOfWeek())) {
      return new DateParse(null, "the date " + quote(text) + " names a " + days.stream().sorted()
          .map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
          .collect(Collectors.joining(" or ")) + ", but "
          + p.date() + " is a " + p.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
          + "; check the date");
    }
    return p;
  }

  /**
   * Every date that {@code t}, written with dots, slashes or dashes, could be: day first, month
   * first (not with dots) and, when the first and last numbers both have two digits, year first.
   */
  private static List<LocalDate> readings(String t) {
    List<LocalDate> all = new ArrayList<>();
    Matcher m = DOTTED.matcher(t);
    boolean dotted = m.matches();
    if (!dotted && !(m = SLASHED.matcher(t)).matches()) return all;
    String a = m.group(1);
    String b = m.group(2);
    String y = m.group(3);
    dateOf(y, b, a).ifPresent(all::add);
    if (!dotted) dateOf(y, a, b).filter(x -> !all.contains(x)).ifPresent(all::add);
    if (a.length() == 2 && y.length() == 2) dateOf(a, b, y).filter(x -> !all.contains(x)).ifPresent(all::add);
    return all;
  }

  private static java.time.DayOfWeek weekday(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).startsWith(w)) return d;
    }
    return null;
  }

  /** {@code t}, the typed text without a weekday before it, read as a date; {@code text} as typed. */
  private static DateParse parseDateOnly(String t, SlashOrder order, String text) {
    try {
      Matcher m;
      if ((m = ISO.matcher(t)).matches()) return ok(ymd(m.group(1), m.group(2), m.group(3)));
      if ((m = COMPACT.matcher(t)).matches()) return ok(ymd(m.group(1), m.group(2), m.group(3)));
      if ((m = DOTTED.matcher(t)).matches()) {
        return unlessYearFirstIsMuchLater(ok(ymd(m.group(3), m.group(2), m.group(1))), m, text);
      }
      if ((m = SLASHED.matcher(t)).matches()) return unlessYearFirstIsMuchLater(slashed(t, m, order, text), m, text);
      if ((m = DAY_MONTH.matcher(t)).matches()) return named(m.group(1), m.group(2), m.group(3), text);
      if ((m = MONTH_DAY.matcher(t)).matches()) {
        DateParse p = named(m.group(2), m.group(1), m.group(3), text);
        // "Tuesday 1 2026" has no month's name: it is no date written month first either
        if (p.date() != null || !MonthNames.of(m.group(1)).isEmpty()) return p;
      }
      try {
        return ok(LocalDateTime.parse(t).toLocalDate());
      } catch (DateTimeException e) {
        // not ISO date-time either
      }
    } catch (DateTimeException e) {
      // a well-formed but impossible date such as 31.13.2026 or 2026-02-30
    }
    return new DateParse(null, "expected a date like 2026-12-01, got " + quote(text));
  }

  /**
   * How {@code text} reads as a date written with slashes (or dashes): {@code 13/12/2026} only day
   * first, {@code 12/13/2026} only month first, {@code 12/1/2026} either way. {@link SlashKind#NONE}
   * for any other text, for {@code 12/12/2026} (the same date both ways), and for what is no
   * evidence of a file's order (see below).
   */
  public static SlashKind slashKind(String text) {
    String t = typed(text);
    Matcher day = WEEKDAY.matcher(t);
    if (day.lookingAt() && day.end() < t.length()) {
      // A weekday settles the order of its own date, so it says nothing about the file's.
      return SlashKind.NONE;
    }
    Matcher m = SLASHED.matcher(t);
    if (!m.matches() || yearFirstToo(t, m)) return SlashKind.NONE;
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    String y = m.group(3);
    if (a == b || a < 1 || b < 1 || (a > 12 && b > 12)) return SlashKind.NONE;
    SlashKind kind = a > 12 ? SlashKind.DAY_FIRST : b > 12 ? SlashKind.MONTH_FIRST : SlashKind.EITHER;
    if (kind == SlashKind.EITHER) return kind;
    // Only a date the file's dates are read as is evidence: not 12/45/2026 (a typo), nor 26/12/01,
    // which is refused because read year first it is 2026-12-01, much later than 26 December
    // 2001. 15/12/26 and 28/12/26 are day first (2015-12-26 and 2028-12-26 are not much later).
    boolean dayFirst = kind == SlashKind.DAY_FIRST;
    if (!exists(y, dayFirst ? b : a, dayFirst ? a : b)) return SlashKind.NONE;
    LocalDate read = ymd(y, "" + (dayFirst ? b : a), "" + (dayFirst ? a : b));
    if (unlessYearFirstIsMuchLater(ok(read), m, text).date() == null) return SlashKind.NONE;
    return kind;
  }

  /** Whether year {@code y} (two digits: in the 2000s), month and day make a date. */
  private static boolean exists(String y, int month, int dayOfMonth) {
    return dateOf(y, "" + month, "" + dayOfMonth).isPresent();
  }

  /** {@link #ymd}, or empty when the numbers make no date. */
  private static Optional<LocalDate> dateOf(String y, String m, String d) {
    try {
      return Optional.of(ymd(y, m, d));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A date of two-digit numbers with dashes, such as {@code 26-12-01}: it could be year first
   * (2026-12-01) as well as day first (26 December 2001), so it is not read at all.
   */
  private static boolean yearFirstToo(String t, Matcher m) {
    return m.group(3).length() == 2 && t.indexOf('-') >= 0;
  }

  /**
   * {@code read}, unless its two-digit year could as well be its first number and that reading is
   * more than ten years later: {@code 26.12.01} is 26 December 2001 day first but 1 December 2026
   * year first, and a roster's dates lie within a few years of each other and of the run, so
   * neither is taken. {@code 01.12.26} (against 2001-12-26, earlier) and {@code 28.12.26} (against
   * 2028-12-26, two years later) read day first as before. {@code m} matched day or month first and
   * the year last.
   */
  private static DateParse unlessYearFirstIsMuchLater(DateParse read, Matcher m, String text) {
    if (read.date() == null || m.group(1).length() != 2 || m.group(3).length() != 2) return read;
    Optional<LocalDate> yearFirst = dateOf(m.group(1), m.group(2), m.group(3));
    if (yearFirst.isEmpty() || !yearFirst.get().isAfter(read.date().plusYears(10))) return read;
    return new DateParse(null, "the date " + quote(text) + " could be " + read.date() + " or, year first, "
        + yearFirst.get() + "; write the year with four digits");
  }

  private static DateParse slashed(String t, Matcher m, SlashOrder order, String text) {
    if (yearFirstToo(t, m)) {
      return new DateParse(null, "the date " + quote(text) + " could also be year first; write the year with four"
          + " digits, like 2026-12-01");
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    String y = m.group(3);
    if (a == b || (a > 12 && b <= 12)) return ok(ymd(y, "" + b, "" + a));
    if (b > 12 && a <= 12) return ok(ymd(y, "" + a, "" + b));
    if (a > 12) return new DateParse(null, "expected a date like 2026-12-01, got " + quote(text));
    if (order == SlashOrder.DAY_FIRST) return ok(ymd(y, "" + b, "" + a));
    if (order == SlashOrder.MONTH_FIRST) return ok(ymd(y, "" + a, "" + b));
    LocalDate dm = ymd(y, "" + b, "" + a);
    LocalDate md = ymd(y, "" + a, "" + b);
    return new DateParse(
        null,
        "the date "
            + quote(text)
            + " could be day/month or month/day; write it as "
            + dm
            + " or "
            + md);
  }

  /**
   * The date of a day, a month's name and a year; when the word names no month, or more than one
   * ({@code jui}, juin or juillet), why not.
   */
  private static DateParse named(String day, String word, String year, String text) {
    Optional<Month> english = month(word);
    Set<Month> months = english.isPresent() ? Set.of(english.get()) : MonthNames.of(word);
    if (months.size() == 1) return ok(ymd(year, "" + months.iterator().next().getValue(), day));
    if (months.isEmpty()) {
      return new DateParse(null, "expected a date like 2026-12-01, got " + quote(text) + ": " + quote(word)
          + " is not a month's name in English or another European language read here; check its spelling,"
          + " or write the month as a number");
    }
    List<String> could = months.stream().sorted().map(mo -> {
      try {
        return ymd(year, "" + mo.getValue(), day).toString();
      } catch (DateTimeException e) {
        return null;
      }
    }).filter(x -> x != null).toList();
    return new DateParse(null, "the date " + quote(text) + " could be in " + months.stream().sorted()
        .map(mo -> mo.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
        .collect(Collectors.joining(" or ")) + ": " + quote(word) + " begins more than one"
        + " month's name; write the month in full or as a number"
        + (could.isEmpty() ? "" : ", like " + String.join(" or ", could)));
  }

  private static Optional<Month> month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 3) return Optional.empty();
    for (Month mo : Month.values()) {
      String full = mo.name().toLowerCase(Locale.ROOT);
      if (full.equals(w)
          || (w.length() <= 4
              && full.startsWith(w.substring(0, 3))
              && (w.length() == 3 || w.equals("sept")))) {
        return Optional.of(mo);
      }
    }
    return Optional.empty();
  }

  private static LocalDate ymd(String y, String m, String d) {
    int year = Integer.parseInt(y);
    return LocalDate.of(y.length() == 2 ? 2000 + year : year, Integer.parseInt(m), Integer.parseInt(d));
  }

  private static DateParse ok(LocalDate d) {
    return new DateParse(d, null);
  }

  private static Optional<Double> number(Cell c) {
    if (c.value() instanceof Double n) return Optional.of(n);
    return parseNumber(c.text());
  }

  /** A value as quoted in messages. */
  static String quote(String text) {
    return "\"" + Cells.shorten(text) + "\"";
  }

  private static String fmt(double n) {
    return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
  }
}
