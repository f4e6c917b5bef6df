package org.circuitpress.render.xlsx;

/** Escaping for XML text and attribute values; characters XML 1.0 cannot hold are dropped. */
final class Xml {
  private Xml() {}

  static String escape(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF ? "" : null;
      };
      if (rep != null && sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      if (sb != null) {
        if (rep != null) sb.append(rep);
        else sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
