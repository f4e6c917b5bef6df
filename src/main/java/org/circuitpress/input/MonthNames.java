package org.circuitpress.input;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.circuitpress.model.Names;

/**
 * Month names in the languages European trainers write dates in ({@code 3. Dezember 2026}, {@code
 * 4 déc. 2026}, {@code 12 grudnia 2026}), taken from the JDK's own locale data: the full name as a
 * date writes it (Polish and Czech put it in the genitive, {@code grudnia}), the name standing
 * alone ({@code grudzień}) and the short forms ({@code Dez.}, {@code dic}). Any case, with or
 * without accents and a dot; the first three or more letters of a full name too ({@code Dezem}).
 * The table is built the first time a word is not an English month, so a roster of English or
 * numeric dates never loads the other locales.
 */
final class MonthNames {
  private MonthNames() {}

  /** The languages read, besides English: those of the places the product's users write from. */
  static final List<Locale> LOCALES = List.of("de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "nn", "pl",
      "cs", "fi").stream().map(Locale::forLanguageTag).toList();

  /** Words looked up before, by the word as written: a roster repeats the same few dates. */
  private static final Map<String, Set<Month>> SEEN = new ConcurrentHashMap<>();
  private static final int MAX_SEEN = 1000;

  /**
   * The months a word can name: one for a month's name, two or more for a short form several
   * share ({@code jui}: juin or juillet), none for a word that is no month's.
   */
  static Set<Month> of(String word) {
    Set<Month> known = SEEN.get(word);
    if (known != null) return known;
    Set<Month> months = Table.lookup(plain(word));
    if (SEEN.size() < MAX_SEEN) SEEN.put(word, months);
    return months;
  }

  /** A word lower case, without accents or a dot at its end: "Déc." is "dec". */
  static String plain(String word) {
    String sb = Names.withoutAccents(word);
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == '.') end--;
    return sb.substring(0, end);
  }

  /** Built once, on the first word that is not an English month's name. */
  private static final class Table {
    /** Every form a month is written in, plain ({@link #plain}). */
    private static final Map<String, Set<Month>> EXACT = new HashMap<>();
    /** The first three or more letters of a full name, plain. */
    private static final Map<String, Set<Month>> START = new HashMap<>();

    static {
      for (Locale l : LOCALES) {
        for (Month m : Month.values()) {
          for (TextStyle s : TextStyle.values()) {
            if (s == TextStyle.NARROW || s == TextStyle.NARROW_STANDALONE) continue;
            String name = plain(m.getDisplayName(s, l));
            if (name.length() < 3) continue;
            EXACT.computeIfAbsent(name, k -> EnumSet.noneOf(Month.class)).add(m);
            if (s == TextStyle.FULL || s == TextStyle.FULL_STANDALONE) {
              for (int i = 3; i <= name.length(); i++) {
                START.computeIfAbsent(name.substring(0, i), k -> EnumSet.noneOf(Month.class)).add(m);
              }
            }
          }
        }
      }
      EXACT.replaceAll((k, v) -> Set.copyOf(v));
      START.replaceAll((k, v) -> Set.copyOf(v));
    }

    static Set<Month> lookup(String plain) {
      Set<Month> exact = EXACT.get(plain);
      if (exact != null) return exact;
      return START.getOrDefault(plain, Set.of());
    }
  }
}
