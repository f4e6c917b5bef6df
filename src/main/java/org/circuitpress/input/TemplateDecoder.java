package org.circuitpress.input;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Dose;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.circuitpress.model.Phase;
import org.circuitpress.model.Slot;
import org.circuitpress.model.Template;
import org.circuitpress.model.Use;
import org.circuitpress.model.WeekRule;

/** Decodes the sheets of one template into a {@link Template}, reporting every mistake. */
final class TemplateDecoder {
  static final Columns SETTINGS = Columns.of(List.of("setting", "value"), List.of());
  // Other names of a column, read as it with a warning (of a required one, named in the error that
  // it is missing): a column ignored would change every client's program without a word on it.
  static final Columns PHASES = Columns.of(List.of("phase", "name"), List.of("purpose"))
      .otherNames(Map.of("step", "phase", "step name", "name", "why", "purpose", "aim", "purpose"));
  static final Columns SLOTS =
      Columns.of(
          List.of("phase", "slot", "dose"),
          List.of(
              "role", "tags", "exercise", "unit", "per_side", "tempo", "rest", "level_variants"))
          .otherNames(Map.of("step", "phase", "exercise id", "exercise", "drill", "exercise", "drill id", "exercise",
              "exercise name", "exercise", "drill name", "exercise"))
          .unread(List.of(new Columns.Unread("exercise", "every slot is filled by role and tags, not with a drill"
              + " you name", List.of("exercise", "drill", "movement"), false)));
  static final Columns PROGRESSION =
      Columns.of(List.of("weeks", "rule"), List.of("target", "value", "cap"))
          .otherNames(Map.of("slot", "target", "step", "target", "phase", "target", "applies to", "target",
              "max", "cap", "maximum", "cap", "limit", "cap", "up to", "cap"))
          .unread(List.of(new Columns.Unread("target", "every rule would act on every slot of the circuit",
              List.of("slot", "slots", "step", "steps", "phase", "phases", "target", "drill", "exercise"), true)))
          .allowingNoRows();

  /** The parts of a template: the sheets of a workbook, the CSV files of a folder. */
  static final List<String> PARTS = List.of("template", "phases", "slots", "progression");

  private final String id;
  private final TemplateSource source;
  private final Library lib;
  private final Diagnostics d;
  /**
   * Phase and slot ids (as tags) named on rows refused with an error: a row that names one of them
   * is not reported again as naming an unknown one, which would blame a cell the trainer got right.
   */
  private final Set<String> refused = new HashSet<>();
  /** The phase ids some row of the slots sheet names, read or refused. */
  private final Set<String> phasesNamed = new HashSet<>();
  /** The errors reported before this template was read: more after it leave it out. */
  private long errorsBefore;
  /** The template's weeks, once its settings are read: advice on a dose range spreads over them. */
  private int weeks;

  TemplateDecoder(String id, TemplateSource source, Library lib, Diagnostics d) {
    this.id = id;
    this.source = source;
    this.lib = lib;
    this.d = d;
  }

  /** The decoded settings of the {@code template} sheet, with their defaults. */
  private record Settings(
      String name,
      String description,
      String goal,
      int weeks,
      int sessions,
      Set<Use> uses,
      int rounds,
      int rest,
      Location where) {}

  /**
   * The template, or empty when it has errors: a row with an error would otherwise leave a slot,
   * phase or rule out of every client's program without their plan saying so. Warnings (a role or
   * exercise the library does not have) keep it.
   */
  Optional<Template> decode() {
    errorsBefore = d.errorCount();
    Optional<Template> t = read();
    long errors = d.errorCount() - errorsBefore;
    if (t.isPresent() && errors > 0) {
      return skipped(errors == 1 ? "it has an error (above)" : "it has " + errors + " errors (above)");
    }
    return t;
  }

