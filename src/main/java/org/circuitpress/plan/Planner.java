package org.circuitpress.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.ClientCells;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Dose;
import org.circuitpress.model.DrillCounts;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Level;
import org.circuitpress.model.Library;
import org.circuitpress.model.Load;
import org.circuitpress.model.Phase;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.PrintedDates;
import org.circuitpress.model.Program;
import org.circuitpress.model.Severity;
import org.circuitpress.model.Slot;
import org.circuitpress.model.Template;
import org.circuitpress.model.Week;

/**
 * Applies templates to clients: one block of one client at a time.
 *
 * <p>Deterministic and thread-safe: the same client, month, log, library and catalog always give
 * the same program, and one planner serves every thread of a run. Earlier blocks are recomputed
 * (with their default progression) to know where the last block ended; only the last block's log is
 * read. Every note of the returned program is also reported to the diagnostics passed in, so a run
 * report holds them without copying.
 */
public final class Planner {
  private final Library library;
  private final Catalog catalog;
  private final DrillChooser chooser;

  public Planner(Library library, Catalog catalog) {
    this.library = Objects.requireNonNull(library, "library");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.chooser = new DrillChooser(library);
  }

  /**
   * The block of {@code client} that starts in {@code month} (null: the first block), adjusted by
   * the last block's log when one is given. Empty, with a diagnostic saying why, when the client
   * has no block starting in that month or the program is unknown.
   */
  public Optional<Program> plan(
      Client client, YearMonth month, Optional<BlockLog> lastBlockLog, Diagnostics d) {
    return plan(client, month, lastBlockLog, null, d);
  }

  /**
   * As {@link #plan(Client, YearMonth, Optional, Diagnostics)}, continuing from {@code lastBlock},
   * the previous block as it was printed (planned with its own log), when the caller knows it.
   * Without it the earlier blocks are recomputed with their default progression, which ignores what
   * logs before the last one changed.
   */
  public Optional<Program> plan(
      Client client,
      YearMonth month,
      Optional<BlockLog> lastBlockLog,
      Program lastBlock,
      Diagnostics d) {
    return plan(client, month, lastBlockLog, lastBlock, null, d);
  }

  /**
   * As {@link #plan(Client, YearMonth, Optional, Program, Diagnostics)}, with the blocks from
   * {@code dated} on dated from it, the client's latest block printed before {@code month} (null:
   * none, and every block by today's length): it keeps the length it was printed with, and the
   * next block starts when it ends.
   */
  public Optional<Program> plan(
      Client client,
      YearMonth month,
      Optional<BlockLog> lastBlockLog,
      Program lastBlock,
      PrintedDates dated,
      Diagnostics d) {
    Schedule.Result sched = Schedule.blocks(client, catalog, month, dated);
    if (sched.gap() != null) {
      String msg = who(client) + sched.gap().message();
      Diagnostic g =
          sched.gap().error()
              ? Diagnostic.error(sched.gap().at(client), msg)
              : Diagnostic.info(sched.gap().at(client), msg);
      d.add(g.forClient(client.id()));
      return Optional.empty();
    }
    List<Schedule.Block> blocks = sched.blocks();
    int target = blocks.size();
    Built previous = null;
    boolean printed =
        lastBlock != null
            && lastBlock.block() == target - 1
            && target > 1
            && lastBlock.client().id().equals(client.id());
    if (printed) {
      previous = fromPrinted(lastBlock);
    } else {
      for (int k = 0; k < target - 1; k++)
        previous = build(client, blocks.get(k), previous, LogDecision.none());
    }
    Optional<BlockLog> log = lastBlockLog == null ? Optional.empty() : lastBlockLog;
    LogDecision decision = LogDecision.decide(log, previous == null ? null : previous.program);
    Built current = build(client, blocks.get(target - 1), previous, decision);
    if (printed && lastBlock.client().level() != client.level()) {
      // The last block ended where the client got to at the old level; the new level moves every
      // slot's drill from there, as it moves a first block's.
      Program p = current.program;
      List<Diagnostic> notes = new ArrayList<>(p.notes());
      notes.add(0, note(client, client.at(ClientCells.LEVEL), false, "level changed from "
          + name(lastBlock.client().level()) + " to "
          + name(client.level()) + " since the last block: its drills are "
          + (client.level().compareTo(lastBlock.client().level()) > 0 ? "harder" : "easier")
          + " variants where the library has them"));
      current = new Built(new Program(p.client(), p.template(), p.block(), p.trackId(), p.start(), p.end(),
          p.weeks(), notes, p.decided()), current.opened, current.closed, current.turn);
    }
    Optional<String> empty = emptySessions(client, current.program);
    if (empty.isPresent()) {
      d.add(Diagnostic.error(client.where(), who(client) + empty.get()).forClient(client.id()));
      return Optional.empty();
    }
    // Warnings (fallbacks, unfilled slots) also go to the run's diagnostics so that the client's
    // status shows them; plain notes travel with the program only.
    for (Diagnostic n : current.program.notes()) if (n.severity() != Severity.INFO) d.add(n);
    return Optional.of(current.program);
  }

  /**
   * Whether {@link #plan} makes a program for {@code month}: the schedule alone, without building
   * the blocks before it (which {@code plan} does without a printed last block, once per block).
   */
  public boolean startsBlock(Client client, YearMonth month) {
    return startsBlock(client, month, null);
  }

  /** As {@link #startsBlock(Client, YearMonth)}, with the blocks from {@code printed} on dated from it. */
  public boolean startsBlock(Client client, YearMonth month, PrintedDates printed) {
    return Schedule.blocks(client, catalog, month, printed).gap() == null;
  }

  /**
   * The month the block after {@code printed} would have started in had the client gone straight on,
   * when {@code block} is that block, started later because no block after {@code printed} was printed
   * before its month ({@link PrintedDates#nextNotBefore}): the client was away, marked paused, or those
   * months were not run. Empty for any other block.
   */
  public Optional<YearMonth> missedFrom(Client client, PrintedDates printed, Program block) {
    return Schedule.missedFrom(client, printed, block.block(), block.start());
  }

  /**
   * Whether {@code printed}, a block of {@code client} as printed, still fits their start date as it
   * stands: a start date moved since (to another day, or another month) dates their blocks anew.
   */
  public static boolean fits(Client client, PrintedDates printed) {
    return Schedule.fits(client, printed);
  }

  /** The day the block after {@code printed}, a block of {@code client} as printed, starts. */
  public static LocalDate nextStart(Client client, PrintedDates printed) {
    return Schedule.nextStart(client, printed);
  }

  /** How long {@code client}'s blocks of {@code template} are today: the roster's weeks, else the template's. */
  public static int weeks(Client client, Template template) {
    return Schedule.weeks(client, template);
  }

  /**
   * What the client wrote in {@code log}, the returned log of {@code left}, a block of a program
   * they have since left for {@code next}'s: the log decides nothing of {@code next}, whose drills
   * are others, but what the client wrote is listed, and each note of pain warned about, so that
   * moving a client on never loses what they reported.
   */
  public List<Diagnostic> leftProgramNotes(Client client, BlockLog log, Program left, Program next) {
    ClientNotes notes = LogDecision.decide(Optional.of(log), left).notes();
    List<Diagnostic> out = new ArrayList<>();
    String written = notes.listing(left);
    if (!written.isEmpty()) out.add(note(client, false, written));
    out.addAll(PainNotes.notHeld(client, notes, Map.of(), next.weeks(), left));
    return out;
  }

