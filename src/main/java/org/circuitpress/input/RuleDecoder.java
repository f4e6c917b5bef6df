package org.circuitpress.input;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.circuitpress.model.Phase;
import org.circuitpress.model.Slot;
import org.circuitpress.model.WeekRule;

/**
 * Decodes the {@code progression} sheet: one rule per row and target, written the way a trainer
 * says it ({@code 2-4 | add | roll-lats | +5 | 30}).
 */
final class RuleDecoder {
  static final List<String> RULES =
      List.of("add", "rounds", "tempo", "deload", "harder", "load step", "double progression");

  private static final Pattern WEEKS =
      Pattern.compile("(\\d{1,2})\\s*(?:(-|to|\\+)\\s*(\\d{1,2}|end)?)?");
  // A whole number, as typed in a cell ("+5", "5.0"), with the unit words the slot sheet knows
  // and a side or "a week" after it ("+5 s/side", "+2 reps each side", "+2/week", "3 rounds").
  // Anything else ("10%", "1.5", "+1 min", "+2 kg", "2 sets") makes the cell unreadable rather
  // than its leading digits the value.
  private static final Pattern INT =
      Pattern.compile(
          "\\+?\\s*(\\d{1,4})(?:[.,]0+)?\\s*"
              + "(?:(?:reps?|r|s|secs?|seconds?|breaths?|b|rounds?|x)\\.?)?\\s*"
              + "(?:(?:/|per|each|a)\\s*(?:side|leg|arm)|e/s)?\\s*"
              + "(?:(?:/|per|each|a)\\s*(?:week|wk))?",
          Pattern.CASE_INSENSITIVE);
  // "8-12, +2", "8 to 12", "8-12 +2", "8-12; 2": the range, then an optional step; group 3 is
  // a minus sign, which makes the step wrong rather than the value unreadable.
  private static final Pattern DOUBLE =
      Pattern.compile(
          "(\\d{1,3})\\s*(?:-|to)\\s*(\\d{1,3})(?:\\s*[,;]?\\s*(?:\\+|(-))?\\s*(\\d{1,3})(?:\\s*reps?)?)?");
  /** "week", "weeks", "wk", "wks." before or after the numbers of the weeks column. */
  private static final Pattern WEEK_WORD = Pattern.compile("(?:weeks?|wks?)\\.?");
  /** "from 2", "2 on", "2 onwards" (week words taken out): week 2 to the end of the block. */
  private static final Pattern FROM_ON = Pattern.compile("from\\s*(\\d{1,2})|(\\d{1,2})\\s*(?:on|onwards?)");
  /** The numbers of a rule typed in words, and the cap after "up to" ("add 5 s a week up to 30"). */
  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
  private static final Pattern UP_TO = Pattern.compile("(?:up to|max|cap|until)\\s*(\\d{1,4})");
  private static final Pattern TEMPO_IN_WORDS = Pattern.compile("\\d(?:[-/:.]\\d|[-/:.][xX]){3}");
  /**
   * The numbers among a rule's words that are not its value: weeks ("week 2", "from wk 3", "weeks
   * 2-4"), how often ("every 2 weeks", group 1) and a percentage ("10%", which add does not take).
   */
  private static final Pattern NOT_THE_VALUE = Pattern.compile(
      "(?:weeks?|wks?)\\.?\\s*\\d{1,2}(?:\\s*(?:-|to)\\s*\\d{1,2})?|every\\s*(\\d{1,2})\\s*(?:weeks?|wks?)|\\d{1,4}(?:[.,]\\d+)?\\s*%");
  /** How often a load steps up: "every 2 weeks", "2", "every week", "weekly". */
  private static final Pattern EVERY =
      Pattern.compile("(?:every\\s*)?(\\d{1,2})(?:\\s*(?:weeks?|wks?))?|(?:every|each)\\s*(?:week|wk)|weekly");
  private static final Pattern ROUNDS = Pattern.compile("(\\d{1,2})\\s*rounds?");
  /**
   * A percentage, with any decimals of zero: "70.00%" is what a cell formatted 0.00% shows, and
   * what a CSV saved from that spreadsheet holds, for 70% typed.
   */
  private static final String PERCENT_TYPED = "(\\d{1,3})(?:\\.0+)?\\s*%";
  private static final Pattern PERCENT = Pattern.compile(PERCENT_TYPED);

