package org.circuitpress.render.xlsx;

import static org.circuitpress.render.xlsx.XlsxPackage.LABEL;
import static org.circuitpress.render.xlsx.XlsxPackage.TITLE;
import static org.circuitpress.render.xlsx.XlsxPackage.WRAPPED;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/** The first sheet: who and what the log is for, and how to fill it in. */
final class StartSheet {
  static final String NAME = org.circuitpress.model.LogColumns.START_SHEET;

  private StartSheet() {}

  static void write(SheetXml sheet, Program p) throws IOException {
    List<String[]> facts = facts(p);
    List<String> howTo = howTo(p);
    sheet.begin(true, facts.size() + howTo.size() + 3, 1, 0, new int[] {20, 90});
    int r = 0;
    line(sheet, r++, "Training log", TITLE, "");
    r++;
    for (String[] fact : facts) line(sheet, r++, fact[0], LABEL, fact[1]);
    r++;
    line(sheet, r++, "How to fill it in", LABEL, "");
    int step = 1;
    for (String how : howTo) line(sheet, r++, step++ + ".", LABEL, how);
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
  private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");

  /**
   * How many lines a text takes when wrapped at word boundaries in a column {@code width}
   * characters wide. Counted on the wide side (a column holds more average letters than its
   * width in digits), so a row is at worst a little taller than it needs.
   */
  static int lines(String text, int width) {
    int lines = 0;
    for (String paragraph : LINE_BREAK.split(text, -1)) lines += paragraphLines(paragraph, width);
    return Math.max(1, lines);
  }

  private static int paragraphLines(String text, int width) {
    int lines = 1;
    int used = 0;
    for (String word : text.split(" ")) {
      int need = used == 0 ? word.length() : used + 1 + word.length();
      if (need <= width || used == 0) {
        used = need;
      } else {
        lines++;
        used = word.length();
      }
      while (used > width) { // a word longer than the column breaks anywhere
        lines++;
        used -= width;
      }
    }
    return lines;
  }

  private static List<String[]> facts(Program p) {
    List<String[]> f = new ArrayList<>();
    f.add(new String[] {"Client", p.client().name() + " (" + p.client().id() + ")"});
    f.add(new String[] {"Program", p.template().name()});
    if (!p.template().goal().isEmpty()) f.add(new String[] {"Goal", p.template().goal()});
    f.add(new String[] {"Block", String.valueOf(p.block())});
    f.add(new String[] {"Dates", LogDates.span(p, p.start(), p.end())});
    int sessions = p.weeks().isEmpty() ? 0 : p.weeks().get(0).sessions();
    f.add(new String[] {"Weeks", p.weeks().size() + " weeks, " + sessions + " sessions a week"});
    StringBuilder rounds = new StringBuilder();
    for (Week w : p.weeks()) {
      if (rounds.length() > 0) rounds.append(", ");
      rounds.append("week ").append(w.number()).append(": ").append(w.rounds());
      if (w.deload()) rounds.append(" (lighter week)");
    }
    f.add(new String[] {"Rounds", rounds.toString()});
    f.add(new String[] {"Loads in", p.client().units().symbol()});
    return f;
  }

  private static List<String> howTo(Program p) {
    String units = p.client().units().symbol();
    return List.of(
        "Every week has its own sheet. It holds one row for each drill of each round of each"
            + " session, in the order you do them.",
        "The grey columns are your plan and cannot be changed. After a session, fill in the white"
            + " columns on the right.",
        LogColumns.DONE + ": choose yes when you did the drill in that round, no when you skipped it.",
        LogColumns.ACTUAL + ": how many reps, seconds or breaths you did (per side where the row"
            + " says so). " + LogColumns.ACTUAL_LOAD + ": the weight you used, in " + units
            + ", or the band you used.",
        LogColumns.RPE + ": how hard it felt, from 1 (very easy) to 10 (you could not have done"
            + " more).",
        LogColumns.NOTES + " is free text: pain, a change you made, anything your trainer should"
            + " know. " + LogColumns.DATE + " is the day you trained.",
        "Leave a cell empty when you have nothing to write. The Progress sheet counts your"
            + " sessions, rounds and average effort by itself.",
        "Send or bring the file back at the end of the block: what you write here shapes your"
            + " next block.");
  }
}
