package org.circuitpress.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.circuitpress.model.Client;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Library;
import org.circuitpress.model.Names;
import org.circuitpress.model.Slot;

/**
 * Picks the drill of a slot for one client and block.
 *
 * <p>Order of preference: the slot's named drill; else the drills of the slot's role sharing the
 * most tags with it (rotated by block so consecutive blocks vary). A preferred drill ruled out only
 * for equipment the client lacks is replaced first by a drill of the same job ({@link #job}) with
 * equipment the client has. Else a ruled-out preferred drill is replaced by the nearest allowed
 * drill along its easier links, then its harder links, then by the allowed drill of the same role
 * with the most tags in common (ties by id). When the role has
 * nothing the client may do, a library drill tagged {@value #FALLBACK_TAG} is used.
 */
final class DrillChooser {
  static final String FALLBACK_TAG = "fallback";

  private final Library library;
  private final Map<String, List<Exercise>> byRole = new HashMap<>();
  private final List<Exercise> fallbacks;

  DrillChooser(Library library) {
    this.library = library;
    // Indexed once: choosing runs for every slot of every block of every client.
    for (Exercise e : library.all())
      byRole.computeIfAbsent(Names.tag(e.role()), k -> new ArrayList<>()).add(e);
    fallbacks = library.all().stream().filter(e -> e.tags().contains(FALLBACK_TAG)).toList();
  }

  /**
   * @param levelStep -1 for a beginner's easier variant, +1 for an advanced client's harder one, 0
   *     for none; a named drill's variant becomes the preferred drill itself
   */
  Optional<Choice> choose(Slot slot, Client client, int rotation, int levelStep, Taken used) {
    return new Pick(client, rotation, used).choose(slot, levelStep);
  }

  /**
   * How a substitute's reason starts when the slot's named drill became another at the client's level
   * ({@code preferred}), the drill the substitute stands in for.
   */
  static String atLevelSaid(Exercise named, Exercise preferred) {
    return "at the client's level the slot's " + named.name() + " becomes " + preferred.name() + "; ";
  }

  /**
   * For a named slot whose level variant ({@code variant} of {@code named}) another slot of the
   * circuit gives ({@code elsewhere}: the drills of the other slots): the named drill itself, when
   * the client may do it and no other slot gives it, as the slot's own drill at the client's level;
   * else the allowed drill of the slot's role that shares most of its aim and is not in the block
   * yet ({@code used}), as a substitute for the named drill. Empty when neither exists: the slot
   * keeps its variant, and the plan notes the repeat.
   */
  Optional<Choice> besideLevel(Slot slot, Exercise named, Exercise variant, Client client, int rotation,
      Taken used, Set<String> elsewhere) {
    String taken = variant.name() + ", the variant for the client's level, is already in the circuit";
    Optional<String> ruledOut = Eligibility.ruledOut(named, client);
    if (ruledOut.isEmpty() && !elsewhere.contains(named.id()))
      return Optional.of(Choice.preferred(named).atLevel().withNotice(taken + ", so " + named.name() + " is given"));
    Pick pick = new Pick(client, rotation, used);
    return pick.nextBest(ranked(named.role(), slot.tags(), e -> true), slot.tags(),
            e -> pick.fresh(e) && !elsewhere.contains(e.id()))
        .map(e -> new Choice(e, named.id(), "at the client's level the slot's " + named.name() + " becomes "
            + variant.name() + ", which another slot of the circuit already gives, and " + named.name() + " "
            + ruledOut.orElse("is in the circuit too") + "; a drill with the same role and aim instead", false,
            true));
  }

  /**
   * One choice for one client: its rotation, and the drills already in the block, which a
   * substitute avoids where another fits as well.
   */
  private final class Pick {
    private final Client client;
    private final int rotation;
    private final Taken used;

    Pick(Client client, int rotation, Taken used) {
      this.client = client;
      this.rotation = rotation;
      this.used = used;
    }

    private boolean fresh(Exercise e) {
      return used.free(e.id());
    }

    private Optional<Choice> choose(Slot slot, int levelStep) {
      if (slot.exerciseId() != null) {
        Optional<Exercise> named = library.get(slot.exerciseId());
        if (named.isPresent()) {
          Exercise preferred = atLevel(named.get(), levelStep);
          Optional<Choice> c = forNamed(slot, preferred).map(Choice::atLevel);
          if (preferred == named.get()) return c;
          String level = atLevelSaid(named.get(), preferred);
          return c.map(
              x ->
                  x.substituteFor() == null
                      ? x
                      : new Choice(
                          x.exercise(), x.substituteFor(), level + x.why(), x.fallback(), true));
        }
        // The template and library disagree, not the client's situation: the drill of the slot's
        // role and tags is the slot's own, and only a swap the client causes from there is a
        // substitute (on the handout). The trainer's plan says how the slot was filled.
        String missing =
            slot.exerciseId()
                + " is not in the exercise library, so the slot is filled by its role and tags";
        return forRole(slot).map(x -> x.withNotice(missing));
      }
      return forRole(slot);
    }

