package org.circuitpress.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Phase;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Use;
import org.circuitpress.model.Week;

/** Draws one client's handout: cover, drills, then every week with its targets and log. */
final class Handout {
  /** 7.4 mm: a pen fits (the target is at least 7 mm). */
  static final float BOX_H = 21f;
  /** Typed text in the log boxes, in points. */
  static final float BOX_TEXT = 10f;

  private final Canvas c;
  private final Program p;
  private final Theme theme;
  private final Branding brand;
  private final Pictures.Picture logo;
  private final Function<Exercise, Optional<Pictures.Picture>> pictures;
  private final Function<String, QrCode.Drawing> qrCodes;
  private final Function<Prescription, String> insteadOf;
  private final Forms forms;
  private final Map<PDPage, List<PDAnnotation>> linksByPage = new LinkedHashMap<>();
  /** A picture used by several drills is embedded once. */
  private final Map<Pictures.Picture, PDImageXObject> embedded = new IdentityHashMap<>();

  Handout(
      Canvas c,
      Program p,
      Theme theme,
      Branding brand,
      Pictures.Picture logo,
      Function<Exercise, Optional<Pictures.Picture>> pictures,
      Function<String, QrCode.Drawing> qrCodes,
      Function<Prescription, String> insteadOf) {
    this.c = c;
    this.p = p;
    this.theme = theme;
    this.brand = brand;
    this.logo = logo;
    this.pictures = pictures;
    this.qrCodes = qrCodes;
    this.insteadOf = insteadOf;
    this.forms = new Forms(c.doc, BOX_TEXT, c.measuring);
  }

  /** The pages of the cover and the drills, once drawn. */
  private int openingPages;

  int openingPages() {
    return openingPages;
  }

  /**
   * The drills whose cards take more than half a page, as set under "Your drills", tallest first
   * (at most three): where shorter cues would shorten the handout most.
   */
  List<Exercise> longCards() {
    float half = (c.top() - c.bottom()) / 2;
    // in the order of the block, for the same words every run when cards are as tall
    return p.weeks().stream().flatMap(w -> w.phases().stream()).flatMap(pb -> pb.items().stream())
        .filter(x -> cards.containsKey(x) && cards.get(x).h() > half)
        .sorted(Comparator.comparingDouble((Prescription x) -> -cards.get(x).h()))
        .limit(3).map(Prescription::exercise).toList();
  }

  void draw() throws IOException {
    layOut();
    forms.finish(c.catalog);
    for (Map.Entry<PDPage, List<PDAnnotation>> e : linksByPage.entrySet()) {
      List<PDAnnotation> all = new ArrayList<>(e.getKey().getAnnotations());
      all.addAll(e.getValue());
      e.getKey().setAnnotations(all);
    }
    footers();
    c.close(HandoutRenderer.DEFLATE_LEVEL);
  }

  /**
   * Draws every page, without the footers and form that finish them: from here on the page count
   * is what it will be. A dry run stops here, to learn the count ({@link HandoutRenderer#check}).
   */
  void layOut() throws IOException {
    // The footer's lines are known before the page count: the widest page count is assumed.
    footer = footerLines(" · page 999 of 999");
    c.footerExtra = (footer.size() - 1) * FOOTER.leading();
    cover();
    drills();
    openingPages = c.pages.size();
    WeekPages weeks = new WeekPages(c, p, theme, forms, insteadOf);
    for (Week w : p.weeks()) weeks.week(w);
  }

  // ---- cover ------------------------------------------------------------------------------

  private void cover() throws IOException {
    c.newPage();
    brandStrip();
    Style title = new Style(true, 24, Style.INK);
    c.paragraph(p.client().name(), title, c.left(), c.width());
    c.y -= 2;
    String program = p.template().name() + " · block " + p.block();
    c.paragraph(program, new Style(true, 14, theme.accentText()), c.left(), c.width());
    c.y -= 2;
    int sessions = p.weeks().isEmpty() ? 0 : p.weeks().get(0).sessions();
    c.paragraph(
        p.client().dateOrder().dates(p.start(), p.end()) + " · " + plural(p.weeks().size(), "week")
            + " · " + plural(sessions, "session") + " a week",
        Style.body().sized(11),
        c.left(),
        c.width());
    if (!p.template().goal().isBlank()) section("Goal", p.template().goal());
    if (!p.client().notes().isBlank()) section("Notes from your trainer", p.client().notes());
    howTo();
    steps();
    // The chart takes what is left of the page, up to its full height; below its smallest
    // readable height it goes over, and "Your drills" then starts under it on that page.
    float room = c.y - c.bottom() - CHART_HEAD;
    float chartH = Math.min(CHART_H, room);
    if (chartH < CHART_MIN_H) {
      c.newPage();
      chartH = CHART_H;
    } else {
      c.y -= 10;
    }
    heading("Your block at a glance");
    if (!c.measuring) Chart.draw(c, p, theme, c.left(), c.y, c.width(), chartH);
    c.y -= chartH;
  }