  private final Table table;
  private final List<Phase> phases;
  private final int weeks;
  private final Library lib;
  private final Diagnostics d;
  private final Map<String, String> targets = new LinkedHashMap<>();

  /** Ids (as tags) of phases and slots whose rows were refused: rules naming them say nothing more. */
  private final Set<String> refused;

  RuleDecoder(Table table, List<Phase> phases, int weeks, Library lib, Diagnostics d, Set<String> refused) {
    this.refused = refused;
    this.table = table;
    this.phases = phases;
    this.weeks = weeks;
    this.lib = lib;
    this.d = d;
    targets.put("all", "all");
    for (Phase p : phases) {
      targets.put(Names.tag(p.id()), p.id());
      for (Slot s : p.slots()) targets.put(Names.tag(s.id()), s.id());
    }
  }

  List<WeekRule> decode() {
    List<WeekRule> out = new ArrayList<>();
    for (Row row : table.rows()) {
      boolean rounds = Names.tag(row.text("rule")).startsWith("round");
      Fields f = new Fields(DateCells.undated(row, numbers(row), CODED,
          rounds ? TemplateDecoder.ROUNDS : Map.of(), d), d);
      Optional<int[]> span = weeks(f);
      Optional<String> rule = rule(f);
      List<String> ts = targets(f);
      rule.ifPresent(r -> capUnread(f, r));
      if (rule.isPresent() && (span.isEmpty() || ts.isEmpty())) {
        // The row is left out, but its value is still checked, so that one run names every
        // mistake in it; the target "" matches no slot, so no target-bound warning comes of it.
        rule(f, rule.get(), span.map(w -> w[0]).orElse(0), span.map(w -> w[1]).orElse(0), "", ts);
        continue;
      }
      if (span.isEmpty() || rule.isEmpty() || ts.isEmpty()) continue;
      if (rule.get().equals("deload") && span.get()[0] == 1) {
        f.warning("weeks", "a deload in week 1 makes the first week lighter than the starting doses, before"
            + " any week of work it could be a rest from; put it later (often the last week), or lower the"
            + " starting doses in the slots sheet to start easier");
      }
      for (String target : ts) {
        Optional<WeekRule> r = rule(f, rule.get(), span.get()[0], span.get()[1], target, ts);
        // a bad value is bad for every target of the row: said once, not once per target
        if (r.isEmpty()) break;
        out.add(r.get());
      }
      if (f.ok() && rule.get().equals("rounds")) roundsOfAStep(f, ts);
    }
    overlaps(out);
    loadTwice(out);
    return out;
  }

  private static final Set<String> CODED = Set.of("weeks", "value", "cap");
  private static final Set<String> COUNTS = Set.of("weeks", "cap");

  /** The columns of a row that hold a whole number: the value too for a rule that counts. */
  private static Set<String> numbers(Row row) {
    String rule = Names.tag(row.text("rule"));
    boolean counts = rule.startsWith("add") || rule.startsWith("increase") || rule.startsWith("round")
        || rule.startsWith("load");
    return counts ? CODED : COUNTS;
  }

