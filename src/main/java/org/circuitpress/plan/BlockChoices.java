package org.circuitpress.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.circuitpress.model.Client;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Library;
import org.circuitpress.model.Phase;
import org.circuitpress.model.Slot;
import org.circuitpress.model.Template;

/**
 * The drills of one block of one client, chosen slot by slot in template order: what each slot
 * avoids (the drills other slots name, claim or were given) and what it was given. The planner
 * chooses a new block this way, and a printed block's drills are found again the same way.
 */
final class BlockChoices {
  private final DrillChooser chooser;
  private final Library library;
  private final Template t;
  private final Client client;
  private final int rotation;
  private final Taken used;
  /** drill id -> the slot that takes it as its own first choice. */
  private final Map<String, String> claims = new HashMap<>();
  /** slot id -> its drill: what it was given, or for a slot not chosen yet, its first choice. */
  private final Map<String, String> given = new HashMap<>();

  BlockChoices(DrillChooser chooser, Library library, Template t, Client client, int rotation) {
    this.chooser = chooser;
    this.library = library;
    this.t = t;
    this.client = client;
    this.rotation = rotation;
    this.used = reserved();
    trial();
  }

  /** The drill {@code slot} gives for the block, marked as taken for the slots after it. */
  Optional<Choice> choose(Phase phase, Slot slot) {
    int step = Planner.levelStep(slot, client);
    Optional<Choice> c =
        chooser.choose(slot, client, rotation, step, avoid(slot)).map(x -> besideOthers(slot, step, x));
    c.ifPresentOrElse(x -> {
      take(used, phase, slot, x.exercise());
      given.put(slot.id(), x.exercise().id());
    }, () -> given.remove(slot.id()));
    return c;
  }

  /**
   * A named slot's level variant is chosen for the slot alone; when another slot of the circuit
   * gives that drill, the slot takes its own drill or another of its aim instead, where one fits
   * ({@link DrillChooser#besideLevel}), rather than give the client the drill twice.
   */
  private Choice besideOthers(Slot slot, int step, Choice c) {
    if (step == 0 || !c.levelApplied() || c.substituteFor() != null || slot.exerciseId() == null) return c;
    Optional<Exercise> named = library.get(slot.exerciseId());
    if (named.isEmpty() || named.get() == c.exercise()) return c;
    Set<String> elsewhere = new HashSet<>();
    given.forEach((s, drill) -> {
      if (!s.equals(slot.id())) elsewhere.add(drill);
    });
    if (!elsewhere.contains(c.exercise().id())) return c;
    return chooser.besideLevel(slot, named.get(), c.exercise(), client, rotation, avoid(slot), elsewhere).orElse(c);
  }

  /**
   * Which slot takes which drill as its own first choice, found by choosing once without keeping
   * the result. A slot that needs a substitute looks past drills other slots claim, so one drill is
   * not given twice in a circuit when another fits.
   */
  private void trial() {
    Taken trial = reserved();
    for (Phase ph : t.phases()) {
      for (Slot s : ph.slots()) {
        chooser
            .choose(s, client, rotation, Planner.levelStep(s, client), trial)
            .ifPresent(
                x -> {
                  take(trial, ph, s, x.exercise());
                  given.put(s.id(), x.exercise().id());
                  if (x.substituteFor() == null) claims.putIfAbsent(x.exercise().id(), s.id());
                });
      }
    }
  }

  /**
   * What a slot's substitute avoids: drills already in the circuit and those others claim, but not
   * the drill the slot itself names, which a ruled-out level variant may fall back to.
   */
  private Taken avoid(Slot slot) {
    Set<String> others = new HashSet<>();
    claims.forEach((drill, owner) -> {
      if (!owner.equals(slot.id())) others.add(drill);
    });
    Set<String> own = slot.exerciseId() == null ? Set.of() : Set.of(slot.exerciseId());
    return used.with(others, own);
  }

  /**
   * The drills the template's named slots give this client (at the client's level, where allowed),
   * with the harder variants their progression may reach and a named drill its level variant
   * replaces: substitutes elsewhere avoid them.
   */
  private Taken reserved() {
    Taken out = new Taken();
    for (Phase ph : t.phases()) {
      for (Slot s : ph.slots()) {
        if (s.exerciseId() == null) continue;
        Optional<Exercise> named = library.get(s.exerciseId());
        if (named.isEmpty()) continue;
        Exercise given = chooser.atLevel(named.get(), Planner.levelStep(s, client));
        if (given != named.get() && Eligibility.allowed(named.get(), client))
          out.ahead(named.get().id());
        if (Eligibility.allowed(given, client)) take(out, ph, s, given);
      }
    }
    return out;
  }

  /**
   * Marks a slot's drill as in the circuit, and with it, when a rule moves the slot to a harder
   * variant, every harder variant the client may do: another slot's substitute taken from there
   * would meet the progression in a later week.
   */
  private void take(Taken in, Phase phase, Slot slot, Exercise e) {
    in.now(e.id());
    if (new Progression(t, phase, slot).movesToHarder())
      for (Exercise h : chooser.walk(e, client, false)) in.ahead(h.id());
  }
}
