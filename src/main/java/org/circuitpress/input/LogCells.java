package org.circuitpress.input;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.circuitpress.model.DateOrder;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Load;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogNote;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Units;

/**
 * Turns what a client wrote into log values, the same way for XLSX cells and PDF fields. What
 * cannot be understood is left empty with a warning that names the cell or field; it never
 * stops the run.
 */
final class LogCells {
  private final Program program;
  private final Diagnostics d;
  /** Warnings per group (a column or kind of box, and what became of the value), to list a few and count the rest. */
  private final Map<Group, Integer> perGroup;
  /** The first warning of each group that was only counted, said at its cell when no other follows it. */
  private final Map<Group, Diagnostic> firstCounted;
  /** The group all warnings of this reader count in, or null to group a cell's by its column. */
  private final String group;
  /** The drills printed without a load that a load was typed for, each noted once ({@link #unprinted}). */
  private final Set<String> loadedUnprinted;

  LogCells(Program program, Diagnostics d) {
    this(program, d, new LinkedHashMap<>(), new LinkedHashMap<>(), null, new HashSet<>());
  }

  private LogCells(Program program, Diagnostics d, Map<Group, Integer> perGroup, Map<Group, Diagnostic> firstCounted,
      String group, Set<String> loadedUnprinted) {
    this.program = program;
    this.d = d;
    this.perGroup = perGroup;
    this.firstCounted = firstCounted;
    this.group = group;
    this.loadedUnprinted = loadedUnprinted;
  }

  /**
   * This reader, with its warnings listed and counted as {@code group} (a kind of box of the
   * handout, {@code "amount done" boxes of the handout}), where there is no column to group by.
   */
  LogCells as(String group) {
    return new LogCells(program, d, perGroup, firstCounted, group, loadedUnprinted);
  }

  /** Warnings listed per column of a log, or per kind of box of a handout, before the rest are only counted. */
  static final int LISTED_PER_COLUMN = 5;

  /**
   * What became of the value a warning is about. Warnings of a column (or kind of box) are listed
   * and counted apart for each, and the line that counts the ones not listed says it again.
   *
   * @param kind what sets these warnings apart from the others of their column
   * @param rest how the counting line goes on after "25 more cells of the Actual load column"
   */
  record Fate(String kind, String rest) {
    /** The value could not be read, or is out of range. */
    static final Fate LEFT_EMPTY = new Fate("left empty", "were left empty too, for reasons like those above");
    /** The cell shows an error or holds a formula without a usable result. */
    static final Fate READ_AS_EMPTY = new Fate("read as empty", "were read as empty too, for reasons like those above");
    /** A box of the handout that matches nothing of the program. */
    static final Fate IGNORED = new Fate("ignored", "are not part of the program either, and were ignored");
    /** A weight or other word in a band's load box, kept in the drill's notes. */
    static final Fate KEPT_AS_NOTE = new Fate("kept as a note", "were kept in the drill's notes too, not read as a band's load");

    /** Read in a way the warning tells ({@code "converted"}, {@code "added up"}), the same for all of the group. */
    static Fate read(String way) {
      return new Fate("read " + way, "were read the same way as those above");
    }
  }

  /** A column (or kind of box) and what became of its values. */
  private record Group(String where, Fate fate) {}

  /**
   * A file that could not be read at all, its entries unknown: a warning where the run goes on
   * without them (next month's block), an error where they are the output (export-logs).
   */
  void unreadable(Location at, String message, org.circuitpress.model.Severity severity) {
    d.add(new Diagnostic(severity, at, message, program.client().id()));
  }

  /** A warning of its own, about a file or a row, never counted with others. */
  void warn(Location at, String message) {
    warn(at, message, null);
  }

  /**
   * A warning about a cell or box, listed or counted with the others of its column (or kind of
   * box) where the same became of the value; false when it was only counted.
   */
  boolean warn(Location at, String message, Fate fate) {
    // A client who writes every date one odd way gets the same warning on every row: a few
    // name the cells, and one line counts the rest (see finish).
    String where = group != null ? group
        : at.column() >= 0 && at.header() != null ? "cells of the " + at.header() + " column" : null;
    Diagnostic w = Diagnostic.warning(at, message).forClient(program.client().id());
    if (fate != null && where != null && perGroup.merge(new Group(where, fate), 1, Integer::sum) > LISTED_PER_COLUMN) {
      firstCounted.putIfAbsent(new Group(where, fate), w);
      return false;
    }
    d.add(w);
    return true;
  }