  /**
   * The chart's full height, and the least it is shrunk to so that it stays on the page (at 120 its
   * bars, numbers and labels still read; a cover with a long name, notes and every line of how to run
   * the circuit keeps its chart rather than leaving half a page empty).
   */
  private static final float CHART_H = 170, CHART_MIN_H = 120;
  /** Above the chart: the gap and its heading. */
  private static final float CHART_HEAD = 10 + 8 + 12.5f * 1.25f + 3;

  private void brandStrip() throws IOException {
    float h = 40;
    float x = c.left();
    if (logo != null) {
      float w = Math.min(140, h * logo.aspect());
      float lh = w / logo.aspect();
      if (!c.measuring) c.cs.image(logo.embed(c.doc), x, c.y - h + (h - lh) / 2, w, lh);
      x += w + 12;
    }
    Style name = new Style(true, 13, theme.accentText());
    Style small = Style.body().sized(9).colored(Style.MUTED);
    float textW = brandTextWidth(c, logo);
    List<String> nameLines = capped(c, c.wrap(brand.name(), name, textW), BRAND_NAME_LINES, name, textW);
    List<String> contact = capped(c, c.wrap(brand.contact(), small, textW), BRAND_CONTACT_LINES, small, textW);
    float used = Canvas.height(nameLines, name) + Canvas.height(contact, small);
    float top = c.y - Math.max(0, (h - used) / 2);
    top -= c.lines(nameLines, name, x, top);
    c.lines(contact, small, x, top);
    c.y -= Math.max(h, used) + 6;
    c.line(c.left(), c.y, c.right(), c.y, theme.accent(), 2f);
    c.y -= 18;
  }

  /** The most lines of the studio's name and of its contact the cover's header shows. */
  static final int BRAND_NAME_LINES = 3;
  static final int BRAND_CONTACT_LINES = 4;

  /** The first {@code max} lines, the last ending in "…" when there were more. */
  private static List<String> capped(Canvas c, List<String> lines, int max, Style st, float width)
      throws IOException {
    if (lines.size() <= max) return lines;
    List<String> out = new ArrayList<>(lines.subList(0, max - 1));
    out.add(c.ellipsize(lines.get(max - 1) + " " + lines.get(max), st, width));
    return out;
  }

  /** The width the header leaves for the studio's name and contact beside {@code logo}. */
  static float brandTextWidth(Canvas c, Pictures.Picture logo) {
    float x = c.left();
    if (logo != null) x += Math.min(140, 40 * logo.aspect()) + 12;
    return c.right() - x;
  }

  /** Whether the studio's name and contact fit the cover's header on this canvas's paper. */
  static boolean nameFits(Canvas c, Branding brand, Pictures.Picture logo) throws IOException {
    return c.wrap(brand.name(), new Style(true, 13, Style.INK), brandTextWidth(c, logo)).size() <= BRAND_NAME_LINES;
  }

  static boolean contactFits(Canvas c, Branding brand, Pictures.Picture logo) throws IOException {
    return c.wrap(brand.contact(), Style.body().sized(9), brandTextWidth(c, logo)).size() <= BRAND_CONTACT_LINES;
  }

  /** The most lines of the footer's text (the studio's footer, else its name) at the foot of a page. */
  static final int FOOTER_LINES = 3;

  /**
   * Whether the studio's footer fits the foot of a page on this canvas's paper. Without a footer
   * the studio's name is printed there, which fits when it fits the cover's header.
   */
  static boolean footerFits(Canvas c, Branding brand) throws IOException {
    return c.wrap(brand.footer(), FOOTER, c.width()).size() <= FOOTER_LINES;
  }

  private void heading(String text) throws IOException {
    Style st = new Style(true, 12.5f, theme.accentText());
    c.ensure(st.leading() + 30);
    c.y -= 8;
    c.paragraph(text, st, c.left(), c.width());
    c.y -= 3;
  }

