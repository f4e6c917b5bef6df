package org.circuitpress.input;

/**
 * A workbook cell whose formula is {@code =HYPERLINK("https://youtu.be/abc","Watch")}, the way
 * Google Sheets users (and many Excel users) make a link: the result the file saves is the text
 * shown ("Watch"), and the address is only in the formula. A sheet stores the formula without its
 * "=" and always with commas, but a formula written by hand or by another program may use the
 * semicolons some locales show.
 *
 * @param address the formula's first argument when it is text in quotes, with a doubled quote
 *     read as one; null when it is something else (a cell reference, text joined with {@code &},
 *     another formula) or empty, so that only the saved result can say the address
 */
record HyperlinkFormula(String address) {
  private static final String NAME = "HYPERLINK";

  /**
   * The reading of a formula as a sheet stores it; null when the formula is not one call of
   * HYPERLINK (in any capitals, spaces allowed around its parts).
   */
  static HyperlinkFormula of(String formula) {
    int n = formula.length();
    int i = blanks(formula, 0);
    if (i < n && formula.charAt(i) == '=') i = blanks(formula, i + 1);
    if (!formula.regionMatches(true, i, NAME, 0, NAME.length())) return null;
    i = blanks(formula, i + NAME.length());
    if (i >= n || formula.charAt(i) != '(') return null;
    i = blanks(formula, i + 1);
    if (i >= n || formula.charAt(i) != '"') return new HyperlinkFormula(null);
    StringBuilder text = new StringBuilder();
    int end = quoted(formula, i, text);
    if (end < 0) return new HyperlinkFormula(null);
    int next = blanks(formula, end);
    boolean alone = next < n && ",;)".indexOf(formula.charAt(next)) >= 0 && endsCall(formula, next);
    String address = text.toString().strip();
    return new HyperlinkFormula(alone && !address.isEmpty() ? address : null);
  }

  /**
   * The index after the quoted part that starts at {@code from} (text in {@code "}, or a sheet
   * name in {@code '}), its letters in {@code out} with a doubled quote read as one; -1 when it is
   * not closed.
   */
  private static int quoted(String f, int from, StringBuilder out) {
    char q = f.charAt(from);
    for (int j = from + 1; j < f.length(); j++) {
      char c = f.charAt(j);
      if (c != q) {
        if (out != null) out.append(c);
      } else if (j + 1 < f.length() && f.charAt(j + 1) == q) {
        if (out != null) out.append(q);
        j++;
      } else {
        return j + 1;
      }
    }
    return -1;
  }

  /**
   * Whether the call's parenthesis closes after {@code from} (inside the call, past its first
   * argument) with nothing but spaces after it: {@code HYPERLINK("a","b")&"c"} is no plain link.
   */
  private static boolean endsCall(String f, int from) {
    int depth = 1;
    for (int j = from; j < f.length(); j++) {
      char c = f.charAt(j);
      if (c == '"' || c == '\'') {
        // text, or a sheet name in quotes ('My sheet'!A1), may hold parentheses; '' is a quote in a name
        int end = quoted(f, j, null);
        if (end < 0) return false;
        j = end - 1;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return blanks(f, j + 1) == f.length();
      }
    }
    return false;
  }

  private static int blanks(String f, int from) {
    int i = from;
    while (i < f.length() && Character.isWhitespace(f.charAt(i))) i++;
    return i;
  }
}