  /**
   * What the client wrote so far in {@code log}, the log of {@code running}, a block still running in
   * the month of a run that makes the client no new block: the log decides nothing yet, but what
   * the client wrote is listed, and each note of pain warned about now, so that the trainer hears of
   * it this month rather than when the next block is made.
   */
  public List<Diagnostic> runningBlockNotes(Client client, BlockLog log, Program running) {
    ClientNotes notes = LogDecision.decide(Optional.of(log), running).notes();
    List<Diagnostic> out = new ArrayList<>();
    String written = notes.listing(running);
    if (!written.isEmpty()) out.add(note(client, false, written));
    out.addAll(PainNotes.stillRunning(client, notes, running));
    return out;
  }

  /**
   * Whether {@code printed} is the block the schedule gives {@code client} in {@code month}: the
   * same client, number, template, track, dates and length, the block dated by itself as printed
   * (a block keeps the length it was printed with). A block kept from an earlier run is continued
   * from only then; a start date or program changed since makes the schedule's block another one.
   */
  public boolean isBlock(Client client, YearMonth month, Program printed) {
    Schedule.Result sched = Schedule.blocks(client, catalog, month, PrintedDates.of(printed));
    if (sched.gap() != null) return false;
    Schedule.Block b = sched.blocks().get(sched.blocks().size() - 1);
    return printed.client().id().equals(client.id())
        && printed.block() == b.number()
        && printed.template().id().equals(b.template().id())
        && Objects.equals(printed.trackId(), b.trackId())
        && printed.start().equals(b.start())
        && printed.end().equals(b.end())
        && printed.weeks().size() == b.weeks();
  }

  /**
   * Why {@code p} is no program to hand out, when a week's session has no drill in it: a handout
   * of step headings without drills is no use to the client, so the client fails with the slots
   * that could not be filled and why the first of them could not. Empty when every session has a
   * drill; a program with some slots left out is kept, and those slots warned about.
   */
  private Optional<String> emptySessions(Client client, Program p) {
    List<Week> empty = p.weeks().stream().filter(w -> w.circuit().isEmpty()).toList();
    if (empty.isEmpty()) return Optional.empty();
    Set<String> given = new HashSet<>();
    for (Week w : p.weeks()) for (Prescription x : w.circuit()) given.add(x.slot().id());
    List<Slot> unfilled = new ArrayList<>();
    for (Phase phase : p.template().phases())
      for (Slot slot : phase.slots()) if (!given.contains(slot.id())) unfilled.add(slot);
    String slots = unfilled.stream().limit(8).map(Slot::id).collect(Collectors.joining(", "))
        + (unfilled.size() > 8 ? " and " + (unfilled.size() - 8) + " more" : "");
    String which = empty.size() == p.weeks().size()
        ? "no drill in the library suits this client for "
            + (unfilled.size() == 1 ? "the one slot of " : "any of the " + unfilled.size() + " slots of ")
            + p.template().id() + " (" + slots + ")"
        : "week " + empty.get(0).number() + " of " + p.template().id() + " has no drill for this client"
            + " (slots left out: " + slots + ")";
    String first = unfilled.isEmpty() ? "" : ". " + (unfilled.size() == 1 ? "The slot " : "The first, ")
        + unfilled.get(0).id() + " (" + unfilled.get(0).role() + "): "
        + chooser.whyNone(unfilled.get(0), client, levelStep(unfilled.get(0), client));
    return Optional.of(which + ", so no handout or log is made" + first
        + ". Check the library's drills (their roles, equipment, level and contraindications) against"
        + " the client's equipment, level and limitations");
  }

  static String who(Client c) {
    return c.name() + " (" + c.id() + "): ";
  }

  /**
   * A block's program with the progression states it opened and closed with, per slot id, and the
   * turn its drills were chosen with ({@link #rotation}).
   */
  private record Built(
      Program program, Map<String, SlotState> opened, Map<String, SlotState> closed, int turn) {}