  /**
   * A load step and a double progression on the same slot in the same weeks: the double
   * progression raises the load past the top of its range and starts the reps again at the
   * bottom, but the load step raises it on its own schedule too, so the reps climb under ever
   * heavier loads and never start again. Said at the later of the two rows.
   */
  private void loadTwice(List<WeekRule> rules) {
    // a row naming several targets is one rule per target: the rows are compared, each pair once
    Map<Integer, List<WeekRule>> rows = new LinkedHashMap<>();
    for (WeekRule r : rules)
      if (r instanceof WeekRule.LoadStep || r instanceof WeekRule.DoubleProgression)
        rows.computeIfAbsent(r.where().row(), k -> new ArrayList<>()).add(r);
    List<List<WeekRule>> byRow = new ArrayList<>(rows.values());
    for (int j = 0; j < byRow.size(); j++) {
      WeekRule b = byRow.get(j).get(0);
      for (int i = 0; i < j; i++) {
        WeekRule a = byRow.get(i).get(0);
        if (a.getClass() == b.getClass()) continue;
        // a load step acts from week 2 on, whatever its first week
        String weeks = weeks(Math.max(2, a.fromWeek()), a.toWeek(), Math.max(2, b.fromWeek()), b.toWeek());
        Set<String> shared = new LinkedHashSet<>();
        for (WeekRule x : byRow.get(i)) shared.addAll(slotsOf(x.target()));
        Set<String> later = new HashSet<>();
        for (WeekRule x : byRow.get(j)) later.addAll(slotsOf(x.target()));
        shared.retainAll(later);
        if (weeks == null || shared.isEmpty()) continue;
        WeekRule.DoubleProgression dp = (WeekRule.DoubleProgression) (a instanceof WeekRule.DoubleProgression ? a : b);
        d.warning(b.where(), (shared.size() == 1 ? "slot " : "slots ") + String.join(", ", shared)
            + " also " + (shared.size() == 1 ? "has" : "have") + " a " + (b instanceof WeekRule.LoadStep
                ? "double progression" : "load step") + " (row " + a.where().row() + ") in " + weeks
            + ": the load step raises the load on its own schedule as well, so the reps keep climbing under a"
            + " heavier load instead of starting again at " + dp.minReps() + "; give "
            + (shared.size() == 1 ? "the slot" : "each slot") + " one of the two rules");
      }
    }
  }

  /** The slot ids a target names: one slot, the slots of a phase, or every slot. */
  private List<String> slotsOf(String target) {
    return slots(List.of(target)).stream().map(Slot::id).toList();
  }

  /** The slots some targets name, each once, in the template's order. */
  private List<Slot> slots(List<String> targets) {
    List<Slot> out = new ArrayList<>();
    for (Phase p : phases)
      for (Slot s : p.slots())
        if (targets.stream().anyMatch(t -> t.equals("all") || t.equals(p.id()) || t.equals(s.id()))) out.add(s);
    return out;
  }

  /** The weeks two ranges share, as a warning says them ("week 3", "weeks 3-4", "weeks 3 on"); null for none. */
  private static String weeks(int aFrom, int aTo, int bFrom, int bTo) {
    int from = Math.max(aFrom, bFrom);
    int to = Math.min(aTo == 0 ? Integer.MAX_VALUE : aTo, bTo == 0 ? Integer.MAX_VALUE : bTo);
    if (from > to) return null;
    return from == to ? "week " + from : to == Integer.MAX_VALUE ? "weeks " + from + " on" : "weeks " + from + "-" + to;
  }

  /**
   * Two rows that set the rounds or the tempo of the same weeks and slots to different values:
   * the later row wins, which a trainer may not have meant, so it is said at the later row.
   */
  private void overlaps(List<WeekRule> rules) {
    for (int j = 0; j < rules.size(); j++) {
      WeekRule b = rules.get(j);
      String bValue = setting(b);
      if (bValue == null) continue;
      for (int i = 0; i < j; i++) {
        WeekRule a = rules.get(i);
        String aValue = setting(a);
        if (aValue == null || a.getClass() != b.getClass() || aValue.equals(bValue)
            || a.where().row() == b.where().row()
            // rounds are the whole circuit's, whatever slots a row names
            || !(b instanceof WeekRule.SetRounds) && !sameSlots(a.target(), b.target())) {
          continue;
        }
        String weeks = weeks(a.fromWeek(), a.toWeek(), b.fromWeek(), b.toWeek());
        if (weeks == null) continue;
        d.warning(b.where(), "sets " + weeks + " to " + bValue + ", which row " + a.where().row() + " sets to "
            + aValue + "; this later row wins there");
        break;
      }
    }
  }

