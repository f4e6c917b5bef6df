package org.circuitpress.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Dose;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Level;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.circuitpress.model.Needs;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Phase;
import org.circuitpress.model.Slot;
import org.circuitpress.model.Template;
import org.circuitpress.model.Track;
import org.circuitpress.model.Units;
import org.circuitpress.model.Use;
import org.circuitpress.model.WeekRule;

/** A small library and the upper-back template built in code, for planner tests. */
final class PlanFixtures {
  private PlanFixtures() {}

  static final Location HERE = Location.ofFile("plan-fixture");

  static Exercise ex(
      String id,
      String role,
      String tags,
      String equipment,
      Level level,
      DoseUnit unit,
      boolean perSide,
      String contra,
      String easier,
      String harder) {
    return new Exercise(
        id,
        id.replace('-', ' '),
        role,
        set(tags),
        needs(equipment),
        level,
        unit,
        perSide,
        false,
        "",
        "",
        set(contra),
        list(easier),
        list(harder),
        "",
        "",
        HERE,
        null);
  }

  /**
   * Equipment as a library cell says it: items separated by ";" are all needed, the choices of an
   * item joined by " or " are met by any one ("bench; dumbbell or kettlebell").
   */
  static Needs needs(String s) {
    return new Needs(
        list(s).stream()
            .map(item -> Arrays.stream(item.split(" or ")).map(Names::tag).toList())
            .toList());
  }

  static Set<String> set(String s) {
    return Set.copyOf(list(s).stream().map(Names::tag).toList());
  }

  static List<String> list(String s) {
    return s.isBlank() ? List.of() : Arrays.stream(s.split(";")).map(String::strip).toList();
  }

  /**
   * id | role | tags | equipment | level | unit | per side | contraindications | easier | harder
   */
  private static final String[] DRILLS = {
    "breathing-90-90|breathing|t-spine; ribs||BEGINNER|BREATHS|no|||",
    "crocodile-breathing|breathing|t-spine; ribs; fallback||BEGINNER|BREATHS|no|||",
    "roll-lats|soft-tissue|t-spine; lats|foam roller|BEGINNER|SECONDS|yes|osteoporosis||",
    "ball-lats|soft-tissue|t-spine; lats|massage ball|BEGINNER|SECONDS|yes|||",
    "lat-stretch-wall|soft-tissue|lats||BEGINNER|SECONDS|yes|||",
    "roll-tspine-extension|mobility|t-spine; extension|foam roller|BEGINNER|REPS|no|osteoporosis||",
    "quadruped-extension|mobility|t-spine; extension||BEGINNER|REPS|no|wrist||",
    "open-book|mobility|t-spine; rotation||BEGINNER|REPS|yes|||thread-needle",
    "thread-needle|mobility|t-spine; rotation||INTERMEDIATE|REPS|yes|wrist|open-book|",
    "band-pulldown|strength|lats; t-spine|band|BEGINNER|REPS|no|||",
    "half-kneeling-windmill|strength|t-spine; rotation;"
        + " hips|kettlebell|BEGINNER|REPS|yes|||kb-windmill",
    "kb-windmill|strength|t-spine; rotation; hips|kettlebell|INTERMEDIATE|REPS|yes|shoulder; low"
        + " back|half-kneeling-windmill|bottoms-up-windmill",
    "bottoms-up-windmill|strength|t-spine; rotation; hips|kettlebell|ADVANCED|REPS|yes|shoulder;"
        + " low back|kb-windmill|",
    "side-lying-reach|strength|t-spine; rotation||BEGINNER|REPS|yes|||",
    "prone-y-raise|strength|t-spine; lats||BEGINNER|REPS|no|||",
  };

  static Library library() {
    Map<String, Exercise> byId = new LinkedHashMap<>();
    for (String row : DRILLS) {
      String[] f = row.split("\\|", -1);
      byId.put(
          f[0],
          ex(
              f[0],
              f[1],
              f[2],
              f[3],
              Level.valueOf(f[4]),
              DoseUnit.valueOf(f[5]),
              f[6].equals("yes"),
              f[7],
              f[8],
              f[9]));
    }
    return new Library(byId, null);
  }

  static Slot slot(
      String id,
      String role,
      String tags,
      String exercise,
      int amount,
      DoseUnit unit,
      boolean perSide,
      String tempo,
      boolean levelVariants) {
    return new Slot(
        id,
        role,
        set(tags),
        exercise,
        new Dose(amount, unit, perSide),
        tempo,
        0,
        levelVariants,
        HERE);
  }

  static Template upperBack(String id) {
    List<Phase> phases =
        List.of(
            new Phase(
                "calm",
                "Decrease neural tone",
                "Settle the muscles first.",
                List.of(
                    slot(
                        "breathe",
                        "breathing",
                        "t-spine",
                        "breathing-90-90",
                        10,
                        DoseUnit.BREATHS,
                        false,
                        "",
                        false),
                    slot(
                        "roll-lats",
                        "soft-tissue",
                        "lats",
                        "roll-lats",
                        30,
                        DoseUnit.SECONDS,
                        true,
                        "",
                        false))),
            new Phase(
                "mobilize",
                "Mobilize the restriction",
                "Move slowly into the stiff range.",
                List.of(
                    slot(
                        "extend",
                        "mobility",
                        "t-spine; extension",
                        "roll-tspine-extension",
                        12,
                        DoseUnit.REPS,
                        false,
                        "",
                        false),
                    slot(
                        "rotate",
                        "mobility",
                        "t-spine; rotation",
                        null,
                        10,
                        DoseUnit.REPS,
                        true,
                        "",
                        true))),
            new Phase(
                "integrate",
                "Integrate and strengthen",
                "Own the new range.",
                List.of(
                    slot(
                        "pulldown",
                        "strength",
                        "lats",
                        "band-pulldown",
                        15,
                        DoseUnit.REPS,
                        false,
                        "3-1-3-1",
                        false),
                    slot(
                        "windmill",
                        "strength",
                        "t-spine; rotation",
                        "kb-windmill",
                        8,
                        DoseUnit.REPS,
                        true,
                        "3-1-3-1",
                        true))));
    List<WeekRule> rules =
        List.of(
            new WeekRule.SetRounds(3, 0, "all", 3, HERE),
            new WeekRule.AddDose(2, 0, "extend", 1, 15, HERE),
            new WeekRule.SetTempo(3, 0, "integrate", "4-1-4-1", HERE),
            new WeekRule.LoadStep(3, 0, "windmill", 2, HERE));
    return new Template(
        id,
        "Upper-back mobility",
        "",
        "Move the upper back freely.",
        4,
        3,
        Set.of(Use.WARM_UP, Use.STAND_ALONE),
        2,
        60,
        phases,
        rules,
        HERE);
  }

