package org.circuitpress.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Load;
import org.circuitpress.model.LogFields;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * A week of the handout: a band with the week's rounds, the targets table (drills in circuit
 * order, by step), then one log per session whose rows repeat the targets beside the write-in
 * boxes. Tables flow onto the next page with their header repeated.
 */
final class WeekPages {
  private static final float PAD = 4;
  private static final int RULE = 0xBFBFBF;

  private final Canvas c;
  private final Program p;
  private final Theme theme;
  private final Forms forms;
  private final String client;
  private final Function<Prescription, String> insteadOf;

  WeekPages(Canvas c, Program p, Theme theme, Forms forms, Function<Prescription, String> insteadOf) {
    this.insteadOf = insteadOf;
    this.c = c;
    this.p = p;
    this.theme = theme;
    this.forms = forms;
    this.client = p.client().id();
  }

  void week(Week w) throws IOException {
    c.pageHeader = null;
    // A week starts on a fresh page unless its band and whole targets table fit below the last
    // session of the week before: a page per half-empty session would double the paper.
    if (w == p.weeks().get(0) || c.page == null || c.y - startHeight(w) < c.bottom()) {
      c.newPage();
    } else {
      c.y -= 14;
      c.line(c.left(), c.y, c.right(), c.y, theme.accent(), 1.5f);
      c.y -= 10;
    }
    band(w);
    changes(w);
    targets(w);
    boolean[] tall = tallNotes(w);
    for (int s = 1; s <= w.sessions(); s++) session(w, s, tall[s - 1]);
    c.pageHeader = null;
  }

  /** What a week needs below the week before to start on its page: its band and whole targets table. */
  private float startHeight(Week w) throws IOException {
    return 24 + BAND_H + 10 + changesHeight(w) + targetsHeight(w);
  }

  // ---- the band and the targets -----------------------------------------------------------

  private static final float BAND_H = 46;

  private void band(Week w) throws IOException {
    if (measuredOnly(BAND_H + 10)) return;
    Style big = new Style(true, 17, Style.INK);
    Style small = Style.body().sized(10);
    float h = BAND_H;
    c.fill(c.left(), c.y - h, c.width(), h, theme.tint());
    c.fill(c.left(), c.y - h, 4, h, theme.accent());
    String title = "Week " + w.number() + " of " + p.weeks().size();
    c.text(title, big, c.left() + 12, c.y - 22);
    float tx = c.left() + 12 + c.width(title, big) + 10;
    c.text(p.client().dateOrder().days(w.start(), w.start().plusDays(6)), small, tx, c.y - 21);
    String line = Handout.plural(w.rounds(), "round") + " · rest "
        + Handout.seconds(p.template().restBetweenRounds()) + " between rounds · "
        + Handout.plural(w.sessions(), "session");
    c.text(Canvas.clean(line), small, c.left() + 12, c.y - 38);
    if (w.deload()) {
      Style tag = new Style(true, 10, 0xFFFFFF);
      String label = "DELOAD WEEK";
      float tw = c.width(label, tag) + 14;
      float bx = c.right() - tw - 8;
      c.fill(bx, c.y - 28, tw, 18, theme.accentText());
      c.text(label, tag, bx + 7, c.y - 23);
      c.textRight("Lighter on purpose: let the gains settle.", small, c.right() - 8, c.y - 40);
    }
    c.y -= h + 10;
  }

  /** What differs from the week before, so the client notices the progression. */
  private static final String NEW_LABEL = "New this week: ";

  private List<String> changeLines(Week w) throws IOException {
    int i = p.weeks().indexOf(w);
    if (i <= 0) return List.of();
    List<String> news = changes(p.weeks().get(i - 1), w);
    if (news.isEmpty()) return List.of();
    // The label is drawn bold, so the first line is wider than the regular text it was measured
    // as; the paragraph is wrapped that much narrower to keep it inside the margin.
    return c.wrapMeasures(NEW_LABEL + String.join(". ", news) + ".", Style.body(), c.width() - labelExtra());
  }

  private static final Style NEW_LEAD = new Style(true, 9.5f, Style.INK);

  /** How much wider the bold label is than the same words in the body style. */
  private float labelExtra() throws IOException {
    return c.width(NEW_LABEL, NEW_LEAD) - c.width(NEW_LABEL, Style.body());
  }

  private float changesHeight(Week w) throws IOException {
    List<String> lines = changeLines(w);
    return lines.isEmpty() ? 0 : Canvas.height(lines, Style.body()) + 8;
  }

