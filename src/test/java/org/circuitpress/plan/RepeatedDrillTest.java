package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Level;
import org.circuitpress.model.Library;
import org.circuitpress.model.Program;
import org.circuitpress.model.Slot;
import org.circuitpress.model.Template;
import org.circuitpress.model.Units;
import org.circuitpress.model.Week;
import org.circuitpress.testing.SampleInputs;
import org.junit.jupiter.api.Test;

/**
 * Found in review: with a small library or many limitations the planner gave a client the same
 * drill twice in a session and told the trainer nothing; and it did so at times when another drill
 * that shares the slot's aim was free. Now another drill is given where one fits, and otherwise a
 * plan note names the drill, the steps and why no other drill fits.
 */
class RepeatedDrillTest {
  private static Exercise drill(String id, String tags, String contra, String easier) {
    return PlanFixtures.ex(id, "mobility", tags, "", Level.BEGINNER, DoseUnit.REPS, true, contra, easier, "");
  }

  private static Slot byRole(String id, String tags, boolean levelVariants) {
    return PlanFixtures.slot(id, "mobility", tags, null, 8, DoseUnit.REPS, true, "", levelVariants);
  }

  /** Two slots that want the same: a drill of t-spine rotation. */
  private static final List<Slot> TWO_TURNS =
      List.of(byRole("turn", "t-spine; rotation", false), byRole("open", "t-spine; rotation", false));

  private static Program plan(List<Slot> slots, Client client, Exercise... drills) {
    Map<String, Exercise> byId = new LinkedHashMap<>();
    for (Exercise e : drills) byId.put(e.id(), e);
    Template t = PlanFixtures.oneOff(4, slots);
    Planner planner = new Planner(new Library(byId, null), new Catalog(Map.of(t.id(), t), Map.of()));
    return PlanFixtures.firstBlock(planner, client);
  }

  private static Client client(Level level, String limitations) {
    Client c = PlanFixtures.onOneOff(level, Kit.NONE, Units.KG);
    return new Client(c.id(), c.name(), c.program(), c.startDate(), c.level(), c.weeks(), c.sessionsPerWeek(),
        c.equipment(), PlanFixtures.set(limitations), Set.of(), c.units(), c.paper(), c.notes(), c.email(),
        c.where());
  }

  private static List<String> drills(Week w) {
    return w.circuit().stream().map(x -> x.exercise().id()).toList();
  }

  @Test
  void aDrillGivenTwiceBecauseNothingElseFitsIsNamedInAPlanNote() {
    Program p = plan(TWO_TURNS, client(Level.INTERMEDIATE, "wrist"),
        drill("open-book", "t-spine; rotation", "", ""), drill("thread-needle", "t-spine; rotation", "wrist", ""));
    assertThat(p.weeks()).allSatisfy(w -> assertThat(drills(w)).containsExactly("open-book", "open-book"));
    assertThat(p.notes()).extracting(Diagnostic::message).contains("One-off Intermediate (o-Intermediate): open book"
        + " is in each session twice, in step 1 (Main: slots turn and open), every week, because no other drill"
        + " with the role mobility fits: the one other is ruled out by the client's limitations (wrist). Add a drill"
        + " to the library, or choose one by hand");
  }

  @Test
  void aSlotFilledByItsRoleTakesAnotherDrillOfItsAimRatherThanRepeatTheBest() {
    Program p = plan(TWO_TURNS, client(Level.INTERMEDIATE, ""),
        drill("open-book", "t-spine; rotation", "", ""), drill("side-reach", "rotation", "", ""),
        drill("calf-stretch", "ankle", "", ""));
    assertThat(p.weeks()).allSatisfy(w -> assertThat(drills(w)).containsExactly("open-book", "side-reach"));
    assertThat(p.notes()).extracting(Diagnostic::message).noneMatch(m -> m.contains("in each session"));
  }

  @Test
  void aLevelVariantThatAnotherSlotGivesLeavesTheSlotOnItsOwnDrill() {
    // a beginner's "reach" would take the easier variant of thoracic-reach, which "turn" gives
    Program p = plan(List.of(byRole("turn", "t-spine; rotation", false), byRole("reach", "t-spine; extension", true)),
        client(Level.BEGINNER, ""),
        drill("open-book", "t-spine; rotation", "", ""), drill("thoracic-reach", "t-spine; extension", "", "open-book"));
    assertThat(p.weeks()).allSatisfy(w -> assertThat(drills(w)).containsExactly("open-book", "thoracic-reach"));
    assertThat(p.notes()).extracting(Diagnostic::message).contains("One-off Beginner (o-Beginner): slot reach: open"
        + " book, the variant for the client's level, is already in the circuit, so thoracic reach is given");
  }

  private static Slot named(String id, String tags, String exercise, boolean levelVariants) {
    return PlanFixtures.slot(id, "mobility", tags, exercise, 8, DoseUnit.REPS, true, "", levelVariants);
  }

  /** "turn" gives open-book; a beginner's "reach" would give thoracic-reach's easier variant, open-book. */
  private static final List<Slot> TURN_THEN_REACH = List.of(named("turn", "t-spine; rotation", "open-book", false),
      named("reach", "t-spine; extension", "thoracic-reach", true));

  private static Exercise thoracicReach(Level level) {
    return PlanFixtures.ex("thoracic-reach", "mobility", "t-spine; extension", "", level, DoseUnit.REPS, true, "",
        "open-book", "");
  }

