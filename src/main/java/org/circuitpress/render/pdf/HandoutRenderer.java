package org.circuitpress.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Words;
import org.circuitpress.plan.Ruling;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Client;
import org.circuitpress.model.ClientCells;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;
import org.circuitpress.model.Template;
import org.circuitpress.model.Week;

/**
 * Writes a client's PDF handout. One renderer serves every client and thread of a run: fonts,
 * logo and drill images are read once; {@link #render} only builds and writes a document.
 *
 * <p>The output is byte-identical for the same inputs: the document dates are the block's start
 * date, the /ID is a hash of everything drawn, font subset tags are a checksum of the glyphs
 * used, and fields carry no generated names.
 */
public final class HandoutRenderer {
  private static final int LOGO_PX = 600;
  /**
   * zlib level for every stream of a handout. Deflating is the largest single cost of a handout;
   * level 1 takes about half the time of zlib's default 6 for about 9 % more bytes (87 kB against
   * 80 kB for a 15-page upper-back handout, measured in docs/performance.md), which no one printing
   * or mailing a handout notices. Every stream of a handout is deflated by this package (pages,
   * fonts, object streams, the cross-reference stream), so the level is ours alone: nothing is
   * set for PDFBox or for the rest of the JVM.
   */
  static final int DEFLATE_LEVEL = 1;

  private static final int IMAGE_PX = 400;

  private final Branding branding;
  private final FontSet fonts;
  private final Theme theme;
  private final Pictures.Picture logo;
  private final Path imageFolder;
  /** Drills by id, to say which drill a substitute replaces and why; empty without a library. */
  private final Map<String, Exercise> drills;
  private final ConcurrentHashMap<String, Optional<Pictures.Picture>> images = new ConcurrentHashMap<>();
  /** Every client of a run links the same few videos: each code is encoded once. */
  private final ConcurrentHashMap<String, QrCode.Drawing> qrCodes = new ConcurrentHashMap<>();
  /** The lines {@link #check} has wrapped, for every client of the run. */
  private final Canvas.Wraps measured = new Canvas.Wraps();
  /** The ids of the templates whose characters no font draws were said once for the run ({@link #warnTemplates}). */
  private final Set<String> templatesSaid = ConcurrentHashMap.newKeySet();

  /** A renderer without drill images (no library folder to resolve them against). */
  public HandoutRenderer(Branding b, Diagnostics d) {
    this(b, (Path) null, d);
  }

  /**
   * @param imageFolder the exercise library's folder ({@code Library.folder()}); drill images are
   *     resolved against it and may not leave it. Null means "print no drill images".
   */
  public HandoutRenderer(Branding b, Path imageFolder, Diagnostics d) {
    this(b, imageFolder, Map.of(), d);
  }

  /**
   * A renderer for drills of {@code library}: images resolve against its folder and a substitute
   * names the drill it replaces by that drill's name rather than its id.
   */
  public HandoutRenderer(Branding b, Library library, Diagnostics d) {
    this(b, library.folder(), Map.copyOf(library.byId()), d);
  }

  private HandoutRenderer(Branding b, Path imageFolder, Map<String, Exercise> drills, Diagnostics d) {
    this.branding = b == null ? Branding.DEFAULT : b;
    this.imageFolder = imageFolder;
    this.drills = drills;
    this.theme = Theme.of(branding.accentRgb());
    this.fonts = loadFonts(branding.fallbackFont(), d);
    this.logo = loadLogo(branding.logo(), d);
    checkBrandFits(d);
    warnLibraryAndBranding(d);
  }