    private Optional<Choice> forNamed(Slot slot, Exercise preferred) {
      Optional<String> reason = Eligibility.ruledOut(preferred, client);
      if (reason.isEmpty()) return Optional.of(Choice.preferred(preferred));
      return Optional.ofNullable(
          substitute(slot, preferred, reason.get(), 0)
              .orElseGet(
                  () -> fallback(slot, preferred.id(), preferred.name() + " " + reason.get())));
    }

    private Optional<Choice> forRole(Slot slot) {
      List<Exercise> pool = ranked(slot.role(), slot.tags(), e -> true);
      if (pool.isEmpty())
        return Optional.ofNullable(
            fallback(slot, null, "the library has no drill with the role " + slot.role()));
      int top = score(pool.get(0), slot.tags());
      List<Exercise> tier = pool.stream().filter(e -> score(e, slot.tags()) == top).toList();
      List<Exercise> allowedTier =
          tier.stream().filter(e -> Eligibility.allowed(e, client)).toList();
      if (!allowedTier.isEmpty()) {
        List<Exercise> freshTier = allowedTier.stream().filter(this::fresh).toList();
        if (freshTier.isEmpty()) {
          // The best of the role are all in the block already: a drill not yet in it that shares
          // the slot's aim beats giving the client one of them twice, and failing that one that
          // only a later week of another slot holds.
          Optional<Exercise> other = nextBest(pool, slot.tags(), this::fresh)
              .or(() -> nextBest(pool, slot.tags(), e -> !used.inCircuit(e.id())));
          if (other.isPresent()) return Optional.of(Choice.preferred(other.get()));
        }
        List<Exercise> from = freshTier.isEmpty() ? allowedTier : freshTier;
        return Optional.of(Choice.preferred(from.get(Math.floorMod(rotation, from.size()))));
      }
      Exercise preferred = tier.get(Math.floorMod(rotation, tier.size()));
      String reason = Eligibility.ruledOut(preferred, client).orElse("");
      return Optional.ofNullable(
          substitute(slot, preferred, reason, rotation)
              .orElseGet(() -> fallback(slot, preferred.id(), preferred.name() + " " + reason)));
    }

    /**
     * The allowed drill of {@code pool} (ranked by the slot's tags) that is {@code free} and shares
     * most of the slot's aim, rotated among equals; any such drill when the slot has no tags.
     */
    private Optional<Exercise> nextBest(
        List<Exercise> pool, Set<String> tags, Predicate<Exercise> free) {
      List<Exercise> ok = pool.stream()
          .filter(e -> free.test(e) && Eligibility.allowed(e, client) && (tags.isEmpty() || score(e, tags) > 0))
          .toList();
      if (ok.isEmpty()) return Optional.empty();
      int top = score(ok.get(0), tags);
      List<Exercise> tier = ok.stream().filter(e -> score(e, tags) == top).toList();
      return Optional.of(tier.get(Math.floorMod(rotation, tier.size())));
    }