  private void changes(Week w) throws IOException {
    List<String> lines = changeLines(w);
    if (lines.isEmpty()) return;
    Style lead = NEW_LEAD;
    String label = NEW_LABEL;
    // The first line starts with a bold label; the rest of the paragraph is regular.
    c.text(label.strip(), lead, c.left(), c.y - Style.body().ascent());
    float indent = labelExtra();
    // a first change that starts with a word too long for the rest of the line starts the next
    String first = lines.get(0).length() > label.length() ? lines.get(0).substring(label.length()) : "";
    c.text(first, Style.body(), c.left() + c.width(label, Style.body()) + indent, c.y - Style.body().ascent());
    c.y -= Style.body().leading();
    c.y -= c.lines(lines.subList(1, lines.size()), Style.body(), c.left(), c.y) + 8;
  }

  /**
   * One sentence per change: the rounds, and each drill's new targets, each "now, was before"
   * ("12 kg (26 lb), was 8 kg (18 lb)"). Not "(was ...)": a load for a client in the other unit
   * has brackets of its own, which would nest.
   */
  static List<String> changes(Week before, Week w) {
    List<String> out = new ArrayList<>();
    if (w.rounds() != before.rounds()) out.add(Handout.plural(w.rounds(), "round") + was(String.valueOf(before.rounds())));
    Map<String, Prescription> prev = new HashMap<>();
    for (Prescription x : before.circuit()) prev.putIfAbsent(x.slot().id(), x);
    for (Prescription x : w.circuit()) {
      Prescription b = prev.get(x.slot().id());
      if (b == null) {
        out.add(x.exercise().name() + " is new");
        continue;
      }
      // one mention per drill, however many of its targets changed
      boolean swapped = !b.exercise().id().equals(x.exercise().id());
      List<String> parts = new ArrayList<>();
      if (!b.dose().equals(x.dose())) parts.add(x.dose().format() + was(b.dose().format()));
      String load = x.loadText();
      String earlier = b.loadText();
      if (!load.equals(earlier) && !load.isEmpty()) parts.add(load + (earlier.isEmpty() ? "" : was(earlier)));
      if (!x.tempo().equals(b.tempo()) && !x.tempo().isBlank()) parts.add("tempo " + x.tempo());
      if (!swapped && parts.isEmpty()) continue;
      String head = x.exercise().name() + (swapped ? " instead of " + b.exercise().name() : "");
      // a target's own comma ("12 kg, was 8 kg") keeps the targets apart by semicolons
      out.add(parts.isEmpty() ? head : head + (swapped ? ": " : " ") + String.join("; ", parts));
    }
    return out;
  }

  private static String was(String before) {
    return ", was " + before;
  }

  /** Column x positions of the targets table: exercise, dose, tempo, rest, load. */
  private float[] targetCols() {
    float w = c.width();
    return new float[] {c.left(), c.left() + w - 250, c.left() + w - 150, c.left() + w - 100, c.left() + w - 60};
  }

  private void targetsHeader(boolean continued) throws IOException {
    float[] x = targetCols();
    Style st = new Style(true, 9, Style.INK);
    float h = 16;
    c.fill(c.left(), c.y - h, c.width(), h, theme.tint());
    String[] labels = {continued ? "This week's targets (continued)" : "This week's targets", "Dose", "Tempo", "Rest", "Load"};
    for (int i = 0; i < labels.length; i++) c.text(labels[i], st, x[i] + PAD, c.y - 11.5f);
    c.y -= h;
  }

  /**
   * How tightly the targets table is set: the space above and below a row's text, the line
   * spacing of the muted lines (substitutes and cues), and at most how many lines of cues a row
   * shows. The first is the normal one; the others keep a table on its page when it would
   * otherwise leave a row or two alone on the next, and on a page shorter than A4 also when it
   * would go over or leave no room below for the week's first session.
   */
  private record Fit(float vpad, float spacing, int cueLines) {
    Style muted() {
      return new Style(false, 9, Style.MUTED, spacing);
    }
  }

  /** Lines of cues a row of the targets table shows at most. */
  static final int MAX_CUE_LINES = 8;

  private static final Fit NORMAL = new Fit(PAD, 1.25f, MAX_CUE_LINES);
  private static final List<Fit> TIGHTER = List.of(new Fit(2.5f, 1.12f, MAX_CUE_LINES), new Fit(2.5f, 1.12f, 3));
  /** A table that goes over carries at least this many rows to the next page. */
  private static final int MIN_CARRIED = 3;

  /** The fit the targets table is measured and drawn with. */
  private Fit fit = NORMAL;