  private Built build(Client client, Schedule.Block b, Built previous, LogDecision decision) {
    Template t = b.template();
    List<Diagnostic> notes = new ArrayList<>();
    if (lastBlockHadLog(decision)) notes.add(note(client, false, decision.reason()));
    String written = previous == null ? "" : decision.notes().listing(previous.program);
    if (!written.isEmpty()) notes.add(note(client, false, written));
    Map<String, SlotState> opened = new HashMap<>();
    Map<String, SlotState> closed = new HashMap<>();
    Map<Slot, List<Prescription>> perSlot = new HashMap<>();
    // The last block again, or one step back from its start, takes the drills the last block took
    // where several are equally good; any other block takes its own turn among them.
    boolean fromLast = previous != null
        && (decision.kind() == LogDecision.Kind.REPEAT || decision.kind() == LogDecision.Kind.REGRESS);
    int turn = fromLast ? previous.turn : b.number();
    BlockChoices choices = new BlockChoices(chooser, library, t, client, rotation(client, turn));
    // Every slot's drill is chosen first, so that a harder variant one slot progresses into can
    // be checked against the drills of all the others.
    List<Chosen> chosen = new ArrayList<>();
    for (Phase phase : t.phases()) {
      for (Slot slot : phase.slots()) {
        Optional<Choice> choice = choices.choose(phase, slot);
        List<Diagnostic> slotNotes = new ArrayList<>();
        if (choice.isEmpty()) {
          slotNotes.add(
              note(
                  client,
                  true,
                  "slot "
                      + slot.id()
                      + " ("
                      + slot.role()
                      + ") left out: "
                      + chooser.whyNone(slot, client, levelStep(slot, client))
                      + ". Add a drill to the library that suits the client, or choose one by hand"));
          chosen.add(new Chosen(phase, slot, null, slotNotes));
          continue;
        }
        Choice c = choice.get();
        if (!c.notice().isEmpty())
          slotNotes.add(note(client, false, "slot " + slot.id() + ": " + c.notice()));
        // a substitute's note is written once its weeks are laid out: it names the drill given
        chosen.add(new Chosen(phase, slot, c, slotNotes));
      }
    }
    // slot id -> its first week's drill, for the slots whose weeks are not laid out yet
    Map<String, String> pending = new HashMap<>();
    for (Chosen x : chosen) {
      if (x.choice == null) continue;
      int step = x.choice.levelApplied() ? 0 : levelStep(x.slot, client);
      pending.put(x.slot.id(), chooser.variant(x.choice.exercise(), step, client).id());
    }
    // week -> the drills of the slots laid out so far
    Map<Integer, Set<String>> busy = new HashMap<>();
    Steps steps = new Steps(new ArrayList<>(), new LinkedHashMap<>(), new ArrayList<>(),
        new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>(), new HashSet<>(),
        new HashMap<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new HashSet<>(),
        new LinkedHashSet<>());
    for (Chosen x : chosen) {
      notes.addAll(x.notes);
      if (x.choice == null) continue;
      int before = notes.size();
      Slot slot = x.slot;
      Choice c = x.choice;
      Progression prog = new Progression(t, x.phase, slot);
      List<String> slotNotes = new ArrayList<>();
      IntFunction<Exercise> variantAt =
          v -> at(c.exercise(), c.levelApplied() ? 0 : levelStep(slot, client), v, client);
      SlotState carried = opening(client, slot, c, prog, previous, decision, slotNotes, steps, variantAt);
      // a slot held for a note of pain gives exactly where the last block started, every week,
      // whatever start load the roster gives: the trainer decides after reading the warning
      List<ClientNotes.Written> pain = steps.painHeld().get(slot.id());
      // A slot that starts where the last block started has had the template's week-1 rules (a
      // harder variant from week 1) already: applied again, a repeat would start one step further.
      UnaryOperator<SlotState> opens =
          steps.fromStart().contains(slot.id()) ? s -> s : prog::open;
      SlotState loaded = pain != null
          ? carried
          : startLoad(client, previous, slot, opens, carried, variantAt, slotNotes, steps.pastStart());
      if (steps.loadHeld().contains(slot.id()) && loaded.load() != carried.load())
        heldAtStartLoad(client, slot, previous.program, decision, variantAt.apply(loaded.variant()), loaded.load(),
            slotNotes);
      SlotState open = pain != null ? carried : opens.apply(loaded);
      slotNotes.forEach(n -> notes.add(note(client, false, n)));
      opened.put(slot.id(), open);
      pending.remove(slot.id());
      SlotResult r =
          weeks(
              client,
              b,
              slot,
              prog,
              c,
              open,
              pain != null,
              steps.loadHeld().contains(slot.id()),
              (w, drill) ->
                  busy.getOrDefault(w, Set.of()).contains(drill) || pending.containsValue(drill));
      for (int w = 1; w <= r.items.size(); w++)
        busy.computeIfAbsent(w, k -> new HashSet<>()).add(r.items.get(w - 1).exercise().id());
      closed.put(slot.id(), r.closed);
      perSlot.put(slot, r.items);
      if (c.substituteFor() != null) {
        // A fallback for a role no drill has is the template's doing, not the client's: the
        // template reader warns once at the slot's role cell, and each plan only notes it.
        boolean template = chooser.roleUnknown(slot);
        notes.add(
            before,
            note(client, c.fallback() && !template, "slot " + slot.id() + ": " + given(c, r.items.get(0).exercise(), client)
                + "because " + c.why() + (template ? " (the slot's row: " + slot.where() + ")" : "")));
      }
      // a slot whose extra step the top of the client's kit stopped has said so (AT_TOP, or the
      // log's note when no slot moved), and that holds for every week of the block too: once is enough
      boolean saidTop = steps.atTop().getOrDefault(slot.id(), List.of()).stream().anyMatch(Progression::atKitTop);
      for (String n : r.notes) {
        if (!(saidTop && Progression.atKitTop(n))) notes.add(note(client, false, "slot " + slot.id() + ": " + n));
      }
      if (pain != null) {
        boolean deloads = IntStream.rangeClosed(1, b.weeks()).anyMatch(w -> Progression.deload(t, w));
        notes.add(PainNotes.held(client, slot, pain, r.items.get(0), deloads, decision.kind(), previous.program));
      }
    }
    if (decision.kind() == LogDecision.Kind.PROGRESS) {
      tellWhatProgressed(client, decision, notes, steps);
    } else if (decision.kind() == LogDecision.Kind.REGRESS) {
      tellWhatEased(client, decision, notes, steps);
    }
    if (!steps.pastStart().isEmpty()) notes.add(note(client, false, FirstLoads.carriedOn(steps.pastStart())));
    tellAssumedLoads(client, t, perSlot, notes);
    tellPairsNeeded(client, t, perSlot, notes);
    List<Week> weeks = new ArrayList<>();
    for (int w = 1; w <= b.weeks(); w++) {
      List<PhaseBlock> phases = new ArrayList<>();
      for (Phase phase : t.phases()) {
        List<Prescription> items = new ArrayList<>();
        for (Slot slot : phase.slots()) {
          List<Prescription> list = perSlot.get(slot);
          if (list != null) items.add(list.get(w - 1));
        }
        phases.add(new PhaseBlock(phase, items));
      }
      var start = b.start().plusWeeks(w - 1);
      weeks.add(
          new Week(
              w,
              start,
              Progression.deload(t, w),
              Progression.rounds(t, w),
              Schedule.sessionDates(start, b.sessions()),
              phases));
    }
    Repeats.notes(weeks, client, library).forEach(n -> notes.add(note(client, false, n)));
    FirstLoads.unused(library, client, weeks, previous == null ? null : previous.program,
        (warning, n) -> notes.add(note(client, client.startLoads().where(), warning, n)));
    PainNotes.notHeld(client, decision.notes(), steps.painHeld(), weeks, previous == null ? null : previous.program)
        .forEach(notes::add);
    // a template without rules is warned about where it is read: every week of it is the same
    int plateau = t.rules().isEmpty() ? 0 : Plateau.from(weeks);
    if (plateau > 0) {
      notes.add(note(client, false, plateau(client, t, weeks, plateau, perSlot, closed, steps.painHeld().keySet(),
          steps.loadHeld())));
    }
    DrillCounts decided = decision.fromEntries() ? DrillCounts.of(steps.decided().values()) : DrillCounts.NONE;
    Program p = new Program(client, t, b.number(), b.trackId(), b.start(), b.end(), weeks, notes, decided);
    return new Built(p, opened, closed, turn);
  }

  /**
   * The plan's note on a block whose session stays the same from week {@code from} to its end: what
   * holds each slot there, from the state it closed the block with and the drill it ends on;
   * {@code loadHeld}: the slots kept at a load for reps short of their targets there.
   */
  private String plateau(Client client, Template t, List<Week> weeks, int from,
      Map<Slot, List<Prescription>> perSlot, Map<String, SlotState> closed, Set<String> painHeld,
      Set<String> loadHeld) {
    Map<String, List<String>> atTop = new LinkedHashMap<>();
    List<String> unruled = new ArrayList<>();
    List<String> loadable = new ArrayList<>();
    List<String> held = new ArrayList<>();
    List<String> atLoad = new ArrayList<>();
    for (Phase phase : t.phases()) {
      for (Slot slot : phase.slots()) {
        List<Prescription> items = perSlot.get(slot);
        if (items == null) continue;
        if (painHeld.contains(slot.id())) {
          held.add(slot.id());
          continue;
        }
        if (loadHeld.contains(slot.id())) {
          atLoad.add(slot.id());
          continue;
        }
        Exercise e = items.get(items.size() - 1).exercise();
        SlotState s = closed.get(slot.id());
        Progression prog = new Progression(t, phase, slot);
        int loadTop = Loads.ladder(e, client).map(Loads.Ladder::top).orElse(-1);
        if (prog.anyProgression().isEmpty()) {
          unruled.add(slot.id());
          if (loadTop > s.load()) loadable.add(slot.id());
        } else {
          boolean harderLeft = chooser.variant(e, 1, client) != e;
          atTop.put(slot.id(), prog.holds(s, loadTop, harderLeft, from, weeks.size()));
        }
      }
    }
    return Plateau.note(client, t, weeks, from, held, atLoad, atTop, unruled, loadable);
  }

