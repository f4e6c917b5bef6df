package org.circuitpress.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Library;
import org.circuitpress.model.Load;
import org.circuitpress.model.Names;
import org.circuitpress.model.StartLoads;
import org.circuitpress.model.Units;
import org.circuitpress.model.Words;

/**
 * Reads a roster's {@code start_loads} cell: items such as {@code goblet squat 16 kg; kettlebell 12
 * kg; band medium}, each a drill (by id or printed name) or a piece of equipment, then a load. Each
 * load is read as one of the client's own steps of the equipment it is for; one that is not (a
 * weight between two bells, one in the other unit) is read as the nearest such step, and what
 * cannot be used at all is left out. Both with warnings: a start load never keeps a client from
 * their program. The warnings on how a drill's load was read go with its item ({@link
 * StartLoads.Item#readings}), for the plan to say.
 */
final class StartLoadReader {
  /** The drills' and equipment's loads of a cell, and the warnings about it (said at the cell). */
  record Result(Map<String, StartLoads.Item> drills, Map<String, StartLoads.Item> equipment,
      List<String> warnings) {}

  private static final String UNIT = "(kgs?|kilos?|kilograms?|lbs?|pounds?)";
  /** Where a name ends and its load begins: a space, or a colon, "=", "@" or dash between them. */
  private static final String BETWEEN = "(?:\\s*[:=@\\-\u2013]\\s*|\\s+)";
  /** A name then a weight: "goblet squat 16 kg", "KB: 16kg", "kettlebell 12". */
  private static final Pattern WEIGHT_AFTER =
      Pattern.compile("(?i)(.+?)" + BETWEEN + "(\\d+(?:[.,]\\d+)?)\\s*" + UNIT + "?\\.?");
  /** A weight with its unit, then a name: "16 kg kettlebell". */
  private static final Pattern WEIGHT_BEFORE = Pattern.compile("(?i)(\\d+(?:[.,]\\d+)?)\\s*" + UNIT + "\\s+(.+)");
  /** A name then one word (a band's grade): "band medium", "band pull-apart: heavy". */
  private static final Pattern WORD_AFTER = Pattern.compile("(.+?)" + BETWEEN + "(\\p{L}+)");
  /** One word then a name, as the handout prints a band's load: "medium band". */
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+(.+)");
  private static final Pattern BRACKETS = Pattern.compile("[()\\[\\]]");

  private final Library lib;
  private final Map<String, String> ids;
  private final Map<String, String> names;
  private final Map<String, List<String>> shared;
  private final Set<String> equipmentKnown;

  /**
   * @param ids drill ids by {@link Names#tag}
   * @param names drill names as printed, by {@link Names#tag}, to their ids
   * @param shared names two or more drills share, with their ids
   * @param equipmentKnown the names of equipment the library's drills need
   */
  StartLoadReader(Library lib, Map<String, String> ids, Map<String, String> names, Map<String, List<String>> shared,
      Set<String> equipmentKnown) {
    this.lib = lib;
    this.ids = ids;
    this.names = names;
    this.shared = shared;
    this.equipmentKnown = equipmentKnown;
  }

  /** The cell's start loads for a client who owns {@code kit} and works in {@code units}. */
  Result read(String typed, Kit kit, Units units) {
    String cell = KitParser.poundSigns(typed);
    Map<String, StartLoads.Item> drills = new LinkedHashMap<>();
    Map<String, StartLoads.Item> equipment = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    if (lib == null || cell.isBlank() || KitParser.saysNothing(cell)) return new Result(drills, equipment, warnings);
    // a drill's name with a comma in it ("Single-leg balance, eyes closed 20 s") stays one item
    Fields.ListItems items = Fields.listItems(cell, item -> parse(item).map(p -> isDrill(p.name)).orElse(false));
    if (!items.split().isEmpty()) warnings.add(Fields.readAs(items.split(), "start load", "start loads"));
    for (String item : items.items()) {
      int said = warnings.size();
      new Item(item, kit, units, warnings).read().ifPresent(r -> {
        Map<String, StartLoads.Item> into = r.drill ? drills : equipment;
        // a drill's load read with a warning is said by the plan, which knows whether the block uses it
        List<String> readings = List.of();
        if (r.drill && !into.containsKey(r.key)) {
          List<String> own = warnings.subList(said, warnings.size());
          readings = List.copyOf(own);
          own.clear();
        }
        StartLoads.Item first = into.putIfAbsent(r.key, new StartLoads.Item(item, r.load, readings));
        if (first != null) {
          warnings.add(Fields.quote(item) + " gives a second start load for " + r.what + "; the first, "
              + Fields.quote(first.typed()) + ", is used");
        }
      });
    }
    return new Result(drills, equipment, warnings);
  }

