package org.circuitpress.plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.circuitpress.input.RosterReader;
import org.circuitpress.input.TemplateReader;
import org.circuitpress.input.TestLibrary;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Level;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.circuitpress.model.Needs;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;
import org.circuitpress.model.Units;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shipped template planned for a fixed set of clients (every level, kit and limitation the
 * library has substitutes for), and the upper-back track over four months, compared with golden
 * text files. {@code -Dgolden.update=true} rewrites them.
 */
class GoldenPlansTest {
  static final Library LIB = TestLibrary.shipped();
  static final Catalog CAT = TemplateReader.readAll(Path.of("templates"), LIB, new Diagnostics());

  static Kit kit(String... items) {
    Map<String, KitItem> m = new LinkedHashMap<>();
    for (String i : items) {
      KitItem k =
          switch (i) {
            case "band" ->
                new KitItem("band", List.of(), null, List.of("light", "medium", "heavy"));
            case "kettlebell" ->
                new KitItem("kettlebell", List.of(8.0, 12.0, 16.0), Units.KG, List.of());
            case "kettlebell lb" ->
                new KitItem("kettlebell", List.of(18.0, 26.0, 35.0), Units.LB, List.of());
            case "dumbbell" ->
                new KitItem("dumbbell", List.of(4.0, 6.0, 8.0, 10.0), Units.KG, List.of());
            default -> KitItem.plain(i);
          };
      m.put(k.name(), k);
    }
    return new Kit(m);
  }

  static Client client(
      int row,
      String id,
      String name,
      String program,
      Level level,
      Kit kit,
      String limits,
      Units units) {
    Set<String> lim =
        limits.isEmpty()
            ? Set.of()
            : Set.of(limits.split(";")).stream()
                .map(Names::tag)
                .collect(java.util.stream.Collectors.toSet());
    return new Client(
        id,
        name,
        program,
        LocalDate.of(2026, 12, 7),
        level,
        null,
        null,
        kit,
        lim,
        Set.of(),
        units,
        units == Units.LB ? Paper.LETTER : Paper.A4,
        "",
        "",
        Location.ofRow("roster.csv", null, row));
  }

  /** Six clients that between them meet every substitute path of the shipped library. */
  static List<Client> clients(String program) {
    return List.of(
        client(
            2,
            "g-full",
            "Zoë Full-Kit",
            program,
            Level.INTERMEDIATE,
            kit(
                "foam roller",
                "massage ball",
                "band",
                "mini band",
                "kettlebell",
                "dumbbell",
                "step",
                "dowel"),
            "",
            Units.KG),
        client(3, "g-none", "Łukasz No-Kit", program, Level.BEGINNER, Kit.NONE, "", Units.KG),
        client(
            4,
            "g-shoulder",
            "María Shoulder",
            program,
            Level.ADVANCED,
            kit("foam roller", "band", "kettlebell lb"),
            "shoulder",
            Units.LB),
        client(
            5,
            "g-back",
            "Priya Low-Back",
            program,
            Level.INTERMEDIATE,
            kit("band", "dumbbell"),
            "low back",
            Units.KG),
        client(
            6,
            "g-bones",
            "Henrik Osteo",
            program,
            Level.BEGINNER,
            kit("foam roller"),
            "osteoporosis; wrist",
            Units.KG),
        client(
            7,
            "g-preg",
            "Chloé Pregnant",
            program,
            Level.INTERMEDIATE,
            kit("massage ball", "band"),
            "pregnancy; knee",
            Units.KG));
  }

  static String plans(List<Client> clients, YearMonth month) {
    return plans(new Planner(LIB, CAT), clients, month);
  }

  static String plans(Planner planner, List<Client> clients, YearMonth month) {
    StringBuilder sb = new StringBuilder();
    for (Client c : clients) {
      Diagnostics d = new Diagnostics();
      Optional<Program> p = planner.plan(c, month, Optional.empty(), d);
      sb.append("=".repeat(78)).append('\n');
      if (p.isPresent()) sb.append(PlanText.format(p.get()));
      d.all().forEach(x -> sb.append("diagnostic: ").append(x.format()).append('\n'));
    }
    return sb.toString();
  }

  @TestFactory
  List<DynamicTest> everyShippedTemplateForEveryKindOfClient() {
    return CAT.templates().keySet().stream()
        .map(
            id ->
                DynamicTest.dynamicTest(
                    id, () -> Golden.check("templates/" + id + ".txt", plans(clients(id), null))))
        .toList();
  }

