package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Dose;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Level;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Needs;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Phase;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Slot;
import org.circuitpress.model.Template;
import org.circuitpress.model.Units;
import org.circuitpress.model.Use;
import org.circuitpress.model.Week;
import org.circuitpress.model.WeekRule;
import org.junit.jupiter.api.Test;

/**
 * The planner's invariants over seeded random libraries, templates and clients: a failure names its
 * seed, and the same seed always rebuilds the same case.
 */
class PlannerPropertiesTest {
  private static final Location AT = Location.ofFile("random");
  private static final String[] ROLES = {
    "breathing", "soft tissue", "mobility", "strength", "stability"
  };
  private static final String[] TAGS = {
    "t spine", "hip", "shoulder", "ankle", "core", "rotation", "extension", "lat", "glute"
  };
  private static final String[] EQUIPMENT = {
    "foam roller", "band", "kettlebell", "dumbbell", "massage ball", "step"
  };
  private static final String[] LIMITS = {
    "shoulder", "low back", "knee", "wrist", "osteoporosis", "pregnancy"
  };
  private static final int CASES = 150;

  @Test
  void invariantsHoldForRandomClientsLibrariesAndTemplates() {
    for (long seed = 1; seed <= CASES; seed++) {
      Random r = new Random(seed);
      Library lib = library(r, 20 + r.nextInt(200));
      Template t = template(r, lib);
      Planner planner = new Planner(lib, new Catalog(Map.of(t.id(), t), Map.of()));
      for (int i = 0; i < 8; i++) {
        Client c = client(r, lib, t.id(), "s" + seed + "c" + i);
        YearMonth month = YearMonth.from(c.startDate()).plusMonths(r.nextInt(4));
        Diagnostics d = new Diagnostics();
        Optional<Program> p = planner.plan(c, month, Optional.empty(), d);
        String where = "seed " + seed + ", client " + c.id();
        if (p.isEmpty()) {
          // only a long block still running in that month may give no program, or a client no
          // drill of the library suits in any slot, which is an error that says so
          assertThat(d.all())
              .as(where)
              .singleElement()
              .satisfies(x -> assertThat(x.message()).satisfiesAnyOf(
                  m -> assertThat(m).contains("is still running in"),
                  m -> {
                    assertThat(x.isError()).isTrue();
                    assertThat(m).contains("no drill in the library suits this client for", "so no handout or"
                        + " log is made");
                  }));
          continue;
        }
        check(p.get(), t, where);
        Program again = planner.plan(c, month, Optional.empty(), new Diagnostics()).orElseThrow();
        assertThat(again).as(where + ": same inputs, same plan").isEqualTo(p.get());
        assertThat(PlanText.format(again)).as(where).isEqualTo(PlanText.format(p.get()));
        if (p.get().block() > 1) {
          Program before =
              planner
                  .plan(c, month.minusMonths(1), Optional.empty(), new Diagnostics())
                  .orElse(null);
          if (before == null || before.block() != p.get().block() - 1) continue;
          org.circuitpress.model.BlockLog log = randomLog(r, before);
          Program logged =
              planner.plan(c, month, Optional.of(log), new Diagnostics()).orElseThrow();
          check(logged, t, where + " with a random log");
          assertThat(planner.plan(c, month, Optional.of(log), new Diagnostics()).orElseThrow())
              .as(where + ": same log, same plan")
              .isEqualTo(logged);
        }
      }
    }
  }

