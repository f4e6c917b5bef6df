package org.circuitpress.input;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Level;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.circuitpress.model.Needs;
import org.circuitpress.model.Units;

/**
 * Reads the exercise library. A row with an error is skipped; links (easier, harder) to unknown ids
 * and links that form a cycle are reported as errors and dropped, so the drills themselves stay
 * usable. Unsafe URLs and images are warnings and dropped.
 */
public final class LibraryReader {
  public static final String SHEET = "Exercises";

  public static final Columns COLUMNS =
      Columns.of(
          List.of("exercise_id", "name", "role"),
          List.of(
              "tags",
              "equipment",
              "level",
              "dose",
              "per_side",
              "each_hand",
              "tempo",
              "cues",
              "contraindications",
              "easier",
              "harder",
              "video_url",
              "image"))
          // The columns that decide which client may get a drill and where it goes: a cell
          // showing #N/A read as empty could drop a contraindication.
          .strict(
              List.of(
                  "exercise_id",
                  "name",
                  "role",
                  "tags",
                  "equipment",
                  "level",
                  "contraindications",
                  "easier",
                  "harder"))
          .otherNames(
              Map.ofEntries(
                  Map.entry("contra", "contraindications"),
                  Map.entry("contras", "contraindications"),
                  Map.entry("avoid", "contraindications"),
                  Map.entry("avoid for", "contraindications"),
                  Map.entry("not for", "contraindications"),
                  Map.entry("unsafe for", "contraindications"),
                  Map.entry("precautions", "contraindications"),
                  Map.entry("limitations", "contraindications"),
                  Map.entry("injuries", "contraindications"),
                  Map.entry("equipment needed", "equipment"),
                  Map.entry("equipment required", "equipment"),
                  Map.entry("kit", "equipment"),
                  Map.entry("gear", "equipment"),
                  Map.entry("coaching cues", "cues"),
                  Map.entry("coaching points", "cues"),
                  Map.entry("regression", "easier"),
                  Map.entry("progression", "harder"),
                  Map.entry("per hand", "each_hand"),
                  Map.entry("load per hand", "each_hand"),
                  Map.entry("load each hand", "each_hand"),
                  Map.entry("video", "video_url"),
                  Map.entry("video link", "video_url"),
                  Map.entry("photo", "image"),
                  Map.entry("picture", "image"),
                  // what a drill's level is also headed, in English and in the languages of
                  // trainers who keep the rest of the sheet in English
                  Map.entry("difficulty", "level"),
                  Map.entry("difficulty level", "level"),
                  Map.entry("level of difficulty", "level"),
                  Map.entry("skill level", "level"),
                  Map.entry("exercise level", "level"),
                  Map.entry("drill level", "level"),
                  Map.entry("stufe", "level"),
                  Map.entry("niveau", "level"),
                  Map.entry("nivel", "level"),
                  Map.entry("livello", "level"),
                  Map.entry("schwierigkeit", "level"),
                  Map.entry("schwierigkeitsgrad", "level"),
                  // Required columns are never read under another name, but the error that one
                  // is missing names the column probably meant. "Exercise" alone is taken as the
                  // drill's name: an id column is usually headed "ID" beside it.
                  Map.entry("id", "exercise_id"),
                  Map.entry("drill id", "exercise_id"),
                  Map.entry("exercise", "name"),
                  Map.entry("exercise name", "name"),
                  Map.entry("drill", "name"),
                  Map.entry("drill name", "name"),
                  Map.entry("category", "role"),
                  Map.entry("type", "role")))
          // A header that says when not to give a drill ("Avoid if", "Do not use if",
          // "Contraindicated for") is read as contraindications: ignored, no drill would be
          // ruled out for anyone. Several such columns are read together.
          .byWords(
              "contraindications",
              "avoid", "not for", "do not", "don t", "dont", "contraindicated", "contraindication",
              "contraindications", "precaution", "precautions", "caution", "cautions", "unsafe",
              "limitation", "limitations", "injury", "injuries")
          // what every drill is read as without these, said when a header that looks like one is not read
          .unread(List.of(
              new Columns.Unread("contraindications", "no drill would be left out for any client's limitations",
                  List.of("risk", "risks", "safety"), true),
              new Columns.Unread("equipment", "every drill is read as needing nothing, and given to clients who do not"
                  + " own what it needs", List.of("equipment", "kit", "gear", "needs", "needed", "required", "props"),
                  false),
              new Columns.Unread("level", "every drill is read as a beginner one, given to clients of every level",
                  List.of("level", "difficulty", "grade", "skill"), false)))
          .links(List.of("video_url"));