  /** Height of the targets table of {@code w}, as {@link #targets} will draw it on one page. */
  private float targetsHeight(Week w) throws IOException {
    float h = 16 + 8;
    float[] x = targetCols();
    for (int i = 0; i < w.phases().size(); i++) {
      PhaseBlock pb = w.phases().get(i);
      h += stepHeight(pb, i + 1) + fit.vpad() + 4;
      for (Prescription item : pb.items()) h += targetRowHeight(item, x);
    }
    return h;
  }

  /** What a step's heading keeps on its page below it: the step's first row whole (at least 30 pt). */
  private float withNext(PhaseBlock pb, float[] x) throws IOException {
    return pb.items().isEmpty() ? 30 : Math.max(30, targetRowHeight(pb.items().get(0), x));
  }

  private float stepHeight(PhaseBlock pb, int n) throws IOException {
    return Canvas.height(c.wrap("Step " + n + " · " + pb.phase().name(), PHASE, c.width() - 2 * PAD), PHASE)
        + Canvas.height(c.wrap(pb.phase().purpose(), WHY, c.width() - 2 * PAD), WHY);
  }

  /**
   * Where the rows of a targets table land: how many pages it goes on to after its first, and how
   * many rows are on the last of them (both 0 when it stays on its page).
   */
  private record Carried(int pages, int lastPageRows) {}

  /**
   * Where the rows of the targets table land when drawn from {@code top} with the current fit
   * and a page break before row {@code breakAt} (counting from 0; -1 for none).
   */
  private Carried rowsCarried(Week w, float top, int breakAt) throws IOException {
    float[] x = targetCols();
    float y = top - 16;
    float pageTop = c.top() - 16;
    int pages = 0, onPage = 0, row = 0;
    for (int i = 0; i < w.phases().size(); i++) {
      PhaseBlock pb = w.phases().get(i);
      float step = stepHeight(pb, i + 1);
      if (y - (step + fit.vpad() + 4 + withNext(pb, x)) < c.bottom() || row == breakAt) {
        y = pageTop;
        pages++;
        onPage = 0;
      }
      y -= step + fit.vpad() + 4;
      boolean first = true;
      for (Prescription item : pb.items()) {
        float h = targetRowHeight(item, x);
        if (y - h < c.bottom() || (row == breakAt && !first)) {
          y = pageTop;
          pages++;
          onPage = 0;
        }
        y -= h;
        onPage++;
        row++;
        first = false;
      }
    }
    return new Carried(pages, pages == 0 ? 0 : onPage);
  }

  /** Whether the table leaves one or two rows alone on its last page. */
  private static boolean lonely(Carried k) {
    return k.lastPageRows() > 0 && k.lastPageRows() < MIN_CARRIED;
  }

  private static final Style PHASE = new Style(true, 10, Style.INK);
  private static final Style WHY = Style.body().sized(9).colored(Style.MUTED);

  private void targets(Week w) throws IOException {
    // A table that would leave one or two rows alone on its last page (the next one, or the one
    // after for a table of many drills) is set tighter when that saves the page; failing that,
    // it breaks early enough to carry at least three rows over.
    fit = NORMAL;
    int breakAt = -1;
    Carried normal = rowsCarried(w, c.y, -1);
    int carried = normal.pages();
    if (lonely(normal)) {
      boolean saved = false;
      for (Fit f : TIGHTER) {
        fit = f;
        Carried tighter = rowsCarried(w, c.y, -1);
        saved = tighter.pages() < normal.pages() && !lonely(tighter);
        if (saved) break;
      }
      if (!saved) {
        fit = NORMAL;
        int rows = (int) w.phases().stream().mapToLong(pb -> pb.items().size()).sum();
        // only where it adds no page: rows too tall for three to share one stay as they were
        if (rows > MIN_CARRIED && rowsCarried(w, c.y, rows - MIN_CARRIED).pages() <= normal.pages()) {
          breakAt = rows - MIN_CARRIED;
        }
      }
    } else if (c.shorterThanA4() && (carried > 0 || !sessionFitsBelowTable(w))) {
      // A table that filled an A4 page goes over on a shorter one, or leaves no room for the
      // first session below it: set tighter when that keeps the table, and the session if it
      // had room before, on this page.
      for (Fit f : TIGHTER) {
        fit = f;
        if (rowsCarried(w, c.y, -1).pages() == 0 && (carried > 0 || sessionFitsBelowTable(w))) break;
        fit = NORMAL;
      }
    }
    targetsHeader(false);
    c.pageHeader = () -> run(() -> targetsHeader(true));
    int n = 1, row = 0;
    float[] x = targetCols();
    for (PhaseBlock pb : w.phases()) {
      Style ph = PHASE.colored(theme.accentText());
      Style why = WHY;
      List<String> name = c.wrap("Step " + (n++) + " · " + pb.phase().name(), ph, c.width() - 2 * PAD);
      List<String> purpose = c.wrap(pb.phase().purpose(), why, c.width() - 2 * PAD);
      if (row == breakAt) c.newPage();
      else c.ensure(Canvas.height(name, ph) + Canvas.height(purpose, why) + fit.vpad() + 4 + withNext(pb, x));
      c.y -= fit.vpad() + 2;
      c.y -= c.lines(name, ph, c.left() + PAD, c.y);
      c.y -= c.lines(purpose, why, c.left() + PAD, c.y) + 2;
      boolean first = true;
      for (Prescription item : pb.items()) {
        if (row == breakAt && !first) c.newPage();
        targetRow(item, x);
        row++;
        first = false;
      }
    }
    c.pageHeader = null;
    fit = NORMAL;
    c.y -= 8;
  }