  /**
   * Counts the warnings of {@code file} that {@link #warn} did not list, per column or kind of box;
   * a single one is said at its cell instead, as a line counting it would save none.
   */
  void finish(String file) {
    perGroup.forEach((g, n) -> {
      if (n == LISTED_PER_COLUMN + 1) {
        d.add(firstCounted.get(g));
      } else if (n > LISTED_PER_COLUMN) {
        d.add(Diagnostic.warning(Location.ofFile(file), (n - LISTED_PER_COLUMN) + " more " + g.where() + " "
            + g.fate().rest() + " (not listed one by one)").forClient(program.client().id()));
      }
    });
    perGroup.clear();
    firstCounted.clear();
  }

  Optional<Boolean> done(Raw raw, Location at) {
    return done(raw, at, null);
  }

  /**
   * {@link #done(Raw, Location)}, reading words for a session missed and why ("skipped - sick",
   * "away") as not done and keeping them in {@code notes}, where there are notes to keep them in.
   */
  Optional<Boolean> done(Raw raw, Location at, List<LogNote> notes) {
    if (raw.number() != null && (raw.number() == 0 || raw.number() == 1)) return Optional.of(raw.number() == 1);
    if (missed(raw, at, notes, "done")) return Optional.of(false);
    Optional<Boolean> b = answer(raw);
    if (b.isEmpty()) {
      warn(at, "expected yes or no, got " + raw.quoted() + "; left empty", Fate.LEFT_EMPTY);
      keepWords(notes, "done", raw, at);
    }
    return b;
  }

  /**
   * Keeps the words of a box left empty with a warning in {@code notes} (where there are notes to
   * keep them in), so that they are read for pain as any note is ("skipped - sore knee"); the
   * warning already shows them to the trainer, so they are not listed again among the notes.
   */
  private static void keepWords(List<LogNote> notes, String box, Raw raw, Location at) {
    if (notes != null && raw.number() == null && !raw.text().isBlank()) note(notes, box, raw, at, true);
  }