  /** An item split into its name and its load as typed: a weight (with its unit, if any) or a word. */
  private record Parsed(String name, double weight, Units unit, String word) {}

  /** The ways {@code item} can be split into a name and a load, the likelier first. */
  private static List<Parsed> splits(String item) {
    String t = BRACKETS.matcher(item).replaceAll(" ").strip();
    List<Parsed> out = new ArrayList<>(2);
    Matcher m = WEIGHT_AFTER.matcher(t);
    if (m.matches()) out.add(new Parsed(m.group(1), number(m.group(2)), unit(m.group(3)), null));
    m = WEIGHT_BEFORE.matcher(t);
    if (m.matches()) out.add(new Parsed(m.group(3), number(m.group(1)), unit(m.group(2)), null));
    if (!out.isEmpty()) return out;
    m = WORD_AFTER.matcher(t);
    if (m.matches()) out.add(new Parsed(m.group(1), 0, null, m.group(2).toLowerCase(Locale.ROOT)));
    m = WORD_BEFORE.matcher(t);
    if (m.matches()) out.add(new Parsed(m.group(2), 0, null, m.group(1).toLowerCase(Locale.ROOT)));
    return out;
  }

  /** The first split of {@code item}, for telling whether it names a drill. */
  private static Optional<Parsed> parse(String item) {
    List<Parsed> s = splits(item);
    return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
  }

  private static double number(String text) {
    return Double.parseDouble(text.replace(',', '.'));
  }

  private static Units unit(String text) {
    return text == null ? null : Units.parse(text).orElse(null);
  }

  private boolean isDrill(String name) {
    String t = Names.tag(name);
    return ids.containsKey(t) || names.containsKey(t) || shared.containsKey(t);
  }

  /** What an item was read as: the drill's id or the equipment's name, and the step. */
  private record Read(boolean drill, String key, String what, Load load) {}

  /**
   * What a start load not used says when the client has nothing to load: an example of a load
   * would be one they cannot give (found running a messy roster: "kettlebell 12 kg", for a client
   * with a mat and no kettlebell, was told to give "for example "kettlebell 12 kg"").
   */
  private static final String NOTHING_LOADED = "nothing the client's equipment lists takes a load, so no start load"
      + " is needed";

  /** Whether a piece of equipment takes a load: it comes in weights or grades, or usually does. */
  private static boolean loaded(KitItem k) {
    return k.hasSteps() || KitItem.usuallyStepped(k.name());
  }

  /** The reading of one item, whose warnings go to {@code warnings}. */
  private final class Item {
    private final String typed;
    private final Kit kit;
    private final Units units;
    private final List<String> warnings;

    Item(String typed, Kit kit, Units units, List<String> warnings) {
      this.typed = typed;
      this.kit = kit;
      this.units = units;
      this.warnings = warnings;
    }

    Optional<Read> read() {
      List<Parsed> splits = splits(typed);
      // a name the client's drill or equipment has, then a weight or one of its grades
      for (Parsed p : splits) {
        Named n = named(p.name);
        if (n.names() && (p.word == null || n.target == null || isGrade(p.word, n.target))) return load(p, n);
      }
      Named whole = named(typed);
      if (whole.target != null) {
        warn("no load is given; write one after the name, like " + Fields.quote(example(whole.target)));
        return Optional.empty();
      }
      if (whole.problem != null) {
        warn(whole.problem);
        return Optional.empty();
      }
      // a name, then a word that is no load of it ("kettlebell twelve")
      for (Parsed p : splits) {
        Named n = named(p.name);
        if (n.names()) return load(p, n);
      }
      String name = splits.stream().filter(p -> p.word == null).findFirst().map(Parsed::name).orElse(typed);
      List<String> known = new ArrayList<>(ids.values());
      lib.all().forEach(e -> known.add(e.name()));
      known.addAll(equipmentKnown);
      List<String> near = Suggest.closest(name, known, Names::tag).map(List::of).orElseGet(() -> holding(name));
      String hint = near.isEmpty() ? "" : "; did you mean " + Words.or(near.stream().map(Fields::quote).toList()) + "?";
      warn("no exercise or equipment is called " + Fields.quote(name) + ", so this start load is not used; write a"
          + " drill's id or name, or a piece of the client's equipment, and then its load: for example "
          + forExample() + hint);
      return Optional.empty();
    }

    /**
     * The names of the drills that hold every word of {@code name} in a row ("windmill": "Kettlebell
     * windmill"), shortest first, a few at most: a name shortened is not a misspelling.
     */
    private List<String> holding(String name) {
      List<String> words = List.of(Names.tag(name).split(" "));
      if (words.stream().allMatch(w -> w.length() < 3)) return List.of();
      return lib.all().stream().map(Exercise::name).filter(n -> Conditions.within(List.of(Names.tag(n).split(" ")), words))
          .distinct().sorted(Comparator.comparingInt(String::length).thenComparing(n -> n))
          .limit(HOLDING).toList();
    }

