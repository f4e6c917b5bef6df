package org.circuitpress.model;

import java.util.Objects;

/**
 * A roster row left out for its errors, with what could be read of it: the summary lists it as a
 * client that failed, under the name and program the trainer typed. Its errors are among the
 * run's diagnostics, at the same row.
 *
 * @param where the row: file, sheet (null for a CSV file) and row number
 * @param clientId the id as typed, or for a row without one a stand-in that names the row
 * @param name the name as the sheet shows it, "" when the cell is empty
 * @param program the program as typed, "" when the cell is empty
 * @param group the gym and trainer as typed, so that the row shows under its gym in the summary
 */
public record LeftOutRow(Location where, String clientId, String name, String program, Group group) {
  public LeftOutRow {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(clientId, "clientId");
    name = name == null ? "" : name;
    program = program == null ? "" : program;
    group = group == null ? Group.NONE : group;
  }

  /** A row of no gym or trainer. */
  public LeftOutRow(Location where, String clientId, String name, String program) {
    this(where, clientId, name, program, Group.NONE);
  }
}
