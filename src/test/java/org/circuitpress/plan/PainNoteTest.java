package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Library;
import org.circuitpress.model.Level;
import org.circuitpress.model.Load;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.LogNote;
import org.circuitpress.model.Phase;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Severity;
import org.circuitpress.model.StartLoads;
import org.circuitpress.model.Template;
import org.circuitpress.model.Units;
import org.circuitpress.model.Week;
import org.junit.jupiter.api.Test;

/**
 * A client who writes in the log that a drill hurt gets a next block in which that drill does not
 * progress, and the trainer is warned with the note quoted; notes that say there was no pain, or
 * only the soreness of training, change nothing. Every note is listed for the trainer.
 */
class PainNoteTest {
  private static final String LOG = "output/2026-12/c1/log.xlsx";
  private final Planner planner = new Planner(PlanFixtures.library(), PlanFixtures.catalog());
  private final Client client =
      PlanFixtures.client("c1", Level.INTERMEDIATE, PlanFixtures.fullKit(Units.KG), "", "");
  private final Program december =
      planner.plan(client, YearMonth.of(2026, 12), Optional.empty(), new Diagnostics()).orElseThrow();

  /** The Notes cell of a row of the week's sheet, as the log workbook lays them out (column Q). */
  private static Location notesCell(int week, int row) {
    return Location.ofCell(LOG, "Week " + week, row, 16, "Notes");
  }

  /**
   * Every round of the December block done as printed at RPE 6 (a log that earns an extra step),
   * with the notes {@code notes} gives each entry.
   */
  private BlockLog log(Function<LogEntry, List<LogNote>> notes) {
    List<LogEntry> entries = new ArrayList<>();
    for (Week w : december.weeks()) {
      int row = 2;
      for (int s = 1; s <= w.sessions(); s++) {
        for (int r = 1; r <= w.rounds(); r++) {
          for (Prescription p : w.circuit()) {
            LogEntry plain = new LogEntry(w.number(), s, r, p.exercise().id(), w.sessionDates().get(s - 1),
                (double) p.dose().amount(), p.load() == null ? null : p.load().amount(), true, 6, "",
                Location.ofRow(LOG, "Week " + w.number(), row));
            entries.add(new LogEntry(plain.week(), s, r, plain.exerciseId(), plain.date(), plain.amount(), plain.load(),
                null, true, 6, plain.where(), notes.apply(plain)));
            row++;
          }
        }
      }
    }
    return new BlockLog("c1", december.block(), "log.xlsx", entries);
  }

  /** A note on one drill in one round: {@code text} in the Notes cell of its row. */
  private static Function<LogEntry, List<LogNote>> on(String drill, int week, int session, int round, String text) {
    return e -> e.exerciseId().equals(drill) && e.week() == week && e.session() == session && e.round() == round
        ? List.of(LogNote.of(text, notesCell(week, e.where().row())))
        : List.of();
  }

  private Program january(BlockLog log, Diagnostics d) {
    return planner.plan(client, YearMonth.of(2027, 1), Optional.of(log), d).orElseThrow();
  }

  private static List<Prescription> slot(Program p, String slot) {
    return p.weeks().stream().flatMap(w -> w.circuit().stream()).filter(x -> x.slot().id().equals(slot)).toList();
  }

  private static List<Diagnostic> warnings(Program p) {
    return p.notes().stream().filter(n -> n.severity() == Severity.WARNING).toList();
  }