  /** What a rounds or tempo rule sets, as the warning says it; null for other rules. */
  private static String setting(WeekRule r) {
    if (r instanceof WeekRule.SetRounds x) return x.rounds() + " rounds";
    if (r instanceof WeekRule.SetTempo x) return "tempo " + x.tempo();
    return null;
  }

  /** Whether two targets share a slot: the same, "all", or a phase and one of its slots. */
  private boolean sameSlots(String a, String b) {
    if (a.equals(b) || a.equals("all") || b.equals("all")) return true;
    for (Phase p : phases) {
      boolean aHere = p.id().equals(a) || p.slots().stream().anyMatch(x -> x.id().equals(a));
      boolean bHere = p.id().equals(b) || p.slots().stream().anyMatch(x -> x.id().equals(b));
      if (aHere && bHere && (p.id().equals(a) || p.id().equals(b))) return true;
    }
    return false;
  }

  /**
   * A cap on a rule other than {@code add}, which no other rule reads: the row would do less than
   * it says. Most often the end of a deload or double progression value that holds a comma, typed
   * into a CSV file without quotes ({@code 4,deload,all,2 rounds, 70%}), which puts the 70% in the
   * cap column: the deload would be 60%, as if the percentage were not there.
   */
  private void capUnread(Fields f, String rule) {
    String cap = f.text("cap");
    if (rule.equals("add") || cap.isEmpty()) return;
    String value = f.text("value");
    String joined = value.isEmpty() ? cap : value + ", " + cap;
    boolean reads = rule.equals("deload") && deloadParts(joined.toLowerCase(Locale.ROOT)).isPresent()
        || rule.equals("double progression") && DOUBLE.matcher(joined).matches();
    boolean cutOff = reads && !value.isEmpty();
    String why;
    if (reads && value.isEmpty()) {
      why = "it belongs in the value cell";
    } else if (cutOff && f.row().location().sheet() == null) {
      why = "\"" + cap + "\" looks like the end of the value \"" + joined + "\", cut off at its comma: in a CSV file"
          + " a value with a comma in it goes in double quotes (" + rule + ",\"" + joined + "\"), as a spreadsheet"
          + " saves it; or write ; for the comma";
    } else if (cutOff) {
      why = "write it in the value cell with the rest: \"" + joined + "\"";
    } else if (rule.equals("load step")) {
      why = "a load step goes up to the heaviest load the client owns; to stop it sooner, end its weeks"
          + " sooner, and clear the cap cell";
    } else {
      why = "clear the cell";
    }
    f.error("cap", "only an add rule has a cap, so this " + rule + " rule would not read \"" + cap + "\"; " + why);
  }

  /**
   * A rounds rule that names a step or a slot: a round is one pass through the whole circuit, so
   * it sets the rounds of every step, which a trainer writing {@code integrate} may not expect.
   */
  private void roundsOfAStep(Fields f, List<String> ts) {
    List<String> named = ts.stream().filter(t -> !t.equals("all")).toList();
    if (named.isEmpty()) return;
    f.warning("target", "a round is one pass through the whole circuit, so this rule sets the rounds of every"
        + " step, not of " + String.join(", ", named) + " alone; write all as its target to make that plain");
  }