  @Test
  void aNamedSlotsLevelVariantThatAnotherSlotGivesLeavesTheSlotOnItsNamedDrill() {
    Exercise[] drills = {drill("open-book", "t-spine; rotation", "", ""), thoracicReach(Level.BEGINNER),
        drill("cat-cow", "t-spine; extension", "", "")};
    Program p = plan(TURN_THEN_REACH, client(Level.BEGINNER, ""), drills);
    assertThat(p.weeks()).allSatisfy(w -> assertThat(drills(w)).containsExactly("open-book", "thoracic-reach"));
    assertThat(p.notes()).extracting(Diagnostic::message).contains("One-off Beginner (o-Beginner): slot reach: open"
        + " book, the variant for the client's level, is already in the circuit, so thoracic reach is given")
        .noneMatch(m -> m.contains("in each session"));
    Program reachFirst = plan(List.of(TURN_THEN_REACH.get(1), TURN_THEN_REACH.get(0)), client(Level.BEGINNER, ""),
        drills);
    assertThat(reachFirst.weeks()).as("the slot with the level variant gives way, wherever it is")
        .allSatisfy(w -> assertThat(drills(w)).containsExactly("thoracic-reach", "open-book"));
  }

  @Test
  void aNamedDrillAboveTheClientsLevelLeavesAnotherDrillOfTheSlotsAim() {
    Program p = plan(TURN_THEN_REACH, client(Level.BEGINNER, ""), drill("open-book", "t-spine; rotation", "", ""),
        thoracicReach(Level.INTERMEDIATE), drill("cat-cow", "t-spine; extension", "", ""));
    assertThat(p.weeks()).allSatisfy(w -> assertThat(drills(w)).containsExactly("open-book", "cat-cow"));
    assertThat(p.weeks().get(0).circuit().get(1).substituteFor()).isEqualTo("thoracic-reach");
    assertThat(p.notes()).extracting(Diagnostic::message).contains("One-off Beginner (o-Beginner): slot reach: cat"
        + " cow given because at the client's level the slot's thoracic reach becomes open book, which another slot"
        + " of the circuit already gives, and thoracic reach is an intermediate drill, above the client's level"
        + " (beginner); a drill with the same role and aim instead")
        .noneMatch(m -> m.contains("in each session"));
  }

  @Test
  void aLevelVariantWithNothingElseToGiveStaysAndTheRepeatIsNoted() {
    Program p = plan(TURN_THEN_REACH, client(Level.BEGINNER, ""), drill("open-book", "t-spine; rotation", "", ""),
        thoracicReach(Level.INTERMEDIATE));
    assertThat(p.weeks()).allSatisfy(w -> assertThat(drills(w)).containsExactly("open-book", "open-book"));
    assertThat(p.notes()).extracting(Diagnostic::message).anyMatch(m -> m.contains("open book is in each session twice"));
  }

  /**
   * Libraries of a third to four fifths of the sample's drills (as a trainer starting out might
   * have), with random kits, levels and limitations, on every shipped template: whenever a session
   * holds a drill twice, a plan note says so.
   */
  @Test
  void everyDrillGivenTwiceInASessionIsNamedInAPlanNote() {
    SampleInputs in = SampleInputs.read();
    java.util.Random rnd = new java.util.Random(7);
    String[] kit = {"foam roller", "massage ball", "band", "mini band", "kettlebell", "dumbbell", "step", "dowel"};
    String[] limits = {"shoulder", "low back", "knee", "wrist", "pregnancy", "osteoporosis"};
    List<String> silent = new java.util.ArrayList<>();
    int repeats = 0;
    for (int i = 0; i < 80; i++) {
      Map<String, Exercise> byId = new LinkedHashMap<>();
      double keep = 0.3 + rnd.nextDouble() * 0.5;
      for (Exercise e : in.library().all()) if (rnd.nextDouble() < keep) byId.put(e.id(), e);
      Planner planner = new Planner(new Library(byId, null), in.catalog());
      Map<String, KitItem> items = new LinkedHashMap<>();
      for (String k : kit) if (rnd.nextBoolean()) items.put(k, KitItem.plain(k));
      Set<String> lim = new java.util.TreeSet<>();
      for (String l : limits) if (rnd.nextInt(4) == 0) lim.add(l);
      Level level = Level.values()[rnd.nextInt(3)];
      for (String program : in.catalog().templates().keySet()) {
        Client c0 = in.clients().get(0);
        Client c = new Client("r" + i, "R", program, c0.startDate(), level, 4, 3, new Kit(items), lim, Set.of(),
            c0.units(), c0.paper(), "", "", c0.where());
        Optional<Program> p = planner.plan(c, null, Optional.empty(), new Diagnostics());
        if (p.isEmpty()) continue;
        for (Week w : p.get().weeks()) {
          Map<String, Long> counts = w.circuit().stream().collect(
              java.util.stream.Collectors.groupingBy(x -> x.exercise().name(), java.util.stream.Collectors.counting()));
          for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() < 2) continue;
            repeats++;
            boolean said = p.get().notes().stream().anyMatch(n -> n.message().contains(e.getKey() + " is in each session"));
            if (!said) silent.add(program + " " + level + " " + lim + " week " + w.number() + ": " + e.getKey());
          }
        }
      }
    }
    assertThat(repeats).as("sessions with a drill twice").isGreaterThan(100);
    assertThat(silent).isEmpty();
  }
}
