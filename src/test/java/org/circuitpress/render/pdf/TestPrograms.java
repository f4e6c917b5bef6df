package org.circuitpress.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.circuitpress.model.Client;
import org.circuitpress.model.Dose;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Load;
import org.circuitpress.model.Location;
import org.circuitpress.model.Paper;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Units;
import org.circuitpress.model.Week;
import org.circuitpress.testing.Fixtures;

/** Variations of the fixture program for the layout edge cases. */
final class TestPrograms {
  private TestPrograms() {}

  static Program forClient(String id, String name, Paper paper) {
    return Fixtures.program(Fixtures.client(id, name, paper, Units.KG));
  }

  static Program withClient(Program p, Client c) {
    return new Program(c, p.template(), p.block(), p.trackId(), p.start(), p.end(), p.weeks(), p.notes());
  }

  /** The program of {@code p}'s client printing on {@code paper}. */
  static Program onPaper(Program p, Paper paper) {
    Client k = p.client();
    return withClient(p, new Client(k.id(), k.name(), k.program(), k.startDate(), k.level(), k.weeks(),
        k.sessionsPerWeek(), k.equipment(), k.limitations(), k.exclude(), k.units(), paper, k.notes(), k.email(),
        k.where()));
  }

  /** Every prescription of every week passed through {@code f}. */
  static Program mapItems(Program p, UnaryOperator<Prescription> f) {
    List<Week> weeks = new ArrayList<>();
    for (Week w : p.weeks()) {
      List<PhaseBlock> blocks = new ArrayList<>();
      for (PhaseBlock pb : w.phases()) blocks.add(new PhaseBlock(pb.phase(), pb.items().stream().map(f).toList()));
      weeks.add(new Week(w.number(), w.start(), w.deload(), w.rounds(), w.sessionDates(), blocks));
    }
    return new Program(p.client(), p.template(), p.block(), p.trackId(), p.start(), p.end(), weeks, p.notes());
  }

  static Prescription withExercise(Prescription x, Exercise e) {
    return new Prescription(x.slot(), e, x.dose(), x.tempo(), x.restSeconds(), x.load(), x.substituteFor(), x.why());
  }

  static Exercise renamed(Exercise e, String name, String cues, String video, String image) {
    return new Exercise(e.id(), name, e.role(), e.tags(), e.equipment(), e.level(), e.dose(), e.perSide(), e.eachHand(),
        e.tempo(), cues, e.contraindications(), e.easier(), e.harder(), video, image, e.where(),
        e.where().atColumn(14, "image"));
  }

  /** Long names and cues everywhere, and a name without any space to break at. */
  static Program longNames() {
    Program p = forClient("c-long",
        "Maximiliane Anastasia Wilhelmina von Hohenzollern-Sigmaringen-Württemberg-Łęczycka de la Fuente y Núñez",
        Paper.A4);
    return mapItems(p, x -> withExercise(x, renamed(x.exercise(),
        x.exercise().name() + " with an extra long descriptive name that must wrap over several lines",
        x.exercise().cues() + " Keep breathing slowly through the nose, let the ribs drop, and stop before any pinching"
            + " or numbness; the movement should feel like a stretch, never like pain. Supercalifragilisticexpialidociouslylongwordwithoutanyspaces",
        x.exercise().videoUrl(), x.exercise().image())));
  }

  /** The fixture with its circuit tripled to 24 drills (ids kept unique), 5 rounds, week 4 a deload. */
  static Program manyDrills(Paper paper) {
    Program p = forClient("c-many", "Ana Ćirić", paper);
    List<Week> weeks = new ArrayList<>();
    for (Week w : p.weeks()) {
      List<PhaseBlock> blocks = new ArrayList<>();
      for (PhaseBlock pb : w.phases()) {
        List<Prescription> items = new ArrayList<>(pb.items());
        for (Prescription x : pb.items()) {
          for (String suffix : List.of("-b", "-c")) {
          Exercise e = x.exercise();
          Exercise twin = new Exercise(e.id() + suffix, e.name() + " (variation " + suffix.substring(1) + ")", e.role(), e.tags(), e.equipment(),
              e.level(), e.dose(), e.perSide(), e.eachHand(), e.tempo(), e.cues(), e.contraindications(), e.easier(), e.harder(),
              e.videoUrl(), e.image(), e.where(), e.imageAt());
          items.add(withExercise(x, twin));
          }
        }
        blocks.add(new PhaseBlock(pb.phase(), items));
      }
      weeks.add(new Week(w.number(), w.start(), w.number() == 4, 5, w.sessionDates(), blocks));
    }
    return new Program(p.client(), p.template(), p.block(), p.trackId(), p.start(), p.end(), weeks, p.notes());
  }