    /** Along the preferred drill's links first, then anything of the same role and tags. */
    private Optional<Choice> substitute(
        Slot slot, Exercise preferred, String reason, int rotation) {
      String cause = preferred.name() + " " + reason;
      List<Exercise> easier = walk(preferred, client, true);
      List<Exercise> harder = walk(preferred, client, false);
      String role = slot.exerciseId() != null ? preferred.role() : slot.role();
      // The slot's tags say what the slot is for; the preferred drill's tags only break ties.
      ToIntFunction<Exercise> fit =
          e -> 2 * score(e, slot.tags()) + score(e, preferred.tags());
      List<Exercise> pool =
          new ArrayList<>(ranked(role, Set.of(), e -> Eligibility.allowed(e, client)));
      pool.sort(
          Comparator.<Exercise>comparingInt(e -> -fit.applyAsInt(e)).thenComparing(Exercise::id));
      if (Eligibility.allowedButForKit(preferred, client)) {
        // Only the equipment is missing: a drill that does the same job with equipment the client
        // has beats a variant without any, which a load step or double progression cannot move.
        Optional<Exercise> own = sameJobWithOwnKit(pool, slot, preferred, fit, rotation);
        if (own.isPresent())
          return Optional.of(new Choice(own.get(), preferred.id(), cause + OWN_KIT, false));
      }
      // A drill not yet in the block beats one already in it: first one that shares the slot's
      // aim, then one that shares something with the replaced drill, and only then a repeat (the
      // same drill twice in a circuit is the worst substitute, but an on-target repeat still beats
      // a free drill that shares nothing with what the slot is for).
      for (int pass = 0; pass < 3; pass++) {
        boolean onlyFresh = pass < 2;
        Set<String> aim = pass == 0 ? slot.tags() : preferred.tags();
        Optional<Exercise> e = first(easier, onlyFresh);
        if (e.isPresent())
          return Optional.of(
              new Choice(e.get(), preferred.id(), cause + "; an easier variant instead" + repeat(e.get()), false));
        Optional<Exercise> h = first(harder, onlyFresh);
        if (h.isPresent())
          return Optional.of(
              new Choice(h.get(), preferred.id(), cause + "; a harder variant instead" + repeat(h.get()), false));
        List<Exercise> candidates =
            pool.stream()
                .filter(
                    x ->
                        !onlyFresh
                            || (fresh(x) && (aim.isEmpty() || score(x, aim) > 0)))
                .toList();
        if (candidates.isEmpty()) continue;
        if (!onlyFresh) {
          // An on-target repeat beats a drill that shares nothing with what the slot is for.
          List<Exercise> onAim = candidates.stream().filter(x -> fit.applyAsInt(x) > 0).toList();
          if (!onAim.isEmpty()) candidates = onAim;
          // A drill that only a later week of another slot holds is the lesser repeat.
          List<Exercise> notNow = candidates.stream().filter(x -> !used.inCircuit(x.id())).toList();
          if (!notNow.isEmpty()) candidates = notNow;
        }
        int top = fit.applyAsInt(candidates.get(0));
        List<Exercise> tier = candidates.stream().filter(x -> fit.applyAsInt(x) == top).toList();
        Exercise pick = tier.get(Math.floorMod(rotation, tier.size()));
        String how =
            top == 0
                ? "; no allowed drill shares its aim, so a drill of the same role that works on"
                    + " something else instead; check that this suits the client"
                : onlyFresh || !used.inCircuit(pick.id())
                    ? "; a drill with the same role and aim instead"
                    : "; a drill with the same role and aim instead, although the circuit already"
                        + " has it (no other fits)";
        return Optional.of(new Choice(pick, preferred.id(), cause + how, false));
      }
      return Optional.empty();
    }

    /**
     * The drill of {@code pool} (the allowed drills of the slot's role, best fit first) that does
     * {@code preferred}'s job, {@link #job}, with equipment the client has: it needs some, and is
     * not yet in the block. The best fit, then the level nearest the preferred drill's, rotated
     * among equals; empty when none.
     */
    private Optional<Exercise> sameJobWithOwnKit(
        List<Exercise> pool, Slot slot, Exercise preferred,
        ToIntFunction<Exercise> fit, int rotation) {
      Set<String> job = job(slot, preferred);
      if (job.isEmpty()) return Optional.empty();
      ToIntFunction<Exercise> away =
          e -> Math.abs(e.level().compareTo(preferred.level()));
      List<Exercise> ok = pool.stream()
          .filter(e -> fresh(e) && !e.equipment().isEmpty() && e.tags().containsAll(job))
          .sorted(Comparator.<Exercise>comparingInt(e -> -fit.applyAsInt(e)).thenComparingInt(away)
              .thenComparing(Exercise::id))
          .toList();
      if (ok.isEmpty()) return Optional.empty();
      Exercise best = ok.get(0);
      List<Exercise> tier = ok.stream()
          .filter(e -> fit.applyAsInt(e) == fit.applyAsInt(best) && away.applyAsInt(e) == away.applyAsInt(best))
          .toList();
      return Optional.of(tier.get(Math.floorMod(rotation, tier.size())));
    }

    /** Said of a variant taken although another slot of the circuit already holds it. */
    private String repeat(Exercise e) {
      return used.inCircuit(e.id()) ? ", although the circuit already has it (no other fits)" : "";
    }

    private Optional<Exercise> first(List<Exercise> candidates, boolean onlyFresh) {
      return candidates.stream().filter(e -> !onlyFresh || fresh(e)).findFirst();
    }

    private Choice fallback(Slot slot, String preferredId, String cause) {
      Comparator<Exercise> order =
          Comparator.<Exercise>comparingInt(e -> fresh(e) ? 0 : 1)
              .thenComparingInt(e -> e.role().equals(slot.role()) ? 0 : 1)
              .thenComparing(e -> -score(e, slot.tags()))
              .thenComparing(Exercise::id);
      return fallbacks.stream()
          .filter(e -> Eligibility.allowed(e, client))
          .min(order)
          .map(
              e ->
                  new Choice(
                      e,
                      preferredId == null ? slot.id() : preferredId,
                      cause
                          + "; nothing of the same role fits, so the bodyweight fallback "
                          + e.name()
                          + " is used",
                      true))
          .orElse(null);
    }
  }

