package org.circuitpress.input;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Location;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Units;

/**
 * Turns what a client wrote into log values, the same way for XLSX cells and PDF fields. What
 * cannot be understood is left empty with a warning that names the cell or field; it never
 * stops the run.
 */
final class LogCells {
  private static final double KG_PER_LB = 0.45359237;

  private final Program program;
  private final Diagnostics d;
  /** Warnings per group ("cells of the Date done column"), to list a few and count the rest. */
  private final java.util.Map<String, Integer> perGroup;
  /** The group all warnings of this reader count in, or null to group a cell's by its column. */
  private final String group;

  LogCells(Program program, Diagnostics d) {
    this(program, d, new java.util.LinkedHashMap<>(), null);
  }

  private LogCells(Program program, Diagnostics d, java.util.Map<String, Integer> perGroup, String group) {
    this.program = program;
    this.d = d;
    this.perGroup = perGroup;
    this.group = group;
  }

  /**
   * This reader, with its warnings listed and counted as {@code group} (a kind of box of the
   * handout, {@code "amount done" boxes of the handout}), where there is no column to group by.
   */
  LogCells as(String group) {
    return new LogCells(program, d, perGroup, group);
  }

  /** Warnings listed per column of a log, or per kind of box of a handout, before the rest are only counted. */
  static final int LISTED_PER_COLUMN = 5;

  void warn(Location at, String message) {
    // A client who writes every date one odd way gets the same warning on every row: a few
    // name the cells, and one line counts the rest (see finish).
    String key = group != null ? group
        : at.column() >= 0 && at.header() != null ? "cells of the " + at.header() + " column" : null;
    if (key != null && perGroup.merge(key, 1, Integer::sum) > LISTED_PER_COLUMN) return;
    d.add(Diagnostic.warning(at, message).forClient(program.client().id()));
  }

  /** Counts the warnings of {@code file} that {@link #warn} did not list, per column or kind of box. */
  void finish(String file) {
    perGroup.forEach((key, n) -> {
      if (n > LISTED_PER_COLUMN) {
        d.add(Diagnostic.warning(Location.ofFile(file), (n - LISTED_PER_COLUMN) + " more " + key
            + " were left empty too, for reasons like those above (not listed one by one)").forClient(program.client().id()));
      }
    });
    perGroup.clear();
  }

  Optional<Boolean> done(Raw raw, Location at) {
    if (raw.number() != null && (raw.number() == 0 || raw.number() == 1)) return Optional.of(raw.number() == 1);
    Optional<Boolean> b = answer(raw);
    if (b.isEmpty()) warn(at, "expected yes or no, got " + raw.quoted() + "; left empty");
    return b;
  }

  /** A ticked or unticked checkbox, or a word or mark the Done column takes for done or not done. */
  private static Optional<Boolean> answer(Raw raw) {
    if (raw.tick() != null) return Optional.of(raw.tick());
    return LogValues.done(raw.text());
  }

  /**
   * What an amount box or cell says: the amount done, or, for a tick or a word such as "done" or
   * "skip" typed in place of the number, whether the drill was done as printed or not at all.
   */
  record Amount(Double value, Boolean done) {}

  Optional<Amount> amount(Raw raw, Prescription rx, Location at) {
    DoseUnit unit = rx.dose().unit();
    int max = unit == DoseUnit.SECONDS ? 3600 : 500;
    String what = unit == DoseUnit.SECONDS ? "seconds" : unit == DoseUnit.BREATHS ? "breaths" : "reps";
    Double v = raw.number();
    if (v == null) {
      Optional<LogValues.Quantity> q = LogValues.quantity(raw.text());
      if (q.isEmpty()) {
        // read as the Done column reads it; a number ("0", "1") never gets here
        Optional<Boolean> done = answer(raw);
        if (done.isPresent()) return Optional.of(new Amount(null, done.get()));
        warn(at, "expected a number of " + what + " like " + rx.dose().amount() + ", got " + raw.quoted() + "; left empty");
        return Optional.empty();
      }
      v = inUnit(q.get(), unit);
      if (v == null) {
        warn(at, "expected " + what + ", got " + raw.quoted() + "; left empty");
        return Optional.empty();
      }
    }
    if (v < 0 || v > max) {
      warn(at, written(raw, what) + " is outside 0 to " + max + " " + what + "; left empty");
      return Optional.empty();
    }
    return Optional.of(new Amount(v, null));
  }

  /**
   * A value as the client wrote it, for a message: a number cell as the spreadsheet shows it
   * ({@code 5000}, {@code 1E+308}), typed text in quotes. Never the number as read back, which
   * for a huge one would be a different, clamped number.
   */
  private static String written(Raw raw) {
    if (raw.number() == null) return raw.quoted();
    return raw.text().isEmpty() ? LogValues.show(raw.number()) : raw.text();
  }