  /** The word that joins choices of equipment: "dumbbell or kettlebell". */
  private static final Pattern OR = Pattern.compile("(?i)\\s+or\\s+");
  /**
   * A size after an equipment name (normalized): "foam roller 36\"", "foam roller 90 cm", "foam
   * roller 36 inch" (from "36-inch" or "36 inches").
   */
  private static final Pattern SIZE =
      Pattern.compile(
          "(.*\\p{L}.*?)\\s+\\d+(?:[.,]\\d+)?\\s*(?:\"|''|\u201d|\u2033|'|\u2019|in|inch|inche|cm|mm|m|ft|foot|feet)\\.?");
  /**
   * A web address without its scheme, as a browser's address bar may show it: host names joined by
   * dots, the last of them (group 1) of letters only, then perhaps a port and a path, no spaces.
   */
  private static final Pattern WEB_ADDRESS =
      Pattern.compile(
          "(?i)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+([a-z]{2,})(?::\\d{1,5})?(?:[/?#]\\S*)?");
  /**
   * The endings of host names taken for a web address's without more ado: {@code clip.mp4} or
   * {@code intro.mov} in a link cell is a file's name, not an address.
   */
  private static final Set<String> WEB_ENDINGS =
      Set.of(
          "com", "org", "net", "edu", "gov", "io", "tv", "co", "be", "me", "ly", "gl", "app", "dev", "info",
          "biz", "us", "uk", "ca", "au", "nz", "ie", "de", "fr", "nl", "es", "it", "ch", "at", "se", "no",
          "dk", "fi", "pl", "pt", "eu", "jp", "br", "mx", "in");
  /** Words that say an item is not needed: "no bench", "without a mat". */
  private static final Set<String> NEGATIONS = Set.of("no", "not", "without", "none", "zero");
  /** What follows "no" when the whole item says the drill needs nothing: "no equipment needed". */
  private static final Set<String> NOTHING_NEEDED =
      Set.of("equipment", "equipment needed", "equipment required", "needed", "required", "kit", "gear");

  private LibraryReader() {}

