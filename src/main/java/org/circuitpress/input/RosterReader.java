package org.circuitpress.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.ClientCells;
import org.circuitpress.model.DateOrder;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Group;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.LeftOutRow;
import org.circuitpress.model.Level;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Roster;
import org.circuitpress.model.StartLoads;
import org.circuitpress.model.Units;
import org.circuitpress.model.Words;

/**
 * Reads the client roster. A row with an error is skipped (the other clients are still read); every
 * problem in the file is reported in one pass, each diagnostic tagged with its client id.
 */
public final class RosterReader {
  /** The sheet read from a workbook when it exists. */
  public static final String SHEET = "Clients";

  public static final Columns COLUMNS =
      Columns.of(
          List.of("client_id", "name", "program", "start_date"),
          List.of(
              "level",
              "weeks",
              "sessions_per_week",
              "equipment",
              "limitations",
              "exclude",
              "units",
              "paper",
              "notes",
              "email",
              "start_loads",
              "status",
              "gym",
              "trainer"))
          // Every column but notes, email, gym and trainer changes the program: a cell showing #N/A read as
          // empty could drop a limitation and give a shoulder client a shoulder drill. Start
          // loads change it too, but read as empty they only start the client on the lightest
          // steps, as before the column: never a reason to leave a client without a program.
          // A status showing #N/A read as empty makes the client's program, as an unknown status does.
          .strictAllBut(List.of("notes", "email", "start_loads", "status", "gym", "trainer"))
          // Other usual names: an optional column under one of them is read as that column with
          // a warning; a required one is named in the missing-column error.
          .otherNames(
              Map.ofEntries(
                  Map.entry("injuries", "limitations"),
                  Map.entry("injury", "limitations"),
                  Map.entry("restrictions", "limitations"),
                  Map.entry("conditions", "limitations"),
                  Map.entry("contraindications", "limitations"),
                  Map.entry("kit", "equipment"),
                  Map.entry("gear", "equipment"),
                  Map.entry("sessions", "sessions_per_week"),
                  Map.entry("sessions/wk", "sessions_per_week"),
                  Map.entry("sessions/week", "sessions_per_week"),
                  Map.entry("sessions a week", "sessions_per_week"),
                  Map.entry("frequency", "sessions_per_week"),
                  Map.entry("days per week", "sessions_per_week"),
                  Map.entry("days/week", "sessions_per_week"),
                  Map.entry("times per week", "sessions_per_week"),
                  Map.entry("block length", "weeks"),
                  Map.entry("block weeks", "weeks"),
                  Map.entry("id", "client_id"),
                  Map.entry("member id", "client_id"),
                  Map.entry("member", "client_id"),
                  Map.entry("client", "client_id"),
                  Map.entry("client name", "name"),
                  Map.entry("member name", "name"),
                  Map.entry("full name", "name"),
                  Map.entry("start", "start_date"),
                  Map.entry("first day", "start_date"),
                  Map.entry("template", "program"),
                  Map.entry("starting loads", "start_loads"),
                  Map.entry("start weights", "start_loads"),
                  Map.entry("starting weights", "start_loads"),
                  Map.entry("working weights", "start_loads"),
                  Map.entry("working loads", "start_loads"),
                  Map.entry("current loads", "start_loads"),
                  Map.entry("current weights", "start_loads"),
                  Map.entry("active", "status"),
                  Map.entry("membership", "status"),
                  Map.entry("membership status", "status"),
                  Map.entry("member status", "status"),
                  Map.entry("client status", "status"),
                  // a chain's roster says where each client trains, and who trains them: two
                  // columns, since a chain often has both and a studio of several trainers only the
                  // second
                  Map.entry("location", "gym"),
                  Map.entry("site", "gym"),
                  Map.entry("studio", "gym"),
                  Map.entry("branch", "gym"),
                  Map.entry("club", "gym"),
                  Map.entry("home club", "gym"),
                  Map.entry("gym name", "gym"),
                  Map.entry("coach", "trainer"),
                  Map.entry("personal trainer", "trainer"),
                  Map.entry("trainer name", "trainer"),
                  Map.entry("instructor", "trainer")))
          // A header that holds a word like these ("Injuries/limitations", "Medical history",
          // "Health conditions") is read as limitations: ignored, every client would read as
          // having none. Several such columns are read together.
          .byWords(
              "limitations",
              "limitation", "limitations", "injury", "injuries", "injured", "condition", "conditions",
              "medical", "health", "restriction", "restrictions", "contraindication", "contraindications")
          // What every client gets without each column that changes programs, said when a header
          // the tool does not read looks like it ("Kit owned", "Ability"): read as empty, each
          // column gives every client the same program, quietly.
          .unread(List.of(
              new Columns.Unread("limitations", "every client would be planned as having no injuries or conditions,"
                  + " no drill left out for one", List.of("limit", "limits"), true),
              new Columns.Unread("equipment", "every client is planned with bodyweight drills only",
                  List.of("kit", "gear", "equipment", "owned", "owns", "props"), false),
              new Columns.Unread("level", "every client is planned as a beginner",
                  List.of("level", "ability", "experience", "skill", "fitness", "grade", "standard"), false),
              new Columns.Unread("exclude", "no drill is left out by name for any client",
                  List.of("exclusion", "exclusions", "excluded", "excludes", "never", "avoid", "banned"), false),
              new Columns.Unread("start_loads", "every client starts a drill new to them on the template's first load",
                  List.of("load", "loads", "weights", "starting", "working"), false),
              new Columns.Unread("sessions_per_week", "every client gets the template's sessions a week",
                  List.of("session", "sessions", "frequency", "per week", "a week", "per wk", "x week"), false),
              new Columns.Unread("weeks", "every client's block lasts as many weeks as the template's",
                  List.of("weeks", "week", "wks", "length", "duration"), false),
              new Columns.Unread("units", "every client's loads print in kg, or in the unit their equipment is written"
                  + " in", List.of("unit", "units", "kg", "lb", "lbs", "kgs"), false),
              new Columns.Unread("paper", "every handout prints on A4, or on Letter for a client in lb",
                  List.of("paper", "page", "letter", "a4", "print"), false)));

  /** A number of weeks with its word: {@code 4 weeks}, {@code 6 wks}, {@code 4w}. */
  private static final Pattern WEEKS = Pattern.compile("(?i)(\\d+)\\s*(?:weeks?|wks?|w)\\.?");
  /** Sessions a week with words: {@code 3x}, {@code 3 per week}, {@code 3 times a week}, {@code 3/wk}. */
  private static final Pattern PER_WEEK =
      Pattern.compile("(?i)(\\d+)\\s*(?:x|times|sessions?)?\\s*(?:(?:a|per|each|/|x)\\s*(?:weeks?|wk|w))?\\.?");
  /**
   * How the warning begins that the library lists no contraindications while clients have
   * limitations: it concerns every client, so the console shows it first ({@code Inputs.isRunWide}).
   */
  public static final String NO_CONTRAINDICATIONS = "the exercise library lists no contraindications";

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final int MAX_LISTED = 8;

  private final Library lib;
  private final Catalog cat;
  private final Diagnostics d;
  private final Map<String, FirstId> firstOfId = new HashMap<>();
  /** The rows left out for their errors, in file order. */
  private final List<LeftOutRow> leftOut = new ArrayList<>();
  private final SpilledLine spilledLines = new SpilledLine(COLUMNS, "a client", false);
  /**
   * The cells of the first row of each id ({@link Names#id}), as compared: a row entered twice is
   * the same in every known column, whatever the capitals and spaces.
   */
  private final Map<String, String> firstRowCells = new HashMap<>();
  /** The columns in which a row with an id used before differs from that id's first row. */
  private final Map<Integer, List<String>> differences = new HashMap<>();
  private final Set<String> equipmentKnown = new TreeSet<>();
  private final Set<String> contraindications = new TreeSet<>();
  /** Each contraindication's words and parts of the body, worked out once, not once per client. */
  private final Map<String, List<String>> contraWords = new HashMap<>();
  private final Map<String, Set<String>> contraParts = new HashMap<>();
  /** The words the library's contraindications are written in: a limitation's word among them is read as it is. */
  private final Set<String> libraryWords = new HashSet<>();
  /** The contraindications that name no part of the body and no condition: the only ones a misspelling is read as whole. */
  private final List<String> namingNoPart = new ArrayList<>();
  private final Map<String, String> exerciseIds = new HashMap<>();
  /** Drill names as printed on the handout ({@link Names#tag}) to ids; ids of names two drills share. */
  private final Map<String, String> exerciseNames = new HashMap<>();
  private final Map<String, List<String>> sharedNames = new HashMap<>();
  private final Map<String, String> programIds = new HashMap<>();
  private final Map<String, KitParser.Result> kits = new HashMap<>();
  private boolean warnedNoContraindications;
  /** How this pass reads a start date with slashes that could be day/month or month/day. */
  private final Fields.SlashOrder slashOrder;
  /** The file's first start date with slashes that reads only day first, and only month first. */
  private Cell dayFirst;
  private Cell monthFirst;
  /** The file's first start date with slashes that reads either way, and how many there are. */
  private Cell eitherWay;
  private int eitherWayCount;
  /**
   * The file's first start date held as a date cell that is another date with its day and month
   * swapped (2026-01-12 and 2026-12-01), and how many there are: what a spreadsheet set to the
   * other order makes of a date typed as text when it opens the file ({@link #sayDateCellsSwapped}).
   */
  private Cell swappable;
  private int swappableCount;
  /**
   * How many rows' paper or units say month first (Letter or lb, as in the US) and how many day
   * first (A4 or kg): what settles the order of start dates that could be read either way when no
   * date of the file does. A row that says both (Letter and kg) counts in both.
   */
  private int monthFirstRows;
  private int dayFirstRows;
  /** The order each paper and units cell as typed says, worked out once per distinct text. */
  private final Map<String, Optional<DateOrder>> paperOrders = new HashMap<>();
  private final Map<String, Optional<DateOrder>> unitsOrders = new HashMap<>();
  /**
   * Whether the file is a CSV file separated by ";": what Excel writes where a comma marks
   * decimals, and every such place writes dates day first. Evidence like a row's A4 or kg.
   */
  private boolean semicolons;
  /** The first weight written with a decimal comma ("7,5"), and its cell: evidence for day first too. */
  private String decimalComma;
  private Location decimalCommaAt;
  /** Whether the file has a paper or a units column, for what the advice on such dates names; null before a row. */
  private Boolean paperOrUnitsColumn;