  /** "3", "2-4", "3-", "3+", "3-end", "all" or empty: a first and last week (0 = the end). */
  private Optional<int[]> weeks(Fields f) {
    String t = WEEK_WORD.matcher(f.text("weeks").toLowerCase(Locale.ROOT)).replaceAll("").strip();
    if (t.isEmpty() || t.equals("all")) return Optional.of(new int[] {1, 0});
    Matcher on = FROM_ON.matcher(t);
    if (on.matches()) t = (on.group(1) != null ? on.group(1) : on.group(2)) + "-";
    Matcher m = WEEKS.matcher(t);
    if (!m.matches()) {
      f.error(
          "weeks",
          "expected weeks like 3, 2-4 or 3- (to the end), got \"" + f.text("weeks") + "\"");
      return Optional.empty();
    }
    int from = Integer.parseInt(m.group(1));
    int to =
        m.group(2) == null
            ? from
            : m.group(3) == null || m.group(3).equals("end") ? 0 : Integer.parseInt(m.group(3));
    if (from < 1 || (to != 0 && to < from)) {
      f.error(
          "weeks", "the weeks run backwards or start before week 1: \"" + f.text("weeks") + "\"");
      return Optional.empty();
    }
    if (from > Client.MOST_WEEKS) {
      f.error("weeks", "a block has at most " + Client.MOST_WEEKS + " weeks (the template's weeks setting and the roster's"
          + " weeks column go up to " + Client.MOST_WEEKS + "), so a rule from week " + from + " would never act; got \""
          + f.text("weeks") + "\"");
      return Optional.empty();
    }
    if (from > weeks) {
      f.warning(
          "weeks",
          "the template has " + weeks + " weeks; this rule only acts for clients given more weeks");
    }
    return Optional.of(new int[] {from, to});
  }

  private Optional<String> rule(Fields f) {
    String t = Names.tag(f.text("rule"));
    if (t.isEmpty()) {
      f.error("rule", "the cell is empty; expected one of " + String.join(", ", RULES));
      return Optional.empty();
    }
    String known =
        switch (t) {
          case "add", "add dose", "increase" -> "add";
          case "round", "set round" -> "rounds";
          case "tempo", "set tempo" -> "tempo";
          case "deload", "deload week" -> "deload";
          case "harder", "use harder", "harder variant" -> "harder";
          case "load", "load step" -> "load step";
          case "double", "double progression" -> "double progression";
          default -> null;
        };
    if (known == null) {
      f.error(
          "rule",
          "unknown rule \""
              + f.text("rule")
              + "\""
              + inWords(f.text("rule")).orElse("; expected one of " + String.join(", ", RULES)
                  + TemplateReader.hint(f.text("rule"), RULES)));
      return Optional.empty();
    }
    return Optional.of(known);
  }

  /**
   * Where the parts of a rule typed in words go ("add 5 seconds every week up to 30": add here, +5
   * in value, 30 in cap), when its words name one rule only; empty otherwise.
   */
  private static Optional<String> inWords(String typed) {
    String t = typed.toLowerCase(Locale.ROOT);
    Matcher tempo = TEMPO_IN_WORDS.matcher(t);
    Matcher cap = UP_TO.matcher(t);
    // the value is the first number that is not the cap, a week, how often or a percentage
    Matcher notValue = NOT_THE_VALUE.matcher(UP_TO.matcher(t).replaceAll(" "));
    boolean everyFewWeeks = false;
    StringBuilder left = new StringBuilder();
    while (notValue.find()) {
      everyFewWeeks |= notValue.group(1) != null && Integer.parseInt(notValue.group(1)) > 1;
      notValue.appendReplacement(left, " ");
    }
    notValue.appendTail(left);
    Matcher number = NUMBER.matcher(left);
    String first = number.find() ? number.group() : null;
    Map<String, String> named = new LinkedHashMap<>();
    if (t.matches(".*\\bdouble\\b.*")) named.put("double progression", "the range and the weekly step in value (8-12, +2)");
    else if (t.matches(".*\\b(load|heavier)\\b.*")) named.put("load step", "how often in value (every 2 weeks)");
    if (t.contains("deload")) named.put("deload", "the rounds and the percentage in value (2 rounds, 60%)");
    if (t.contains("harder")) named.put("harder", "nothing in value: its weeks say from when");
    if (t.contains("tempo") || t.contains("slower"))
      named.put("tempo", "the tempo in value (" + (tempo.find() ? tempo.group() : "4-1-4-1") + ")");
    if (t.matches(".*\\brounds?\\b.*") && !named.containsKey("deload"))
      named.put("rounds", "the number of rounds in value" + (first != null ? " (" + first + ")" : ""));
    if (t.matches(".*\\b(add|increase)\\b.*"))
      named.put("add", "the step in value" + (first != null ? " (+" + first + ")" : "") + " and the most it may reach in cap"
          + (cap.find() ? " (" + cap.group(1) + ")" : ""));
    // add acts every week of its weeks: "every 2 weeks" has no place in its row, and advice that
    // left it out would double the step
    if (named.size() != 1 || everyFewWeeks && named.containsKey("add")) return Optional.empty();
    Map.Entry<String, String> e = named.entrySet().iterator().next();
    return Optional.of("; the rule cell holds the rule's name only: write " + e.getKey() + " here"
        + (e.getKey().equals("add") ? ", " : " and ") + e.getValue());
  }

