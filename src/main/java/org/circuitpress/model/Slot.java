package org.circuitpress.model;

import java.util.Objects;
import java.util.Set;

/**
 * One place in a phase of a template, filled per client by a drill.
 *
 * @param id unique within the template, e.g. {@code breathe}
 * @param role the role a drill must have (normalized with {@link Names#tag})
 * @param tags tags a drill should carry, preferred in this order of match count
 * @param exerciseId a named drill preferred for the slot, or null to choose by role and tags
 * @param dose the starting dose (week 1)
 * @param tempo e.g. {@code 3-1-3-1}, or empty for the drill's own tempo
 * @param restSeconds rest after the drill
 * @param levelVariants when true, beginners get the drill's easier variant and advanced clients
 *     the harder one
 */
public record Slot(
    String id,
    String role,
    Set<String> tags,
    String exerciseId,
    Dose dose,
    String tempo,
    int restSeconds,
    boolean levelVariants,
    Location where) {
  public Slot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(dose, "dose");
    Objects.requireNonNull(where, "where");
    tags = Set.copyOf(tags);
    tempo = tempo == null ? "" : tempo;
    if (restSeconds < 0) throw new IllegalArgumentException("restSeconds < 0");
  }
}
