package org.circuitpress.render.csv;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVPrinter;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.LogNote;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * The {@code export-logs} CSV: target versus actual for every client, a row per client, week,
 * session, round and drill, in program order. Safe to open in a spreadsheet ({@link SafeCsv}).
 */
public final class LogExport {
  /** One client's block and what was logged for it; {@code log} is null when none was found. */
  public record Logged(Program program, BlockLog log) {
    public Logged {
      Objects.requireNonNull(program, "program");
    }
  }

  /**
   * The columns. The client's gym and trainer come last, after the columns an export had before
   * them, so that a sheet or script made for those still finds each where it was; they are there
   * (empty) for a roster without them too, so that every export has the same columns.
   */
  public static final List<String> HEADER = List.of(
      "client_id", "client_name", "program", "block", "week", "session", "planned_date", "round",
      "step", "exercise_id", "exercise", "target", "unit", "per_side", "tempo", "target_load",
      "done", "actual", "actual_load", "load_units", "rpe", "date_done", "notes", "source", "gym", "trainer");
  /** The columns of an export written before the gym and trainer were added: the first of {@link #HEADER}. */
  public static final List<String> FIRST_HEADER = HEADER.subList(0, HEADER.indexOf("gym"));

  private LogExport() {}

  public static void write(List<Logged> logs, Appendable out) throws IOException {
    CSVPrinter p = SafeCsv.printer(out, HEADER.toArray(String[]::new));
    for (Logged l : logs) client(p, l);
    p.flush();
  }

  /** A drill that appears twice in a circuit is told apart by its occurrence (1, 2, ...). */
  private record Key(int week, int session, int round, String exerciseId, int occurrence) {}

  private static void client(CSVPrinter p, Logged l) throws IOException {
    Map<Key, LogEntry> logged = new HashMap<>();
    Map<Key, Integer> seen = new HashMap<>();
    if (l.log() != null) {
      for (LogEntry e : l.log().entries()) {
        int k = seen.merge(new Key(e.week(), e.session(), e.round(), e.exerciseId(), 0), 1, Integer::sum);
        logged.put(new Key(e.week(), e.session(), e.round(), e.exerciseId(), k), e);
      }
    }
    Program prog = l.program();
    String source = l.log() == null ? "" : l.log().source();
    for (Week w : prog.weeks()) {
      for (int s = 1; s <= w.sessions(); s++) {
        for (int r = 1; r <= w.rounds(); r++) {
          Map<String, Integer> occurrence = new HashMap<>();
          for (PhaseBlock b : w.phases()) {
            for (Prescription rx : b.items()) {
              int k = occurrence.merge(rx.exercise().id(), 1, Integer::sum);
              LogEntry e = logged.remove(new Key(w.number(), s, r, rx.exercise().id(), k));
              row(p, prog, w, s, r, b, rx, e, source);
            }
          }
        }
      }
    }
    others(p, prog, logged.values(), source);
    if (l.log() != null) outside(p, prog, l.log().outside());
  }

  /**
   * What the client wrote outside the week sheets, last: a row each, of no week, session or drill,
   * with the words in its notes and their sheet and cell as its source
   * ({@code log.xlsx, sheet "Progress", C9}).
   */
  private static void outside(CSVPrinter p, Program prog, List<LogNote> notes) throws IOException {
    for (LogNote n : notes) {
      SafeCsv.print(p,
          prog.client().id(), prog.client().name(), prog.template().id(), prog.block(), "", "", "", "", "", "", "",
          null, "", "", "", "", "", null, null, "", null, "", n.text(), BlockLog.outsideWhere(n),
          prog.client().group().gym(), prog.client().group().trainer());
    }
  }

  /**
   * Rows of the log for drills the block (as printed, or planned again from today's files) does not have in that
   * session, after the block's own rows: what the client logged, with no prescription beside it.
   */
  private static void others(CSVPrinter p, Program prog, Collection<LogEntry> left, String source)
      throws IOException {
    List<LogEntry> rows = left.stream().filter(e -> !e.isEmpty())
        .sorted(Comparator.comparingInt(LogEntry::week).thenComparingInt(LogEntry::session)
            .thenComparingInt(LogEntry::round).thenComparing(LogEntry::exerciseId)
            .thenComparingInt(e -> e.where().row()))
        .toList();
    for (LogEntry e : rows) {
      Week w = prog.weeks().stream().filter(x -> x.number() == e.week()).findFirst().orElse(null);
      String planned = w == null || e.session() < 1 || e.session() > w.sessionDates().size()
          ? "" : w.sessionDates().get(e.session() - 1).toString();
      SafeCsv.print(p,
          prog.client().id(), prog.client().name(), prog.template().id(), prog.block(), e.week(),
          e.session(), planned, e.round(), "", e.exerciseId(), "", null, "", "", "", "",
          e.done() == null ? "" : e.done() ? "yes" : "no", e.amount(), load(e),
          prog.client().units().symbol(), e.rpe(), e.date() != null ? e.date().toString() : "", e.notes(), source,
          prog.client().group().gym(), prog.client().group().trainer());
    }
  }

  /** The load used: a weight, or the grade of a band as the handout prints one ("medium band"). */
  private static Object load(LogEntry e) {
    return e.load() != null ? e.load() : e.loadGrade();
  }

  private static void row(CSVPrinter p, Program prog, Week w, int session, int round, PhaseBlock b,
      Prescription rx, LogEntry e, String source) throws IOException {
    boolean has = e != null;
    SafeCsv.print(p,
        prog.client().id(), prog.client().name(), prog.template().id(), prog.block(), w.number(),
        session, w.sessionDates().get(session - 1).toString(), round, b.phase().name(),
        rx.exercise().id(), rx.exercise().name(), rx.dose().amount(), rx.dose().unit().key(),
        rx.dose().perSide() ? "yes" : "no", rx.tempo(), rx.load() == null ? "" : rx.load().label(),
        !has || e.done() == null ? "" : e.done() ? "yes" : "no",
        has ? e.amount() : null, has ? load(e) : null,
        prog.client().units().symbol(), has ? e.rpe() : null,
        has && e.date() != null ? e.date().toString() : "", has ? e.notes() : null,
        has && !e.isEmpty() ? source : "", prog.client().group().gym(), prog.client().group().trainer());
  }
}