  private static final Style T_NAME = new Style(true, 10, Style.INK);
  private static final Style T_BODY = Style.body().sized(9);


  /** One row of the targets table, wrapped into its columns. */
  private record TargetRow(List<String> nl, List<String> sub, List<String> cues, List<String> dose,
      List<String> tempo, List<String> rest, List<String> load, float h) {}

  /**
   * Each row's layout by fit, once per handout: a table is measured for where it starts, for the
   * week before it, and again for each fit it tries, before it is drawn ({@code x}, the table's
   * columns, is the same for every row of a handout).
   */
  private final Map<Fit, Map<Prescription, TargetRow>> rowLayouts = new IdentityHashMap<>();

  private TargetRow targetRowLayout(Prescription item, float[] x) throws IOException {
    Map<Prescription, TargetRow> byItem = rowLayouts.computeIfAbsent(fit, f -> new IdentityHashMap<>());
    TargetRow r = byItem.get(item);
    if (r == null) {
      r = newTargetRowLayout(item, x);
      byItem.put(item, r);
    }
    return r;
  }

  private TargetRow newTargetRowLayout(Prescription item, float[] x) throws IOException {
    float nameW = x[1] - x[0] - 2 * PAD;
    Style muted = fit.muted();
    List<String> nl = c.wrap(item.exercise().name(), T_NAME, nameW);
    String instead = item.isSubstitute() ? insteadOf.apply(item) : "";
    List<String> sub = instead.isEmpty() ? List.of() : c.wrap(instead, muted.bolded(), nameW);
    List<String> cues = c.wrapKeepingBreaks(item.exercise().cues(), muted, nameW);
    if (cues.size() > fit.cueLines()) {
      // The week's table is a reminder; long cues are printed whole under "Your drills".
      cues = new ArrayList<>(cues.subList(0, fit.cueLines() - 1));
      // a cut between two paragraphs leaves no blank line above the mark
      while (!cues.isEmpty() && cues.get(cues.size() - 1).isEmpty()) cues.remove(cues.size() - 1);
      cues.add(c.ellipsize("… more under Your drills", muted, nameW));
    }
    List<String> dose = c.wrap(item.dose().format(), T_NAME, x[2] - x[1] - 2 * PAD);
    List<String> tempo = c.wrap(item.tempo().isBlank() ? "–" : item.tempo(), T_BODY, x[3] - x[2] - 2 * PAD);
    List<String> rest = c.wrap(item.restSeconds() == 0 ? "–" : Handout.seconds(item.restSeconds()), T_BODY, x[4] - x[3] - 2 * PAD);
    List<String> load = c.wrapMeasures(item.load() == null ? "–" : item.loadText(), T_BODY, c.right() - x[4] - 2 * PAD);
    float h = Math.max(Canvas.height(nl, T_NAME) + Canvas.height(sub, muted) + Canvas.height(cues, muted),
        Math.max(Canvas.height(dose, T_NAME), Canvas.height(load, T_BODY))) + 2 * fit.vpad();
    return new TargetRow(nl, sub, cues, dose, tempo, rest, load, h);
  }

  private float targetRowHeight(Prescription item, float[] x) throws IOException {
    return targetRowLayout(item, x).h();
  }

