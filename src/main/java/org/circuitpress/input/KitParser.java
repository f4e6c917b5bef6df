package org.circuitpress.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Names;
import org.circuitpress.model.Units;
import org.circuitpress.model.UsualWeights;

/**
 * Parses an equipment list such as {@code foam roller; band light/medium/heavy; kettlebell 8/12/16
 * kg; dumbbells 5/10/15 lb} into a {@link Kit}.
 */
final class KitParser {
  private static final Pattern STEPS = Pattern.compile("\\d+(?:[.,]\\d+)?(?:/\\d+(?:[.,]\\d+)?)*");
  private static final Pattern GRADES = Pattern.compile("\\p{L}+(?:/\\p{L}+)+");
  /** A range of weights as one word, "10-50" ({@link #flat} closes up "10 - 50" and "10 to 50"). */
  private static final Pattern RANGE = Pattern.compile("(\\d+(?:[.,]\\d+)?)[-\u2013\u2014](\\d+(?:[.,]\\d+)?)");
  /** A range as people write it, at the end of an item or before its unit. */
  private static final Pattern SPACED_RANGE = Pattern.compile(
      "(?i)(\\d+(?:[.,]\\d+)?)\\s*(?:-|\u2013|\u2014|\\bto\\b)\\s*(\\d+(?:[.,]\\d+)?)(?=\\s*(?:kgs?|lbs?)?$)");
  private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /**
   * A colon after a word of the name, with or without spaces around it ("kettlebells: 8-16 kg",
   * "kettlebell:16kg", "dumbbells : 5-10 lb", "foam roller:"); not one between digits ("8:30").
   */
  private static final Pattern NAME_COLON = Pattern.compile("(?<=\\p{L})\\s*:\\s*");
  /** A "/" between two letters (spaces around it taken out): between names, or between grades. */
  private static final Pattern LETTER_SLASH = Pattern.compile("(?<=\\p{L})/(?=\\p{L})");
  private static final Pattern UNIT_SUFFIX = Pattern.compile("(?i)(.*\\d)(kgs?|lbs?)");
  private static final double MAX_LOAD = 500;
  private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[]\\s*([^)\\]]*?)\\s*[)\\]]");
  private static final Pattern LOADS_FIRST =
      Pattern.compile("(?i)(\\d+(?:[.,]\\d+)?(?:/\\d+(?:[.,]\\d+)?)*)\\s*(kgs?|lbs?)\\s+(\\p{L}.*)");
  // A single step after a name ("band heavy") is only a grade when it is a known grade word;
  // otherwise it is part of the name ("foam roller").
  private static final Set<String> GRADE_WORDS =
      Set.of(
          "light", "medium", "heavy", "xlight", "xheavy", "yellow", "red", "green", "blue", "black",
          "purple", "orange", "grey", "gray", "silver", "gold");
  /** Whether {@code word} (lower case) is a word bands' grades are called by: "medium", "red". */
  static boolean isGradeWord(String word) {
    return GRADE_WORDS.contains(word);
  }

  /**
   * Words that also say which one of a piece in a list of grades after its name ("foam roller
   * soft/firm", "mat thin/thick"), though alone after a name they are read as part of it.
   */
  private static final Set<String> LISTED_GRADE_WORDS =
      Set.of("soft", "firm", "hard", "thin", "thick", "short", "long", "small", "large");
  /** The last word of the names of equipment that comes in grades of any name ("band pink/lilac"). */
  private static final Set<String> GRADED_NAMES =
      Set.of("band", "tube", "tubing", "loop", "theraband", "superband", "miniband");

  /**
   * Weights of one piece listed with commas, "&", "and" or "+" instead of "/": "KB 12kg, 16kg",
   * "dumbbells 5, 10, 15 lb", "kettlebell 8 & 12 kg". The list must end the item (a ";", a comma,
   * a closing bracket or the end follow it), so "kettlebell 12kg, 2 bands" is no list.
   */
  private static final Pattern WEIGHT_LIST =
      Pattern.compile(
          "(?i)(?<![\\d.,/])\\d+(?:\\.\\d+)?\\s*(?:kgs?|lbs?)?"
              + "(?:\\s*(?:,|&|\\+|\\band\\b)\\s*\\d+(?:\\.\\d+)?\\s*(?:kgs?|lbs?)?)+"
              + "(?=\\s*(?:[;,)\\]\\n]|$))");
  private static final Pattern WEIGHT = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*(kgs?|lbs?)?");
  /** Grades listed with commas, "&" or "and": "resistance bands (light, medium, heavy)". */
  private static final Pattern GRADE_LIST;

  static {
    String grade = "(?:light|medium|heavy|xlight|xheavy|extra light|extra heavy|yellow|red|green|blue|black"
        + "|purple|orange|grey|gray|silver|gold|pink)";
    GRADE_LIST = Pattern.compile("(?i)\\b" + grade + "(?:\\s*(?:,|&|\\band\\b)\\s*" + grade + ")+"
        + "(?=\\s*(?:[;,)\\]\\n]|$))");
  }

  private static final Pattern DECIMAL_COMMA = Pattern.compile("(?i)\\d+,\\d+\\s*(?:kgs?|lbs?)?");
  /** The separators of a weight or grade list other than "/". */
  private static final Pattern LIST_MARK = Pattern.compile("(?i)\\s*(?:,|&|\\+|\\band\\b)\\s*");

  /**
   * A whole equipment cell with the weights and grades of one piece that are listed with commas,
   * "&" or "and" written with "/", as the rest of the reading expects: "KB 12kg, 16kg; mini bands"
   * is "KB 12/16 kg; mini bands", "resistance bands (light, medium, heavy)" is "resistance bands
   * (light/medium/heavy)". Read as they are, the commas would split them into items of their own
   * ("16kg", "medium"). A single comma between two numbers with no space ("8,5 kg") is a decimal
   * comma and stays. The cell itself when there is nothing to change.
   */
  static String listsWithSlashes(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('&') < 0 && cell.indexOf('+') < 0
        && !cell.toLowerCase(Locale.ROOT).contains(" and ")) {
      return cell;
    }
    StringBuilder out = new StringBuilder();
    var m = WEIGHT_LIST.matcher(cell);
    int from = 0;
    while (m.find()) {
      String list = m.group();
      String slashed = weights(list);
      if (slashed == null) continue;
      out.append(cell, from, m.start()).append(slashed);
      from = m.end();
    }
    String t = from == 0 ? cell : out.append(cell, from, cell.length()).toString();
    var g = GRADE_LIST.matcher(t);
    return g.find() ? g.replaceAll(r -> LIST_MARK.matcher(r.group()).replaceAll("/")) : t;
  }

  /**
   * The weights of {@code list} as "12/16 kg"; null when it is no list of one piece's weights: a
   * decimal comma ("8,5"), or weights in two units.
   */
  private static String weights(String list) {
    if (DECIMAL_COMMA.matcher(list).matches()) return null; // "8,5", or "8,12", which the reading warns about
    List<String> numbers = new ArrayList<>();
    String unit = null;
    var w = WEIGHT.matcher(list);
    while (w.find()) {
      numbers.add(w.group(1));
      String u = w.group(2);
      if (u == null) continue;
      String said = Units.parse(u).map(Units::symbol).orElse(u);
      if (unit != null && !unit.equals(said)) return null;
      unit = said;
    }
    return String.join("/", numbers) + (unit == null ? "" : " " + unit);
  }

  /**
   * Other names of equipment and the usual name each stands for: "KB" is a kettlebell. The
   * roster's reader reads a client's equipment with this list too.
   */
  private static final Map<String, String> OTHER_NAMES = Map.of(
      "kb", "kettlebell", "db", "dumbbell", "theraband", "band", "resistance band", "band",
      "exercise band", "band", "resistance tube", "band");

  /**
   * The usual name {@code tag} (as {@link Names#tag} reads a name) stands for: one of {@link
   * #OTHER_NAMES} ("kb" is "kettlebell"), also written as a plural ("DBs", "KBs", "KB's") or a
   * name with an apostrophe's plural ("kettlebell's", which {@link Names#tag} leaves as
   * "kettlebell'"); null when it stands for no other name. Short names keep their "s" in {@link
   * Names#tag}, which drops it only from words of four letters or more.
   */
  static String usualName(String tag) {
    String other = OTHER_NAMES.get(tag);
    if (other != null) return other;
    String singular = singular(tag);
    if (singular.equals(tag)) return null;
    return OTHER_NAMES.getOrDefault(singular, singular);
  }

  /** {@code tag} without the plural {@link Names#tag} leaves: "dbs" is "db", "kb'" is "kb". */
  private static String singular(String tag) {
    if (tag.isEmpty()) return tag;
    String less = tag.substring(0, tag.length() - 1);
    if (isApostrophe(tag.charAt(tag.length() - 1))) return less;
    return tag.endsWith("s") && OTHER_NAMES.containsKey(less) ? less : tag;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private KitParser() {}

  /**
   * A kit, the messages saying what is wrong with an item (errors) and those saying what may be
   * misread (warnings).
   */
  record Result(Kit kit, List<String> problems, List<String> warnings, Map<String, Map<String, String>> slashed) {
    /**
     * @param slashed the items whose "/" joins names, each with the names it is read as ("band
     *     red/cable": "band red" and "cable"), whose warning {@link #slashRead} words, and the name of
     *     the piece each is in the kit ("band", "cable"; null when it could not be read)
     */
    Result {
      slashed = Collections.unmodifiableMap(new LinkedHashMap<>(slashed));
    }

    Result(Kit kit, List<String> problems, List<String> warnings) {
      this(kit, problems, warnings, Map.of());
    }
  }

  /**
   * Parses the items; loads without a unit are in {@code defaultUnits} (the client's units), and
   * so are the loads of equipment listed twice in different units. A usual name of equipment after
   * a band's grades is another piece ({@link #isUsualName}): "band red/cable" is a red band and a
   * cable, as the library reads it.
   */
  static Result parse(List<String> items, Units defaultUnits) {
    return parse(items, defaultUnits, KitParser::isUsualName);
  }

  /**
   * As {@link #parse(List, Units)}; a word after a band's grades that {@code isName} takes for a
   * name of equipment is another piece ({@link #joinedNames(String, Predicate)}).
   */
  static Result parse(List<String> items, Units defaultUnits, Predicate<String> isName) {
    Map<String, KitItem> kit = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (items.size() == 1 && isNone(items.get(0))) return new Result(Kit.NONE, problems, warnings);
    Map<String, List<String>> split = new LinkedHashMap<>();
    List<String> all = splitJoined(Fields.splitCommas(items, split), split);
    if (!split.isEmpty()) warnings.add(commasRead(split));
    Map<String, Map<String, String>> slashed = new LinkedHashMap<>();
    for (String item : all) {
      List<String> names = joinedNames(item, isName);
      Map<String, String> pieces = new LinkedHashMap<>();
      if (!names.isEmpty()) {
        // "foam roller/mat" in a client's equipment: the client has both, as with a ";"
        warnings.add(slashRead(item, names));
        slashed.putIfAbsent(item, pieces);
      }
      for (String one : names.isEmpty() ? List.of(item) : names) {
        Optional<KitItem> parsed = item(one, defaultUnits, problems, warnings);
        parsed.ifPresent(p -> kit.merge(p.name(), p, (a, b) -> merge(a, b, defaultUnits)));
        if (!names.isEmpty()) pieces.put(one, parsed.map(KitItem::name).orElse(null));
      }
    }
    return new Result(new Kit(kit), problems, warnings, slashed);
  }

  /** The warning that the names an item's "/" joins are read as pieces of equipment of their own. */
  static String slashRead(String item, List<String> names) {
    return Fields.readAs(Map.of(item, names), ONE, MANY);
  }

  /**
   * As {@link #slashRead}, for an item some of whose names ({@code unused}) no drill of the library
   * needs: one warning for the cell, which says what is read and what is not ("band red/cable" is
   * read as "band red"; no exercise uses "cable"), followed by {@code hint}.
   */
  static String slashReadUnused(String item, List<String> names, List<String> unused, String hint) {
    List<String> read = names.stream().filter(n -> !unused.contains(n)).toList();
    String said = read.isEmpty()
        ? " is read as " + names.size() + " " + MANY + ", " + String.join(" and ", names.stream().map(Fields::quote)
            .toList()) + ", but no exercise in the library uses " + (names.size() == 2 ? "either, so neither is"
                : "any of them, so none is") + " read as equipment"
        : " is read as " + String.join(" and ", read.stream().map(Fields::quote).toList())
            + "; no exercise in the library uses " + String.join(" or ", unused.stream().map(Fields::quote).toList())
            + ", so " + (unused.size() == 1 ? "it is" : "they are") + " not read as equipment";
    return Fields.quote(item) + said + hint + "; separate the items of a list with \";\"";
  }

  /**
   * Parses a whole equipment cell: its weights and grades listed with commas are first read as
   * written with "/" ({@link #listsWithSlashes}), with a warning that says so, then its items as
   * {@link #parse(List, Units, Predicate)} does.
   */
  static Result parseCell(String typed, Units defaultUnits, Predicate<String> isName) {
    String cell = poundSigns(typed);
    if (isNone(afterLabel(cell))) {
      // "notes: none", "Equipment: N/A": a label the cell did not need, then no equipment, as "none" says
      return new Result(Kit.NONE, List.of(), List.of(noneAfterLabel(cell, "no equipment")));
    }
    String slashed = listsWithSlashes(cell);
    Result r = parse(Fields.split(slashed), defaultUnits, isName);
    if (slashed.equals(cell)) return r;
    List<String> warnings = new ArrayList<>(r.warnings().size() + 1);
    warnings.add(Fields.quote(cell.strip()) + " is read as " + Fields.quote(slashed.strip())
        + ": the weights or grades of one piece are separated with \"/\", the items of the list with \";\"");
    warnings.addAll(r.warnings());
    return new Result(r.kit(), r.problems(), warnings, r.slashed());
  }

  /**
   * Weights written with a pound sign, as US gyms write pounds: "35#", "18#/26#/35#", "5-50#"; a
   * run of one piece's weights apart by "/" or "-", the sign after each or after the last. A "#"
   * before a digit ("mini bands 2 #3") is a number, not pounds.
   */
  private static final Pattern POUND_SIGNS = Pattern.compile(
      "\\d(?:\\s*#)?(?:\\s*[/-]\\s*\\d+(?:[.,]\\d+)?(?:\\s*#)?)*\\s*#(?!\\d)");

  /**
   * Weights written with a pound sign with lb instead, each run of one piece's weights where it
   * is, whatever separates the items of the list (";", a comma, a line break): "kettlebell
   * 18#/26#/35#" is "kettlebell 18/26/35 lb", "goblet squat 26#" is "goblet squat 26 lb", "35#
   * kettlebell" is "35 lb kettlebell".
   */
  static String poundSigns(String cell) {
    if (cell.indexOf('#') < 0) return cell;
    return POUND_SIGNS.matcher(cell).replaceAll(m -> Matcher.quoteReplacement(
        m.group().replaceAll("\\s*#", "") + " lb"));
  }

  /** "and", "&" or "+" between two pieces of equipment: "foam roller and band", "bench & dumbbell". */
  private static final Pattern JOINED = Pattern.compile("(?i)\\s+(?:and|&|\\+)\\s+|\\s*[&+]\\s*");

  /**
   * The items of a list, each whose pieces of equipment are joined by "and", "&" or "+" ("foam
   * roller and band light/heavy", "dumbbells 5/10 lb + bench") split there and put into {@code
   * split} with its pieces, for one warning per cell as with commas ({@link #commasRead}). Weights
   * and grades so joined ("kettlebell 8 & 12 kg", "bands (light and heavy)") are written with "/"
   * before ({@link #listsWithSlashes}); an item whose pieces do not each begin with a letter, or one
   * of which is only grades ("light and heavy band"), stays whole. Words before a name that say
   * how many ({@link #COUNT_WORDS}: "pair of dumbbells and a bench") are left out, with the same
   * warning, which shows the names read.
   */
  static List<String> splitJoined(List<String> items, Map<String, List<String>> split) {
    List<String> out = new ArrayList<>(items.size());
    for (String item : items) {
      List<String> parts = mayJoin(item) ? joined(item) : List.of();
      if (parts.isEmpty()) {
        String named = withoutCount(item);
        if (!named.equals(item)) split.put(item, List.of(named));
        out.add(named);
        continue;
      }
      split.put(item, parts);
      out.addAll(parts);
    }
    return out;
  }

  /**
   * Words people write before a piece of equipment's name to say how many or which: "a", "the",
   * "pair of", "a set of", "two", "my". Read as part of the name, "pair of dumbbells" and "a
   * bench" were names no drill uses.
   */
  private static final Pattern COUNT_WORDS = Pattern.compile("(?i)^(?:(?:an?|the|one|two|my|some"
      + "|(?:pairs?|sets?|couple)\\s+of)\\s+)+(?=\\S)");

  /**
   * {@code item} without the {@link #COUNT_WORDS} it begins with: "pair of dumbbells" is
   * "dumbbells", "a bench" is "bench"; {@code item} itself when it begins with none.
   */
  private static String withoutCount(String item) {
    String t = item.strip();
    var m = COUNT_WORDS.matcher(t);
    return m.lookingAt() ? t.substring(m.end()) : item;
  }

  private static boolean mayJoin(String item) {
    return item.indexOf('&') >= 0 || item.indexOf('+') >= 0 || item.toLowerCase(Locale.ROOT).contains(" and ");
  }

  /** The pieces "and", "&" or "+" join in {@code item} ({@link #splitJoined}); empty when it is one. */
  private static List<String> joined(String item) {
    List<String> parts = new ArrayList<>();
    for (String p : JOINED.split(item.strip())) {
      String part = withoutCount(p.strip());
      if (part.isEmpty() || !Character.isLetter(part.charAt(0))) return List.of();
      boolean grades = true;
      for (String w : part.toLowerCase(Locale.ROOT).split("\\s+")) {
        grades &= GRADE_WORDS.contains(w) || LISTED_GRADE_WORDS.contains(w);
      }
      if (grades) return List.of();
      parts.add(part);
    }
    return parts.size() > 1 ? parts : List.of();
  }

  private static final String ONE = "piece of equipment";
  private static final String MANY = "pieces of equipment";

  /**
   * The warning, once for a cell, that the items of a list separated by ";" or line breaks that
   * also hold commas are read as split at them ({@link Fields#splitCommas}).
   */
  static String commasRead(Map<String, List<String>> split) {
    return Fields.readAs(split, ONE, MANY);
  }

  /**
   * The names a "/" joins in an item, as if it were a ";": "dumbbell/kettlebell", "foam roller /
   * yoga mat", and "foam roller/mat", whose "roller/mat" is no grades ({@link #grades}). What
   * follows the last name stays with it: "kettlebell/dumbbell 8/12 kg" is "kettlebell" and
   * "dumbbell 8/12 kg". Empty when the item's "/" joins no names: only the load steps or grades of
   * one piece ("kettlebell 8/12 kg", "band light/heavy"), or something that is neither ("band
   * light//heavy"), which {@link #parse} reports. In the grades after the name of something that
   * comes in grades of any name ("band red/cable"), a word {@code isName} takes for a name of
   * equipment (given as {@link Names#tag} reads it) is another piece, not a grade: "band red" and
   * "cable". What follows it stays a name too: "band light/heavy/cable/bench" is "band
   * light/heavy", "cable" and "bench".
   */
  static List<String> joinedNames(String text, Predicate<String> isName) {
    if (text.indexOf('/') < 0 || isNone(text)) return List.of(); // "N/A"
    String t = flat(text);
    if (!LETTER_SLASH.matcher(t).find()) return List.of();
    List<String> words = words(t);
    Units unit = unit(words);
    String last = words.size() > 1 ? words.get(words.size() - 1) : "";
    boolean loads = STEPS.matcher(last).matches() || RANGE.matcher(last).matches();
    // "dumbbell/kettlebell heavy kg": no weights before the unit, which parse reports as such
    if (unit != null && !loads) return List.of();
    int nameWords = words.size();
    if (loads || GRADE_WORDS.contains(lower(last))) {
      nameWords--;
    } else if (grades(last, words)) {
      List<String> choices = gradesThenNames(t, last, words.size() - 1, isName);
      if (!choices.isEmpty()) return choices;
      nameWords--;
    }
    int nameEnd = endOfWords(t, nameWords);
    List<String> names = new ArrayList<>();
    for (String n : LETTER_SLASH.split(t.substring(0, nameEnd))) if (!n.isBlank()) names.add(n.strip());
    if (names.size() < 2) return List.of();
    int lastName = names.size() - 1;
    names.set(lastName, (names.get(lastName) + t.substring(nameEnd)).strip());
    return names;
  }

  /**
   * The words {@code last} joins by "/" after the first {@code before} words of {@code t} (a
   * graded name's), split where the first of them that {@code isName} takes for a name of
   * equipment begins: the name with the grades before it, then each word from there on. Empty
   * when none is a name.
   */
  private static List<String> gradesThenNames(String t, String last, int before, Predicate<String> isName) {
    List<String> parts = List.of(last.split("/"));
    for (int i = 1; i < parts.size(); i++) {
      String w = lower(parts.get(i));
      if (GRADE_WORDS.contains(w) || LISTED_GRADE_WORDS.contains(w) || !isName.test(Names.tag(w))) continue;
      List<String> names = new ArrayList<>();
      names.add(t.substring(0, endOfWords(t, before)).strip() + " " + String.join("/", parts.subList(0, i)));
      names.addAll(parts.subList(i, parts.size()));
      return names;
    }
    return List.of();
  }

  /**
   * Names of equipment of one word besides those of {@link #OTHER_NAMES}, which after a band's
   * grades ("band red/cable") are another piece of equipment, not a grade. A fixed list: a word
   * is no name of equipment for being unknown as a grade ("band pink/lilac").
   */
  private static final Set<String> USUAL_NAMES =
      Set.of(
          "cable", "bench", "mat", "box", "step", "chair", "wall", "towel", "dowel", "stick", "pole",
          "broomstick", "ball", "trx", "bar", "barbell", "kettlebell", "dumbbell", "band", "tube", "rope",
          "strap", "block", "slider", "plate", "sandbag", "bosu", "wedge", "pillow", "cushion", "sled",
          "roller");

  /** Whether {@code tag} (as {@link Names#tag} reads it) is one of the usual names of equipment. */
  static boolean isUsualName(String tag) {
    String usual = usualName(tag);
    String t = usual == null ? tag : usual;
    return USUAL_NAMES.contains(t) || OTHER_NAMES.containsValue(t);
  }

  /** The item with " / " as "/", words in brackets after the name and weights after it. */
  private static String flat(String text) {
    String t = SLASH.matcher(text.strip()).replaceAll("/");
    // "kettlebells: 8-16 kg", as a list is written in a spreadsheet: the colon is no part of the name
    t = NAME_COLON.matcher(t).replaceAll(" ").strip();
    // "band (light/medium)" and "foam roller (long)": the words in brackets come after the name
    t = BRACKETS.matcher(t).replaceAll(" $1").strip();
    // "16 kg kettlebell": the weights come after the name, as in "kettlebell 16 kg"
    var before = LOADS_FIRST.matcher(t);
    if (before.matches()) t = before.group(3) + " " + before.group(1) + " " + before.group(2);
    // "dumbbells 10 - 50 lb" and "10 to 50 lb": the range as one word, "10-50"
    if (t.indexOf('-') >= 0 || t.indexOf('\u2013') >= 0 || t.indexOf('\u2014') >= 0 || t.contains(" to ")) {
      t = SPACED_RANGE.matcher(t).replaceAll("$1-$2");
    }
    return t;
  }

  private static List<String> words(String flat) {
    return new ArrayList<>(List.of(SPACES.split(flat)));
  }

  /** The unit the item ends in ("kg", or "12kg"), taken off its words; null when none. */
  private static Units unit(List<String> words) {
    String last = words.get(words.size() - 1);
    if (words.size() > 1 && Units.parse(last).isPresent()) {
      words.remove(words.size() - 1);
      return Units.parse(last).get();
    }
    var suffix = UNIT_SUFFIX.matcher(last);
    if (!suffix.matches()) return null;
    words.set(words.size() - 1, suffix.group(1));
    return Units.parse(suffix.group(2)).get();
  }

  /**
   * Whether {@code last}, the last of an item's {@code words}, is words joined by "/" that are
   * grades of the name before them: when each is a word grades are called by ("yellow/red/green",
   * "light/heavy", "soft/firm"), or the name is of something that comes in grades of any name
   * ("band pink/lilac"). Else they are names ("foam roller/mat"): read as grades, "foam" would be
   * a piece of equipment nobody has.
   */
  private static boolean grades(String last, List<String> words) {
    if (!GRADES.matcher(last).matches()) return false;
    boolean named = true;
    for (String g : last.split("/")) {
      String w = lower(g);
      named &= GRADE_WORDS.contains(w) || LISTED_GRADE_WORDS.contains(w);
    }
    return named || GRADED_NAMES.contains(Names.tag(words.get(words.size() - 2)));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Where the first {@code n} words of {@code t} end. */
  private static int endOfWords(String t, int n) {
    int i = 0;
    for (int w = 0; w < n; w++) {
      while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
      while (i < t.length() && !Character.isWhitespace(t.charAt(i))) i++;
    }
    return i;
  }

  private static boolean isNone(String s) {
    return saysNothing(s) || Names.tag(s).equals("bodyweight") || Names.tag(s).equals("body weight");
  }

  /** The full stop or mark that ends a word written as a sentence: "None.", "Nothing!". */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!]+$");

  /** A label, then a colon: "Equipment: none", "notes: N/A". */
  private static final Pattern LABEL = Pattern.compile("(?s)\\s*\\p{L}[\\p{L} ]*:(.*)");

  /** What a cell says after a label and a colon ("none" of "notes: none"); "" when it has no label. */
  static String afterLabel(String cell) {
    Matcher m = LABEL.matcher(cell);
    return m.matches() ? m.group(1) : "";
  }

  /** The warning on a cell such as "notes: none", read as {@code what} ("no equipment", "no limitations"). */
  static String noneAfterLabel(String cell, String what) {
    return Fields.quote(cell.strip()) + " is read as " + what + ", as " + Fields.quote(afterLabel(cell).strip())
        + " says; write " + Fields.quote(afterLabel(cell).strip()) + " alone, or leave the cell empty, to be sure";
  }

  /**
   * Whether a whole cell is a word or mark people write for "nothing here": {@code none}, {@code
   * N/A}, {@code nil}, a dash ({@code -}, {@code –}, {@code —}) and the like, in any case, written as a
   * sentence too ({@code None.}).
   */
  static boolean saysNothing(String s) {
    String t = SENTENCE_END.matcher(s.strip().toLowerCase(Locale.ROOT).replace(" ", "")).replaceFirst("");
    return switch (t) {
      case "none", "no", "nothing", "nil", "n/a", "na", "n.a", "-", "--", "\u2013", "\u2014" -> true;
      default -> false;
    };
  }

  private static Optional<KitItem> item(
      String text, Units defaultUnits, List<String> problems, List<String> warnings) {
    List<String> words = words(flat(text));
    Units unit = unit(words);
    // the unit the weights are in, and the examples of the messages
    Units said = unit == null ? defaultUnits : unit;
    List<String> typed = List.of();
    List<String> grades = List.of();
    String steps = words.size() > 1 ? words.get(words.size() - 1) : "";
    var range = RANGE.matcher(steps);
    // "foam roller 36-90" is a name; a range without a unit is read only for bells and dumbbells
    boolean isRange = range.matches()
        && (unit != null || UsualWeights.known(kind(Names.tag(String.join(" ", words.subList(0, words.size() - 1))))));
    if (STEPS.matcher(steps).matches()) {
      typed = List.of(steps.split("/"));
      words.remove(words.size() - 1);
    } else if (isRange) {
      typed = List.of(range.group(1), range.group(2));
      words.remove(words.size() - 1);
    } else if (unit != null) {
      problems.add(
          "in \""
              + text
              + "\" the weights before "
              + unit.symbol()
              + " are not numbers; write them like \"kettlebell "
              + exampleWeights(unit)
              + "\"");
      return Optional.empty();
    } else if (grades(steps, words)) {
      grades = List.of(lower(steps).split("/"));
      words.remove(words.size() - 1);
    } else if (GRADE_WORDS.contains(lower(steps))) {
      grades = List.of(lower(steps));
      words.remove(words.size() - 1);
    } else if (steps.contains("/") && !GRADES.matcher(steps).matches()) {
      problems.add(
          "cannot read the steps \""
              + steps
              + "\" in \""
              + text
              + "\"; write weights like \""
              + exampleWeights(said)
              + "\" or grades like \"light/medium/heavy\"");
      return Optional.empty();
    }
    String name = Names.tag(String.join(" ", words));
    if (name.contains("/")) {
      problems.add(
          "cannot read \""
              + text
              + "\"; write weights like \"kettlebell "
              + exampleWeights(said)
              + "\" or grades like \"band light/medium/heavy\"");
      return Optional.empty();
    }
    if (name.isEmpty() || name.chars().allMatch(Character::isDigit)) {
      problems.add("the item \"" + text + "\" has no equipment name");
      return Optional.empty();
    }
    for (String t : typed) {
      double l = Double.parseDouble(t.replace(',', '.'));
      if (l <= 0 || l > MAX_LOAD) {
        // the weight as typed: a huge one read back as a number would be another number
        problems.add(
            "the weight " + t + " in \"" + text + "\" is not between 0 and " + (int) MAX_LOAD);
        return Optional.empty();
      }
    }
    Units u = typed.isEmpty() ? null : said;
    if (isRange) {
      List<Double> loads = range(text, words, name, loads(typed), u, warnings);
      return Optional.of(new KitItem(name, loads, u, grades));
    }
    for (String t : typed) {
      int comma = t.indexOf(',');
      if (comma >= 0 && t.length() - comma - 1 >= 2) {
        // "8,12 kg" is a decimal comma by the rules, but two decimals are rare in a weight and
        // a list typed with a comma is not
        warnings.add(
            "the weight \""
                + t
                + "\" in \""
                + text
                + "\" is read as one weight of "
                + t.replace(',', '.')
                + " "
                + u.symbol()
                + "; if you mean several weights, separate them with \"/\", like \""
                + String.join(" ", words)
                + " "
                + t.replace(',', '/')
                + " "
                + u.symbol()
                + "\"");
      }
    }
    return Optional.of(new KitItem(name, loads(typed), u, grades));
  }

  /** The weights of an example in {@code unit}: the same three bells in kg and as marked in lb. */
  private static String exampleWeights(Units unit) {
    return unit == Units.LB ? "18/26/35 lb" : "8/12/16 kg";
  }

  /** The name equipment is known by: {@link #usualName} when it has one ("DBs" is a dumbbell). */
  private static String kind(String name) {
    String usual = usualName(name);
    if (usual != null) return usual;
    // "dumbells 5-25 lb": read as a dumbbell's range, not as its two ends only, as the name is read
    // as the library's "dumbbell" (with its own warning) once the weights are read
    return UsualWeights.known(name) ? name : Suggest.slip(name, UsualWeights.NAMES, Names::tag).orElse(name);
  }

  /**
   * The weights a range of the equipment {@code name} ("dumbbells 10-50 lb", {@code ends} 10 and
   * 50) is read as: the weights the equipment usually comes in between its ends ({@link
   * UsualWeights}), or the ends alone for equipment that has no usual weights. A warning shows the
   * weights read, written as the trainer can copy and correct them.
   */
  private static List<Double> range(
      String text, List<String> words, String name, List<Double> ends, Units u, List<String> warnings) {
    String kind = kind(name);
    List<Double> loads = UsualWeights.between(kind, ends.get(0), ends.get(ends.size() - 1), u);
    boolean usual = !loads.isEmpty();
    if (!usual) loads = ends;
    String read = new KitItem(String.join(" ", words), loads, u, List.of()).written();
    warnings.add(
        Fields.quote(text)
            + " is read as \""
            + read // whole, to be copied: a long list cut short would not show the weights read
            + "\""
            + (usual
                ? ", the weights " + kind + "s usually come in; if the client has other weights, write each"
                    + " one they have, separated by \"/\""
                : ", the two weights it names, since the weights in between are not known for a " + kind
                    + "; write each weight the client has, separated by \"/\""));
    return loads;
  }

  private static List<Double> loads(List<String> typed) {
    TreeSet<Double> sorted = new TreeSet<>();
    for (String s : typed) sorted.add(Double.parseDouble(s.replace(',', '.')));
    return List.copyOf(sorted);
  }

  /**
   * The same equipment listed twice: its steps are combined. Steps in different units ("kettlebell
   * 8 kg; kettlebell 35 lb") are all converted to the client's units and rounded (a 35 lb bell is a
   * 16 kg bell), since an item's steps share one unit; an item listed once in the other unit keeps
   * its own, and the plan prints its weights as marked.
   */
  static KitItem merge(KitItem a, KitItem b, Units clientUnits) {
    Units u = a.unit() != null ? a.unit() : b.unit();
    TreeSet<Double> loads = new TreeSet<>();
    boolean mixed = a.unit() != null && b.unit() != null && a.unit() != b.unit();
    if (mixed) u = clientUnits;
    for (KitItem k : List.of(a, b)) {
      for (double l : k.loads()) loads.add(mixed ? k.unit().convert(l, u) : l);
    }
    List<String> grades = new ArrayList<>(a.grades());
    for (String g : b.grades()) if (!grades.contains(g)) grades.add(g);
    return new KitItem(a.name(), List.copyOf(loads), u, grades);
  }
}