  private void section(String title, String body) throws IOException {
    heading(title);
    // The trainer's line breaks and paragraphs are kept.
    Style st = Style.body().sized(10.5f);
    c.paragraph(c.wrapKeepingBreaks(body, st, c.width()), st, c.left());
  }

  private void bullet(String text) throws IOException {
    Style st = Style.body().sized(10.5f);
    List<String> ls = c.wrap(text, st, c.width() - 14);
    c.ensure(Canvas.height(ls, st));
    c.text("•", st.colored(theme.accentText()), c.left() + 2, c.y - st.ascent());
    c.y -= c.lines(ls, st, c.left() + 14, c.y) + 2;
  }

  /** What the client does when a drill hurts, and whom they ask: the cover's line on pain. */
  static final String STOP_LINE = "Sharp or growing pain, numbness, tingling or dizziness: stop the drill and ask your"
      + " trainer.";

  private void howTo() throws IOException {
    heading("How to run the circuit");
    bullet("One round is every drill of the circuit, in order, from step 1 to step "
        + p.template().phases().size() + ". Then rest and go again.");
    bullet(roundsText() + " Rest " + seconds(p.template().restBetweenRounds()) + " between rounds.");
    String when = whenText();
    if (!when.isEmpty()) bullet(when);
    if (hasTempo()) {
      // a template's tempo may hold an X (2-0-X-0), which no count of seconds explains
      bullet("Tempo such as 3-1-3-1 counts seconds: 3 to lower, 1 to pause, 3 to lift, 1 to pause."
          + (hasFastTempo() ? " An X means as fast as you can while staying in control." : "")
          + " Slow and controlled beats heavy.");
    }
    // a handout goes to clients with injuries and conditions as well: what to do when a drill hurts
    bullet(STOP_LINE);
    // the reader takes a tick or a word of LogColumns.DONE_ANSWERS in an amount box as done as printed
    // a log of ticks with no effort never earns a step (LogDecision): how hard it felt is what moves a client on
    bullet("After each session, log what you did and how hard it felt (1 to 10), on paper or a tablet: your"
        + " trainer plans the next block from it. A tick or \"done\" is fine for a drill done as printed.");
  }

  private String roundsText() {
    StringBuilder sb = new StringBuilder();
    List<Week> ws = p.weeks();
    int i = 0;
    while (i < ws.size()) {
      int j = i;
      while (j + 1 < ws.size() && ws.get(j + 1).rounds() == ws.get(i).rounds()) j++;
      if (sb.length() > 0) sb.append("; ");
      String weeks = i == j ? "week " + ws.get(i).number() : "weeks " + ws.get(i).number() + "–" + ws.get(j).number();
      sb.append(weeks).append(": ").append(plural(ws.get(i).rounds(), "round"));
      i = j + 1;
    }
    String s = sb.toString();
    return s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }

  private String whenText() {
    List<String> uses = new ArrayList<>();
    for (Use u : Use.values()) {
      if (!p.template().uses().contains(u)) continue;
      uses.add(switch (u) {
        case WARM_UP -> "as a warm-up before your training";
        // "after it" only reads right after the warm-up's "your training"
        case COOL_DOWN -> p.template().uses().contains(Use.WARM_UP)
            ? "as a cool-down after it" : "as a cool-down after your training";
        case STAND_ALONE -> "as a session on its own";
      });
    }
    if (uses.isEmpty()) return "";
    return "When: " + String.join(", or ", uses) + ".";
  }

  private boolean hasTempo() {
    return p.weeks().stream().flatMap(w -> w.circuit().stream()).anyMatch(x -> !x.tempo().isBlank());
  }

  private boolean hasFastTempo() {
    return p.weeks().stream().flatMap(w -> w.circuit().stream()).anyMatch(x -> x.tempo().toUpperCase().contains("X"));
  }

  private void steps() throws IOException {
    heading("The steps, and why");
    int n = 1;
    for (Phase ph : p.template().phases()) {
      Style st = Style.body().sized(10.5f);
      List<String> name = c.wrap(n + ". " + ph.name(), st.bolded(), c.width());
      List<String> why = c.wrap(ph.purpose(), st, c.width() - 14);
      c.ensure(Canvas.height(name, st) + Canvas.height(why, st));
      c.y -= c.lines(name, st.bolded(), c.left(), c.y);
      c.y -= c.lines(why, st, c.left() + 14, c.y) + 4;
      n++;
    }
  }

