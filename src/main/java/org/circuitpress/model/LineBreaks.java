package org.circuitpress.model;

/**
 * Line breaks of one kind. A client's return key types a line feed in most apps, but a carriage
 * return and line feed on some, and a lone carriage return in Acrobat's multi-line fields on
 * some systems; a spreadsheet shows a lone carriage return in a cell as one run-on line or splits
 * the cell oddly. Read and exported text has line feeds only.
 */
public final class LineBreaks {
  private LineBreaks() {}

  /** {@code s} with each {@code \r\n} and each lone {@code \r} made {@code \n}; null stays null. */
  public static String unified(String s) {
    if (s == null || s.indexOf('\r') < 0) return s;
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\r') {
        sb.append(c);
      } else {
        sb.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
      }
    }
    return sb.toString();
  }
}
