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
        set(equipment),
        level,
        unit,
        perSide,
        "",
        "",
        set(contra),
        list(easier),
        list(harder),
        "",
        "",
        HERE);
  }

  static Set<String> set(String s) {
    return Set.copyOf(list(s).stream().map(Names::tag).toList());
  }

  static List<String> list(String s) {
    return s.isBlank() ? List.of() : Arrays.stream(s.split(";")).map(String::strip).toList();
  }

  static Library library() {
    List<Exercise> all =
        List.of(
            ex(
                "breathing-90-90",
                "breathing",
                "t-spine; ribs",
                "",
                Level.BEGINNER,
                DoseUnit.BREATHS,
                false,
                "",
                "",
                ""),
            ex(
                "crocodile-breathing",
                "breathing",
                "t-spine; ribs; fallback",
                "",
                Level.BEGINNER,
                DoseUnit.BREATHS,
                false,
                "",
                "",
                ""),
            ex(
                "roll-lats",
                "soft-tissue",
                "t-spine; lats",
                "foam roller",
                Level.BEGINNER,
                DoseUnit.SECONDS,
                true,
                "osteoporosis",
                "",
                ""),
            ex(
                "ball-lats",
                "soft-tissue",
                "t-spine; lats",
                "massage ball",
                Level.BEGINNER,
                DoseUnit.SECONDS,
                true,
                "",
                "",
                ""),
            ex(
                "lat-stretch-wall",
                "soft-tissue",
                "lats",
                "",
                Level.BEGINNER,
                DoseUnit.SECONDS,
                true,
                "",
                "",
                ""),
            ex(
                "roll-tspine-extension",
                "mobility",
                "t-spine; extension",
                "foam roller",
                Level.BEGINNER,
                DoseUnit.REPS,
                false,
                "osteoporosis",
                "",
                ""),
            ex(
                "quadruped-extension",
                "mobility",
                "t-spine; extension",
                "",
                Level.BEGINNER,
                DoseUnit.REPS,
                false,
                "wrist",
                "",
                ""),
            ex(
                "open-book",
                "mobility",
                "t-spine; rotation",
                "",
                Level.BEGINNER,
                DoseUnit.REPS,
                true,
                "",
                "",
                "thread-needle"),
            ex(
                "thread-needle",
                "mobility",
                "t-spine; rotation",
                "",
                Level.INTERMEDIATE,
                DoseUnit.REPS,
                true,
                "wrist",
                "open-book",
                ""),
            ex(
                "band-pulldown",
                "strength",
                "lats; t-spine",
                "band",
                Level.BEGINNER,
                DoseUnit.REPS,
                false,
                "",
                "",
                ""),
            ex(
                "half-kneeling-windmill",
                "strength",
                "t-spine; rotation; hips",
                "kettlebell",
                Level.BEGINNER,
                DoseUnit.REPS,
                true,
                "",
                "",
                "kb-windmill"),
            ex(
                "kb-windmill",
                "strength",
                "t-spine; rotation; hips",
                "kettlebell",
                Level.INTERMEDIATE,
                DoseUnit.REPS,
                true,
                "shoulder; low back",
                "half-kneeling-windmill",
                "bottoms-up-windmill"),
            ex(
                "bottoms-up-windmill",
                "strength",
                "t-spine; rotation; hips",
                "kettlebell",
                Level.ADVANCED,
                DoseUnit.REPS,
                true,
                "shoulder; low back",
                "kb-windmill",
                ""),
            ex(
                "side-lying-reach",
                "strength",
                "t-spine; rotation",
                "",
                Level.BEGINNER,
                DoseUnit.REPS,
                true,
                "",
                "",
                ""),
            ex(
                "prone-y-raise",
                "strength",
                "t-spine; lats",
                "",
                Level.BEGINNER,
                DoseUnit.REPS,
                false,
                "",
                "",
                ""));
    Map<String, Exercise> byId = new LinkedHashMap<>();
    for (Exercise e : all) byId.put(e.id(), e);
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
}
