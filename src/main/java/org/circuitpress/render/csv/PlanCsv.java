package org.circuitpress.render.csv;

import java.io.IOException;
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

  public static void write(List<Program> programs, Appendable out) throws IOException {
    CSVPrinter p = SafeCsv.printer(out, HEADER);
    for (Program program : programs) {
      for (Week w : program.weeks()) {
        for (int s = 0; s < w.sessions(); s++) {
          for (PhaseBlock pb : w.phases()) {
            for (Prescription pr : pb.items()) row(p, program, w, s, pb, pr);
          }
        }
      }
    }
    p.flush();
  }

  private static void row(
      CSVPrinter p, Program program, Week w, int s, PhaseBlock pb, Prescription pr)
      throws IOException {
    SafeCsv.print(
        p,
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
        pr.why());
  }
}