  /** How many rows hold something in each known column, for next month's run ({@link Roster#columns}). */
  private final ColumnCounts counts = new ColumnCounts(COLUMNS);

  private RosterReader(Library lib, Catalog cat, Diagnostics d, Fields.SlashOrder slashOrder) {
    this.lib = lib;
    this.cat = cat;
    this.d = d;
    this.slashOrder = slashOrder;
    if (lib != null) {
      for (Exercise e : lib.all()) {
        equipmentKnown.addAll(e.equipment().names());
        contraindications.addAll(e.contraindications());
        for (String c : e.contraindications()) {
          contraWords.computeIfAbsent(c, k -> Conditions.bodyWords(Conditions.words(k)));
          contraParts.computeIfAbsent(c, k -> Conditions.parts(Conditions.words(k), true));
          libraryWords.addAll(Conditions.words(c));
        }
        exerciseIds.put(Names.tag(e.id()), e.id());
      }
      contraindications.stream().filter(c -> contraParts.get(c).isEmpty()).forEach(namingNoPart::add);
      for (Exercise e : lib.all()) {
        String name = Names.tag(e.name());
        String other = exerciseNames.putIfAbsent(name, e.id());
        if (other != null && !other.equals(e.id())) {
          sharedNames.computeIfAbsent(name, k -> new ArrayList<>(List.of(other))).add(e.id());
        }
      }
    }
    if (cat != null) {
      cat.templates().keySet().forEach(id -> programIds.put(Names.tag(id), id));
      cat.tracks().keySet().forEach(id -> programIds.put(Names.tag(id), id));
    }
  }

  /**
   * The clients of the roster in file order; empty when the file cannot be used (an error located
   * at row 0 has been reported).
   *
   * @param lib the library for checking exclude ids, equipment and limitations, or null to skip
   * @param cat the templates and tracks a program must name, or null to skip the check
   */
  public static List<Client> read(Path file, Library lib, Catalog cat, Diagnostics d) {
    return readRoster(file, lib, cat, d).clients();
  }

  /**
   * As {@link #read}, with the rows left out for their errors beside the clients; both are empty
   * when the file cannot be used.
   */
  public static Roster readRoster(Path file, Library lib, Catalog cat, Diagnostics d) {
    Diagnostics read = new Diagnostics();
    Roster roster = readPasses(file, lib, cat, read);
    // the same slip on every row (a level typed "beginer" throughout) is said for the first few
    d.addAll(RepeatedWarning.grouped(read.all()));
    sayOneLevel(lib, roster.clients(), d);
    return roster;
  }

  /**
   * One note, of the library, when clients are at levels above beginner but every drill is a
   * beginner one, as in a library without a level column (or one headed so that it is not read):
   * each client then gets the drills of every level, a beginner the hardest too.
   */
  private static void sayOneLevel(Library lib, List<Client> clients, Diagnostics d) {
    if (lib == null || lib.all().isEmpty() || lib.all().stream().anyMatch(e -> e.level() != Level.BEGINNER)) return;
    long above = clients.stream().filter(c -> c.level() != Level.BEGINNER).count();
    if (above == 0) return;
    Location drill = lib.all().iterator().next().where();
    d.info(Location.ofSheet(drill.file(), drill.sheet()), ONE_LEVEL + " (" + above + (above == 1 ? " client is" : " clients are")
        + " intermediate or advanced here), so every client gets drills of every level and a beginner may get one"
        + " meant for advanced clients; to keep the harder drills for the clients ready for them, write each drill's"
        + " level, beginner, intermediate or advanced, in a column headed level (or Difficulty)");
  }

  /** How the note begins that every drill of the library is read as beginner ({@link #sayOneLevel}). */
  static final String ONE_LEVEL = "every drill of the library is read as beginner (it has no level column, or no"
      + " level in it says more) while the roster's clients are at other levels too";

  private static Roster readPasses(Path file, Library lib, Catalog cat, Diagnostics d) {
    Diagnostics firstPass = new Diagnostics();
    RosterReader r = new RosterReader(lib, cat, firstPass, Fields.SlashOrder.UNKNOWN);
    List<Client> out = new ArrayList<>();
    Optional<Table> t =
        TableReader.scan(file, SHEET, COLUMNS, firstPass, row -> r.decode(row).ifPresent(out::add));
    r.spilledLines.finish(firstPass);
    r.semicolons = t.isPresent() && t.get().separator() == ';';
    Fields.SlashOrder order = t.isPresent() ? r.inferredSlashOrder() : Fields.SlashOrder.UNKNOWN;
    r.sayDateCellsSwapped(d);
    if (order == Fields.SlashOrder.UNKNOWN) {
      r.sayNoOrder(d);
      d.addAll(firstPass.all());
      r.sayBothOrders(d);
      r.sayRepeated(d);
      return t.isPresent() ? new Roster(out, r.leftOut, r.inactive(), r.counts.of(t)) : Roster.EMPTY;
    }
    // Some start dates could be read either way, and the file's other dates show which way it
    // writes them (a roster exported as CSV from a spreadsheet set to the US or the UK): the file
    // is read again with that order, once, so nothing of the first reading is kept.
    r.sayWhichOrder(d, order);
    RosterReader again = new RosterReader(lib, cat, d, order);
    List<Client> clients = new ArrayList<>();
    Optional<Table> t2 =
        TableReader.scan(file, SHEET, COLUMNS, d, row -> again.decode(row).ifPresent(clients::add));
    again.spilledLines.finish(d);
    again.sayRepeated(d);
    return t2.isPresent() ? new Roster(clients, again.leftOut, again.inactive(), again.counts.of(t2)) : Roster.EMPTY;
  }

  /**
   * The order of the file's start dates written with slashes, when some could be read either way
   * and every one that can be read only one way reads the same way; else {@code UNKNOWN}, and the
   * dates that could be read either way stay errors that ask for an unambiguous date.
   */
  private Fields.SlashOrder inferredSlashOrder() {
    if (eitherWayCount == 0 || dayFirst != null && monthFirst != null) return Fields.SlashOrder.UNKNOWN;
    if (dayFirst != null) return Fields.SlashOrder.DAY_FIRST;
    if (monthFirst != null) return Fields.SlashOrder.MONTH_FIRST;
    return byPaperAndUnits().map(o -> o == DateOrder.MONTH_FIRST ? Fields.SlashOrder.MONTH_FIRST
        : Fields.SlashOrder.DAY_FIRST).orElse(Fields.SlashOrder.UNKNOWN);
  }

  /**
   * The order of dates that every row giving a paper size or units points to, when they all
   * point the same way: a trainer in the US prints on Letter and weighs in pounds, and writes
   * dates month first; A4 and kilograms go with day first. The same rule as a client's
   * ({@link DateOrder#of}), with the units as a second witness, and only when no row says otherwise.
   * A file separated by ";" counts for day first as such a row does: Excel writes one where a comma
   * marks decimals, and all those places write the day first. A weight with a decimal comma counts
   * only when no row says Letter or lb ({@link #decimalCommaCounts}).
   */
  private Optional<DateOrder> byPaperAndUnits() {
    boolean dayFirstSaid = dayFirstRows > 0 || semicolons || decimalCommaCounts();
    if ((monthFirstRows > 0) == dayFirstSaid) return Optional.empty();
    return Optional.of(monthFirstRows > 0 ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST);
  }

  /**
   * Whether the file's weight with a decimal comma counts for day first: only when no row says
   * Letter or lb, as "dumbbell 5,8" in a US roster lists two weights rather than one of 5.8.
   */
  private boolean decimalCommaCounts() {
    return decimalComma != null && monthFirstRows == 0;
  }