  private Optional<Template> read() {
    Optional<Table> settingsSheet = source.sheet("template", SETTINGS, true, d);
    Optional<Table> phasesSheet = source.sheet("phases", PHASES, true, d);
    Optional<Table> slotsSheet = source.sheet("slots", SLOTS, true, d);
    Optional<Table> rulesSheet = source.sheet("progression", PROGRESSION, false, d);
    source.unread(d);
    List<String> unread = new ArrayList<>();
    if (settingsSheet.isEmpty()) unread.add(source.partName("template"));
    if (phasesSheet.isEmpty()) unread.add(source.partName("phases"));
    if (slotsSheet.isEmpty()) unread.add(source.partName("slots"));
    if (!unread.isEmpty())
      return skipped("its " + String.join(" and ", unread) + " " + source.part() + (unread.size() == 1 ? "" : "s")
          + " could not be read (above)");
    // a template without a name is still read through, so that every other mistake is said in this run
    Settings set = settings(settingsSheet.get());
    weeks = set.weeks();
    long beforeSteps = d.errorCount();
    Map<String, PhaseRow> phases = phases(phasesSheet.get());
    Map<String, List<Slot>> slots = slots(slotsSheet.get(), phases);
    long stepErrors = d.errorCount() - beforeSteps;
    List<Phase> built = new ArrayList<>();
    for (PhaseRow p : phases.values()) {
      List<Slot> s = slots.getOrDefault(p.id, List.of());
      if (s.isEmpty() && !phasesNamed.contains(p.id)) {
        // a step typed in the phases sheet whose drills were never added: said with where they go
        d.warning(p.where, "phase \"" + p.id + "\" has no slots: no row of the " + source.partName("slots") + " "
            + source.part() + " names it in its phase column, so the step is left out of every handout; add its"
            + " drills there, or delete this row");
        continue;
      }
      // a step whose slots all have errors is not said again: those errors leave the template out
      if (!s.isEmpty()) built.add(new Phase(p.id, p.name, p.purpose, s));
    }
    if (built.isEmpty()) return skipped(noSlots(set.name != null, stepErrors));
    List<WeekRule> rules =
        rulesSheet
            .map(t -> new RuleDecoder(t, built, set.weeks(), lib, d, refused).decode())
            .orElse(List.of());
    // said only of a template that is used: one left out for errors has more pressing news
    if (rulesSheet.map(t -> t.rows().isEmpty()).orElse(true) && d.errorCount() == errorsBefore)
      sameEveryWeek(rulesSheet);
    if (set.name == null) {
      long others = d.errorCount() - errorsBefore - 1;
      return skipped("it has no name" + (others == 0 ? "" : " and " + others + (others == 1 ? " other error" : " other errors")
          + " (above)"));
    }
    return Optional.of(
        new Template(
            id,
            set.name,
            set.description,
            set.goal,
            set.weeks,
            set.sessions,
            set.uses,
            set.rounds,
            set.rest,
            built,
            rules,
            set.where));
  }

  /**
   * A template without progression rules prints the same week over and over; that may be meant,
   * but a progression file or sheet under a name not read is the likelier cause, so it is said.
   */
  private void sameEveryWeek(Optional<Table> rulesSheet) {
    String progression = source.partName("progression");
    if (rulesSheet.isPresent())
      d.warning(
          Location.ofSheet(rulesSheet.get().file(), rulesSheet.get().sheet()),
          "the " + source.part() + " has no rules, so every week of the block is the same");
    else
      d.warning(
          source.whole(),
          "the template has no " + progression + " " + source.part()
              + ", so every week of the block is the same; a " + progression + " " + source.part()
              + " makes the dose, rounds or tempo change from week to week (see docs/templates.md)");
  }

  /**
   * Why a template with no usable slot is left out: the errors above, counted, where there are any;
   * a slot with an error is left out, so when all of them are in the phases and slots ({@code
   * stepErrors}), they are why none is left.
   */
  private String noSlots(boolean named, long stepErrors) {
    long errors = d.errorCount() - errorsBefore - (named ? 0 : 1);
    String head = named ? "it has " : "it has no name and ";
    if (errors == 0) return head + "no usable slots";
    return head + errors + (named ? "" : " other") + (errors == 1 ? " error" : " errors") + " (above), "
        + (stepErrors == errors ? (errors == 1 ? "which leaves" : "which leave") + " it no usable slot" : "and no usable slot");
  }

  private Optional<Template> skipped(String why) {
    d.error(source.whole(), "template \"" + id + "\" is left out: " + why
        + "; its clients get no program until it is fixed");
    return Optional.empty();
  }

