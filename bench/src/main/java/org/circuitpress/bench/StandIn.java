package org.circuitpress.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.circuitpress.model.Client;
import org.circuitpress.model.Dose;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Level;
import org.circuitpress.model.Load;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
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
 * A minimal roster reader and planner used only when the product's own are not available (the
 * benchmark was written before they landed): it reads the synthetic CSV roster and builds the
 * method's circuit as the fixture of the tests does. Its programs have the size and shape of the
 * real ones, which is all the renderers' timings need.
 */
public final class StandIn {
  private StandIn() {}

  private static final Location HERE = Location.ofFile("bench");

  public static List<Client> read(Path csv) throws IOException {
    List<Client> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      int row = 1;
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        row++;
        Units units = Units.parse(rec.get("units")).orElse(Units.KG);
        out.add(
            new Client(
                rec.get("client_id"), rec.get("name"), rec.get("program"),
                LocalDate.parse(rec.get("start_date")), Level.parse(rec.get("level")).orElse(Level.BEGINNER),
                intOrNull(rec.get("weeks")), intOrNull(rec.get("sessions_per_week")),
                kit(rec.get("equipment"), units), tags(rec.get("limitations")), Set.of(), units,
                Paper.parse(rec.get("paper")).orElse(Paper.A4), rec.get("notes"), rec.get("email"),
                Location.ofRow(csv.getFileName().toString(), null, row)));
      }
    }
    return out;
  }

  /** Each row's client id and name, in file order. */
  static List<String[]> rows(Path csv) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        out.add(new String[] {rec.get("client_id"), rec.get("name")});
      }
    }
    return out;
  }

  private static Integer intOrNull(String s) {
    return s.isBlank() ? null : Integer.valueOf(s.strip());
  }

  private static Set<String> tags(String s) {
    Set<String> t = new java.util.LinkedHashSet<>();
    for (String p : s.split(";")) if (!p.isBlank()) t.add(Names.tag(p));
    return t;
  }

  /** "foam roller; band light/medium; kettlebell 8/12 kg". */
  static Kit kit(String s, Units units) {
    Map<String, KitItem> items = new LinkedHashMap<>();
    for (String part : s.split(";")) {
      String p = part.strip();
      if (p.isEmpty()) continue;
      String[] words = p.split(" ");
      if (words.length >= 3 && words[words.length - 2].matches("[0-9/.]+")) {
        String name = Names.tag(String.join(" ", java.util.Arrays.copyOf(words, words.length - 2)));
        List<Double> loads = new ArrayList<>();
        for (String x : words[words.length - 2].split("/")) loads.add(Double.valueOf(x));
        items.put(name, new KitItem(name, loads, Units.parse(words[words.length - 1]).orElse(units), List.of()));
      } else if (words.length >= 2 && words[words.length - 1].contains("/")) {
        String name = Names.tag(String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)));
        items.put(name, new KitItem(name, List.of(), null, List.of(words[words.length - 1].split("/"))));
      } else {
        items.put(Names.tag(p), KitItem.plain(p));
      }
    }
    return new Kit(items);
  }

  private record Drill(String phase, String role, String id, String name, DoseUnit unit, boolean perSide,
      int amount, String needs, String tempo, String cues, String video) {}

  private static final List<Drill> DRILLS = List.of(
      new Drill("1", "breathing", "breathing-90-90", "90/90 supine breathing", DoseUnit.BREATHS, false, 10, "", "", "Slow exhale through the mouth until the ribs drop.", "https://example.org/v/90-90"),
      new Drill("1", "soft-tissue", "roll-lats", "Foam roll lats", DoseUnit.SECONDS, true, 30, "foam roller", "", "Roll from armpit to mid-ribs; pause on tender spots.", ""),
      new Drill("1", "soft-tissue", "roll-pecs", "Foam roll pec minor and major", DoseUnit.SECONDS, true, 30, "foam roller", "", "Face down, roller under the front of the shoulder.", ""),
      new Drill("1", "soft-tissue", "roll-rhomboids", "Foam roll rhomboids", DoseUnit.SECONDS, false, 30, "foam roller", "", "Hug yourself to open the shoulder blades.", ""),
      new Drill("2", "mobility", "tspine-extension", "Foam roller T-spine extension", DoseUnit.REPS, false, 12, "foam roller", "", "Hands behind head; arc back over the roller and breathe out.", "https://example.org/v/ext"),
      new Drill("2", "mobility", "sidelying-rotation", "Side-lying extension rotation", DoseUnit.REPS, true, 10, "foam roller", "", "Knee pinned on the roller; open the top arm and follow it with your eyes.", ""),
      new Drill("3", "strength", "band-pulldown", "Band straight-arm lat pulldown", DoseUnit.REPS, false, 15, "band", "3-1-3-1", "Arms long; pull the band to the hips, ribs down.", ""),
      new Drill("3", "strength", "kb-windmill", "Kettlebell windmill", DoseUnit.REPS, true, 8, "kettlebell", "3-1-3-1", "Eyes on the bell; hinge sideways, do not bend.", "https://example.org/v/windmill"));

  private static final Exercise FLOOR_SUB = new Exercise("open-book", "Side-lying open book (no roller)", "mobility",
      Set.of("t spine"), Set.of(), Level.BEGINNER, DoseUnit.REPS, true, "", "Stack the knees; let the top arm open to the floor and breathe.", Set.of(), List.of(), List.of(), "", "", HERE, HERE);

  static final Template TEMPLATE = template();

  private static Template template() {
    String[][] names = {
      {"1", "Decrease neural tone", "Calm the muscles around the upper back so the next step meets less resistance."},
      {"2", "Mobilize the restriction", "Move the spine slowly into extension and rotation; pause and breathe where it feels stuck."},
      {"3", "Integrate and strengthen", "Slow, controlled work in the new range teaches your body to keep it."}};
    List<Phase> phases = new ArrayList<>();
    for (String[] n : names) {
      List<Slot> slots = new ArrayList<>();
      for (Drill d : DRILLS) {
        if (d.phase.equals(n[0])) {
          slots.add(new Slot(d.id, d.role, Set.of("t spine"), d.id, new Dose(d.amount, d.unit, d.perSide), d.tempo, 0, false, HERE));
        }
      }
      phases.add(new Phase(n[0], n[1], n[2], slots));
    }
    return new Template("upper-back-mobility", "Upper-back mobility", "Restore extension and rotation of the thoracic spine.",
        "Move your upper back freely again: more extension and rotation.", 4, 3, Set.of(Use.WARM_UP, Use.STAND_ALONE),
        2, 60, phases, List.of(), HERE);
  }

  public static Program plan(Client c) {
    int weeks = c.weeks() == null ? 4 : c.weeks();
    int sessions = c.sessionsPerWeek() == null ? 3 : c.sessionsPerWeek();
    List<Week> out = new ArrayList<>();
    for (int w = 1; w <= weeks; w++) {
      LocalDate start = c.startDate().plusWeeks(w - 1);
      List<PhaseBlock> blocks = new ArrayList<>();
      for (Phase p : TEMPLATE.phases()) {
        List<Prescription> items = new ArrayList<>();
        for (Slot s : p.slots()) items.add(prescribe(c, s, w));
        blocks.add(new PhaseBlock(p, items));
      }
      List<LocalDate> dates = new ArrayList<>();
      for (int k = 0; k < sessions; k++) dates.add(start.plusDays(k * 7L / sessions));
      out.add(new Week(w, start, false, w <= weeks / 2 ? 2 : 3, dates, blocks));
    }
    return new Program(c, TEMPLATE, 1, null, c.startDate(), c.startDate().plusWeeks(weeks).minusDays(1), out, List.of());
  }

  private static Prescription prescribe(Client c, Slot s, int week) {
    Drill d = DRILLS.stream().filter(x -> x.id.equals(s.id())).findFirst().orElseThrow();
    boolean allowed = d.needs.isEmpty() || c.equipment().has(d.needs);
    Exercise e = allowed
        ? new Exercise(d.id, d.name, d.role, Set.of("t spine"), d.needs.isEmpty() ? Set.of() : Set.of(d.needs), Level.BEGINNER,
            d.unit, d.perSide, d.tempo, d.cues, Set.of(), List.of(), List.of(), d.video, "", HERE, HERE)
        : FLOOR_SUB;
    int amount = s.dose().amount() + (e.dose() == DoseUnit.REPS ? week - 1 : 0);
    Load load = null;
    if (allowed && d.needs.equals("kettlebell")) {
      KitItem k = c.equipment().item("kettlebell").orElseThrow();
      if (!k.loads().isEmpty()) {
        double kg = k.loads().get(Math.min(k.loads().size() - 1, (week - 1) / 2));
        load = new Load("kettlebell", kg, k.unit(), (int) kg + " " + k.unit().symbol());
      }
    }
    return new Prescription(s, e, new Dose(amount, e.dose(), e.perSide()), allowed ? s.tempo() : "", s.restSeconds(), load,
        allowed ? null : d.id, allowed ? "" : "No " + d.needs + ": a floor version instead.");
  }
}
