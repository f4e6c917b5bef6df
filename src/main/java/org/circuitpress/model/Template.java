package org.circuitpress.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A phase template as a trainer wrote it: the circuit, its doses and its week-by-week rules.
 *
 * @param goal what the block is for, in a sentence, printed on the cover
 * @param rounds rounds of the circuit in week 1 (rules may change it)
 * @param restBetweenRounds seconds of rest between rounds
 */
public record Template(
    String id,
    String name,
    String description,
    String goal,
    int weeks,
    int sessionsPerWeek,
    Set<Use> uses,
    int rounds,
    int restBetweenRounds,
    List<Phase> phases,
    List<WeekRule> rules,
    Location where) {
  public Template {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(where, "where");
    description = description == null ? "" : description;
    goal = goal == null ? "" : goal;
    uses = Set.copyOf(uses);
    phases = List.copyOf(phases);
    rules = List.copyOf(rules);
  }
}
