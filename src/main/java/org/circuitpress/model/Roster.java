package org.circuitpress.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What the roster gave: the clients made of its rows, and the rows left out for their errors.
 * Rows passed over as labels, totals or repeats of a row above are in neither, nor are the rows
 * marked inactive, which are kept aside ({@code inactive}).
 *
 * @param clients every valid client, in roster order
 * @param leftOut every row with errors, in roster order
 * @param inactive the rows whose status marks the client inactive
 * @param columns the known columns the roster was read with
 */
public record Roster(List<Client> clients, List<LeftOutRow> leftOut, Inactive inactive, ColumnsRead columns) {
  public Roster {
    clients = List.copyOf(clients);
    leftOut = List.copyOf(leftOut);
  }

  public Roster(List<Client> clients, List<LeftOutRow> leftOut, Inactive inactive) {
    this(clients, leftOut, inactive, ColumnsRead.NONE);
  }

  public Roster(List<Client> clients, List<LeftOutRow> leftOut) {
    this(clients, leftOut, Inactive.NONE);
  }

  /** A roster that gave no client and left out no row: one that could not be read. */
  public static final Roster EMPTY = new Roster(List.of(), List.of());

  /**
   * The rows of clients marked inactive (a status such as {@code paused}), read as the others are
   * and kept aside: no program is made for them, and their problems are said, unless a run names
   * one of them ({@code --clients}).
   *
   * @param clients the valid ones, in roster order
   * @param leftOut those with errors, in roster order
   * @param problems their diagnostics, each its client's
   * @param column the header of the column that marks them, as written ("status", "Membership")
   */
  public record Inactive(List<Client> clients, List<LeftOutRow> leftOut, List<Diagnostic> problems, String column) {
    public Inactive {
      clients = List.copyOf(clients);
      leftOut = List.copyOf(leftOut);
      problems = List.copyOf(problems);
    }

    public Inactive(List<Client> clients, List<LeftOutRow> leftOut, List<Diagnostic> problems) {
      this(clients, leftOut, problems, "status");
    }

    public static final Inactive NONE = new Inactive(List.of(), List.of(), List.of());

    /** Their ids, as typed (a row without one has a stand-in that names it). */
    public List<String> ids() {
      List<String> ids = new ArrayList<>();
      clients.forEach(c -> ids.add(c.id()));
      leftOut.forEach(r -> ids.add(r.clientId()));
      return ids;
    }
  }
}
