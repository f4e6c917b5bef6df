package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.circuitpress.input.LibraryReader;
import org.circuitpress.input.RosterReader;
import org.circuitpress.input.TemplateReader;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Library;
import org.circuitpress.model.Load;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.StartLoads;
import org.circuitpress.model.Units;
import org.circuitpress.model.Week;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A block's record reads back as the block that was printed, or says why it cannot be used. */
class BlockRecordTest {
  private Library library;
  private Catalog catalog;
  private List<Client> roster;

  @BeforeEach
  void samples() {
    Diagnostics d = new Diagnostics();
    library = LibraryReader.read(Path.of("input", "csv", "exercises.csv"), d).orElseThrow();
    catalog = TemplateReader.readAll(Path.of("templates"), library, d);
    roster = RosterReader.read(Path.of("input", "csv", "roster.csv"), library, catalog, d);
  }

  private Program plan(Client c, YearMonth month) {
    return Stages.standard().planner(library, catalog).plan(c, month, Optional.empty(), null, new Diagnostics())
        .orElseThrow();
  }

  private static Program withoutNotes(Program p) {
    return new Program(p.client(), p.template(), p.block(), p.trackId(), p.start(), p.end(), p.weeks(), List.of());
  }

  private BlockRecord.Read reread(Program p) {
    return BlockRecord.read(BlockRecord.write(p), p.client(), library, catalog);
  }

  @Test
  void everySampleClientsBlockReadsBackAsPrintedButForItsNotes() {
    int loads = 0;
    int substitutes = 0;
    int tracks = 0;
    for (Client c : roster) {
      for (YearMonth m = YearMonth.from(c.startDate()); m.isBefore(YearMonth.from(c.startDate()).plusMonths(6));
          m = m.plusMonths(1)) {
        Optional<Program> planned = Stages.standard().planner(library, catalog)
            .plan(c, m, Optional.empty(), null, new Diagnostics());
        if (planned.isEmpty()) continue;
        Program p = planned.get();
        BlockRecord.Read back = reread(p);
        assertThat(back.problem()).as(c.id() + " " + m).isNull();
        assertThat(back.program()).as(c.id() + " " + m).contains(withoutNotes(p));
        List<Prescription> all = p.weeks().stream().flatMap(w -> w.circuit().stream()).toList();
        loads += all.stream().filter(x -> x.load() != null).count();
        substitutes += all.stream().filter(Prescription::isSubstitute).count();
        tracks += p.trackId() != null ? 1 : 0;
      }
    }
    // the samples exercise every kind of field the record keeps
    assertThat(loads).isPositive();
    assertThat(substitutes).isPositive();
    assertThat(tracks).isPositive();
  }

  /**
   * The start loads a block was made with are kept in its record, so that next month a start load
   * the trainer changed on the roster since is told from one left as it was; a client without any
   * gets no such line, and their record stays as it was before start loads were kept.
   */
  @Test
  void theStartLoadsABlockWasMadeWithReadBackAsThenNotAsToday() {
    Client plain = roster.stream().filter(c -> c.startLoads().isEmpty()).findFirst().orElseThrow();
    assertThat(BlockRecord.write(plan(plain, null))).doesNotContain("start load");
    StartLoads then = new StartLoads(
        Map.of("kettlebell-windmill", new StartLoads.Item("windmill, \"12 kg\"", new Load("kettlebell", 12, Units.KG, "12 kg"))),
        Map.of("band", new StartLoads.Item("band medium", Load.graded("band", "medium"))), plain.startLoads().where());
    Program p = plan(plain.withStartLoads(then), null);
    String record = BlockRecord.write(p);
    assertThat(record).contains("start load,drill,kettlebell-windmill,");
    Client today = plain.withStartLoads(new StartLoads(Map.of(), Map.of("band", new StartLoads.Item("band heavy",
        Load.graded("band", "heavy"))), plain.startLoads().where()));
    BlockRecord.Read back = BlockRecord.read(record, today, library, catalog);
    assertThat(back.problem()).isNull();
    assertThat(back.program().orElseThrow().client().startLoads()).isEqualTo(then);
    // a record without start load lines was made without any, whatever today's roster says
    assertThat(BlockRecord.read(BlockRecord.write(plan(plain, null)), today, library, catalog).program().orElseThrow()
        .client().startLoads().isEmpty()).isTrue();
  }

  @Test
  void textsWithCommasQuotesAndLineBreaksAndAGradedLoadReadBackExactly() {
    Program p = plan(roster.get(0), null);
    Week w = p.weeks().get(0);
    Prescription first = w.phases().get(0).items().get(0);
    Prescription odd = new Prescription(first.slot(), first.exercise(), first.dose(), "3-1-3-1, \"slow\"\nthen hold",
        45, new Load("band", 0, null, "medium band"), "some-other-drill", "no \"foam roller\", sorry\r\nsee notes");
    Prescription numeric = new Prescription(first.slot(), first.exercise(), first.dose(), "", 0,
        new Load("kettlebell", 0.1 + 0.2, Units.LB, "0.3 lb"), null, "");
    List<PhaseBlock> phases = new ArrayList<>(w.phases());
    List<Prescription> items = new ArrayList<>(phases.get(0).items());
    items.set(0, odd);
    items.add(numeric);
    phases.set(0, new PhaseBlock(phases.get(0).phase(), items));
    List<Week> weeks = new ArrayList<>(p.weeks());
    weeks.set(0, new Week(w.number(), w.start(), true, w.rounds(), w.sessionDates(), phases));
    Program changed = new Program(p.client(), p.template(), p.block(), "a, track", p.start(), p.end(), weeks, List.of());

    assertThat(reread(changed).program()).contains(changed);
  }

