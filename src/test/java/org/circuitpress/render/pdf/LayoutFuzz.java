package org.circuitpress.render.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Dose;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.Level;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Phase;
import org.circuitpress.model.Program;
import org.circuitpress.model.Slot;
import org.circuitpress.model.Template;
import org.circuitpress.model.Units;
import org.circuitpress.model.Use;
import org.circuitpress.model.Week;
import org.circuitpress.model.WeekRule;
import org.circuitpress.testing.SampleInputs;

/**
 * Makes one varied, valid program per seed for {@link HandoutLayoutFuzzTest}: a client of the
 * sample library and templates (or of a template made up here), with names, notes, cues and
 * video links from short to very long, in the scripts the bundled font covers, on A4 or Letter.
 */
final class LayoutFuzz {
  private static final Location HERE = Location.ofFile("fuzz");

  /** What a seed made: the program, the renderer's inputs, and a line saying what was varied. */
  record Case(long seed, Program program, Library library, Branding branding, String label) {}

  private final SampleInputs samples;
  private final Path pictures;
  private final Path logo;
  private final FontSet fonts;

  LayoutFuzz(SampleInputs samples, Path pictures) throws IOException {
    this.samples = samples;
    this.pictures = pictures;
    this.fonts = FontSet.bundledOnly();
    picture(pictures.resolve("wide.png"), 400, 160);
    picture(pictures.resolve("tall.png"), 160, 400);
    picture(pictures.resolve("square.png"), 300, 300);
    for (Map.Entry<String, int[]> e : ODD.entrySet()) picture(pictures.resolve(e.getKey()), e.getValue()[0], e.getValue()[1]);
    this.logo = pictures.resolve("logo.png");
    Files.copy(Path.of("input/logo.png"), logo, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Pictures of odd shapes: very wide or tall (down to one pixel across once scaled), and tiny. */
  private static final Map<String, int[]> ODD = Map.of(
      "very-wide.png", new int[] {2000, 40},
      "strip.png", new int[] {1600, 3},
      "very-tall.png", new int[] {40, 2000},
      "needle.png", new int[] {3, 1600},
      "tiny.png", new int[] {2, 2},
      "dot.png", new int[] {1, 1},
      "tiny-wide.png", new int[] {7, 1});

  private static final String[] ODD_NAMES = ODD.keySet().stream().sorted().toArray(String[]::new);

  private static void picture(Path file, int w, int h) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.DARK_GRAY);
    g.fillOval(w / 4, h / 4, w / 2, h / 2);
    g.dispose();
    ImageIO.write(img, "png", file.toFile());
  }

  // ---- words ------------------------------------------------------------------------------

