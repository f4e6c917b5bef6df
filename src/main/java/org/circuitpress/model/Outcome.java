package org.circuitpress.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a run did for one client: a row of the trainer's summary and of the run report.
 *
 * @param block 0 when no program was made
 * @param start null when no program was made
 * @param files the files written, relative to the month folder
 * @param status one of {@code done}, {@code done-with-warnings}, {@code kept-filled-log},
 *     {@code skipped} (no block this month), {@code not-reached} (the run stopped before the
 *     client), {@code failed}
 * @param group the client's gym and trainer, as the roster gives them
 */
public record Outcome(
    String clientId,
    String name,
    String program,
    int block,
    LocalDate start,
    LocalDate end,
    List<String> files,
    int substitutes,
    int warnings,
    String status,
    String detail,
    Group group) {
  public Outcome {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(status, "status");
    name = name == null ? "" : name;
    program = program == null ? "" : program;
    files = List.copyOf(files);
    detail = detail == null ? "" : detail;
    group = group == null ? Group.NONE : group;
  }

  /** The outcome of a client of no gym or trainer ({@link Group#NONE}). */
  public Outcome(String clientId, String name, String program, int block, LocalDate start, LocalDate end,
      List<String> files, int substitutes, int warnings, String status, String detail) {
    this(clientId, name, program, block, start, end, files, substitutes, warnings, status, detail, Group.NONE);
  }
}