  /** The defaults of the settings that have one, as said when a row meant for one is ignored. */
  private static final Map<String, String> DEFAULTS =
      Map.of("weeks", "4", "sessions_per_week", "3", "rounds", "2", "rest_between_rounds", "60", "use",
          "stand-alone");

  private static final Set<String> VALUE = Set.of("value");
  private static final Set<String> SLOT_NUMBERS = Set.of("dose", "rest");
  private static final Set<String> SLOT_CODED = Set.of("dose", "rest", "tempo");
  /** Rounds ("2-3") or a dose ("12-15") a spreadsheet turned into a date get the advice for the range. */
  static final Map<String, Predicate<String>> ROUNDS = Map.of("value", t -> ValueAdvice.rounds(t).isPresent());
  private static final Map<String, Predicate<String>> DOSE = Map.of("dose", t -> ValueAdvice.dose(t).isPresent());

  /** The settings, their defaults where not given; the name null when there is none (reported). */
  private Settings settings(Table t) {
    Map<String, Row> rows = new LinkedHashMap<>();
    List<SettingNames.Match> ignored = new ArrayList<>();
    List<Row> ignoredRows = new ArrayList<>();
    for (Row row : t.rows()) {
      SettingNames.Match m = SettingNames.match(row.text("setting"));
      String known = m.setting();
      if (known == null) {
        // said once the rows are known: what is used instead depends on whether another sets it
        ignored.add(m);
        ignoredRows.add(row);
      } else if (rows.containsKey(known)) {
        d.warning(
            row.at("setting"),
            "\""
                + known
                + "\" is set again (first on row "
                + rows.get(known).location().row()
                + "); this row is ignored");
      } else {
        if (m.problem() != null) d.warning(row.at("setting"), m.problem());
        Set<String> number = DEFAULTS.containsKey(known) && !known.equals("use") ? VALUE : Set.of();
        // a value's problems name the setting too: "template!B4 (weeks)", not "(value)"
        Row named = row.naming("value", known);
        rows.put(known, DateCells.undated(named, number, number, known.equals("rounds") ? ROUNDS : Map.of(), d));
      }
    }
    for (int i = 0; i < ignored.size(); i++) {
      SettingNames.Match m = ignored.get(i);
      String meant = m.meant();
      boolean fallsBack = meant != null && !rows.containsKey(meant) && DEFAULTS.containsKey(meant);
      d.warning(ignoredRows.get(i).at("setting"), m.problem()
          + (fallsBack ? ", so " + meant + " keeps its default, " + DEFAULTS.get(meant) : "") + m.hint());
    }
    Location where = Location.ofSheet(t.file(), t.sheet());
    Row nameRow = rows.get("name");
    boolean named = nameRow != null && !nameRow.text("value").isEmpty();
    if (!named) {
      d.error(
          nameRow == null ? where : nameRow.at("value"),
          "the template needs a name (a row \"name\" with a value)");
    }
    int weeks = number(rows.get("weeks"), 1, Client.MOST_WEEKS, 4, LooseValues::weeks);
    int sessions = number(rows.get("sessions_per_week"), 1, 7, 3, LooseValues::sessions);
    int rounds = roundsRange(rows.get("rounds"), weeks) ? 2 : number(rows.get("rounds"), 1, 10, 2, LooseValues::rounds);
    int rest = number(rows.get("rest_between_rounds"), 0, 600, 60, LooseValues::seconds);
    Set<Use> uses = uses(rows.get("use"));
    return new Settings(
        named ? nameRow.text("value") : null,
        text(rows.get("description")),
        text(rows.get("goal")),
        weeks,
        sessions,
        uses,
        rounds,
        rest,
        named ? nameRow.location() : where);
  }

  /** Rounds written as two numbers ("2-3"): an error that says how to give both; true when so. */
  private boolean roundsRange(Row row, int weeks) {
    if (row == null) return false;
    String typed = row.text("value");
    Optional<int[]> n = ValueAdvice.rounds(typed);
    n.ifPresent(r -> d.error(row.at("value"), DateCells.typedAsDate(row, "value")
        + ValueAdvice.roundsSetting(typed, r, weeks)));
    return n.isPresent();
  }

