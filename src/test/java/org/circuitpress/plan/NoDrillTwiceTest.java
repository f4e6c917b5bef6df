package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.circuitpress.input.LibraryReader;
import org.circuitpress.input.RosterReader;
import org.circuitpress.input.TemplateReader;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;
import org.circuitpress.model.Names;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;
import org.junit.jupiter.api.Test;

/**
 * Found in acceptance QA: a shoulder client without a massage ball got "Doorframe lat lean" for
 * both the pec and the lat slot of shoulder-health, because the pec slot's substitute took the
 * drill the lat slot wanted. Every sample client, on every shipped template: the drills chosen for
 * the first week of the first block. (A harder variant taken mid-block can still meet a drill
 * another slot holds; that is progression, not choice, and is not covered here.)
 */
class NoDrillTwiceTest {
  @Test
  void noSampleClientStartsABlockWithTheSameDrillTwiceWhenAnotherFits() {
    Diagnostics d = new Diagnostics();
    Library lib = LibraryReader.read(Path.of("input", "exercises.csv"), d).orElseThrow();
    Catalog cat = TemplateReader.readAll(Path.of("templates"), lib, d);
    Planner planner = new Planner(lib, cat);
    List<String> repeats = new ArrayList<>();
    for (Client c : RosterReader.read(Path.of("input", "roster.csv"), lib, cat, d)) {
      for (String program : cat.templates().keySet()) {
        Client on = withProgram(c, program);
        planner.plan(on, null, Optional.empty(), new Diagnostics()).ifPresent(x -> repeats.addAll(avoidable(x, lib)));
      }
    }
    assertThat(repeats).isEmpty();
  }

  /**
   * Drills given twice in a week although a drill of the slot's role that is not taken, allowed
   * for the client, shared an aim (a tag) with the drill it replaced. When nothing like that is left (a
   * client with no kit and a shoulder limitation, say), repeating an on-target drill is better
   * than an off-target one.
   */
  private static List<String> avoidable(Program p, Library lib) {
    List<String> out = new ArrayList<>();
    for (Week w : p.weeks().subList(0, 1)) {
      // Taken: what the circuit holds, and what the template names (kept for its own slot).
      Set<String> taken = new HashSet<>();
      w.circuit().forEach(x -> taken.add(x.exercise().id()));
      p.template().phases().forEach(ph -> ph.slots().forEach(sl -> {
        if (sl.exerciseId() != null) taken.add(sl.exerciseId());
      }));
      Set<String> seen = new HashSet<>();
      for (Prescription x : w.circuit()) {
        if (seen.add(x.exercise().id()) || x.substituteFor() == null) continue;
        Set<String> aim = lib.get(x.substituteFor()).map(e -> e.tags()).orElse(Set.of());
        boolean alternative = lib.all().stream().anyMatch(e ->
            Names.tag(e.role()).equals(Names.tag(x.slot().role()))
                && !taken.contains(e.id())
                && Ruling.of(e, p.client()).isEmpty()
                && e.tags().stream().anyMatch(aim::contains));
        if (alternative) {
          out.add(p.client().id() + " " + p.template().id() + " week " + w.number() + ": " + x.exercise().id());
        }
      }
    }
    return out;
  }

  private static Client withProgram(Client c, String program) {
    return new Client(c.id(), c.name(), program, c.startDate(), c.level(), c.weeks(), c.sessionsPerWeek(),
        c.equipment(), c.limitations(), c.exclude(), c.units(), c.paper(), c.notes(), c.email(), c.where());
  }
}