  @Test
  void aNoteOfPainHoldsItsDrillAtTheLastBlocksStartAndOnlyThatDrill() {
    Program easy = january(log(e -> List.of()), new Diagnostics());
    // without the note the windmill goes on from 12 kg, one step further: 16 kg
    assertThat(slot(easy, "windmill").get(0).load().label()).isEqualTo("16 kg");

    Diagnostics d = new Diagnostics();
    Program p = january(log(on("kb-windmill", 3, 2, 1, "sharp pain in right shoulder")), d);
    // every week gives what the December block started with: 8 reps per side, 8 kg, tempo 3-1-3-1
    assertThat(slot(p, "windmill")).hasSize(p.weeks().size());
    for (Prescription x : slot(p, "windmill")) {
      assertThat(x.exercise().id()).isEqualTo("kb-windmill");
      assertThat(x.dose().format()).isEqualTo("8 reps per side");
      assertThat(x.load().label()).isEqualTo("8 kg");
      assertThat(x.tempo()).isEqualTo("3-1-3-1");
    }
    assertThat(slot(december, "windmill").get(0).load().label()).isEqualTo("8 kg");
    // every other slot as the log decides without the note
    for (String other : List.of("breathe", "roll-lats", "extend", "rotate", "pulldown")) {
      assertThat(slot(p, other)).as(other).isEqualTo(slot(easy, other));
    }
    assertThat(warnings(p)).singleElement().satisfies(w -> {
      assertThat(w.location()).isEqualTo(notesCell(3, w.location().row()));
      assertThat(w.message()).isEqualTo("Client c1 (c1): slot windmill: held at kb windmill 8 reps per side"
          + " with 8 kg every week: the client's note on it reports pain: \"sharp pain in right shoulder\" (week"
          + " 3, session 2, round 1, in Week 3!Q" + w.location().row() + "); that is where the last block started."
          + " Ask the client about it, then change the drill, its dose or the client's limitations if need be");
    });
    // the run's diagnostics get it too, so the client is done with warnings
    assertThat(d.all()).filteredOn(x -> x.severity() == Severity.WARNING).hasSize(1);
    // the extra step the log earned names the slot held back
    assertThat(p.notes().get(0).message()).contains("but no slot could take it")
        .contains("1 slot is held back by its own log");
    // the whole plan, for a reader: the windmill's weeks, the other slots' and every note
    Golden.check("logs/pain-note.txt", PlanText.format(p));
  }

  @Test
  void notesThatSayThereWasNoPainOrOnlySorenessHoldNothing() {
    Program easy = january(log(e -> List.of()), new Diagnostics());
    List<String> fine = List.of("no pain", "Pain-free today!", "didn't hurt at all", "sore muscles next day",
        "DOMS in the lats", "no sharp pain, just stiff", "pain 0/10", "Nothing hurt");
    Diagnostics d = new Diagnostics();
    // one in the first round of each session, as long as they last
    Program p = january(log(e -> {
      int i = (e.week() - 1) * 3 + e.session() - 1;
      return e.exerciseId().equals("kb-windmill") && e.round() == 1 && i < fine.size()
          ? List.of(LogNote.of(fine.get(i), notesCell(e.week(), e.where().row())))
          : List.of();
    }), d);
    assertThat(p.weeks()).isEqualTo(easy.weeks());
    assertThat(warnings(p)).isEmpty();
    assertThat(d.all()).isEmpty();
    // the trainer still reads them, none of them marked as pain
    assertThat(p.notes().get(1).message()).startsWith("Client c1 (c1): notes the client wrote in log.xlsx: kb windmill:"
        + " \"no pain\" (week 1, session 1, round 1, in Week 1!Q7), \"Pain-free today!\" (week 1, session 2,")
        .contains("\"pain 0/10\"").doesNotContain("read as pain");
  }

  @Test
  void aNoteOfAWholeSessionHoldsNoDrillButWarns() {
    // the handout's notes box of a session: one field, read for every drill of the session
    Location field = Location.ofField("output/2026-12/c1/handout.pdf", "c1.w2.s1.notes (week 2, session 1: notes)");
    Program easy = january(log(e -> List.of()), new Diagnostics());
    Program p = january(log(e -> e.week() == 2 && e.session() == 1 ? List.of(LogNote.of("knee hurt", field))
        : List.of()), new Diagnostics());
    assertThat(p.weeks()).isEqualTo(easy.weeks());
    assertThat(warnings(p)).singleElement().satisfies(w -> {
      assertThat(w.location()).isEqualTo(field);
      assertThat(w.message()).isEqualTo("Client c1 (c1): a note of the client's for a whole session reports pain:"
          + " \"knee hurt\" (week 2, session 1, in field c1.w2.s1.notes); it was written for the whole session, not"
          + " beside one drill, so no drill is held back for it. Ask the client which drill it was");
    });
  }

