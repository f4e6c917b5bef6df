package org.circuitpress.input;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.circuitpress.model.Dose;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Slot;

/**
 * What to write instead of a range ({@code 2-3} rounds, a {@code 12-15} dose) or a percentage (an
 * {@code add} step of {@code +10%}) in a template cell that takes one number. A template gives
 * each week one dose and one number of rounds; how they change is written as progression rows. So
 * such a value stays an error rather than a guess at the rule meant, and the error spells out the
 * cells to write, with the trainer's own numbers.
 */
final class ValueAdvice {
  private ValueAdvice() {}

  /** Two numbers of rounds: "2-3", "2 to 3", "2 or 3", "2-3 rounds", "2-3x". */
  private static final Pattern ROUNDS =
      Pattern.compile("(?i)(\\d{1,2})\\s*(?:-|\u2013|to|or)\\s*(\\d{1,2})\\s*(?:x|times|rounds?)?");
  /** The amount of a dose written as a range, its unit taken off ({@link DoseUnit#parseWritten}). */
  private static final Pattern AMOUNTS = Pattern.compile("(\\d{1,4})\\s*(?:-|\u2013|to)\\s*(\\d{1,4})");
  /** A step as a percentage: "+10%", "10 %", "12.5%", "10 percent". */
  private static final Pattern PERCENT =
      Pattern.compile("(?i)\\+?\\s*(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*(?:%|percent)");

  private static final String ONE_ROUNDS = "expected one number of rounds, got ";
  private static final String ONE_DOSE = "expected one number, the dose of week 1, got ";

  /** Rounds written as two numbers, both from 1 to 10; empty for any other text. */
  static Optional<int[]> rounds(String text) {
    Matcher m = ROUNDS.matcher(text.strip());
    if (!m.matches()) return Optional.empty();
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    if (a < 1 || b < 1 || a > 10 || b > 10) return Optional.empty();
    return Optional.of(new int[] {a, b});
  }

  /**
   * For the template sheet's {@code rounds}: the first number here, the second from the middle of
   * the block on, as a progression row.
   */
  static String roundsSetting(String typed, int[] n, int weeks) {
    String head = ONE_ROUNDS + Fields.quote(typed) + ": write " + n[0];
    if (n[0] == n[1]) return head + " here";
    int later = 1 + Math.max(1, weeks / 2);
    return head + " here and, for " + n[1] + " rounds from week " + later + ", add a progression row "
        + row(later + "-", "rounds", "all", n[1] + "");
  }

  /**
   * For a {@code rounds} rule of weeks {@code from} to {@code to} (0: to the end; {@code from} 0:
   * weeks that could not be read): the first number in the first half of its weeks, the second in
   * the rest, each a row.
   */
  static String roundsRule(String typed, int[] n, int from, int to, int weeks, String target) {
    String head = ONE_ROUNDS + Fields.quote(typed) + ": ";
    if (n[0] == n[1]) return head + "write " + n[0];
    if (from == 0) {
      return head + "write " + n[0] + " here, and give the weeks of " + n[1] + " rounds a row of their own";
    }
    if (to == from) return head + "week " + from + " has one number of rounds; write " + n[0] + " or " + n[1];
    int last = to == 0 ? Math.max(weeks, from) : to;
    int split = from + Math.max(1, (last - from + 1) / 2);
    return head + "for " + n[0] + " rounds " + weeks(from, split - 1) + " and " + n[1] + " " + weeks(split, to)
        + ", make this row's weeks " + cells(from, split - 1) + " and its value " + n[0] + ", and add a row "
        + row(cells(split, to), "rounds", target, n[1] + "");
  }

  /**
   * A progression row, its cells named: a template is a CSV file or a sheet, and a value with a
   * comma in it ("8-12, +2") would be read wrong as part of a line of a CSV file.
   */
  private static String row(String weeks, String rule, String target, String value) {
    return "with weeks " + weeks + ", rule " + rule + ", target " + target + ", value " + value;
  }

  /** Weeks as the weeks column takes them: "3", "2-4", "3-" (to the end). */
  private static String cells(int from, int to) {
    return to == from ? Integer.toString(from) : to == 0 ? from + "-" : from + "-" + to;
  }

  /** Weeks as a sentence says them: "in week 3", "in weeks 2-4", "from week 3". */
  private static String weeks(int from, int to) {
    return to == from ? "in week " + from : to == 0 ? "from week " + from : "in weeks " + from + "-" + to;
  }