  /**
   * The library, or empty when the file cannot be used. {@link Library#folder()} is the file's
   * folder, against which image paths resolve.
   */
  public static Optional<Library> read(Path file, Diagnostics d) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    Map<String, Exercise> byId = new LinkedHashMap<>();
    Map<String, Integer> rowOfId = new HashMap<>();
    Map<String, Location> linkCells = new HashMap<>();
    // the easier and harder cells as typed: which commas separate ids is known once all ids are
    Map<String, String> linkTexts = new HashMap<>();
    Images images = new Images(folder);
    SpilledLine spilledLines = new SpilledLine(COLUMNS, "an exercise", true);
    Said said = new Said(amounts(), noLevels(), difficulties(), new UnsavedFormulas());
    Map<String, List<Undecided>> undecided = new HashMap<>();
    Map<String, Location> skipped = new LinkedHashMap<>();
    Map<String, Exercise> byName = new HashMap<>();
    ColumnCounts counts = new ColumnCounts(COLUMNS);
    Optional<Table> t =
        TableReader.scan(
            file,
            SHEET,
            COLUMNS,
            d,
            row -> {
              if (spilledLines.inOtherTable(row, d)) return;
              counts.row(row);
              Optional<Diagnostic> notADrill = spilledLines.check(row);
              if (notADrill.isPresent()) {
                d.add(notADrill.get());
                return;
              }
              Optional<Exercise> e = decode(row, d, rowOfId, images, said, undecided);
              if (e.isEmpty()) {
                String id = row.text("exercise_id");
                if (!id.isEmpty()) skipped.putIfAbsent(id, row.location());
                return;
              }
              byId.put(e.get().id(), e.get());
              sameName(e.get(), byName.putIfAbsent(Names.tag(e.get().name()), e.get()), row, d);
              for (String column : List.of("easier", "harder")) {
                linkCells.put(Links.key(e.get().id(), column), row.at(column));
                linkTexts.put(Links.key(e.get().id(), column), row.text(column));
              }
              linkCells.put(Links.key(e.get().id(), "role"), row.at("role"));
              linkCells.put(Links.key(e.get().id(), "equipment"), row.at("equipment"));
              linkCells.put(
                  Links.key(e.get().id(), "contraindications"), row.at("contraindications"));
            });
    spilledLines.finish(d);
    said.unsaved().finish(d, org.circuitpress.model.Severity.ERROR, "The drills on those rows are left out until"
        + " then, because reading the cells as empty could give them to the wrong clients");
    if (t.isEmpty()) return Optional.empty();
    said.amounts().finish(d);
    said.noLevels().finish(d);
    said.difficulties().finish(d);
    // a repeated id is skipped too, but its first row is the drill
    skipped.keySet().removeAll(byId.keySet());
    Map<String, Exercise> checked = Links.check(byId, skipped.keySet(), linkCells, linkTexts, d);
    return Optional.of(new Library(nearMisses(checked, undecided, linkCells, d), folder, skipped, counts.of(t)));
  }

  /**
   * Warns about a role, contraindication or piece of equipment that one drill alone uses and that
   * is a near misspelling of one other drills use ("mobilty", "sholder", "kettelbell"): templates
   * pick drills by role, so such a drill is never picked (the role is read as the other drills'); the roster matches limitations to
   * contraindications, so a shoulder client could get a drill meant to be ruled out for them; and
   * a client's equipment is matched by name, so no client has the misspelt one and the drill is
   * never given. A contraindication so misspelled is read as both, on the safe side, and a piece
   * of equipment as the other drills' name, as a slip in a client's equipment is. An item such as
   * "band red/landmine" is first read as a choice where other drills need a "landmine" ({@link
   * #chosen}).
   */
  private static Map<String, Exercise> nearMisses(
      Map<String, Exercise> byId, Map<String, List<Undecided>> undecided, Map<String, Location> cells,
      Diagnostics d) {
    Map<String, Needs> needs = chosen(byId, undecided, cells, d);
    Map<String, Integer> roles = new HashMap<>();
    Map<String, Integer> contras = new HashMap<>();
    Map<String, Integer> kit = new HashMap<>();
    Map<String, List<String>> listedBy = new HashMap<>();
    for (Exercise e : byId.values()) {
      roles.merge(e.role(), 1, Integer::sum);
      for (String c : e.contraindications()) {
        contras.merge(c, 1, Integer::sum);
        listedBy.computeIfAbsent(c, k -> new ArrayList<>()).add(e.id());
      }
      for (String n : needs.get(e.id()).names()) kit.merge(n, 1, Integer::sum);
    }
    Map<String, Exercise> out = new LinkedHashMap<>();
    for (Exercise e : byId.values()) {
      Optional<String> nearRole = near(e.role(), roles);
      nearRole.ifPresent(
          r ->
              d.warning(
                  cells.get(Links.key(e.id(), "role")),
                  "role "
                      + Fields.quote(e.role())
                      + " is used by no other drill and is a slip of "
                      + Fields.quote(r)
                      + ", so it is read as "
                      + Fields.quote(r)
                      + " (templates pick drills by role, and a role of one drill only would never"
                      + " be picked or given substitutes); correct the cell if the drill has a role of"
                      + " its own"));
      String role = nearRole.orElse(e.role());
      Set<String> contraindications = new LinkedHashSet<>(e.contraindications());
      for (String c : new TreeSet<>(e.contraindications())) {
        Optional<String> n = near(c, contras);
        if (n.isEmpty()) {
          respelt(e, c, listedBy.get(c), contraindications, cells, d);
          continue;
        }
        // another word for the same condition ("sciatic", "sciatica") is matched alike already
        if (Conditions.sameThing(c, n.get())) continue;
        contraindications.add(n.get());
        d.warning(
            cells.get(Links.key(e.id(), "contraindications")),
            "the contraindication "
                + Fields.quote(c)
                + " is listed by no other drill; did you mean "
                + Fields.quote(n.get())
                + "? Until it is corrected the drill is ruled out for both, so a client whose"
                + " limitations say either does not get it");
      }
      Needs equipment = respelt(needs.get(e.id()), kit, cells.get(Links.key(e.id(), "equipment")), d);
      out.put(
          e.id(),
          role.equals(e.role()) && contraindications.equals(e.contraindications())
                  && equipment.equals(e.equipment())
              ? e
              : new Exercise(e.id(), e.name(), role, e.tags(), equipment, e.level(),
                  e.dose(), e.perSide(), e.eachHand(), e.tempo(), e.cues(), contraindications, e.easier(),
                  e.harder(), e.videoUrl(), e.image(), e.where(), e.imageAt(), e.nameAt(), e.cuesAt()));
    }
    return out;
  }

  /**
   * An item of a drill's equipment read as one piece in grades although a word after its "/" may
   * name another piece ("band red/landmine"), with its choices and its group of names as read.
   */
  private record Undecided(String item, List<String> choices, List<String> group) {}

  /**
   * Each drill's equipment (by id), with each {@link Undecided} item read as a choice when a word
   * after its "/" is equipment another drill needs, as a usual name of equipment is at once
   * ({@link KitParser#joinedNames(String, Predicate)}): "band red/landmine" is then "band red" or
   * "landmine", not a band in the grades "red" and "landmine", which no client has.
   */
  private static Map<String, Needs> chosen(
      Map<String, Exercise> byId, Map<String, List<Undecided>> undecided, Map<String, Location> cells,
      Diagnostics d) {
    Map<String, Integer> kit = new HashMap<>();
    for (Exercise e : byId.values()) for (String n : e.equipment().names()) kit.merge(n, 1, Integer::sum);
    Map<String, Needs> out = new HashMap<>();
    for (Exercise e : byId.values()) {
      Needs needs = e.equipment();
      Set<String> own = needs.names();
      for (Undecided u : undecided.getOrDefault(e.id(), List.of())) {
        Predicate<String> isName =
            w -> KitParser.isUsualName(w) || kit.getOrDefault(w, 0) > (own.contains(w) ? 1 : 0);
        List<String> choices = alternatives(u.item(), isName);
        if (choices.equals(u.choices())) continue;
        List<String> group = new ArrayList<>();
        for (String c : choices) piece(w -> { }, c).ifPresent(group::add); // said of the item already
        List<List<String>> groups = new ArrayList<>(needs.groups());
        int at = groups.indexOf(u.group());
        if (at < 0) continue; // another item needs less: whoever meets it meets this one
        groups.set(at, group);
        needs = new Needs(groups);
        d.warning(cells.get(Links.key(e.id(), "equipment")),
            choiceRead(u.item(), choices, u.choices(), "equipment other drills need"));
      }
      out.put(e.id(), needs);
    }
    return out;
  }

  /**
   * The warning that {@code item} is read as the choice of {@code choices}, the names after a
   * graded name's "/" that {@code plain} (its reading without them) took for grades being another
   * piece each: {@code what} says why.
   */
  private static String choiceRead(String item, List<String> choices, List<String> plain, String what) {
    List<String> added = new ArrayList<>(choices);
    added.removeAll(plain);
    // the first of them is the graded piece itself: "band red" of "band red/cable"
    List<String> names =
        added.subList(added.size() > 1 ? 1 : 0, added.size()).stream().map(Fields::quote).toList();
    return Fields.quote(item) + " is read as "
        + String.join(" or ", choices.stream().map(Fields::quote).toList())
        + ": " + String.join(" and ", names) + (names.size() == 1 ? " is " : " are ") + what + ", not a grade;"
        + " write " + Fields.quote(String.join(" or ", choices)) + " to be sure";
  }

  /**
   * A contraindication with a misspelt word for a part of the body or a condition ("pregancy",
   * "sholder impingement", {@link Conditions#spelt}) is also read as the name so corrected, as a
   * client's limitation is: otherwise a client whose limitations say "pregnant" would get the drill.
   * Said once, at the first of the drills that list it ({@code drills}), which are all read so.
   */
  private static void respelt(Exercise e, String c, List<String> drills, Set<String> contraindications,
      Map<String, Location> cells, Diagnostics d) {
    Conditions.Spelling spelling = Conditions.spelling(c, Set.of());
    if (spelling.spelt().isEmpty()) return;
    List<String> as = spelling.ways().stream().map(Names::tag).toList();
    contraindications.addAll(as);
    if (!drills.get(0).equals(e.id())) return;
    String which = drills.size() == 1 ? "the drill" : "any of the " + drills.size() + " drills that list it ("
        + RosterReader.list(new LinkedHashSet<>(drills)) + ")";
    d.warning(cells.get(Links.key(e.id(), "contraindications")), "the contraindication " + Fields.quote(Names.word(c))
        + " is read as " + String.join(" and ", as.stream().map(x -> Fields.quote(Names.word(x))).toList())
        + " as well" + spelling.said() + ", so that a client whose limitations say "
        + (as.size() == 1 ? "either" : "any of them") + " does not get " + which + "; correct it to be sure");
  }

  /**
   * A drill's equipment with each name that no other drill needs and that is a slip of the
   * keyboard for one other drills need ("kettelbell") read as that name, with a warning worded
   * like the roster's for a slip in a client's equipment.
   */
  private static Needs respelt(Needs needs, Map<String, Integer> kit, Location at, Diagnostics d) {
    List<List<String>> groups = new ArrayList<>();
    boolean changed = false;
    for (List<String> g : needs.groups()) {
      List<String> group = new ArrayList<>(g);
      for (int i = 0; i < group.size(); i++) {
        Optional<String> as = near(group.get(i), kit);
        if (as.isEmpty()) continue;
        d.warning(at, "no other drill needs " + Fields.quote(group.get(i)) + "; it is read as "
            + Fields.quote(as.get()) + ", the name other drills need, which a client's equipment is"
            + " matched by; write " + Fields.quote(as.get()) + " to be sure");
        group.set(i, as.get());
        changed = true;
      }
      groups.add(group);
    }
    return changed ? new Needs(groups) : needs;
  }

  /**
   * The word other drills use that {@code word}, used by one drill only, is a slip of the keyboard
   * for ({@link Suggest#slip}): one letter apart, in words of six letters or more. Real words can
   * be as near as that in fewer letters or in more edits ("waist" and "wrist", "hypotension" and
   * "hypertension", "stability" and "mobility").
   */
  private static Optional<String> near(String word, Map<String, Integer> uses) {
    if (uses.getOrDefault(word, 0) != 1) return Optional.empty();
    List<String> others =
        uses.entrySet().stream()
            .filter(u -> u.getValue() > 1)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    return Suggest.slip(word, others, Names::tag);
  }

  /**
   * A warning the cells of one column may give on many drills' rows (a dose that holds an amount, a
   * level left empty): the first {@link #SAID} are warned about one by one, any more in one warning
   * at the first of them, which {@code more} words given how many cells it stands for besides its own.
   */
  private static final class FirstFew {
    static final int SAID = 3;
    private final String header;
    private final IntFunction<String> more;
    private int count;
    private Location firstUnsaid;
    private String firstUnsaidMessage;

    FirstFew(String header, IntFunction<String> more) {
      this.header = header;
      this.more = more;
    }

    void say(Fields f, String message) {
      count++;
      if (count <= SAID) {
        f.warning(header, message);
      } else if (firstUnsaid == null) {
        firstUnsaid = f.at(header);
        firstUnsaidMessage = message;
      }
    }

    /** The warning for the cells past the first few, if any. */
    void finish(Diagnostics d) {
      if (firstUnsaid == null) return;
      int others = count - SAID - 1;
      d.warning(firstUnsaid, others == 0 ? firstUnsaidMessage : more.apply(others));
    }
  }

  /**
   * The cells of a library warned about at the first few only, by what they say; and the formula
   * cells without a result to read, said once for the sheet.
   */
  private record Said(FirstFew amounts, FirstFew noLevels, FirstFew difficulties, UnsavedFormulas unsaved) {}

  /**
   * Level cells that say how hard the drill is ({@code Easy}, {@code Hard}), as a column headed
   * "Difficulty" does: read as the levels of drills so hard.
   */
  private static FirstFew difficulties() {
    return new FirstFew("level", others -> "this level cell and " + others + " more below it also say easy, medium"
        + " or hard; each is read as beginner, intermediate or advanced, as the ones above are; write beginner,"
        + " intermediate or advanced in each to be sure");
  }

  /** The level a cell saying {@code Easy}, {@code Medium} or {@code Hard} is read as, with a warning. */
  private static Optional<Level> difficulty(Fields f, FirstFew said) {
    String text = f.text("level");
    Optional<Level> level = LooseValues.difficulty(text);
    level.ifPresent(l -> said.say(f, Fields.quote(text) + " is read as " + l.name().toLowerCase(Locale.ROOT)
        + "; write beginner, intermediate or advanced to be sure"));
    return level;
  }

  /** Dose cells that hold an amount ({@code 10 reps}) or count minutes. */
  private static FirstFew amounts() {
    return new FirstFew("dose", others -> "this dose cell and " + others + " more below it also hold an amount (or"
        + " count minutes); each is read as its unit alone, as the dose cells above are, since the template's slots"
        + " set every dose's amount");
  }

  /**
   * Level cells left empty, read as beginner. A drill's level is the lowest level of client it is
   * given to, so a drill read so may go to a beginner though it was meant for advanced clients.
   */
  private static FirstFew noLevels() {
    return new FirstFew("level", others -> "this level cell and " + others + " more below it are empty too; each of"
        + " those drills is read as beginner, as the ones above are, and may be given to clients of every level;"
        + " write beginner, intermediate or advanced in each to be sure");
  }

  private static final String NO_LEVEL = "no level is given, so the drill is read as beginner and may be given to"
      + " clients of every level (a drill is given only to clients at its level or above); write beginner,"
      + " intermediate or advanced to be sure";

  /**
   * What the dose cell counts. The template's slots set every dose's amount, so an amount written
   * here ({@code 10 reps}, {@code 30 sec}, {@code 8 reps each side}, {@code 12}) is read as its unit
   * with a warning that the number is not used; minutes are a time, counted in seconds.
   */
  private static DoseUnit dose(Fields f, FirstFew amounts) {
    String text = f.text("dose");
    if (text.isEmpty()) return DoseUnit.REPS;
    Optional<DoseUnit.Written> w = DoseUnit.parseWritten(text);
    if (w.isEmpty()) {
      f.error("dose", "expected reps, seconds or breaths, got " + Fields.quote(text));
      return null;
    }
    DoseUnit.Written read = w.get();
    if (read.amount().isEmpty() && !read.minutes()) return read.unit();
    String as =
        read.minutes()
            ? "a time, counted in seconds as every timed dose is"
            : read.unit().key() + (read.unitless() ? ", the unit of a dose that names none" : "");
    String side = DoseUnit.perSide(text) ? " for each side" : "";
    String number =
        read.amount().isEmpty()
            ? "the template's slots set the amounts"
            : "the number " + read.amount() + " is not used, since the template's slots set every"
                + " dose's amount";
    String message = Fields.quote(text) + " is read as " + as + side + "; " + number
        + " (this column says only what a dose counts: reps, seconds or breaths)";
    amounts.say(f, message);
    return read.unit();
  }

  /**
   * Warns at a drill's name that an earlier drill ({@code first}, or null) has too: the handout and
   * the log print names, not ids, so a client given both could not tell them apart; a log row typed
   * in without its drill id goes to the first of them; and the roster's exclude and start_loads,
   * and the library's easier and harder, cannot name either by it.
   */
  private static void sameName(Exercise e, Exercise first, Row row, Diagnostics d) {
    if (first == null) return;
    d.warning(row.at("name"), "the name " + Fields.quote(e.name()) + " is also that of " + first.id() + " (row "
        + first.where().row() + "): a handout and log print the name, not the id, so a client given both drills"
        + " could not tell them apart, and a log row typed in without its drill id is read as the first of them;"
        + " in the roster's exclude and start_loads, and in easier and harder, the name names neither, so write the"
        + " id there. Give each drill a name of its own");
  }

  private static Optional<Exercise> decode(
      Row row, Diagnostics d, Map<String, Integer> rowOfId, Images images, Said said,
      Map<String, List<Undecided>> undecided) {
    Fields f = new Fields(row, d);
    f.unreadable(
        "This drill is left out until then, because reading the cell as empty could give it to the"
            + " wrong clients", said.unsaved());
    Optional<String> id = f.required("exercise_id");
    id.ifPresent(
        i -> {
          Integer first = rowOfId.putIfAbsent(i, row.location().row());
          // one message, at the row skipped: it names the row whose drill is read
          if (first != null) {
            f.error(
                "exercise_id",
                "exercise_id \""
                    + i
                    + "\" is already used on row "
                    + first
                    + ", whose drill is the one read; this row is skipped");
          }
        });
    Optional<String> name = f.required("name");
    Optional<String> role = f.required("role").map(Names::tag);
    // "Beginner+" or "Intermediate (returning)" as the roster reads it
    Level level = difficulty(f, said.difficulties()).orElseGet(() -> LooseValues.levelCell(f));
    DoseUnit dose = dose(f, said.amounts());
    boolean perSide = f.yesNo("per_side", false);
    if (DoseUnit.perSide(f.text("dose"))) {
      // "reps/side" in the dose column: per side unless the per_side column says otherwise
      if (f.text("per_side").isEmpty()) {
        perSide = true;
      } else if (!perSide) {
        f.warning("per_side", "the dose says " + Fields.quote(f.text("dose")) + " but per_side says "
            + Fields.quote(f.text("per_side")) + "; the dose is read as for both sides together");
      }
    }
    boolean eachHand = f.yesNo("each_hand", false);
    String typedTempo = f.text("tempo");
    Optional<String> tempo = typedTempo.isEmpty() ? Optional.of("") : Tempos.read(typedTempo);
    if (tempo.isEmpty()) {
      f.warning("tempo", Tempos.EXPECTED + Fields.quote(typedTempo) + "; the tempo is left out");
    }
    Set<String> contraindications = new LinkedHashSet<>();
    // "N/A" or "none" in the whole cell means the drill has none, not the contraindications "N"
    // and "A", or one named "none"
    if (!KitParser.saysNothing(f.text("contraindications"))) {
      for (String c : f.splitTags("contraindications", "contraindication")) contraindications.add(Names.tag(c));
    }
    contraindications.remove("");
    String video = url(f);
    String image = images.check(f);
    if (!f.ok()) return Optional.empty();
    // said of a drill that is read: a row left out for its errors gives no drill to anyone
    if (row.columns().containsKey(Names.header("level")) && f.text("level").isEmpty() && !row.isUnreadable("level")) {
      said.noLevels().say(f, NO_LEVEL);
    }
    Set<String> tags = f.tags("tags", "tag", "tags");
    List<Undecided> open = new ArrayList<>();
    Needs needs = equipment(f, open);
    if (!open.isEmpty()) undecided.put(id.get(), open);
    return Optional.of(
        new Exercise(
            id.get(),
            name.get(),
            role.get(),
            tags,
            needs,
            level,
            dose,
            perSide,
            eachHand,
            tempo.orElse(""),
            f.text("cues"),
            contraindications,
            f.list("easier"),
            f.list("harder"),
            video,
            image,
            row.location(),
            f.at("image"),
            f.at("name"),
            f.at("cues")));
  }

  /**
   * What a drill needs, by name only, as a client's equipment is read: "kettlebell 16 kg" or "band
   * light" still means a kettlebell or a band, "KB" a kettlebell (with a warning), and a size such
   * as "foam roller (36")" is left out of the name (with a warning), since a client's kit would
   * not name it. Each item of the list is one more thing the client needs (commas separate items
   * in a list separated by ";" too); an item that offers a choice ("dumbbell or kettlebell", "band/cable") is met by any one of its choices, and one whose
   * choices include nothing at all ("band or bodyweight") is no need. An item whose "/" after a
   * band's grades may be followed by another drill's equipment ("band red/landmine") goes into {@code
   * undecided}, which only the whole library can settle.
   */
  private static Needs equipment(Fields f, List<Undecided> undecided) {
    List<List<String>> groups = new ArrayList<>();
    Map<String, List<String>> split = new LinkedHashMap<>();
    // "kettlebell 12kg, 16kg": the weights of one piece, not an item "16kg"
    List<String> items = KitParser.splitJoined(
        Fields.splitCommas(Fields.split(KitParser.listsWithSlashes(f.text("equipment"))), split), split);
    if (!split.isEmpty()) {
      // "bench; dumbbell, kettlebell" needs all three, as "bench, dumbbell, kettlebell" does
      List<String> first = split.values().iterator().next();
      f.warning(
          "equipment",
          KitParser.commasRead(split)
              + ". A drill needs every item of its list; if one of "
              + (first.size() == 2 ? "the two" : "them")
              + " will do, write "
              + Fields.quote(String.join(" or ", first)));
    }
    for (String item : items) {
      List<String> group = new ArrayList<>();
      boolean optional = false;
      List<String> choices = alternatives(item, KitParser::isUsualName);
      List<String> plain = alternatives(item, w -> false);
      if (!choices.equals(plain)) {
        f.warning("equipment", choiceRead(item, choices, plain, "a piece of equipment of its own"));
      }
      for (String part : choices) {
        Optional<String> name = piece(w -> f.warning("equipment", w), part);
        if (name.isPresent()) group.add(name.get());
        else optional = true;
      }
      if (optional) continue;
      groups.add(group);
      if (!alternatives(item, w -> true).equals(choices)) {
        undecided.add(new Undecided(item, choices, List.copyOf(new LinkedHashSet<>(group))));
      }
    }
    return new Needs(groups);
  }

  /**
   * The choices an item offers: "dumbbell or kettlebell", "band/cable", "foam roller/mat" (a "/"
   * that joins names, {@link KitParser#joinedNames}, not the load steps of "kettlebell 8/12 kg" or
   * the grades of "band light/heavy"), and a word after a band's grades that {@code isName} takes
   * for equipment ("band red/cable"); the item itself when it offers none.
   */
  private static List<String> alternatives(String item, Predicate<String> isName) {
    List<String> out = new ArrayList<>();
    for (String part : OR.split(item.strip())) {
      if (part.isBlank()) continue;
      List<String> names = KitParser.joinedNames(part, isName);
      if (names.isEmpty()) out.add(part);
      else out.addAll(names);
    }
    return out.isEmpty() ? List.of(item) : out;
  }

  /**
   * One piece of equipment's name as a client's kit names it; empty when it needs nothing. What may
   * be misread goes to {@code warn}.
   */
  private static Optional<String> piece(Consumer<String> warn, String typed) {
    KitParser.Result r = KitParser.parse(List.of(typed), Units.KG);
    if (!r.problems().isEmpty()) {
      String name = Names.tag(typed);
      warn.accept(
          r.problems().get(0)
              + "; the drill is read as needing "
              + Fields.quote(name)
              + ", which only a client whose equipment says exactly that has");
      return Optional.of(name);
    }
    if (r.kit().items().isEmpty()) return Optional.empty(); // none, bodyweight, N/A, -
    String name = r.kit().items().keySet().iterator().next();
    String[] words = name.split(" ", 2);
    if (NEGATIONS.contains(words[0])) {
      // "no equipment needed" says the drill needs nothing; "no bench" is not a need either
      if (words.length > 1 && !NOTHING_NEEDED.contains(words[1])) {
        warn.accept(
            Fields.quote(typed)
                + " is not read as equipment the drill needs; list only what it needs");
      }
      return Optional.empty();
    }
    String read = name;
    Matcher size = SIZE.matcher(read);
    boolean sized = size.matches();
    if (sized) read = size.group(1);
    String usual = KitParser.usualName(read);
    if (usual != null) read = usual;
    if (!read.equals(name)) {
      warn.accept(
          Fields.quote(typed)
              + " is read as "
              + Fields.quote(read)
              + (usual != null
                  ? ", the usual name, which a client's equipment is matched by"
                  : ", since a client's equipment is matched by name, without sizes")
              + "; write "
              + Fields.quote(read)
              + " to be sure");
    }
    return Optional.of(read);
  }

  /**
   * Whether a link cell holds words rather than an address of any kind: no scheme, no path, and
   * no dot that could belong to a host name ({@code Watch}, {@code Watch video}), as a CSV keeps a
   * linked cell.
   */
  private static boolean isText(String u) {
    if (u.indexOf(':') >= 0 || u.indexOf('/') >= 0) return false;
    if (u.indexOf('.') < 0) return true;
    for (int i = 0; i < u.length(); i++) if (Character.isWhitespace(u.charAt(i))) return true;
    return false;
  }

  /**
   * Only http and https links reach a handout (as a link or a QR code). An address typed without
   * its scheme ({@code youtu.be/abc123}, as a browser's address bar shows it) is read with {@code
   * https://} before it.
   */
  private static String url(Fields f) {
    String u = f.text("video_url");
    if (u.isEmpty()) return "";
    Matcher web = WEB_ADDRESS.matcher(u);
    if (web.matches() && WEB_ENDINGS.contains(web.group(1).toLowerCase(Locale.ROOT))) {
      f.warning("video_url", Fields.quote(u) + " is read as " + Fields.quote("https://" + u) + ", the web"
          + " address with the https:// a browser's address bar leaves out; write the whole address to be sure");
      u = "https://" + u;
    }
    if (u.length() > Exercise.MAX_VIDEO_URL) {
      f.warning("video_url", "the link has " + u.length() + " characters, more than a QR code on a handout can"
          + " hold (" + Exercise.MAX_VIDEO_URL + "); the link is left out. Use the video's short share link");
      return "";
    }
    if (u.getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= Exercise.LONG_VIDEO_URL) {
      f.warning("video_url", "the link has " + u.length() + " characters, so its QR code has very fine squares"
          + " that a phone may not read from a home print; the video's short share link would print better");
    }
    if (isText(u)) {
      // Google Sheets writes =HYPERLINK("https://...","Watch") to a CSV as Watch
      f.warning(
          "video_url",
          "the cell holds the text "
              + Fields.quote(u)
              + ", not a web address"
              + (f.at("video_url").sheet() == null
                  ? ": a CSV file keeps only the text a link shows, not the link. Write the address"
                      + " itself in the cell (https://...), or use the workbook (.xlsx), where the"
                      + " link behind the text is read"
                  : ", and no link is behind it. Write the address itself in the cell"
                      + " (https://...), or put a link on the text")
              + "; the link is left out");
      return "";
    }
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isEmpty()) {
        return u;
      }
      f.warning(
          "video_url",
          scheme.isEmpty() || !(scheme.equals("http") || scheme.equals("https"))
              ? "only http and https links are allowed, got "
                  + Fields.quote(u)
                  + "; the link is left out"
              : "the link " + Fields.quote(u) + " has no host; the link is left out");
    } catch (URISyntaxException e) {
      f.warning("video_url", "not a valid link: " + Fields.quote(u) + "; the link is left out");
    }
    return "";
  }
}
