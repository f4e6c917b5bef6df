package org.circuitpress.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One week of a program. Every session of the week runs the same circuit.
 *
 * @param number 1-based within the block
 * @param sessionDates the suggested date of each session, in order
 */
public record Week(
    int number,
    LocalDate start,
    boolean deload,
    int rounds,
    List<LocalDate> sessionDates,
    List<PhaseBlock> phases) {
  public Week {
    Objects.requireNonNull(start, "start");
    sessionDates = List.copyOf(sessionDates);
    phases = List.copyOf(phases);
    if (number < 1) throw new IllegalArgumentException("number < 1");
    if (rounds < 1) throw new IllegalArgumentException("rounds < 1");
  }

  public int sessions() {
    return sessionDates.size();
  }

  /** The drills in circuit order, phase after phase. */
  public List<Prescription> circuit() {
    return phases.stream().flatMap(p -> p.items().stream()).toList();
  }
}
