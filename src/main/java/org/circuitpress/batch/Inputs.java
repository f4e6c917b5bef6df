package org.circuitpress.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.circuitpress.input.LockFiles;
import org.circuitpress.input.RosterReader;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.ColumnsRead;
import org.circuitpress.model.ClientCells;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.LeftOutRow;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.circuitpress.model.Roster;
import org.circuitpress.model.Words;

/**
 * Everything a run reads, read once before any client is planned.
 *
 * @param clients every valid client of the roster, in roster order
 * @param leftOut the roster's rows left out for their errors, in roster order
 * @param inactive the ids of the roster's clients marked inactive, passed over ({@link Roster#inactive})
 * @param unfollowed the warnings of the templates no client follows, which one note stands for
 *     among the run's diagnostics ({@link Unfollowed}), in the order they were reported
 * @param rosterColumns the known columns the roster was read with ({@link Roster#columns})
 */
public record Inputs(Library library, Catalog catalog, Branding branding, List<Client> clients,
    List<LeftOutRow> leftOut, List<String> inactive, List<Diagnostic> unfollowed, ColumnsRead rosterColumns) {
  public Inputs {
    clients = List.copyOf(clients);
    leftOut = List.copyOf(leftOut);
    inactive = List.copyOf(inactive);
    unfollowed = List.copyOf(unfollowed);
  }

  public Inputs(Library library, Catalog catalog, Branding branding, List<Client> clients, List<LeftOutRow> leftOut,
      List<String> inactive, List<Diagnostic> unfollowed) {
    this(library, catalog, branding, clients, leftOut, inactive, unfollowed, ColumnsRead.NONE);
  }

  public Inputs(Library library, Catalog catalog, Branding branding, List<Client> clients, List<LeftOutRow> leftOut,
      List<String> inactive) {
    this(library, catalog, branding, clients, leftOut, inactive, List.of());
  }

  public Inputs(Library library, Catalog catalog, Branding branding, List<Client> clients, List<LeftOutRow> leftOut) {
    this(library, catalog, branding, clients, leftOut, List.of());
  }

  /**
   * Reads library, templates, branding and roster. Empty when one of them cannot be used at all
   * (missing, unreadable, of the wrong kind): then nothing can be planned and the run exits 2.
   */
  public static Optional<Inputs> read(RunOptions o, Stages stages, Diagnostics d) {
    return read(o, stages, d, (library, branding) -> {});
  }

  /**
   * As {@link #read(RunOptions, Stages, Diagnostics)}; {@code beforeRoster} is given the library and
   * branding as soon as they are read, so work that needs only them can start while the roster,
   * often the largest input, is still being read.
   */
  static Optional<Inputs> read(RunOptions o, Stages stages, Diagnostics d,
      BiConsumer<Library, Branding> beforeRoster) {
    boolean brandingFound = o.branding() == null || exists(o.branding(), "--branding", false, o, d);
    if (!exists(o.library(), "--library", o.libraryByDefault(), o, d) | !exists(o.roster(), "--roster", o.rosterByDefault(), o, d)
        | !folderExists(o.templates(), d) | !brandingFound) {
      return Optional.empty();
    }
    openElsewhere(o.roster(), d);
    openElsewhere(o.library(), d);
    // A file named on the command line is the one meant: the others beside it are no concern.
    if (o.libraryByDefault()) twin(o.library(), "--library", d);
    if (o.rosterByDefault()) twin(o.roster(), "--roster", d);
    othersNotRead(DEFAULT_FOLDER, o, d);
    librariesNotRead(DEFAULT_FOLDER, o, d);
    SavedWhileRead libraryRead = SavedWhileRead.before(o.library());
    Optional<Library> library = guarded(o.library(), d, Optional.empty(), () -> stages.library(o.library(), d));
    if (library.isEmpty() || libraryRead.changed(d)) return Optional.empty();
    Catalog catalog = guarded(o.templates(), d, EMPTY, () -> stages.templates(o.templates(), library.get(), d));
    if (catalog.templates().isEmpty() && catalog.tracks().isEmpty()) {
      d.error(Location.ofFile(o.templates().toString()), "no usable template in this folder");
      return Optional.empty();
    }
    Branding branding = o.branding() == null ? Branding.DEFAULT
        : guarded(o.branding(), d, Branding.DEFAULT, () -> stages.branding(o.branding(), d));
    beforeRoster.accept(library.get(), branding);
    int before = d.size();
    SavedWhileRead rosterRead = SavedWhileRead.before(o.roster());
    Roster roster = guarded(o.roster(), d, Roster.EMPTY, () -> stages.roster(o.roster(), library.get(), catalog, d));
    if (rosterRead.changed(d)) return Optional.empty();
    if (roster.clients().isEmpty() && unreadable(d.all().subList(before, d.size()))) return Optional.empty();
    Roster asked = askedFor(roster, o.clients(), d);
    List<Diagnostic> unfollowed = Unfollowed.fold(catalog, asked, o, d);
    return Optional.of(new Inputs(library.get(), catalog, branding, asked.clients(), asked.leftOut(),
        asked.inactive().ids(), unfollowed, roster.columns()));
  }

  /**
   * The roster with the clients marked inactive that a run names ({@code ids}, as {@code --clients}
   * gives them) put back in roster order, with their problems: a trainer who names one means it.
   * A row of the same id that is not marked inactive goes first. A run of the whole roster ({@code
   * ids} empty) gets one note that names the rows passed over.
   */
  static Roster askedFor(Roster roster, List<String> ids, Diagnostics d) {
    Roster.Inactive inactive = roster.inactive();
    if (inactive.ids().isEmpty()) return roster;
    if (ids.isEmpty()) {
      d.add(passedOver(inactive, roster.clients().isEmpty() && roster.leftOut().isEmpty()));
      return roster;
    }
    Set<String> wanted = new HashSet<>();
    ids.forEach(id -> wanted.add(Names.id(id)));
    roster.clients().forEach(c -> wanted.remove(Names.id(c.id())));
    roster.leftOut().forEach(r -> wanted.remove(Names.id(r.clientId())));
    Predicate<String> back = id -> wanted.contains(Names.id(id));
    List<Client> clients = new ArrayList<>(roster.clients());
    List<Client> kept = new ArrayList<>();
    inactive.clients().forEach(c -> (back.test(c.id()) ? clients : kept).add(c));
    List<LeftOutRow> leftOut = new ArrayList<>(roster.leftOut());
    List<LeftOutRow> keptOut = new ArrayList<>();
    inactive.leftOut().forEach(r -> (back.test(r.clientId()) ? leftOut : keptOut).add(r));
    if (kept.size() == inactive.clients().size() && keptOut.size() == inactive.leftOut().size()) return roster;
    inactive.problems().stream().filter(x -> x.clientId() != null && back.test(x.clientId())).forEach(d::add);
    clients.sort(Comparator.comparingInt(c -> c.where().row()));
    leftOut.sort(Comparator.comparingInt(r -> r.where().row()));
    List<Diagnostic> keptProblems = inactive.problems().stream()
        .filter(x -> x.clientId() == null || !back.test(x.clientId())).toList();
    return new Roster(clients, leftOut, new Roster.Inactive(kept, keptOut, keptProblems, inactive.column()));
  }

  /** The words that mark the note of the rows marked inactive, which the console shows too. */
  private static final String MARKED_INACTIVE = "marked inactive in the status column, so no program is made";

  /** Whether a diagnostic is the note of the rows marked inactive ({@link #passedOver}). */
  static boolean isPassedOver(Diagnostic x) {
    return x.severity() == org.circuitpress.model.Severity.INFO && x.message().contains(MARKED_INACTIVE);
  }

  /** How many rows marked inactive the note names before "and N more". */
  private static final int INACTIVE_NAMED = 8;

  /** The words that begin the note of a roster whose every row is marked inactive. */
  private static final String NONE_ACTIVE = "every client of the roster is marked inactive";

  /**
   * Whether {@code d} holds the note that every row of the roster is marked inactive: nothing in it
   * is unreadable and no client failed, so a run makes nothing and says so without an error.
   */
  static boolean noneActive(Diagnostics d) {
    return d.all().stream().anyMatch(x -> x.severity() == org.circuitpress.model.Severity.INFO
        && x.message().startsWith(NONE_ACTIVE));
  }

  /**
   * The note that names the rows marked inactive, and their ids: "rows 2 (c001) and 6 (c005) are ...";
   * when they are {@code all} the roster's rows, one that says so and names the column that marks them.
   */
  private static Diagnostic passedOver(Roster.Inactive inactive, boolean all) {
    List<Location> rows = new ArrayList<>();
    Map<Integer, String> ids = new HashMap<>();
    inactive.clients().forEach(c -> {
      rows.add(c.where());
      ids.put(c.where().row(), c.id());
    });
    inactive.leftOut().forEach(r -> {
      rows.add(r.where());
      if (!r.clientId().startsWith("(row ")) ids.put(r.where().row(), r.clientId()); // not a row's stand-in
    });
    rows.sort(Comparator.comparingInt(Location::row));
    List<String> named = rows.stream().limit(INACTIVE_NAMED)
        .map(l -> l.row() + (ids.containsKey(l.row()) ? " (" + ids.get(l.row()) + ")" : "")).toList();
    int more = rows.size() - named.size();
    boolean one = rows.size() == 1;
    String listed = one ? "row " + named.get(0) : "rows " + (more > 0 ? String.join(", ", named) + " and " + more
        + " more" : Words.and(named));
    Location at = Location.ofSheet(rows.get(0).file(), rows.get(0).sheet());
    if (all) {
      return Diagnostic.info(at, NONE_ACTIVE + " in its column " + SafeNames.quote(inactive.column()) + " (" + listed
          + "), so no program is made; to make one anyway, give --clients with the client's id");
    }
    return Diagnostic.info(at, listed + (one ? " is " : " are ")
        + MARKED_INACTIVE + " for " + (one ? "that client" : "those clients") + "; to make " + (one ? "it" : "one")
        + " anyway, give --clients with the client's id");
  }

  /** Warns when a lock file beside an input says it is open in Excel or LibreOffice ({@link LockFiles#openElsewhere}). */
  static void openElsewhere(Path file, Diagnostics d) {
    LockFiles.openElsewhere(file).ifPresent(m -> d.warning(Location.ofFile(file.toString()), m));
  }

  /**
   * Warns when the file read by default has a twin in the other format beside it
   * ({@code exercises.csv} next to {@code exercises.xlsx}): a trainer who edits the one not read
   * would see nothing change.
   */
  private static void twin(Path file, String option, Diagnostics d) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    String other;
    if (lower.endsWith(".xlsx")) other = name.substring(0, name.length() - 5) + ".csv";
    else if (lower.endsWith(".csv")) other = name.substring(0, name.length() - 4) + ".xlsx";
    else return;
    Path twin = file.resolveSibling(other);
    if (!Files.isRegularFile(twin)) return;
    d.warning(Location.ofFile(twin.toString()), "not read: " + file + " beside it is. Keep one of the two,"
        + " or give " + option + " " + twin + " to read this one");
  }

  /** The folder the command line takes the roster, library and branding from when not told otherwise. */
  static final Path DEFAULT_FOLDER = Path.of("input");

  /** What the files of the default folder are called that a run reads, or knows of (their twins). */
  private static final Set<String> KNOWN_STEMS = Set.of("roster", "exercises", "branding");

  /**
   * Warns once when the roster is the default one in {@code folder} and the folder holds other
   * spreadsheets that no run reads: a trainer who drops a download of their own sheet there beside
   * the sample roster would otherwise get the sample's clients and no word about their file.
   */
  static void othersNotRead(Path folder, RunOptions o, Diagnostics d) {
    if (!o.rosterByDefault()) return;
    if (!o.roster().equals(folder.resolve("roster.xlsx")) && !o.roster().equals(folder.resolve("roster.csv"))) return;
    List<Path> others = spreadsheets(folder, p -> unknown(p, o) && !namedAsLibrary(p));
    notRead(folder, others, "the roster", o.roster(), "--roster", d);
  }

  /**
   * Warns once when the library is the default one in {@code folder} and the folder holds other
   * spreadsheets named as a library is ({@code Studio - Exercises.csv}, as Google Sheets names the
   * download of a sheet called Exercises): a trainer who names their own roster with --roster
   * would otherwise have the sample library's drills in every handout, and no word about theirs.
   */
  static void librariesNotRead(Path folder, RunOptions o, Diagnostics d) {
    if (!o.libraryByDefault()) return;
    if (!o.library().equals(folder.resolve("exercises.xlsx")) && !o.library().equals(folder.resolve("exercises.csv"))) {
      return;
    }
    List<Path> others = spreadsheets(folder, p -> unknown(p, o) && namedAsLibrary(p));
    notRead(folder, others, "the library", o.library(), "--library", d);
  }

  /** A spreadsheet that is none of the run's inputs nor their usual names ({@link #KNOWN_STEMS}). */
  private static boolean unknown(Path p, RunOptions o) {
    String lower = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !KNOWN_STEMS.contains(lower.substring(0, lower.lastIndexOf('.')))
        && !p.equals(o.roster()) && !p.equals(o.library()) && !p.equals(o.branding());
  }

  /** A file whose name says it holds exercises: "Exercises", "exercise library", "Drills - Sheet1". */
  private static boolean namedAsLibrary(Path p) {
    String lower = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return lower.contains("exercise") || lower.contains("library") || lower.contains("drill");
  }

  /** The warning that names {@code others}, beside {@code read}, and how to use one as {@code what}. */
  private static void notRead(Path folder, List<Path> others, String what, Path read, String option, Diagnostics d) {
    if (others.isEmpty()) return;
    List<String> named = others.stream().map(p -> "\"" + p.getFileName() + "\"").toList();
    String example = others.get(0).toString();
    if (example.indexOf(' ') >= 0) example = "\"" + example + "\"";
    String stem = read.getFileName().toString();
    stem = stem.substring(0, stem.lastIndexOf('.'));
    d.warning(Location.ofFile(others.size() == 1 ? others.get(0).toString() : folder.toString()),
        "not read: " + (named.size() == 1 ? named.get(0) + " is" : String.join(", ", named) + " are")
        + " in " + folder + " beside " + what + " read, " + read + ". To use "
        + (named.size() == 1 ? "it" : "one") + " as " + what + ", give " + option + " " + example
        + ", or put it in place of " + read + " as " + stem
        + (example.toLowerCase(Locale.ROOT).contains(".csv") ? ".csv" : ".xlsx"));
  }

  /**
   * The spreadsheets ({@code .xlsx}, {@code .csv}) in a folder that {@code wanted} keeps, sorted;
   * none when the folder cannot be listed. Lock files of an open workbook are none.
   */
  private static List<Path> spreadsheets(Path folder, Predicate<Path> wanted) {
    List<Path> others = new ArrayList<>();
    try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path p : files) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".xlsx") || lower.endsWith(".csv"))) continue;
        // Excel's and LibreOffice's lock files of an open workbook
        if (name.startsWith("~$") || name.startsWith(".~lock")) continue;
        if (wanted.test(p) && Files.isRegularFile(p)) others.add(p);
      }
    } catch (java.io.IOException | RuntimeException e) {
      return List.of(); // a folder that cannot be listed holds nothing to say about
    }
    others.sort(Comparator.comparing(Path::toString));
    return others;
  }

  /** How many of a folder's spreadsheets a "file not found" names. */
  private static final int LISTED = 5;

  /**
   * Why an input is not there, and what to do: a run started outside the folder that holds
   * {@code input/} finds no folder; a trainer's own download ({@code Clients - Sheet1.csv}, or
   * {@code roster.xlsx.xlsx} saved where Windows hides the ending) is named, with how to read it.
   */
  static String missingFile(Path file, String option, boolean byDefault, RunOptions o) {
    Path folder = file.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      return "file not found: " + noFolder(folder, folder + " and templates", option, "file", byDefault);
    }
    String name = file.getFileName().toString();
    String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    String why = "file not found" + (byDefault ? " (nor " + stem + ".csv)" : "");
    // another input's file is not this one (a library's is no roster); one named as its kind may be
    List<Path> inputs = Arrays.asList(o.roster(), o.library(), o.branding());
    String kind = option.equals("--roster") ? "roster" : option.equals("--library") ? "exercises" : "branding";
    List<Path> there = spreadsheets(folder == null ? Path.of("") : folder, p -> {
      String lower = p.getFileName().toString().toLowerCase(Locale.ROOT);
      String own = lower.substring(0, lower.lastIndexOf('.'));
      return !inputs.contains(p) && (own.equals(kind) || !KNOWN_STEMS.contains(own));
    });
    if (there.isEmpty()) return why;
    List<String> named = there.stream().limit(LISTED).map(p -> "\"" + p.getFileName() + "\"").toList();
    String more = there.size() > LISTED ? " and " + (there.size() - LISTED) + " more" : "";
    String example = there.get(0).toString();
    if (example.indexOf(' ') >= 0) example = "\"" + example + "\"";
    String ending = example.toLowerCase(Locale.ROOT).contains(".csv") ? ".csv" : ".xlsx";
    return why + "; " + (folder == null ? "this folder" : folder) + " holds " + String.join(", ", named) + more
        + ": to read " + (there.size() == 1 ? "it" : "one of them") + ", give " + option + " " + example
        + (byDefault ? ", or rename it " + stem + ending + twoEndings(there.get(0), stem) : "");
  }

  /**
   * That there is no {@code folder} where the run looked; for a folder the run takes by default,
   * also that it was likely started outside the folder that {@code holds} what it reads.
   */
  private static String noFolder(Path folder, String holds, String option, String what, boolean byDefault) {
    return "there is no folder " + folder + " in " + Path.of("").toAbsolutePath()
        + (byDefault ? "; run the command from the folder that holds " + holds + ", or give " + option + " with the "
            + what + "'s path" : "");
  }

  /** The templates folder a run takes when not told otherwise. */
  static final Path DEFAULT_TEMPLATES = Path.of("templates");

  /** Why the templates folder is not there: {@link #noFolder}, with the hint when it is the default one. */
  static String missingFolder(Path templates, boolean byDefault) {
    return "folder not found: " + noFolder(templates, DEFAULT_FOLDER + " and " + templates, "--templates", "folder",
        byDefault);
  }

  /** A name with two endings, as a file saved twice over gets where Windows hides endings. */
  private static final Pattern TWO_ENDINGS = Pattern.compile("(?i)(.+\\.(?:xlsx|csv))\\.(?:xlsx|csv)");

  /**
   * For {@code roster.xlsx.xlsx}: how Windows shows it when it hides endings ("roster.xlsx"), so
   * that the trainer renames it to the stem alone; empty for any other name.
   */
  private static String twoEndings(Path file, String stem) {
    Matcher m = TWO_ENDINGS.matcher(file.getFileName().toString());
    return m.matches() ? " (its name has two endings: where Windows hides endings it shows as \"" + m.group(1)
        + "\", and there renaming it to \"" + stem + "\" is enough)" : "";
  }

  private static final Catalog EMPTY = new Catalog(Map.of(), Map.of());

  /**
   * A reader that fails in an unforeseen way on some odd file still only costs that file, named,
   * with no stack trace.
   */
  private static <T> T guarded(Path file, Diagnostics d, T fallback, Supplier<T> read) {
    try {
      return read.get();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      d.error(Location.ofFile(file.toString()), "internal error while reading it: " + ClientJob.message(e));
      return fallback;
    }
  }

  /** A whole-file error (row 0) that left no client means the roster could not be read. */
  private static boolean unreadable(List<Diagnostic> fromRoster) {
    return fromRoster.stream().anyMatch(x -> x.isError() && x.location().row() == 0);
  }

  private static boolean exists(Path file, String option, boolean byDefault, RunOptions o, Diagnostics d) {
    if (Files.isRegularFile(file)) return true;
    String why = Files.isDirectory(file)
        ? "expected a file, found a folder"
        : Files.exists(file)
            ? "expected a file saved on disk, found a device or pipe; give an .xlsx or .csv file"
            : missingFile(file, option, byDefault, o);
    d.error(Location.ofFile(file.toString()), why);
    return false;
  }

  private static boolean folderExists(Path folder, Diagnostics d) {
    if (Files.isDirectory(folder)) return true;
    d.error(Location.ofFile(folder.toString()), Files.exists(folder) ? "expected a folder of templates"
        : missingFolder(folder, folder.equals(DEFAULT_TEMPLATES)));
    return false;
  }

  /** The month of the earliest start date: where a run without {@code --month} files its output. */
  public Optional<YearMonth> firstMonth() {
    return clients.stream().map(Client::startDate).min(LocalDate::compareTo).map(YearMonth::from);
  }

  /** The words that mark the warning about where a whole run's files go. */
  private static final String WHOLE_RUN = "without --month the run is for the month of the earliest start date";

  /**
   * Whether a diagnostic is about the whole run: where its files go (a lone earliest start date),
   * or that no drill is ruled out for any client's limitations (a library without
   * contraindications). The console shows it first however many other problems there are: a
   * validate run writes no report, so a warning past the console's lines would never be seen.
   */
  static boolean isRunWide(Diagnostic d) {
    return d.severity() == org.circuitpress.model.Severity.WARNING
        && (d.message().contains(WHOLE_RUN) || d.message().startsWith(RosterReader.NO_CONTRAINDICATIONS));
  }

  /** How far the earliest start date must stand from every other one to look like a typo. */
  static final int LONE_START_MONTHS = 6;

  /**
   * The month a run without {@code --month} takes from the earliest start date, with a warning
   * when that date stands alone, half a year or more before every other client's: a year typed
   * wrong (2025-12-08 for 2026-12-08) would otherwise move everyone's files to that month.
   */
  Optional<YearMonth> firstMonth(Diagnostics d) {
    List<Client> byStart = clients.stream().sorted(Comparator.comparing(Client::startDate)).toList();
    if (byStart.size() >= 3) {
      Client first = byStart.get(0);
      LocalDate next = byStart.get(1).startDate();
      if (!first.startDate().plusMonths(LONE_START_MONTHS).isAfter(next)) {
        d.add(Diagnostic.warning(first.at(ClientCells.START_DATE), "client " + SafeNames.quote(first.id())
                + " starts on " + first.startDate() + ", " + LONE_START_MONTHS + " months or more before anyone else"
                + " (the next on " + next + "), and " + WHOLE_RUN + ", so"
                + " every client's files go to " + YearMonth.from(first.startDate()) + ". If the year is a"
                + " typo, fix it; else give --month")
            .forClient(first.id()));
      }
    }
    return firstMonth();
  }

  /**
   * Why a client id asked for on the command line has no client: its roster row has errors (they
   * are among {@code d}, reported above), or no row has that id.
   */
  static String notFound(String id, List<Client> clients, String option, Diagnostics d) {
    return rowHasErrors(id, d)
        ? "client " + SafeNames.quote(id) + " is in the roster, but its row has errors (above), so it"
            + " has no program until they are fixed"
        : "no client with id " + SafeNames.quote(id) + " in the roster" + byName(id, clients, option);
  }

  /** How many clients a name given for an id lists by their ids. */
  private static final int NAMED_AT_MOST = 5;

  /**
   * The id to give when {@code typed} is a client's name, or words of it ("Dwayne Carter",
   * "dwayne"): a trainer thinks of clients by name. Words are matched whole, at spaces, hyphens,
   * apostrophes and any other mark between letters ("jane" finds Mary-Jane, "neill" and "oneill"
   * find O'Neill), in any capitals and with or without accents ("zoe" finds Zoë). Empty when no
   * client's name matches.
   */
  static String byName(String typed, List<Client> clients, String option) {
    String key = String.join("", nameWords(typed));
    if (key.isEmpty()) return "";
    List<Client> named = clients.stream().filter(c -> holdsWords(nameWords(c.name()), key)).toList();
    if (named.isEmpty()) return "";
    if (named.size() == 1) {
      Client c = named.get(0);
      return "; " + c.name() + " is client " + asTyped(c.id()) + ": give " + option + " " + asTyped(c.id());
    }
    return "; " + SafeNames.quote(typed) + " is in the names of " + named.size() + " clients: "
        + String.join(", ", named.stream().limit(NAMED_AT_MOST).map(c -> asTyped(c.id()) + " (" + c.name() + ")")
            .toList())
        + (named.size() > NAMED_AT_MOST ? ", ..." : "") + "; give " + option + " with the id of the one you mean";
  }

  private static List<String> nameWords(String text) {
    return Names.words(Names.withoutAccents(Names.id(text)));
  }

  /** Whether some run of whole {@code words} in a row, put together, is {@code key}. */
  private static boolean holdsWords(List<String> words, String key) {
    for (int from = 0; from < words.size(); from++) {
      StringBuilder run = new StringBuilder();
      for (int to = from; to < words.size() && run.length() < key.length(); to++) {
        run.append(words.get(to));
        if (run.length() == key.length() && run.toString().equals(key)) return true;
      }
    }
    return false;
  }

  /** An id as typed on the command line: in quotes when it holds a space or a comma. */
  private static String asTyped(String id) {
    return id.contains(" ") || id.contains(",") ? "\"" + id + "\"" : id;
  }

  /** Whether the roster has a row for {@code id} that was left out for its errors (in {@code d}). */
  static boolean rowHasErrors(String id, Diagnostics d) {
    String key = Names.id(id);
    return d.all().stream().anyMatch(x -> x.isError() && x.clientId() != null && key.equals(Names.id(x.clientId())));
  }
}