  /**
   * Found walking through the README as a trainer: a note of pain copied into each round's row of
   * a drill that the new block no longer gives (the trainer marked it contraindicated after reading
   * the note) was warned about once per row, where a drill held back gets one warning that counts
   * the other notes.
   */
  @Test
  void notesOfPainOnADrillTheBlockNoLongerGivesAreOneWarning() {
    Client shoulder = PlanFixtures.client("c1", Level.INTERMEDIATE, PlanFixtures.fullKit(Units.KG), "shoulder", "");
    BlockLog log = log(e -> e.exerciseId().equals("kb-windmill") && e.week() == 3 && e.session() == 2
        ? List.of(LogNote.of("sharp pain in right shoulder", notesCell(3, e.where().row())))
        : List.of());
    Program p = planner.plan(shoulder, YearMonth.of(2027, 1), Optional.of(log), new Diagnostics()).orElseThrow();
    assertThat(slot(p, "windmill")).noneMatch(x -> x.exercise().id().equals("kb-windmill"));
    int more = december.weeks().get(2).rounds() - 1;
    assertThat(more).isPositive();
    assertThat(warnings(p)).singleElement().satisfies(w -> assertThat(w.message())
        .startsWith("Client c1 (c1): the client's note on ")
        .contains(" reports pain: \"sharp pain in right shoulder\" (week 3, session 2, round 1, in Week 3!Q")
        .endsWith(", and " + more + " more note" + (more == 1 ? "" : "s") + " of pain on it; this block does not give"
            + " that drill, so nothing is held back for it. Ask the client about it before the drill comes back"));
  }

  @Test
  void everyNoteIsListedOnceByDrillWithWhenAndWhere() {
    Function<LogEntry, List<LogNote>> notes = e -> {
      List<LogNote> out = new ArrayList<>();
      Location cell = notesCell(e.week(), e.where().row());
      if (e.exerciseId().equals("roll-lats") && e.week() == 1 && e.session() == 1) out.add(LogNote.of("felt easy", cell));
      if (e.exerciseId().equals("kb-windmill") && e.week() == 4 && e.session() == 3 && e.round() == 2) {
        out.add(LogNote.of("left side " + "much harder than the right, ".repeat(8), cell));
      }
      if (e.exerciseId().equals("band-pulldown") && e.week() == 2 && e.session() == 1 && e.round() == 1) {
        // kept as a note beside a number, and a weight typed in a band's box that a warning names
        Location actual = Location.ofCell(LOG, "Week 2", e.where().row(), 13, "Actual");
        Location load = Location.ofCell(LOG, "Week 2", e.where().row(), 14, "Actual load");
        out.add(new LogNote("amount", "15 (hard)", actual, false));
        out.add(new LogNote("load", "12kg", load, true));
      }
      return out;
    };
    Program p = january(log(notes), new Diagnostics());
    String listing = p.notes().get(1).message();
    assertThat(listing).isEqualTo("Client c1 (c1): notes the client wrote in log.xlsx: roll lats:"
        + " \"felt easy\" (week 1, session 1, rounds 1 and 2, in Week 1!Q3 and 1 more); band pulldown:"
        + " \"amount: 15 (hard)\" (week 2, session 1, round 1, in Week 2!N6); kb windmill: \"left side much harder"
        + " than the right, much harder than the right, much harder than the right, much harder than the\u2026\""
        + " (week 4, session 3, round 2, in Week 4!Q49)");
    assertThat(warnings(p)).isEmpty();
  }

