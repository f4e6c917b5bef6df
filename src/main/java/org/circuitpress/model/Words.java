package org.circuitpress.model;

import java.util.List;

/** Items said as a person lists them in a sentence: "a", "a and b", "a, b and c". */
public final class Words {
  private Words() {}

  /** "a", "a and b", "a, b and c"; empty for no items. */
  public static String and(List<String> items) {
    return joined(items, " and ");
  }

  /** "a", "a or b", "a, b or c"; empty for no items. */
  public static String or(List<String> items) {
    return joined(items, " or ");
  }

  /** The items with commas between them and {@code last} (" and ", " or ") before the last one. */
  public static String joined(List<String> items, String last) {
    int n = items.size();
    if (n < 2) return String.join("", items);
    return String.join(", ", items.subList(0, n - 1)) + last + items.get(n - 1);
  }
}