  private List<String> targets(Fields f) {
    List<String> typed = f.list("target");
    if (typed.isEmpty()) return List.of("all");
    List<String> out = new ArrayList<>();
    for (String t : typed) {
      String id = targets.get(Names.tag(t));
      if (id == null && refused.contains(Names.tag(t))) return List.of(); // its row's error says why
      if (id == null) {
        f.error(
            "target",
            "unknown target \""
                + t
                + "\"; expected a slot id, a phase id or all"
                + TemplateReader.hint(t, targets.values()));
        return List.of();
      }
      out.add(id);
    }
    return out;
  }

  /**
   * The rule of a row for one of its targets. {@code from} is 0 when the weeks could not be read;
   * {@code all} are the row's targets, which advice on a percentage step names.
   */
  private Optional<WeekRule> rule(Fields f, String rule, int from, int to, String target, List<String> all) {
    // a value a spreadsheet turned into a date is reported as that (DateCells), not again as wrong
    if (f.row().isUnreadable("value")) return Optional.empty();
    Location at = f.row().location();
    String value = f.text("value");
    return switch (rule) {
      case "add" -> {
        // both cells are checked, so that one run names a wrong step and a wrong cap alike
        Optional<Double> percent = ValueAdvice.percent(value);
        percent.ifPresent(p -> f.error("value", ValueAdvice.percentStep(value, p, slots(all))));
        Optional<Integer> step = percent.isPresent() ? Optional.empty() : integer(f, "value", 1, 600);
        int cap = cap(f, target);
        yield step.map(n -> new WeekRule.AddDose(from, to, target, n, cap, at));
      }
      case "rounds" -> {
        Optional<int[]> range = ValueAdvice.rounds(value);
        String typedTarget = f.text("target").isEmpty() ? "all" : f.text("target");
        range.ifPresent(n -> f.error("value", DateCells.typedAsDate(f.row(), "value")
            + ValueAdvice.roundsRule(value, n, from, to, weeks, typedTarget)));
        yield range.isPresent() ? Optional.empty()
            : integer(f, "value", 1, 10).map(n -> new WeekRule.SetRounds(from, to, target, n, at));
      }
      case "tempo" -> tempo(f).map(t -> new WeekRule.SetTempo(from, to, target, t, at));
      case "deload" ->
          deload(f, value).map(v -> new WeekRule.Deload(from, to, target, v[0], v[1], at));
      case "harder" -> harder(f, target).map(t -> new WeekRule.UseHarder(from, to, t, at));
      case "load step" -> {
        int every = every(f, value);
        unloaded(f, target);
        yield Optional.of(new WeekRule.LoadStep(from, to, target, every, at));
      }
      default ->
          doubleProgression(f, value, target)
              .map(v -> new WeekRule.DoubleProgression(from, to, target, v[0], v[1], v[2], at));
    };
  }