  /**
   * What a well-done log did to each slot: moved one step further, nothing because the slot is at
   * the top of what the template progresses (with what stops it there, rule by rule), held back by
   * its own logged amounts or loads, or nothing because no rule of the template progresses it
   * ({@code unruled}; {@code loadable} those of them whose drill takes a load and the client owns
   * heavier ones); and the slots that carry on from the last block at another load than their
   * start load on the roster ({@code pastStart}, as {@link FirstLoads#carriedOn} words them); and
   * the slots held where the last block started for a note of pain in the log ({@code painHeld},
   * by slot id, with the notes); and the slots that start from where the last block started, its
   * week-1 state ({@code fromStart}: a repeat, a step back from there, a hold for pain); and what
   * the log decided for each slot that carries on from the last block ({@code decided}), to count;
   * and the slots that start the drill a substitute stood in for in the last block ({@code standInMet});
   * and after a hard block, the slots that went one step back ({@code eased}) and those that had no
   * step to go back ({@code stayed}), with what stopped them, each reason once ({@code whyStayed});
   * and the slots kept all block at the load whose reps the log fell short of ({@code loadHeld}).
   */
  private record Steps(
      List<String> stepped,
      Map<String, List<String>> atTop,
      List<String> heldBack,
      List<String> unruled,
      List<String> loadable,
      List<String> pastStart,
      Map<String, List<ClientNotes.Written>> painHeld,
      Set<String> fromStart,
      Map<String, DrillCounts.Decision> decided,
      List<String> standInMet,
      List<String> eased,
      List<String> stayed,
      Set<String> loadHeld,
      Set<String> whyStayed) {}

  /**
   * The log's decision note (the first note) says which slots the extra step moved, so that it
   * never promises a change the block does not make. When none moved, it says why in place of a
   * note per slot at the top.
   */
  private static void tellWhatProgressed(
      Client client, LogDecision decision, List<Diagnostic> notes, Steps steps) {
    String reason = decision.reason();
    int at = reason.indexOf(LogDecision.PROGRESSED);
    if (at < 0 || notes.isEmpty()) return;
    String from = reason.substring(0, at);
    String facts = reason.substring(at + LogDecision.PROGRESSED.length());
    int stepped = steps.stepped().size();
    int top = steps.atTop().size();
    int held = steps.heldBack().size();
    int met = steps.standInMet().size();
    String text;
    if (stepped == 0) {
      notes.removeIf(n -> n.message().contains(": " + AT_TOP));
      List<String> why = new ArrayList<>();
      if (top > 0) {
        why.add(count(top, "slot is", "slots are") + " at the top of what the template progresses: "
            + String.join("; ", Plateau.groups(steps.atTop())));
        if (!steps.unruled().isEmpty()) why.add(Plateau.unruled(steps.unruled(), steps.loadable()));
      }
      if (held > 0) why.add(count(held, "slot is", "slots are") + " held back by its own log (below)");
      if (met > 0) why.add(count(met, "slot starts", "slots start") + " a drill new to the client (below)");
      if (why.isEmpty()) why.add("the template progresses none of its slots");
      text = from + "the log earns one extra step (" + facts + "), but no slot could take it: "
          + String.join("; ", why) + (held == 0 ? "; the block goes on as the template plans" : "")
          + (top > 0 ? ". " + RAISE : "");
    } else if (top + held + met > 0) {
      text = from + "progressed one extra step in " + count(stepped, "slot", "slots") + " ("
          + String.join(", ", steps.stepped()) + ") because " + facts;
    } else {
      return;
    }
    notes.set(0, note(client, false, text));
  }