  /**
   * A start load written on the roster since the last block wins over the load carried over, but
   * not over a hold for pain: the trainer is to speak with the client first.
   */
  @Test
  void aStartLoadWrittenSinceTheLastBlockDoesNotMoveADrillHeldForPain() {
    Client withStart = client.withStartLoads(new StartLoads(
        Map.of("kb-windmill", new StartLoads.Item("kettlebell windmill 16 kg", new Load("kettlebell", 16, Units.KG, "16 kg"))),
        Map.of(), Location.ofCell("roster.csv", null, 2, 14, "start_loads")));
    YearMonth january = YearMonth.of(2027, 1);
    Program free = planner.plan(withStart, january, Optional.of(log(e -> List.of())), december, new Diagnostics())
        .orElseThrow();
    assertThat(slot(free, "windmill").get(0).load().label()).isEqualTo("16 kg");

    Program held = planner.plan(withStart, january,
        Optional.of(log(on("kb-windmill", 3, 2, 1, "sharp pain in right shoulder"))), december, new Diagnostics())
        .orElseThrow();
    assertThat(slot(held, "windmill")).isNotEmpty().allSatisfy(x -> assertThat(x.load().label()).isEqualTo("8 kg"));
  }

  /**
   * Found walking through two months as a trainer: "knee hurt a bit on the squats", typed on the
   * push-up's row, held the push-up while the squat went up a load. A note of pain that names a
   * drill of the last block holds that drill too, wherever it was written, and the warning says
   * the note names it.
   */
  @Test
  void aNoteOfPainOnOneDrillsRowThatNamesAnotherHoldsBoth() {
    Program easy = january(log(e -> List.of()), new Diagnostics());
    assertThat(slot(easy, "windmill").get(0).load().label()).isEqualTo("16 kg");
    Program p = january(log(on("band-pulldown", 3, 2, 1, "knee hurt a bit on the kb windmills")), new Diagnostics());
    assertThat(slot(p, "windmill")).isNotEmpty().allSatisfy(x -> assertThat(x.load().label()).isEqualTo("8 kg"));
    // the drill whose row it is on is held as before
    assertThat(slot(p, "pulldown")).isNotEmpty()
        .allSatisfy(x -> assertThat(x.dose()).isEqualTo(slot(december, "pulldown").get(0).dose()));
    for (String other : List.of("breathe", "roll-lats", "extend", "rotate")) {
      assertThat(slot(p, other)).as(other).isEqualTo(slot(easy, other));
    }
    assertThat(warnings(p)).hasSize(2).anySatisfy(w -> assertThat(w.message()).isEqualTo("Client c1 (c1): slot"
        + " windmill: held at kb windmill 8 reps per side with 8 kg every week, as a note of pain names it: the"
        + " client's note on band pulldown reports pain: \"knee hurt a bit on the kb windmills\" (week 3, session 2,"
        + " round 1, in Week 3!Q" + w.location().row() + "); that is where the last block started. Ask the client"
        + " about it, then change the drill, its dose or the client's limitations if need be"))
        .anySatisfy(w -> assertThat(w.message()).startsWith("Client c1 (c1): slot pulldown: held at band pulldown ")
            .contains(" every week: the client's note on it reports pain: \"knee hurt a bit on the kb windmills\""));
  }

