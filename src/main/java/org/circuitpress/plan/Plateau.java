package org.circuitpress.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.circuitpress.model.Client;
import org.circuitpress.model.Template;
import org.circuitpress.model.Week;
import org.circuitpress.model.WeekRule;

/**
 * A block that stops changing before it ends: from some week on, every week gives the same session
 * (the same drills, doses, tempos, loads and rounds). With a block longer than the template's
 * rules reach (a roster's 8 weeks on a template whose caps are reached in week 3), the client
 * would repeat one session for weeks and nothing would tell the trainer. The plan then gets one
 * note saying from which week, what holds each slot there, and what the trainer can change.
 */
final class Plateau {
  private Plateau() {}

  /**
   * The fewest weeks of one session that end a block and count as a plateau: one repeat of the
   * last week is how a block settles before the next; two or more are weeks that add nothing.
   */
  static final int WEEKS = 3;

  /**
   * The first week of the run of weeks with the same session that ends the block, when that run
   * has {@link #WEEKS} or more weeks; 0 otherwise. A deload week is the template's own lighter
   * week, neither a step nor the end of a plateau, so it is passed over.
   */
  static int from(List<Week> weeks) {
    List<Week> full = weeks.stream().filter(w -> !w.deload()).toList();
    if (full.isEmpty()) return 0;
    Week last = full.get(full.size() - 1);
    int k = full.size() - 1;
    while (k > 0 && same(full.get(k - 1), last)) k--;
    return full.size() - k >= WEEKS ? full.get(k).number() : 0;
  }

  private static boolean same(Week a, Week b) {
    return a.rounds() == b.rounds() && a.circuit().equals(b.circuit());
  }

  /**
   * The note, without the client's name: from which week the session stays the same, what holds
   * the slots there ({@code atTop}: slot id -> what stops each of its rules, see {@link
   * Progression#holds}; {@code unruled}: the slots no rule progresses, {@code loadable} those of
   * them whose drill takes a load and the client owns heavier ones; {@code held}: the slots a note
   * of pain holds back; {@code atLoad}: those the last block's log keeps at a load, short of their
   * targets there), the rounds, and what to change.
   */
  static String note(Client client, Template t, List<Week> weeks, int from, List<String> held,
      List<String> atLoad, Map<String, List<String>> atTop, List<String> unruled, List<String> loadable) {
    int last = weeks.size();
    List<String> deloads = weeks.stream().filter(w -> w.deload() && w.number() > from)
        .map(w -> String.valueOf(w.number())).toList();
    String when = from == 1
        ? "every week of the block (weeks 1 to " + last + ") gives the same session"
        : "from week " + from + " to the end of the block (week " + last + "), every week gives the same"
            + " session as week " + from;
    if (!deloads.isEmpty())
      when += ", apart from the deload in week" + (deloads.size() == 1 ? " " : "s ") + String.join(", ", deloads);
    List<String> why = new ArrayList<>();
    if (!held.isEmpty()) why.add(String.join(", ", held) + " held back by the client's note of pain");
    if (!atLoad.isEmpty()) {
      why.add(String.join(", ", atLoad) + " kept at " + (atLoad.size() == 1 ? "its load" : "their loads")
          + " by the last block's log, short of the targets there");
    }
    why.addAll(groups(atTop));
    if (!unruled.isEmpty()) why.add(unruled(unruled, loadable));
    why.add("the rounds stay at " + Progression.rounds(t, from) + " (" + rounds(t, from) + ")");
    String length = client.weeks() != null
        ? "the roster's weeks column gives this client " + last + " weeks"
        : "its " + last + " weeks are the template's weeks setting, which the roster's weeks column can change"
            + " for one client";
    return when + ": " + String.join("; ", why) + ". " + Planner.RAISE + ". Or give the client a shorter block: "
        + length;
  }

  /** Where a week's rounds come from: the rounds rule that covers it, else the template's setting. */
  private static String rounds(Template t, int week) {
    WeekRule rule = null;
    // the lower row wins, as in Progression.rounds
    for (WeekRule r : t.rules()) if (r instanceof WeekRule.SetRounds && r.covers(week)) rule = r;
    return rule == null ? "the template's rounds setting" : "the rounds rule, " + Progression.where(rule);
  }

  /**
   * What stops each slot, slots stopped by the same rules named together: "roll-lats, roll-pecs at
   * the cap of 30 of the add rule (... row 2)".
   */
  static List<String> groups(Map<String, List<String>> atTop) {
    Map<String, List<String>> byLimit = new LinkedHashMap<>();
    atTop.forEach((slot, limits) -> byLimit.computeIfAbsent(limitText(limits), k -> new ArrayList<>()).add(slot));
    List<String> out = new ArrayList<>();
    byLimit.forEach((limit, slots) -> out.add(String.join(", ", slots) + " " + limit));
    return out;
  }

  /** "no rule of the template progresses breathe, pulldown (pulldown takes a load ...)". */
  static String unruled(List<String> unruled, List<String> loadable) {
    String heavier = loadable.isEmpty() ? "" : " (" + String.join(", ", loadable)
        + (loadable.size() == 1 ? " takes" : " take") + " a load and the client owns heavier ones)";
    return "no rule of the template progresses " + String.join(", ", unruled) + heavier;
  }

  /** What stops a slot, from {@link Progression#limits} or {@link Progression#holds}; generic when none is known. */
  static String limitText(List<String> limits) {
    return limits.isEmpty()
        ? "at a cap, the client's heaviest load or the hardest variant"
        : String.join(" and ", limits);
  }
}