  /** {@link #manyDrills} cut to its first {@code drills} drills, every week run {@code rounds} times. */
  static Program drillsAndRounds(Paper paper, int drills, int rounds) {
    Program p = manyDrills(paper);
    List<Week> weeks = new ArrayList<>();
    for (Week w : p.weeks()) {
      List<PhaseBlock> blocks = new ArrayList<>();
      int left = drills;
      for (PhaseBlock pb : w.phases()) {
        int n = Math.min(left, pb.items().size());
        if (n > 0) blocks.add(new PhaseBlock(pb.phase(), pb.items().subList(0, n)));
        left -= n;
      }
      weeks.add(new Week(w.number(), w.start(), false, rounds, w.sessionDates(), blocks));
    }
    return new Program(p.client(), p.template(), p.block(), p.trackId(), p.start(), p.end(), weeks, p.notes());
  }

  /** The fixture cut to one session a week of its first two drills: a week takes half a page. */
  static Program shortCircuit() {
    Program p = Fixtures.program();
    List<Week> weeks = new ArrayList<>();
    for (Week w : p.weeks()) {
      PhaseBlock first = w.phases().get(0);
      weeks.add(new Week(w.number(), w.start(), w.deload(), w.rounds(), w.sessionDates().subList(0, 1),
          List.of(new PhaseBlock(first.phase(), first.items().subList(0, 2)))));
    }
    return new Program(p.client(), p.template(), p.block(), p.trackId(), p.start(), p.end(), weeks, p.notes());
  }

  /** The fixture with every week run {@code rounds} times. */
  static Program rounds(int rounds) {
    Program p = Fixtures.program();
    List<Week> weeks = new ArrayList<>();
    for (Week w : p.weeks()) weeks.add(new Week(w.number(), w.start(), w.deload(), rounds, w.sessionDates(), w.phases()));
    return new Program(p.client(), p.template(), p.block(), p.trackId(), p.start(), p.end(), weeks, p.notes());
  }

  /**
   * The fixture on {@code paper}, every week run {@code rounds} times, and every drill counted in
   * reps given a 12 kg kettlebell: half the log's rows have a second box, for the load.
   */
  static Program withLoads(Paper paper, int rounds) {
    Program p = withClient(rounds(rounds), Fixtures.client("c-001", "Zoë Łukasz-Núñez", paper, Units.KG));
    return mapItems(p, x -> x.dose().unit() != DoseUnit.REPS || x.load() != null ? x
        : new Prescription(x.slot(), x.exercise(), x.dose(), x.tempo(), x.restSeconds(),
            new Load("kettlebell", 12, Units.KG, "12 kg"), x.substituteFor(), x.why()));
  }

  /** The fixture's four weeks repeated to {@code n} weeks (renumbered; every fourth a deload). */
  static Program weeks(int n) {
    Program p = Fixtures.program();
    List<Week> weeks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Week w = p.weeks().get(i % 4);
      long shift = i / 4 * 4L;
      weeks.add(new Week(i + 1, p.start().plusWeeks(i), (i + 1) % 4 == 0, w.rounds(),
          w.sessionDates().stream().map(d -> d.plusWeeks(shift)).toList(), w.phases()));
    }
    return new Program(p.client(), p.template(), p.block(), p.trackId(), p.start(), p.start().plusWeeks(n).minusDays(1),
        weeks, p.notes());
  }

  /** The fixture with the pulldown replaced by a substitute, as the planner marks it. */
  static Program withSubstitute() {
    return mapItems(Fixtures.program(), x -> {
      if (!x.exercise().id().equals("band-pulldown")) return x;
      Exercise e = Fixtures.exercise("towel-pulldown", "Towel straight-arm pulldown", "strength", DoseUnit.REPS, false,
          Set.of(), "3-1-3-1", "Pull the towel apart and down to the hips.", "");
      return new Prescription(x.slot(), e, x.dose(), x.tempo(), 30, null, "band-pulldown", "no band at home");
    });
  }

  static Dose dose(int n, DoseUnit u) {
    return new Dose(n, u, false);
  }

  static final Location HERE = Location.ofFile("test");
}