  // ---- drills -----------------------------------------------------------------------------

  /** Every drill of the block once, by step, with its cues, picture and video code. */
  private void drills() throws IOException {
    Style h1 = new Style(true, 18, theme.accentText());
    // A cover of one page stays on its own; one that went over (long notes, or the chart that
    // did not fit) is followed by the drills on its last page rather than by a near-empty page.
    if (c.pages.size() == 1) {
      c.newPage();
    } else {
      c.y -= 24;
      c.ensure(h1.leading() + Style.body().leading() + 6 + 100);
    }
    Map<String, Phase> phases = new LinkedHashMap<>();
    Map<String, List<Prescription>> byPhase = new LinkedHashMap<>();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    boolean codes = false;
    for (Week w : p.weeks()) {
      for (PhaseBlock pb : w.phases()) {
        phases.putIfAbsent(pb.phase().id(), pb.phase());
        for (Prescription x : pb.items()) {
          if (seen.putIfAbsent(x.exercise().id(), true) == null) {
            byPhase.computeIfAbsent(pb.phase().id(), k -> new ArrayList<>()).add(x);
            codes |= QrCode.isWebLink(x.exercise().videoUrl());
          }
        }
      }
    }
    c.paragraph("Your drills", h1, c.left(), c.width());
    // only over drills of which one at least has a video code to scan
    if (codes) {
      c.paragraph("Scan a code with your phone's camera to watch the drill.", Style.body().colored(Style.MUTED),
          c.left(), c.width());
    }
    c.y -= 6;
    // Measured first: when the section's last page would hold a single drill, the cards are
    // set a little tighter (smaller video codes, less air) if that saves the page. On a page
    // shorter than A4, where a last step that fitted an A4 page goes over with all its drills,
    // so are they whatever the last page holds. Failing that, a lone last drill has the card
    // before it go over with it: a page of two drills.
    compact = false;
    int breakBefore = -1;
    Paging normal = paginate(phases, byPhase);
    boolean lone = normal.lastPageItems() == 1;
    if (normal.pages() > 1 && (lone || c.shorterThanA4())) {
      compact = true;
      compact = paginate(phases, byPhase).pages() < normal.pages();
      if (!compact && lone && normal.pageBeforeItems() > 1) {
        // only when the two cards (and a heading between) fit on one page: else it adds pages
        int candidate = byPhase.values().stream().mapToInt(List::size).sum() - 2;
        Paging moved = paginate(phases, byPhase, candidate);
        if (moved.pages() == normal.pages() && moved.lastPageItems() == 2) breakBefore = candidate;
      }
    }
    int n = 1, i = 0;
    for (Map.Entry<String, List<Prescription>> e : byPhase.entrySet()) {
      Phase ph = phases.get(e.getKey());
      List<Prescription> xs = e.getValue();
      if (i == breakBefore) c.newPage();
      phaseHeader(ph, n, xs.isEmpty() ? 0 : cardHeight(xs.get(0)), xs.isEmpty() ? 0 : cardStart(xs.get(0)));
      for (int j = 0; j < xs.size(); j++, i++) {
        float h = cardHeight(xs.get(j));
        // A page that starts with a step's later drills names the step above them, so that a
        // client with that page alone can tell which step they belong to. A card too long for a
        // page under that name starts where its name and first lines fit, and flows over.
        boolean flows = !continuedFits(ph, n, h);
        if (j > 0 && (i == breakBefore || c.y - (flows ? cardStart(xs.get(j)) : h) < c.bottom())) {
          c.newPage();
          continuedHeader(ph, n);
        }
        drillCard(xs.get(j), ph, n);
      }
      n++;
    }
    compact = false;
  }

  /** Cards set tighter: see {@link #drills}. */
  private boolean compact;

  /** The side of {@code url}'s video code: 62 pt, or as {@link QrCode#tightSide} when set tighter. */
  private float qrSize(String url) {
    return compact ? QrCode.tightSide(qrCodes.apply(url).modules()) : 62;
  }

  /** Air below a card. */
  private float cardGap() {
    return compact ? 6 : 10;
  }

  /** Room under a video code for its caption. */
  private float captionH() {
    return compact ? 11 : 12;
  }