  /**
   * Said once a run, for the run (not for one client), at the branding file's cell: a studio name
   * or contact longer than the cover's header holds on some paper, or a footer longer than the
   * foot of every page holds, where it is cut with "…".
   */
  private void checkBrandFits(Diagnostics d) {
    List<String> longName = new ArrayList<>();
    List<String> longContact = new ArrayList<>();
    List<String> longFooter = new ArrayList<>();
    for (Paper paper : Paper.values()) {
      try (PDDocument doc = new PDDocument()) {
        Canvas c = new Canvas(doc, paper, fonts);
        if (!Handout.nameFits(c, branding, logo)) longName.add(paper.label());
        if (!Handout.contactFits(c, branding, logo)) longContact.add(paper.label());
        if (!Handout.footerFits(c, branding)) longFooter.add(paper.label());
      } catch (IOException e) {
        return; // measuring failed: the handouts still cut what does not fit
      }
    }
    tooLong(d, branding.nameAt(), "name", "the handout's header", longName, Handout.BRAND_NAME_LINES);
    tooLong(d, branding.contactAt(), "contact", "the handout's header", longContact, Handout.BRAND_CONTACT_LINES);
    tooLong(d, branding.footerAt(), "footer", "the foot of a handout's page", longFooter, Handout.FOOTER_LINES);
  }

  private static void tooLong(Diagnostics d, Location at, String what, String place, List<String> papers, int lines) {
    if (papers.isEmpty()) return;
    // a branding made in code, not read from a file, has no cell to name
    d.warning(at == null ? Location.ofFile("branding") : at, "the studio's " + what + " is longer than " + place
        + " holds on " + String.join(" and ", papers) + " paper (" + lines + " lines); the rest is cut and the"
        + " last line ends in \"…\". Shorten it to show it all");
  }

  /**
   * The line under a substitute, said to the client: "Instead of Foam roll lats: it needs a foam
   * roller". The reason comes from why the replaced drill is ruled out for this client; without
   * the library the planner's own reason is printed. Empty when the library has no drill of that
   * id (a slot whose role no drill has, filled by the fallback): that is between the template and
   * the library, for the trainer's report, not the client's handout.
   */
  String insteadOf(Prescription x, Client c) {
    return insteadOf(x, c, drills);
  }

  /** {@link #insteadOf(Prescription, Client)} with {@code drills}, the library's drills by id (empty without one). */
  static String insteadOf(Prescription x, Client c, Map<String, Exercise> drills) {
    Exercise replaced = drills.get(x.substituteFor());
    if (replaced == null && !drills.isEmpty()) return "";
    if (replaced == null) {
      String name = x.substituteFor().replace('-', ' ').replace('_', ' ');
      return "Instead of " + name + (x.why().isBlank() ? "" : ": " + x.why());
    }
    return "Instead of " + replaced.name() + Ruling.of(replaced, c).map(r -> ": " + forClient(r)).orElse("");
  }

  private static String forClient(Ruling r) {
    return switch (r.kind()) {
      case EXCLUDED -> "your trainer chose another drill for you";
      case EQUIPMENT -> "it needs " + r.missingSaid(HandoutRenderer::withArticle);
      case LEVEL -> "this one suits your level";
      case LIMITATION -> limitationSaid(r.items());
    };
  }

  /**
   * Limitations of the shipped library that name a movement to keep away from rather than a part
   * of the body or a condition, as a client reads them: "given your overhead" says nothing.
   */
  private static final Map<String, String> MOVEMENTS =
      Map.of("overhead", "reaching overhead", "rotation", "turning the spine far");

  /** "a safer choice given your shoulder", "a safer choice, as you avoid reaching overhead", or both. */
  static String limitationSaid(List<String> items) {
    List<String> parts = items.stream().filter(i -> !MOVEMENTS.containsKey(i)).toList();
    List<String> moves = items.stream().filter(MOVEMENTS::containsKey).map(MOVEMENTS::get).toList();
    String said = "a safer choice";
    if (!parts.isEmpty()) said += " given your " + Words.and(parts);
    if (!moves.isEmpty()) said += ", as you avoid " + String.join(" and ", moves);
    return said;
  }

  private static String withArticle(String item) {
    return ("aeiou".indexOf(item.charAt(0)) >= 0 ? "an " : "a ") + item;
  }