  /** Why a drill that does the same job with the client's own equipment was given. */
  static final String OWN_KIT = "; a drill with the same role and aim that uses the client's own equipment instead";

  /**
   * What a slot's drill is for, which a drill that replaces it must be for as well: the slot's
   * tags that {@code preferred} has ("squat" and "legs" for a goblet squat in a slot tagged so),
   * or all of the drill's tags when the slot names none of them.
   */
  static Set<String> job(Slot slot, Exercise preferred) {
    Set<String> job = new HashSet<>(slot.tags());
    job.retainAll(preferred.tags());
    return job.isEmpty() ? preferred.tags() : job;
  }

  /**
   * Whether {@code slot} is filled by its role (it names no drill the library has) and no drill of
   * the library has that role: a mistake of the template (or a library it was not written for).
   */
  boolean roleUnknown(Slot slot) {
    boolean named = slot.exerciseId() != null && library.get(slot.exerciseId()).isPresent();
    return !named && !byRole.containsKey(Names.tag(slot.role()));
  }

  /**
   * Why {@link #choose} gives nothing for {@code slot}, in a trainer's words: what rules out the
   * slot's drill (or the first of its role), or that the library has no drill of its role; then
   * that no fallback drill suits the client either.
   */
  String whyNone(Slot slot, Client client, int levelStep) {
    Exercise preferred =
        slot.exerciseId() == null
            ? null
            : library.get(slot.exerciseId()).map(e -> atLevel(e, levelStep)).orElse(null);
    String role = preferred != null ? preferred.role() : slot.role();
    if (preferred == null) {
      List<Exercise> pool = ranked(slot.role(), slot.tags(), e -> true);
      if (!pool.isEmpty()) preferred = pool.get(0);
    }
    String why =
        preferred == null
            ? "the library has no drill with the role " + role
            : preferred.name() + " " + Eligibility.ruledOut(preferred, client).orElse("does not suit the client")
                + ", and no other drill with the role " + role + " suits the client";
    return why
        + (fallbacks.isEmpty()
            ? "; the library has no drill tagged " + FALLBACK_TAG + " to use instead"
            : "; no drill tagged " + FALLBACK_TAG + " suits the client either");
  }

  /**
   * The drill a named slot gives at the client's level: the first variant in the library along the
   * easier ({@code levelStep} -1) or harder (+1) links, else the named drill itself.
   */
  Exercise atLevel(Exercise named, int levelStep) {
    if (levelStep == 0) return named;
    return (levelStep < 0 ? named.easier() : named.harder())
        .stream()
        .map(library::get)
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(named);
  }

  /** Breadth-first along easier (or harder) links: the allowed variants, nearest first. */
  List<Exercise> walk(Exercise from, Client client, boolean easier) {
    Deque<Exercise> queue = new ArrayDeque<>(List.of(from));
    Set<String> seen = new HashSet<>(Set.of(from.id()));
    List<Exercise> out = new ArrayList<>();
    while (!queue.isEmpty()) {
      Exercise e = queue.removeFirst();
      for (String id : easier ? e.easier() : e.harder()) {
        Optional<Exercise> next = library.get(id);
        if (next.isEmpty() || !seen.add(id)) continue;
        if (Eligibility.allowed(next.get(), client)) out.add(next.get());
        queue.addLast(next.get());
      }
    }
    return out;
  }

  /**
   * One step at a time along the first allowed easier (negative) or harder (positive) link; stops
   * early where no allowed variant exists.
   */
  Exercise variant(Exercise base, int steps, Client client) {
    Exercise current = base;
    for (int i = 0; i < Math.abs(steps); i++) {
      Function<Exercise, List<String>> links = steps < 0 ? Exercise::easier : Exercise::harder;
      Optional<Exercise> next =
          links.apply(current).stream()
              .map(library::get)
              .flatMap(Optional::stream)
              .filter(e -> Eligibility.allowed(e, client))
              .findFirst();
      if (next.isEmpty()) break;
      current = next.get();
    }
    return current;
  }

  private List<Exercise> ranked(
      String role, Set<String> tags, Predicate<Exercise> keep) {
    List<Exercise> out = new ArrayList<>();
    for (Exercise e : byRole.getOrDefault(Names.tag(role), List.of())) {
      if (keep.test(e)) out.add(e);
    }
    out.sort(Comparator.<Exercise>comparingInt(e -> -score(e, tags)).thenComparing(Exercise::id));
    return out;
  }

  static int score(Exercise e, Set<String> tags) {
    int n = 0;
    for (String t : tags) if (e.tags().contains(t)) n++;
    return n;
  }
}