  /**
   * How the drills fall on pages: how many pages they use from the cursor's, and how many
   * cards are on the last and on the one before; all 0 when a card is longer than a page (it
   * flows over).
   */
  private record Paging(int pages, int lastPageItems, int pageBeforeItems) {}

  /** Paginates the drills as {@link #drills} will draw them. */
  private Paging paginate(Map<String, Phase> phases, Map<String, List<Prescription>> byPhase) throws IOException {
    return paginate(phases, byPhase, -1);
  }

  /** As above, with a new page forced before card {@code breakBefore} (0-based; -1: none). */
  private Paging paginate(Map<String, Phase> phases, Map<String, List<Prescription>> byPhase, int breakBefore)
      throws IOException {
    float y = c.y;
    int pages = 1, onPage = 0, before = 0;
    float full = c.top() - c.bottom();
    int n = 1, i = 0;
    for (Map.Entry<String, List<Prescription>> e : byPhase.entrySet()) {
      List<Prescription> xs = e.getValue();
      Phase ph = phases.get(e.getKey());
      float head = phaseHeaderHeight(ph, n++);
      float first = xs.isEmpty() ? 0 : cardHeight(xs.get(0));
      if (first > full - head) return new Paging(0, 0, 0);
      if (i == breakBefore || y - (head + first) < c.bottom()) {
        y = c.top();
        pages++;
        before = onPage;
        onPage = 0;
      }
      y -= head;
      for (int j = 0; j < xs.size(); j++, i++) {
        float h = cardHeight(xs.get(j));
        if (j > 0 && !continuedFits(ph, n - 1, h)) return new Paging(0, 0, 0);
        if (i == breakBefore && j > 0 || y - h < c.bottom()) {
          y = c.top() - (j > 0 ? continuedHeight(ph, n - 1) : 0);
          pages++;
          before = onPage;
          onPage = 0;
        }
        y -= h;
        onPage++;
      }
    }
    return new Paging(pages, onPage, before);
  }

  private float phaseHeaderHeight(Phase ph, int n) throws IOException {
    Style name = stepName();
    Style why = Style.body().colored(Style.MUTED);
    return 6 + Canvas.height(c.wrap("Step " + n + " · " + ph.name(), name, c.width()), name)
        + Canvas.height(c.wrap(ph.purpose(), why, c.width()), why) + 4;
  }

  /** A step's name above its drills. */
  private Style stepName() {
    return new Style(true, 12, theme.accentText());
  }

  private String continuedTitle(Phase ph, int n) {
    return "Step " + n + " · " + ph.name() + " (continued)";
  }

  /** The step's name, marked as continued, at the top of a page that goes on with its drills. */
  private float continuedHeight(Phase ph, int n) throws IOException {
    return 6 + Canvas.height(c.wrap(continuedTitle(ph, n), stepName(), c.width()), stepName()) + 4;
  }

  /** Whether a card {@code h} high fits a page below the continued step's name; a longer one flows over. */
  private boolean continuedFits(Phase ph, int n, float h) throws IOException {
    return continuedHeight(ph, n) + h <= c.top() - c.bottom();
  }

  private void continuedHeader(Phase ph, int n) throws IOException {
    c.y -= 6;
    c.paragraph(continuedTitle(ph, n), stepName(), c.left(), c.width());
    c.y -= 4;
  }

  /**
   * A step's heading stays with its first drill ({@code firstCard} high), or with the start of it
   * ({@code firstStart} high, see {@link #cardStart}) when the drill flows over.
   */
  private void phaseHeader(Phase ph, int n, float firstCard, float firstStart) throws IOException {
    Style name = stepName();
    Style why = Style.body().colored(Style.MUTED);
    List<String> w = c.wrap(ph.purpose(), why, c.width());
    float head = phaseHeaderHeight(ph, n);
    // A first drill longer than a page flows over; then the heading needs only a start of it.
    c.ensure(head + (head + firstCard <= c.top() - c.bottom() ? firstCard : firstStart));
    c.y -= 6;
    c.paragraph("Step " + n + " · " + ph.name(), name, c.left(), c.width());
    c.y -= c.lines(w, why, c.left(), c.y) + 4;
  }

  /** The layout of a drill's card, measured before it is drawn. */
  private record Card(Optional<Pictures.Picture> pic, boolean qr, float qrSize, float picW, float picH, float textX,
      List<String> name, List<String> cues, List<String> sub, float h) {}