  /** A note in the handout's notes box of a session, or outside the week sheets, that names a drill holds it. */
  @Test
  void aNoteOfAWholeSessionOrOutsideTheWeekSheetsThatNamesADrillHoldsIt() {
    Location field = Location.ofField("output/2026-12/c1/handout.pdf", "c1.w2.s1.notes (week 2, session 1: notes)");
    Program p = january(log(e -> e.week() == 2 && e.session() == 1
        ? List.of(LogNote.of("pinched on the kb windmill", field)) : List.of()), new Diagnostics());
    assertThat(slot(p, "windmill")).isNotEmpty().allSatisfy(x -> assertThat(x.load().label()).isEqualTo("8 kg"));
    assertThat(warnings(p)).singleElement().satisfies(w -> {
      assertThat(w.location()).isEqualTo(field);
      assertThat(w.message()).isEqualTo("Client c1 (c1): slot windmill: held at kb windmill 8 reps per side with 8 kg"
          + " every week, as a note of pain names it: a note of the client's for a whole session reports pain:"
          + " \"pinched on the kb windmill\" (week 2, session 1, in field c1.w2.s1.notes); that is where the last block"
          + " started. Ask the client about it, then change the drill, its dose or the client's limitations if need be");
    });

    Location startHere = Location.ofCell(LOG, "Start here", 22, 0, null);
    BlockLog filled = log(e -> List.of());
    BlockLog withWords = new BlockLog(filled.clientId(), filled.block(), filled.source(), filled.entries(),
        List.of(LogNote.of("KB Windmill made my shoulder hurt in week 3", startHere)));
    Program q = january(withWords, new Diagnostics());
    assertThat(slot(q, "windmill")).isNotEmpty().allSatisfy(x -> assertThat(x.load().label()).isEqualTo("8 kg"));
    assertThat(warnings(q)).singleElement().satisfies(w -> assertThat(w.message()).contains("slot windmill: held at kb"
        + " windmill 8 reps per side with 8 kg every week, as a note of pain names it: a note of the client's outside"
        + " the week sheets reports pain: \"KB Windmill made my shoulder hurt in week 3\" (in log.xlsx, sheet"));
  }

  /**
   * Found in review (a tablet's comment tool): a comment on the handout's pages is the client's note
   * of the session it is on, or of the block beside no session; one that reports pain and names a
   * drill holds it as a note in the session's notes box does, and is named by its page.
   */
  @Test
  void aCommentOnTheHandoutThatNamesADrillHoldsItAsANoteOfTheSessionDoes() {
    String handout = "output/2026-12/c1/handout.pdf";
    Location comment = Location.ofComment(handout, 6);
    Program p = january(log(e -> e.week() == 2 && e.session() == 1
        ? List.of(new LogNote(null, "pinched on the kb windmill", comment, true)) : List.of()), new Diagnostics());
    assertThat(slot(p, "windmill")).isNotEmpty().allSatisfy(x -> assertThat(x.load().label()).isEqualTo("8 kg"));
    assertThat(warnings(p)).singleElement().satisfies(w -> {
      assertThat(w.location()).isEqualTo(comment);
      assertThat(w.message()).contains("as a note of pain names it: a note of the client's for a whole session reports"
          + " pain: \"pinched on the kb windmill\" (week 2, session 1, in a comment on page 6)");
    });

    BlockLog filled = log(e -> List.of());
    BlockLog onCover = new BlockLog(filled.clientId(), filled.block(), filled.source(), filled.entries(),
        List.of(LogNote.of("KB Windmill made my shoulder hurt in week 3", Location.ofComment(handout, 1))));
    Program q = january(onCover, new Diagnostics());
    assertThat(slot(q, "windmill")).isNotEmpty().allSatisfy(x -> assertThat(x.load().label()).isEqualTo("8 kg"));
    assertThat(warnings(q)).singleElement().satisfies(w -> assertThat(w.message()).contains("as a note of pain names"
        + " it: a note of the client's in a comment on the handout beside no session reports pain: \"KB Windmill made"
        + " my shoulder hurt in week 3\" (in handout.pdf, a comment on page 1)"));
    assertThat(q.notes()).anySatisfy(n -> assertThat(n.message()).endsWith("notes the client wrote in handout.pdf:"
        + " comments on the handout beside no session: \"KB Windmill made my shoulder hurt in week 3\" (in handout.pdf,"
        + " a comment on page 1; read as pain)"));
  }