  private void targetRow(Prescription item, float[] x) throws IOException {
    Style name = T_NAME;
    Style body = T_BODY;
    Style muted = fit.muted();
    TargetRow r = targetRowLayout(item, x);
    List<String> nl = r.nl(), sub = r.sub(), cues = r.cues(), dose = r.dose(), tempo = r.tempo(), rest = r.rest(),
        load = r.load();
    float h = r.h();
    c.ensure(h);
    c.line(c.left(), c.y, c.right(), c.y, RULE, 0.5f);
    float top = c.y - fit.vpad();
    float t = top - c.lines(nl, name, x[0] + PAD, top);
    t -= c.lines(sub, muted.bolded(), x[0] + PAD, t);
    c.lines(cues, muted, x[0] + PAD, t);
    c.lines(dose, name, x[1] + PAD, top);
    c.lines(tempo, body, x[2] + PAD, top);
    c.lines(rest, body, x[3] + PAD, top);
    c.lines(load, body, x[4] + PAD, top);
    c.y -= h;
  }

  // ---- the session log --------------------------------------------------------------------

  private static final float LABEL_W = 205;
  /** A row of write-in boxes: the box plus a little air above and below. */
  private static final float BOX_ROW = Handout.BOX_H + 6;
  /**
   * The session's notes box where its page has room: two lines of handwriting (14.8 mm), where a
   * client writes words rather than a number; typed, a note of three sentences shows whole in it
   * at 9 pt or so. Elsewhere it is one line high, as the other boxes.
   */
  private static final float NOTES_H = 2 * Handout.BOX_H;
  /** How much taller a session is with the tall notes box. */
  private static final float TALLER = NOTES_H - Handout.BOX_H;

  /**
   * Which sessions of {@code w} get the tall notes box: those on a page with room below its last
   * session for every session on it to be that much taller, as the sessions fall with the short
   * box. So a tall box never moves a session, a week or anything after it to another page, and
   * the handout keeps its pages. The week's last page keeps the short box when the next week
   * starts below its last session, which would otherwise start lower; so does a session longer
   * than a page, which is split over pages where it falls.
   */
  private boolean[] tallNotes(Week w) throws IOException {
    boolean[] tall = new boolean[w.sessions()];
    float whole = sessionHeight(w, false);
    if (tall.length == 0 || whole + TALLER > c.top() - c.bottom()) return tall;
    float y = c.y;
    int first = 0;
    for (int s = 0; s < w.sessions(); s++) {
      if (y - whole < c.bottom()) {
        // the sessions from first to s - 1 share the page that y ends
        Arrays.fill(tall, first, s, y + 10 - (s - first) * TALLER >= c.bottom());
        first = s;
        y = c.top();
      }
      y -= whole + 10;
    }
    int i = p.weeks().indexOf(w);
    boolean nextBelow = i + 1 < p.weeks().size() && y - startHeight(p.weeks().get(i + 1)) >= c.bottom();
    Arrays.fill(tall, first, tall.length, !nextBelow && y + 10 - (tall.length - first) * TALLER >= c.bottom());
    return tall;
  }

  private void session(Week w, int s, boolean tallNotes) throws IOException {
    List<Prescription> items = w.circuit();
    Style title = sessionTitle();
    c.ensure(sessionStart(w, tallNotes));
    c.y -= 6;
    String date = w.sessionDates().size() >= s ? " · planned for " + p.client().dateOrder().day(w.sessionDates().get(s - 1)) : "";
    c.paragraph("Week " + w.number() + " · session " + s + " of " + w.sessions() + date, title, c.left(), c.width());
    // Each box's tooltip says whose week and session it is: a tablet's list of fields and a
    // screen reader show the tooltip alone, and every session has a "date" and a "round 1 done".
    String tip = "Week " + w.number() + ", session " + s + ": ";
    sessionFields(w, s, tip, tallNotes);
    // More rounds than fit side by side: the grid repeats below for the next rounds.
    IoAction continued = () -> c.paragraph("Week " + w.number() + " · session " + s + " (continued)", title, c.left(), c.width());
    for (int from = 1; from <= w.rounds(); from += MAX_COLS) {
      int first = from;
      int last = Math.min(w.rounds(), from + MAX_COLS - 1);
      if (first > 1) {
        c.y -= 8;
        // a grid that goes over to the next page says there whose boxes they are
        c.pageHeader = () -> run(continued);
        // The week's last grid goes over whole when only its last rows would, and a page holds
        // it: split there, it left a page to itself of one drill and the round ticks, as the next
        // week starts a page of its own.
        float grid = gridHeight(w);
        float over = grid - (c.y - c.bottom());
        boolean lonelyTail = s == w.sessions() && last == w.rounds() && over > 0 && over <= 2 * 40 + BOX_ROW
            && grid + title.leading() <= c.top() - c.bottom();
        c.ensure(lonelyTail ? grid : 16 + 2 * 40);
      }
      gridHeader(w, first, last);
      c.pageHeader = () -> run(() -> {
        continued.run();
        gridHeader(w, first, last);
      });
      List<String> ids = LogFields.occurrenceIds(items.stream().map(i -> i.exercise().id()).toList());
      for (int i = 0; i < items.size(); i++) {
        // the tick row never starts a page alone: the last drill goes over with it
        if (i == items.size() - 1) c.ensure(drillHeight(w, items.get(i)) + BOX_ROW);
        drillRow(w, s, tip, items.get(i), ids.get(i), first, last);
      }
      doneRow(w, s, tip, first, last);
      c.pageHeader = null;
    }
    c.y -= 10;
  }