  private static String text(Row row) {
    return row == null ? "" : row.text("value");
  }

  /** A setting's whole number; {@code withUnit} reads one written with its unit ("4 weeks"). */
  private int number(Row row, int min, int max, int dflt,
      Function<String, Optional<Fields.Reading<Integer>>> withUnit) {
    if (row == null) return dflt;
    Integer v = new Fields(row, d).integer("value", min, max, dflt, null, withUnit);
    return v == null ? dflt : v;
  }

  private Set<Use> uses(Row row) {
    if (row == null) return Set.of(Use.STAND_ALONE);
    Set<Use> out = EnumSet.noneOf(Use.class);
    for (String u : Fields.split(row.text("value"))) {
      Optional<Use> use = Use.parse(u);
      if (use.isPresent()) out.add(use.get());
      else
        d.error(row.at("value"), "expected warm-up, cool-down or stand-alone, got \"" + u + "\"");
    }
    return out.isEmpty() ? Set.of(Use.STAND_ALONE) : out;
  }

  private record PhaseRow(String id, String name, String purpose, Location where) {}

  private Map<String, PhaseRow> phases(Table t) {
    Map<String, PhaseRow> out = new LinkedHashMap<>();
    for (Row row : t.rows()) {
      Fields f = new Fields(row, d);
      Optional<String> pid = f.required("phase");
      Optional<String> name = f.required("name");
      if (pid.isEmpty() || name.isEmpty()) {
        pid.ifPresent(p -> refused.add(Names.tag(p)));
        continue;
      }
      if (out.containsKey(pid.get())) {
        f.error(
            "phase",
            "phase \""
                + pid.get()
                + "\" is defined again (first on row "
                + out.get(pid.get()).where.row()
                + "); this row is skipped");
        continue;
      }
      out.put(pid.get(), new PhaseRow(pid.get(), name.get(), f.text("purpose"), row.location()));
    }
    return out;
  }

  private Map<String, List<Slot>> slots(Table t, Map<String, PhaseRow> phases) {
    Map<String, List<Slot>> out = new LinkedHashMap<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    Set<String> roles = new HashSet<>();
    Set<String> tags = new HashSet<>();
    for (Exercise e : lib.all()) {
      roles.add(Names.tag(e.role()));
      tags.addAll(e.tags());
    }
    for (Row row : t.rows()) {
      Fields f = new Fields(DateCells.undated(row, SLOT_NUMBERS, SLOT_CODED, DOSE, d), d);
      Optional<Slot> slot = slot(f, phases, seen, roles, tags);
      slot.ifPresent(s -> out.computeIfAbsent(phaseId(f, phases), k -> new ArrayList<>()).add(s));
      phasesNamed.add(phaseId(f, phases));
      boolean inRefusedPhase = refused.contains(Names.tag(f.text("phase")));
      if ((slot.isEmpty() || inRefusedPhase) && !f.text("slot").isEmpty()) refused.add(Names.tag(f.text("slot")));
    }
    return out;
  }

  private static String phaseId(Fields f, Map<String, PhaseRow> phases) {
    String typed = f.text("phase");
    if (phases.containsKey(typed)) return typed;
    return phases.keySet().stream()
        .filter(p -> Names.tag(p).equals(Names.tag(typed)))
        .findFirst()
        .orElse(typed);
  }