  /**
   * A dose written as a range ({@code 12-15}, {@code 20-30 s}, {@code 1-2 min} in seconds), lowest
   * first, from 1 to 3600; {@code unit} is the unit written with it, null for none.
   */
  record DoseRange(int low, int high, DoseUnit unit) {}

  /** The dose's range; empty for a dose of one number, or text that is no dose. */
  static Optional<DoseRange> dose(String text) {
    Optional<DoseUnit.Written> w = DoseUnit.parseWritten(text);
    if (w.isEmpty()) return Optional.empty();
    Matcher m = AMOUNTS.matcher(w.get().amount());
    if (!m.matches()) return Optional.empty();
    int per = w.get().minutes() ? 60 : 1;
    int a = Integer.parseInt(m.group(1)) * per;
    int b = Integer.parseInt(m.group(2)) * per;
    if (Math.min(a, b) < 1 || Math.max(a, b) > 3600) return Optional.empty();
    return Optional.of(new DoseRange(Math.min(a, b), Math.max(a, b), w.get().unitless() ? null : w.get().unit()));
  }

  /**
   * The lower number as the dose, and the row that climbs to the higher: reps by a double
   * progression, one rep a week; seconds and breaths by an add rule capped at the top, in steps
   * that reach it by the block's last week (seconds in fives where the range allows).
   */
  static String doseRange(String typed, DoseRange r, DoseUnit unit, String slot, int weeks) {
    String head = ONE_DOSE + Fields.quote(typed) + ": write " + r.low() + " here";
    if (r.low() == r.high()) return head;
    if (unit == DoseUnit.REPS) {
      return head + " and, to climb to " + r.high() + " reps, add a progression row "
          + row("2-", "double progression", slot, r.low() + "-" + r.high() + ", +1");
    }
    int gap = r.high() - r.low();
    int step = -Math.floorDiv(-gap, Math.max(1, weeks - 1));
    if (unit == DoseUnit.SECONDS) step = Math.min(gap, (step + 4) / 5 * 5);
    return head + " and, to grow it to " + unit.format(r.high()) + ", add a progression row "
        + row("2-", "add", slot, "+" + step) + ", cap " + r.high();
  }

  /** A step written as a percentage, above 0; empty for any other text. */
  static Optional<Double> percent(String text) {
    Matcher m = PERCENT.matcher(text.strip());
    if (!m.matches()) return Optional.empty();
    double p = Double.parseDouble(m.group(1).replace(',', '.'));
    return p > 0 ? Optional.of(p) : Optional.empty();
  }

  /**
   * For an {@code add} step of {@code percent}: what that share of each starting dose of the
   * row's slots is, and the whole step to write. An add step is added as written, so a timed dose
   * goes 20, 22, 24 s with +2; steps of 5 s are offered beside it, as timed doses are usually given.
   */
  static String percentStep(String typed, double percent, List<Slot> slots) {
    String head = "expected a step in the slot's own unit, not a percentage, got " + Fields.quote(typed);
    Map<Dose, List<String>> byDose = new LinkedHashMap<>();
    for (Slot s : slots) {
      byDose.computeIfAbsent(new Dose(s.dose().amount(), s.dose().unit(), false), k -> new ArrayList<>()).add(s.id());
    }
    if (byDose.isEmpty()) return head + ": write the seconds, reps or breaths to add each week, such as +2";
    List<String> shares = new ArrayList<>();
    Set<Integer> steps = new TreeSet<>();
    boolean timed = true;
    for (Map.Entry<Dose, List<String>> e : byDose.entrySet()) {
      Dose dose = e.getKey();
      double share = dose.amount() * percent / 100.0;
      String shown = number(share);
      shares.add(shown + " " + dose.unit().label(shown.equals("1") ? 1 : 2) + " for " + String.join(", ", e.getValue())
          + " (" + dose.format() + ")");
      steps.add(Math.max(1, (int) Math.round(share)));
      timed &= dose.unit() == DoseUnit.SECONDS;
    }
    String said = head + ": " + number(percent) + "% of the starting dose is " + String.join(" and ", shares);
    if (steps.size() > 1) {
      return said + "; one row adds the same step to each of its slots, so give slots that need another step"
          + " rows of their own";
    }
    int step = steps.iterator().next();
    String fives = timed && step % 5 != 0 ? ", or +" + DoseUnit.SECONDS.round(step) + " to keep to steps of 5 s" : "";
    return said + "; write +" + step + fives;
  }

  /** "2", "1.2", "0.8": one decimal at most. */
  private static String number(double n) {
    return BigDecimal.valueOf(n).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
