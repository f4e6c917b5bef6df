package org.circuitpress.render.csv;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * {@code plan --format csv}: one row per client, week, session, phase and slot, for other tools
 * and for checks. Text that a spreadsheet would run as a formula is neutralized.
 */
public final class PlanCsv {
  private PlanCsv() {}

  static final List<String> HEADER =
      List.of("client_id", "block", "week", "date", "session", "rounds", "deload", "phase", "slot",
          "exercise_id", "exercise", "dose", "unit", "per_side", "tempo", "rest_s", "load",
          "substitute_for", "why");

  public static void write(List<Program> programs, Appendable out) throws IOException {
    CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
    p.printRecord(HEADER);
    for (Program program : programs) {
      for (Week w : program.weeks()) {
        for (int s = 0; s < w.sessions(); s++) {
          for (PhaseBlock pb : w.phases()) {
            for (Prescription pr : pb.items()) p.printRecord(row(program, w, s, pb, pr));
          }
        }
      }
    }
    p.flush();
  }

  private static List<String> row(Program program, Week w, int s, PhaseBlock pb, Prescription pr) {
    return List.of(
        safe(program.client().id()),
        Integer.toString(program.block()),
        Integer.toString(w.number()),
        w.sessionDates().get(s).toString(),
        Integer.toString(s + 1),
        Integer.toString(w.rounds()),
        w.deload() ? "yes" : "no",
        safe(pb.phase().name()),
        safe(pr.slot().id()),
        safe(pr.exercise().id()),
        safe(pr.exercise().name()),
        Integer.toString(pr.dose().amount()),
        pr.dose().unit().key(),
        pr.dose().perSide() ? "yes" : "no",
        safe(pr.tempo()),
        Integer.toString(pr.restSeconds()),
        pr.load() == null ? "" : safe(pr.load().label()),
        pr.substituteFor() == null ? "" : safe(pr.substituteFor()),
        safe(pr.why()));
  }

  /** A leading apostrophe keeps spreadsheets from reading the text as a formula. */
  static String safe(String text) {
    if (text == null || text.isEmpty()) return "";
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
  }
}
