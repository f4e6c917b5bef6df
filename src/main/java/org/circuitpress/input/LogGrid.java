package org.circuitpress.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogEntry;
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
  record Key(int week, int session, int round, String exerciseId) {}

  /** What was read for one key; null fields were blank or not understood. */
  static final class Slot {
    final Key key;
    final Prescription rx;
    LocalDate date;
    Double amount;
    Double load;
    Boolean done;
    Integer rpe;
    String notes;
    Location where;
    /** How specific {@link #where} is, for sources that fill a slot from several places. */
    int whereRank;

    Slot(Key key, Prescription rx, Location where) {
      this.key = key;
      this.rx = rx;
      this.where = where;
    }

    boolean isEmpty() {
      return date == null && amount == null && load == null && done == null && rpe == null
          && (notes == null || notes.isBlank());
    }

    LogEntry entry() {
      return new LogEntry(key.week, key.session, key.round, key.exerciseId, date, amount, load, done,
          rpe, notes, where);
    }
  }

  private final Program program;
  private final Map<Key, Slot> slots = new LinkedHashMap<>();

  LogGrid(Program program, String file) {
    this.program = program;
    Location whole = Location.ofFile(file);
    for (Week w : program.weeks()) {
      for (int s = 1; s <= w.sessions(); s++) {
        for (int r = 1; r <= w.rounds(); r++) {
          for (Prescription rx : w.circuit()) {
            Key k = new Key(w.number(), s, r, rx.exercise().id());
            slots.putIfAbsent(k, new Slot(k, rx, whole));
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

  /** The week's drill with this id or, failing that, this name (compared like tags). */
  Optional<String> drill(int week, String id, String name) {
    Optional<Week> w = program.weeks().stream().filter(x -> x.number() == week).findFirst();
    if (w.isEmpty()) return Optional.empty();
    for (Prescription rx : w.get().circuit()) if (rx.exercise().id().equals(id.strip())) return Optional.of(rx.exercise().id());
    String tag = Names.tag(name);
    if (tag.isEmpty()) return Optional.empty();
    return w.get().circuit().stream()
        .filter(rx -> Names.tag(rx.exercise().name()).equals(tag))
        .map(rx -> rx.exercise().id())
        .findFirst();
  }

  boolean hasEntries() {
    return slots.values().stream().anyMatch(s -> !s.isEmpty());
  }

  List<Slot> slots() {
    return new ArrayList<>(slots.values());
  }

  List<LogEntry> entries() {
    return slots.values().stream().map(Slot::entry).toList();
  }
}