  private Style sessionTitle() {
    return new Style(true, 11.5f, theme.accentText());
  }

  /**
   * What a session keeps together on the page it starts on: a session that fits on one page is
   * never split; a longer one starts with at least its title, the date row, the grid header and
   * two drills together. {@code tallNotes}: with the tall notes box.
   */
  private float sessionStart(Week w, boolean tallNotes) throws IOException {
    float whole = sessionHeight(w, tallNotes);
    return whole <= c.top() - c.bottom() ? whole : sessionHead(tallNotes) + 16 + 2 * 40;
  }

  /** A session's title and its row of date, effort and notes boxes. */
  private float sessionHead(boolean tallNotes) {
    return 6 + sessionTitle().leading() + BOX_ROW + (tallNotes ? TALLER : 0);
  }

  /** The height of a whole session of {@code w}, as drawn on one page. */
  private float sessionHeight(Week w, boolean tallNotes) throws IOException {
    int blocks = (w.rounds() + MAX_COLS - 1) / MAX_COLS;
    return sessionHead(tallNotes) + blocks * gridHeight(w) + (blocks - 1) * 8;
  }

  /** One grid of a session's log: its header, a row per drill and the row of round ticks. */
  private float gridHeight(Week w) throws IOException {
    float rows = 16 + BOX_ROW;
    for (Prescription item : w.circuit()) rows += drillHeight(w, item);
    return rows;
  }

  /**
   * Whether the week's first session fits below the targets table, set with the current fit, on
   * its page; measured with the short notes box, which the tall one takes only where it moves
   * nothing.
   */
  private boolean sessionFitsBelowTable(Week w) throws IOException {
    return c.y - targetsHeight(w) - sessionStart(w, false) >= c.bottom();
  }

  /**
   * Date, how hard it felt (RPE) and notes, each label left of its box, the boxes' tops in line;
   * {@code tip} starts each tooltip.
   */
  private void sessionFields(Week w, int s, String tip, boolean tallNotes) throws IOException {
    if (measuredOnly(BOX_ROW + (tallNotes ? TALLER : 0))) return;
    Style lab = Style.body().sized(9).colored(Style.MUTED);
    float top = c.y - 3;
    String date = LogFields.session(client, w.number(), s, "date");
    PDRectangle r = labelledBox("Date", lab, c.left(), top, 80, Handout.BOX_H);
    forms.text(date, tip + "date", c.page, r, 0, Handout.BOX_TEXT);
    c.fingerprint(date);
    String rpe = LogFields.session(client, w.number(), s, "rpe");
    r = labelledBox("How hard, 1–10", lab, right(r) + 14, top, 32, Handout.BOX_H);
    forms.text(rpe, tip + "RPE", c.page, r, 2, Handout.BOX_TEXT);
    c.fingerprint(rpe);
    String notes = LogFields.session(client, w.number(), s, "notes");
    float x = right(r) + 14;
    r = labelledBox("Notes", lab, x, top, c.right() - x - (c.width("Notes", lab) + 5), Handout.BOX_H + (tallNotes ? TALLER : 0));
    forms.lines(notes, tip + "notes", c.page, r);
    c.fingerprint(notes);
    c.y -= BOX_ROW + (tallNotes ? TALLER : 0);
  }

  /**
   * A label and, right of it, a box {@code w} wide and {@code h} high whose top is at {@code top},
   * the label in line with a box of one line; returns the rectangle of the box's field.
   */
  private PDRectangle labelledBox(String label, Style lab, float x, float top, float w, float h) throws IOException {
    c.text(label, lab, x, top - Handout.BOX_H + 7);
    float bx = x + c.width(label, lab) + 5;
    c.box(bx, top - h, w, h, 0x595959, 0.8f);
    return new PDRectangle(bx + 1, top - h + 1, w - 2, h - 2);
  }

  /** The right edge of the box around the field {@code r}. */
  private static float right(PDRectangle r) {
    return r.getUpperRightX() + 1;
  }

  /** At most this many rounds side by side, so that every box stays wide enough for a pen. */
  private static final int MAX_COLS = 4;