  /** An OpenType font whose glyphs are PostScript outlines starts with the tag "OTTO". */
  private static boolean hasPostScriptOutlines(Path font) {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(font)) {
      return Arrays.equals(in.readNBytes(4), new byte[] {'O', 'T', 'T', 'O'});
    } catch (IOException e) {
      return false;
    }
  }

  private static FontSet loadFonts(Path fallback, Diagnostics d) {
    if (fallback == null) return FontSet.bundledOnly();
    try {
      return FontSet.load(fallback);
    } catch (IOException | RuntimeException e) {
      String why = hasPostScriptOutlines(fallback)
          ? "the fallback font has PostScript (CFF) outlines, which cannot be embedded here; use a .ttf"
              + " (or an .otf with TrueType outlines) of the same family"
          : "the fallback font cannot be read as a TrueType font";
      d.warning(Location.ofFile(fallback.toString()), why + "; characters the bundled font lacks print as a plain"
          + " equivalent (a tick, an arrow), are left out (emoji) or print as \"?\" (letters)");
      return FontSet.bundledOnly();
    }
  }

  private static Pictures.Picture loadLogo(Path file, Diagnostics d) {
    if (file == null) return null;
    try {
      if (!java.nio.file.Files.isRegularFile(file)) throw new Pictures.Unusable("logo file not found");
      return Pictures.read(file, LOGO_PX);
    } catch (Pictures.Unusable e) {
      d.warning(Location.ofFile(file.toString()), e.getMessage() + "; handouts are made without the logo");
      return null;
    }
  }

  /**
   * Writes {@code p}'s handout to {@code out} (not closed). Problems with the client's text or
   * the library's images are warnings in {@code d}; the handout is still written.
   *
   * @throws IOException only when {@code out} cannot be written
   */
  public void render(Program p, OutputStream out, Diagnostics d) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      Canvas canvas = new Canvas(doc, p.client().paper(), fonts);
      Handout h = handout(canvas, p, d);
      h.draw();
      COSDictionary trailer = trailer(p, canvas);
      if (!canvas.missing.isEmpty()) warnMissing(p, canvas.missing, d);
      checkLength(p, h.openingPages(), h.longCards(), canvas.pages.size(), d);
      PdfFile.write(trailer, out, DEFLATE_LEVEL);
    }
  }

  private Handout handout(Canvas canvas, Program p, Diagnostics d) {
    return new Handout(canvas, p, theme, branding, logo, e -> picture(e, d), this::qrCode,
        x -> insteadOf(x, p.client()));
  }

  /** Pages the cover and the drills of a handout usually take, at most, before its weeks. */
  static final int USUAL_OPENING_PAGES = 4;

  /** The most pages the weeks of {@code p} usually take: one for each session's log and one for each week's targets. */
  static int usualWeekPages(Program p) {
    return p.weeks().stream().mapToInt(w -> w.sessions() + 1).sum();
  }

  /**
   * The most pages a handout of {@code p} usually has. The sample's handouts take half to three
   * quarters of it; a circuit too long for a session's log to fit on a page, or cues of a page
   * each, go over it.
   */
  static int usualPages(Program p) {
    return USUAL_OPENING_PAGES + usualWeekPages(p);
  }

  /**
   * A warning for the trainer, at the client's roster row, when the handout runs longer than
   * {@link #usualPages}: it is about to be printed at home. It says which part runs long: the
   * cover and the drills ({@code opening} pages), naming the library's rows of the drills with
   * the tallest cards ({@code longCards}), or the weeks.
   */
  private static void checkLength(Program p, int opening, List<Exercise> longCards, int pages, Diagnostics d) {
    int usual = usualPages(p);
    if (pages <= usual) return;
    int sessions = p.weeks().stream().mapToInt(Week::sessions).sum();
    StringBuilder m = new StringBuilder("client " + p.client().id() + ": the handout runs to " + pages
        + " pages, where " + Handout.plural(p.weeks().size(), "week") + " and " + Handout.plural(sessions, "session")
        + " usually take at most " + usual + " (" + USUAL_OPENING_PAGES + " for the cover and the drills, and a page"
        + " for each session and each week's targets).");
    if (opening > USUAL_OPENING_PAGES) {
      m.append(" Its cover and drills take ").append(opening)
          .append(" pages: shorter notes for the client, or shorter cues of the drills, make them shorter.");
      if (!longCards.isEmpty()) {
        m.append(longCards.size() == 1 ? " The drill that takes most room is at " : " The drills that take most room are at ");
        for (int i = 0; i < longCards.size(); i++) {
          Exercise e = longCards.get(i);
          m.append(i == 0 ? "" : i == longCards.size() - 1 ? " and " : ", ")
              .append(e.where()).append(" (").append(e.name()).append(')');
        }
        m.append('.');
      }
    }
    if (pages - opening > usualWeekPages(p)) {
      int drills = p.weeks().stream().mapToInt(w -> w.circuit().size()).max().orElse(0);
      int rounds = p.weeks().stream().mapToInt(Week::rounds).max().orElse(0);
      m.append(" Its weeks take ").append(pages - opening).append(" pages, for a circuit of ")
          .append(Handout.plural(drills, "drill")).append(" in up to ").append(Handout.plural(rounds, "round"))
          .append(": fewer drills or rounds in template ").append(p.template().id())
          .append(", or a shorter block, make them shorter.");
    }
    d.add(Diagnostic.warning(p.client().where(), m.append(" Look it over before it is printed").toString())
        .forClient(p.client().id()));
  }

  private QrCode.Drawing qrCode(String url) {
    return qrCodes.computeIfAbsent(url, u -> QrCode.drawing(QrCode.encode(u)));
  }

  private Optional<Pictures.Picture> picture(Exercise e, Diagnostics d) {
    if (imageFolder == null || e.image().isBlank()) return Optional.empty();
    return images.computeIfAbsent(e.image(), key -> {
      try {
        return Optional.of(Pictures.read(Pictures.inside(imageFolder, key), IMAGE_PX));
      } catch (Pictures.Unusable u) {
        d.add(Diagnostic.warning(e.imageAt(), u.getMessage() + "; the handouts show " + e.id() + " without it"));
        return Optional.empty();
      }
    });
  }

  /** The file's trailer: the canvas's catalog, the document information and the /ID. */
  private COSDictionary trailer(Program p, Canvas canvas) {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(p.template().name() + ", block " + p.block() + ": " + p.client().name());
    info.setAuthor(branding.name());
    info.setSubject(p.template().goal());
    info.setCreator("CircuitPress");
    info.setProducer("CircuitPress");
    Calendar when = GregorianCalendar.from(p.start().atStartOfDay(ZoneOffset.UTC));
    when.setTimeZone(TimeZone.getTimeZone("UTC"));
    info.setCreationDate(when);
    info.setModificationDate(when);
    canvas.fingerprint(p.client().id() + "|" + p.client().paper() + "|" + p.start());
    byte[] id = Arrays.copyOf(canvas.fingerprint(), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    COSDictionary trailer = new COSDictionary();
    trailer.setItem(COSName.ROOT, canvas.catalog);
    trailer.setItem(COSName.INFO, info.getCOSObject());
    trailer.setItem(COSName.ID, ids);
    return trailer;
  }

  /**
   * The warning {@link #render} gives for characters no font draws, found without rendering, for
   * a dry run: in the texts a handout draws from the inputs (the client's name and notes, the
   * template's and its steps' words, the drills' names and cues and the names of the drills they
   * replace). The characters may be listed in another order than rendering finds them.
   *
   * <p>And the warning of a handout longer than usual: its pages are laid out in memory as {@link
   * #render} lays them out, so the count is the one the real run finds, but nothing drawn is kept
   * (no page content, text, pictures, video codes, form fields or fingerprint), finished, deflated
   * or written, and the lines wrapped for one client serve the next ({@link Canvas.Wraps}).
   */
  public void check(Program p, Diagnostics d) {
    try (PDDocument doc = new PDDocument()) {
      Canvas canvas = new Canvas(doc, p.client().paper(), fonts, measured);
      Handout h = handout(canvas, p, d);
      h.layOut();
      checkLength(p, h.openingPages(), h.longCards(), canvas.pages.size(), d);
    } catch (IOException e) {
      // nothing is read or written: only a fault of the layout itself, which a real run meets too
      throw new java.io.UncheckedIOException(e);
    }
    Set<Integer> missing = new LinkedHashSet<>();
    for (Source t : sources(p)) fonts.printable(Canvas.clean(t.text()), missing);
    if (!missing.isEmpty()) warnMissing(p, missing, d);
  }

  /** A text the trainer typed, where it was typed, and what to call it in a warning. */
  private record Source(Location at, String what, String text) {}

  /**
   * The texts a handout draws from the client's row and the template, each at the cell to change:
   * the client's name and notes; the template's and its steps' words unless they were said once
   * for the run ({@link #warnTemplates}); and the drills' names and cues when the renderer has no
   * library, whose cells {@link #warnLibraryAndBranding} looks at once a run.
   */
  private List<Source> sources(Program p) {
    List<Source> texts = new ArrayList<>();
    Client c = p.client();
    texts.add(new Source(c.at(ClientCells.NAME), "client " + c.id() + "'s name", c.name()));
    texts.add(new Source(c.at(ClientCells.NOTES), "client " + c.id() + "'s notes", c.notes()));
    if (!templatesSaid.contains(p.template().id())) texts.addAll(templateTexts(p.template()));
    p.weeks().stream().flatMap(w -> w.circuit().stream()).map(Prescription::exercise).distinct()
        .filter(e -> !drills.containsKey(e.id()))
        .forEach(e -> drillTexts(e).forEach(texts::add));
    return texts;
  }

  /** The template's words a handout prints: its name, description and goal, and its steps' names and purposes. */
  private static List<Source> templateTexts(Template t) {
    List<Source> texts = new ArrayList<>();
    String template = "template " + t.id();
    texts.add(new Source(t.where(), template, String.join("\n", t.name(), t.description(), t.goal())));
    t.phases().forEach(ph -> texts.add(new Source(t.where(), template, ph.name() + "\n" + ph.purpose())));
    return texts;
  }

  private static List<Source> drillTexts(Exercise e) {
    return List.of(new Source(e.nameAt(), "drill " + e.id() + "'s name", e.name()),
        new Source(e.cuesAt(), "drill " + e.id() + "'s cues", e.cues()));
  }

  /**
   * Said once a run, at each cell of the library and the branding file with characters no font
   * of the handout draws, rather than for every client who gets the drill or the header: the
   * cell is where the trainer changes them.
   */
  private void warnLibraryAndBranding(Diagnostics d) {
    List<Source> texts = new ArrayList<>();
    Location brand = Location.ofFile("branding");
    texts.add(new Source(branding.nameAt() == null ? brand : branding.nameAt(), "the studio's name", branding.name()));
    texts.add(new Source(branding.contactAt() == null ? brand : branding.contactAt(), "the studio's contact",
        branding.contact()));
    texts.add(new Source(branding.footerAt() == null ? brand : branding.footerAt(), "the footer", branding.footer()));
    drills.values().stream()
        .sorted(Comparator.comparing((Exercise e) -> e.where().row()).thenComparing(Exercise::id))
        .forEach(e -> drillTexts(e).forEach(texts::add));
    for (Source t : texts) {
      Set<Integer> missing = new LinkedHashSet<>();
      fonts.printable(Canvas.clean(t.text()), missing);
      if (!missing.isEmpty()) d.add(undrawn(t.at(), t.what(), missing, "every handout"));
    }
  }

  /**
   * Said once a run, at each template's file, for the characters of its words (its name,
   * description and goal, its steps' names and purposes) that no font of the handout draws, rather
   * than for every client who follows it: the template is where the trainer changes them. Those
   * templates' characters are then left out of each client's warnings ({@link #warnMissing}).
   */
  public void warnTemplates(Collection<Template> templates, Diagnostics d) {
    for (Template t : templates) {
      Set<Integer> missing = new LinkedHashSet<>();
      for (Source s : templateTexts(t)) fonts.printable(Canvas.clean(s.text()), missing);
      if (!missing.isEmpty()) d.add(undrawn(t.where(), "template " + t.id(), missing, "every handout made from it"));
      templatesSaid.add(t.id());
    }
  }

  /**
   * The client's warnings for characters no font draws: one at each cell of the client's row or
   * the template that holds some, saying what the handout prints instead. Characters of the
   * library and the branding were said once for the run ({@link #warnLibraryAndBranding}), as
   * were those of a template {@link #warnTemplates} was given; any found nowhere else are said at
   * the client's row.
   */
  private void warnMissing(Program p, Set<Integer> missing, Diagnostics d) {
    Map<String, Set<Integer>> byText = new LinkedHashMap<>();
    Map<String, Location> cells = new HashMap<>();
    Set<Integer> placed = new HashSet<>();
    for (Source t : sources(p)) {
      Canvas.clean(t.text()).codePoints().filter(missing::contains).forEach(cp -> {
        placed.add(cp);
        byText.computeIfAbsent(t.what(), k -> new LinkedHashSet<>()).add(cp);
        cells.putIfAbsent(t.what(), t.at());
      });
    }
    Set<Integer> library = new HashSet<>();
    drills.values().forEach(e -> (e.name() + e.cues()).codePoints().forEach(library::add));
    (branding.name() + branding.contact() + branding.footer()).codePoints().forEach(library::add);
    if (templatesSaid.contains(p.template().id())) {
      templateTexts(p.template()).forEach(t -> t.text().codePoints().forEach(library::add));
    }
    Set<Integer> rest = new LinkedHashSet<>(missing);
    rest.removeAll(placed);
    rest.removeAll(library);
    if (!rest.isEmpty()) {
      String other = "client " + p.client().id() + "'s other text";
      byText.put(other, rest);
      cells.put(other, p.client().where());
    }
    byText.forEach((what, cps) -> d.add(undrawn(cells.get(what), what, cps, "the handout").forClient(p.client().id())));
  }

  /**
   * {@code drill squat's cues: the handout's font lacks "🔥💪" (U+1F525 U+1F4AA), left out; "✅"
   * (U+2705), printed as "✓" (in every handout) ...}: a note when
   * every character has a plain stand-in or only decorates, a warning when one prints as "?".
   */
  private Diagnostic undrawn(Location at, String what, Set<Integer> cps, String where) {
    Map<String, Set<Integer>> byStandIn = new LinkedHashMap<>();
    for (int cp : cps) byStandIn.computeIfAbsent(StandIns.of(cp, fonts::draws), k -> new LinkedHashSet<>()).add(cp);
    String said = byStandIn.entrySet().stream()
        .map(e -> quoted(e.getValue()) + (e.getKey().isEmpty() ? ", left out" : ", printed as \"" + e.getKey() + "\""))
        .collect(Collectors.joining("; "));
    String text = what + ": the handout's font lacks " + said + " (in " + where + "). A fallback_font in the"
        + " branding file that has them prints them as typed";
    return byStandIn.containsKey("?") ? Diagnostic.warning(at, text) : Diagnostic.info(at, text);
  }

  /** {@code "张伟" (U+5F20 U+4F1F)}. */
  private static String quoted(Set<Integer> cps) {
    String chars = cps.stream().map(Character::toString).collect(Collectors.joining());
    String codes = cps.stream().map(cp -> String.format("U+%04X", cp)).collect(Collectors.joining(" "));
    return "\"" + chars + "\" (" + codes + ")";
  }
}
