package org.circuitpress.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Names;
import org.circuitpress.model.Units;

/**
 * Parses an equipment list such as {@code foam roller; band light/medium/heavy; kettlebell 8/12/16
 * kg; dumbbells 5/10/15 lb} into a {@link Kit}.
 */
final class KitParser {
  private static final Pattern STEPS = Pattern.compile("\\d+(?:[.,]\\d+)?(?:/\\d+(?:[.,]\\d+)?)*");
  private static final Pattern GRADES = Pattern.compile("\\p{L}+(?:/\\p{L}+)+");
  private static final Pattern UNIT_SUFFIX = Pattern.compile("(?i)(.*\\d)(kgs?|lbs?)");
  private static final double MAX_LOAD = 500;
  private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[]\\s*([^)\\]]*?)\\s*[)\\]]");
  private static final Pattern LOADS_FIRST =
      Pattern.compile("(?i)(\\d+(?:[.,]\\d+)?(?:/\\d+(?:[.,]\\d+)?)*)\\s*(kgs?|lbs?)\\s+(\\p{L}.*)");
  // A single step after a name ("band heavy") is only a grade when it is a known grade word;
  // otherwise it is part of the name ("foam roller").
  private static final java.util.Set<String> GRADE_WORDS =
      java.util.Set.of(
          "light", "medium", "heavy", "xlight", "xheavy", "yellow", "red", "green", "blue", "black",
          "purple", "orange", "grey", "gray", "silver", "gold");

  /**
   * Other names of equipment and the usual name each stands for: "KB" is a kettlebell. The
   * roster's reader reads a client's equipment with this list too.
   */
  static final Map<String, String> OTHER_NAMES = Map.of(
      "kb", "kettlebell", "db", "dumbbell", "theraband", "band", "resistance band", "band",
      "exercise band", "band", "resistance tube", "band");

  private KitParser() {}

  /**
   * A kit, the messages saying what is wrong with an item (errors) and those saying what may be
   * misread (warnings).
   */
  record Result(Kit kit, List<String> problems, List<String> warnings) {}

  /**
   * Parses the items; loads without a unit are in {@code defaultUnits} (the client's units), and
   * so are the loads of equipment listed twice in different units.
   */
  static Result parse(List<String> items, Units defaultUnits) {
    Map<String, KitItem> kit = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (items.size() == 1 && isNone(items.get(0))) return new Result(Kit.NONE, problems, warnings);
    for (String item : items) {
      Optional<KitItem> parsed = item(item, defaultUnits, problems, warnings);
      parsed.ifPresent(p -> kit.merge(p.name(), p, (a, b) -> merge(a, b, defaultUnits)));
    }
    return new Result(new Kit(kit), problems, warnings);
  }

  private static boolean isNone(String s) {
    return saysNothing(s) || Names.tag(s).equals("bodyweight") || Names.tag(s).equals("body weight");
  }

  /**
   * Whether a whole cell is a word or mark people write for "nothing here": {@code none}, {@code
   * N/A}, {@code nil}, a dash ({@code -}, {@code –}, {@code —}) and the like, in any case.
   */
  static boolean saysNothing(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    return switch (t) {
      case "none", "no", "nothing", "nil", "n/a", "na", "n.a.", "-", "--", "\u2013", "\u2014" -> true;
      default -> false;
    };
  }

  private static Optional<KitItem> item(
      String text, Units defaultUnits, List<String> problems, List<String> warnings) {
    String t = text.strip().replaceAll("\\s*/\\s*", "/");
    // "band (light/medium)" and "foam roller (long)": the words in brackets come after the name
    t = BRACKETS.matcher(t).replaceAll(" $1").strip();
    // "16 kg kettlebell": the weights come after the name, as in "kettlebell 16 kg"
    var before = LOADS_FIRST.matcher(t);
    if (before.matches()) t = before.group(3) + " " + before.group(1) + " " + before.group(2);
    List<String> words = new ArrayList<>(List.of(t.split("\\s+")));
    Units unit = null;
    String last = words.get(words.size() - 1);
    var suffix = UNIT_SUFFIX.matcher(last);
    if (words.size() > 1 && Units.parse(last).isPresent()) {
      unit = Units.parse(last).get();
      words.remove(words.size() - 1);
    } else if (suffix.matches()) {
      unit = Units.parse(suffix.group(2)).get();
      words.set(words.size() - 1, suffix.group(1));
    }
    List<Double> loads = List.of();
    List<String> grades = List.of();
    String steps = words.size() > 1 ? words.get(words.size() - 1) : "";
    if (STEPS.matcher(steps).matches()) {
      loads = loads(steps);
      words.remove(words.size() - 1);
    } else if (unit != null) {
      problems.add(
          "in \""
              + text
              + "\" the weights before "
              + unit.symbol()
              + " are not numbers; write them like \"kettlebell 8/12/16 kg\"");
      return Optional.empty();
    } else if (GRADES.matcher(steps).matches()) {
      grades = List.of(steps.toLowerCase(Locale.ROOT).split("/"));
      words.remove(words.size() - 1);
    } else if (GRADE_WORDS.contains(steps.toLowerCase(Locale.ROOT))) {
      grades = List.of(steps.toLowerCase(Locale.ROOT));
      words.remove(words.size() - 1);
    } else if (steps.contains("/")) {
      problems.add(
          "cannot read the steps \""
              + steps
              + "\" in \""
              + text
              + "\"; write weights like \"8/12/16 kg\" or grades like \"light/medium/heavy\"");
      return Optional.empty();
    }
    String name = Names.tag(String.join(" ", words));
    if (name.contains("/")) {
      problems.add(
          "cannot read \""
              + text
              + "\"; write weights like \"kettlebell 8/12/16 kg\" or grades like \"band"
              + " light/medium/heavy\"");
      return Optional.empty();
    }
    if (name.isEmpty() || name.chars().allMatch(Character::isDigit)) {
      problems.add("the item \"" + text + "\" has no equipment name");
      return Optional.empty();
    }
    for (String typed : loads.isEmpty() ? new String[0] : steps.split("/")) {
      double l = Double.parseDouble(typed.replace(',', '.'));
      if (l <= 0 || l > MAX_LOAD) {
        // the weight as typed: a huge one read back as a number would be another number
        problems.add(
            "the weight " + typed + " in \"" + text + "\" is not between 0 and " + (int) MAX_LOAD);
        return Optional.empty();
      }
    }
    Units u = loads.isEmpty() ? null : unit == null ? defaultUnits : unit;
    for (String typed : loads.isEmpty() ? new String[0] : steps.split("/")) {
      int comma = typed.indexOf(',');
      if (comma >= 0 && typed.length() - comma - 1 >= 2) {
        // "8,12 kg" is a decimal comma by the rules, but two decimals are rare in a weight and
        // a list typed with a comma is not
        warnings.add(
            "the weight \""
                + typed
                + "\" in \""
                + text
                + "\" is read as one weight of "
                + typed.replace(',', '.')
                + " "
                + u.symbol()
                + "; if you mean several weights, separate them with \"/\", like \""
                + String.join(" ", words)
                + " "
                + typed.replace(',', '/')
                + " "
                + u.symbol()
                + "\"");
      }
    }
    return Optional.of(new KitItem(name, loads, u, grades));
  }

  private static List<Double> loads(String steps) {
    TreeSet<Double> sorted = new TreeSet<>();
    for (String s : steps.split("/")) sorted.add(Double.parseDouble(s.replace(',', '.')));
    return List.copyOf(sorted);
  }

  /**
   * The same equipment listed twice: its steps are combined. Steps in different units ("kettlebell
   * 8 kg; kettlebell 35 lb") are all converted to the client's units, the way the plan converts
   * the steps of an item listed once in the other unit (a 35 lb bell is a 16 kg bell).
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