  private Optional<Slot> slot(
      Fields f,
      Map<String, PhaseRow> phases,
      Map<String, Integer> seen,
      Set<String> roles,
      Set<String> tags) {
    Optional<String> phase = f.required("phase");
    Optional<String> sid = f.required("slot");
    if (phase.isPresent() && !phases.containsKey(phaseId(f, phases)) && !refused.contains(Names.tag(phase.get()))) {
      f.error(
          "phase",
          "unknown phase \""
              + phase.get()
              + "\" (the phases sheet defines "
              + String.join(", ", phases.keySet())
              + ")"
              + TemplateReader.hint(phase.get(), phases.keySet()));
    }
    if (sid.isPresent() && seen.containsKey(Names.tag(sid.get()))) {
      f.error(
          "slot",
          "slot \""
              + sid.get()
              + "\" is used again (first on row "
              + seen.get(Names.tag(sid.get()))
              + "); slot ids must be unique in a template");
    }
    Exercise named = named(f);
    String role = role(f, named, roles);
    Set<String> slotTags = f.tags("tags");
    for (String tag : slotTags) {
      if (checked() && named == null && f.text("exercise").isEmpty() && !tags.contains(tag))
        f.warning(
            "tags", "no drill in the library has the tag \"" + tag + "\"; it cannot help choose");
    }
    // an empty dose is an error like an empty slot id, not a slot quietly left out (found in review)
    Optional<DoseUnit.Written> written = LooseValues.dose(f.text("dose"));
    Integer amount = f.required("dose").isPresent() ? dose(f, written, named) : null;
    DoseUnit unit =
        f.choice(
            "unit",
            DoseUnit::parse,
            written.map(DoseUnit.Written::unit).orElse(named != null ? named.dose() : DoseUnit.REPS),
            "reps, seconds or breaths");
    boolean writtenPerSide = written.isPresent() && DoseUnit.perSide(f.text("dose"));
    boolean perSide = f.yesNo("per_side", writtenPerSide || named != null && named.perSide());
    if (written.isPresent() && unit != null && unit != written.get().unit()) {
      f.error("dose", "the dose says " + written.get().unit().key() + " but the unit column says " + unit.key()
          + "; write the number alone here");
    } else if (writtenPerSide && !perSide) {
      f.error("dose", "the dose says each side but the per_side column says no; write the number alone here");
    }
    String tempo = f.text("tempo");
    if (!tempo.isEmpty()) {
      Optional<String> read = Tempos.read(tempo);
      if (read.isEmpty()) f.error("tempo", Tempos.EXPECTED + Fields.quote(tempo));
      tempo = read.orElse(tempo);
    }
    Integer rest = f.integer("rest", 0, 600, 0, null, LooseValues::seconds);
    boolean variants = f.yesNo("level_variants", false);
    if (named != null && unit != null && unit != named.dose()) {
      f.warning(
          "unit",
          "the slot counts "
              + unit.key()
              + " but "
              + named.id()
              + " is dosed in "
              + named.dose().key()
              + " in the library; the handout prints the slot's "
              + unit.key()
              + " for it, and converts the dose only for a drill given in its place that counts"
              + " otherwise");
    }
    if (!f.ok() || role == null || amount == null || unit == null || rest == null)
      return Optional.empty();
    seen.put(Names.tag(sid.get()), f.row().location().row());
    String exerciseId =
        named != null ? named.id() : f.text("exercise").isEmpty() ? null : f.text("exercise");
    return Optional.of(
        new Slot(
            sid.get(),
            role,
            slotTags,
            exerciseId,
            new Dose(amount, unit, perSide),
            tempo,
            rest,
            variants,
            f.row().location()));
  }

  /** Rounds times reps, "3 x 10": the amount of a whole session, where a slot takes one round's. */
  private static final Pattern ROUNDS_TIMES = Pattern.compile("(\\d{1,2})\\s*[x\u00d7*]\\s*(\\d{1,4})\\b.*",
      Pattern.CASE_INSENSITIVE);

  /**
   * The dose: a whole number, or one written with its unit ({@code 12 reps}, {@code 30s}), read with
   * a warning, as the library's dose cells are; null after an error.
   */
  private Integer dose(Fields f, Optional<DoseUnit.Written> written, Exercise named) {
    Matcher m = ROUNDS_TIMES.matcher(f.text("dose"));
    if (m.matches()) {
      f.error("dose", "a dose is the amount of one round: write " + m.group(2) + " here, and the rounds ("
          + m.group(1) + ") in the template sheet's rounds setting, which counts for the whole circuit");
      return null;
    }
    Optional<ValueAdvice.DoseRange> range = ValueAdvice.dose(f.text("dose"));
    if (range.isPresent()) {
      DoseUnit unit = DoseUnit.parse(f.text("unit")).orElse(range.get().unit() != null ? range.get().unit()
          : named != null ? named.dose() : DoseUnit.REPS);
      String slot = f.text("slot").isEmpty() ? "(the slot's id)" : f.text("slot");
      f.error("dose", DateCells.typedAsDate(f.row(), "dose")
          + ValueAdvice.doseRange(f.text("dose"), range.get(), unit, slot, weeks));
      return null;
    }
    return f.integer("dose", 1, 3600, null, null, t -> written.map(w -> {
      int n = Integer.parseInt(w.amount()) * (w.minutes() ? 60 : 1);
      return new Fields.Reading<>(n, n + " " + (w.unit() == DoseUnit.SECONDS ? "seconds" : w.unit().label(n))
          + (DoseUnit.perSide(t) ? " each side" : "") + "; write the number alone here, and what it counts in"
          + " the unit and per_side columns");
    }));
  }

