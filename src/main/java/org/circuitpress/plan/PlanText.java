package org.circuitpress.plan;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Severity;
import org.circuitpress.model.Week;

/**
 * A program as plain text for {@code plan} and the golden tests: every week with its dates, rounds
 * and sessions, each phase and its drills with dose, tempo, rest and load, and why a substitute was
 * chosen. Lines end with {@code \n} on every platform.
 */
public final class PlanText {
  private PlanText() {}

  public static String format(Program p) {
    StringBuilder sb = new StringBuilder();
    header(sb, p);
    for (Week w : p.weeks()) week(sb, w);
    if (!p.notes().isEmpty()) {
      sb.append("\nNotes\n");
      for (Diagnostic d : p.notes()) {
        // marked as the report and the screen mark them: a plain note is a "note:", not an "info:";
        // one about a single cell of the roster (the level, the equipment) begins with that cell,
        // as in the report (a warning's cell is on the screen's line of it)
        sb.append("  ");
        if (d.severity() == Severity.INFO && d.location().column() >= 0) sb.append(d.location()).append(": ");
        sb.append(d.severity() == Severity.INFO ? "note" : d.severity().name().toLowerCase(Locale.ROOT))
            .append(": ")
            .append(d.message())
            .append('\n');
      }
    }
    return sb.toString();
  }

  private static void header(StringBuilder sb, Program p) {
    var c = p.client();
    sb.append(c.name()).append(" (").append(c.id()).append(")\n");
    sb.append("Program: ")
        .append(p.template().name())
        .append(" [")
        .append(p.template().id())
        .append(']');
    if (p.trackId() != null) sb.append(", track ").append(p.trackId());
    sb.append(", block ").append(p.block()).append('\n');
    sb.append("Dates: ")
        .append(p.start())
        .append(" to ")
        .append(p.end())
        .append(", ")
        .append(p.weeks().size())
        .append(" weeks\n");
    sb.append("Level: ")
        .append(c.level().label())
        .append(", units ")
        .append(c.units().symbol())
        .append('\n');
    if (!p.template().goal().isEmpty())
      sb.append("Goal: ").append(p.template().goal()).append('\n');
    List<String> uses = p.template().uses().stream().map(u -> u.label).sorted().toList();
    if (!uses.isEmpty()) sb.append("Use: ").append(String.join(", ", uses)).append('\n');
    sb.append("Rest between rounds: ").append(p.template().restBetweenRounds()).append(" s\n");
  }

  private static void week(StringBuilder sb, Week w) {
    sb.append("\nWeek ").append(w.number()).append(" (from ").append(w.start()).append(')');
    if (w.deload()) sb.append(" DELOAD");
    sb.append(": ")
        .append(w.rounds())
        .append(w.rounds() == 1 ? " round" : " rounds")
        .append(", ")
        .append(w.sessions())
        .append(w.sessions() == 1 ? " session" : " sessions")
        .append('\n');
    sb.append("  Sessions: ")
        .append(w.sessionDates().stream().map(Object::toString).collect(Collectors.joining(", ")))
        .append('\n');
    int n = 1;
    for (PhaseBlock pb : w.phases()) {
      sb.append("  ").append(n++).append(". ").append(pb.phase().name());
      if (!pb.phase().purpose().isEmpty()) sb.append(": ").append(pb.phase().purpose());
      sb.append('\n');
      for (Prescription pr : pb.items()) drill(sb, pr);
    }
  }

  private static void drill(StringBuilder sb, Prescription pr) {
    sb.append("     - ")
        .append(pr.exercise().name())
        .append(" [")
        .append(pr.exercise().id())
        .append("]: ")
        .append(pr.dose().format());
    if (!pr.tempo().isEmpty()) sb.append(", tempo ").append(pr.tempo());
    if (pr.load() != null) sb.append(", load ").append(pr.loadText());
    if (pr.restSeconds() > 0) sb.append(", rest ").append(pr.restSeconds()).append(" s");
    sb.append('\n');
    if (pr.isSubstitute()) {
      sb.append("       instead of ")
          .append(pr.substituteFor())
          .append(": ")
          .append(pr.why())
          .append('\n');
    }
  }
}