  /** A weight with a decimal comma, "7,5 kg": one digit after a lone comma between digits ("8,12" lists two). */
  private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d,])\\d+,\\d(?![\\d,])");

  /** Notes the first weight of the file written with a decimal comma, in a cell of {@code header}. */
  private void noteDecimalComma(Row row, String header) {
    String text = row.text(header);
    if (text.indexOf(',') < 0) return;
    Matcher m = DECIMAL_COMMA.matcher(text);
    if (!m.find()) return;
    decimalComma = m.group();
    decimalCommaAt = row.at(header);
  }

  /**
   * What points to day first besides a date that shows it, each said in full: the ";" between
   * columns, a decimal comma, and the rows that say A4 or kg ({@code rows}, as said).
   */
  private List<String> dayFirstSigns(String rows) {
    List<String> signs = new ArrayList<>();
    if (semicolons) {
      signs.add("the file's columns are separated by \";\", as Excel saves a CSV file where a comma marks decimals,"
          + " and dates there are written day first");
    }
    if (decimalCommaCounts()) {
      signs.add("a weight is written with a decimal comma (" + Fields.quote(decimalComma) + " in "
          + decimalCommaAt.cellRef() + "), as where dates are written day first");
    }
    if (dayFirstRows > 0) signs.add(rows);
    return signs;
  }

  /** What the rows' paper and units say (see {@link #byPaperAndUnits}), counted row by row. */
  private void notePaperAndUnits(Row row) {
    if (paperOrUnitsColumn == null) {
      paperOrUnitsColumn = row.columns().containsKey(Names.header("paper"))
          || row.columns().containsKey(Names.header("units"));
    }
    if (decimalComma == null) noteDecimalComma(row, "equipment");
    if (decimalComma == null) noteDecimalComma(row, "start_loads");
    Optional<DateOrder> paper = paperOrders.computeIfAbsent(row.text("paper"), t -> Paper.parse(t).map(DateOrder::of));
    Optional<DateOrder> units = unitsOrders.computeIfAbsent(row.text("units"),
        t -> Units.parseSetting(t).map(u -> u == Units.LB ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST));
    if (paper.orElse(null) == DateOrder.MONTH_FIRST || units.orElse(null) == DateOrder.MONTH_FIRST) monthFirstRows++;
    if (paper.orElse(null) == DateOrder.DAY_FIRST || units.orElse(null) == DateOrder.DAY_FIRST) dayFirstRows++;
  }

  /** "12 start dates, such as "12/1/2026" (D2)," or, for one, "the start date "12/1/2026" (D2)". */
  private String eitherWayDates() {
    String first = Fields.quote(eitherWay.text()) + " (" + eitherWay.location().cellRef() + ")";
    return eitherWayCount == 1 ? "the start date " + first : eitherWayCount + " start dates, such as " + first + ",";
  }

  /**
   * How to make the order of start dates certain, said where it was read or refused; {@code refused}
   * with nothing in the file to show the order, how to show it with the paper or units column too.
   */
  private String writeThemSure(boolean refused) {
    String rule = ": with kg or A4 the dates are read day first, with lb or Letter month first";
    String paperOrUnits = !refused ? ""
        : Boolean.TRUE.equals(paperOrUnitsColumn) ? "; or fill in the units (kg or lb) or the paper (A4 or Letter) of"
            + " these clients" + rule
        : "; or add a units column (kg or lb) or a paper column (A4 or Letter) and fill it in for these clients" + rule;
    return "write the dates year first, such as 2026-12-01" + paperOrUnits + whereDatesAreDates()
        + "; or make one start date one that reads only one way (13/12/2026, or 12/13/2026) and the others are read"
        + " in its order";
  }

  /**
   * How to keep the roster where dates are dates, for the kind of file it is. A workbook holds such
   * a date as text, typed in a cell formatted as text: no other file helps. A CSV separated by ";"
   * is Excel's (or LibreOffice's), where a comma marks decimals; one separated by "," may be a
   * download from Google Sheets as well as Excel's.
   */
  private String whereDatesAreDates() {
    if (eitherWay.location().sheet() != null) {
      return "; or type them again in cells formatted as dates, where the workbook keeps them as dates, not as text";
    }
    if (semicolons) {
      return "; or save the roster as an Excel workbook instead (File > Save As, and choose Excel Workbook, .xlsx),"
          + " where dates are dates";
    }
    return "; or keep the roster as a workbook (.xlsx) instead of .csv, where dates are dates: in Google Sheets"
        + " File > Download > Microsoft Excel, in Excel File > Save As > Excel Workbook";
  }

  private void sayWhichOrder(Diagnostics out, Fields.SlashOrder order) {
    if (dayFirst == null && monthFirst == null) {
      sayOrderOfPaperAndUnits(out, order);
      return;
    }
    Cell proof = order == Fields.SlashOrder.DAY_FIRST ? dayFirst : monthFirst;
    String how = order == Fields.SlashOrder.DAY_FIRST ? "day first (day/month/year)" : "month first (month/day/year)";
    String others = eitherWayCount == 1 ? "1 other, " : eitherWayCount + " others, such as ";
    out.warning(proof.location(), "start dates written with \"/\" are read " + how + " in this file, because "
        + Fields.quote(proof.text()) + " can only be read that way; " + others + Fields.quote(eitherWay.text()) + " ("
        + eitherWay.location().cellRef() + "), could be read either way. Write dates like 2026-12-01 to be"
        + " sure");
  }

  /**
   * No date shows the file's order, but its rows' paper and units do: one warning for the whole
   * file names the rule, since a wrong guess moves every such client's block by weeks or months.
   */
  private void sayOrderOfPaperAndUnits(Diagnostics out, Fields.SlashOrder order) {
    boolean us = order == Fields.SlashOrder.MONTH_FIRST;
    int rows = us ? monthFirstRows : dayFirstRows;
    Location at = eitherWay.location();
    String saidByRows = (rows == 1 ? "the one row that gives a paper size or units says " : "all " + rows
        + " rows that give a paper size or units say ") + (us ? "Letter or lb" : "A4 or kg");
    out.warning(Location.ofSheet(at.file(), at.sheet()), capitalized(eitherWayDates()) + " could be read day/month or"
        + " month/day, and no start date in the file shows which comes first; "
        + (eitherWayCount == 1 ? "it is" : "they are") + " read "
        + (us ? "month first (month/day/year), as dates are written in the US," : "day first (day/month/year),")
        + " because " + (us ? saidByRows : String.join(", and ", dayFirstSigns(saidByRows)))
        + ". To be sure, " + writeThemSure(false));
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The words that mark the warning of {@link #sayNoOrder}, which the console shows before the errors. */
  public static final String NO_ORDER = "could be read day/month or month/day, and no start date in the file";

  /**
   * Whether a diagnostic is the one warning about a file's start dates that no date of the file
   * shows the order of: refused ({@link #sayNoOrder}) or read by the rows' paper and units.
   */
  public static boolean isNoOrder(Diagnostic x) {
    return x.severity() == org.circuitpress.model.Severity.WARNING && x.message().contains(NO_ORDER);
  }

  /**
   * One warning for the whole file when several start dates could be read either way and none shows
   * the file's order (a CSV downloaded from a sheet set to the UK, every date on the 12th or earlier):
   * each of those rows is refused on its own, and this says what to do about all of them at once.
   */
  private void sayNoOrder(Diagnostics out) {
    List<String> dayFirstSigns = dayFirstSigns(rowsSay(dayFirstRows, "A4 or kg"));
    boolean mixed = monthFirstRows > 0 && !dayFirstSigns.isEmpty();
    if (eitherWayCount == 0 || eitherWayCount < 2 && !mixed || dayFirst != null || monthFirst != null) return;
    Location at = eitherWay.location();
    boolean rowsAlone = !semicolons && !decimalCommaCounts();
    out.warning(Location.ofSheet(at.file(), at.sheet()), capitalized(eitherWayDates()) + " " + NO_ORDER
        + " shows which comes first, so " + (eitherWayCount == 1 ? "that client is" : "those clients are")
        + " left out (" + (eitherWayCount == 1 ? "named" : "each is named") + " below)."
        + (mixed ? (rowsAlone ? " The paper and units columns do not settle it: " : " The file does not settle it: ")
            + rowsSay(monthFirstRows, "Letter or lb") + ", as in the US, and " + String.join(", and ", dayFirstSigns)
            + "." : "")
        + " " + capitalized(writeThemSure(monthFirstRows == 0 && dayFirstRows == 0)));
  }

  private static String rowsSay(int rows, String what) {
    return rows + (rows == 1 ? " row says " : " rows say ") + what;
  }

  /** Why the dates that could be read either way were not read in the file's order: it has two. */
  private void sayBothOrders(Diagnostics out) {
    if (eitherWayCount == 0 || dayFirst == null || monthFirst == null) return;
    out.warning(eitherWay.location(), "start dates written with \"/\" are in both orders in this file: "
        + Fields.quote(dayFirst.text()) + " (" + dayFirst.location().cellRef() + ") is day first and "
        + Fields.quote(monthFirst.text()) + " (" + monthFirst.location().cellRef() + ") month first, so "
        + (eitherWayCount == 1 ? "this date, which could be read either way, is not guessed"
            : "the " + eitherWayCount + " dates that could be read either way, such as this one, are not guessed"));
  }

  /**
   * Warns at the first start date held as a date cell that reads as another date with day and month
   * swapped, when the file's start dates typed as text with slashes read only the other way round
   * from the spreadsheet's: "12/14/2026" kept as text beside date cells is the mark of a US file
   * opened by a spreadsheet set to day first (LibreOffice or Excel in the UK), which made a date of
   * every "12/1/2026" it could, as 12 January, and left the rest as text. The cells are read as they
   * hold, since a date cell may be what was meant; the trainer is told what to check. A start date
   * kept as text that reads either way ("03/12/2026") shows no spreadsheet made dates of the file's
   * text, for it would have made one of that too: a workbook typed in its own spreadsheet with some
   * cells formatted as text, and nothing is said.
   */
  private void sayDateCellsSwapped(Diagnostics out) {
    if (swappable == null || eitherWayCount > 0 || (dayFirst == null) == (monthFirst == null)) return;
    java.time.LocalDate held = (java.time.LocalDate) swappable.value();
    java.time.LocalDate meant = java.time.LocalDate.of(held.getYear(), held.getDayOfMonth(), held.getMonthValue());
    boolean us = monthFirst != null;
    Cell proof = us ? monthFirst : dayFirst;
    String typed = us ? held.getDayOfMonth() + "/" + held.getMonthValue() + "/" + held.getYear()
        : held.getMonthValue() + "/" + held.getDayOfMonth() + "/" + held.getYear();
    String more = swappableCount == 1 ? "" : " (" + (swappableCount - 1) + " more date "
        + (swappableCount == 2 ? "cell" : "cells") + " of the column may have been made so too)";
    out.warning(swappable.location(), "this cell holds the date " + held + ", but the start dates typed as text in"
        + " this file are " + (us ? "month first (month/day/year), such as " : "day first (day/month/year), such as ")
        + Fields.quote(proof.text()) + " (" + proof.location().cellRef() + "), which a spreadsheet set to "
        + (us ? "day" : "month") + " first cannot make a date of and keeps as text. Such a spreadsheet makes " + typed
        + ", typed for " + meant + ", into " + held + " when it opens the file" + more + ". Check the start dates,"
        + " and write them year first (" + meant + ") to be sure");
  }

  /** Notes how a start date typed as text with slashes reads (a date cell needs no guessing). */
  private void noteSlashes(Row row) {
    Optional<Cell> cell = row.cell("start_date");
    if (cell.isPresent() && cell.get().value() instanceof java.time.LocalDate day) {
      if (day.getDayOfMonth() <= 12 && day.getDayOfMonth() != day.getMonthValue() && swappableCount++ == 0) {
        swappable = cell.get();
      }
      return;
    }
    if (cell.isEmpty() || cell.get().value() instanceof Double) return;
    Cell c = cell.get();
    switch (Fields.slashKind(c.text())) {
      case DAY_FIRST -> dayFirst = dayFirst == null ? c : dayFirst;
      case MONTH_FIRST -> monthFirst = monthFirst == null ? c : monthFirst;
      case EITHER -> {
        if (eitherWayCount++ == 0) eitherWay = c;
      }
      case NONE -> { }
    }
  }

  /**
   * The handout sets text left to right, letter by letter: Arabic comes out unjoined and Arabic
   * and Hebrew words in reverse order. Said at the cell, so the trainer can add a Latin spelling.
   */
  private static void rightToLeft(Fields f, String header, String text) {
    if (!Names.hasRightToLeft(text)) return;
    f.warning(header, "this text is written right to left (Arabic or Hebrew script); the handout sets"
        + " its letters left to right (and Arabic letters unjoined), so it will not read correctly."
        + " Write it in Latin letters as well, or instead");
  }

  /** Decodes one row; its diagnostics go to {@code d} tagged with the row's client id. */
  Optional<Client> decode(Row row) {
    if (spilledLines.inOtherTable(row, d)) return Optional.empty();
    counts.row(row);
    Optional<Diagnostic> notAClient = spilledLines.check(row);
    if (notAClient.isPresent()) {
      // the rest of a row is a client left out; a label or totals row is no client
      Diagnostic x = notAClient.get();
      if (x.isError()) {
        String tag = noId(row);
        d.add(x.forClient(tag));
        leftOut.add(new LeftOutRow(row.location(), tag, "", ""));
      } else {
        d.add(x);
      }
      return Optional.empty();
    }
    if (!readingInactive && statusOf(row) == ClientStatus.Reading.INACTIVE) {
      inactiveRows.add(row);
      return Optional.empty();
    }
    if (repeatsAnEarlierRow(row)) return Optional.empty();
    Diagnostics local = new Diagnostics();
    Fields f = new Fields(row, local).slashOrder(slashOrder);
    noteSlashes(row);
    notePaperAndUnits(row);
    f.unreadable(
        "This client is left out until then, because reading the cell as empty could give them the"
            + " wrong drills", unsaved);
    Optional<String> id = f.requiredShown("client_id").map(i -> plainId(i, f));
    id.ifPresent(i -> checkUnique(i, f));
    Optional<String> name = f.requiredShown("name");
    Optional<String> program = f.required("program").flatMap(p -> program(p, f));
    Optional<java.time.LocalDate> start = f.date("start_date", true);
    Level level = LooseValues.levelCell(f);
    Integer weeks = f.integer("weeks", 1, Client.MOST_WEEKS, null, WEEKS, LooseValues::weeks);
    Integer sessions = f.integer("sessions_per_week", 1, 7, null, PER_WEEK, LooseValues::sessions);
    Units units = units(f);
    Paper paper = paper(f, units);
    Kit kit = kit(f, units == null ? Units.KG : units);
    Map<String, Set<String>> readAs = new LinkedHashMap<>();
    Set<String> limitations = limitations(f, readAs);
    Set<String> exclude = exclude(f);
    StartLoads startLoads = startLoads(f, kit, units == null ? Units.KG : units);
    String email = email(f);
    status(f, local);
    name.ifPresent(n -> rightToLeft(f, "name", n));
    rightToLeft(f, "notes", f.text("notes"));
    Group group = groupNames.of(f);
    String tag = id.orElseGet(() -> noId(row));
    local.all().forEach(x -> d.add(x.forClient(tag)));
    if (!f.ok()) {
      leftOut.add(new LeftOutRow(row.location(), tag, f.shown("name"), f.text("program"), group));
      return Optional.empty();
    }
    return Optional.of(
        new Client(
            id.get(),
            name.get(),
            program.get(),
            start.get(),
            level,
            weeks,
            sessions,
            kit,
            limitations,
            exclude,
            units,
            paper,
            // "none" or "N/A" is no note from the trainer: the cover prints none rather than "N/A"
            KitParser.saysNothing(f.text("notes")) ? "" : f.text("notes"),
            email,
            row.location(),
            startLoads,
            group,
            cells(f),
            readAs));
  }

  /**
   * The cells a problem about the id, program, start date, level, equipment or block length alone is
   * placed at, later in the run.
   */
  private static ClientCells cells(Fields f) {
    return new ClientCells(Map.of(ClientCells.ID, f.at(ClientCells.ID),
        ClientCells.PROGRAM, f.at(ClientCells.PROGRAM), ClientCells.START_DATE, f.at(ClientCells.START_DATE),
        ClientCells.LEVEL, f.at(ClientCells.LEVEL), ClientCells.EQUIPMENT, f.at(ClientCells.EQUIPMENT),
        ClientCells.NAME, f.at(ClientCells.NAME), ClientCells.NOTES, f.at(ClientCells.NOTES),
        ClientCells.WEEKS, f.at(ClientCells.WEEKS)));
  }

  /**
   * The gyms and trainers met so far: each as the sheet shows it (a site numbered {@code 07} stays
   * {@code 07}), under the spelling the roster met first.
   */
  private final GroupNames groupNames = new GroupNames();

  /** Each status cell's reading, worked out once per distinct text. */
  private final Map<String, ClientStatus.Reading> statuses = new HashMap<>();
  /** The rows marked inactive, passed over and read at the end ({@link #inactive}). */
  private final List<Row> inactiveRows = new ArrayList<>();
  /** Whether this reader reads the rows marked inactive, which it does not pass over. */
  private boolean readingInactive;

  private ClientStatus.Reading statusOf(Row row) {
    return statuses.computeIfAbsent(row.text("status"), ClientStatus::read);
  }

  /**
   * Warns at a status that says neither active nor inactive, whose client still gets a program; a
   * client marked inactive, read because a run names them, gets a note that says so (unless their
   * row has errors, which say why they get none).
   */
  private void status(Fields f, Diagnostics local) {
    ClientStatus.Reading reading = statusOf(f.row());
    if (reading == ClientStatus.Reading.OTHER) {
      f.warning("status", ClientStatus.EXPECTED + ", got " + Fields.quote(f.text("status"))
          + "; the client's program is made");
    } else if (reading == ClientStatus.Reading.INACTIVE && f.ok()) {
      local.add(Diagnostic.info(f.row().at("status"), "the status " + Fields.quote(f.text("status")) + " marks client "
          + Fields.quote(IdNumbers.plain(f.shown("client_id")))
          + " inactive; their program is made because the run names them"));
    }
  }

  /**
   * The rows marked inactive, each read as the others were, by a reader of its own (so it takes no
   * part in the others' checks, such as repeated ids: a client who left and came back may have an
   * old row), and kept aside with its problems.
   */
  private Roster.Inactive inactive() {
    if (inactiveRows.isEmpty()) return Roster.Inactive.NONE;
    Diagnostics own = new Diagnostics();
    RosterReader reader = new RosterReader(lib, cat, own, slashOrder);
    reader.readingInactive = true;
    reader.spilledLines.pastFirstRow(); // its rows are some of the file's, not the first under the header
    List<Client> clients = new ArrayList<>();
    for (Row row : inactiveRows) reader.decode(row).ifPresent(clients::add);
    reader.sayRepeated(own);
    String column = inactiveRows.get(0).at("status").header();
    return new Roster.Inactive(clients, reader.leftOut, own.all(), column == null ? "status" : column);
  }

  /**
   * A row without an id is still a client who was left out: it is counted and listed as failed
   * under a stand-in that names its row (no id a roster can hold has these brackets and words).
   */
  private static String noId(Row row) {
    return "(row " + row.location().row() + ", no client_id)";
  }

  /**
   * A row that repeats an earlier row of the same id cell for cell (one client entered twice, by
   * two trainers or a paste) is that client once: a warning, not a second client that failed.
   */
  private boolean repeatsAnEarlierRow(Row row) {
    String id = IdNumbers.plain(row.text("client_id"));
    if (id.isEmpty()) return false;
    // the known columns' cells as typed, in a fixed order; compared as read (capitals and spaces
    // aside) only when an id comes again, which keeps a large roster's reading cheap
    StringBuilder sb = new StringBuilder(128);
    Map<String, Cell> byKey = row.cells();
    for (String key : KNOWN_KEYS) {
      Cell c = byKey.get(key);
      if (c != null) sb.append(c.text());
      sb.append('\u0001');
    }
    String cells = sb.toString();
    String idKey = Names.id(id);
    String earlier = firstRowCells.putIfAbsent(idKey, cells);
    if (earlier == null) return false;
    String[] a = earlier.split("\u0001", -1);
    String[] b = cells.split("\u0001", -1);
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < KNOWN.size(); i++) {
      boolean same = KNOWN.get(i).equals("client_id")
          ? Names.id(IdNumbers.plain(a[i])).equals(Names.id(IdNumbers.plain(b[i])))
          : Names.tag(a[i]).equals(Names.tag(b[i]));
      if (!same) differ.add(KNOWN.get(i));
    }
    if (!differ.isEmpty()) {
      differences.put(row.location().row(), differ);
      return false;
    }
    FirstId first = firstOfId.get(idKey);
    d.add(Diagnostic.warning(row.location(), "this row repeats row " + (first == null ? "above" : first.row())
            + " cell for cell (client_id "
            + Fields.quote(id) + "); the client is read once")
        .forClient(first == null ? id : first.id()));
    return true;
  }

  private static final List<String> KNOWN = COLUMNS.all();
  private static final List<String> KNOWN_KEYS = KNOWN.stream().map(Names::header).toList();

  /**
   * Ids that differ only in case, spacing or how an accent was typed ({@link Names#id}) are the
   * same id: they would share a folder on Windows and macOS, and a client's folder must not depend
   * on which other rows the roster holds.
   */
  private void checkUnique(String id, Fields f) {
    int row = f.row().location().row();
    FirstId first = firstOfId.putIfAbsent(Names.id(id), new FirstId(id, row));
    if (first == null) {
      zerosInFront(id, row, f);
      return;
    }
    // one message, at the row skipped, as for a drill id used twice: it names the row that is read
    boolean looksSame = nfc(first.id()).equals(nfc(id));
    String why =
        first.id().equals(id)
            ? ""
            : looksSame
                ? " (there its accent is stored another way, which looks the same)"
                : " as \""
                    + first.id()
                    + "\" (ids that differ only in capitals or spaces are one client)";
    String used = leftOut.stream().anyMatch(l -> l.where().row() == first.row())
        ? ", which is left out for its own errors; this row " + differs(row) + "is skipped too"
        : ", whose client is the one read; this row " + differs(row) + "is skipped";
    f.error("client_id", "client_id \"" + id + "\" is already used on row " + first.row() + why + used);
  }

  /**
   * The id as read: a number the spreadsheet showed with thousands separators or zero decimals
   * ({@code 1,001}, as a CSV download of a column formatted as numbers writes it) is read as its
   * digits, as the workbook's cell would be ({@link IdNumbers}), with a warning; any other id as shown.
   */
  private String plainId(String shown, Fields f) {
    if (!IdNumbers.isShownNumber(shown)) return shown;
    String digits = IdNumbers.plain(shown);
    shownNumberWarning.say(f, "client_id " + Fields.quote(shown) + " is read as " + digits + ": the spreadsheet"
        + " shows the number with a thousands separator or decimals, which are not part of the id (a workbook of"
        + " the same sheet gives " + digits + " too). Format the client_id column as plain text (in Google Sheets"
        + " Format > Number > Plain text) to be sure");
    return digits;
  }

  /** Ids written as numbers with separators, which a roster exported as CSV has on every row. */
  private final RepeatedWarning shownNumberWarning = new RepeatedWarning("client_id", rows -> "client_id is"
      + " written as a number with a thousands separator or decimals on " + rows + " too, and read as its digits"
      + " alone; format the client_id column as plain text to be sure");

  /** Ids of digits alone, without their zeros in front, to the first row of each. */
  private final Map<String, FirstId> byNumber = new HashMap<>();

  /**
   * Warns at an id of digits that another row's id is the same but for zeros in front ("1" and
   * "001"): a spreadsheet drops them when the column is formatted as numbers, so the two are
   * likely one client, who would get two folders, and whose log of last month only one reads.
   */
  private void zerosInFront(String id, int row, Fields f) {
    int start = 0;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') return;
      if (c == '0' && start == i && i < id.length() - 1) start++;
    }
    FirstId first = byNumber.putIfAbsent(id.substring(start), new FirstId(id, row));
    if (first == null) return;
    f.warning("client_id", "client_id \"" + id + "\" on row " + row + " and \"" + first.id() + "\" on row " + first.row()
        + " differ only in zeros in front, so they are two clients, each with a folder of their own. A spreadsheet"
        + " drops such zeros when the column is formatted as numbers: if they are one client, format the client_id"
        + " column as text and write the id the same way on both rows; if they are two, give one of them another id");
  }

  /** Where a row with an id used before differs from the first row of the id, said in its error. */
  private String differs(int row) {
    List<String> cols = differences.getOrDefault(row, List.of());
    return cols.isEmpty() ? "" : "differs in " + Words.and(cols) + ", and ";
  }

  private static String nfc(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
  }

  /** The first row of an id, and the id as written there. */
  private record FirstId(String id, int row) {}

  private Optional<String> program(String typed, Fields f) {
    if (cat == null) return Optional.of(typed);
    if (cat.knows(typed)) return Optional.of(typed);
    String canonical = programIds.get(Names.tag(typed));
    if (canonical != null) return Optional.of(canonical);
    Optional<String> leftOut = cat.leftOutNamed(typed);
    if (leftOut.isPresent()) {
      f.error("program", cat.whyMissing(leftOut.get()) + "; this client gets no program until it is fixed");
      return Optional.empty();
    }
    String more =
        Suggest.closest(typed, programIds.values(), Names::tag)
            .map(s -> "; did you mean \"" + s + "\"?")
            .orElse(
                programIds.isEmpty()
                    ? "; no templates were loaded"
                    : "; known programs are " + list(new TreeSet<>(programIds.values())));
    f.error("program", "unknown program \"" + typed + "\"" + more);
    return Optional.empty();
  }

  private Kit kit(Fields f, Units units) {
    // Many clients share an equipment list; parse each distinct one once.
    KitParser.Result r =
        kits.computeIfAbsent(
            units + "|" + f.text("equipment"),
            k -> known(KitParser.parseCell(f.text("equipment"), units, this::namesEquipment), units));
    r.problems().forEach(p -> f.error("equipment", p));
    for (String w : r.warnings()) {
      if (!unusedSaid.contains(w)) {
        f.warning("equipment", w);
        unusedFirst.putIfAbsent(w, f.at("equipment"));
        continue;
      }
      // Said at its first row only: a gym whose every client lists a mat would otherwise get the
      // same warning on every row. The rows after are counted and named once, at the end; each
      // still has it as its own, for its client's status.
      Location at = f.countedWarning("equipment", w);
      unusedRows.computeIfAbsent(w, k -> new ArrayList<>()).add(at);
    }
    r.warnings().stream().filter(unusedAgain::containsKey).forEach(unusedSaid::add);
    return r.kit();
  }

  /**
   * Whether a word after a band's grades in a client's equipment is another piece ("band
   * red/cable"), as in the library: a usual name of equipment, or one a drill of the library needs
   * ("band red/landmine").
   */
  private boolean namesEquipment(String word) {
    return KitParser.isUsualName(word) || equipmentKnown.contains(word);
  }

  /** The formula cells without a result to read in columns that matter, said once for the sheet. */
  private final UnsavedFormulas unsaved = new UnsavedFormulas();

  /**
   * The warnings for equipment no drill uses, each with its line for many rows; those said at their
   * first row, with the rows repeating them and that first row's cell.
   */
  private final Map<String, Function<String, String>> unusedAgain = new HashMap<>();
  private final Set<String> unusedSaid = new HashSet<>();
  private final Map<String, List<Location>> unusedRows = new LinkedHashMap<>();
  private final Map<String, Location> unusedFirst = new HashMap<>();

  /**
   * Equipment no drill uses that more rows list than the first is said in one line, at the first
   * row's cell in its place, naming the rows after it; the first row's warning, like theirs, stays
   * its client's own ({@link Diagnostic#counted}). One row's is left as it was said.
   */
  private void sayRepeatedUnused(Diagnostics out) {
    unusedRows.forEach((w, rows) -> {
      Location at = unusedFirst.get(w);
      Diagnostic line = Diagnostic.warning(at, unusedAgain.get(w).apply(RepeatedWarning.moreRows(rows))).asCounting();
      List<Diagnostic> first = out.all().stream()
          .filter(x -> x.location().equals(at) && x.message().equals(w) && !x.isError() && x.listed()).limit(1).toList();
      if (first.isEmpty()) out.add(line);
      else out.replace(first, List.of(first.get(0).asCounted(), line));
    });
  }

  /** The rows' warnings that many rows may repeat, counted after the first few; said at the end of the file. */
  private void sayRepeated(Diagnostics out) {
    unsaved.finish(out, org.circuitpress.model.Severity.ERROR, "The clients on those rows are left out until then,"
        + " because reading the cells as empty could give them the wrong drills");
    sayRepeatedUnused(out);
    shownNumberWarning.finish(out);
    kitUnitsWarning.finish(out);
    letterWarning.finish(out);
  }

  /**
   * The client's units as typed; left empty, those every weight of the client's own equipment is
   * written in ("kettlebell 18/26/35 lb"), with a warning, else kg. Null after an error.
   */
  private Units units(Fields f) {
    if (!f.text("units").isEmpty() || f.row().isUnreadable("units")) {
      return f.choice("units", Units::parseSetting, Units.KG, "kg or lb", List.of("kg", "lb", "metric", "imperial"));
    }
    String equipment = f.text("equipment");
    Units kit = kitUnits.computeIfAbsent(equipment, RosterReader::unitsWritten).orElse(Units.KG);
    if (kit != Units.KG) kitUnitsWarning.say(f, kitUnitsSaid.computeIfAbsent(equipment, e -> kitUnitsMessage(e, kit)));
    return kit;
  }

  /** What the warning about units read from the kit says, once per distinct equipment cell. */
  private final Map<String, String> kitUnitsSaid = new HashMap<>();

  private static String kitUnitsMessage(String equipment, Units kit) {
    return "no units are given, and every weight in the client's equipment (" + Fields.quote(equipment) + ") is in "
        + kit.symbol() + ", so their loads are in " + kit.symbol() + "; write " + kit.symbol() + " or kg here to be sure";
  }

  /** Units left empty and read as the kit's lb, which a US roster may leave empty on every row. */
  private final RepeatedWarning kitUnitsWarning = new RepeatedWarning("units", rows -> "no units are given on "
      + rows + " either, and every weight in their equipment is in lb, so their loads are in lb; write lb or kg"
      + " there to be sure");

  /** The units each equipment cell's weights are written in, worked out once per distinct cell. */
  private final Map<String, Optional<Units>> kitUnits = new HashMap<>();

  /**
   * The one unit the weights of an equipment cell are written in, when every weight given a unit
   * has the same one: read with either default, those items come out in the same units.
   */
  private static Optional<Units> unitsWritten(String cell) {
    Kit asKg = KitParser.parseCell(cell, Units.KG, name -> false).kit();
    Kit asLb = KitParser.parseCell(cell, Units.LB, name -> false).kit();
    EnumSet<Units> said = EnumSet.noneOf(Units.class);
    for (KitItem k : asKg.items().values()) {
      KitItem other = asLb.items().get(k.name());
      if (k.unit() != null && other != null && k.unit() == other.unit()) said.add(k.unit());
    }
    return said.size() == 1 ? Optional.of(said.iterator().next()) : Optional.empty();
  }

  /**
   * The paper, which changes only how the handout prints: a size it cannot make is read as the
   * one it is probably a misspelling of ("Leter"), or else as A4, with a warning, not made the
   * reason to leave the client without a program. Left empty, it is Letter for a client whose
   * loads are in pounds, as in the US (the same evidence that reads a roster's start dates month
   * first), with a warning, else A4. A Letter page printed on A4 loses nothing, as its margins
   * are wider than the few millimetres A4 is narrower, while an A4 page on Letter may lose its foot.
   */
  private Paper paper(Fields f, Units units) {
    String text = f.text("paper");
    if (text.isEmpty() && units == Units.LB && !f.row().isUnreadable("paper")) {
      letterWarning.say(f, "no paper size is given, and the client's loads are in lb, as in the US, so the handout"
          + " is made for Letter paper; write Letter or A4 here to be sure");
      return Paper.LETTER;
    }
    if (text.isEmpty()) return Paper.A4;
    Optional<Paper> p = Paper.parse(text);
    if (p.isPresent()) return p.get();
    Paper near = Suggest.closest(text, List.of("A4", "Letter"), Names::tag)
        .flatMap(Paper::parse).orElse(Paper.A4);
    f.warning("paper", "expected A4 or Letter, got " + Fields.quote(text) + "; the handout is made for "
        + near.label() + " paper");
    return near;
  }

  /** A paper left empty for a client in lb, which a US roster may leave empty on every row. */
  private final RepeatedWarning letterWarning = new RepeatedWarning("paper", rows -> "no paper size is given on "
      + rows + " either, and their clients' loads are in lb, so their handouts are made for Letter paper too;"
      + " write Letter or A4 there to be sure");

  /**
   * Other names of equipment, used when the library has the usual one. A fixed list, not a guess
   * from the words of a name: "no kettlebell" holds the word kettlebell too, and equipment read
   * where the client has none gives them drills they cannot do.
   */
  private static final Set<String> NEGATIONS = Set.of("no", "not", "without", "none", "zero");

  /**
   * The kit with the other names of equipment ({@link KitParser#usualName}: "KB", "DBs", "resistance band") read
   * as the library's names, each with a warning, and so is a misspelling of one ("kettelbell");
   * other names no drill needs are warned about.
   */
  private KitParser.Result known(KitParser.Result r, Units units) {
    if (equipmentKnown.isEmpty()) return r;
    List<String> warnings = new ArrayList<>(r.warnings());
    Map<String, KitItem> items = new LinkedHashMap<>();
    // "band red/cable" where no drill uses a cable: one warning says what the "/" joins and what is not read
    Map<String, List<String>> unusedParts = new LinkedHashMap<>();
    Map<String, String> hints = new LinkedHashMap<>();
    for (KitItem item : r.kit().items().values()) {
      String name = item.name();
      if (!equipmentKnown.contains(name)) {
        Optional<String> as = Optional.ofNullable(KitParser.usualName(name)).filter(equipmentKnown::contains);
        if (as.isPresent()) {
          // The advice quotes the whole item: "write band" alone would drop the client's grade
          // or weights, and a band without a grade is read as a medium one.
          item = new KitItem(as.get(), item.loads(), item.unit(), item.grades());
          warnings.add("\"" + name + "\" is read as \"" + as.get() + "\", the library's name for it;"
              + " write \"" + item.written() + "\" to be sure");
        } else if (NEGATIONS.contains(name.split(" ", 2)[0])) {
          // "no kettlebell": a hint of the name would tell the trainer to give the client one
          warnings.add("\"" + name + "\" is not read as equipment; list only what the client has,"
              + " and leave out what they do not");
        } else {
          // A slip of the keyboard in a name the library uses ("dumbells") is read as it: ignoring
          // it would give the client none of the drills for the equipment they have. A short word
          // near a name ("towel", "wand") and words around a name ("foam roller at the gym") are
          // only hinted at: they may be other things.
          Optional<String> spelled = Suggest.slip(name, equipmentKnown, Names::tag);
          if (spelled.isPresent()) {
            item = new KitItem(spelled.get(), item.loads(), item.unit(), item.grades());
            warnings.add("no exercise in the library uses \"" + name + "\"; it is read as \"" + spelled.get()
                + "\", the closest name the library uses; write \"" + item.written() + "\" to be sure");
          } else {
            Optional<String> meant = Suggest.closest(name, equipmentKnown, Names::tag)
                .or(() -> equipmentKnown.stream().filter(k -> namesWithin(name, k))
                    .max(Comparator.comparingInt(String::length)));
            String said = "no exercise in the library uses \"" + name + "\", so it is not read as equipment";
            String hint = meant.map(x -> "; if the client has a " + x + ", write \"" + x + "\"").orElse("");
            String unused = said + hint;
            if (!slashedUnused(r, name, hint, unusedParts, hints)) {
              warnings.add(unused);
              // one line for every row that lists it: "on this row and on 2 more rows (3, 5)"
              unusedAgain.put(unused, rows -> said + " on this row and on " + rows
                  + meant.map(x -> "; if these clients have a " + x + ", write \"" + x + "\"").orElse(""));
            }
          }
        }
      }
      items.merge(item.name(), item, (a, b) -> KitParser.merge(a, b, units));
    }
    unusedParts.forEach((typed, unused) -> {
      List<String> names = new ArrayList<>(r.slashed().get(typed).keySet());
      int at = warnings.indexOf(KitParser.slashRead(typed, names));
      String one = KitParser.slashReadUnused(typed, names, unused, hints.get(typed));
      if (at < 0) warnings.add(one);
      else warnings.set(at, one);
    });
    return new KitParser.Result(new Kit(items), r.problems(), warnings, r.slashed());
  }

  /**
   * Whether the equipment {@code name} no drill uses came from an item whose "/" joins names
   * ({@link KitParser.Result#slashed}): then its part goes into {@code unusedParts} under that item,
   * with {@code hint}, for the item's one warning, and is not warned about apart.
   */
  private static boolean slashedUnused(KitParser.Result r, String name, String hint,
      Map<String, List<String>> unusedParts, Map<String, String> hints) {
    boolean found = false;
    for (Map.Entry<String, Map<String, String>> e : r.slashed().entrySet()) {
      for (Map.Entry<String, String> part : e.getValue().entrySet()) {
        if (!name.equals(part.getValue())) continue;
        found = true;
        unusedParts.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(part.getKey());
        hints.putIfAbsent(e.getKey(), hint);
      }
    }
    return found;
  }

  /**
   * The limitations of the row as tags, with the library's contraindications each is read as on the
   * safe side. Each limitation read so by a related word goes into {@code readAs}, as typed, with
   * those contraindications it alone rules out ({@link Client#readAs}).
   */
  private Set<String> limitations(Fields f, Map<String, Set<String>> readAs) {
    // "none", "N/A" or a dash say the client has none, as in the library's contraindications
    if (KitParser.saysNothing(f.text("limitations"))) return new LinkedHashSet<>();
    if (saysNothingAfterLabel(f, "limitations", "no limitations")) return new LinkedHashSet<>();
    List<String> typed = f.splitTags("limitations", "limitation");
    Set<String> tags = new LinkedHashSet<>();
    for (String t : typed) tags.add(Names.tag(t));
    tags.remove("");
    if (contraindications.isEmpty()) {
      if (lib != null && !tags.isEmpty() && !warnedNoContraindications) {
        warnedNoContraindications = true;
        d.warning(
            f.at("limitations"),
            NO_CONTRAINDICATIONS + ", so no drill is ruled out for any"
                + " client's limitations (here "
                + Fields.quote(f.text("limitations"))
                + "); add a contraindications column to the library and fill it in");
      }
      return tags;
    }
    Map<String, Set<String>> ruled = new HashMap<>();
    boolean before = false;
    for (String item : typed) {
      String t = Names.tag(item);
      if (t.isEmpty()) continue;
      // "post-op rotator cuff, 6 wks", "knee, L": what a comma cut off the limitation before it
      // says when, which side or how badly, and is read with it; alone it names nothing to leave out.
      // One that the library's words read ("6 wks post-op" where a drill is ruled out for "post-op")
      // still rules out what it names.
      boolean qualifies = before && !contraindications.contains(t) && Conditions.onlyQualifies(t) && namesNothing(t);
      before |= !qualifies;
      if (qualifies) continue;
      // Read on the safe side: a limitation also rules out the library's contraindications that
      // name it more broadly ("bad shoulder" rules out "shoulder") or more narrowly ("shoulder"
      // rules out "shoulder impingement"), a misspelt word as the part of the body it is a
      // misspelling of ("sholder", "nek"), and failing all that, a limitation that names no part of
      // the body as the contraindication it is probably a misspelling of ("vertgo"). A drill left
      // out needlessly is better than one given against a limitation.
      Reading r = readings.computeIfAbsent(t, this::reading);
      List<String> named = r.named();
      tags.addAll(named);
      ruled.computeIfAbsent(item, k -> new HashSet<>()).addAll(named);
      // The library's own word is read as typed; the related ones it also rules out show in the
      // plan's notes wherever a drill is swapped for them.
      if (contraindications.contains(t)) {
        ruled.get(item).add(t);
        continue;
      }
      if (!named.isEmpty()) {
        readAs.put(item, new TreeSet<>(named));
        f.warning("limitations", readAsStart(item)
            + String.join(" and ", named.stream().map(n -> Fields.quote(Names.word(n))).toList())
            + ", the contraindication" + (named.size() == 1 ? "" : "s") + " of the library for the same or a"
            + " related condition or part of the body" + r.spelling().said() + "; write the library's word"
            + (named.size() == 1 ? "" : "s") + SURE + (Conditions.onlyTight(t) ? TIGHT + ", where it leaves every"
            + " drill in" : ""));
        continue;
      }
      Optional<String> near = r.namesPart() ? Optional.empty() : misspelt.computeIfAbsent(t, this::misspelt);
      if (near.isPresent()) {
        tags.add(near.get());
        ruled.get(item).add(near.get());
        f.warning("limitations", "the limitation " + Fields.quote(item) + " is not a contraindication"
            + " of any exercise; it is read as " + Fields.quote(Names.word(near.get())) + ", the closest one;"
            + " write the library's word to be sure");
        continue;
      }
      f.warning("limitations", "the limitation " + Fields.quote(item)
          + " is not a contraindication of any exercise" + r.spelling().said() + ", so it changes nothing: no drill"
          + " is left out for it" + (Conditions.onlyTight(t) ? TIGHT + " instead; if there is, write " : ". To leave"
          + " drills out, write ") + libraryWordsSaid() + ", or name the drills in exclude");
    }
    alone(readAs, ruled);
    return tags;
  }

  /**
   * Leaves in each limitation of {@code readAs} only the contraindications that no other limitation
   * of the row rules out ({@code ruled}, by each as typed): without it, those alone would let their
   * drills back in.
   */
  private static void alone(Map<String, Set<String>> readAs, Map<String, Set<String>> ruled) {
    readAs.forEach((item, named) -> ruled.forEach((other, by) -> {
      if (!other.equals(item)) named.removeAll(by);
    }));
  }

  /** How the warning begins that the limitation {@code item} (as typed) is read as the library's related words. */
  public static String readAsStart(String item) {
    return "the limitation " + Fields.quote(item) + " is read as ";
  }

  /** Drills named in the warning of what a limitation read by a related word left out, before "and N more". */
  static final int LEFT_OUT_NAMED = 3;

  /**
   * The warning {@code message} that a limitation is read as the library's related words
   * ({@link #readAsStart}), saying after its first sentence which drills of the client's program
   * that reading left out ({@code drills}, as the handout names them): the first few, then a count.
   */
  public static String withLeftOut(String message, List<String> drills) {
    int at = message.lastIndexOf(SURE);
    if (drills.isEmpty() || at < 0) return message;
    at += SURE.length();
    List<String> named = drills.subList(0, Math.min(LEFT_OUT_NAMED, drills.size()));
    int more = drills.size() - named.size();
    String listed = more > 0 ? String.join(", ", named) + " and " + more + " more"
        : Words.and(named);
    return message.substring(0, at) + ". For this client it leaves out " + (drills.size() == 1 ? "1 drill: "
        : drills.size() + " drills: ") + listed + message.substring(at);
  }

  /** Where the first sentence of the warning that a limitation is read as the library's related words ends. */
  private static final String SURE = " to be sure";

  /**
   * What a limitation that only says a part is tight or stiff ({@link Conditions#onlyTight}) is told:
   * a trainer may mean pain, so it still rules out what it names, but tightness alone is the work.
   */
  private static final String TIGHT = ". Tightness and stiffness are what mobility drills work on: if there is no"
      + " pain or injury, write it in notes";

  /** How many of the library's contraindications the advice on a limitation that changes nothing names. */
  private static final int ADVISED = 12;

  /**
   * What the library's contraindications are, for a limitation that matches none of them: a
   * trainer who typed "hypermobile" learns which words would leave drills out.
   */
  private String libraryWordsSaid() {
    List<String> words = contraindications.stream().map(Names::word).toList();
    if (words.size() == 1) return "the library's contraindication " + Fields.quote(words.get(0));
    String listed = String.join(", ", words.subList(0, Math.min(ADVISED, words.size())));
    return "one of the library's contraindications (" + listed
        + (words.size() > ADVISED ? " and " + (words.size() - ADVISED) + " more" : "") + ")";
  }

  /**
   * Whether {@code tag} holds the words of {@code known} (an equipment name of the library) in a
   * row, each word compared without a plural "s": "foam rollers 36 in" holds "foam roller". Used
   * for hints only; limitations match through {@link Conditions#bodyWords} as well.
   */
  private static boolean namesWithin(String tag, String known) {
    return Conditions.within(Conditions.words(tag), Conditions.words(known));
  }

  /** The contraindication each limitation (as a tag) that touches none is a misspelling of, worked out once. */
  private final Map<String, Optional<String>> misspelt = new HashMap<>();

  /**
   * The contraindication {@code t} is probably a misspelling of as a whole ("vertgo" for
   * "vertigo"), when neither names a part of the body or a condition: a part of the body is read
   * only from a word that names it or is a misspelling of that word ({@link Conditions#spelt}), never
   * from a name a letter or two away ("nek pain" is the neck, not a library's "knee pain").
   */
  private Optional<String> misspelt(String t) {
    return Suggest.closest(t, namingNoPart, Names::tag);
  }

  /**
   * How a limitation (as a tag) is read: the library's contraindications it is read as besides
   * itself ({@code named}); its misspelt words and what they are taken to mean ({@code spelling});
   * and whether, so read, it names a part of the body or a condition.
   */
  private record Reading(List<String> named, Conditions.Spelling spelling, boolean namesPart) {}

  /**
   * Whether the limitation {@code t} (a tag) is read as none of the library's contraindications,
   * neither by a related word nor as the one it is probably a misspelling of: alone, it changes nothing.
   */
  private boolean namesNothing(String t) {
    Reading r = readings.computeIfAbsent(t, this::reading);
    return r.named().isEmpty() && (r.namesPart() || misspelt.computeIfAbsent(t, this::misspelt).isEmpty());
  }

  /** Each limitation's reading (as a tag), worked out once, not once per client. */
  private final Map<String, Reading> readings = new HashMap<>();

  private Reading reading(String t) {
    Conditions.Spelling spelling = Conditions.spelling(t, libraryWords);
    Set<String> named = new TreeSet<>();
    boolean namesPart = false;
    for (String way : spelling.ways()) {
      List<String> words = Conditions.words(way);
      named.addAll(related(t, words));
      namesPart |= !Conditions.parts(words, false).isEmpty();
    }
    return new Reading(List.copyOf(named), spelling, namesPart);
  }

  /** The library's contraindications a limitation ({@code t}, read as {@code words}) touches besides itself. */
  private List<String> related(String t, List<String> words) {
    List<String> tw = Conditions.bodyWords(words);
    Set<String> tParts = Conditions.parts(words, false);
    // A limitation of only words like "pain" or "sore" says nothing about which condition: it is
    // not read as every condition whose name holds the word ("low back pain").
    boolean vague = Conditions.GENERIC.containsAll(tw);
    return contraindications.stream()
        .filter(c -> !c.equals(t))
        .filter(c -> Conditions.within(tw, contraWords.get(c)) || !vague && Conditions.within(contraWords.get(c), tw)
            || Conditions.samePart(tParts, contraParts.get(c)))
        .toList();
  }

  /**
   * Whether the cell of {@code column} is a label, a colon and a word for nothing ("Exclude: none",
   * "notes: N/A"), as the equipment column reads it ({@link KitParser#afterLabel}): then read as
   * {@code what}, with a warning that says how, rather than as an item no library has.
   */
  private static boolean saysNothingAfterLabel(Fields f, String column, String what) {
    String cell = f.text(column);
    if (!KitParser.saysNothing(KitParser.afterLabel(cell))) return false;
    f.warning(column, KitParser.noneAfterLabel(cell, what));
    return true;
  }

  private Set<String> exclude(Fields f) {
    Set<String> ids = new LinkedHashSet<>();
    // "none", "N/A" or a dash exclude nothing, as they are no equipment and no limitations
    if (KitParser.saysNothing(f.text("exclude")) && !namesADrill(f.text("exclude"))) return ids;
    if (!namesADrill(f.text("exclude")) && saysNothingAfterLabel(f, "exclude", "no exercise to leave out")) return ids;
    // "cat-cow; open-book, wall-slide" is three drills, as "cat-cow, open-book, wall-slide" is; a
    // drill's id or name that holds a comma stays one, alone or among others ("cat-cow, Single-leg
    // balance, eyes closed")
    Fields.ListItems read = f.listItems("exclude", "exercise", "exercises", this::namesADrill);
    for (String typed : read.items()) exclude(f, typed, ids);
    read.unsure().forEach((typed, parts) -> {
      // "A, B" where A, B and "A, B" are all drills: which is meant cannot be told, so none is given
      for (String part : parts) exclude(f, part, ids);
      f.warning("exclude", Fields.quote(typed) + " names an exercise, and so do "
          + String.join(" and ", parts.stream().map(Fields::quote).toList()) + "; all of them are left out."
          + " Write ids separated by \";\" to leave out only some");
    });
    return ids;
  }

  /** Adds the drill {@code typed} names, by id or by name, to {@code ids}; says at the cell when none. */
  private void exclude(Fields f, String typed, Set<String> ids) {
    String byId = lib == null || lib.get(typed).isPresent() ? typed : exerciseIds.get(Names.tag(typed));
    if (byId != null) {
      ids.add(byId);
      if (lib != null) sameName(f, typed, byId, ids);
      return;
    }
    // The drill's name as the handout prints it ("90/90 supine breathing") names it too, unless
    // two drills share that name.
    List<String> shared = sharedNames.get(Names.tag(typed));
    if (shared != null) {
      f.error("exclude", "several exercises are called " + Fields.quote(typed) + " (" + String.join(", ", shared)
          + "); write the id of the one to leave out");
      return;
    }
    String named = exerciseNames.get(Names.tag(typed));
    if (named != null) {
      ids.add(named);
      return;
    }
    Optional<Location> skipped = lib.skippedRow(typed);
    if (skipped.isPresent()) {
      // No client gets that drill anyway: the exclude is kept, but it is no reason to stop.
      ids.add(typed);
      f.warning(
          "exclude",
          "the exercise \""
              + typed
              + "\" was left out of the library because its row has errors ("
              + Library.describe(skipped.get())
              + "), so no client gets it until that row is fixed");
      return;
    }
    // A one-letter slip in one drill's id or name ("kettlebel windmill") leaves that drill out:
    // excluding a drill the trainer did not mean takes one drill from the client, while the error
    // took their whole program.
    Optional<Exercise> slip = excludeSlips.computeIfAbsent(Names.tag(typed), this::oneSlipFrom);
    if (slip.isPresent()) {
      Exercise e = slip.get();
      ids.add(e.id());
      f.warning("exclude", "no exercise has the id or name " + Fields.quote(typed) + "; it is read as "
          + Fields.quote(e.id()) + " (" + e.name() + "), the one exercise a letter away, which this client does not"
          + " get; write " + Fields.quote(e.id()) + " to be sure");
      return;
    }
    // The cell may hold an id or a name: the hint is the closest of either.
    List<String> known = new ArrayList<>(exerciseIds.values());
    lib.all().forEach(e -> known.add(e.name()));
    String hint =
        Suggest.closest(typed, known, Names::tag)
            .map(s -> "; did you mean \"" + s + "\"?")
            .orElse("");
    f.error("exclude", "no exercise has the id or name \"" + typed + "\"" + hint);
  }

  /** The drill each exclude that names none (as a tag) is one slip from, worked out once per text. */
  private final Map<String, Optional<Exercise>> excludeSlips = new HashMap<>();

  /**
   * The one drill whose id or name is a single letter left out, added, changed or two swapped from
   * {@code tag}; empty when none is, or when two or more drills are (which one is meant is a guess),
   * a drill left out of the library for errors among them.
   */
  private Optional<Exercise> oneSlipFrom(String tag) {
    Exercise found = null;
    for (Exercise e : lib.all()) {
      if (!oneSlip(tag, e.id()) && !oneSlip(tag, e.name())) continue;
      if (found != null) return Optional.empty();
      found = e;
    }
    for (String skipped : lib.skipped().keySet()) if (oneSlip(tag, skipped)) return Optional.empty();
    return Optional.ofNullable(found);
  }

  private static boolean oneSlip(String tag, String known) {
    return Suggest.distance(tag, Names.tag(known)) == 1;
  }

  /** Whether {@code typed} is, as a whole, the id or the name of a drill in the library. */
  private boolean namesADrill(String typed) {
    String t = Names.tag(typed);
    return exerciseIds.containsKey(t) || exerciseNames.containsKey(t);
  }

  /**
   * An exclude that is one drill's id and other drills' name as the handout prints it ("Cat-cow"
   * for the drill cat-cow and another also called "Cat-cow"): every one of them is left out, on the
   * safe side, since the client would otherwise get a drill by the very name the trainer excluded.
   */
  private void sameName(Fields f, String typed, String id, Set<String> ids) {
    List<String> named = sharedNames.getOrDefault(Names.tag(typed),
        exerciseNames.containsKey(Names.tag(typed)) ? List.of(exerciseNames.get(Names.tag(typed))) : List.of());
    List<String> others = named.stream().filter(x -> !x.equals(id)).toList();
    if (others.isEmpty()) return;
    ids.addAll(others);
    f.warning("exclude", Fields.quote(typed) + " is the id of " + id + " and the name of "
        + String.join(", ", named) + "; all of them are left out. Write ids to leave out only some");
  }

  /** Each distinct start_loads cell, read once for each kit it is read against. */
  private final Map<String, StartLoadReader.Result> startLoads = new HashMap<>();

  private StartLoadReader startLoadReader;

  /**
   * The loads the trainer wrote down for the client to start on, each read as one of the client's
   * own steps; what cannot be read so is warned about at the cell and left out.
   */
  private StartLoads startLoads(Fields f, Kit kit, Units units) {
    String cell = f.text("start_loads");
    if (cell.isBlank() || saysNothingAfterLabel(f, "start_loads", "no start loads")) return StartLoads.NONE;
    if (startLoadReader == null) {
      startLoadReader = new StartLoadReader(lib, exerciseIds, exerciseNames, sharedNames, equipmentKnown);
    }
    StartLoadReader.Result r = startLoads.computeIfAbsent(units + "|" + f.text("equipment") + "|" + cell,
        k -> startLoadReader.read(cell, kit, units));
    r.warnings().forEach(w -> f.warning("start_loads", w));
    return new StartLoads(r.drills(), r.equipment(), f.at("start_loads"));
  }

  private String email(Fields f) {
    String e = f.text("email");
    if (!e.isEmpty() && !EMAIL.matcher(e).matches()) {
      f.warning("email", "\"" + e + "\" does not look like an email address");
    }
    return e;
  }

  static String list(Set<String> names) {
    List<String> l = new ArrayList<>(names);
    // "and 1 more" would be longer than the name it hides
    if (l.size() <= MAX_LISTED + 2) return String.join(", ", l);
    return String.join(", ", l.subList(0, MAX_LISTED))
        + " and "
        + (l.size() - MAX_LISTED)
        + " more";
  }
}