  /**
   * A word that is not enough to tell which drill (an everyday word such as "row", or one several
   * drills share) holds nothing, and the warning says which drills it might be.
   */
  @Test
  void aWordThatMightNameADrillHoldsNothingAndSaysWhichItMightBe() {
    Planner rows = bandRow();
    Program dec = rows.plan(client, YearMonth.of(2026, 12), Optional.empty(), new Diagnostics()).orElseThrow();
    Location field = Location.ofField("output/2026-12/c1/handout.pdf", "c1.w2.s1.notes (week 2, session 1: notes)");
    List<LogEntry> entries = log(e -> e.week() == 2 && e.session() == 1
        ? List.of(LogNote.of("elbow hurt two sessions in a row", field)) : List.of()).entries();
    Program easy = rows.plan(client, YearMonth.of(2027, 1), Optional.of(log(e -> List.of())), dec, new Diagnostics())
        .orElseThrow();
    Program p = rows.plan(client, YearMonth.of(2027, 1), Optional.of(new BlockLog("c1", dec.block(), "log.xlsx",
        entries)), dec, new Diagnostics()).orElseThrow();
    assertThat(p.weeks()).isEqualTo(easy.weeks());
    assertThat(warnings(p)).singleElement().satisfies(w -> assertThat(w.message()).endsWith("so no drill is held back"
        + " for it. Ask the client which drill it was. The word \"row\" in the note might mean Band row; it is not"
        + " held back for that word alone"));
  }

  /**
   * A word that names the drill of the row the note is on ("elbow hurt on the rows" on Band row's
   * row) holds that drill as a note of its own: the warning does not also say the drill is not held
   * back for that word.
   */
  @Test
  void aWordThatNamesTheRowsOwnDrillIsNotSaidToHoldNothing() {
    Planner rows = bandRow();
    Program dec = rows.plan(client, YearMonth.of(2026, 12), Optional.empty(), new Diagnostics()).orElseThrow();
    List<LogEntry> entries = log(on("band-pulldown", 3, 2, 1, "elbow hurt on the rows")).entries();
    Program p = rows.plan(client, YearMonth.of(2027, 1), Optional.of(new BlockLog("c1", dec.block(), "log.xlsx",
        entries)), dec, new Diagnostics()).orElseThrow();
    assertThat(warnings(p)).singleElement().satisfies(w -> assertThat(w.message())
        .startsWith("Client c1 (c1): slot pulldown: held at Band row ")
        .contains(" every week: the client's note on it reports pain: \"elbow hurt on the rows\"")
        .doesNotContain("might mean"));
  }

  /**
   * Found in review: a note of pain that names a drill the new block no longer gives (the trainer
   * marked it contraindicated since) held nothing for it and did not say so.
   */
  @Test
  void aNoteOfPainThatNamesADrillTheBlockNoLongerGivesSaysSo() {
    Planner noWindmill = withoutWindmill();
    BlockLog onRow = log(on("band-pulldown", 3, 2, 1, "knee hurt a bit on the kb windmills"));
    Program p = noWindmill.plan(client, YearMonth.of(2027, 1), Optional.of(onRow), december, new Diagnostics())
        .orElseThrow();
    assertThat(slot(p, "windmill")).isEmpty();
    assertThat(warnings(p)).hasSize(2)
        .anySatisfy(w -> assertThat(w.message()).startsWith("Client c1 (c1): slot pulldown: held at band pulldown "))
        .anySatisfy(w -> assertThat(w.message()).isEqualTo("Client c1 (c1): the client's note on band pulldown reports"
            + " pain: \"knee hurt a bit on the kb windmills\" (week 3, session 2, round 1, in Week 3!Q"
            + w.location().row() + "); it also names kb windmill, which this block does not give, so nothing is held"
            + " back for it. Ask the client about it before the drill comes back"));

    Location startHere = Location.ofCell(LOG, "Start here", 22, 0, null);
    BlockLog filled = log(e -> List.of());
    BlockLog outside = new BlockLog(filled.clientId(), filled.block(), filled.source(), filled.entries(),
        List.of(LogNote.of("KB Windmill made my shoulder hurt in week 3", startHere)));
    Program q = noWindmill.plan(client, YearMonth.of(2027, 1), Optional.of(outside), december, new Diagnostics())
        .orElseThrow();
    assertThat(warnings(q)).singleElement().satisfies(w -> assertThat(w.message()).startsWith("Client c1 (c1): a note"
        + " of the client's outside the week sheets reports pain: \"KB Windmill made my shoulder hurt in week 3\"")
        .endsWith("; it names kb windmill, which this block does not give, so nothing is held back for it. Ask the"
            + " client about it before the drill comes back"));
  }

