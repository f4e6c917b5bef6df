package org.circuitpress.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.LogNote;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.ShortText;
import org.circuitpress.model.Week;
import org.circuitpress.model.Words;

/**
 * What a client wrote in the last block's log besides the values: each note with the drills and
 * rounds it stands beside and where it was written, for the trainer to read, and the notes that
 * report pain ({@link PainWords}), which hold back in the next block their drill and any drill
 * their words name ({@link DrillNames}).
 */
final class ClientNotes {
  static final ClientNotes NONE = new ClientNotes(List.of(), List.of());

  /** How long a note is quoted, in characters, before it is cut after a word. */
  static final int QUOTED = 120;
  /** How many notes one client's list spells out; the rest are counted. */
  static final int SHOWN = 12;

  /**
   * One note as written in one cell or field, with every entry it stands on: one row of the log
   * workbook, or each drill of each round of a session for the handout's notes box of a session.
   *
   * @param drills the ids of the drills it stands beside, in log order
   * @param named for a note of pain, the drills of the last block its words name ({@link DrillNames})
   */
  record Written(LogNote note, List<String> drills, List<LogEntry> entries, boolean pain, DrillNames.Named named) {
    /** Whether it stands on the row of one of {@code ids}: a note of that drill's own. */
    boolean onRowOf(Collection<String> ids) {
      return !wholeSession() && ids.contains(drills.get(0));
    }

    /** Whether it reports pain and names one of {@code ids}, wherever it was written. */
    boolean namesPainOf(Collection<String> ids) {
      return pain && named.drills().stream().anyMatch(ids::contains);
    }

    /**
     * A note of a whole session (the handout's notes box) rather than of one drill; also one of
     * rows that name no drill, which no drill can be held back for.
     */
    boolean wholeSession() {
      return drills.size() != 1;
    }

    /** A note written outside the week sheets (the log's "Start here" or Progress sheet): of no session at all. */
    boolean outside() {
      return entries.isEmpty();
    }

    /** The words, on one line, cut after a word when long, in quotes. */
    String quoted() {
      return quote(note);
    }

    /** When it was written: "week 3, session 2, round 1", for a session "week 2, session 1". */
    String when() {
      return ClientNotes.when(entries, wholeSession());
    }
  }

  private final List<Written> written;
  /** The notes of pain on rows of a new log that were not counted ({@link BlockLog#uncounted}), each once. */
  private final List<LogNote> uncountedPain;

  private ClientNotes(List<Written> written, List<LogNote> uncountedPain) {
    this.written = List.copyOf(written);
    this.uncountedPain = List.copyOf(uncountedPain);
  }

  /**
   * The notes of {@code log}, each written note once, in the order of the log; a note of pain with
   * the drills of {@code previous} (the last block, or null) it names.
   */
  static ClientNotes of(BlockLog log, Program previous) {
    record Key(Location where, String box, String text) {}
    Map<Key, List<LogEntry>> entries = new LinkedHashMap<>();
    Map<Key, LogNote> notes = new HashMap<>();
    for (LogEntry e : log.entries()) {
      for (LogNote n : e.noted()) {
        if (n.text().isBlank()) continue;
        Key k = new Key(n.where(), n.box(), n.text());
        entries.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
        notes.putIfAbsent(k, n);
      }
    }
    List<Written> out = new ArrayList<>();
    entries.forEach((k, es) -> {
      List<String> drills = es.stream().map(LogEntry::exerciseId).filter(Objects::nonNull).distinct().toList();
      out.add(written(notes.get(k), drills, es, previous));
    });
    for (LogNote n : log.outside()) {
      if (!n.text().isBlank()) out.add(written(n, List.of(), List.of(), previous));
    }
    record Said(Location where, String text) {}
    Map<Said, LogNote> uncounted = new LinkedHashMap<>();
    for (LogNote n : log.uncounted()) {
      if (PainWords.reportsPain(n.text())) uncounted.putIfAbsent(new Said(n.where(), n.text()), n);
    }
    return new ClientNotes(out, List.copyOf(uncounted.values()));
  }

