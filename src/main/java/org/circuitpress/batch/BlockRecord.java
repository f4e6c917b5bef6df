package org.circuitpress.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Dose;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Level;
import org.circuitpress.model.Library;
import org.circuitpress.model.Load;
import org.circuitpress.model.Location;
import org.circuitpress.model.Needs;
import org.circuitpress.model.Names;
import org.circuitpress.model.Phase;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Slot;
import org.circuitpress.model.StartLoads;
import org.circuitpress.model.Template;
import org.circuitpress.model.Track;
import org.circuitpress.model.Units;
import org.circuitpress.model.Week;

/**
 * The block a run printed for a client, kept beside its handout and log as {@value #NAME}.
 *
 * <p>Next month's run reads a returned log against the block it belongs to and continues from
 * where that block ended. Without this record it rebuilds that block, and so every block before
 * it, from the client's start: a cost that grows with every month a client stays, and a block
 * rebuilt with today's roster and library, which may no longer be the one the client was given.
 * With it, each run reads one small file a client, and the latest record dates the blocks after it
 * (a block keeps the length it was printed with). A record that no longer fits (the start date or
 * program changed since) is not used, and the block is rebuilt as before. A
 * drill the library no longer has, and a slot or step the template no longer has, are kept as the
 * record printed them ({@link Read#gone}), so that the rows the client logged for them still count.
 *
 * <p>The record is CSV, one line per fact: the block's identity, then for each week a {@code week}
 * line, for each phase a {@code phase} line and for each drill an {@code item} line, in printed
 * order, and last an {@code end} line with the number of drills, so that a record cut short is
 * refused rather than read as a shorter block. Drills, slots and templates are named by id and looked up again on reading. The notes
 * of the block (what the planner told the trainer) are not kept: the next block does not use
 * them.
 */
final class BlockRecord {
  static final String NAME = org.circuitpress.input.LogReader.BLOCK_RECORD;
  private static final String MAGIC = "circuitpress-block";
  private static final String VERSION = "1";
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setCommentMarker('#').setRecordSeparator('\n').get();

  private BlockRecord() {}