  /** The shipped library and templates for clients with random kits, limitations and levels. */
  @Test
  void invariantsHoldForTheShippedTemplatesAndAnyClient() {
    Library lib = org.circuitpress.input.TestLibrary.shipped();
    org.circuitpress.model.Catalog cat =
        org.circuitpress.input.TemplateReader.readAll(
            java.nio.file.Path.of("templates"), lib, new Diagnostics());
    Planner planner = new Planner(lib, cat);
    String[] kit = {
      "foam roller", "massage ball", "band", "mini band", "kettlebell", "dumbbell", "step", "dowel"
    };
    String[] limits = {
      "shoulder", "low back", "knee", "wrist", "osteoporosis", "pregnancy", "neck", "hip"
    };
    List<String> programs = new ArrayList<>(cat.templates().keySet());
    programs.addAll(cat.tracks().keySet());
    Random r = new Random(42);
    for (int i = 0; i < 400; i++) {
      Map<String, KitItem> items = new LinkedHashMap<>();
      for (String k : kit) {
        if (r.nextBoolean())
          items.put(
              k,
              k.equals("kettlebell")
                  ? new KitItem(k, List.of(8.0, 12.0), Units.KG, List.of())
                  : KitItem.plain(k));
      }
      String program = programs.get(i % programs.size());
      Client c =
          new Client(
              "r" + i,
              "Random " + i,
              program,
              LocalDate.of(2026, 12, 1 + r.nextInt(28)),
              pick(r, Level.values()),
              null,
              null,
              new Kit(items),
              some(r, limits, 4),
              Set.of(),
              r.nextBoolean() ? Units.KG : Units.LB,
              Paper.A4,
              "",
              "",
              AT);
      for (int m = 0; m < 3; m++) {
        YearMonth month = YearMonth.of(2026, 12).plusMonths(m);
        Program p = planner.plan(c, month, Optional.empty(), new Diagnostics()).orElseThrow();
        check(
            p,
            p.template(),
            "client "
                + c.id()
                + " "
                + c.limitations()
                + " "
                + c.equipment().items().keySet()
                + " "
                + month);
        assertThat(p.notes())
            .as(c.id() + ": the shipped library always has a drill")
            .noneMatch(n -> n.message().contains("left out"));
      }
    }
  }

  private static void check(Program p, Template t, String where) {
    Client c = p.client();
    for (Week w : p.weeks()) {
      for (Prescription pr : w.circuit()) {
        assertThat(Eligibility.ruledOut(pr.exercise(), c))
            .as(where + ", week " + w.number() + ", " + pr.exercise().id())
            .isEmpty();
        assertThat(pr.exercise().equipment().groups())
            .as(where)
            .allMatch(g -> g.stream().anyMatch(c.equipment()::has));
        if (pr.load() != null) {
          assertThat(pr.exercise().equipment().names())
              .as(where + ": the load is on the drill's own equipment")
              .contains(pr.load().equipment());
          assertThat(c.equipment().has(pr.load().equipment())).as(where).isTrue();
        }
        assertThat(pr.exercise().level()).as(where).isLessThanOrEqualTo(c.level());
        assertThat(pr.exercise().contraindications())
            .as(where)
            .noneMatch(c.limitations()::contains);
        assertThat(c.exclude()).as(where).doesNotContain(pr.exercise().id());
        assertThat(pr.isSubstitute() == !pr.why().isEmpty())
            .as(where + ": a substitute says why")
            .isTrue();
      }
    }
    for (Phase ph : t.phases()) {
      for (Slot s : ph.slots()) {
        for (Week w : p.weeks()) {
          boolean filled = w.circuit().stream().anyMatch(x -> x.slot().id().equals(s.id()));
          boolean reported =
              p.notes().stream()
                  .anyMatch(
                      n ->
                          n.message().contains("slot " + s.id() + " (")
                              && n.message().contains("left out"));
          assertThat(filled || reported)
              .as(where + ": slot " + s.id() + " filled or reported")
              .isTrue();
        }
      }
    }
    for (Phase ph : t.phases()) {
      for (Slot s : ph.slots()) {
        Prescription last = null;
        for (Week w : p.weeks()) {
          Prescription now =
              w.circuit().stream()
                  .filter(x -> x.slot().id().equals(s.id()))
                  .findFirst()
                  .orElse(null);
          if (now == null || w.deload()) continue;
          if (last != null && last.dose().unit() == now.dose().unit() && !heavier(now, last)) {
            String plan = PlanText.format(p);
            assertThat(now.dose().amount())
                .as(
                    () ->
                        where
                            + ": slot "
                            + s.id()
                            + " week "
                            + w.number()
                            + " dose never decreases\n"
                            + plan
                            + t.rules())
                .isGreaterThanOrEqualTo(last.dose().amount());
          }
          last = now;
        }
      }
    }
  }