  /** A named drill without harder variants cannot step up; said once, the rule still kept. */
  private Optional<String> harder(Fields f, String target) {
    for (Phase p : phases) {
      for (Slot s : p.slots()) {
        if (!target.equals(s.id()) || s.exerciseId() == null) continue;
        lib.get(s.exerciseId())
            .filter(e -> e.harder().isEmpty())
            .ifPresent(
                e ->
                    f.warning(
                        "target",
                        e.id()
                            + " has no harder variant in the library; slot "
                            + s.id()
                            + " stays on it"));
      }
    }
    return Optional.of(target);
  }

  /**
   * A load step that can act on none of its slots: each is a named drill which, with every easier
   * and harder variant of it, needs no equipment, or only equipment that comes in no load steps
   * unless a roster lists some (a foam roller), so there is no load to step up. Said once, the
   * rule kept. A slot picked by role and tags may get a loaded drill, depending on the client's
   * kit, so one such slot among the targets keeps the rule from being judged.
   */
  private void unloaded(Fields f, String target) {
    List<String> bare = new ArrayList<>();
    Set<String> kit = new TreeSet<>();
    for (Phase p : phases) {
      for (Slot s : p.slots()) {
        boolean hit = target.equals("all") || target.equals(p.id()) || target.equals(s.id());
        if (!hit) continue;
        if (s.exerciseId() == null || lib.get(s.exerciseId()).isEmpty()) return;
        Set<String> needs = equipment(s.exerciseId());
        if (needs.stream().anyMatch(KitItem::usuallyStepped)) return;
        kit.addAll(needs);
        bare.add(s.id() + " (" + s.exerciseId() + ")");
      }
    }
    if (bare.isEmpty()) return;
    f.warning(
        "target",
        (bare.size() == 1 ? "slot " : "slots ")
            + String.join(", ", bare)
            + (bare.size() == 1 ? " needs" : " need")
            + (kit.isEmpty() ? " no equipment" : " no equipment that comes in load steps (only " + String.join(", ", kit) + ")")
            + ", nor do the easier and harder variants; a load step does nothing there"
            + (kit.isEmpty() ? "" : " unless a client's equipment lists weights or grades of "
                + (kit.size() == 1 ? "it" : "them")));
  }