  /**
   * The shipped library with each drill that needs a kettlebell taking a dumbbell instead
   * ("kettlebell or dumbbell"), for the same clients: the one with dumbbells and no kettlebell gets
   * those drills with dumbbell loads, the one with both keeps the kettlebell, and one with neither
   * is told both choices.
   */
  @TestFactory
  List<DynamicTest> aLibraryOfferingAChoiceOfEquipment() {
    Map<String, Exercise> byId = new LinkedHashMap<>();
    for (Exercise e : LIB.all()) {
      Needs n = new Needs(e.equipment().groups().stream()
          .map(g -> g.equals(List.of("kettlebell")) ? List.of("kettlebell", "dumbbell") : g)
          .toList());
      byId.put(e.id(), new Exercise(e.id(), e.name(), e.role(), e.tags(), n, e.level(), e.dose(), e.perSide(),
          e.eachHand(), e.tempo(), e.cues(), e.contraindications(), e.easier(), e.harder(), e.videoUrl(), e.image(), e.where(),
          e.imageAt()));
    }
    Planner planner = new Planner(new Library(byId, null), CAT);
    return List.of("upper-back-mobility", "full-body-strength").stream()
        .map(id -> DynamicTest.dynamicTest(id,
            () -> Golden.check("choices/" + id + ".txt", plans(planner, clients(id), null))))
        .toList();
  }

  /**
   * Found in a review by a US trainer: a client who owns only dumbbells got a bodyweight squat for
   * the kettlebell goblet squat, the drill's easier link, and its reps stayed at 12, though the
   * library has a dumbbell goblet squat. Now a drill of the same job with the client's own
   * equipment comes first. The second client's knee rules out both goblet squats, so a drill
   * without equipment is still given; the beginner's hinge stays the wall hip hinge, since the
   * dumbbell Romanian deadlift is above a beginner's level.
   */
  @Test
  void clientsWhoOwnOnlyDumbbells() {
    Kit pounds = new Kit(Map.of("dumbbell", new KitItem("dumbbell",
        List.of(10.0, 15.0, 20.0, 25.0, 30.0, 35.0, 40.0, 45.0, 50.0), Units.LB, List.of())));
    List<Client> clients = List.of(
        client(2, "kevin-l", "Kevin Lee", "full-body-strength", Level.BEGINNER, pounds, "", Units.LB),
        client(3, "g-knee", "Ines Knee", "full-body-strength", Level.INTERMEDIATE, kit("dumbbell"), "knee", Units.KG));
    Golden.check("kit/only-dumbbells.txt", plans(clients, null));
  }

  /** The sample roster of {@code input/}, its first blocks and the two months after. */
  @TestFactory
  List<DynamicTest> theSampleRoster() {
    Diagnostics d = new Diagnostics();
    List<Client> roster = RosterReader.read(Path.of("input", "csv", "roster.csv"), LIB, CAT, d);
    org.assertj.core.api.Assertions.assertThat(d.all())
        .as("the sample roster reads cleanly")
        .isEmpty();
    org.assertj.core.api.Assertions.assertThat(roster).hasSizeGreaterThanOrEqualTo(12);
    List<DynamicTest> out = new java.util.ArrayList<>();
    out.add(
        DynamicTest.dynamicTest(
            "first blocks", () -> Golden.check("roster/first-blocks.txt", plans(roster, null))));
    for (YearMonth m : List.of(YearMonth.of(2027, 1), YearMonth.of(2027, 2))) {
      out.add(
          DynamicTest.dynamicTest(
              m.toString(), () -> Golden.check("roster/" + m + ".txt", plans(roster, m))));
    }
    return out;
  }

  @TestFactory
  List<DynamicTest> theUpperBackTrackMonthAfterMonth() {
    List<Client> two = clients("upper-back-track").subList(0, 3);
    return List.of(0, 1, 2, 3).stream()
        .map(
            m ->
                DynamicTest.dynamicTest(
                    "month " + m,
                    () ->
                        Golden.check(
                            "tracks/upper-back-track-"
                                + YearMonth.of(2026, 12).plusMonths(m)
                                + ".txt",
                            plans(two, YearMonth.of(2026, 12).plusMonths(m)))))
        .toList();
  }
}
