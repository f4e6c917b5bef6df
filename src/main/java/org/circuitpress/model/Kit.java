package org.circuitpress.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything a client has to train with, by normalized equipment name. */
public record Kit(Map<String, KitItem> items) {
  public static final Kit NONE = new Kit(Map.of());

  public Kit {
    items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
  }

  /** True when the client owns the named equipment ({@link Names#tag} comparison). */
  public boolean has(String equipment) {
    return items.containsKey(Names.tag(equipment));
  }

  public Optional<KitItem> item(String equipment) {
    return Optional.ofNullable(items.get(Names.tag(equipment)));
  }

  /**
   * The piece of this kit that carries the load of a drill that needs {@code needs}: group by group
   * in the drill's order ({@link Needs}: sorted), and within a group of alternatives ("dumbbell or
   * kettlebell") the first listed that the kit has and that comes in steps (weights or grades
   * listed, or a kettlebell, dumbbell or band, which come in steps though none are listed). Empty
   * when no piece the drill needs does (a bench, a foam roller, or nothing at all).
   */
  public Optional<KitItem> carrying(Needs needs) {
    for (List<String> group : needs.groups()) {
      for (String name : group) {
        KitItem k = items.get(name);
        if (k != null && (k.hasSteps() || KitItem.usuallyStepped(k.name()))) return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * The grades a log takes for {@code load} (band colours): the ones this kit lists for its
   * equipment, or for a graded load whose kit lists none, the usual ones the planner gave it.
   * Empty for no load and for a weight of equipment without grades. The log reader reads these,
   * and the log workbook offers them, so the two always agree.
   */
  public List<String> grades(Load load) {
    if (load == null) return List.of();
    List<String> grades = item(load.equipment()).map(KitItem::grades).orElse(List.of());
    return grades.isEmpty() && load.units() == null ? KitItem.USUAL_GRADES : grades;
  }
}