  /** The equipment a drill and every drill of its easier and harder variants need. */
  private Set<String> equipment(String id) {
    Set<String> seen = new HashSet<>();
    Set<String> out = new HashSet<>();
    ArrayDeque<String> todo = new ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (!seen.add(next)) continue;
      var e = lib.get(next);
      if (e.isEmpty()) continue;
      out.addAll(e.get().equipment().names());
      todo.addAll(e.get().easier());
      todo.addAll(e.get().harder());
    }
    return out;
  }

  private Optional<Integer> integer(Fields f, String header, int min, int max) {
    String t = f.text(header);
    Matcher m = INT.matcher(t);
    if (t.isEmpty()
        || !m.matches()
        || Integer.parseInt(m.group(1)) < min
        || Integer.parseInt(m.group(1)) > max) {
      f.error(header, "expected a whole number from " + min + " to " + max + ", got \"" + t + "\"");
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(m.group(1)));
  }

  /** The cap, 0 for none; a cap under a target's starting dose is pointless and said so. */
  private int cap(Fields f, String target) {
    if (f.text("cap").isEmpty()) return 0;
    int cap = integer(f, "cap", 1, 3600).orElse(0);
    for (Phase p : phases) {
      for (Slot s : p.slots()) {
        boolean hit = target.equals("all") || target.equals(p.id()) || target.equals(s.id());
        if (hit && cap > 0 && cap < s.dose().amount()) {
          f.warning(
              "cap",
              "the cap "
                  + cap
                  + " is below the starting dose of slot "
                  + s.id()
                  + " ("
                  + s.dose().format()
                  + "); that dose will not grow");
        }
      }
    }
    return cap;
  }

  private Optional<String> tempo(Fields f) {
    String t = f.text("value");
    Optional<String> read = Tempos.read(t);
    if (read.isEmpty()) f.error("value", Tempos.EXPECTED + Fields.quote(t));
    return read;
  }

  /** "2 rounds, 60%": rounds (0 = one fewer than planned) and the dose in percent (default 60). */
  private Optional<int[]> deload(Fields f, String value) {
    Optional<int[]> read = deloadParts(value.toLowerCase(Locale.ROOT));
    if (read.isEmpty()) {
      f.error(
          "value",
          "expected a deload like \"2 rounds, 60%\" (rounds, and the dose in percent from 10 to"
              + " 100), got \""
              + value
              + "\"");
    }
    return read;
  }

  /** A deload's rounds (0 = one fewer than planned) and percent (default 60), when {@code v} reads as one. */
  private static Optional<int[]> deloadParts(String v) {
    Matcher r = ROUNDS.matcher(v);
    Matcher p = PERCENT.matcher(v);
    int rounds = r.find() ? Integer.parseInt(r.group(1)) : 0;
    int percent = p.find() ? Integer.parseInt(p.group(1)) : 60;
    boolean understood =
        v.isBlank() || v.replaceAll(PERCENT_TYPED + "|\\d{1,2}\\s*rounds?|[,;\\s]", "").isEmpty();
    if (!understood || percent < 10 || percent > 100 || rounds > 10) return Optional.empty();
    return Optional.of(new int[] {rounds, percent});
  }

  private int every(Fields f, String value) {
    if (value.isBlank()) return 1;
    Matcher m = EVERY.matcher(value.toLowerCase(Locale.ROOT).strip());
    if (m.matches() && m.group(1) == null) return 1; // "every week"
    if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
      f.error(
          "value",
          "expected how often the load steps up, like \"every 2 weeks\", \"every week\" or 2, got \""
              + value
              + "\"");
      return 1;
    }
    return Integer.parseInt(m.group(1));
  }

  /**
   * "8-12, +2": the rep range and the reps added a week (default 1). The whole value must be
   * understood: a step that is not a whole number of 1 or more, or anything after it, is refused.
   */
  private Optional<int[]> doubleProgression(Fields f, String value, String target) {
    Matcher m = DOUBLE.matcher(value.strip());
    if (!m.matches()) {
      f.error(
          "value",
          "expected a rep range and a weekly step like \"8-12, +2\" (8 to 12 reps, 2 more each"
              + " week), got \""
              + value
              + "\"");
      return Optional.empty();
    }
    int min = Integer.parseInt(m.group(1));
    int max = Integer.parseInt(m.group(2));
    int step = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
    List<String> wrong = new ArrayList<>();
    if (min < 1 || max <= min) {
      wrong.add("the rep range must go up from at least 1, like 8-12");
    }
    if (m.group(3) != null || step < 1) {
      wrong.add("the weekly step must be 1 or more, like +2");
    }
    if (!wrong.isEmpty()) {
      f.error("value", String.join(", and ", wrong) + "; got \"" + value + "\"");
      return Optional.empty();
    }
    for (Phase p : phases) {
      for (Slot sl : p.slots()) {
        boolean hit = target.equals(p.id()) || target.equals(sl.id());
        if (hit && sl.dose().unit() != DoseUnit.REPS) {
          f.warning(
              "target",
              "slot "
                  + sl.id()
                  + " is dosed in "
                  + sl.dose().unit().key()
                  + ", not reps; the range is read in "
                  + sl.dose().unit().key());
        }
      }
    }
    return Optional.of(new int[] {min, max, step});
  }
}
