package org.circuitpress.render.pdf;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Library;
import org.circuitpress.model.Phase;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Template;
import org.circuitpress.model.Use;
import org.circuitpress.model.Week;

/**
 * What a handout prints about its program besides the drills' targets, which its log prints too:
 * the template's words and settings (its name, goal, when it is meant to be done, the rest between
 * rounds, its steps' names and purposes) and, week by week, the line under each drill that stands
 * in for another ("Instead of Kettlebell windmill: it needs a kettlebell"). A run keeps a checksum
 * of it for each handout it writes, and {@code plan --client} compares it with today's, so that a
 * goal, rest or purpose edited since the client got their handout is noticed.
 *
 * <p>These are the values the handout prints, not its sentences or their layout: the same program
 * on other paper, with another logo, colour or font, or after a release that words the handout
 * otherwise, gives the same text. Left out on purpose, as {@code plan} does not show them: the
 * drills' cues, pictures and video codes, the trainer's notes on the roster and the branding.
 */
public final class HandoutWords {
  private HandoutWords() {}

  /** The text of {@code p}'s handout's words, one value a line; {@code library} names the drills a substitute replaces. */
  public static String of(Program p, Library library) {
    Template t = p.template();
    StringBuilder sb = new StringBuilder();
    line(sb, "template", t.name());
    // the cover prints a goal that is more than spaces
    line(sb, "goal", t.goal().isBlank() ? "" : t.goal());
    line(sb, "when", Stream.of(Use.values()).filter(t.uses()::contains).map(u -> u.label).collect(Collectors.joining(",")));
    line(sb, "rest between rounds", t.restBetweenRounds());
    int n = 1;
    for (Phase ph : t.phases()) line(sb, "step", n++, ph.name(), ph.purpose());
    Map<String, Exercise> drills = library.byId();
    for (Week w : p.weeks()) {
      for (Prescription x : w.circuit()) {
        String instead = x.isSubstitute() ? HandoutRenderer.insteadOf(x, p.client(), drills) : "";
        if (!instead.isEmpty()) line(sb, "instead", w.number(), instead);
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, Object... fields) {
    sb.append(Stream.of(fields).map(String::valueOf).collect(Collectors.joining("\t"))).append('\n');
  }
}