    /** Whether a piece of the client's equipment takes a load: comes in weights or grades. */
    private boolean takesALoad() {
      return kit.items().values().stream().anyMatch(StartLoadReader::loaded);
    }

    /**
     * Items the client could write, as their equipment allows: one with a weight and one with a
     * grade, {@code "kettlebell 8 kg" or "band light"}, quoted.
     */
    private String forExample() {
      String weight = null;
      String grade = null;
      for (KitItem k : kit.items().values()) {
        if (!loaded(k)) continue;
        String item = Fields.quote(example(new Target(null, k.name(), k)));
        if (k.weights(units).isEmpty()) grade = grade == null ? item : grade;
        else weight = weight == null ? item : weight;
      }
      List<String> items = new ArrayList<>();
      if (weight != null) items.add(weight);
      if (grade != null) items.add(grade);
      return items.isEmpty() ? Fields.quote(example(null)) : Words.or(items);
    }

    /**
     * What a name names: a drill (by id or printed name) or a piece of the client's equipment that
     * comes in steps ({@code target}); or something that cannot take a start load, and why ({@code
     * problem}); or nothing at all (both null). {@code readAs} is the equipment's name when the name
     * was read as another ("KB" as "kettlebell").
     */
    private record Named(Target target, String problem, String readAs) {
      boolean names() {
        return target != null || problem != null;
      }
    }

    /** A drill or a piece of equipment the client has that comes in steps, with that piece. */
    private record Target(Exercise drill, String equipment, KitItem piece) {
      String what() {
        return drill != null ? drill.name() + " (" + drill.id() + ")" : "the " + equipment;
      }
    }

    private Named named(String name) {
      String t = Names.tag(name);
      String id = ids.containsKey(t) ? ids.get(t) : names.get(t);
      if (id == null && shared.containsKey(t)) {
        return new Named(null, "several exercises are called " + Fields.quote(name) + " ("
            + String.join(", ", shared.get(t)) + "); write the id of the one meant", null);
      }
      if (id != null) return drill(lib.get(id).orElseThrow());
      String equipment = equipment(t);
      return equipment == null ? new Named(null, null, null) : piece(equipment, t.equals(equipment) ? null : equipment);
    }

    /** The name of equipment {@code tag} is, as the roster's equipment column reads it; null when none. */
    private String equipment(String tag) {
      if (kit.items().containsKey(tag) || equipmentKnown.contains(tag)) return tag;
      String usual = KitParser.usualName(tag);
      if (usual != null && (kit.items().containsKey(usual) || equipmentKnown.contains(usual))) return usual;
      return Suggest.slip(tag, equipmentKnown, Names::tag).orElse(null);
    }

    private Named drill(Exercise e) {
      Optional<KitItem> piece = kit.carrying(e.equipment());
      if (piece.isPresent()) return new Named(new Target(e, piece.get().name(), piece.get()), null, null);
      String drill = e.name() + " (" + e.id() + ")";
      if (!e.equipment().metBy(kit.items())) {
        return new Named(null, drill + " needs " + String.join(" and ", e.equipment().unmetBy(kit.items()).names())
            + ", which the client's equipment does not list, so they do not get it and this start load is not used; "
            + (takesALoad() ? "give the load for the drill they get, or for their equipment: for example " + forExample()
                : NOTHING_LOADED), null);
      }
      return new Named(null, drill + " takes no load: nothing it needs comes in weights or grades, so this start load"
          + " is not used", null);
    }

    private Named piece(String equipment, String readAs) {
      KitItem k = kit.items().get(equipment);
      if (k == null) {
        return new Named(null, "the client's equipment lists no " + equipment + ", so this start load is not used;"
            + (takesALoad() ? " add it to their equipment, or give loads for what they have: for example "
                + forExample() : " add it to their equipment if the client has one (" + NOTHING_LOADED + " otherwise)"),
            null);
      }
      if (!loaded(k)) {
        return new Named(null, "the client's " + equipment + " is listed without weights or grades, so it takes no"
            + " load; list its steps in the equipment column (like \"" + equipment + " light/heavy\") to give it one",
            null);
      }
      return new Named(new Target(null, equipment, k), null, readAs);
    }

    private boolean isGrade(String word, Target t) {
      return t.piece.gradesOrUsual().contains(word) || KitParser.isGradeWord(word);
    }