  /** Each card's layout, as set normally and compact, once per handout: paginating asks again. */
  private final Map<Prescription, Card> cards = new IdentityHashMap<>();
  private final Map<Prescription, Card> compactCards = new IdentityHashMap<>();

  private Card card(Prescription x) throws IOException {
    Map<Prescription, Card> done = compact ? compactCards : cards;
    Card k = done.get(x);
    if (k == null) {
      k = newCard(x);
      done.put(x, k);
    }
    return k;
  }

  private Card newCard(Prescription x) throws IOException {
    Exercise e = x.exercise();
    Optional<Pictures.Picture> pic = pictures.apply(e);
    boolean qr = QrCode.isWebLink(e.videoUrl());
    float picW = pic.isPresent() ? 78 : 0;
    float textX = c.left() + (picW > 0 ? picW + 10 : 0);
    float qrSize = qr ? qrSize(e.videoUrl()) : 0;
    float textW = c.right() - textX - (qr ? qrSize + 14 : 0);
    Style name = new Style(true, 11, Style.INK);
    Style body = Style.body();
    List<String> nameL = c.wrap(e.name(), name, textW);
    List<String> cues = c.wrapKeepingBreaks(e.cues(), body, textW);
    String instead = x.isSubstitute() ? insteadOf.apply(x) : "";
    List<String> sub = instead.isEmpty() ? List.of() : c.wrap(instead, body.colored(Style.MUTED), textW);
    float textH = Canvas.height(nameL, name) + Canvas.height(cues, body) + Canvas.height(sub, body);
    float picH = pic.map(pp -> Math.min(78, picW / pp.aspect())).orElse(0f);
    float h = Math.max(textH, Math.max(picH, qr ? qrSize + captionH() : 0)) + cardGap();
    return new Card(pic, qr, qrSize, picW, picH, textX, nameL, cues, sub, h);
  }

  private float cardHeight(Prescription x) throws IOException {
    return card(x).h();
  }

  /**
   * The height of the start of a card that flows over: its name, picture and video code, and
   * the first lines of its cues, which a page must have room for below a step's heading.
   */
  private float cardStart(Prescription x) throws IOException {
    Card k = card(x);
    float text = Canvas.height(k.name(), new Style(true, 11, Style.INK)) + 3 * Style.body().leading();
    return 6 + Math.max(text, Math.max(k.picH(), k.qr() ? k.qrSize() + captionH() : 0));
  }

  /** A drill's card under step {@code n}, {@code ph}, whose name a page its cues go on to repeats. */
  private void drillCard(Prescription x, Phase ph, int n) throws IOException {
    Exercise e = x.exercise();
    Card k = card(x);
    Optional<Pictures.Picture> pic = k.pic();
    boolean qr = k.qr();
    float qrSize = k.qrSize();
    float picW = k.picW(), picH = k.picH(), textX = k.textX();
    Style name = new Style(true, 11, Style.INK);
    Style body = Style.body();
    List<String> nameL = k.name(), cues = k.cues(), sub = k.sub();
    float h = k.h();
    c.ensure(Math.min(h, cardStart(x)));
    c.line(c.left(), c.y, c.right(), c.y, 0xBFBFBF, 0.5f);
    float top = c.y - 6;
    // A canvas that only measures keeps no picture or video code: where they go is known from
    // the card's layout (the picture itself was read, and a bad one warned about, by card()).
    if (pic.isPresent() && !c.measuring) {
      PDImageXObject img = embed(pic.get());
      float w = Math.min(picW, picH * pic.get().aspect());
      c.cs.image(img, c.left(), top - picH, w, picH);
    }
    float t = top;
    t -= c.lines(nameL, name, textX, t);
    // Cues longer than a page (a trainer's whole write-up in one cell) go on over the next pages.
    boolean overflows = c.y - h < c.bottom();
    if (!overflows) {
      t -= c.lines(cues, body, textX, t);
      c.lines(sub, body.colored(Style.MUTED), textX, t);
    }
    if (qr && !c.measuring) {
      float qx = c.right() - qrSize;
      float qy = top - qrSize;
      QrCode.draw(c.cs, QrCode.form(c.doc, qrCodes.apply(e.videoUrl())), qx, qy, qrSize);
      c.fingerprint(e.videoUrl());
      Style cap = Style.body().sized(9).colored(Style.MUTED);
      c.text("video", cap, qx + (qrSize - c.width("video", cap)) / 2, qy - captionH() + 2);
      link(qx, qy, qrSize, e.videoUrl());
    }
    if (overflows) {
      c.y = t;
      // each page the cues go on to names the step and the drill they belong to
      c.pageHeader = () -> {
        try {
          continuedHeader(ph, n);
          c.paragraph(e.name() + " (continued)", name, textX, c.right() - textX);
        } catch (IOException ex) {
          throw new java.io.UncheckedIOException(ex);
        }
      };
      try {
        c.flow(cues, body, textX);
        c.flow(sub, body.colored(Style.MUTED), textX);
      } finally {
        c.pageHeader = null;
      }
      c.y -= 10;
      return;
    }
    c.y -= h;
  }

