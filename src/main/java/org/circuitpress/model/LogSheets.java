package org.circuitpress.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What CircuitPress writes on a log workbook's "Start here" and Progress sheets besides formulas,
 * shared by the writer and the log reader: the reader takes any other cell a client filled in there
 * for words of their own, which are listed for the trainer, never passed over.
 */
public final class LogSheets {
  private LogSheets() {}

  public static final String TITLE = "Training log";
  public static final String HOW_TO = "How to fill it in";
  /** The label of the Progress sheet's last row. */
  public static final String TOTAL = "Total";
  /** The Progress sheet's columns of the sessions and rounds planned in each week's row. */
  public static final int SESSIONS_PLANNED = 2;
  public static final int ROUNDS_PLANNED = 4;

  /** A row of the start sheet's facts: its label, and what the cell beside it says. */
  public record Fact(String label, String value) {}

  /** The labels {@link #facts} writes, each block's log having some or all of them (a goal only when set). */
  private static final Set<String> FACT_LABELS =
      Set.of("Client", "Program", "Goal", "Block", "Dates", "Weeks", "Rounds", "Loads in");

  /**
   * Whether {@code text}, in the start sheet's first column, is the label of one of its facts
   * ("Goal"). The cell beside it is the fact as it was printed, which today's roster and templates
   * may print otherwise (the client renamed, a goal edited since, pounds for kilograms): it is
   * CircuitPress's, not the client's.
   */
  public static boolean isFactLabel(String text) {
    return FACT_LABELS.contains(text);
  }

  /** Whether {@code text}, in the start sheet's first column, is one CircuitPress writes there. */
  public static boolean isStartLabel(String text) {
    return text.equals(TITLE) || text.equals(HOW_TO) || isFactLabel(text) || text.matches("\\d{1,2}\\.");
  }

  /**
   * How-to lines as logs printed by earlier versions worded them: a log printed before an upgrade
   * comes back with them, and they are CircuitPress's words, not the client's.
   */
  private static final List<String> EARLIER_HOW_TO = List.of(
      "The grey columns are your plan and cannot be changed. After a session, fill in the white columns on the"
          + " right.");

  /**
   * Whether {@code text} is one of the how-to lines, in kg or in lb, as the start sheet prints them
   * or printed them in an earlier version.
   */
  public static boolean isHowTo(String text) {
    for (Units u : Units.values()) if (howTo(u).contains(text)) return true;
    return EARLIER_HOW_TO.contains(text);
  }

  /** Who and what the log is for. */
  public static List<Fact> facts(Program p) {
    List<Fact> f = new ArrayList<>();
    f.add(new Fact("Client", p.client().name() + " (" + p.client().id() + ")"));
    f.add(new Fact("Program", p.template().name()));
    if (!p.template().goal().isEmpty()) f.add(new Fact("Goal", p.template().goal()));
    f.add(new Fact("Block", String.valueOf(p.block())));
    f.add(new Fact("Dates", span(p, p.start(), p.end())));
    int sessions = p.weeks().isEmpty() ? 0 : p.weeks().get(0).sessions();
    f.add(new Fact("Weeks", p.weeks().size() + " weeks, " + sessions + " sessions a week"));
    StringBuilder rounds = new StringBuilder();
    for (Week w : p.weeks()) {
      if (rounds.length() > 0) rounds.append(", ");
      rounds.append("week ").append(w.number()).append(": ").append(w.rounds());
      if (w.deload()) rounds.append(" (lighter week)");
    }
    f.add(new Fact("Rounds", rounds.toString()));
    f.add(new Fact("Loads in", p.client().units().symbol()));
    return f;
  }

  /** How to fill the log in, step by step. */
  public static List<String> howTo(Program p) {
    return howTo(p.client().units());
  }

  private static List<String> howTo(Units u) {
    String units = u.symbol();
    return List.of(
        "Every week has its own sheet. It holds one row for each drill of each round of each"
            + " session, in the order you do them.",
        // one printed line: counted as two (StartSheet.lines counts on the wide side), its row left a
        // blank line under it when printed
        "The grey columns are your plan and are locked. After a session, fill in the white columns on"
            + " the right.",
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

  /** The label of step {@code n} of {@link #howTo}: "1.", "2." ... */
  public static String step(int n) {
    return n + ".";
  }

  /** From one date to another: {@code 2026-12-01 to 2026-12-28}, or {@code Dec 1 – Dec 28, 2026} on Letter. */
  public static String span(Program p, LocalDate from, LocalDate to) {
    DateOrder order = p.client().dateOrder();
    return order == DateOrder.MONTH_FIRST ? order.dates(from, to) : from + " to " + to;
  }

  /** A week's dates, as its row of the Progress sheet and the title of its week sheet show them. */
  public static String weekDates(Program p, Week w) {
    return span(p, w.start(), w.start().plusDays(6));
  }
}