    /** The step the load of {@code p} is read as, for what {@code n} names. */
    private Optional<Read> load(Parsed p, Named n) {
      if (n.problem != null) {
        warn(n.problem);
        return Optional.empty();
      }
      Target t = n.target;
      String typedLoad = p.word != null ? p.word : weight(p.weight, p.unit);
      if (n.readAs != null) {
        warn(Fields.quote(p.name.strip()) + " is read as " + Fields.quote(n.readAs) + ", the name the equipment"
            + " column uses; write " + Fields.quote(n.readAs + " " + typedLoad) + " to be sure");
      }
      boolean isDrill = t.drill != null;
      String key = isDrill ? t.drill.id() : t.equipment;
      List<Double> weights = t.piece.weights(units);
      List<String> grades = t.piece.gradesOrUsual();
      String steps = steps(t.piece);
      if (p.word != null) {
        if (grades.contains(p.word)) return Optional.of(new Read(isDrill, key, t.what(), Load.graded(t.equipment, p.word)));
        warn(Fields.quote(p.word) + " is not " + (grades.isEmpty() ? "a load of " : "one of the grades of ")
            + "the client's " + t.equipment + " (" + steps + "), so this start load is not used; write one of"
            + " them, like " + Fields.quote(example(t)));
        return Optional.empty();
      }
      if (weights.isEmpty()) {
        warn("the client's " + t.equipment + " comes in grades (" + steps + "), not weights, so this start load is"
            + " not used; write one of them, like " + Fields.quote(example(t)));
        return Optional.empty();
      }
      Units marked = t.piece.weightUnit(units);
      double step = step(p, typedLoad, weights, marked, t, steps);
      return Optional.of(new Read(isDrill, key, t.what(), new Load(t.equipment, step, marked, weight(step, marked))));
    }

    /** The client's step a typed weight is read as, with a warning when it is not one as typed. */
    private double step(Parsed p, String typedLoad, List<Double> weights, Units marked, Target t, String steps) {
      String given = Fields.quote(typedLoad);
      String yours = "the client's " + t.equipment + " (" + steps + ")";
      String anyOf = " than any weight of " + yours;
      if (p.unit != null && p.unit != marked) {
        double wanted = p.unit.exactly(p.weight, marked);
        double nearest = weights.get(0);
        for (double w : weights) if (Math.abs(w - wanted) < Math.abs(nearest - wanted) - 1e-9) nearest = w;
        warn(given + " is in " + p.unit.symbol() + ", and the weights of " + yours + " are in " + marked.symbol()
            + ": it is read as the nearest of them, " + weight(nearest, marked) + "; write that to be sure");
        return nearest;
      }
      if (weights.contains(p.weight)) return p.weight;
      double lightest = weights.get(0);
      double heaviest = weights.get(weights.size() - 1);
      String write = "; write one of their weights";
      if (p.weight < lightest) {
        warn(given + " is lighter" + anyOf + ": the lightest, " + weight(lightest, marked)
            + ", is used" + write);
        return lightest;
      }
      if (p.weight > heaviest) {
        warn(given + " is heavier" + anyOf + ": the heaviest, " + weight(heaviest, marked)
            + ", is used" + write + ", or add the heavier one to their equipment");
        return heaviest;
      }
      double lighter = lightest;
      for (double w : weights) if (w < p.weight) lighter = w;
      warn(given + " is between two weights of " + yours + ": the lighter, " + weight(lighter, marked) + ", is used" + write);
      return lighter;
    }

    /** The piece's steps as the messages list them, saying so when they are the usual ones assumed. */
    private String steps(KitItem k) {
      List<Double> weights = k.weights(units);
      String listed = weights.isEmpty() ? String.join(", ", k.gradesOrUsual())
          : String.join("/", weights.stream().map(StartLoadReader::plain).toList()) + " "
              + k.weightUnit(units).symbol();
      return k.hasSteps() ? listed : listed + ", the usual ones, as the equipment column lists none";
    }

    /** An item the client could write: for {@code t}, else for the first piece of their kit with steps. */
    private String example(Target t) {
      KitItem k = t == null ? null : t.piece;
      String name = t == null ? null : t.drill != null ? t.drill.name() : t.equipment;
      if (k == null) {
        k = kit.items().values().stream().filter(x -> x.hasSteps() || KitItem.usuallyStepped(x.name())).findFirst()
            .orElse(null);
        if (k == null) return "kettlebell 12 kg";
        name = k.name();
      }
      List<Double> weights = k.weights(units);
      if (weights.isEmpty()) return name + " " + k.gradesOrUsual().get(0);
      return name + " " + weight(weights.get(0), k.weightUnit(units));
    }

    private void warn(String message) {
      warnings.add("the start load " + Fields.quote(typed) + ": " + message);
    }
  }

  /** How many drills a start load's name that is part of their names suggests at most. */
  private static final int HOLDING = 3;


  /** A weight as a roster writes it: "16 kg", "12.5 kg", or "16" when the unit was not typed. */
  private static String weight(double amount, Units unit) {
    return plain(amount) + (unit == null ? "" : " " + unit.symbol());
  }

  private static String plain(double amount) {
    return BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString();
  }
}
