package org.circuitpress.render.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * {@code plan --format csv}: one row per client, week, session, phase and slot, for other tools and
 * for checks. Written through {@link SafeCsv}, so no cell runs as a formula.
 */
public final class PlanCsv {
  private PlanCsv() {}

  static final String[] HEADER = {
    "client_id",
    "block",
    "week",
    "date",
    "session",
    "rounds",
    "deload",
    "phase",
    "slot",
    "exercise_id",
    "exercise",
    "dose",
    "unit",
    "per_side",
    "tempo",
    "rest_s",
    "load",
    "substitute_for",
    "why"
  };

  /** The start of the first line of every plan CSV, whatever its last columns: to know one again. */
  public static String firstColumns() {
    return String.join(",", HEADER);
  }

  /**
   * Writes the rows, with a {@code gym} column when some client has a gym and a {@code trainer}
   * column when some client has a trainer, as summary.xlsx has them. They come last, so that a
   * sheet or script made for the columns before finds each where it was, and a roster without
   * them gives the CSV it always gave.
   */
  public static void write(List<Program> programs, Appendable out) throws IOException {
    boolean gyms = programs.stream().anyMatch(pr -> !pr.client().group().gym().isEmpty());
    boolean trainers = programs.stream().anyMatch(pr -> !pr.client().group().trainer().isEmpty());
    List<String> header = new ArrayList<>(List.of(HEADER));
    if (gyms) header.add("gym");
    if (trainers) header.add("trainer");
    CSVPrinter p = SafeCsv.printer(out, header.toArray(String[]::new));
    for (Program program : programs) {
      List<Object> group = new ArrayList<>(2);
      if (gyms) group.add(program.client().group().gym());
      if (trainers) group.add(program.client().group().trainer());
      for (Week w : program.weeks()) {
        for (int s = 0; s < w.sessions(); s++) {
          for (PhaseBlock pb : w.phases()) {
            for (Prescription pr : pb.items()) row(p, program, w, s, pb, pr, group);
          }
        }
      }
    }
    p.flush();
  }

  private static void row(
      CSVPrinter p, Program program, Week w, int s, PhaseBlock pb, Prescription pr, List<Object> group)
      throws IOException {
    // Arrays.asList, not List.of: a cell may be null (no substitute, no tempo)
    List<Object> cells = new ArrayList<>(Arrays.asList(
        program.client().id(),
        program.block(),
        w.number(),
        w.sessionDates().get(s).toString(),
        s + 1,
        w.rounds(),
        w.deload() ? "yes" : "no",
        pb.phase().name(),
        pr.slot().id(),
        pr.exercise().id(),
        pr.exercise().name(),
        pr.dose().amount(),
        pr.dose().unit().key(),
        pr.dose().perSide() ? "yes" : "no",
        pr.tempo(),
        pr.restSeconds(),
        pr.load() == null ? "" : pr.load().label(),
        pr.substituteFor(),
        pr.why()));
    cells.addAll(group);
    SafeCsv.print(p, cells.toArray());
  }
}