  private PDImageXObject embed(Pictures.Picture pic) throws IOException {
    PDImageXObject img = embedded.get(pic);
    if (img == null) {
      img = pic.embed(c.doc);
      embedded.put(pic, img);
    }
    return img;
  }

  private void link(float x, float y, float size, String url) {
    PDAnnotationLink l = new PDAnnotationLink();
    l.setRectangle(new PDRectangle(x, y, size, size));
    PDBorderStyleDictionary none = new PDBorderStyleDictionary();
    none.setWidth(0);
    l.setBorderStyle(none);
    PDActionURI a = new PDActionURI();
    a.setURI(QrCode.asciiLink(url));
    l.setAction(a);
    l.setPrinted(true);
    linksByPage.computeIfAbsent(c.page, k -> new ArrayList<>()).add(l);
  }

  // ---- footers ----------------------------------------------------------------------------

  private static final Style FOOTER = Style.body().sized(9).colored(Style.MUTED);
  /** The footer's lines, top down: each a left and a right part (either may be empty). */
  private List<String[]> footer = List.of();

  /**
   * The trainer's footer on the left and the client's name with the page number on the right,
   * on one line when they fit; else the footer text wraps (at most three lines) and the name
   * goes on its last line, or on a line of its own. Nothing is cut but a footer of more than
   * three lines (of which the trainer is warned: {@link #footerFits}) or a name wider than the page
   * (printed whole on the cover).
   */
  private List<String[]> footerLines(String pageNo) throws IOException {
    String left = brand.footer().isBlank() ? brand.name() : brand.footer();
    String name = Canvas.clean(p.client().name());
    float w = c.width();
    float rightW = c.width(name + pageNo, FOOTER);
    List<String> all = c.wrap(left, FOOTER, w);
    List<String> ls = new ArrayList<>(all.subList(0, Math.min(FOOTER_LINES, all.size())));
    int cut = FOOTER_LINES - 1;
    if (all.size() > FOOTER_LINES) ls.set(cut, c.ellipsize(String.join(" ", all.subList(cut, all.size())), FOOTER, w));
    List<String[]> out = new ArrayList<>();
    for (String l : ls) out.add(new String[] {l, ""});
    String last = out.isEmpty() ? "" : out.get(out.size() - 1)[0];
    if (!out.isEmpty() && c.width(last, FOOTER) + 16 + rightW <= w) {
      out.get(out.size() - 1)[1] = name;
    } else {
      out.add(new String[] {"", name});
    }
    return out;
  }

  private void footers() throws IOException {
    int total = c.pages.size();
    Style st = FOOTER;
    int n = footer.size();
    for (int i = 0; i < total; i++) {
      c.onPage(i);
      float base = Canvas.MARGIN + 3;
      float topLine = base + (n - 1) * st.leading();
      c.line(c.left(), topLine + 11, c.right(), topLine + 11, 0xBFBFBF, 0.5f);
      String pageNo = " · page " + (i + 1) + " of " + total;
      for (int k = 0; k < n; k++) {
        String[] line = footer.get(k);
        float y = topLine - k * st.leading();
        String right = line[1].isEmpty() ? "" : c.ellipsize(line[1], st, c.width() - c.width(pageNo, st)) + pageNo;
        float rw = right.isEmpty() ? 0 : c.width(right, st) + 16;
        if (!line[0].isEmpty()) c.text(c.ellipsize(line[0], st, c.width() - rw), st, c.left(), y);
        if (!right.isEmpty()) c.textRight(right, st, c.right(), y);
      }
    }
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  static String seconds(int s) {
    if (s >= 60 && s % 60 == 0) return s / 60 + " min";
    return s + " s";
  }
}