  private static Written written(LogNote n, List<String> drills, List<LogEntry> entries, Program previous) {
    boolean pain = PainWords.reportsPain(n.text());
    // the drill of the row it is on, which it holds anyway; a session's note stands beside no one drill
    List<String> row = drills.size() == 1 ? drills : List.of();
    return new Written(n, drills, entries, pain, pain ? DrillNames.in(n.text(), previous, row) : DrillNames.Named.NONE);
  }

  boolean isEmpty() {
    return written.isEmpty();
  }

  /**
   * The notes that report pain on rows of a new log that were not counted, as the kept log has
   * entries of their week: they hold back no drill, but each is warned about ({@link PainNotes#notHeld}).
   */
  List<LogNote> uncountedPain() {
    return uncountedPain;
  }

  /**
   * The notes of pain that hold back one drill: those on its own rows, in the order of the log,
   * then those anywhere else whose words name it.
   */
  List<Written> painOn(Collection<String> drills) {
    List<Written> out = new ArrayList<>(written.stream().filter(w -> w.pain() && w.onRowOf(drills)).toList());
    written.stream().filter(w -> !w.onRowOf(drills) && w.namesPainOf(drills)).forEach(out::add);
    return out;
  }

  /** The notes that report pain: those of one drill, then those of a whole session. */
  List<Written> pain() {
    List<Written> out = new ArrayList<>(written.stream().filter(w -> w.pain() && !w.wholeSession()).toList());
    written.stream().filter(w -> w.pain() && w.wholeSession()).forEach(out::add);
    return out;
  }

  /**
   * The notes for the trainer, drill by drill in the order of {@code previous}'s circuit (those
   * with a note of pain first), those of a whole session last: "notes the client wrote in
   * log.xlsx: Kettlebell windmill: "sharp pain" (week 3, session 2, round 1, in Week 3!Q14; read as
   * pain); ...". The same words for the same drill in several rounds are one note with all of
   * them. A note a warning already names (a weight in a band's box) is left out; empty when no
   * note is left.
   */
  String listing(Program previous) {
    Map<String, String> names = new HashMap<>();
    for (Week w : previous.weeks()) {
      for (Prescription p : w.circuit()) names.putIfAbsent(p.exercise().id(), p.exercise().name());
    }
    // drill (or "" for a whole session) -> words -> the notes with them
    Map<String, Map<String, List<Written>>> byDrill = new LinkedHashMap<>();
    for (Written w : written) {
      if (w.note().warned()) continue;
      String drill = w.outside() ? (w.note().onWeekSheet() ? IN_NO_ROW : w.note().where().isComment() ? ON_NO_SESSION
          : OUTSIDE) : w.wholeSession() ? "" : w.drills().get(0);
      byDrill.computeIfAbsent(drill, x -> new LinkedHashMap<>())
          .computeIfAbsent(w.note().said().strip(), x -> new ArrayList<>()).add(w);
    }
    if (byDrill.isEmpty()) return "";
    // drills with a note of pain first, so that a cell or line cut short still shows it
    List<String> order = new ArrayList<>(byDrill.keySet());
    order.sort(Comparator.comparing(
            (String d) -> byDrill.get(d).values().stream().noneMatch(ws -> ws.get(0).pain()))
        .thenComparingInt(d -> d.isEmpty() || d.startsWith("\u0000") ? Integer.MAX_VALUE
            : rank(previous, d)));
    Set<String> files = new LinkedHashSet<>();
    List<String> groups = new ArrayList<>();
    int shown = 0;
    int total = 0;
    for (String drill : order) {
      List<String> items = new ArrayList<>();
      for (List<Written> same : byDrill.get(drill).values()) {
        total++;
        if (shown == SHOWN) continue;
        shown++;
        items.add(item(same));
        same.forEach(w -> files.add(fileName(w.note().where().file())));
      }
      if (items.isEmpty()) continue;
      String label = drill.isEmpty() ? "notes of a whole session"
          : drill.equals(OUTSIDE) ? "written outside the week sheets"
          : drill.equals(IN_NO_ROW) ? "written on a week sheet in no drill's row"
          : drill.equals(ON_NO_SESSION) ? OF_NO_SESSION : names.getOrDefault(drill, drill);
      groups.add(label + ": " + String.join(", ", items));
    }
    String more = total > shown ? "; and " + (total - shown) + " more (export-logs lists them all)" : "";
    return BlockLog.NOTES + String.join(" and ", files) + ": " + String.join("; ", groups) + more;
  }

