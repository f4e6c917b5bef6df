package org.circuitpress.plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.circuitpress.model.Dose;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Library;
import org.circuitpress.model.Names;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Slot;
import org.circuitpress.model.Week;

/**
 * Whether a slot goes on from where the slot of the same id ended the block before, and what the
 * plan says about it.
 *
 * <p>A dose counts one particular drill: 12 breaths of 90/90 breathing are not 12 box breaths,
 * though both are breathing counted in breaths. So a slot carries on only when the drill it gives
 * now is the drill it ended on, or one of that drill's easier or harder variants (the same
 * movement, progressed). Another drill starts at the template's own week-1 dose and load. Role
 * and unit alone would let two templates that happen to share a slot id ("breathe") hand one
 * drill's dose to another.
 */
final class CarryOver {
  private CarryOver() {}

  /** The prescription a slot ended a block on: its last week that is no deload; null when none. */
  static Prescription endedOn(Program block, String slotId) {
    Prescription out = null;
    Prescription any = null;
    for (Week w : block.weeks()) {
      for (Prescription p : w.circuit()) {
        if (!p.slot().id().equals(slotId)) continue;
        any = p;
        if (!w.deload()) out = p;
      }
    }
    return out != null ? out : any;
  }

  /** The prescription a slot started a block with (its first week's); null when none. */
  static Prescription startedOn(Program block, String slotId) {
    for (Week w : block.weeks()) {
      for (Prescription p : w.circuit()) {
        if (p.slot().id().equals(slotId)) return p;
      }
    }
    return null;
  }

  /** Whether {@code other} is {@code drill} or lies along its easier or its harder links. */
  static boolean sameMovement(Library library, Exercise drill, Exercise other) {
    return drill.id().equals(other.id())
        || along(library, drill, Exercise::easier).contains(other.id())
        || along(library, drill, Exercise::harder).contains(other.id());
  }

  private static Set<String> along(Library library, Exercise from, Function<Exercise, List<String>> links) {
    Set<String> seen = new HashSet<>();
    Deque<Exercise> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      for (String id : links.apply(todo.removeFirst())) {
        if (seen.add(id)) library.get(id).ifPresent(todo::addLast);
      }
    }
    return seen;
  }

  /** "the last block" or "upper-back-restore": where the slot ended, as a note names it. */
  static String lastBlock(Program previous, String templateId) {
    String id = previous.template().id();
    return id.equals(templateId) ? "the last block" : id;
  }

  /**
   * The note for a slot that carries on into another template: what it starts at (the dose, and
   * the load where that carried too), or one step on from it ({@code stepped}, a well-done log),
   * where it came from, and what the template itself writes.
   */
  static String carried(Slot slot, String from, boolean stepped, String now, String template) {
    return "slot " + slot.id() + " starts " + (stepped ? "one step on from " : "at ") + now + ", where slot "
        + slot.id() + " of " + from + " ended; this template starts it at " + template;
  }

  /** The note for a slot that does not carry on because its drill is another than the one it ended on. */
  static String notCarried(Slot slot, String from, Prescription ended, Exercise now, String template) {
    return "slot " + slot.id() + " starts at this template's " + template + ": it ended " + from + " at "
        + ended.dose().format() + " of " + named(ended.exercise(), now) + ", another drill than " + named(now, ended.exercise())
        + ", and a dose carries on only to the same drill or its easier and harder variants";
  }

  /** The drill's name, with its id when {@code other}, another drill, has the same name. */
  private static String named(Exercise drill, Exercise other) {
    return Names.tag(drill.name()).equals(Names.tag(other.name())) ? drill.name() + " (" + drill.id() + ")" : drill.name();
  }

  /**
   * The note for a slot whose last block gave a stand-in ({@code started}) for a drill the client
   * could not do then, and that gives {@code now} instead: the client got the kit, or the reason
   * went away. {@code levelSaid} is how the stand-in's reason starts when the slot's drill became
   * another at the client's level ({@link DrillChooser#atLevelSaid}), which is not why the client
   * could not do it.
   */
  static String standInMet(Slot slot, Prescription started, String levelSaid, Exercise now, String template) {
    String why = started.why();
    if (!levelSaid.isEmpty() && why.startsWith(levelSaid)) why = why.substring(levelSaid.length());
    int cut = why.indexOf(';');
    why = (cut < 0 ? why : why.substring(0, cut)).strip();
    return "slot " + slot.id() + " starts " + now.name() + " at this template's " + template
        + ": the last block gave " + started.exercise().name() + " in its place"
        + (why.isEmpty() ? "" : ", because " + why) + ", and the client can do " + now.name() + " now";
  }

  /** A slot's amount in the slot's own unit and sides, with a load when there is one. */
  static String shown(Slot slot, int amount, String load) {
    String dose = new Dose(amount, slot.dose().unit(), slot.dose().perSide()).format();
    return load == null ? dose : dose + " and " + load;
  }
}