  /** Found in review: an id retyped in other capitals found its folder but not its record. */
  @Test
  void aRecordIsTheClientsWhateverTheCapitalsOfTheId() {
    Client c = roster.get(0);
    String text = BlockRecord.write(plan(c, null));
    Client upper = new Client(c.id().toUpperCase(java.util.Locale.ROOT), c.name(), c.program(), c.startDate(),
        c.level(), c.weeks(), c.sessionsPerWeek(), c.equipment(), c.limitations(), c.exclude(), c.units(),
        c.paper(), c.notes(), c.email(), c.where());
    assertThat(upper.id()).isNotEqualTo(c.id());
    assertThat(BlockRecord.read(text, upper, library, catalog).problem()).isNull();
    assertThat(BlockRecord.read(text, upper, library, catalog).program()).isPresent();
  }

  @Test
  void aRecordThatNoLongerFitsTodaysInputsSaysWhy() {
    Client c = roster.get(0);
    Program p = plan(c, null);
    String text = BlockRecord.write(p);
    String drill = p.weeks().get(0).circuit().get(0).exercise().id();
    Map<String, Exercise> fewer = new HashMap<>(library.byId());
    fewer.remove(drill);

    assertThat(BlockRecord.read(text, roster.get(1), library, catalog).problem())
        .isEqualTo("it is the record of client \"" + c.id() + "\"");
    assertThat(BlockRecord.read(text, c, library, new Catalog(Map.of(), Map.of())).problem())
        .isEqualTo("its template \"" + p.template().id() + "\" is no longer in the templates");
    assertThat(BlockRecord.read(text.replace(",circuitpress-block,1", ",circuitpress-block,9"), c, library, catalog)
        .problem()).isEqualTo("it is of another version (9)");
  }

  /**
   * Found in review: a drill deleted from the library (or given another id) after the block was
   * printed made its record unusable, so the block was planned again with a substitute, and every
   * row the client logged for the drill matched nothing: its progression and its notes of pain were
   * lost. The record keeps the drill as it was printed, and names it as gone.
   */
  @Test
  void aDrillTheLibraryNoLongerHasIsKeptAsTheRecordPrintedIt() {
    Client c = roster.get(0);
    Program p = plan(c, null);
    Prescription first = p.weeks().get(0).circuit().get(0);
    String drill = first.exercise().id();
    Map<String, Exercise> fewer = new HashMap<>(library.byId());
    fewer.remove(drill);

    BlockRecord.Read read = BlockRecord.read(BlockRecord.write(p), c, new Library(fewer, library.folder()), catalog);

    assertThat(read.problem()).isNull();
    assertThat(read.gone()).containsExactly(drill);
    Prescription back = read.program().orElseThrow().weeks().get(0).circuit().get(0);
    assertThat(back.exercise().id()).isEqualTo(drill);
    assertThat(back.dose()).isEqualTo(first.dose());
    assertThat(back.slot().id()).isEqualTo(first.slot().id());
    assertThat(BlockRecord.read(BlockRecord.write(p), c, library, catalog).gone()).isEmpty();
  }

  /**
   * Found in review: moving a client up a level kept last block's drills, as the state carried
   * over was counted from today's level. The record keeps the level the block was printed at.
   */
  @Test
  void theRecordKeepsTheLevelItsBlockWasPrintedAtAndAnOlderOneReadsWithTodays() {
    Client c = roster.get(0);
    String text = BlockRecord.write(plan(c, null));
    String level = c.level().name().toLowerCase(java.util.Locale.ROOT);
    assertThat(text).contains("\nclient," + c.id() + "\nlevel," + level + "\ntemplate,");
    org.circuitpress.model.Level other = c.level() == org.circuitpress.model.Level.ADVANCED
        ? org.circuitpress.model.Level.BEGINNER : org.circuitpress.model.Level.ADVANCED;
    assertThat(BlockRecord.read(text, c.withLevel(other), library, catalog).program().orElseThrow().client().level())
        .isEqualTo(c.level());
    String older = text.replace("\nlevel," + level + "\n", "\n");
    assertThat(BlockRecord.read(older, c.withLevel(other), library, catalog).program().orElseThrow().client().level())
        .isEqualTo(other);
    assertThat(BlockRecord.read(text.replace("\nlevel," + level + "\n", "\nlevel,elite\n"), c, library, catalog)
        .problem()).isEqualTo("its level \"elite\" is not a level");
  }

  @Test
  void aDamagedRecordIsRefusedNotHalfRead() {
    Client c = roster.get(0);
    String text = BlockRecord.write(plan(c, null));
    String cut = text.substring(0, text.indexOf("\nphase,", text.indexOf("\nphase,") + 1) + 20);

    assertThat(BlockRecord.read("", c, library, catalog).problem()).isEqualTo("it ends before its record line");
    assertThat(BlockRecord.read(text.substring(0, text.indexOf("\ntemplate,")) + "\n\"unclosed", c, library, catalog).problem()).startsWith("it cannot be read");
    assertThat(BlockRecord.read(cut, c, library, catalog).program()).isEmpty();
    assertThat(BlockRecord.read(text.substring(0, text.indexOf("\nweek,2,") + 1), c, library, catalog).problem())
        .as("cut at a line break, it would read as a one-week block").isEqualTo("it is incomplete or has lines after its end");
    assertThat(BlockRecord.read(text + "item,x\n", c, library, catalog).problem())
        .isEqualTo("it is incomplete or has lines after its end");
    assertThat(BlockRecord.read(text.replaceFirst("\nblock,\\d+", "\nblock,two"), c, library, catalog).problem())
        .isEqualTo("\"two\" is not a whole number");
    assertThat(BlockRecord.read(text.replaceFirst("\nweek,1,", "\nweek,1,x"), c, library, catalog).problem())
        .startsWith("\"x");
  }
}
