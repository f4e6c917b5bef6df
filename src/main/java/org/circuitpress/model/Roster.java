package org.circuitpress.model;

import java.util.List;

/**
 * What the roster gave: the clients made of its rows, and the rows left out for their errors.
 * Rows passed over as labels, totals or repeats of a row above are in neither.
 *
 * @param clients every valid client, in roster order
 * @param leftOut every row with errors, in roster order
 */
public record Roster(List<Client> clients, List<LeftOutRow> leftOut) {
  public Roster {
    clients = List.copyOf(clients);
    leftOut = List.copyOf(leftOut);
  }

  /** A roster that gave no client and left out no row: one that could not be read. */
  public static final Roster EMPTY = new Roster(List.of(), List.of());
}