  /**
   * Found in review: a note outside the week sheets that named, by one word only, a drill the new
   * block no longer gives said "it names kb windmill" and not the word, so that a wrong guess did
   * not show. It quotes the word, as the warning of a drill held for one word does.
   */
  @Test
  void aDrillTheBlockNoLongerGivesNamedByOneWordIsSaidWithTheWord() {
    Planner noWindmill = withoutWindmill();
    BlockLog filled = log(e -> List.of());
    BlockLog outside = new BlockLog(filled.clientId(), filled.block(), filled.source(), filled.entries(),
        List.of(LogNote.of("Windmills made my shoulder hurt in week 3",
            Location.ofCell(LOG, "Start here", 22, 0, null))));
    Program q = noWindmill.plan(client, YearMonth.of(2027, 1), Optional.of(outside), december, new Diagnostics())
        .orElseThrow();
    assertThat(warnings(q)).singleElement().satisfies(w -> assertThat(w.message()).endsWith("; it names kb windmill"
        + " (it says \"Windmills\" and no other drill of the last block has that word), which this block does not"
        + " give, so nothing is held back for it. Ask the client about it before the drill comes back"));
  }

  /** Found in review: a note with two words that might each name a drill said only the first. */
  @Test
  void eachWordThatMightNameADrillIsSaid() {
    String extend = slot(december, "extend").get(0).exercise().id();
    String rotate = slot(december, "rotate").get(0).exercise().id();
    Planner presses = renamed(Map.of("band-pulldown", "Band row", extend, "Floor press", rotate, "Band press"));
    Program dec = presses.plan(client, YearMonth.of(2026, 12), Optional.empty(), new Diagnostics()).orElseThrow();
    Location field = Location.ofField("output/2026-12/c1/handout.pdf", "c1.w2.s1.notes (week 2, session 1: notes)");
    List<LogEntry> entries = log(e -> e.week() == 2 && e.session() == 1
        ? List.of(LogNote.of("elbow hurt on the press and the rows", field)) : List.of()).entries();
    Program p = presses.plan(client, YearMonth.of(2027, 1), Optional.of(new BlockLog("c1", dec.block(), "log.xlsx",
        entries)), dec, new Diagnostics()).orElseThrow();
    assertThat(warnings(p)).singleElement().satisfies(w -> assertThat(w.message()).endsWith("Ask the client which drill"
        + " it was. The word \"press\" in the note might mean Floor press or Band press; none of them is held back for"
        + " that word alone. The word \"rows\" in the note might mean Band row; it is not held back for that word alone"));
  }

  /**
   * The last word of one drill's name alone holds that drill ("Windmills" of kb windmill), and the
   * warning says it was that word, so that a trainer sees a wrong guess at once; another word of
   * the note that cannot tell ("rows", said as often of daily life) still asks.
   */
  @Test
  void aWordOnlyOneDrillsNameEndsWithHoldsItAndTheWarningSaysTheWord() {
    Planner rows = bandRow();
    Program dec = rows.plan(client, YearMonth.of(2026, 12), Optional.empty(), new Diagnostics()).orElseThrow();
    Location field = Location.ofField("output/2026-12/c1/handout.pdf", "c1.w2.s1.notes (week 2, session 1: notes)");
    List<LogEntry> entries = log(e -> e.week() == 2 && e.session() == 1
        ? List.of(LogNote.of("elbow hurt on the Windmills and the rows", field)) : List.of()).entries();
    Program p = rows.plan(client, YearMonth.of(2027, 1), Optional.of(new BlockLog("c1", dec.block(), "log.xlsx",
        entries)), dec, new Diagnostics()).orElseThrow();
    assertThat(slot(p, "windmill")).isNotEmpty().allSatisfy(x -> assertThat(x.load().label()).isEqualTo("8 kg"));
    assertThat(warnings(p)).singleElement().satisfies(w -> assertThat(w.message()).isEqualTo("Client c1 (c1): slot"
        + " windmill: held at kb windmill 8 reps per side with 8 kg every week, as a note of pain says \"Windmills\" and"
        + " no other drill of the last block has that word: a note of the client's for a whole session reports pain:"
        + " \"elbow hurt on the Windmills and the rows\" (week 2, session 1, in field c1.w2.s1.notes); that is where the"
        + " last block started. Ask the client about it, then change the drill, its dose or the client's limitations if"
        + " need be. The word \"rows\" in the note might mean Band row; it is not held back for that word alone"));
  }