  private float roundW(Week w) {
    return (c.width() - LABEL_W) / Math.min(w.rounds(), MAX_COLS);
  }

  private void gridHeader(Week w, int from, int to) throws IOException {
    Style st = new Style(true, 9, Style.INK);
    float h = 16;
    c.fill(c.left(), c.y - h, c.width(), h, theme.tint());
    c.text("Drill and this week's target", st, c.left() + PAD, c.y - 11.5f);
    float rw = roundW(w);
    for (int r = from; r <= to; r++) {
      float x = c.left() + LABEL_W + (r - from) * rw;
      c.text("Round " + r, st, x + PAD, c.y - 11.5f);
    }
    c.y -= h;
  }

  private static final Style ROW_NAME = new Style(true, 9.5f, Style.INK).tight();
  private static final Style ROW_BODY = Style.body().sized(9).tight();

  /** A write-in box narrower than this (10 mm) has no room for a number written by hand. */
  static final float MIN_BOX_W = 10 / 25.4f * 72;
  private static final Style UNIT = ROW_BODY.colored(Style.MUTED);
  /** The line of unit labels above a row's boxes, when they do not fit beside them. */
  private static final float UNIT_ROW = UNIT.leading() + 1;

  /**
   * The boxes of one drill in one round: what each holds, the unit printed with it, and the
   * longest entry it is likely to get, which its typed text is sized to show whole.
   */
  private List<String[]> boxParts(Prescription item) {
    List<String[]> parts = new ArrayList<>(2);
    parts.add(new String[] {"amount", unitLabel(item.dose().unit()), WIDEST_AMOUNT});
    if (item.load() != null) parts.add(new String[] {"load", loadLabel(item), widestLoad(item)});
    return parts;
  }

  /** Both sides' reps of a drill done per side. */
  private static final String WIDEST_AMOUNT = "10/10";

  /** A half weight in the client's units ("12.5 kg"); for a band its grade, or "medium" if longer. */
  private String widestLoad(Prescription item) {
    Load load = item.load();
    if (load.units() != null) return "12.5 " + p.client().units().symbol();
    String grade = load.label().endsWith(" " + load.equipment())
        ? load.label().substring(0, load.label().length() - load.equipment().length() - 1) : load.label();
    return grade.length() > "medium".length() ? grade : "medium";
  }

  /**
   * Whether the units of this drill's boxes go on a line above them: when a unit beside its box
   * would leave the box narrower than {@link #MIN_BOX_W}. Decided for the whole row, so that
   * every round of a drill reads the same.
   */
  private boolean unitsAbove(Week w, Prescription item) throws IOException {
    if (c.shorterThanA4()) return sideBySideBoxW(w, item) < MIN_BOX_W;
    List<String[]> parts = boxParts(item);
    float each = (roundW(w) - 2 * PAD) / parts.size();
    for (String[] part : parts) {
      if (each - (c.width(part[1], UNIT) + 3) - 4 < MIN_BOX_W) return true;
    }
    return false;
  }

  /**
   * The width of each of a drill's boxes in a round when every box has its unit beside it and
   * the boxes share what the units leave of the round's width equally. Used on a page shorter
   * than A4: a line of units above the boxes costs 11 pt a drill, and there two sessions of a
   * three-round week with loads would no longer share a page.
   */
  private float sideBySideBoxW(Week w, Prescription item) throws IOException {
    List<String[]> parts = boxParts(item);
    float units = 0;
    for (String[] part : parts) units += c.width(part[1], UNIT) + 3;
    return (roundW(w) - 2 * PAD - units - 4 * (parts.size() - 1)) / parts.size();
  }

  /** Each drill's row height in the week being laid out: every session of it asks again. */
  private final Map<Prescription, Float> drillHeights = new IdentityHashMap<>();
  private Week heightsOf;

  private float drillHeight(Week w, Prescription item) throws IOException {
    if (w != heightsOf) {
      drillHeights.clear();
      heightsOf = w;
    }
    Float h = drillHeights.get(item);
    if (h == null) {
      h = newDrillHeight(w, item);
      drillHeights.put(item, h);
    }
    return h;
  }

  private float newDrillHeight(Week w, Prescription item) throws IOException {
    List<String> nl = c.wrap(item.exercise().name(), ROW_NAME, LABEL_W - 2 * PAD);
    List<String> target = c.wrapMeasures(target(item), ROW_BODY, LABEL_W - 2 * PAD);
    float boxes = Handout.BOX_H + (unitsAbove(w, item) ? UNIT_ROW : 0);
    return Math.max(Canvas.height(nl, ROW_NAME) + Canvas.height(target, ROW_BODY), boxes) + 5;
  }

