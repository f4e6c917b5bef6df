package org.circuitpress.input;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekday names in the languages {@link MonthNames} reads months in, before a date as long date
 * formats write them ({@code Donnerstag, 3. Dezember 2026}, {@code jeudi 3 décembre 2026}, {@code
 * jueves, 3 de diciembre de 2026}, and with German "den", {@code Donnerstag, den 3. Dezember 2026}), taken from the JDK's own locale data: the full name, the
 * short one ({@code Do.}, {@code jeu.}, {@code mié}) and, for Portuguese, the first word of the
 * full name ({@code quinta} of {@code quinta-feira}). Any case, with or without accents and a
 * dot. Asked only about a date that was not read otherwise, so the table is built the first time
 * such a date comes, and English and numeric dates never load the other locales.
 */
final class WeekdayNames {
  private WeekdayNames() {}

  /**
   * The first word of a text and what parts it from the rest: "Donnerstag, ", "jeu. ", "quinta-feira
   * "; with the German "den" that a long date may put after the weekday: "Donnerstag, den ".
   */
  private static final Pattern LEADING = Pattern.compile("(\\p{L}+(?:-\\p{L}+)?)\\.?,?\\s+(?:(?i:den)\\s+)?");

  /** Words looked up before, by the word as written: a roster repeats the same few dates. */
  private static final Map<String, Set<DayOfWeek>> SEEN = new ConcurrentHashMap<>();
  private static final int MAX_SEEN = 1000;

  /**
   * A text's first word when it names a weekday, and the rest: the days it can name (two or more
   * for a short form several languages give different days, {@code so}: Sonntag or sobota) and the
   * text after it.
   */
  record Leading(Set<DayOfWeek> days, String rest) {}

  /** The weekday {@code text} begins with, and the rest of it; null when it begins with none. */
  static Leading leading(String text) {
    Matcher m = LEADING.matcher(text);
    if (!m.lookingAt() || m.end() >= text.length()) return null;
    Set<DayOfWeek> days = of(m.group(1));
    return days.isEmpty() ? null : new Leading(days, text.substring(m.end()));
  }

  /** The weekdays a word can name; none for a word that is no weekday's name. */
  static Set<DayOfWeek> of(String word) {
    Set<DayOfWeek> known = SEEN.get(word);
    if (known != null) return known;
    Set<DayOfWeek> days = Table.NAMES.getOrDefault(MonthNames.plain(word), Set.of());
    if (SEEN.size() < MAX_SEEN) SEEN.put(word, days);
    return days;
  }

  /** Built once, on the first date that is read only without its first word. */
  private static final class Table {
    /** Every form a weekday is written in, plain ({@link MonthNames#plain}). */
    private static final Map<String, Set<DayOfWeek>> NAMES = new HashMap<>();

    static {
      for (Locale l : MonthNames.LOCALES) {
        for (DayOfWeek d : DayOfWeek.values()) {
          for (TextStyle s : TextStyle.values()) {
            if (s == TextStyle.NARROW || s == TextStyle.NARROW_STANDALONE) continue;
            String name = MonthNames.plain(d.getDisplayName(s, l));
            add(name, d);
            int dash = name.indexOf('-');
            if (dash > 0) add(name.substring(0, dash), d); // "quinta" of "quinta-feira"
          }
        }
      }
      NAMES.replaceAll((k, v) -> Set.copyOf(v));
    }

    private static void add(String name, DayOfWeek d) {
      if (name.length() >= 2) NAMES.computeIfAbsent(name, k -> EnumSet.noneOf(DayOfWeek.class)).add(d);
    }
  }
}
