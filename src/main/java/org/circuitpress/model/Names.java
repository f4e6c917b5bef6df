package org.circuitpress.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names typed by people (equipment, tags, headers, ids) are compared. */
public final class Names {
  // Compiled once: these run for every cell of every row read.
  private static final Pattern TAG_SEPARATORS = Pattern.compile("[\\s_\\-]+");
  private static final Pattern HEADER_SEPARATORS = Pattern.compile("[\\s_\\-\\u00A0\\uFEFF]+");
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Names() {}

  /**
   * A tag as a word to show: {@link #tag} drops a plural "s", so medical words ending in -sis or
   * -tis ("osteoporosis", "tendinitis") get theirs back.
   */
  public static String word(String tag) {
    return tag.endsWith("si") || tag.endsWith("ti") ? tag + "s" : tag;
  }

  /**
   * Lower case, accents kept, runs of spaces, underscores and hyphens folded to one space, a plural
   * "s" dropped from the last word ("Kettlebells" and "kettlebell" match).
   */
  public static String tag(String text) {
    if (text == null) return "";
    String t =
        isAscii(text)
            ? fold(text.strip(), " ")
            : TAG_SEPARATORS
                .matcher(
                    Normalizer.normalize(text, Normalizer.Form.NFC)
                        .strip()
                        .toLowerCase(Locale.ROOT))
                .replaceAll(" ");
    if (t.length() > 3 && t.endsWith("s") && !t.endsWith("ss")) t = t.substring(0, t.length() - 1);
    return t;
  }

  /**
   * Header matching ignores case, spaces, underscores and hyphens: "Start Date" == "start_date".
   */
  public static String header(String text) {
    if (text == null) return "";
    if (isAscii(text)) return fold(text, "");
    String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return HEADER_SEPARATORS.matcher(t).replaceAll("");
  }

  /**
   * The form in which two client ids count as the same: Unicode normalized (NFC, so "zoë" typed as
   * one letter or as "e" plus an accent is one id), lower case, and every run of spaces folded to
   * one space. Such ids would also share a folder on Windows and macOS, whose disks ignore case.
   */
  public static String id(String text) {
    if (text == null) return "";
    String t = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder(t.length());
    boolean inSpace = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        inSpace = true;
      } else {
        if (inSpace && sb.length() > 0) sb.append(' ');
        sb.append(c);
        inSpace = false;
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  // The same folding without Normalizer and regex for ASCII text, the common case: names and
  // headers are compared for every cell of rosters with many thousands of rows.
  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
    return true;
  }

  /** Lower-cases and replaces each run of whitespace, '_' and '-' by {@code separator}. */
  private static String fold(String s, String separator) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '_' || c == '-' || Character.isWhitespace(c)) {
        if (!inRun) sb.append(separator);
        inRun = true;
      } else {
        sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        inRun = false;
      }
    }
    return sb.toString();
  }

  /**
   * A text lower case and without accents, as someone may type it on a keyboard without them:
   * "Zoë Łukasz-Núñez" is "zoe lukasz-nunez", "Weiß" is "weiss".
   */
  public static String withoutAccents(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) sb.append(c);
    }
    // letters that keep no accent mark apart from the letter itself; ß and æ are two letters
    // without theirs, as a keyboard without them types them ("weiss" for Weiß, "kjaer" for Kjær)
    return sb.toString().replace('ł', 'l').replace('ø', 'o').replace("æ", "ae").replace("ß", "ss");
  }

  /**
   * The words of a text as typed: its runs of letters and digits, in order, without what lies
   * between them ({@code "T-spine, sore"} gives {@code T}, {@code spine}, {@code sore}).
   */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : NOT_A_LETTER.split(text)) {
      if (!w.isEmpty()) out.add(w);
    }
    return out;
  }

  /** True when the text has a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana...). */
  public static boolean hasRightToLeft(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      byte dir = Character.getDirectionality(cp);
      if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
