package org.circuitpress.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.circuitpress.model.Client;
import org.circuitpress.model.Dose;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Level;
import org.circuitpress.model.Load;
import org.circuitpress.model.Location;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Phase;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Slot;
import org.circuitpress.model.Template;
import org.circuitpress.model.Units;
import org.circuitpress.model.Use;
import org.circuitpress.model.Week;

/**
 * Hand-built records for tests of the stages after the planner: the upper-back circuit for one
 * client over four weeks, 2 rounds rising to 3, built without reading any file.
 */
public final class Fixtures {
  private Fixtures() {}

  private static final Location HERE = Location.ofFile("fixture");

  public static Client client(String id, String name, Paper paper, Units units) {
    return client(id, name, paper, units, LocalDate.of(2026, 12, 7));
  }

  public static Client client(String id, String name, Paper paper, Units units, LocalDate start) {
    return client(id, name, paper, units, start, units);
  }

  /** {@link #client}, whose kettlebells of 8, 12 and 16 are marked in {@code bells}. */
  private static Client client(String id, String name, Paper paper, Units units, LocalDate start, Units bells) {
    Kit kit =
        new Kit(
            Map.of(
                "foam roller", KitItem.plain("foam roller"),
                "band", new KitItem("band", List.of(), null, List.of("light", "medium", "heavy")),
                "kettlebell", new KitItem("kettlebell", List.of(8.0, 12.0, 16.0), bells, List.of())));
    return new Client(
        id, name, "upper-back-mobility", start, Level.INTERMEDIATE, 4, 3, kit,
        Set.of(), Set.of(), units, paper, "Desk job; keep step 3 slow.", "", Location.ofRow("roster.csv", null, 2));
  }

  public static Exercise exercise(String id, String name, String role, DoseUnit unit, boolean perSide,
      Set<String> equipment, String tempo, String cues, String video) {
    return new Exercise(id, name, role, Set.of("t spine"), equipment, Level.BEGINNER, unit, perSide,
        tempo, cues, Set.of(), List.of(), List.of(), video, "", HERE, null);
  }

  private static Slot slot(String id, String role, Dose dose, String tempo) {
    return new Slot(id, role, Set.of("t spine"), null, dose, tempo, 0, false, HERE);
  }

  /** The method's eight drills, in circuit order, with their doses. */
  public static List<Object[]> drills() {
    return List.of(
        new Object[] {"1", "breathing", "breathing-90-90", "90/90 supine breathing", DoseUnit.BREATHS, false, 10, Set.of(), "", "Slow exhale through the mouth until the ribs drop.", "https://example.org/v/90-90"},
        new Object[] {"1", "soft-tissue", "roll-lats", "Foam roll lats", DoseUnit.SECONDS, true, 30, Set.of("foam roller"), "", "Roll from armpit to mid-ribs; pause on tender spots.", ""},
        new Object[] {"1", "soft-tissue", "roll-pecs", "Foam roll pec minor and major", DoseUnit.SECONDS, true, 30, Set.of("foam roller"), "", "Face down, roller under the front of the shoulder.", ""},
        new Object[] {"1", "soft-tissue", "roll-rhomboids", "Foam roll rhomboids", DoseUnit.SECONDS, false, 30, Set.of("foam roller"), "", "Hug yourself to open the shoulder blades.", ""},
        new Object[] {"2", "mobility", "tspine-extension", "Foam roller T-spine extension", DoseUnit.REPS, false, 12, Set.of("foam roller"), "", "Hands behind head; arc back over the roller and breathe out.", "https://example.org/v/ext"},
        new Object[] {"2", "mobility", "sidelying-rotation", "Side-lying extension rotation", DoseUnit.REPS, true, 10, Set.of("foam roller"), "", "Knee pinned on the roller; open the top arm and follow it with your eyes.", ""},
        new Object[] {"3", "strength", "band-pulldown", "Band straight-arm lat pulldown", DoseUnit.REPS, false, 15, Set.of("band"), "3-1-3-1", "Arms long; pull the band to the hips, ribs down.", ""},
        new Object[] {"3", "strength", "kb-windmill", "Kettlebell windmill", DoseUnit.REPS, true, 8, Set.of("kettlebell"), "3-1-3-1", "Eyes on the bell; hinge sideways, do not bend.", "https://example.org/v/windmill"});
  }

  public static Template template() {
    List<Phase> phases = new ArrayList<>();
    String[][] names = {
      {"1", "Decrease neural tone", "Calm the muscles around the upper back so the next step meets less resistance."},
      {"2", "Mobilize the restriction", "Move the spine slowly into extension and rotation; pause and breathe where it feels stuck."},
      {"3", "Integrate and strengthen", "Slow, controlled work in the new range teaches your body to keep it."}};
    for (String[] n : names) {
      List<Slot> slots = new ArrayList<>();
      for (Object[] d : drills()) {
        if (d[0].equals(n[0])) {
          slots.add(slot((String) d[2], (String) d[1], new Dose((Integer) d[6], (DoseUnit) d[4], (Boolean) d[5]), (String) d[8]));
        }
      }
      phases.add(new Phase(n[0], n[1], n[2], slots));
    }
    return new Template("upper-back-mobility", "Upper-back mobility", "Restore extension and rotation of the thoracic spine.",
        "Move your upper back freely again: more extension and rotation.", 4, 3, Set.of(Use.WARM_UP, Use.STAND_ALONE),
        2, 60, phases, List.of(), HERE);
  }