  private static final String[] GIVEN = {
    "Zoë", "Łukasz", "Núñez", "Ana", "Jo", "Al", "Ødegård", "Çağrı", "Şebnem", "Ólafur", "Nguyễn Thị Minh",
    "Maximiliane", "Anastasia-Wilhelmina", "Αλέξανδρος", "Ελένη", "Анастасия", "Ёлкин", "Владимир",
    "Գայանե", "გიორგი", "Dvořák", "Gëzim", "Åsa", "François", "Øystein", "Pál", "Ţuţu", "Ŋuŋ"
  };
  private static final String[] FAMILY = {
    "Martin", "Kowalski", "von Hohenzollern-Sigmaringen-Württemberg", "Παπαδόπουλος", "Кузнецова-Тимошенко",
    "de la Fuente y Núñez", "Ó Súilleabháin", "Łęczycka", "Ng", "O'Brien", "Ivanović", "Ağaoğlu",
    "Բաղդասարյան", "ჯავახიშვილი", "Smith", "Li"
  };
  private static final String[] WORDS = {
    "keep", "the", "ribs", "down", "breathe", "slowly", "through", "nose", "shoulder", "blades", "back", "and",
    "hips", "square", "knee", "over", "toes", "ĉiam", "плечи", "вниз", "ώμοι", "χαλαρά", "stop", "before",
    "pain", "pinching", "or", "numbness;", "never", "rush", "Supercalifragilisticexpialidociousstretching",
    "weight-bearing", "low-back-friendly", "3-1-3-1", "90/90", "(slow)", "“soft”", "knees—not"
  };

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }

  private static String words(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) sb.append(' ');
      sb.append(pick(r, WORDS));
    }
    return sb.toString();
  }

  /** Very short, usual, long, or one word longer than a line. */
  private static String name(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> pick(r, GIVEN);
      case 1, 2 -> pick(r, GIVEN) + " " + pick(r, FAMILY);
      case 3 -> {
        StringBuilder sb = new StringBuilder(pick(r, GIVEN));
        int n = 3 + r.nextInt(8);
        for (int i = 0; i < n; i++) sb.append(r.nextBoolean() ? " " : "-").append(pick(r, r.nextBoolean() ? GIVEN : FAMILY));
        yield sb.toString();
      }
      case 4 -> pick(r, GIVEN).replace(" ", "") + "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwaren".repeat(1 + r.nextInt(2));
      default -> pick(r, GIVEN).substring(0, 1);
    };
  }

  private static String text(Random r, int maxWords, boolean breaks) {
    int n = r.nextInt(maxWords + 1);
    StringBuilder sb = new StringBuilder();
    while (n > 0) {
      int k = Math.min(n, 3 + r.nextInt(25));
      if (sb.length() > 0) sb.append(breaks && r.nextInt(3) == 0 ? (r.nextBoolean() ? "\n" : "\n\n") : " ");
      sb.append(words(r, k)).append('.');
      n -= k;
    }
    return sb.toString();
  }

  // ---- the case ---------------------------------------------------------------------------

  Case make(long seed) {
    Random r = new Random(seed);
    List<String> label = new ArrayList<>();
    // what the media checks added is drawn from a second stream, so that every seed's program is as before
    Random m = new Random(~seed);
    Library lib = library(r, m, label);
    Template synthetic = r.nextInt(3) == 0 ? template(r, lib, label) : null;
    Map<String, Template> templates = new LinkedHashMap<>(samples.catalog().templates());
    if (synthetic != null) templates.put(synthetic.id(), synthetic);
    Catalog catalog = new Catalog(templates, samples.catalog().tracks());
    List<String> programs = new ArrayList<>(samples.catalog().templates().keySet());
    programs.addAll(samples.catalog().tracks().keySet());
    String program = synthetic != null ? synthetic.id() : programs.get(r.nextInt(programs.size()));
    Client c = client(r, seed, program, label);
    org.circuitpress.plan.Planner planner = new org.circuitpress.plan.Planner(lib, catalog);
    Program p = planner.plan(c, null, java.util.Optional.empty(), new org.circuitpress.model.Diagnostics())
        .orElse(null);
    if (p != null && r.nextInt(4) == 0) {
      int rounds = 1 + r.nextInt(r.nextInt(5) == 0 ? 8 : 4);
      p = rounds(p, rounds);
      label.add("every week " + rounds + " rounds");
    }
    Branding b = branding(r, m, label);
    return new Case(seed, p, lib, b, "program " + program + "; " + String.join("; ", label));
  }

  private static Program rounds(Program p, int rounds) {
    List<Week> weeks = new ArrayList<>();
    for (Week w : p.weeks()) weeks.add(new Week(w.number(), w.start(), w.deload(), rounds, w.sessionDates(), w.phases()));
    return new Program(p.client(), p.template(), p.block(), p.trackId(), p.start(), p.end(), weeks, p.notes());
  }

  private Library library(Random r, Random m, List<String> label) {
    int mode = r.nextInt(5);
    label.add(new String[] {"sample drills", "long drill names", "long cues", "pictures and videos", "all long"}[mode]);
    Map<String, Exercise> byId = new LinkedHashMap<>();
    for (Exercise e : samples.library().all()) {
      String name = e.name(), cues = e.cues(), video = e.videoUrl(), image = e.image();
      boolean longNames = mode == 1 || mode == 4, longCues = mode == 2 || mode == 4, media = mode == 3 || mode == 4;
      if (longNames && r.nextInt(3) > 0) {
        name = switch (r.nextInt(4)) {
          case 0 -> name + " " + words(r, 4 + r.nextInt(20));
          case 1 -> name.replace(" ", "") + "Supercalifragilisticexpialidocious".repeat(1 + r.nextInt(3));
          case 2 -> pick(r, GIVEN) + " " + words(r, 3);
          default -> name.substring(0, Math.min(2, name.length()));
        };
      }
      if (longCues && r.nextInt(3) > 0) cues = r.nextInt(8) == 0 ? text(r, 900, true) : text(r, 120, true);
      if (media) {
        video = switch (r.nextInt(4)) {
          case 0 -> "";
          case 1 -> longLink(m, 1 + r.nextInt(320));
          default -> "https://v.example.org/" + e.id();
        };
        image = switch (r.nextInt(4)) {
          case 0 -> m.nextBoolean() ? "wide.png" : pick(m, ODD_NAMES);
          case 1 -> m.nextBoolean() ? "tall.png" : pick(m, ODD_NAMES);
          case 2 -> "square.png";
          default -> "";
        };
      }
      byId.put(e.id(), new Exercise(e.id(), name, e.role(), e.tags(), e.equipment(), e.level(), e.dose(), e.perSide(),
          e.eachHand(), e.tempo(), cues, e.contraindications(), e.easier(), e.harder(), video, image, e.where(),
          e.imageAt()));
    }
    return new Library(byId, pictures);
  }

  /**
   * A long video link: {@code n} x's as before, or one as a video site's share link with its
   * tracking, up to the longest the library keeps, around where the library starts warning of a
   * fine code, or with letters past ASCII in its path and query.
   */
  private static String longLink(Random m, int n) {
    String base = "https://videos.example.org/";
    return switch (m.nextInt(5)) {
      case 0 -> base + "x".repeat(n);
      case 1 -> {
        StringBuilder sb = new StringBuilder("https://www.youtube.example/watch?v=dQw4w9WgXcQ&list=PL");
        int target = 60 + m.nextInt(Exercise.MAX_VIDEO_URL - 60);
        while (sb.length() < target) sb.append("&utm_").append(pick(m, QUERY)).append('=').append(m.nextInt(1_000_000));
        yield sb.substring(0, Math.min(sb.length(), Exercise.MAX_VIDEO_URL));
      }
      case 2 -> {
        // one byte either side of the warning, and the last lengths before it
        int len = Exercise.LONG_VIDEO_URL - 1 - m.nextInt(90) + (m.nextInt(3) == 0 ? 1 : 0);
        yield base + "y".repeat(len - base.length());
      }
      case 3 -> base + "z".repeat(Exercise.MAX_VIDEO_URL - base.length());
      default -> base + "übung/" + "ä".repeat(1 + m.nextInt(n)) + "?titel=Schulterblätter%20zusammen&ß=1";
    };
  }

  private static final String[] QUERY = {"source", "medium", "campaign", "content", "term", "si", "feature"};

  private static final String[] ROLES = {"breathing", "soft-tissue", "mobility", "stability", "strength"};

  /** A template of 1-6 steps of 1-8 places each, 1-4 rounds, with a few week rules. */
  private Template template(Random r, Library lib, List<String> label) {
    int steps = 1 + r.nextInt(6);
    List<Phase> phases = new ArrayList<>();
    int slots = 0;
    for (int i = 1; i <= steps; i++) {
      List<Slot> ss = new ArrayList<>();
      int n = 1 + r.nextInt(r.nextInt(3) == 0 ? 8 : 3);
      for (int j = 0; j < n; j++) {
        DoseUnit u = DoseUnit.values()[r.nextInt(DoseUnit.values().length)];
        int amount = switch (u) {
          case REPS -> 1 + r.nextInt(r.nextInt(10) == 0 ? 200 : 20);
          case SECONDS -> 5 * (1 + r.nextInt(r.nextInt(10) == 0 ? 720 : 36));
          case BREATHS -> 1 + r.nextInt(12);
        };
        String tempo = r.nextInt(3) == 0 ? "" : r.nextInt(6) == 0 ? "2-0-X-0" : (1 + r.nextInt(4)) + "-1-" + (1 + r.nextInt(4)) + "-1";
        ss.add(new Slot("s" + i + "-" + j, pick(r, ROLES), Set.of(), null, new Dose(amount, u, r.nextBoolean()), tempo,
            r.nextInt(4) * 15, r.nextBoolean(), HERE));
        slots++;
      }
      String stepName = r.nextInt(4) == 0 ? words(r, 6 + r.nextInt(20)) : "Step " + pick(r, WORDS);
      phases.add(new Phase(String.valueOf(i), stepName, text(r, r.nextInt(4) == 0 ? 80 : 15, false), ss));
    }
    int weeks = 1 + r.nextInt(8);
    int rounds = 1 + r.nextInt(4);
    List<WeekRule> rules = new ArrayList<>();
    if (r.nextBoolean()) rules.add(new WeekRule.AddDose(2, 0, "all", 1 + r.nextInt(3), 0, HERE));
    if (r.nextBoolean()) rules.add(new WeekRule.SetRounds(2 + r.nextInt(3), 0, "all", 1 + r.nextInt(4), HERE));
    if (r.nextBoolean()) rules.add(new WeekRule.Deload(4, 4, "all", 0, 70, HERE));
    if (r.nextBoolean()) rules.add(new WeekRule.LoadStep(2, 0, "all", 2, HERE));
    if (r.nextInt(4) == 0) rules.add(new WeekRule.UseHarder(3, 0, "all", HERE));
    Set<Use> uses = EnumSet.noneOf(Use.class);
    for (Use u : Use.values()) if (r.nextBoolean()) uses.add(u);
    String name = r.nextInt(3) == 0 ? words(r, 5 + r.nextInt(15)) : "Fuzz circuit";
    label.add("template of " + steps + " steps, " + slots + " places, " + weeks + " weeks, " + rounds + " rounds");
    return new Template("fuzz-template", name, text(r, 30, false), r.nextInt(5) == 0 ? "" : text(r, 60, false), weeks,
        1 + r.nextInt(6), uses, rounds, r.nextInt(5) * 30, phases, rules, HERE);
  }

  private Client client(Random r, long seed, String program, List<String> label) {
    String name = name(r);
    Paper paper = r.nextBoolean() ? Paper.A4 : Paper.LETTER;
    Units units = r.nextBoolean() ? Units.KG : Units.LB;
    Map<String, KitItem> kit = new LinkedHashMap<>();
    if (r.nextInt(4) > 0) kit.put("foam roller", KitItem.plain("foam roller"));
    if (r.nextInt(3) > 0) kit.put("band", new KitItem("band", List.of(), null,
        r.nextBoolean() ? List.of("light", "medium", "heavy") : List.of("extra-heavy-purple")));
    // now and then bells marked in the other unit, which print as "8 kg (18 lb)"
    Units bells = r.nextInt(4) == 0 ? (units == Units.KG ? Units.LB : Units.KG) : units;
    if (r.nextInt(3) > 0) kit.put("kettlebell", new KitItem("kettlebell",
        bells == Units.KG ? List.of(8.0, 12.0, 16.0, 20.0, 24.0) : List.of(18.0, 26.0, 35.0), bells, List.of()));
    if (r.nextInt(3) > 0) kit.put("dumbbell", new KitItem("dumbbell",
        units == Units.KG ? List.of(2.5, 5.0, 7.5, 12.5) : List.of(5.0, 10.0, 15.0, 22.5), units, List.of()));
    for (String plain : List.of("dowel", "mini band", "step", "massage ball")) if (r.nextBoolean()) kit.put(plain, KitItem.plain(plain));
    Set<String> limitations = new HashSet<>();
    for (String l : List.of("shoulder", "low back", "knee", "wrist", "pregnancy", "osteoporosis")) {
      if (r.nextInt(5) == 0) limitations.add(l);
    }
    String notes = switch (r.nextInt(5)) {
      case 0, 1 -> "";
      case 2 -> words(r, 3);
      case 3 -> text(r, 120, true);
      default -> text(r, 700, true);
    };
    // mostly what the task names (1-8 weeks, 1-6 sessions), now and then the roster's limits (16, 7)
    Integer weeks = r.nextInt(3) == 0 ? null : 1 + r.nextInt(r.nextInt(8) == 0 ? 16 : 8);
    Integer sessions = r.nextInt(3) == 0 ? null : 1 + r.nextInt(r.nextInt(8) == 0 ? 7 : 6);
    Level level = Level.values()[r.nextInt(3)];
    LocalDate start = LocalDate.of(2026, 12, 1).plusDays(r.nextInt(60));
    label.add(paper.label() + ", " + units + ", " + level + ", weeks " + weeks + ", sessions " + sessions + ", kit "
        + kit.keySet() + ", limitations " + limitations + ", notes " + notes.length() + " chars, name \"" + name + "\"");
    return new Client("f-" + seed, name, program, start, level, weeks, sessions, new Kit(kit), limitations, Set.of(),
        units, paper, notes, "", Location.ofRow("roster.csv", null, 2));
  }

  private Branding branding(Random r, Random m, List<String> label) {
    if (r.nextInt(3) > 0) return Branding.DEFAULT;
    int[] accents = {0x1F4E79, 0x2E6F57, 0xFFD700, 0xFF0000, 0x00FFFF, 0x000000, 0xFFFFFF, 0x888888};
    int accent = accents[r.nextInt(accents.length)];
    String name = r.nextBoolean() ? "Riverside Strength" : words(r, 3 + r.nextInt(20));
    String contact = r.nextBoolean() ? "" : words(r, r.nextInt(30));
    String footer = r.nextBoolean() ? "" : words(r, r.nextInt(60));
    label.add(String.format("branding #%06X, name %d chars, contact %d, footer %d", accent, name.length(),
        contact.length(), footer.length()));
    return new Branding(name, r.nextBoolean() ? logo(m) : null, accent, contact, footer, null);
  }

  /** The sample's logo, or now and then a picture of an odd shape. */
  private Path logo(Random m) {
    return m.nextInt(3) > 0 ? logo : pictures.resolve(pick(m, ODD_NAMES));
  }

  /** Whether the bundled fonts draw every character of {@code s}: the generator's words must be. */
  boolean covered(String s) {
    return s.codePoints().allMatch(cp -> Character.isWhitespace(cp) || fonts.regular.covers(cp));
  }

  static String allWords() {
    return String.join(" ", GIVEN) + " " + String.join(" ", FAMILY) + " " + String.join(" ", WORDS);
  }
}