  /** Without a library (it could not be read) only the template's own structure is checked. */
  private boolean checked() {
    return !lib.byId().isEmpty();
  }

  private Exercise named(Fields f) {
    String typed = f.text("exercise");
    if (typed.isEmpty() || !checked()) return null;
    Optional<Exercise> e = lib.get(typed);
    if (e.isEmpty()) {
      e = lib.all().stream().filter(x -> Names.tag(x.id()).equals(Names.tag(typed))).findFirst();
    }
    if (e.isEmpty() && lib.skippedRow(typed).isPresent()) {
      f.warning(
          "exercise",
          "the exercise \""
              + typed
              + "\" was left out of the library because its row has errors ("
              + Library.describe(lib.skippedRow(typed).get())
              + "); the slot is filled by role and tags instead");
      return null;
    }
    if (e.isEmpty()) {
      // a library whose id for the drill was changed (foam-roll-lats made foam-roller-lat-release)
      // still has its name: the nearest id would be another drill (foam-roll-pecs)
      List<Exercise> byName = lib.all().stream().filter(x -> Names.tag(x.name()).equals(Names.tag(typed))).toList();
      if (byName.size() == 1) {
        Exercise x = byName.get(0);
        f.warning("exercise", "unknown exercise id \"" + typed + "\"; the library's drill named \"" + x.name()
            + "\" has the id \"" + x.id() + "\", and it is read as that drill. Write \"" + x.id() + "\" here to be sure");
        return x;
      }
    }
    if (e.isEmpty()) {
      // A warning, not an error: with another library the template still works, the planner
      // choosing by role and tags and saying so on every plan.
      f.warning(
          "exercise",
          "unknown exercise id \""
              + typed
              + "\"; the slot is filled by role and tags instead"
              + TemplateReader.hint(typed, lib.byId().keySet()));
      return null;
    }
    return e.get();
  }

  /**
   * The slot's role: as typed, else the named drill's. A role no drill has is warned about; one a
   * single letter away from a role of the library (and from no other) is read as that role.
   */
  private String role(Fields f, Exercise named, Set<String> roles) {
    String typed = f.text("role");
    if (typed.isEmpty()) {
      if (named != null) return Names.tag(named.role());
      if (!checked() && !f.text("exercise").isEmpty()) return "";
      f.error(
          "role",
          "the cell is empty; give a role (e.g. breathing, soft-tissue, mobility, strength) or an"
              + " exercise");
      return null;
    }
    String role = Names.tag(typed);
    Optional<String> slip = checked() && !roles.contains(role) ? Suggest.slip(typed, roles, Names::tag) : Optional.empty();
    if (slip.isPresent()) {
      // read as the role it is plainly a slip for ("mobilty"): taken as typed, every client would
      // get a drill of another kind in this step
      role = slip.get();
      f.warning("role", "no drill in the library has the role \"" + typed + "\"; it is read as \"" + role
          + "\", the library's role one letter away; correct the cell to silence this warning");
    } else if (checked() && !roles.contains(role)) {
      f.warning(
          "role",
          "no drill in the library has the role \""
              + typed
              + "\" (roles in the library: "
              + String.join(", ", new TreeSet<>(roles))
              + ")"
              + (named == null ? "; clients get the bodyweight fallback here" : "")
              + TemplateReader.hint(typed, roles));
    }
    if (named != null && !Names.tag(named.role()).equals(role)) {
      f.warning(
          "exercise",
          named.id()
              + " has the role "
              + named.role()
              + ", not "
              + (slip.isPresent() ? role : typed)
              + "; its substitutes are looked for among drills of the role "
              + named.role());
    }
    return role;
  }
}