  /**
   * Found in review: "open books" in a block with two open books asked about the word "book". The
   * warning quotes the words the client wrote and names both drills.
   */
  @Test
  void wordsTwoDrillsShareAreQuotedAsWritten() {
    String extend = slot(december, "extend").get(0).exercise().id();
    String rotate = slot(december, "rotate").get(0).exercise().id();
    Planner books = renamed(Map.of(extend, "Open book with lift-off", rotate, "Side-lying open book"));
    Program dec = books.plan(client, YearMonth.of(2026, 12), Optional.empty(), new Diagnostics()).orElseThrow();
    Location field = Location.ofField("output/2026-12/c1/handout.pdf", "c1.w2.s1.notes (week 2, session 1: notes)");
    List<LogEntry> entries = log(e -> e.week() == 2 && e.session() == 1
        ? List.of(LogNote.of("neck hurt on the open books", field)) : List.of()).entries();
    Program p = books.plan(client, YearMonth.of(2027, 1), Optional.of(new BlockLog("c1", dec.block(), "log.xlsx",
        entries)), dec, new Diagnostics()).orElseThrow();
    assertThat(warnings(p)).singleElement().satisfies(w -> assertThat(w.message()).endsWith("Ask the client which drill"
        + " it was. The words \"open books\" in the note might mean Open book with lift-off or Side-lying open book;"
        + " none of them is held back for those words alone"));
  }

  /** A planner whose template no longer has the windmill: the trainer took it out since the last block. */
  private static Planner withoutWindmill() {
    Template t = PlanFixtures.upperBack("upper-back-mobility");
    List<Phase> phases = t.phases().stream().map(ph -> new Phase(ph.id(), ph.name(), ph.purpose(),
        ph.slots().stream().filter(x -> !x.id().equals("windmill")).toList())).toList();
    Template without = new Template(t.id(), t.name(), t.description(), t.goal(), t.weeks(), t.sessionsPerWeek(),
        t.uses(), t.rounds(), t.restBetweenRounds(), phases, List.of(), t.where());
    return new Planner(PlanFixtures.library(), new Catalog(Map.of(t.id(), without), Map.of()));
  }

  /** A planner whose library calls the band pulldown "Band row". */
  private static Planner bandRow() {
    return renamed(Map.of("band-pulldown", "Band row"));
  }

  /** A planner whose library calls the drills of {@code names} (id to name) otherwise. */
  private static Planner renamed(Map<String, String> names) {
    Map<String, Exercise> byId = new java.util.LinkedHashMap<>(PlanFixtures.library().byId());
    names.forEach((id, name) -> {
      Exercise b = byId.get(id);
      byId.put(b.id(), new Exercise(b.id(), name, b.role(), b.tags(), b.equipment(), b.level(), b.dose(),
          b.perSide(), b.eachHand(), b.tempo(), b.cues(), b.contraindications(), b.easier(), b.harder(), b.videoUrl(),
          b.image(), b.where(), b.imageAt(), b.nameAt(), b.cuesAt()));
    });
    return new Planner(new Library(byId, null), PlanFixtures.catalog());
  }

}
