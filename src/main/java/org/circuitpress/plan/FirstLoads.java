package org.circuitpress.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.circuitpress.model.Client;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Library;
import org.circuitpress.model.Load;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Slot;
import org.circuitpress.model.StartLoads;
import org.circuitpress.model.Week;

/**
 * The loads a trainer wrote on the roster for a client to start on ({@link StartLoads}), as the
 * plan uses them.
 *
 * <p>A slot with no record of its drill (the client's first block, a slot new to them, or a drill
 * other than the one the slot ended on) starts on the start load of the drill it opens with, else
 * on that of the equipment the drill's load comes from, else where the client's level puts it.
 * Progression climbs from there. A slot whose drill has a record carries on from it, as the log
 * decides: the roster's cell stays the same month after month, and read again each month it would
 * undo every step the client made. Only a start load the trainer wrote or changed since the last
 * block was made (its record keeps the start loads it was made with) wins over the record: a new
 * weight written down is meant.
 */
final class FirstLoads {
  private FirstLoads() {}

  /**
   * The step of a drill's ladder a start load names.
   *
   * @param index into the drill's ladder
   * @param item the start load, as the roster gives it
   * @param label the step as the plan prints it
   * @param equipment the equipment it was given for, or null when it was given for the drill itself
   */
  record Found(int index, StartLoads.Item item, String label, String equipment) {
    /** The start load as a note names it: "its start load on the roster ("goblet squat 16 kg")". */
    String given() {
      return (equipment == null ? "its start load on the roster" : "the roster's start load for the " + equipment)
          + " (" + quote(item.typed()) + ")";
    }
  }

  /** The start load of drill {@code e} for client {@code c} and where it is on the drill's ladder. */
  static Optional<Found> find(Client c, Exercise e) {
    Optional<Loads.Ladder> ladder = Loads.ladder(e, c);
    if (ladder.isEmpty()) return Optional.empty();
    List<Load> steps = ladder.get().steps();
    String equipment = steps.get(0).equipment();
    Optional<StartLoads.Item> item = c.startLoads().of(e.id(), equipment);
    if (item.isEmpty()) return Optional.empty();
    String forEquipment = c.startLoads().drills().containsKey(e.id()) ? null : equipment;
    for (int i = 0; i < steps.size(); i++) {
      if (matches(item.get().load(), steps.get(i))) {
        return Optional.of(new Found(i, item.get(), steps.get(i).label(), forEquipment));
      }
    }
    return Optional.empty();
  }

  /** Whether a start load is this step: the same grade, or the same weight in the same unit. */
  private static boolean matches(Load wanted, Load step) {
    if (!wanted.equipment().equals(step.equipment())) return false;
    return wanted.units() == null
        ? step.units() == null && wanted.label().equals(step.label())
        : wanted.units() == step.units() && wanted.amount() == step.amount();
  }

  /** {@code base} on the start load of {@code first}, the drill a slot without a record opens with. */
  static SlotState first(Client c, Slot slot, Exercise first, SlotState base, List<String> notes) {
    Optional<Found> f = find(c, first);
    if (f.isEmpty()) return base;
    notes.add("slot " + slot.id() + ": " + first.name() + " starts at " + f.get().label() + ", " + f.get().given());
    return base.withLoad(f.get().index());
  }