  /**
   * A hard block's decision note says which slots went one step back when others had no step to go
   * back (the lightest load the client owns, the start of a rule, no rule at all), so that
   * "regressed" never promises an easier block than the one printed. When none went back, the block
   * is the last one again from its start: the note says that, and what the trainer can do instead.
   */
  private static void tellWhatEased(Client client, LogDecision decision, List<Diagnostic> notes, Steps steps) {
    String reason = decision.reason();
    int at = reason.indexOf(LogDecision.REGRESSED);
    if (at < 0 || notes.isEmpty() || steps.stayed().isEmpty()) return;
    String from = reason.substring(0, at);
    String facts = reason.substring(at + LogDecision.REGRESSED.length());
    List<String> why = new ArrayList<>(steps.whyStayed());
    String noStep = " (" + (why.size() == 1 ? why.get(0)
        : String.join(", ", why.subList(0, why.size() - 1)) + ", or " + why.get(why.size() - 1)) + ")";
    List<String> stayed = steps.stayed();
    // a slot that starts the drill its stand-in stood in for starts afresh, not where the last block started
    List<String> met = steps.standInMet();
    String text;
    if (steps.eased().isEmpty() && steps.decided().values().stream().allMatch(x -> x == DrillCounts.Decision.HELD)) {
      text = from + "the log calls for one step back from the last block's start (" + facts
          + "), but no slot has a step to go back" + noStep + ", so the block starts again where the last one"
          + " started" + (met.isEmpty() ? "" : ", except " + String.join(", ", met) + ", which "
              + (met.size() == 1 ? "starts" : "start") + " a drill new to the client (below)")
          + ". Ask the client what made it hard; to make the block easier, give fewer sessions a week"
          + " on the roster, or another template";
    } else if (!steps.eased().isEmpty()) {
      text = from + "regressed one step from the last block's start in " + count(steps.eased().size(), "slot", "slots")
          + " (" + String.join(", ", steps.eased()) + ") because " + facts + "; " + String.join(", ", stayed)
          + (stayed.size() == 1 ? " has" : " have") + " no step to go back" + noStep + " and "
          + (stayed.size() == 1 ? "starts" : "start") + " where the last block started"
          + (met.isEmpty() ? "" : "; " + String.join(", ", met) + (met.size() == 1 ? " starts" : " start")
              + " a drill new to the client (below)");
    } else {
      return;
    }
    notes.set(0, note(client, false, text));
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /**
   * The states a printed block opened and closed with, read back from its prescriptions, and the
   * turn its drills were chosen with: its own, unless it repeated or went back from a block before
   * it and took that block's drills (the latest earlier turn that gives every slot's drill).
   */
  private Built fromPrinted(Program p) {
    for (int turn = p.block(); turn >= 1; turn--) {
      Optional<Built> b = readBack(p, turn, true);
      if (b.isPresent()) return b.get();
    }
    return readBack(p, p.block(), false).orElseThrow();
  }

  /**
   * {@link #fromPrinted} for the drills chosen at {@code turn}; empty, when {@code strict}, if a
   * slot's first drill is none of the chosen drill's variants.
   */
  private Optional<Built> readBack(Program p, int turn, boolean strict) {
    Client client = p.client();
    Map<String, SlotState> opened = new HashMap<>();
    Map<String, SlotState> closed = new HashMap<>();
    BlockChoices choices = new BlockChoices(chooser, library, p.template(), client, rotation(client, turn));
    for (Phase phase : p.template().phases()) {
      for (Slot slot : phase.slots()) {
        List<Prescription> items = new ArrayList<>();
        List<Boolean> deload = new ArrayList<>();
        for (Week w : p.weeks()) {
          for (Prescription pr : w.circuit()) {
            if (pr.slot().id().equals(slot.id())) {
              items.add(pr);
              deload.add(w.deload());
            }
          }
        }
        Optional<Choice> base = choices.choose(phase, slot);
        if (items.isEmpty()) continue;
        if (base.isEmpty()) {
          if (strict) return Optional.empty();
          continue;
        }
        if (strict && variantOf(items.get(0), slot, base.get(), client).isEmpty()) return Optional.empty();
        int last = items.size() - 1;
        while (last > 0 && deload.get(last)) last--;
        opened.put(slot.id(), stateOf(items.get(0), slot, base.get(), client));
        closed.put(slot.id(), stateOf(items.get(last), slot, base.get(), client));
      }
    }
    return Optional.of(new Built(p, opened, closed, turn));
  }

  /**
   * The drill a slot gives: the chosen drill at the client's level ({@code levelStep}), then
   * {@code variant} steps of the template's progression. Counted from the chosen drill, as one
   * sum of steps, so that a rule's harder step after the level's easier one comes back to the
   * chosen drill, whether or not the easier drill links back to it. But when the level step moved
   * nothing (a beginner's drill
   * with no easier variant), the rule's steps start from the drill itself: its harder step must
   * move the client on, not merely cancel a level step that did nothing.
   */
  private Exercise at(Exercise chosen, int levelStep, int variant, Client client) {
    if (levelStep != 0 && chooser.variant(chosen, levelStep, client) == chosen) {
      return chooser.variant(chosen, variant, client);
    }
    return chooser.variant(chosen, levelStep + variant, client);
  }

  private SlotState stateOf(Prescription pr, Slot slot, Choice choice, Client client) {
    int amount = convert(pr.dose().amount(), pr.dose().unit(), slot.dose().unit());
    int load = 0;
    if (pr.load() != null) {
      List<Load> steps =
          Loads.ladder(pr.exercise(), client).map(Loads.Ladder::steps).orElse(List.of());
      for (int i = steps.size() - 1; i >= 0; i--)
        if (Loads.same(steps.get(i), pr.load())) load = i; // the lightest of those it matches
    }
    int variant = variantOf(pr, slot, choice, client).orElse(0);
    return new SlotState(amount, slot.dose().unit(), load, variant);
  }

  /** How many variant steps from the chosen drill the prescription's drill is, within 4 either way. */
  private Optional<Integer> variantOf(Prescription pr, Slot slot, Choice choice, Client client) {
    int levelStep = choice.levelApplied() ? 0 : levelStep(slot, client);
    for (int k = 0; k <= 4; k++) {
      if (at(choice.exercise(), levelStep, k, client) == pr.exercise()) return Optional.of(k);
      if (k > 0 && at(choice.exercise(), levelStep, -k, client) == pr.exercise()) return Optional.of(-k);
    }
    return Optional.empty();
  }

  /** -1 for a beginner's easier variant, +1 for an advanced client's harder one, 0 for none. */
  static int levelStep(Slot slot, Client client) {
    if (!slot.levelVariants()) return 0;
    return client.level() == Level.BEGINNER ? -1 : client.level() == Level.ADVANCED ? 1 : 0;
  }

  /** Consecutive blocks take the next of several equally good drills; clients start apart. */
  private static int rotation(Client client, int block) {
    return Math.floorMod(client.id().hashCode(), 1000) + block - 1;
  }

  private static boolean lastBlockHadLog(LogDecision decision) {
    return decision.reason().startsWith(BlockLog.DECISION);
  }

  private record SlotResult(List<Prescription> items, SlotState closed, Set<String> notes) {}

  /** A slot chosen for a block, with the notes its choice gave; no choice when nothing fits. */
  private record Chosen(Phase phase, Slot slot, Choice choice, List<Diagnostic> notes) {}

  /**
   * A slot's prescription for every week of the block. A harder variant that another slot already
   * gives that week ({@code taken}: week, drill id) is not taken: the slot stays on its drill, so
   * no drill appears twice.
   */
  private SlotResult weeks(
      Client client,
      Schedule.Block b,
      Slot slot,
      Progression prog,
      Choice c,
      SlotState open,
      boolean held,
      boolean loadHeld,
      BiPredicate<Integer, String> taken) {
    Set<String> notes = new LinkedHashSet<>();
    int levelStep = c.levelApplied() ? 0 : levelStep(slot, client);
    List<Prescription> items = new ArrayList<>();
    SlotState state = open;
    for (int w = 1; w <= b.weeks(); w++) {
      boolean deload = Progression.deload(b.template(), w);
      int before = state.variant();
      if (w > 1 && !deload && !held) {
        // the load ladder of the drill the client is on now: a variant may use other equipment
        Exercise current = at(c.exercise(), levelStep, state.variant(), client);
        int loadTop = Loads.ladder(current, client).map(Loads.Ladder::top).orElse(-1);
        // a load held for reps short of their targets: no step reaches a heavier one, and the
        // slot's own note says why, not "the heaviest load the client owns"
        state = loadHeld
            ? prog.advance(state, w, Math.min(loadTop, state.load()), n -> { if (!Progression.atKitTop(n)) notes.add(n); })
            : prog.advance(state, w, loadTop, notes::add);
      }
      Exercise e = at(c.exercise(), levelStep, state.variant(), client);
      Exercise stays = state.variant() == before ? e : at(c.exercise(), levelStep, before, client);
      if (stays != e && taken.test(w, e.id())) {
        notes.add(e.name() + " is already in the circuit, so " + stays.name() + " stays");
        state = state.withVariant(before);
        e = stays;
      }
      // The client's level variant of the drill may be the drill another slot gives that week:
      // the slot then gives the drill itself (as its progression has it), not the same drill twice.
      if (levelStep != 0 && taken.test(w, e.id())) {
        Exercise own = at(c.exercise(), 0, state.variant(), client);
        if (own != e && !taken.test(w, own.id())) {
          notes.add(e.name() + ", the variant for the client's level, is already in the circuit, so " + own.name()
              + " is given");
          e = own;
        }
      }
      // A missing level variant is normal (not every drill has one); a rule's harder step is news.
      if (state.variant() != 0 && e == at(c.exercise(), levelStep, 0, client)) {
        notes.add(
            "no "
                + (state.variant() > 0 ? "harder" : "easier")
                + " variant of "
                + c.exercise().name()
                + " suits the client; it stays");
      }
      Dose dose = prog.amount(dose(slot, e, state.amount()), w);
      int tempoWeek = held ? 1 : w;
      String tempo = prog.tempo(tempoWeek).isEmpty() ? e.tempo() : prog.tempo(tempoWeek);
      int loadIndex = state.load();
      Load load = Loads.ladder(e, client).map(l -> l.at(loadIndex)).orElse(null);
      items.add(
          new Prescription(
              slot, e, dose, tempo, slot.restSeconds(), load, c.substituteFor(), c.why()));
    }
    return new SlotResult(items, state, notes);
  }

  /**
   * The start of a substitute's note: the drill the client is given in week 1, and when that is
   * not the substitute itself but a variant of it (the slot's level variant, or where its
   * progression stands), which. The reason that follows is the substitute's.
   */
  private String given(Choice c, Exercise week1, Client client) {
    Exercise sub = c.exercise();
    if (week1 == sub) return sub.name() + " given ";
    String how =
        chooser.walk(sub, client, true).contains(week1)
            ? "an easier variant"
            : chooser.walk(sub, client, false).contains(week1) ? "a harder variant" : "a variant";
    return week1.name() + " given, " + how + " of " + sub.name() + ", ";
  }

  /**
   * What the handout prints for {@code given} in {@code slot}, {@code amount} being in the slot's
   * unit. The slot's {@code unit} and {@code per_side} are the trainer's for the drill the slot
   * names, and hold for any drill given there that counts like it (its level and harder variants,
   * a substitute or fallback dosed the same way). A drill that counts in another unit than both
   * the slot and its named drill (a hold in seconds for a slot of reps; any drill chosen by role,
   * when the slot names none the library has) gets the dose converted to its own unit ({@link
   * #convert}); one done on each side where the named drill is not, or the other way round (or any
   * drill chosen by role), keeps its own per side.
   */
  private Dose dose(Slot slot, Exercise given, int amount) {
    DoseUnit written = slot.dose().unit();
    Optional<Exercise> named =
        slot.exerciseId() == null ? Optional.empty() : library.get(slot.exerciseId());
    boolean asWritten =
        given.dose() == written || named.map(n -> n.dose() == given.dose()).orElse(false);
    DoseUnit unit = asWritten ? written : given.dose();
    boolean perSide =
        named.map(n -> n.perSide() == given.perSide()).orElse(false)
            ? slot.dose().perSide()
            : given.perSide();
    return new Dose(convert(amount, written, unit), unit, perSide);
  }

  /**
   * Equipment the roster lists without weights or grades ("kettlebell", "band") gets the usual
   * steps ({@link Loads}); the block's loads are then a guess at what the client owns, and a note
   * says so once per piece of equipment, in template order.
   */
  private static void tellAssumedLoads(
      Client client, Template t, Map<Slot, List<Prescription>> perSlot, List<Diagnostic> notes) {
    Map<String, Loads.Ladder> assumed = new LinkedHashMap<>();
    loaded(t, perSlot, (slot, x) -> Loads.ladder(x.exercise(), client)
        .filter(Loads.Ladder::assumed)
        .ifPresent(l -> assumed.putIfAbsent(x.load().equipment(), l)));
    assumed.forEach((equipment, ladder) -> {
      boolean graded = ladder.steps().get(0).units() == null;
      String steps = graded
          ? String.join(", ", ladder.steps().stream().map(l -> l.label().replace(" " + equipment, "")).toList())
          : String.join("/", ladder.steps().stream().map(l -> Loads.number(l.amount())).toList()) + " "
              + ladder.steps().get(0).units().symbol();
      notes.add(note(client, client.at(ClientCells.EQUIPMENT), false, equipment + " is listed without "
          + (graded ? "grades" : "weights")
          + ", so the usual " + steps + " are assumed; list the client's own (like " + equipment
          + (graded ? " light/medium" : " " + Loads.number(ladder.steps().get(0).amount()) + "/"
              + Loads.number(ladder.steps().get(1).amount()) + " " + ladder.steps().get(0).units().symbol())
          + ") so that every load is one they have"));
    });
  }

  /**
   * A drill whose load is held in each hand (a farmer carry) needs two of the weight it is given,
   * and a kit that lists one weight of that equipment ("kettlebell 16 kg") may well be one bell:
   * a warning says so once per drill, in template order, and how to give the client another.
   */
  private static void tellPairsNeeded(
      Client client, Template t, Map<Slot, List<Prescription>> perSlot, List<Diagnostic> notes) {
    Set<String> told = new HashSet<>();
    loaded(t, perSlot, (slot, x) -> {
      Exercise e = x.exercise();
      KitItem k = client.equipment().items().get(x.load().equipment());
      if (!e.eachHand() || k == null || k.loads().size() != 1 || !told.add(e.id())) return;
      notes.add(note(client, client.at(ClientCells.EQUIPMENT), true, "slot " + slot.id() + ": " + e.name()
          + " needs a " + k.name() + " in each hand, but the client's equipment lists one weight of it (\""
          + k.written()
          + "\"); if they have only one, add " + e.id() + " to their exclude column and they get another drill"));
    });
  }

  /** Each week's drill of each slot that carries a load, in template order. */
  private static void loaded(Template t, Map<Slot, List<Prescription>> perSlot,
      BiConsumer<Slot, Prescription> each) {
    for (Phase phase : t.phases()) {
      for (Slot slot : phase.slots()) {
        for (Prescription x : perSlot.getOrDefault(slot, List.of())) {
          if (x.load() != null) each.accept(slot, x);
        }
      }
    }
  }

  static final String AT_TOP = "no extra step: already at the top of what the template progresses";

  /** What a trainer can do when a well-done log's extra step moved no slot for the template's caps. */
  static final String RAISE =
      "To go further, raise a cap or give a slot a rule (add, load step, double progression,"
          + " harder) in the template's progression sheet, or move the client on to another template";

  /** The top of the load ladder of the drill {@code s} gives; -1 when it takes no load. */
  private static int loadTopOf(SlotState s, IntFunction<Exercise> variantAt, Client client) {
    return Loads.ladder(variantAt.apply(s.variant()), client).map(Loads.Ladder::top).orElse(-1);
  }

  /** Where a slot with no record of its drill starts: the template's week-1 dose, the level's load. */
  private static SlotState base(Client client, Slot slot) {
    int startLoad = client.level() == Level.ADVANCED ? 1 : 0;
    return new SlotState(slot.dose().amount(), slot.dose().unit(), startLoad, 0);
  }

  /**
   * Where a slot starts, {@code carried} from its record ({@link #opening}) or, without one, at
   * {@link #base}: either way with the load the roster's start loads give the drill it opens with,
   * where they apply ({@link FirstLoads}).
   */
  private static SlotState startLoad(Client client, Built previous, Slot slot,
      UnaryOperator<SlotState> opens, SlotState carried,
      IntFunction<Exercise> variantAt, List<String> notes, List<String> past) {
    SlotState from = carried != null ? carried : base(client, slot);
    Exercise first = variantAt.apply(opens.apply(from).variant());
    return carried == null
        ? FirstLoads.first(client, slot, first, from, notes)
        : FirstLoads.overRecord(client, previous.program.client(), slot, first, carried, notes, past);
  }

  /**
   * How many variants from {@code variant} the drill the last block started the slot with is, in
   * this template's slot: 0 in the same template, but a track's next template may name that drill's
   * harder variant, and a slot held for a note of pain gives the drill the client noted pain with.
   */
  private static int sameDrillAs(Program last, String slotId, int variant,
      IntFunction<Exercise> variantAt) {
    String started = last.weeks().get(0).circuit().stream().filter(p -> p.slot().id().equals(slotId))
        .map(p -> p.exercise().id()).findFirst().orElse(null);
    if (started == null || variantAt.apply(variant).id().equals(started)) return 0;
    for (int k = 1; k <= 4; k++) {
      if (variantAt.apply(variant - k).id().equals(started)) return -k;
      if (variantAt.apply(variant + k).id().equals(started)) return k;
    }
    return 0;
  }

  /**
   * Whether the slot now gives ({@code c}) the drill the last block's stand-in ({@code started}) stood
   * in for, or one of its variants: not while the client still needs a stand-in, however far along
   * its own variants they got, nor when the slot's turn among equally good drills gives another.
   */
  private boolean standInMet(Prescription started, Choice c) {
    if (started == null || !started.isSubstitute() || c.substituteFor() != null) return false;
    return library.get(started.substituteFor())
        .map(stoodFor -> CarryOver.sameMovement(library, c.exercise(), stoodFor)).orElse(false);
  }

  /** How a stand-in's reason starts when the slot's named drill became another at the client's level. */
  private String levelSaid(Slot slot, Prescription started) {
    if (slot.exerciseId() == null) return "";
    return library.get(slot.exerciseId())
        .flatMap(named -> library.get(started.substituteFor()).map(p -> DrillChooser.atLevelSaid(named, p)))
        .orElse("");
  }

  /**
   * Where a slot starts from the record of the last block ({@code previous}): where it ended,
   * adjusted by the log's decision; null when it has no record of the slot's drill (the first
   * block, a slot or drill new to the client), so that it starts at {@link #base}.
   */
  private SlotState opening(
      Client client,
      Slot slot,
      Choice choice,
      Progression prog,
      Built previous,
      LogDecision decision,
      List<String> notes,
      Steps steps,
      IntFunction<Exercise> variantAt) {
    SlotState base = base(client, slot);
    if (previous == null) return null;
    SlotState closed = sameUnit(previous.closed.get(slot.id()), slot);
    SlotState opened = sameUnit(previous.opened.get(slot.id()), slot);
    if (closed == null) return null;
    Prescription ended = CarryOver.endedOn(previous.program, slot.id());
    if (ended != null && !CarryOver.sameMovement(library, variantAt.apply(0), ended.exercise())) {
      // another drill: its own dose, not the last one's (CarryOver says why)
      if (closed.amount() > base.amount() || closed.load() > base.load() || closed.variant() != 0) {
        SlotState fresh = prog.open(base);
        notes.add(CarryOver.notCarried(slot, CarryOver.lastBlock(previous.program, prog.template().id()), ended,
            variantAt.apply(fresh.variant()), CarryOver.shown(slot, fresh.amount(), null)));
      }
      return null;
    }
    // the load ladder of the drill the slot ended on: a harder variant may use other equipment
    int loadTop = loadTopOf(closed, variantAt, client);
    SlotState carried =
        new SlotState(
            Math.max(base.amount(), closed.amount()),
            base.unit(),
            Math.max(base.load(), closed.load()),
            closed.variant());
    LogDecision.Kind kind = decision.kind();
    // A drill the client noted pain with does not progress, however well the rest went: the trainer decides.
    List<ClientNotes.Written> pain = decision.notes().painOn(drillsOf(previous.program, slot.id()));
    if (!pain.isEmpty()) {
      steps.painHeld().put(slot.id(), pain);
      steps.fromStart().add(slot.id());
      steps.decided().put(slot.id(), DrillCounts.Decision.EASED_FOR_PAIN);
      if (kind == LogDecision.Kind.PROGRESS) steps.heldBack().add(slot.id());
      SlotState held =
          kind == LogDecision.Kind.REGRESS ? prog.regress(opened, loadTopOf(opened, variantAt, client)) : opened;
      return held.withVariant(held.variant() + sameDrillAs(previous.program, slot.id(), opened.variant(), variantAt));
    }
    // A stand-in the client had for want of kit (or for a limitation) since met: the drill given now
    // is new to them, and starts where the template starts it, not at the stand-in's place among its
    // variants, which would keep the client on the stand-in. A slot that still needs a stand-in has
    // not met it, though the stand-in differs (a slot chosen by role takes turns among its drills,
    // and so among their stand-ins): it carries on.
    Prescription started = CarryOver.startedOn(previous.program, slot.id());
    if (standInMet(started, choice)) {
      SlotState fresh = prog.open(base);
      notes.add(CarryOver.standInMet(slot, started, levelSaid(slot, started), variantAt.apply(fresh.variant()),
          CarryOver.shown(slot, fresh.amount(), null)));
      steps.standInMet().add(slot.id());
      return null;
    }
    Optional<Double> amounts = slotShare(previous.program, slot.id(), decision::share);
    Optional<Double> loads = slotShare(previous.program, slot.id(), decision::loadShare);
    // the lower of the two decides, and the note says which
    boolean byLoad = loads.isPresent() && (amounts.isEmpty() || loads.get() < amounts.get());
    Optional<Double> share = byLoad ? loads : amounts;
    String shown =
        share.map(x -> Math.round(x * 100) + (byLoad ? "% of its prescribed loads" : "% of its targets"))
            .orElse("");
    // One drill clearly short of its targets repeats on its own, even in a block that went well.
    if (share.isPresent()
        && share.get() < LogDecision.MISSED_SHARE_PERCENT / 100.0
        && (kind == LogDecision.Kind.DEFAULT || kind == LogDecision.Kind.PROGRESS)) {
      notes.add("slot " + slot.id() + ": repeats the last block's start because the log shows " + shown);
      if (kind == LogDecision.Kind.PROGRESS) steps.heldBack().add(slot.id());
      steps.fromStart().add(slot.id());
      steps.decided().put(slot.id(), DrillCounts.Decision.HELD);
      return opened;
    }
    Optional<SlotState> stalled = loads.isPresent() && loads.get() < LogDecision.DONE_SHARE_PERCENT / 100.0
        || !(kind == LogDecision.Kind.DEFAULT || kind == LogDecision.Kind.PROGRESS) || loadTop < 0
        ? Optional.empty() : stalled(client, slot, ended, carried, decision, notes, steps);
    if (stalled.isPresent()) return stalled.get();
    if ((kind == LogDecision.Kind.PROGRESS || byLoad && kind == LogDecision.Kind.DEFAULT)
        && share.isPresent()
        && share.get() < LogDecision.DONE_SHARE_PERCENT / 100.0) {
      if (kind == LogDecision.Kind.PROGRESS) steps.heldBack().add(slot.id());
      if (!byLoad) {
        notes.add("slot " + slot.id() + ": no extra step, the log shows " + shown);
        steps.decided().put(slot.id(), DrillCounts.Decision.AS_PLANNED);
        return carried;
      }
      // lighter than printed: the dose carries on, the load goes back to where the last block
      // started (what the client managed), or stays there
      int load = Math.min(carried.load(), opened.load());
      steps.decided().put(slot.id(),
          load < carried.load() ? DrillCounts.Decision.EASED_FOR_LOAD : DrillCounts.Decision.AS_PLANNED);
      notes.add("slot " + slot.id() + ": "
          + (load < carried.load() ? "back to the load the last block started with" : "no heavier load")
          + ", because the log shows " + shown);
      return new SlotState(carried.amount(), carried.unit(), load, carried.variant());
    }
    return switch (kind) {
      case DEFAULT -> {
        tellCarried(client, slot, prog, previous.program, carried, base, false, variantAt, notes);
        steps.decided().put(slot.id(), DrillCounts.Decision.AS_PLANNED);
        yield carried;
      }
      case PROGRESS -> {
        SlotState up = prog.bump(carried, loadTop);
        // Say so rather than let "progressed" promise a change the caps did not allow.
        SlotState a = prog.open(up);
        SlotState b = prog.open(carried);
        // what week 1 prints: a harder variant the library lacks for this client is no step, nor
        // a load step on a drill that takes no load
        Exercise ea = variantAt.apply(a.variant());
        Exercise eb = variantAt.apply(b.variant());
        boolean moved = a.amount() != b.amount() || ea != eb
            || !Objects.equals(Loads.ladder(ea, client).map(l -> l.at(a.load())).orElse(null),
                Loads.ladder(eb, client).map(l -> l.at(b.load())).orElse(null));
        tellCarried(client, slot, prog, previous.program, carried, base, moved, variantAt, notes);
        steps.decided().put(slot.id(), moved ? DrillCounts.Decision.PROGRESSED : DrillCounts.Decision.AS_PLANNED);
        if (moved) {
          steps.stepped().add(slot.id());
        } else if (prog.anyProgression().isPresent()) {
          // b: where the slot opens without the extra step
          boolean harderLeft = variantAt.apply(b.variant() + 1) != eb;
          List<String> limits = prog.limits(b, loadTop, harderLeft);
          steps.atTop().put(slot.id(), limits);
          notes.add("slot " + slot.id() + ": " + AT_TOP + ": " + Plateau.limitText(limits));
        } else {
          steps.unruled().add(slot.id());
          if (loadTop > carried.load()) steps.loadable().add(slot.id());
        }
        yield up;
      }
      case REPEAT -> {
        steps.fromStart().add(slot.id());
        steps.decided().put(slot.id(), DrillCounts.Decision.HELD);
        yield opened;
      }
      case REGRESS -> {
        steps.fromStart().add(slot.id());
        SlotState back = prog.regress(opened, loadTopOf(opened, variantAt, client));
        // a slot with no step to go back (no rule, the lightest load) is held, not counted as eased
        steps.decided().put(slot.id(),
            back.equals(opened) ? DrillCounts.Decision.HELD : DrillCounts.Decision.EASED_FOR_EFFORT);
        (back.equals(opened) ? steps.stayed() : steps.eased()).add(slot.id());
        if (back.equals(opened)) {
          int top = loadTopOf(opened, variantAt, client);
          steps.whyStayed().add(prog.anyProgression().isEmpty() ? "no rule of the template"
              : !prog.movesLoad() ? "at the start of its rule"
              : top < 0 ? "a drill that takes no load" : opened.load() == 0 ? "on the lightest load the client owns"
              : "at the start of its rule");
        }
        yield back;
      }
    };
  }

  /**
   * Where a slot starts whose drill the last block's log shows short of its reps at the heaviest load
   * it printed (under {@value LogDecision#DONE_SHARE_PERCENT}% of its targets there): at that load,
   * with no load step all block, as a coach keeps a client on a bell until the reps (or the time) are there.
   * Never heavier than where the slot would carry on ({@code carried}), and never lighter than a load
   * the client logged the full reps at, since that load is the heaviest one logged. Empty for a drill
   * that met its reps there, or that the log has no amounts for.
   */
  private Optional<SlotState> stalled(Client client, Slot slot, Prescription ended, SlotState carried,
      LogDecision decision, List<String> notes, Steps steps) {
    if (ended == null || ended.load() == null) return Optional.empty();
    Optional<LogDecision.Heaviest> at = decision.heaviest(ended.exercise().id()).filter(LogDecision.Heaviest::fellShort);
    Optional<Loads.Ladder> ladder = Loads.ladder(ended.exercise(), client);
    if (at.isEmpty() || ladder.isEmpty()) return Optional.empty();
    LogDecision.Heaviest h = at.get();
    int index = ladder.get().steps().stream().map(Load::label).toList().indexOf(h.label());
    if (index < 0) return Optional.empty();
    int load = Math.min(carried.load(), index);
    if (decision.kind() == LogDecision.Kind.PROGRESS) steps.heldBack().add(slot.id());
    steps.loadHeld().add(slot.id());
    steps.decided().put(slot.id(),
        load < carried.load() ? DrillCounts.Decision.EASED_FOR_LOAD : DrillCounts.Decision.HELD);
    notes.add(heldNote(slot, ended.exercise().name(), h.label(), h));
    return Optional.of(carried.withLoad(load));
  }

  /**
   * The note on a slot kept all block at {@code at}, for reps short of their targets at {@code h}'s
   * load: the load the log shows, or another one the roster's start load gives in its place.
   */
  private static String heldNote(Slot slot, String name, String at, LogDecision.Heaviest h) {
    String weeks = h.fromWeek() == h.toWeek() ? "week " + h.fromWeek() : "weeks " + h.fromWeek() + " to " + h.toWeek();
    boolean same = at.equals(h.label());
    String load = same ? "that load" : h.label();
    String shows = h.lighter() ? "a lighter load than " + (same ? "that" : h.label()) + " in " + weeks
        + ", so none of its targets at it" : (int) Math.floor(h.share() * 100) + "% of its targets at " + load
        + " in " + weeks;
    return "slot " + slot.id() + ": " + name + " stays at " + at + (same ? "" : ", the roster's new start load,")
        + " all block, with no heavier load, because the log shows " + shows
        + "; a heavier one comes when a log shows them met there";
  }

  /**
   * Says which load a slot kept at its load is held at when the roster's start load, written since the
   * last block, gives another one than the log ({@code load} of {@code drill}): the one the handout prints.
   */
  private static void heldAtStartLoad(Client client, Slot slot, Program last, LogDecision decision, Exercise drill,
      int load, List<String> notes) {
    Prescription ended = CarryOver.endedOn(last, slot.id());
    LogDecision.Heaviest h = decision.heaviest(ended.exercise().id()).orElseThrow();
    int at = notes.indexOf(heldNote(slot, ended.exercise().name(), h.label(), h));
    if (at < 0) return;
    Loads.ladder(drill, client).ifPresent(l ->
        notes.set(at, heldNote(slot, ended.exercise().name(), l.at(load).label(), h)));
  }

  /**
   * Says so when a slot starts from where the slot of the same id ended in another template, not at
   * this template's week-1 dose or load ({@code from}, or one step on from it when {@code stepped}),
   * so that the template's own numbers are not silently replaced.
   */
  private static void tellCarried(Client client, Slot slot, Progression prog, Program previous, SlotState from,
      SlotState base, boolean stepped, IntFunction<Exercise> variantAt, List<String> notes) {
    if (previous.template().id().equals(prog.template().id())) return;
    SlotState a = prog.open(from);
    SlotState b = prog.open(base);
    String loadA = loadAt(variantAt.apply(a.variant()), a.load(), client);
    String loadB = loadAt(variantAt.apply(b.variant()), b.load(), client);
    boolean loads = !Objects.equals(loadA, loadB);
    if (a.amount() == b.amount() && !loads) return;
    notes.add(CarryOver.carried(slot, previous.template().id(), stepped,
        CarryOver.shown(slot, a.amount(), loads ? loadA : null), CarryOver.shown(slot, b.amount(), loads ? loadB : null)));
  }

  private static String loadAt(Exercise e, int load, Client client) {
    return Loads.ladder(e, client).map(l -> l.at(load).label()).orElse(null);
  }

  /** The logged share of a slot's targets in the last block, over the drills it had there. */
  private static Optional<Double> slotShare(
      Program previous, String slotId, Function<String, Optional<Double>> share) {
    return drillsOf(previous, slotId).stream()
        .map(share)
        .flatMap(Optional::stream)
        .min(Double::compare);
  }

  /** The drills a slot gave in a block, in the order of its weeks. */
  private static List<String> drillsOf(Program p, String slotId) {
    return p.weeks().stream()
        .flatMap(w -> w.circuit().stream())
        .filter(x -> x.slot().id().equals(slotId))
        .map(x -> x.exercise().id())
        .distinct()
        .toList();
  }

  private static SlotState sameUnit(SlotState s, Slot slot) {
    return s != null && s.unit() == slot.dose().unit() ? s : null;
  }

  /**
   * A dose in another unit when the chosen drill counts differently: a rep is taken as about 3 s
   * and a breath as about 6 s; seconds round to 5.
   */
  static int convert(int amount, DoseUnit from, DoseUnit to) {
    if (from == to) return amount;
    double seconds = amount * secondsPer(from);
    return to.round(seconds / secondsPer(to));
  }

  private static double secondsPer(DoseUnit u) {
    return switch (u) {
      case REPS -> 3;
      case BREATHS -> 6;
      case SECONDS -> 1;
    };
  }

  private static String name(Level level) {
    return level.name().toLowerCase(Locale.ROOT);
  }

  private static Diagnostic note(Client c, boolean warning, String message) {
    return note(c, c.where(), warning, message);
  }

  private static Diagnostic note(Client c, org.circuitpress.model.Location at, boolean warning, String message) {
    String msg = who(c) + message;
    Diagnostic d = warning ? Diagnostic.warning(at, msg) : Diagnostic.info(at, msg);
    return d.forClient(c.id());
  }
}
