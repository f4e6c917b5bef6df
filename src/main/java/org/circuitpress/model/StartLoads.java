package org.circuitpress.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The loads a trainer wrote down for a client to start on (the roster's {@code start_loads}), each
 * already one of the client's own steps: per drill, by exercise id, and per piece of equipment, by
 * its name in the client's kit. A drill's own load comes before its equipment's.
 *
 * @param drills exercise id to the load its first block starts with
 * @param equipment equipment name ({@link Names#tag}) to the load every drill it loads starts with
 * @param where the roster cell they were read from, for the plan's messages about them
 */
public record StartLoads(Map<String, Item> drills, Map<String, Item> equipment, Location where) {
  /** No start loads: every drill starts where the level puts it. */
  public static final StartLoads NONE = new StartLoads(Map.of(), Map.of(), Location.ofFile("roster"));

  /**
   * One item of the cell.
   *
   * @param typed the item as the trainer wrote it, for messages
   * @param load the client's step it is read as
   * @param readings for a drill's start load, the warnings on how its load was read ("12 kg" in
   *     kg for bells in lb, read as 26 lb), which the plan says where the block gives the drill, or
   *     leaves to its own warning that the start load is not used: one message at the cell, not two
   */
  public record Item(String typed, Load load, List<String> readings) {
    public Item {
      Objects.requireNonNull(typed, "typed");
      Objects.requireNonNull(load, "load");
      readings = List.copyOf(readings);
    }

    public Item(String typed, Load load) {
      this(typed, load, List.of());
    }
  }

  public StartLoads {
    drills = Collections.unmodifiableMap(new LinkedHashMap<>(drills));
    equipment = Collections.unmodifiableMap(new LinkedHashMap<>(equipment));
    Objects.requireNonNull(where, "where");
  }

  public boolean isEmpty() {
    return drills.isEmpty() && equipment.isEmpty();
  }

  /**
   * The start load for a drill with id {@code exerciseId} whose load comes from {@code equipment}
   * (the piece of the client's kit that carries it): the drill's own, else the equipment's.
   */
  public Optional<Item> of(String exerciseId, String equipment) {
    Item own = drills.get(exerciseId);
    return own != null ? Optional.of(own) : Optional.ofNullable(this.equipment.get(Names.tag(equipment)));
  }
}