  /** The key {@link #listing} groups the notes written outside the week sheets under: no drill's id. */
  private static final String OUTSIDE = "\u0000outside";
  /** The key of the comments on the handout's pages beside no session's boxes (its cover, say). */
  private static final String ON_NO_SESSION = "\u0000on no session";
  /** How the notes of {@link #ON_NO_SESSION} are named. */
  private static final String OF_NO_SESSION = "comments on the handout beside no session";
  /** The key of the notes written on a week sheet in no drill's row (above its header row, under its table). */
  private static final String IN_NO_ROW = "\u0000in no row";

  /** A file as the client's folder names it ({@code log.xlsx}), without the folders before it. */
  private static String fileName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  /** Where a drill first comes in the block's circuit; after every drill of it when it has none there. */
  private static int rank(Program p, String drill) {
    int i = 0;
    for (Week w : p.weeks()) {
      for (Prescription x : w.circuit()) {
        if (x.exercise().id().equals(drill)) return i;
        i++;
      }
    }
    return i;
  }

  /**
   * One note as listed: the words, when, and where, {@code "felt easy" (week 1, ..., in Week 1!L5
   * and 2 more)}, and whether it was read as pain (a warning says what that changed).
   */
  private static String item(List<Written> same) {
    List<LogEntry> entries = new ArrayList<>();
    same.forEach(w -> entries.addAll(w.entries()));
    Written first = same.get(0);
    String where = (first.outside() ? BlockLog.outsideWhere(first.note()) : ref(first.note()))
        + (same.size() > 1 ? " and " + (same.size() - 1) + " more" : "");
    String when = first.outside() ? "" : when(entries, first.wholeSession()) + ", ";
    return first.quoted() + " (" + when + "in " + where + (first.pain() ? "; read as pain" : "") + ")";
  }

  /** The words of {@code n}, on one line, cut after a word when long, in quotes. */
  static String quote(LogNote n) {
    return "\"" + ShortText.cut(n.said().strip().replaceAll("\\s+", " "), QUOTED) + "\"";
  }

  /**
   * The cell of a note without its file ({@code Week 3!L14}), or the handout's field by its name,
   * without the description of its box that follows it.
   */
  static String ref(LogNote n) {
    if (n.where().sheet() != null) return n.where().cellRef();
    if (n.where().isComment()) return n.where().header();
    String field = n.where().header() == null ? "" : n.where().header().split(" ", 2)[0];
    return field.isEmpty() ? "the file" : "field " + field;
  }

  /** The most sessions a note's "when" names; the rest are counted. */
  private static final int SESSIONS_SHOWN = 2;

  /**
   * The rounds of {@code entries}, session by session: "week 1, session 1, rounds 1 to 3 and week
   * 2, session 1, round 2"; without rounds for a note of a whole session.
   */
  static String when(List<LogEntry> entries, boolean wholeSession) {
    Map<List<Integer>, TreeSet<Integer>> rounds = new TreeMap<>(
        Comparator.<List<Integer>>comparingInt(k -> k.get(0)).thenComparingInt(k -> k.get(1)));
    for (LogEntry e : entries) {
      rounds.computeIfAbsent(List.of(e.week(), e.session()), k -> new TreeSet<>()).add(e.round());
    }
    List<String> sessions = new ArrayList<>();
    rounds.forEach((ws, rs) -> {
      if (sessions.size() == SESSIONS_SHOWN) return;
      String s = "week " + ws.get(0) + ", session " + ws.get(1);
      if (!wholeSession) s += ", " + (rs.size() == 1 ? "round " : "rounds ") + numbers(List.copyOf(rs));
      sessions.add(s);
    });
    int more = rounds.size() - sessions.size();
    return String.join(" and ", sessions) + (more > 0 ? " and " + more + " more session" + (more == 1 ? "" : "s") : "");
  }

  /** "2", "1 and 3", "1 to 3", "1, 2 and 4". */
  private static String numbers(List<Integer> ns) {
    int n = ns.size();
    if (n == 1) return String.valueOf(ns.get(0));
    if (n > 2 && ns.get(n - 1) - ns.get(0) == n - 1) return ns.get(0) + " to " + ns.get(n - 1);
    return Words.and(ns.stream().map(String::valueOf).toList());
  }
}
