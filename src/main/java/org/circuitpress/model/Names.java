package org.circuitpress.model;

import java.text.Normalizer;
import java.util.Locale;

/** How names typed by people (equipment, tags, headers, ids) are compared. */
public final class Names {
  private Names() {}

  /**
   * Lower case, accents kept, runs of spaces, underscores and hyphens folded to one space, a
   * plural "s" dropped from the last word ("Kettlebells" and "kettlebell" match).
   */
  public static String tag(String text) {
    if (text == null) return "";
    String t = Normalizer.normalize(text, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    t = t.replaceAll("[\\s_\\-]+", " ");
    if (t.length() > 3 && t.endsWith("s") && !t.endsWith("ss")) t = t.substring(0, t.length() - 1);
    return t;
  }

  /** Header matching ignores case, spaces, underscores and hyphens: "Start Date" == "start_date". */
  public static String header(String text) {
    if (text == null) return "";
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s_\\-\\u00A0\\uFEFF]+", "");
  }
}