  private void drillRow(Week w, int s, String tip, Prescription item, String fieldId, int from, int to)
      throws IOException {
    float h = drillHeight(w, item);
    c.ensure(h);
    if (measuredOnly(h)) return;
    Style name = ROW_NAME;
    Style body = ROW_BODY;
    List<String> nl = c.wrap(item.exercise().name(), name, LABEL_W - 2 * PAD);
    List<String> target = c.wrapMeasures(target(item), body, LABEL_W - 2 * PAD);
    c.line(c.left(), c.y, c.right(), c.y, RULE, 0.5f);
    float top = c.y - 2;
    c.lines(target, body, c.left() + PAD, top - c.lines(nl, name, c.left() + PAD, top));
    float rw = roundW(w);
    List<String[]> parts = boxParts(item);
    boolean above = unitsAbove(w, item);
    boolean sideBySide = !above && c.shorterThanA4();
    float sideBySideW = sideBySide ? sideBySideBoxW(w, item) : 0;
    // The boxes (and their line of units when it is above them) are centred in the row.
    float block = Handout.BOX_H + (above ? UNIT_ROW : 0);
    float by = c.y - (h - block) / 2 - block;
    for (int r = from; r <= to; r++) {
      float x = c.left() + LABEL_W + (r - from) * rw + PAD;
      float each = (rw - 2 * PAD) / parts.size();
      for (String[] part : parts) {
        float uw = c.width(part[1], UNIT) + 3;
        float bw = sideBySide ? sideBySideW : above ? each - 4 : each - uw - 4;
        c.box(x, by, bw, Handout.BOX_H, 0x595959, 0.8f);
        String field = LogFields.drill(client, w.number(), s, r, fieldId, part[0]);
        forms.text(field, tip + item.exercise().name() + ", round " + r + ", " + part[0], c.page,
            new PDRectangle(x + 1, by + 1, bw - 2, Handout.BOX_H - 2), 0, forms.sizeFor(bw - 2, part[2]));
        c.fingerprint(field);
        if (above) c.text(part[1], UNIT, x + 1, by + Handout.BOX_H + 2.5f);
        else c.text(part[1], UNIT, x + bw + 3, by + 7);
        x += sideBySide ? bw + uw + 4 : each;
      }
    }
    c.y -= h;
  }

  /** The label of the row of round boxes; "mark" rather than "tick" or "check", which read as British or American. */
  static final String DONE_LABEL = "Round done? Mark the box.";

  private void doneRow(Week w, int s, String tip, int from, int to) throws IOException {
    Style st = new Style(true, 9.5f, Style.INK);
    float h = BOX_ROW;
    c.ensure(h);
    if (measuredOnly(h)) return;
    c.line(c.left(), c.y, c.right(), c.y, 0x595959, 0.8f);
    c.text(DONE_LABEL, st, c.left() + PAD, c.y - 3 - 14);
    float rw = roundW(w);
    for (int r = from; r <= to; r++) {
      float x = c.left() + LABEL_W + (r - from) * rw + PAD;
      float by = c.y - 3 - Handout.BOX_H;
      c.box(x, by, Handout.BOX_H, Handout.BOX_H, 0x595959, 0.8f);
      String field = LogFields.round(client, w.number(), s, r);
      forms.check(field, tip + "round " + r + " done", c.page, new PDRectangle(x + 1, by + 1, Handout.BOX_H - 2, Handout.BOX_H - 2));
      c.fingerprint(field);
    }
    c.y -= h;
  }

  /**
   * On a canvas that only measures, moves the cursor down by {@code h}, what the part about to be
   * drawn takes, and says so: its boxes, labels and fields change no page break.
   */
  private boolean measuredOnly(float h) {
    if (!c.measuring) return false;
    c.y -= h;
    return true;
  }

  static String target(Prescription item) {
    StringBuilder sb = new StringBuilder(item.dose().format());
    if (item.load() != null) sb.append(" · ").append(item.loadText());
    if (!item.tempo().isBlank()) sb.append(" · tempo ").append(item.tempo());
    return sb.toString();
  }

  private static String unitLabel(DoseUnit u) {
    return switch (u) {
      case REPS -> "reps";
      case SECONDS -> "s";
      case BREATHS -> "breaths";
    };
  }

  private String loadLabel(Prescription item) {
    // the client's unit, which the log reads a bare number in, also for a bell marked in the other
    if (item.load().units() != null) return p.client().units().symbol();
    String kit = item.load().equipment();
    return kit.length() <= 8 && !kit.isBlank() ? kit : "load";
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void run(IoAction a) {
    try {
      a.run();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