  /** A log of a block as a client might fill it: some rounds, some amounts, some effort. */
  private static org.circuitpress.model.BlockLog randomLog(Random r, Program p) {
    List<org.circuitpress.model.LogEntry> entries = new ArrayList<>();
    double share = r.nextDouble();
    Integer rpe = r.nextInt(4) == 0 ? null : 1 + r.nextInt(10);
    for (Week w : p.weeks()) {
      for (int s = 1; s <= w.sessions(); s++) {
        for (int round = 1; round <= w.rounds(); round++) {
          boolean did = r.nextDouble() < share;
          for (Prescription pr : w.circuit()) {
            entries.add(
                new org.circuitpress.model.LogEntry(
                    w.number(),
                    s,
                    round,
                    pr.exercise().id(),
                    null,
                    did ? (double) r.nextInt(pr.dose().amount() + 3) : null,
                    null,
                    did,
                    did ? rpe : null,
                    "",
                    AT));
          }
        }
      }
    }
    return new org.circuitpress.model.BlockLog(p.client().id(), p.block(), "log.xlsx", entries);
  }

  /** Double progression trades reps for load: fewer reps with a heavier load is progress. */
  private static boolean heavier(Prescription now, Prescription before) {
    if (now.load() == null || before.load() == null) return false;
    if (now.load().units() != null) return now.load().amount() > before.load().amount();
    return !now.load().label().equals(before.load().label());
  }

  private static <T> T pick(Random r, T[] from) {
    return from[r.nextInt(from.length)];
  }

