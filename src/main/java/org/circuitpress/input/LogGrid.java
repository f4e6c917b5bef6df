package org.circuitpress.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.LogFields;
import org.circuitpress.model.LogNote;
import org.circuitpress.model.Names;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * Every prescribed (week, session, round, drill) of the previous block, filled from one log file.
 * Entries come out dense and in program order, blank where nothing was written, so a reader and
 * the planner never depend on how a client sorted or extended the file.
 */
final class LogGrid {
  /**
   * @param drill the id the drill is logged under ({@link LogFields#occurrenceIds}): its exercise
   *     id, or {@code <id>_2} for its second place in the same circuit
   */
  record Key(int week, int session, int round, String drill) {}

  /** What was read for one key; null fields were blank or not understood. */
  static final class Slot {
    final Key key;
    final Prescription rx;
    LocalDate date;
    Double amount;
    Double load;
    String loadGrade;
    Boolean done;
    Integer rpe;
    /** What the client wrote besides the values, each part with where it was written. */
    List<LogNote> notes = List.of();
    Location where;
    /** How specific {@link #where} is, for sources that fill a slot from several places. */
    int whereRank;

    Slot(Key key, Prescription rx, Location where) {
      this.key = key;
      this.rx = rx;
      this.where = where;
    }

    /** An amount box's value: the amount, and done or not done when a word or tick stood for it. */
    void amount(LogCells.Amount a) {
      if (a.value() != null) amount = a.value();
      if (a.done() != null) done = a.done();
    }

    /** A load box's value: a weight, or the grade of a band. */
    void load(LogCells.Loaded l) {
      load = l.value();
      loadGrade = l.grade();
    }

    boolean isEmpty() {
      return date == null && amount == null && load == null && loadGrade == null && done == null && rpe == null
          && notes.stream().allMatch(n -> n.text().isBlank());
    }

    LogEntry entry() {
      return new LogEntry(key.week, key.session, key.round, rx.exercise().id(), date, amount, load, loadGrade,
          done, rpe, where, notes);
    }
  }

  private final Program program;
  private final Map<Key, Slot> slots = new LinkedHashMap<>();
  /**
   * Rows of a session and round the block has, for a drill it does not have there: a row the
   * client retyped, or a block planned again from today's files (its record missing), in which a
   * changed kit or library changed some of its drills.
   * They count toward the rounds done and the effort, not toward any drill's progression.
   */
  private final List<LogEntry> elsewhere = new ArrayList<>();

  /** What the client wrote in the workbook outside its week sheets, each with its cell. */
  private List<LogNote> outside = List.of();

  /** What the client put on the file that could not be read ({@link BlockLog#unread}); null when nothing. */
  private String unread;

  void unread(String why) {
    unread = why;
  }

  String unread() {
    return unread;
  }

  void outside(List<LogNote> notes) {
    outside = List.copyOf(notes);
  }

  List<LogNote> outside() {
    return outside;
  }

  LogGrid(Program program, String file) {
    this.program = program;
    Location whole = Location.ofFile(file);
    for (Week w : program.weeks()) {
      for (int s = 1; s <= w.sessions(); s++) {
        for (int r = 1; r <= w.rounds(); r++) {
          List<Prescription> circuit = w.circuit();
          List<String> ids = LogFields.occurrenceIds(circuit.stream().map(rx -> rx.exercise().id()).toList());
          for (int i = 0; i < circuit.size(); i++) {
            Key k = new Key(w.number(), s, r, ids.get(i));
            slots.put(k, new Slot(k, circuit.get(i), whole));
          }
        }
      }
    }
  }

  Program program() {
    return program;
  }

  Optional<Slot> slot(Key k) {
    return Optional.ofNullable(slots.get(k));
  }

  /**
   * The id a week's drill is logged under, found by that id or, failing that, by the drill's name
   * (compared like tags; a drill that appears twice is then taken as its first place).
   */
  Optional<String> drill(int week, String id, String name) {
    Optional<Week> w = program.weeks().stream().filter(x -> x.number() == week).findFirst();
    if (w.isEmpty()) return Optional.empty();
    List<Prescription> circuit = w.get().circuit();
    List<String> ids = LogFields.occurrenceIds(circuit.stream().map(rx -> rx.exercise().id()).toList());
    if (ids.contains(id.strip())) return Optional.of(id.strip());
    String tag = Names.tag(name);
    if (tag.isEmpty()) return Optional.empty();
    for (int i = 0; i < circuit.size(); i++) {
      if (Names.tag(circuit.get(i).exercise().name()).equals(tag)) return Optional.of(ids.get(i));
    }
    return Optional.empty();
  }

  boolean hasEntries() {
    return slots.values().stream().anyMatch(s -> !s.isEmpty()) || !elsewhere.isEmpty();
  }

  /** Whether the block has this session and round in this week. */
  boolean hasRound(int week, int session, int round) {
    return program.weeks().stream().anyMatch(w -> w.number() == week && session >= 1 && session <= w.sessions()
        && round >= 1 && round <= w.rounds());
  }

  void elsewhere(LogEntry e) {
    elsewhere.add(e);
  }

  /** The entries of drills the re-planned block no longer has, in the order read. */
  List<LogEntry> elsewhere() {
    return List.copyOf(elsewhere);
  }

  List<Slot> slots() {
    return new ArrayList<>(slots.values());
  }

  List<LogEntry> entries() {
    return slots.values().stream().map(Slot::entry).toList();
  }
}
