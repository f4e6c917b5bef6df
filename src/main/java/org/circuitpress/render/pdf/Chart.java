package org.circuitpress.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * The block at a glance: for each week, one bar per dose unit showing the total work of one
 * session (rounds x every drill's dose, both sides counted), labelled with its value so that it
 * reads without colour; the rounds are written under each week.
 */
final class Chart {
  private Chart() {}

  /** Total per session of each unit in week {@code w}. */
  static Map<DoseUnit, Integer> perSession(Week w) {
    Map<DoseUnit, Integer> totals = new EnumMap<>(DoseUnit.class);
    for (Prescription x : w.circuit()) {
      int amount = x.dose().amount() * (x.dose().perSide() ? 2 : 1) * w.rounds();
      totals.merge(x.dose().unit(), amount, Integer::sum);
    }
    return totals;
  }

  static void draw(Canvas c, Program p, Theme theme, float x, float top, float w, float h)
      throws IOException {
    List<Map<DoseUnit, Integer>> data = new ArrayList<>();
    List<DoseUnit> units = new ArrayList<>();
    int max = 1;
    for (Week wk : p.weeks()) {
      Map<DoseUnit, Integer> t = perSession(wk);
      data.add(t);
      for (Map.Entry<DoseUnit, Integer> e : t.entrySet()) {
        if (!units.contains(e.getKey())) units.add(e.getKey());
        max = Math.max(max, e.getValue());
      }
    }
    units.sort(null);
    int[] fills = {theme.accent(), secondFill(theme.accent()), 0xFFFFFF};
    Style label = Style.body().sized(9);
    // Legend.
    float lx = x;
    float ly = top - 10;
    for (int i = 0; i < units.size(); i++) {
      c.fill(lx, ly - 1, 9, 9, fills[i % 3]);
      c.box(lx, ly - 1, 9, 9, 0x333333, 0.6f);
      String name = legend(units.get(i));
      c.text(name, label, lx + 13, ly);
      lx += 13 + c.width(name, label) + 16;
    }
    int weeks = data.size();
    if (weeks == 0) return;
    float groupW = w / weeks;
    float barW = Math.min(26, (groupW - 16) / Math.max(1, units.size()));
    // Values sit on their bars when they fit; when they are wider than a bar (many weeks) they
    // stack above the week's tallest bar, one line per series, read top-down in legend order.
    boolean stacked = c.width(Integer.toString(max), label) > barW - 1 && units.size() > 1;
    float reserve = stacked ? 4 + units.size() * label.leading() : 12;
    // Long week labels become "W3" and "2R" when a week's column is too narrow for them.
    boolean compact = false;
    for (Week wk : p.weeks()) {
      compact |= c.width("Week " + wk.number(), label.bolded()) > groupW - 4
          || c.width(roundsLabel(wk), label) > groupW - 4;
    }
    float base = top - h + 30 + (compact ? 11 : 0);
    float plotTop = top - 36;
    float plotH = plotTop - base - reserve;
    c.line(x, base, x + w, base, 0x333333, 0.8f);
    for (int i = 0; i < weeks; i++) {
      Week wk = p.weeks().get(i);
      float gx = x + i * groupW + (groupW - barW * units.size()) / 2;
      float tallest = 0;
      for (int u = 0; u < units.size(); u++) {
        int v = data.get(i).getOrDefault(units.get(u), 0);
        float bh = plotH * v / max;
        tallest = Math.max(tallest, bh);
        float bx = gx + u * barW;
        c.fill(bx + 1, base, barW - 2, bh, fills[u % 3]);
        c.box(bx + 1, base, barW - 2, bh, 0x333333, 0.6f);
        if (!stacked) {
          String val = Integer.toString(v);
          c.text(val, label, bx + (barW - c.width(val, label)) / 2, base + bh + 3);
        }
      }
      float cx = x + i * groupW + groupW / 2;
      if (stacked) {
        for (int u = 0; u < units.size(); u++) {
          String val = Integer.toString(data.get(i).getOrDefault(units.get(u), 0));
          float row = units.size() - 1 - u;
          c.text(val, label, cx - c.width(val, label) / 2, base + tallest + 4 + row * label.leading());
        }
      }
      String wl = compact ? "W" + wk.number() : "Week " + wk.number();
      String rl = compact
          ? wk.rounds() + "R" + (wk.deload() ? " D" : "")
          : roundsLabel(wk);
      c.text(wl, label.bolded(), cx - c.width(wl, label.bolded()) / 2, base - 11);
      c.text(rl, label, cx - c.width(rl, label) / 2, base - 22);
    }
    if (compact) {
      c.text("W = week, R = rounds in each session, D = deload week", label.colored(Style.MUTED), x, base - 34);
    }
  }

  /**
   * The second series' grey: mid grey, unless the accent prints as about the same grey in black
   * and white (a light accent such as yellow); then a dark grey, so the two series stay apart.
   */
  static int secondFill(int accent) {
    double a = Theme.luminance(accent);
    return Math.abs(a - Theme.luminance(MID_GREY)) >= MIN_GREY_STEP ? MID_GREY : DARK_GREY;
  }

  private static final int MID_GREY = 0xA6A6A6;
  private static final int DARK_GREY = 0x262626;
  /** How far apart (in luminance, 0..1) two series print, at least. */
  static final double MIN_GREY_STEP = 0.25;

  private static String roundsLabel(Week wk) {
    return Handout.plural(wk.rounds(), "round") + (wk.deload() ? ", deload" : "");
  }

  private static String legend(DoseUnit u) {
    return switch (u) {
      case REPS -> "reps per session";
      case SECONDS -> "seconds per session";
      case BREATHS -> "breaths per session";
    };
  }
}
