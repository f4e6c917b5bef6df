package org.circuitpress.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One client's block: what the handout and the log are made from.
 *
 * @param block 1-based number of this block since the client's start date
 * @param trackId the track this block belongs to, or null
 * @param notes what the planner wants the trainer to know: substitutes, fallbacks, changes made
 *     from the last block's log
 * @param decided the drills counted by what the last block's filled log decided for them, for the
 *     counts at the end of a run; {@link DrillCounts#NONE} without such a log
 */
public record Program(
    Client client,
    Template template,
    int block,
    String trackId,
    LocalDate start,
    LocalDate end,
    List<Week> weeks,
    List<Diagnostic> notes,
    DrillCounts decided) {
  public Program {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    weeks = List.copyOf(weeks);
    notes = List.copyOf(notes);
    decided = decided == null ? DrillCounts.NONE : decided;
  }

  /** A block no log decided anything for: a first block, or one read back from its record. */
  public Program(Client client, Template template, int block, String trackId, LocalDate start, LocalDate end,
      List<Week> weeks, List<Diagnostic> notes) {
    this(client, template, block, trackId, start, end, weeks, notes, DrillCounts.NONE);
  }

  /**
   * The first day a logged session may carry: two weeks before the block, for a client who
   * starts early. The log workbook's date check and the reading of returned logs share it.
   */
  public LocalDate firstLogDate() {
    return start.minusDays(14);
  }

  /** The last day a logged session may carry: three months after the block, for a late log. */
  public LocalDate lastLogDate() {
    return end.plusDays(92);
  }
}