  /** The record of {@code p}. */
  static String write(Program p) {
    StringBuilder out = new StringBuilder(8192);
    try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      csv.printComment("CircuitPress's record of the block printed in this folder. Next month's run"
          + " continues from it; leave it as it is.");
      csv.printRecord("record", MAGIC, VERSION);
      csv.printRecord("client", p.client().id());
      // the level the block was chosen at: a level changed since applies on top of where it ended
      csv.printRecord("level", p.client().level().name().toLowerCase(Locale.ROOT));
      // the start loads it was made with: one changed on the roster since wins over where it ended
      StartLoads starts = p.client().startLoads();
      for (var e : starts.drills().entrySet()) csv.printRecord(startLoad("drill", e.getKey(), e.getValue()));
      for (var e : starts.equipment().entrySet()) csv.printRecord(startLoad("equipment", e.getKey(), e.getValue()));
      csv.printRecord("template", p.template().id());
      csv.printRecord("track", p.trackId() == null ? "" : p.trackId());
      csv.printRecord("block", p.block());
      csv.printRecord("dates", p.start(), p.end());
      int items = 0;
      for (Week w : p.weeks()) {
        List<String> dates = w.sessionDates().stream().map(LocalDate::toString).toList();
        csv.printRecord("week", w.number(), w.start(), w.deload() ? "deload" : "", w.rounds(),
            String.join(" ", dates));
        for (PhaseBlock pb : w.phases()) {
          csv.printRecord("phase", pb.phase().id());
          for (Prescription x : pb.items()) csv.printRecord(item(x));
          items += pb.items().size();
        }
      }
      csv.printRecord("end", items);
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder does not fail", e);
    }
    return out.toString();
  }

  /** A start load's line: what it is for (a drill's id or a piece of equipment), as typed, and its step. */
  private static List<Object> startLoad(String kind, String key, StartLoads.Item item) {
    Load l = item.load();
    return List.of(START_LOAD, kind, key, item.typed(), l.equipment(), Double.toString(l.amount()),
        l.units() == null ? "" : l.units().name(), l.label());
  }

  private static final String START_LOAD = "start load";

  private static List<Object> item(Prescription x) {
    List<Object> f = new ArrayList<>(List.of("item", x.slot().id(), x.exercise().id(), x.dose().amount(),
        x.dose().unit().name(), x.dose().perSide() ? "per side" : "", x.tempo(), x.restSeconds(),
        x.substituteFor() == null ? "" : x.substituteFor(), x.why()));
    Load l = x.load();
    if (l != null) {
      f.addAll(List.of(l.equipment(), Double.toString(l.amount()), l.units() == null ? "" : l.units().name(),
          l.label()));
    }
    return f;
  }

  /**
   * The program a record holds, for {@code client} with today's library and templates; or why it
   * cannot be used. The caller checks that it is the block the schedule has in its month.
   */
  static Read read(String text, Client client, Library library, Catalog catalog) {
    return read(text, client, library, catalog, UnaryOperator.identity());
  }

  /**
   * As {@link #read(String, Client, Library, Catalog)}; {@code printedName} gives the name a drill
   * the library no longer has was printed under, from its id (the record keeps ids only).
   */
  static Read read(String text, Client client, Library library, Catalog catalog, UnaryOperator<String> printedName) {
    try (Reader in = new StringReader(text)) {
      return new Parser(FORMAT.parse(in).iterator(), client, library, catalog, printedName).program();
    } catch (IOException | RuntimeException e) {
      return Read.unusable("it cannot be read (" + ClientJob.message(e) + ")");
    }
  }

  /**
   * Whether {@code text} is the record of a block in the same place of the client's schedule as
   * {@code p}: the same template, block number and dates, so that next month's run, which plans
   * from today's schedule, can read a log against it in place of {@code p}'s. False for a record
   * it cannot read.
   */
  static boolean samePlace(String text, Program p) {
    // the template as the roster matches it: a folder renamed only in capitals, spaces or hyphens is the same
    List<String> want = List.of("template|" + Names.tag(p.template().id()), "block|" + p.block(),
        "dates|" + p.start() + "|" + p.end());
    List<String> found = new ArrayList<>();
    try (Reader in = new StringReader(text)) {
      for (CSVRecord r : FORMAT.parse(in)) {
        String kind = r.get(0);
        if (kind.equals("template")) found.add("template|" + Names.tag(r.size() > 1 ? r.get(1) : ""));
        if (kind.equals("block") || kind.equals("dates")) found.add(String.join("|", r.toList()));
        if (kind.equals("week")) break;
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return found.equals(want);
  }

  /**
   * A program read back, or the reason the record was not used; {@code gone}: the ids of its drills
   * that the library no longer has, and {@code goneSlots}: those of its slots that the template no
   * longer has, each kept in the program as the record printed it.
   */
  record Read(Optional<Program> program, String problem, List<String> gone, List<String> goneSlots) {
    static Read unusable(String problem) {
      return new Read(Optional.empty(), problem, List.of(), List.of());
    }
  }

  /** Unusable record: what it says does not fit today's inputs or is not a record at all. */
  private static final class Unfit extends Exception {
    Unfit(String message) {
      super(message, null, false, false);
    }
  }

  private static final class Parser {
    private final Iterator<CSVRecord> records;
    private final Client client;
    private final Library library;
    private final Catalog catalog;
    private final Set<String> goneIds = new TreeSet<>();
    private final Set<String> goneSlots = new TreeSet<>();
    private final UnaryOperator<String> printedName;

    Parser(Iterator<CSVRecord> records, Client client, Library library, Catalog catalog,
        UnaryOperator<String> printedName) {
      this.records = records;
      this.client = client;
      this.library = library;
      this.catalog = catalog;
      this.printedName = printedName;
    }

    Read program() {
      try {
        CSVRecord head = next("record");
        if (!field(head, 1).equals(MAGIC)) throw new Unfit("it is not a block record");
        if (!field(head, 2).equals(VERSION)) throw new Unfit("it is of another version (" + field(head, 2) + ")");
        String id = field(next("client"), 1);
        // ids in other capitals are the same client, as the roster compares them; so is 1,001 client 1001
        if (!org.circuitpress.input.IdNumbers.sameClient(id, client.id()))
          throw new Unfit("it is the record of client \"" + id + "\"");
        // Records written before the level was kept go straight on to the template: today's level.
        CSVRecord line = records.hasNext() ? records.next() : null;
        Client printedFor = client;
        if (line != null && field(line, 0).equals("level")) {
          String level = field(line, 1);
          printedFor = client.withLevel(Level.parse(level)
              .orElseThrow(() -> new Unfit("its level \"" + level + "\" is not a level")));
          line = records.hasNext() ? records.next() : null;
        }
        // Records without start load lines were made without any (as every record made before the
        // roster had them): a start load on today's roster is new since.
        Map<String, StartLoads.Item> drills = new LinkedHashMap<>();
        Map<String, StartLoads.Item> equipment = new LinkedHashMap<>();
        while (line != null && field(line, 0).equals(START_LOAD)) {
          String kind = field(line, 1);
          if (!kind.equals("drill") && !kind.equals("equipment")) throw new Unfit("line " + line.getRecordNumber()
              + " is a start load for neither a drill nor equipment");
          String units = field(line, 6);
          Load load = new Load(field(line, 4), Double.parseDouble(field(line, 5)),
              units.isEmpty() ? null : Units.valueOf(units), field(line, 7));
          (kind.equals("drill") ? drills : equipment).put(field(line, 2), new StartLoads.Item(field(line, 3), load));
          line = records.hasNext() ? records.next() : null;
        }
        printedFor = printedFor.withStartLoads(new StartLoads(drills, equipment, client.startLoads().where()));
        if (line == null || !field(line, 0).equals("template")) throw new Unfit("it has no template line");
        String templateId = field(line, 1);
        Template template = catalog.templateNamed(templateId)
            .orElseThrow(() -> new Unfit("its template \"" + templateId + "\" is no longer in the templates"));
        String keptTrack = field(next("track"), 1);
        String track = catalog.trackNamed(keptTrack).map(Track::id).orElse(keptTrack);
        int block = whole(field(next("block"), 1));
        CSVRecord dates = next("dates");
        LocalDate start = date(field(dates, 1));
        LocalDate end = date(field(dates, 2));
        List<Week> weeks = new ArrayList<>();
        CSVRecord r = records.hasNext() ? records.next() : null;
        int items = 0;
        while (r != null && !field(r, 0).equals("end")) {
          if (!field(r, 0).equals("week")) throw new Unfit("line " + r.getRecordNumber() + " is not a week");
          int number = whole(field(r, 1));
          LocalDate weekStart = date(field(r, 2));
          boolean deload = !field(r, 3).isEmpty();
          int rounds = whole(field(r, 4));
          List<LocalDate> sessions = new ArrayList<>();
          for (String s : field(r, 5).split(" ")) if (!s.isEmpty()) sessions.add(date(s));
          List<PhaseBlock> phases = new ArrayList<>();
          r = records.hasNext() ? records.next() : null;
          while (r != null && field(r, 0).equals("phase")) {
            Phase phase = phase(template, field(r, 1));
            List<Prescription> list = new ArrayList<>();
            r = records.hasNext() ? records.next() : null;
            while (r != null && field(r, 0).equals("item")) {
              list.add(item(phase, r));
              items++;
              r = records.hasNext() ? records.next() : null;
            }
            phases.add(new PhaseBlock(phase, list));
          }
          weeks.add(new Week(number, weekStart, deload, rounds, sessions, phases));
        }
        // A record cut off at a line break would otherwise read as a shorter block.
        if (r == null || whole(field(r, 1)) != items || records.hasNext()) {
          throw new Unfit("it is incomplete or has lines after its end");
        }
        if (weeks.isEmpty()) throw new Unfit("it has no weeks");
        return new Read(Optional.of(new Program(printedFor, template, block, track.isEmpty() ? null : track, start,
            end, weeks, List.of())), null, List.copyOf(goneIds),
            List.copyOf(goneSlots));
      } catch (Unfit e) {
        return Read.unusable(e.getMessage());
      } catch (IllegalArgumentException | NullPointerException e) {
        return Read.unusable("it is damaged (" + ClientJob.message(e) + ")");
      }
    }

    private Prescription item(Phase phase, CSVRecord r) throws Unfit {
      String slotId = field(r, 1);
      String drill = field(r, 2);
      Dose dose = new Dose(whole(field(r, 3)), DoseUnit.valueOf(field(r, 4)), !field(r, 5).isEmpty());
      String tempo = field(r, 6);
      int rest = whole(field(r, 7));
      Optional<Exercise> known = library.get(drill);
      // A slot or step taken out of the template since, and a drill deleted from the library (or
      // given another id), are still what the client was given: their log's rows for them are read
      // against them, and a note of pain on them still counts.
      Slot slot = phase.slots().stream().filter(s -> s.id().equals(slotId)).findFirst().orElseGet(() -> {
        goneSlots.add(slotId);
        return new Slot(slotId, known.map(Exercise::role).orElse(""), Set.of(), drill, dose, tempo, rest, false,
            Location.ofFile(NAME));
      });
      Exercise exercise = known.orElseGet(() -> gone(drill, slot, dose, tempo));
      String substituteFor = field(r, 8);
      Load load = null;
      if (r.size() > 10) {
        String units = field(r, 12);
        load = new Load(field(r, 10), Double.parseDouble(field(r, 11)), units.isEmpty() ? null : Units.valueOf(units),
            field(r, 13));
      }
      return new Prescription(slot, exercise, dose, tempo, rest, load, substituteFor.isEmpty() ? null : substituteFor,
          field(r, 9));
    }

    /** The drill {@code id} as far as the record knows it, for a block whose drill the library no longer has. */
    private Exercise gone(String id, Slot slot, Dose dose, String tempo) {
      goneIds.add(id);
      return new Exercise(id, printedName.apply(id), slot.role(), Set.of(), Needs.NONE, Level.BEGINNER, dose.unit(), dose.perSide(),
          false, tempo, "", Set.of(), List.of(), List.of(), "", "", Location.ofFile(NAME), null, null, null);
    }

    /** The template's step {@code id}; one taken out of it since is kept, without slots, as the record names it. */
    private static Phase phase(Template t, String id) {
      return t.phases().stream().filter(p -> p.id().equals(id)).findFirst()
          .orElseGet(() -> new Phase(id, id, "", List.of()));
    }

    private CSVRecord next(String kind) throws Unfit {
      if (!records.hasNext()) throw new Unfit("it ends before its " + kind + " line");
      CSVRecord r = records.next();
      if (!field(r, 0).equals(kind)) throw new Unfit("line " + r.getRecordNumber() + " should be its " + kind + " line");
      return r;
    }

    private static String field(CSVRecord r, int i) throws Unfit {
      if (i >= r.size()) throw new Unfit("line " + r.getRecordNumber() + " is cut short");
      return r.get(i);
    }

    private static int whole(String s) throws Unfit {
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw new Unfit("\"" + s + "\" is not a whole number");
      }
    }

    private static LocalDate date(String s) throws Unfit {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        throw new Unfit("\"" + s + "\" is not a date");
      }
    }
  }
}