  /** Whether a box holds words for a session missed and why, kept in {@code notes} as the client's note. */
  private static boolean missed(Raw raw, Location at, List<LogNote> notes, String box) {
    if (notes == null || raw.number() != null || !LogValues.missedFor(raw.text())) return false;
    note(notes, box, raw, at, false);
    return true;
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

  /**
   * The amount a box or cell holds, in the drill's unit. Text after the number that is no unit
   * ({@code 10 (hard)}) is kept in {@code notes}; parts added up ({@code 8+2}) are read as their
   * sum, with a warning.
   */
  Optional<Amount> amount(Raw raw, Prescription rx, Location at, List<LogNote> notes) {
    DoseUnit unit = rx.dose().unit();
    if (unit == DoseUnit.SECONDS && isClock(raw.time())) return Optional.of(new Amount(clock(raw, at), null));
    int max = unit == DoseUnit.SECONDS ? 3600 : 500;
    String what = unit == DoseUnit.SECONDS ? "seconds" : unit == DoseUnit.BREATHS ? "breaths" : "reps";
    Double v = raw.number();
    LogValues.Quantity q = null;
    if (v == null) {
      Optional<LogValues.Quantity> typed = LogValues.quantity(raw.text());
      q = typed.filter(x -> x.count() == 1).orElse(null);
      if (q == null) {
        // read as the Done column reads it; a number ("0", "1") never gets here
        Optional<Boolean> done = answer(raw);
        if (done.isPresent()) return Optional.of(new Amount(null, done.get()));
        if (missed(raw, at, notes, "amount")) return Optional.of(new Amount(null, false));
        if (typed.isPresent() && typed.get().word().isEmpty()) {
          // "8x3": sets of reps, either way round, where each round has its own row
          LogValues.Quantity x = typed.get();
          warn(at, "expected the " + what + " of this round like " + rx.dose().amount() + ", got " + raw.quoted()
              + ", which could be " + x.count() + " times " + LogValues.show(x.value()) + " or "
              + LogValues.show(x.value()) + " times " + x.count() + " (each round has a row of its own); left empty",
              Fate.LEFT_EMPTY);
          return Optional.empty();
        }
        warn(at, "expected a number of " + what + " like " + rx.dose().amount() + ", got " + raw.quoted() + "; left empty",
            Fate.LEFT_EMPTY);
        keepWords(notes, "amount", raw, at);
        return Optional.empty();
      }
      Words w = Words.of(q);
      v = inUnit(q.value(), w.unit(), unit);
      if (v == null) {
        warn(at, "expected " + what + ", got " + raw.quoted() + "; left empty", Fate.LEFT_EMPTY);
        return Optional.empty();
      }
      if (w.note()) note(notes, "amount", raw, at, false);
    }
    if (v < 0 || v > max) {
      warn(at, written(raw, what) + " is outside 0 to " + max + " " + what + "; left empty", Fate.LEFT_EMPTY);
      return Optional.empty();
    }
    if (q != null && q.summed()) {
      warn(at, "read " + raw.quoted() + " as " + LogValues.show(v) + " " + what + ", the numbers added up",
          Fate.read("added up"));
    }
    if (q != null && q.range()) {
      warn(at, "read " + raw.quoted() + " as " + LogValues.show(v) + " " + what + RANGE_LOWER, Fate.read("as the lower"));
    }
    return Optional.of(new Amount(v, null));
  }

  /** A time of day in whole minutes: what a spreadsheet makes of minutes and seconds typed as {@code 1:30}. */
  private static boolean isClock(java.time.LocalTime t) {
    return t != null && t.getSecond() == 0 && t.getNano() == 0;
  }

  /**
   * The seconds of a timed drill's amount typed as {@code 1:30}, which a spreadsheet took for a
   * time of day (1 hour 30 minutes): read as minutes and seconds, with a warning that says so.
   */
  private double clock(Raw raw, Location at) {
    java.time.LocalTime t = raw.time();
    String typed = t.getHour() + ":" + String.format(Locale.ROOT, "%02d", t.getMinute());
    int seconds = t.getHour() * 60 + t.getMinute();
    warn(at, "read " + typed + " as minutes and seconds, " + seconds + " seconds: the spreadsheet had turned it into"
        + " the time of day " + t, Fate.read("as minutes and seconds"));
    return seconds;
  }

  /**
   * The amount of a row for a drill the block does not have there, with no prescription to check
   * its unit against: the number as typed, or a tick or word for done; empty, without a warning,
   * when it is neither.
   */
  static Optional<Amount> plainAmount(Raw raw) {
    if (raw.number() != null) return Optional.of(new Amount(raw.number(), null));
    Optional<Amount> typed = LogValues.quantity(raw.text()).filter(q -> q.count() == 1)
        .map(q -> new Amount(q.value(), null));
    return typed.isPresent() ? typed : answer(raw).map(done -> new Amount(null, done));
  }

  /**
   * Adds what the client typed in a box to the notes, shown as {@code amount: 10 (hard)}; {@code
   * warned} when the warning at the box already says so.
   */
  private static void note(List<LogNote> notes, String box, Raw raw, Location at, boolean warned) {
    String typed = raw.number() == null ? raw.text().strip() : written(raw);
    notes.add(new LogNote(box, typed, at, warned));
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

  /** Words that say per side or how many times, not the unit: "8 per side", "10 each side", "15x". */
  private static final Pattern SIDE_WORDS =
      Pattern.compile("\\b(per|each|a|every)\\b|/?\\s*side[s]?|\\bx\\b");
  /**
   * "each hand", as the log prints the load of a drill with a weight in each hand ("8 kg each
   * hand"), which a client may copy as printed. After the load of a drill with one weight (a
   * windmill's bell) they are the client's own: they held two, which the trainer should read.
   */
  private static final Pattern HAND_WORDS =
      Pattern.compile("\\b(per|each|a|every)\\s+hand\\b");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MINUTES = Pattern.compile("m|min|mins|minute|minutes");

  /**
   * The words after a number: the unit they name ("" for none), and whether there is more, the
   * client's own text ({@code 10 (hard)}, {@code 8 felt easy}), to keep as a note.
   */
  private record Words(String unit, boolean note) {
    static Words of(LogValues.Quantity q) {
      return of(q, false);
    }

    /** With {@code eachHand}, the words the log prints after the load of a drill with a weight in each hand are no note. */
    static Words of(LogValues.Quantity q, boolean eachHand) {
      String typed = eachHand ? HAND_WORDS.matcher(q.word()).replaceAll("") : q.word();
      String w = SIDE_WORDS.matcher(typed).replaceAll("").strip();
      boolean rest = !q.rest().isEmpty();
      if (w.isEmpty() || isUnit(w)) return new Words(w, rest);
      String first = SPACES.split(w, 2)[0];
      return isUnit(first) ? new Words(first, true) : new Words("", true);
    }

    private static boolean isUnit(String w) {
      return DoseUnit.parse(w).isPresent() || MINUTES.matcher(w).matches() || Units.parse(w).isPresent();
    }
  }

  /**
   * Whether a unit follows the number ({@code 10kg}, {@code 8 reps}, {@code 30 s}): a load, amount
   * or time typed in the wrong column, not an effort with words after it.
   */
  private static boolean withUnit(String text) {
    return LogValues.quantity(text).map(q -> !Words.of(q).unit().isEmpty()).orElse(false);
  }

  /** {@code value} in the dose's unit, typed with {@code word}; null when the word names another unit. */
  private static Double inUnit(double value, String word, DoseUnit unit) {
    if (word.isEmpty()) return value;
    if (unit == DoseUnit.SECONDS && MINUTES.matcher(word).matches()) return value * 60;
    Optional<DoseUnit> u = DoseUnit.parse(word);
    return u.isPresent() && u.get() == unit ? value : null;
  }

  /** What a load box or cell says: a weight in the client's units, or the grade of a band as printed ("medium band"). */
  record Loaded(Double value, String grade) {}

  /**
   * A load in the client's units. A load typed in the other unit is converted, and one for each of
   * two bells ({@code 2x20kg}) read as the one bell's weight, each said so; a band colour or other
   * grade of the client's kit is read as that grade. A number without a unit against a weight
   * marked in the other unit ("8 kg (18 lb)" for a client in lb) is read as the weight marked on the
   * piece when it is one ("8"), and in the client's unit otherwise ("18"), see {@link #markedIn}.
   */
  Optional<Loaded> load(Raw raw, Prescription rx, Location at, List<LogNote> notes) {
    if (rx.load() != null && rx.load().units() == null) return graded(raw, rx, at, notes);
    Units units = program.client().units();
    Double v = raw.number();
    LogValues.Quantity q = null;
    boolean converted = false;
    boolean bare = true;
    if (v == null) {
      Optional<String> grade = grade(rx, raw.text());
      if (grade.isPresent()) return Optional.of(new Loaded(null, grade.get()));
      // "26#", "2x18#": a pound sign after the number, as US gyms write pounds, is lb
      q = LogValues.quantity(KitParser.poundSigns(raw.text())).orElse(null);
      Words w = q == null ? null : Words.of(q, rx.exercise().eachHand());
      Optional<Units> typed = w == null ? Optional.empty() : w.unit().isEmpty() ? Optional.of(units) : Units.parse(w.unit());
      if (typed.isEmpty()) {
        warn(at, "expected a load in " + units.symbol() + " like 8 or 8.5, got " + raw.quoted() + "; left empty",
            Fate.LEFT_EMPTY);
        return Optional.empty();
      }
      v = q.value();
      bare = w.unit().isEmpty();
      if (typed.get() != units) {
        v = Math.round(typed.get().exactly(v, units) * 10) / 10.0;
        converted = true;
      }
      if (w.note()) note(notes, "load", raw, at, false);
    }
    Units marked = bare ? markedIn(rx, v) : null;
    String as = "";
    if (marked != null) {
      as = ": " + LogValues.show(v) + " " + marked.symbol() + ", as the " + rx.load().equipment() + " is marked";
      v = Math.round(marked.exactly(v, units) * 10) / 10.0;
      converted = true;
    }
    if (v < 0 || v > 500) {
      warn(at, "load " + written(raw, units.symbol()) + " is outside 0 to 500 " + units.symbol() + "; left empty",
          Fate.LEFT_EMPTY);
      return Optional.empty();
    }
    boolean each = q != null && q.count() > 1;
    boolean summed = q != null && q.summed();
    boolean lower = q != null && q.range();
    if (converted || each || summed || lower) {
      // "the same way" in the counting line: converted, one of several, added up and the lower are told apart
      String way = (converted ? "converted" : "") + (each ? " each" : "") + (summed ? " added up" : "")
          + (lower ? " as the lower" : "");
      warn(at, "read " + raw.quoted() + " as " + LogValues.show(v) + " " + units.symbol()
          + (each ? " each (" + q.count() + " of them)" : "") + (summed ? ", the numbers added up" : "") + as
          + (lower ? RANGE_LOWER : ""), Fate.read(way.strip()));
    }
    if (rx.load() == null && v > 0) unprinted(rx, v, at);
    return Optional.of(new Loaded(v, null));
  }

  /**
   * A load typed for a drill printed without one (a mobility drill, a bodyweight one): kept, and
   * {@code export-logs} lists it, but the next block progresses only loads it printed, so the
   * trainer is told at the first such cell of the drill in this log, not at every round.
   */
  private void unprinted(Prescription rx, double v, Location at) {
    if (!loadedUnprinted.add(rx.exercise().id())) return;
    d.add(Diagnostic.info(at, rx.exercise().name() + " is printed without a load, but " + LogValues.show(v) + " "
        + program.client().units().symbol() + " is typed here; export-logs lists the loads typed for it, but the next"
        + " block does not use them").forClient(program.client().id()));
  }

  /**
   * What the load box of a drill whose printed load is a band's grade ("medium band") says: a
   * grade, read as that band ({@link #grade}). Anything else, above all a weight ("12kg", "25
   * lb"), is no band's load: read as one it would be a weight of a drill that has none. It is kept
   * in the drill's notes, with a warning at the box.
   */
  private Optional<Loaded> graded(Raw raw, Prescription rx, Location at, List<LogNote> notes) {
    Optional<String> grade = raw.number() == null ? grade(rx, raw.text()) : Optional.empty();
    if (grade.isPresent()) return Optional.of(new Loaded(null, grade.get()));
    // a box only counted is not quoted by a warning: its words are listed with the client's notes
    boolean said = warn(at, "expected the band used, like \"" + rx.load().label() + "\" as printed, got "
        + written(raw) + "; a band's load is its grade, not a weight, so this is kept in the drill's notes and not"
        + " read as a load", Fate.KEPT_AS_NOTE);
    note(notes, "load", raw, at, said);
    return Optional.empty();
  }

  /**
   * The unit a number written without one against {@code rx}'s load is in: the unit the load's
   * piece is marked in, when that is not the client's and {@code v} is one of the weights the kit
   * lists for it as marked ("8" against "8 kg (18 lb)"), but none of them in the client's unit as
   * the handout prints it in brackets ("18"); null for the client's unit.
   */
  private Units markedIn(Prescription rx, double v) {
    Load load = rx.load();
    Units units = program.client().units();
    if (load == null || load.units() == null || load.units() == units) return null;
    List<Double> weights = program.client().equipment().item(load.equipment())
        .filter(k -> k.unit() == load.units()).map(KitItem::loads).orElse(List.of(load.amount()));
    if (!weights.contains(v)) return null;
    for (double w : weights) if (Math.round(load.units().exactly(w, units)) == v) return null;
    return load.units();
  }

  /**
   * The grade a load box names for a drill whose load is graded (a band), as the handout prints
   * one: "medium band" for "medium", "Medium" or "medium band". The grades are the ones the
   * client's kit lists, or the usual ones the planner assumes when it lists none.
   */
  private Optional<String> grade(Prescription rx, String text) {
    Load load = rx.load();
    List<String> grades = program.client().equipment().grades(load);
    if (grades.isEmpty()) return Optional.empty();
    String t = text.strip().toLowerCase(Locale.ROOT);
    String equipment = " " + load.equipment();
    if (t.endsWith(equipment)) t = t.substring(0, t.length() - equipment.length()).strip();
    else if (t.endsWith(" band")) t = t.substring(0, t.length() - " band".length()).strip();
    for (String g : grades) if (g.equalsIgnoreCase(t)) return Optional.of(g + equipment);
    return Optional.empty();
  }

  /** How a range's lower number is said to count: on the safe side for next month's progression. */
  private static final String RANGE_LOWER = ": of a range, the lower number counts";

  /**
   * The effort a cell or box holds, 1 to 10. Words after it ({@code 8/10 hard}) go to {@code
   * notes}, as the words after an amount do; where there is no place for them ({@code notes} null:
   * a handout's box for a whole session), a warning quotes what was typed, so nothing is lost.
   */
  Optional<Integer> rpe(Raw raw, Location at, List<LogNote> notes) {
    if (raw.date() != null) return rpeOfDate(raw.date(), at, null);
    // of a range of efforts the higher counts, so a block never progresses on an effort taken too low
    Optional<Double> upper = raw.number() == null ? LogValues.upperOfRange(raw.text()) : Optional.empty();
    if (upper.isPresent() && upper.get() <= 10) {
      int rpe = (int) Math.round(upper.get());
      warn(at, "read " + raw.quoted() + " as RPE " + rpe + ": of a range, the higher effort counts",
          Fate.read("as the higher"));
      return Optional.of(rpe);
    }
    Optional<Double> v = raw.number() != null ? Optional.of(raw.number()) : LogValues.firstNumber(raw.text());
    // A cell formatted as text may still get a date made of 7/10, kept as its serial number
    // (46302), which is then all the cell shows. The log is a workbook this program wrote, so its
    // dates count from 1900.
    Optional<LocalDate> serial = v.filter(n -> raw.number() != null || isWholeNumber(raw.text()))
        .flatMap(n -> Fields.dateOfSerial(n, false));
    if (serial.isPresent()) return rpeOfDate(serial.get(), at, LogValues.show(v.get()));
    Optional<Double> worded = v.isPresent() || raw.number() != null ? Optional.empty()
        : LogValues.effortWithWords(raw.text()).filter(n -> n >= 1 && n <= 10 && !withUnit(raw.text()));
    if (worded.isPresent()) {
      int rpe = (int) Math.round(worded.get());
      if (notes != null) note(notes, "RPE", raw, at, false);
      else warn(at, "read " + raw.quoted() + " as RPE " + rpe + "; the words with it are kept only in this message");
      return Optional.of(rpe);
    }
    if (v.isEmpty() || v.get() < 1 || v.get() > 10) {
      warn(at, "expected an RPE from 1 to 10 like 7, got " + written(raw) + "; left empty", Fate.LEFT_EMPTY);
      return Optional.empty();
    }
    return Optional.of((int) Math.round(v.get()));
  }

  /** Whether text is digits alone, as a cell formatted as text shows a date's serial number. */
  private static boolean isWholeNumber(String text) {
    return !text.isEmpty() && text.chars().allMatch(ch -> ch >= '0' && ch <= '9');
  }

  /**
   * An RPE cell holding a date: {@code 7/10} typed where the spreadsheet reads dates, which it
   * turned into 10 July (month first) or 7 October (day first). A date whose day or month is 10,
   * the other from 1 to 10, is read as that other number, with a warning; any other date is no RPE.
   * The warning names the date, and the number the cell shows for it when it shows one ({@code
   * serial}, null when the cell shows the date).
   */
  private Optional<Integer> rpeOfDate(LocalDate date, Location at, String serial) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    int rpe = month == 10 && day <= 10 ? day : day == 10 && month < 10 ? month : 0;
    String shown = DateCells.dayMonth(date);
    String shows = serial == null ? "" : "the cell shows it as the number " + serial;
    if (rpe < 1) {
      warn(at, "expected an RPE from 1 to 10 like 7, got the date " + shown + " (the spreadsheet turned what was"
          + " typed here into a date" + (shows.isEmpty() ? "" : "; " + shows) + "); left empty", Fate.LEFT_EMPTY);
      return Optional.empty();
    }
    warn(at, "read the date " + shown + " as RPE " + rpe + ": the spreadsheet turned the " + rpe + "/10 typed here"
        + " into a date" + (shows.isEmpty() ? "" : " (" + shows + ")"), Fate.read("from a date"));
    return Optional.of(rpe);
  }

  Optional<LocalDate> date(Raw raw, Location at) {
    boolean monthFirst = program.client().dateOrder() == DateOrder.MONTH_FIRST;
    LocalDate first = program.firstLogDate();
    LocalDate last = program.lastLogDate();
    List<LocalDate> readings = raw.date() != null
        ? List.of(raw.date())
        : LogValues.readings(raw.text(), program.start(), monthFirst);
    // "06/01/2027" is the 6th of January or the 1st of June: the one inside the block is meant
    Optional<LocalDate> date = readings.stream()
        .filter(x -> !x.isBefore(first) && !x.isAfter(last)).findFirst()
        .or(() -> readings.stream().findFirst());
    if (date.isEmpty()) {
      String what = LogValues.isTimeOfDay(raw.text())
          ? "got a time of day (" + raw.text().strip() + "), not a date"
          : "expected a date like " + program.start() + ", got " + raw.quoted();
      warn(at, what + "; left empty", Fate.LEFT_EMPTY);
      return date;
    }
    if (date.get().isBefore(first) || date.get().isAfter(last)) {
      warn(at, "the date " + date.get() + " is outside this block (" + program.start() + " to "
          + program.end() + "); expected a date from " + first + " to " + last + "; left empty", Fate.LEFT_EMPTY);
      return Optional.empty();
    }
    return date;
  }
}
