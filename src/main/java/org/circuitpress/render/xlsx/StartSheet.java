package org.circuitpress.render.xlsx;

import static org.circuitpress.render.xlsx.XlsxPackage.LABEL;
import static org.circuitpress.render.xlsx.XlsxPackage.TITLE;
import static org.circuitpress.render.xlsx.XlsxPackage.WRAPPED;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.circuitpress.model.LogSheets;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;

/** The first sheet: who and what the log is for, and how to fill it in. */
final class StartSheet {
  static final String NAME = org.circuitpress.model.LogColumns.START_SHEET;

  private StartSheet() {}

  static void write(SheetXml sheet, Program p) throws IOException {
    List<LogSheets.Fact> facts = LogSheets.facts(p);
    List<String> howTo = LogSheets.howTo(p);
    sheet.begin(true, facts.size() + howTo.size() + 3, 1, 0, 0, new int[] {20, 90});
    int r = 0;
    line(sheet, r++, LogSheets.TITLE, TITLE, "");
    r++;
    for (LogSheets.Fact fact : facts) line(sheet, r++, fact.label(), LABEL, fact.value());
    r++;
    line(sheet, r++, LogSheets.HOW_TO, LABEL, "");
    int step = 1;
    for (String how : howTo) line(sheet, r++, LogSheets.step(step++), LABEL, how);
    sheet.end(false, p.client().paper() == Paper.LETTER, p.client().name(), p.template().name(), null);
  }

  /** The tallest row a spreadsheet allows, in points. */
  private static final int MAX_ROW_HEIGHT = 409;

  /** Column B's width in characters; its text wraps inside it. */
  private static final int TEXT_WIDTH = 90;

  private static void line(SheetXml sheet, int r, String a, int styleA, String b) throws IOException {
    // Spreadsheet apps keep a row at its stored height when a file is opened, so a wrapped text
    // needs its height written down or its lines overlap the next row's.
    sheet.row(r, height(lines(b, TEXT_WIDTH)));
    sheet.text(0, a, styleA);
    if (!b.isEmpty()) sheet.text(1, b, WRAPPED);
  }

  /** The height in points of a row of {@code lines} lines of text; 0 (the default) for one. */
  static int height(int lines) {
    return lines > 1 ? Math.min(MAX_ROW_HEIGHT, 15 * lines) : 0;
  }

  /** A line break of any kind; compiled once, as the summary counts lines of three cells per client. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  /**
   * How many lines a text takes when wrapped at word boundaries in a column {@code width}
   * characters wide (a column's width counts digits), each character counted at its width as a
   * digit's share ({@link #units}), so that a row is at worst a little taller than it needs.
   * Counted as one digit each, a name in capitals ("WALL-SUPPORTED CROCODILE BREATHING") took a
   * line more than counted, drawn over the row above, while a plain name often got a line too many.
   */
  static int lines(String text, int width) {
    int lines = 0;
    for (String paragraph : LINE_BREAK.split(text, -1)) lines += paragraphLines(paragraph, width);
    return Math.max(1, lines);
  }

  private static int paragraphLines(String text, int width) {
    int lines = 1;
    double used = 0;
    for (String word : text.split(" ")) {
      double length = units(word);
      double need = used == 0 ? length : used + SPACE + length;
      if (need <= width || used == 0) {
        used = need;
      } else {
        lines++;
        used = length;
      }
      while (used > width) { // a word longer than the column breaks anywhere
        lines++;
        used -= width;
      }
    }
    return lines;
  }

  /** A space's width in digits: about half a digit in Calibri and in DejaVu Sans. */
  private static final double SPACE = 0.5;

  /**
   * The width of {@code word} in digits, on the wide side of Calibri (Excel's font, and Carlito,
   * LibreOffice's twin of it) and of DejaVu Sans (what LibreOffice shows where neither is
   * installed) for the letters of Western and Central European languages: a capital up to 1.35
   * (M and W 1.9), m 1.6, w 1.45, i, l and a full stop 0.5, f, r, t, a hyphen or a bracket 0.7,
   * a Chinese or Japanese character or an emoji 2, a few signs (@ % & + ...) more than a digit,
   * and any other letter or digit 1.05.
   */
  private static double units(String word) {
    double units = 0;
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      i += Character.charCount(c);
      if ("iljI.,'".indexOf(c) >= 0) units += 0.5;
      else if ("ftr;:!-()[]".indexOf(c) >= 0) units += 0.7;
      else if ("MWÆŒŴ@".indexOf(c) >= 0) units += 1.9;
      else if ("m%æœ".indexOf(c) >= 0) units += 1.6;
      else if ("wŵ".indexOf(c) >= 0) units += 1.45;
      else if (Character.isUpperCase(c) || "#&+<=>^~×÷".indexOf(c) >= 0) units += 1.35;
      else if (c >= 0x2E80) units += 2;
      else units += 1.05;
    }
    return units;
  }
}