  /** Four weeks, 3 sessions each, rounds 2-2-3-3, reps +1 a week, week 4 no deload. */
  public static Program program(Client client) {
    return program(client, kg -> new Load("kettlebell", kg, client.units(), kg + " " + client.units().symbol()));
  }

  /**
   * {@link #program()} for a client in lb whose kettlebells are marked in kg, printed as the planner
   * prints them: "8 kg (18 lb)".
   */
  public static Program kilogramBellsInPounds() {
    Client c = client("c-001", "Zoë Łukasz-Núñez", Paper.LETTER, Units.LB, LocalDate.of(2026, 12, 7), Units.KG);
    return program(c, kg -> new Load("kettlebell", kg, Units.KG, kg + " kg (" + (kg == 8 ? 18 : 26) + " lb)"));
  }

  /** {@link #program(Client)} with the windmill's load of 8, then 12 from week 3, as {@code load} gives it. */
  private static Program program(Client client, java.util.function.IntFunction<Load> load) {
    Template t = template();
    List<Week> weeks = new ArrayList<>();
    for (int w = 1; w <= 4; w++) {
      LocalDate start = client.startDate().plusWeeks(w - 1);
      List<PhaseBlock> blocks = new ArrayList<>();
      for (Phase p : t.phases()) {
        List<Prescription> items = new ArrayList<>();
        for (Slot s : p.slots()) {
          Object[] d = drills().stream().filter(x -> x[2].equals(s.id())).findFirst().orElseThrow();
          @SuppressWarnings("unchecked")
          Exercise e = exercise(s.id(), (String) d[3], s.role(), (DoseUnit) d[4], (Boolean) d[5], (Set<String>) d[7], (String) d[8], (String) d[9], (String) d[10]);
          int amount = s.dose().amount() + (s.dose().unit() == DoseUnit.REPS ? w - 1 : 0);
          Load windmill = s.id().equals("kb-windmill") ? load.apply(w < 3 ? 8 : 12) : null;
          items.add(new Prescription(s, e, s.dose().withAmount(amount), s.tempo(), s.restSeconds(), windmill, null, ""));
        }
        blocks.add(new PhaseBlock(p, items));
      }
      weeks.add(new Week(w, start, false, w < 3 ? 2 : 3, List.of(start, start.plusDays(2), start.plusDays(4)), blocks));
    }
    return new Program(client, t, 1, null, client.startDate(), client.startDate().plusWeeks(4).minusDays(1), weeks, List.of());
  }

  public static Program program() {
    return program(client("c-001", "Zoë Łukasz-Núñez", Paper.A4, Units.KG));
  }

  /** {@link #program()} with a bell in each hand for the windmill, its load printed "8 kg each hand". */
  public static Program bellInEachHand() {
    Program p = program();
    List<Week> weeks = new ArrayList<>();
    for (Week w : p.weeks()) {
      List<PhaseBlock> blocks = new ArrayList<>();
      for (PhaseBlock pb : w.phases()) {
        blocks.add(new PhaseBlock(pb.phase(), pb.items().stream().map(x -> x.load() == null ? x
            : new Prescription(x.slot(), inEachHand(x.exercise()), x.dose(), x.tempo(), x.restSeconds(), x.load(),
                x.substituteFor(), x.why())).toList()));
      }
      weeks.add(new Week(w.number(), w.start(), w.deload(), w.rounds(), w.sessionDates(), blocks));
    }
    return new Program(p.client(), p.template(), p.block(), p.trackId(), p.start(), p.end(), weeks, p.notes());
  }

  private static Exercise inEachHand(Exercise e) {
    return new Exercise(e.id(), e.name(), e.role(), e.tags(), e.equipment(), e.level(), e.dose(), e.perSide(), true,
        e.tempo(), e.cues(), e.contraindications(), e.easier(), e.harder(), e.videoUrl(), e.image(), e.where(),
        e.imageAt(), e.nameAt(), e.cuesAt());
  }

  /**
   * The fixture for a US client whose kit lists bands without colours, as a roster's "resistance
   * bands" does, with the pulldown on the light band the planner gives then.
   */
  public static Program bandsWithoutColours() {
    return bandsGraded(List.of());
  }

  /** As {@link #bandsWithoutColours()}, with the client's band in these grades (none: the usual three). */
  public static Program bandsGraded(List<String> grades) {
    Client c = client("tom-w", "Tom Walker", Paper.LETTER, Units.LB);
    Map<String, KitItem> kit = new java.util.LinkedHashMap<>(c.equipment().items());
    kit.put("band", new KitItem("band", List.of(), null, grades));
    Client client = new Client(c.id(), c.name(), c.program(), c.startDate(), c.level(), c.weeks(),
        c.sessionsPerWeek(), new Kit(kit), c.limitations(), c.exclude(), c.units(), c.paper(), c.notes(),
        c.email(), c.where());
    Program p = program(client);
    List<Week> weeks = p.weeks().stream().map(w -> new Week(w.number(), w.start(), w.deload(), w.rounds(),
        w.sessionDates(), w.phases().stream().map(b -> new PhaseBlock(b.phase(), b.items().stream()
            .map(rx -> rx.exercise().id().equals("band-pulldown") ? new Prescription(rx.slot(), rx.exercise(),
                rx.dose(), rx.tempo(), rx.restSeconds(), new Load("band", 0, null, "light band"), null, "") : rx)
            .toList())).toList())).toList();
    return new Program(client, p.template(), p.block(), null, p.start(), p.end(), weeks, List.of());
  }
}