  static Catalog catalog() {
    Template t = upperBack("upper-back-mobility");
    return new Catalog(
        Map.of(t.id(), t),
        Map.of(
            "ub-track", new Track("ub-track", "Upper back", List.of("upper-back-mobility"), HERE)));
  }

  static Kit fullKit(Units units) {
    Map<String, KitItem> m = new LinkedHashMap<>();
    m.put("foam roller", KitItem.plain("foam roller"));
    m.put("band", new KitItem("band", List.of(), null, List.of("light", "medium", "heavy")));
    m.put("kettlebell", new KitItem("kettlebell", List.of(8.0, 12.0, 16.0), Units.KG, List.of()));
    return new Kit(m);
  }

  static Client client(String id, Level level, Kit kit, String limitations, String exclude) {
    return new Client(
        id,
        "Client " + id,
        "upper-back-mobility",
        LocalDate.of(2026, 12, 7),
        level,
        null,
        null,
        kit,
        set(limitations),
        Set.copyOf(list(exclude)),
        Units.KG,
        Paper.A4,
        "",
        "",
        Location.ofRow("roster.csv", null, 2));
  }

  static List<Client> sample() {
    List<Client> out = new ArrayList<>();
    out.add(client("c1", Level.INTERMEDIATE, fullKit(Units.KG), "", ""));
    out.add(client("c2", Level.BEGINNER, Kit.NONE, "", ""));
    out.add(client("c3", Level.ADVANCED, fullKit(Units.KG), "shoulder", ""));
    return out;
  }

  /** A slot naming one drill, t-spine rotation tags, reps per side. */
  static Slot named(String id, String exercise, int reps) {
    return slot(
        id, "mobility", "t-spine; rotation", exercise, reps, DoseUnit.REPS, true, "", false);
  }

  /** A one-phase template {@code one-off} of the given slots and rules: 2 sessions, 3 rounds. */
  static Template oneOff(int weeks, List<Slot> slots, WeekRule... rules) {
    return new Template(
        "one-off",
        "One-off",
        "",
        "",
        weeks,
        2,
        Set.of(Use.STAND_ALONE),
        3,
        60,
        List.of(new Phase("main", "Main", "", slots)),
        List.of(rules),
        HERE);
  }

  static Planner planner(Template t) {
    return planner(t, List.of());
  }

  /** A planner for {@code t} over {@link #library()} and the {@code extra} drills. */
  static Planner planner(Template t, List<Exercise> extra) {
    Map<String, Exercise> byId = new LinkedHashMap<>();
    for (Exercise e : library().all()) byId.put(e.id(), e);
    for (Exercise e : extra) byId.put(e.id(), e);
    return new Planner(new Library(byId, null), new Catalog(Map.of(t.id(), t), Map.of()));
  }

  static Kit kettlebells(Double... kg) {
    return new Kit(
        Map.of("kettlebell", new KitItem("kettlebell", List.of(kg), Units.KG, List.of())));
  }

  /** A client on any program with the given start, level and block length (null: template's). */
  static Client on(
      String id,
      String program,
      LocalDate start,
      Level level,
      Integer weeks,
      Integer sessions,
      Kit kit) {
    return new Client(
        id,
        "Client " + id,
        program,
        start,
        level,
        weeks,
        sessions,
        kit,
        Set.of(),
        Set.of(),
        Units.KG,
        Paper.A4,
        "",
        "",
        HERE);
  }

  /** A client on {@link #oneOff}, starting 2026-12-01. */
  static Client onOneOff(Level level, Kit kit, Units units) {
    return new Client(
        "o-" + level.label(),
        "One-off " + level.label(),
        "one-off",
        LocalDate.of(2026, 12, 1),
        level,
        null,
        null,
        kit,
        Set.of(),
        Set.of(),
        units,
        units == Units.LB ? Paper.LETTER : Paper.A4,
        "",
        "",
        HERE);
  }

  /** A client's first block, failing the test with the planner's diagnostics when there is none. */
  static org.circuitpress.model.Program firstBlock(Planner planner, Client c) {
    org.circuitpress.model.Diagnostics d = new org.circuitpress.model.Diagnostics();
    return planner.plan(c, null, java.util.Optional.empty(), d).orElseThrow(() -> new AssertionError(d.all()));
  }

  /** The prescription of a slot in week 1. */
  static org.circuitpress.model.Prescription inWeekOne(org.circuitpress.model.Program p, String slot) {
    return p.weeks().get(0).circuit().stream()
        .filter(x -> x.slot().id().equals(slot))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + slot));
  }
}
