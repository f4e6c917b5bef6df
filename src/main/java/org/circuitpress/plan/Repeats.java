package org.circuitpress.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.circuitpress.model.Client;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Library;
import org.circuitpress.model.Names;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Slot;
import org.circuitpress.model.Week;
import org.circuitpress.model.Words;

/**
 * The plan's notes on a drill given more than once in a session: the planner repeats a drill only
 * when nothing else fits, and the client would otherwise find it twice in the handout with no word
 * to the trainer. One note per drill and slots, naming the steps, the weeks, and why no other drill
 * of the slot's role fits, counted by reason.
 */
final class Repeats {
  private Repeats() {}

  /**
   * Where a drill comes more than once in a week: the drill, how many times, the steps and slots
   * that give it as said, and the slot that took it although another slot had it ({@code last}).
   */
  private record Twice(Exercise drill, int times, String where, Slot last) {}

  static List<String> notes(List<Week> weeks, Client client, Library library) {
    Map<Twice, List<Week>> found = new LinkedHashMap<>();
    for (Week w : weeks) {
      // drill id -> step number -> the slots of that step that give it
      Map<String, Map<Integer, List<String>>> where = new LinkedHashMap<>();
      Map<String, Prescription> last = new LinkedHashMap<>();
      for (int step = 0; step < w.phases().size(); step++) {
        for (Prescription x : w.phases().get(step).items()) {
          where.computeIfAbsent(x.exercise().id(), k -> new LinkedHashMap<>())
              .computeIfAbsent(step, k -> new ArrayList<>()).add(x.slot().id());
          Prescription before = last.get(x.exercise().id());
          if (before == null || took(x) >= took(before)) last.put(x.exercise().id(), x);
        }
      }
      where.forEach((id, steps) -> {
        int times = steps.values().stream().mapToInt(List::size).sum();
        if (times < 2) return;
        Prescription x = last.get(id);
        found.computeIfAbsent(new Twice(x.exercise(), times, steps(steps, w), x.slot()), k -> new ArrayList<>())
            .add(w);
      });
    }
    List<String> out = new ArrayList<>();
    found.forEach((t, in) -> out.add(t.drill().name() + " is in each session " + times(t.times()) + ", in "
        + t.where() + ", " + weeks(in, weeks.size()) + ", because "
        + why(t.drill(), t.last(), in.get(0), weeks, client, library)
        + ". Add a drill to the library, or choose one by hand"));
    return out;
  }

  /** "step 2 (Resist movement, slot dead-bug) and step 3 (Carry it into standing: slots pallof and plank)". */
  private static String steps(Map<Integer, List<String>> steps, Week w) {
    List<String> out = new ArrayList<>();
    steps.forEach((step, slots) -> out.add("step " + (step + 1) + " (" + w.phases().get(step).phase().name()
        + (slots.size() == 1 ? ", slot " + slots.get(0) : ": slots " + Words.and(slots)) + ")"));
    return Words.and(out);
  }

  /**
   * How surely a slot is the one that took a drill another slot has: a substitute most, then a
   * slot that does not name the drill (filled by its role), then, among equals, the later slot.
   */
  private static int took(Prescription x) {
    if (x.substituteFor() != null) return 2;
    return x.exercise().id().equals(x.slot().exerciseId()) ? 0 : 1;
  }

  private static String times(int n) {
    return n == 2 ? "twice" : n + " times";
  }

  /** "every week", "week 3", "weeks 3 to 4" or "weeks 1, 3". */
  private static String weeks(List<Week> in, int all) {
    if (in.size() == all) return "every week";
    if (in.size() == 1) return "week " + in.get(0).number();
    int first = in.get(0).number();
    int last = in.get(in.size() - 1).number();
    if (last - first + 1 == in.size()) return "weeks " + first + " to " + last;
    return "weeks " + String.join(", ", in.stream().map(w -> String.valueOf(w.number())).toList());
  }

  /** Why another drill of the role was not given, as said of one and of several. */
  private enum Reason {
    LIMITATION("is ruled out by the client's limitations", "are ruled out by the client's limitations"),
    EQUIPMENT("needs equipment the client does not have", "need equipment the client does not have"),
    LEVEL("is above the client's level", "are above the client's level"),
    EXCLUDED("is excluded for the client", "are excluded for the client"),
    IN_SESSION("is already in the session", "are already in the session"),
    OFF_AIM("shares no aim with the slot", "share no aim with the slot"),
    LATER("is given in another week of the block", "are given in other weeks of the block"),
    HELD("is held for another slot of the template", "are held for other slots of the template");

    final String one;
    final String many;

    Reason(String one, String many) {
      this.one = one;
      this.many = many;
    }
  }

  /**
   * Why no other drill of the slot's role was given instead, in the first week of the repeat:
   * each other drill of the role is ruled out for the client, already in the session, or shares no
   * aim (tag) with the slot (or, rarely, kept for a harder step another slot takes later).
   */
  private static String why(Exercise drill, Slot slot, Week week, List<Week> weeks, Client client, Library library) {
    Set<String> inSession = new HashSet<>();
    week.circuit().forEach(x -> inSession.add(x.exercise().id()));
    Set<String> inBlock = new HashSet<>();
    weeks.forEach(w -> w.circuit().forEach(x -> inBlock.add(x.exercise().id())));
    Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
    Set<String> limitations = new TreeSet<>();
    int others = 0;
    for (Exercise e : library.all()) {
      if (e.id().equals(drill.id()) || !Names.tag(e.role()).equals(Names.tag(slot.role()))) continue;
      others++;
      Optional<Ruling> r = Ruling.of(e, client);
      Reason reason;
      if (r.isPresent()) {
        reason = Reason.valueOf(r.get().kind().name());
        limitations.addAll(r.get().items());
      } else if (inSession.contains(e.id())) {
        reason = Reason.IN_SESSION;
      } else if (!slot.tags().isEmpty() && DrillChooser.score(e, slot.tags()) == 0) {
        reason = Reason.OFF_AIM;
      } else {
        reason = inBlock.contains(e.id()) ? Reason.LATER : Reason.HELD;
      }
      counts.merge(reason, 1, Integer::sum);
    }
    if (others == 0) return "the library has no other drill with the role " + slot.role();
    List<String> said = new ArrayList<>();
    counts.forEach((reason, n) -> said.add(n + " " + (n == 1 ? reason.one : reason.many).replace("the slot", "slot " + slot.id())
        + (reason == Reason.LIMITATION ? " (" + String.join(", ", limitations) + ")" : "")));
    return "no other drill with the role " + slot.role() + " fits: "
        + (others == 1 ? "the one other " + said.get(0).substring(2) : "of the " + others + " others, " + Words.and(said));
  }
}