  private static Set<String> some(Random r, String[] from, int max) {
    Set<String> out = new LinkedHashSet<>();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) out.add(pick(r, from));
    return out;
  }

  /** Up to two pieces of equipment, now and then one that another piece may stand in for. */
  private static Needs needs(Random r) {
    List<List<String>> groups = new ArrayList<>();
    for (String e : some(r, EQUIPMENT, 2)) {
      groups.add(r.nextInt(3) == 0 ? List.of(e, pick(r, EQUIPMENT)) : List.of(e));
    }
    return new Needs(groups);
  }

  static Library library(Random r, int size) {
    Map<String, Exercise> byId = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      String id = "x" + i;
      List<String> easier = new ArrayList<>();
      List<String> harder = new ArrayList<>();
      if (i > 0 && r.nextInt(3) == 0) easier.add("x" + r.nextInt(i));
      if (i > 0 && r.nextInt(4) == 0)
        harder.add("x" + r.nextInt(i)); // links may point anywhere, even oddly
      Set<String> tags = some(r, TAGS, 3);
      if (r.nextInt(15) == 0) tags.add("fallback");
      byId.put(
          id,
          new Exercise(
              id,
              "Drill " + i,
              pick(r, ROLES),
              tags,
              needs(r),
              pick(r, Level.values()),
              pick(r, DoseUnit.values()),
              r.nextBoolean(),
              false,
              "",
              "",
              some(r, LIMITS, 2),
              easier,
              harder,
              "",
              "",
              AT,
              null));
    }
    return new Library(byId, null);
  }

  static Template template(Random r, Library lib) {
    List<Exercise> all = new ArrayList<>(lib.all());
    List<Phase> phases = new ArrayList<>();
    int slotNo = 0;
    for (int p = 0; p < 1 + r.nextInt(3); p++) {
      List<Slot> slots = new ArrayList<>();
      for (int s = 0; s < 1 + r.nextInt(4); s++) {
        String named = r.nextBoolean() ? all.get(r.nextInt(all.size())).id() : null;
        String role = named != null ? lib.get(named).orElseThrow().role() : pick(r, ROLES);
        DoseUnit unit = pick(r, DoseUnit.values());
        slots.add(
            new Slot(
                "s" + slotNo++,
                role,
                some(r, TAGS, 2),
                named,
                new Dose(1 + r.nextInt(20), unit, r.nextBoolean()),
                r.nextBoolean() ? "3-1-3-1" : "",
                r.nextInt(60),
                r.nextBoolean(),
                AT));
      }
      phases.add(new Phase("p" + p, "Phase " + p, "", slots));
    }
    int weeks = 3 + r.nextInt(4);
    List<WeekRule> rules = new ArrayList<>();
    List<String> targets = new ArrayList<>(List.of("all"));
    phases.forEach(
        ph -> {
          targets.add(ph.id());
          ph.slots().forEach(s -> targets.add(s.id()));
        });
    for (int i = 0; i < r.nextInt(6); i++) {
      int from = 1 + r.nextInt(weeks);
      int to = r.nextBoolean() ? 0 : from + r.nextInt(weeks - from + 1);
      String target = targets.get(r.nextInt(targets.size()));
      rules.add(
          switch (r.nextInt(7)) {
            case 0 ->
                new WeekRule.AddDose(
                    from,
                    to,
                    target,
                    1 + r.nextInt(3),
                    r.nextBoolean() ? 0 : 10 + r.nextInt(20),
                    AT);
            case 1 -> new WeekRule.SetRounds(from, to, target, 1 + r.nextInt(4), AT);
            case 2 -> new WeekRule.SetTempo(from, to, target, "4-1-4-1", AT);
            case 3 -> new WeekRule.Deload(from, from, target, r.nextInt(3), 50 + r.nextInt(30), AT);
            case 4 -> new WeekRule.UseHarder(from, to, target, AT);
            case 5 -> new WeekRule.LoadStep(from, to, target, 1 + r.nextInt(2), AT);
            default ->
                new WeekRule.DoubleProgression(from, to, target, 6, 12, 1 + r.nextInt(3), AT);
          });
    }
    return new Template(
        "t",
        "Random",
        "",
        "",
        weeks,
        1 + r.nextInt(5),
        Set.of(Use.STAND_ALONE),
        1 + r.nextInt(3),
        60,
        phases,
        rules,
        AT);
  }

  static Client client(Random r, Library lib, String program, String id) {
    Map<String, KitItem> kit = new LinkedHashMap<>();
    for (String e : EQUIPMENT) {
      if (!r.nextBoolean()) continue;
      kit.put(
          e,
          switch (e) {
            case "kettlebell", "dumbbell" ->
                r.nextBoolean()
                    ? new KitItem(
                        e,
                        List.of(4.0, 8.0, 12.0).subList(0, 1 + r.nextInt(3)),
                        r.nextBoolean() ? Units.KG : Units.LB,
                        List.of())
                    : KitItem.plain(e);
            case "band" -> new KitItem(e, List.of(), null, List.of("light", "heavy"));
            default -> KitItem.plain(e);
          });
    }
    Set<String> exclude = new LinkedHashSet<>();
    List<Exercise> all = new ArrayList<>(lib.all());
    for (int i = 0; i < r.nextInt(8); i++) exclude.add(all.get(r.nextInt(all.size())).id());
    return new Client(
        id,
        "Client " + id,
        program,
        LocalDate.of(2026, 1 + r.nextInt(12), 1 + r.nextInt(28)),
        pick(r, Level.values()),
        r.nextInt(4) == 0 ? 1 + r.nextInt(8) : null,
        r.nextInt(4) == 0 ? 1 + r.nextInt(7) : null,
        new Kit(kit),
        some(r, LIMITS, 3),
        exclude,
        r.nextBoolean() ? Units.KG : Units.LB,
        Paper.A4,
        "",
        "",
        AT);
  }
}