  /** {@link #written(Raw)}, with the unit after a bare number ({@code 5000 seconds}). */
  private static String written(Raw raw, String unit) {
    return raw.number() == null ? written(raw) : written(raw) + " " + unit;
  }

  /** The value in the dose's unit, or null when the word names another unit. */
  private static Double inUnit(LogValues.Quantity q, DoseUnit unit) {
    String w = q.word().replaceAll("\\b(per|each|a|every)\\b|/?\\s*side[s]?|\\bx\\b", "").strip();
    if (w.isEmpty()) return q.value();
    if (unit == DoseUnit.SECONDS && w.matches("m|min|mins|minute|minutes")) return q.value() * 60;
    Optional<DoseUnit> u = DoseUnit.parse(w);
    return u.isPresent() && u.get() == unit ? q.value() : null;
  }

  /**
   * A load in the client's units. A load typed in the other unit is converted (and said so); a
   * band colour or other grade of the client's kit is kept in the notes, where a trainer sees it.
   */
  Optional<Double> load(Raw raw, Prescription rx, Location at, StringBuilder notes) {
    Units units = program.client().units();
    Double v = raw.number();
    boolean converted = false;
    if (v == null) {
      if (grade(rx, raw.text())) {
        notes.append(notes.length() == 0 ? "" : "; ").append("load: ").append(raw.text());
        return Optional.empty();
      }
      Optional<LogValues.Quantity> q = LogValues.quantity(raw.text());
      Optional<Units> typed = q.flatMap(x -> x.word().isEmpty() ? Optional.of(units) : Units.parse(x.word()));
      if (q.isEmpty() || typed.isEmpty()) {
        warn(at, "expected a load in " + units.symbol() + " like 8 or 8.5, got " + raw.quoted() + "; left empty");
        return Optional.empty();
      }
      v = q.get().value();
      if (typed.get() != units) {
        v = Math.round((typed.get() == Units.LB ? v * KG_PER_LB : v / KG_PER_LB) * 10) / 10.0;
        converted = true;
      }
    }
    if (v < 0 || v > 500) {
      warn(at, "load " + written(raw, units.symbol()) + " is outside 0 to 500 " + units.symbol() + "; left empty");
      return Optional.empty();
    }
    if (converted) {
      warn(at, "read " + raw.quoted() + " as " + LogValues.show(v) + " " + units.symbol());
    }
    return Optional.of(v);
  }

  private boolean grade(Prescription rx, String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*band$", "");
    if (rx.load() == null) return false;
    Optional<KitItem> item = program.client().equipment().item(rx.load().equipment());
    return item.isPresent() && item.get().grades().stream().anyMatch(g -> g.equalsIgnoreCase(t));
  }

  Optional<Integer> rpe(Raw raw, Location at) {
    Optional<Double> v = raw.number() != null ? Optional.of(raw.number()) : LogValues.firstNumber(raw.text());
    if (v.isEmpty() || v.get() < 1 || v.get() > 10) {
      warn(at, "expected an RPE from 1 to 10 like 7, got " + written(raw) + "; left empty");
      return Optional.empty();
    }
    return Optional.of((int) Math.round(v.get()));
  }

  Optional<LocalDate> date(Raw raw, Location at) {
    boolean monthFirst = program.client().paper() == Paper.LETTER;
    LocalDate first = program.firstLogDate();
    LocalDate last = program.lastLogDate();
    java.util.List<LocalDate> readings = raw.date() != null
        ? java.util.List.of(raw.date())
        : LogValues.readings(raw.text(), program.start(), monthFirst);
    // "06/01/2027" is the 6th of January or the 1st of June: the one inside the block is meant
    Optional<LocalDate> date = readings.stream()
        .filter(x -> !x.isBefore(first) && !x.isAfter(last)).findFirst()
        .or(() -> readings.stream().findFirst());
    if (date.isEmpty()) {
      String what = LogValues.isTimeOfDay(raw.text())
          ? "got a time of day (" + raw.text().strip() + "), not a date"
          : "expected a date like " + program.start() + ", got " + raw.quoted();
      warn(at, what + "; left empty");
      return date;
    }
    if (date.get().isBefore(first) || date.get().isAfter(last)) {
      warn(at, "the date " + date.get() + " is outside this block (" + program.start() + " to "
          + program.end() + "); expected a date from " + first + " to " + last + "; left empty");
      return Optional.empty();
    }
    return date;
  }
}