  /**
   * {@code carried}, where the record of the last block and its log put a slot that opens with
   * {@code first}; or the start load the roster now gives that drill, when it is not the one it gave
   * when the last block was made ({@code then}, the client as they were then). A slot that carries
   * on at another load than its start load goes into {@code past}, for {@link #carriedOn}.
   */
  static SlotState overRecord(Client c, Client then, Slot slot, Exercise first, SlotState carried,
      List<String> notes, List<String> past) {
    Optional<Found> now = find(c, first);
    if (now.isEmpty()) return carried;
    Found f = now.get();
    String equipment = f.equipment() == null ? "" : f.equipment();
    Optional<Load> before = then.startLoads().of(first.id(), equipment).map(StartLoads.Item::load);
    String was = Loads.ladder(first, c).map(l -> l.at(carried.load()).label()).orElse("");
    if (before.equals(Optional.of(f.item().load()))) {
      if (f.index() != carried.load()) past.add(slot.id() + " at " + was + " (start load " + f.label() + ")");
      return carried;
    }
    String since = before.map(b -> ", changed from " + b.label() + " since the last block was made")
        .orElse(", written since the last block was made");
    String start = "slot " + slot.id() + ": " + first.name();
    if (f.index() == carried.load()) {
      // not "stays at": the log may have moved the slot on in its dose, or up to this load
      notes.add(start + " is at " + was + ", where the last block and its log put it, which is also " + f.given()
          + since);
      return carried;
    }
    notes.add(start + " starts at " + f.label() + ", " + f.given() + since + ", in place of the " + was
        + " it would carry on at from the last block");
    return carried.withLoad(f.index());
  }

  /** The note on the slots that carry on from the last block past their start loads on the roster. */
  static String carriedOn(List<String> past) {
    return (past.size() == 1 ? "slot " : "slots ") + String.join(", ", past) + (past.size() == 1 ? " carries" : " carry")
        + " on from the last block, not at the roster's start load: a start load sets the first load of a drill"
        + " new to the client, and " + (past.size() == 1 ? "this one has" : "these have") + " not changed since the"
        + " last block was made. To start the client on another weight, change it on the roster";
  }

  /**
   * What the plan says about a drill the start loads name that the block gives in no slot's first
   * week: a warning when the block does not give it at all (unless the last block did, which is no
   * news), a note when it comes in later, where it carries on from the load of the drill before it.
   * A drill it gives in the first week gets the warnings on how its load was read ({@link
   * StartLoads.Item#readings}); one that it does not give is said not to be used, and nothing more,
   * so that one slip in the cell (a load in kg for bells in lb) is one message there.
   *
   * @param previous the last block, or null
   * @param note makes a note (false) or warning (true) at the roster's start_loads cell
   */
  static void unused(Library library, Client c, List<Week> weeks, Program previous, Note note) {
    for (Map.Entry<String, StartLoads.Item> e : c.startLoads().drills().entrySet()) {
      String id = e.getKey();
      String item = "the start load " + quote(e.getValue().typed()) + " is for "
          + library.get(id).map(Exercise::name).orElse(id);
      Optional<Week> from = weeks.stream().filter(w -> gives(w, id)).findFirst();
      if (from.isPresent() && from.get().number() == 1) {
        e.getValue().readings().forEach(r -> note.add(true, r));
        continue;
      }
      if (from.isPresent()) {
        note.add(false, item + ", which this block gives only from week "
            + from.get().number() + ", where it carries on from the load of the drill before it in its slot");
      } else if (previous != null && previous.weeks().stream().anyMatch(w -> gives(w, id))) {
        note.add(false, item + ", which the last block gave and this one does not, so it is not used");
      } else {
        Set<String> loaded = new LinkedHashSet<>();
        for (Week w : weeks) for (Prescription p : w.circuit()) if (p.load() != null) loaded.add(p.exercise().name());
        note.add(true, item + ", which this block does not give the client, so it is not used; "
            + (loaded.isEmpty() ? "no drill of this block takes a load"
                : "the drills of this block that take a load are " + String.join(", ", new ArrayList<>(loaded))));
      }
    }
  }

  /** Makes a plan note or warning at the roster's start_loads cell. */
  interface Note {
    void add(boolean warning, String message);
  }

  private static boolean gives(Week w, String id) {
    return w.circuit().stream().anyMatch(p -> p.exercise().id().equals(id));
  }

  private static String quote(String typed) {
    return "\"" + typed + "\"";
  }
}
