package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.circuitpress.batch.Workspace;
import org.circuitpress.testing.FilledLogs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise to trainers, checked on seeded, damaged copies of the sample inputs and of a month
 * of returned logs ({@link FuzzMutations}, {@link FuzzHandouts}): whatever is wrong in a file,
 * the real {@code generate}, {@code validate} and {@code export-logs} end with exit code 0, 1 or
 * 2 as documented, print no stack trace or exception class name, name the file (and the cell,
 * where a value is quoted) of every problem, make every client that the change did not touch, and
 * leave the input files and the filled logs as they were.
 *
 * <p>A fixed set of seeds runs by default, among them each seed that found a defect. To run more:
 * {@code mvn -B -o test -Dtest=InputFuzzTest -Dcircuitpress.fuzz.cases=500
 * -Dcircuitpress.fuzz.from=1000} (with {@code -Dcircuitpress.fuzz.focus=handouts} the returned logs are
 * returned handouts as {@link #AS_RETURNED} says); the findings are also written to
 * {@code target/fuzz-findings-inputs.txt} and {@code target/fuzz-findings-logs.txt}.
 */
class InputFuzzTest {
  /**
   * Seeds of changed rosters, libraries and branding files run by default. Seed 6 found that a
   * range merged over cells that still hold values was said to read them as empty (MergedValues);
   * seed 40186 that the warning of a studio's contact too long for the handout's header named no file.
   */
  static final long[] INPUT_SEEDS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 40186};
  /** Seeds of changed returned logs run by default. */
  static final long[] LOG_SEEDS = {1, 2, 3, 4};

  static final int MORE = Integer.getInteger("circuitpress.fuzz.cases", 0);
  static final long FROM = Long.getLong("circuitpress.fuzz.from", 1000);
  /**
   * With {@code handouts}, the returned-log cases change only handouts, and the way the reading of
   * them was last changed for ({@link FuzzHandouts#mutateAsReturned}), or take a client's log and
   * handout away, after which the report must say that none came back. The fixed seeds keep their
   * changes without it.
   */
  static final boolean AS_RETURNED = "handouts".equals(System.getProperty("circuitpress.fuzz.focus"));
  /** Only this seed (with {@code circuitpress.fuzz.cases=1}), its files kept in {@code circuitpress.fuzz.dir}. */
  static final String KEEP = System.getProperty("circuitpress.fuzz.dir");

  /** The columns of a log a client writes in, which changes to a log favour. */
  static final List<String> WHITE_CELLS = List.of("Done", "Actual", "Actual load (kg)", "Actual load (lb)", "RPE", "Notes",
      "Date done");

  private static final Pattern TRACE = Pattern.compile(
      "(?m)^\\s+at [\\w$.]+\\(|\\b[A-Z]\\w*(Exception|Error)\\b|internal error|did not expect|\\bjava\\.|org\\.apache\\."
          + "|org\\.circuitpress\\.|NullPointer|IndexOutOfBounds");
  private static final Pattern COUNTS = Pattern.compile(
      "(\\d+) clients?: (\\d+) done, (\\d+) kept a filled or changed file, (\\d+) skipped, (\\d+) failed; (\\d+) errors?");
  /** A line's place in a table: a cell, a row, a sheet or a form field, after the file. */
  private static final Pattern PLACED = Pattern.compile("^[^:]+: (?:[^:!]+!)?(?:\\$?[A-Z]{1,3}\\$?\\d+|row \\d+|rows? \\d+|field \\S+|sheet )");

  @TempDir static Path shared;
  @TempDir Path tmp;

  static Path templates = Path.of("templates").toAbsolutePath();
  static List<String> sampleIds;
  /** December of the first sample clients with two filled logs, and what January makes of it unchanged. */
  static Path month;
  static Map<String, String> januaryStatus;

  @BeforeAll
  static void samples() throws IOException {
    Assumptions.assumeTrue(Files.exists(Path.of("input/roster.xlsx")) && Files.exists(Path.of("input/csv/roster.csv"))
        && Files.isDirectory(templates), "the sample inputs are in input/ and templates/");
    sampleIds = SampleRunTest.sampleIds();
  }

  /** The seeds to run: the fixed ones, and {@code circuitpress.fuzz.cases} more from {@code circuitpress.fuzz.from}. */
  private static List<Long> seeds(long[] fixed) {
    List<Long> all = new ArrayList<>();
    if (KEEP == null) for (long s : fixed) all.add(s);
    for (long s = FROM; s < FROM + MORE; s++) all.add(s);
    return all;
  }

  @Test
  void changedRostersLibrariesAndBrandingKeepThePromise() throws IOException {
    Findings findings = new Findings("inputs");
    for (long seed : seeds(INPUT_SEEDS)) findings.addAll(seed, inputCase(seed));
    findings.assertNone();
  }

  @Test
  void changedReturnedLogsKeepThePromise() throws IOException {
    december();
    Findings findings = new Findings("logs");
    for (long seed : seeds(LOG_SEEDS)) findings.addAll(seed, logCase(seed));
    findings.assertNone();
  }

  // ---- rosters, libraries, branding

  private List<String> inputCase(long seed) throws IOException {
    Random rnd = new Random(seed);
    Path dir = Files.createDirectories(root().resolve("in-" + seed));
    Path input = Files.createDirectories(dir.resolve("input"));
    Path roster = copy(rnd.nextBoolean() ? "input/roster.xlsx" : "input/csv/roster.csv", input);
    Path library = copy(rnd.nextBoolean() ? "input/exercises.xlsx" : "input/csv/exercises.csv", input);
    Path branding = copy("input/branding.csv", input);
    Path logo = copy("input/logo.png", input);
    FuzzMutations.Done done = new FuzzMutations.Done();
    int target = rnd.nextInt(20);
    String what;
    if (target < 10) {
      what = roster.getFileName().toString();
      done = new FuzzMutations(rnd).mutate(roster, roster.toString().endsWith(".xlsx") ? "Clients" : null, List.of());
    } else if (target < 16) {
      what = library.getFileName().toString();
      done = new FuzzMutations(rnd).mutate(library, library.toString().endsWith(".xlsx") ? "Exercises" : null, List.of());
    } else if (target < 19) {
      what = branding.getFileName().toString();
      done = new FuzzMutations(rnd).mutate(branding, null, List.of());
    } else {
      what = logo.getFileName().toString();
      new FuzzMutations(rnd).bytes(logo, done);
    }
    String label = what + ": " + done;
    Map<Path, String> before = checksums(input, templates);
    Path out = dir.resolve("out");
    String[] files = {"--roster", roster.toString(), "--library", library.toString(), "--branding", branding.toString(),
        "--templates", templates.toString(), "--out", out.toString(), "--month", "2026-12"};

    List<String> problems = new ArrayList<>();
    label = seed + " " + label;
    Result generate = run(concat(new String[] {"generate", "--threads", "2"}, files));
    problems.addAll(check("generate", label, generate, dir, out.resolve("2026-12"), done));
    if (generate.exit == 2) {
      if (!Workspace.files(out).isEmpty()) problems.add(label + ": generate exit 2 but wrote " + Workspace.files(out));
    } else if (target < 10 && !done.wholeFile) {
      // one bad client never stops the others: every row the change did not touch gets its program
      for (int i = 0; i < sampleIds.size(); i++) {
        if (done.rows.contains(i + 1)) continue;
        if (!Files.exists(out.resolve("2026-12").resolve(sampleIds.get(i)).resolve("handout.pdf"))) {
          problems.add(label + ": generate made no handout for " + sampleIds.get(i) + ", whose row was not changed");
        }
      }
    } else if (target >= 16 && !done.damaged) {
      for (String id : sampleIds) {
        if (!Files.exists(out.resolve("2026-12").resolve(id).resolve("handout.pdf"))) {
          problems.add(label + ": generate made no handout for " + id + " with a changed branding file");
        }
      }
    }
    Path validated = dir.resolve("validate-out");
    String[] vfiles = files.clone();
    vfiles[9] = validated.toString();
    Result validate = run(concat(new String[] {"validate"}, vfiles));
    problems.addAll(check("validate", label, validate, dir, null, done));
    if (!Workspace.files(validated).isEmpty()) problems.add(label + ": validate wrote " + Workspace.files(validated));
    if ((generate.exit == 2) != (validate.exit == 2)) {
      problems.add(label + ": generate exit " + generate.exit + " but validate exit " + validate.exit);
    }
    problems.addAll(unchanged(label, before, checksums(input, templates)));
    return problems;
  }

  // ---- returned logs

  /** December for the first four sample clients; c001's log and c002's handout filled in. */
  private static synchronized void december() throws IOException {
    if (month != null) return;
    Path base = Files.createDirectories(shared.resolve("base"));
    MonthlyRunTest.firstSampleClients(base.resolve("roster.csv"), 4);
    Result dec = run(logArgs(base, "generate", "2026-12"));
    assertThat(dec.exit).as(dec.all()).isZero();
    Path folder = base.resolve("out/2026-12");
    FilledLogs.fill(folder.resolve("c001/log.xlsx"));
    FuzzHandouts.fill(folder.resolve("c002/handout.pdf"));
    Path copy = shared.resolve("unchanged");
    copyTree(base, copy);
    Result jan = run(logArgs(copy, "generate", "2027-01"));
    assertThat(jan.exit).as(jan.all()).isZero();
    januaryStatus = statuses(jan.report);
    assertThat(januaryStatus).containsKeys("c001", "c002", "c004");
    month = base;
  }

  private static String[] logArgs(Path dir, String command, String month) {
    List<String> args = new ArrayList<>(List.of(command, "--roster", dir.resolve("roster.csv").toString(), "--templates",
        templates.toString(), "--out", dir.resolve("out").toString(), "--month", month, "--threads", "2"));
    return args.toArray(String[]::new);
  }

  private List<String> logCase(long seed) throws IOException {
    Random rnd = new Random(seed);
    Path dir = root().resolve("log-" + seed);
    copyTree(month, dir);
    Path dec = dir.resolve("out/2026-12");
    String[] targets = {"c001/log.xlsx", "c002/handout.pdf", "c004/log.xlsx", "c004/handout.pdf", "c001/handout.pdf",
        "c002/log.xlsx"};
    String target = AS_RETURNED ? targets[rnd.nextInt(5) == 0 ? 2 : List.of(1, 3, 4).get(rnd.nextInt(3))]
        : targets[rnd.nextInt(targets.length)];
    Path file = dec.resolve(target);
    FuzzMutations.Done done = new FuzzMutations.Done();
    boolean gone = false;
    if (AS_RETURNED && target.endsWith(".xlsx")) {
      // neither the log nor the handout came back
      Files.delete(file);
      Files.delete(file.resolveSibling("handout.pdf"));
      done.add("log.xlsx and handout.pdf removed", true);
      gone = true;
    } else if (AS_RETURNED) {
      if (!target.startsWith("c002")) FuzzHandouts.fill(file);
      FuzzHandouts.mutateAsReturned(file, rnd, done);
    } else if (target.endsWith(".pdf")) {
      if (!target.startsWith("c002")) FuzzHandouts.fill(file);
      FuzzHandouts.mutate(file, rnd, done);
    } else {
      if (target.startsWith("c004") && rnd.nextBoolean()) FilledLogs.fill(file, 1 + rnd.nextInt(10));
      String week = "Week " + (1 + rnd.nextInt(4));
      done = new FuzzMutations(rnd).mutate(file, week, WHITE_CELLS);
    }
    String client = target.substring(0, 4);
    String label = seed + " " + target + ": " + done;
    // what a client or trainer typed: the filled files and the changed one
    Map<Path, String> before = checksums(dir.resolve("roster.csv"), dec.resolve("c001/log.xlsx"),
        dec.resolve("c002/handout.pdf"), file);
    List<String> problems = new ArrayList<>();

    Result jan = run(logArgs(dir, "generate", "2027-01"));
    problems.addAll(check("generate 2027-01", label, jan, dir, dir.resolve("out/2027-01"), done));
    if (jan.exit != 0) problems.add(label + ": generate 2027-01 exit " + jan.exit + " for a returned log (it only warns)");
    Map<String, String> status = statuses(jan.report);
    if (AS_RETURNED) problems.addAll(asReturned(label, jan.err + "\n" + jan.report));
    if (gone && !jan.report.contains("note: no log came back: neither log.xlsx nor handout.pdf is in " + file.getParent())) {
      problems.add(label + ": generate 2027-01 does not say that no log of " + client + " came back\n" + jan.report);
    }
    januaryStatus.forEach((id, was) -> {
      if (!id.equals(client) && !was.equals(status.get(id))) {
        problems.add(label + ": generate 2027-01 left " + id + " " + status.get(id) + " (" + was + " unchanged)");
      }
    });

    Result export = run(logArgs(dir, "export-logs", "2026-12"));
    problems.addAll(check("export-logs", label, export, dir, null, done));
    if (export.exit == 2) problems.add(label + ": export-logs exit 2 for one client's returned log");
    if (export.exit == 1 && !export.err.contains(client)) {
      problems.add(label + ": export-logs exit 1 without naming " + client + "'s file\n" + export.all());
    }
    Path csv = dec.resolve("log-export.csv");
    String exported = Files.exists(csv) ? Files.readString(csv, StandardCharsets.UTF_8) : "";
    for (String id : List.of("c001", "c002", "c003", "c004")) {
      if (!exported.contains("\n" + id + ",") && !(gone && id.equals(client))) problems.add(label + ": export-logs has no rows of " + id);
    }
    if (carriageReturnInCell(exported)) problems.add(label + ": export-logs wrote a carriage return inside a cell");

    Result again = run(logArgs(dir, "generate", "2026-12"));
    problems.addAll(check("generate 2026-12 again", label, again, dir, null, done));
    if (again.exit != 0) problems.add(label + ": generate 2026-12 again exit " + again.exit);
    problems.addAll(unchanged(label, before, checksums(before.keySet().toArray(Path[]::new))));
    return problems;
  }

  /** A box to write in that an app made a tick box is never called a tick box, and the handout's own Yes is its tick. */
  private static List<String> asReturned(String label, String said) {
    List<String> problems = new ArrayList<>();
    for (String line : said.split("\n")) {
      if (line.contains("\"Yes\" in this tick box") || line.contains("\"Yes\" in this box")
          || WRITE_IN.matcher(line).find() && line.contains("this tick box")) {
        problems.add(label + ": " + line);
      }
    }
    return problems;
  }

  private static final Pattern WRITE_IN = Pattern.compile("field \\S+\\.(amount|load|rpe|date|notes)\\b");

  /** Whether a cell of the CSV holds a carriage return: exported text has line feeds only ({@code LineBreaks}). */
  private static boolean carriageReturnInCell(String csv) throws IOException {
    for (var rec : org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(csv))) {
      for (String cell : rec) if (cell.indexOf('\r') >= 0) return true;
    }
    return false;
  }

  private Path root() {
    return KEEP == null ? tmp : Path.of(KEEP);
  }

  /** Each client's status in a report's list of clients ("done", "skipped", ...). */
  static Map<String, String> statuses(String report) {
    Map<String, String> out = new TreeMap<>();
    boolean clients = false;
    for (String line : report.split("\n")) {
      if (line.equals("Clients")) clients = true;
      else if (clients && line.isEmpty()) clients = false;
      else if (clients && !line.startsWith(" ")) {
        String[] parts = line.split("  +");
        if (parts.length > 1) out.put(parts[0], parts[1]);
      }
    }
    return out;
  }

  // ---- the checks

  /** What every run must keep to, whatever its inputs: the exit code, no trace, every problem placed. */
  private static List<String> check(String command, String label, Result r, Path dir, Path monthFolder,
      FuzzMutations.Done done) {
    List<String> problems = new ArrayList<>();
    String what = label + ": " + command;
    journal(label, command, r);
    if (r.thrown != null) {
      problems.add(what + " threw " + r.thrown);
      return problems;
    }
    if (r.exit < 0 || r.exit > 2) problems.add(what + " exit " + r.exit);
    Matcher trace = TRACE.matcher(r.out + r.err + r.report);
    if (trace.find()) problems.add(what + " shows \"" + trace.group() + "\": " + lineOf(r.out + r.err + r.report, trace.start()));
    for (String line : (r.err + "\n" + problemLines(r.report)).split("\n")) {
      if (line.isBlank() || line.startsWith("... ") || line.startsWith("Try '")) continue;
      if (line.startsWith("circuitpress: ")) continue;
      String file = line.contains(": ") ? line.substring(0, line.indexOf(": ")) : "";
      if (!named(file, dir)) problems.add(what + " names no file: " + line);
      else if (line.contains("got \"") && !PLACED.matcher(line).find() && !file.endsWith(".csv") && !file.endsWith(".pdf")) {
        problems.add(what + " quotes a value but names no cell: " + line);
      }
    }
    for (String range : done.mergedOverValues) {
      // the cells under it hold values, which are read: they must not be said to be read as empty
      if ((r.err + r.report).contains("cells " + range + " are merged; only")) {
        problems.add(what + " says the cells merged in " + range + " are read as empty, but they hold values, which are read");
      }
    }
    Matcher counts = COUNTS.matcher(r.out);
    if (r.exit == 2) {
      if (!r.err.contains("circuitpress: ")) problems.add(what + " exit 2 without saying why: " + r.err);
      if (!done.wholeFile && !done.damaged) problems.add(what + " exit 2 for a change of some rows");
    } else if (counts.find() && monthFolder != null) {
      int failed = Integer.parseInt(counts.group(5));
      int errors = Integer.parseInt(counts.group(6));
      if ((r.exit == 0) != (failed == 0 && errors == 0)) {
        problems.add(what + " exit " + r.exit + " with " + failed + " failed and " + errors + " errors");
      }
    }
    return problems;
  }

  /** Whether {@code file} (the start of a problem's line) is a file or folder of the run, as the user gave it. */
  private static boolean named(String file, Path dir) {
    if (file.isEmpty()) return false;
    if (file.startsWith(dir.toString()) || file.startsWith(templates.toString())) return true;
    Path p = Path.of(file.replace('\\', '/'));
    if (p.startsWith("templates") && Files.exists(p)) return true;
    return Files.exists(dir.resolve("input").resolve(p.getFileName())) || Files.exists(dir.resolve(p.getFileName()));
  }

  /** The lines under "Problems" in a report. */
  private static String problemLines(String report) {
    StringBuilder sb = new StringBuilder();
    boolean in = false;
    for (String line : report.split("\n")) {
      if (line.startsWith("Problems (")) in = true;
      else if (in && line.isEmpty()) in = false;
      else if (in) sb.append(line).append('\n');
    }
    return sb.toString();
  }

  private static String lineOf(String text, int at) {
    int from = text.lastIndexOf('\n', at) + 1;
    int to = text.indexOf('\n', at);
    return text.substring(from, to < 0 ? text.length() : to);
  }

  private static List<String> unchanged(String label, Map<Path, String> before, Map<Path, String> after) {
    List<String> problems = new ArrayList<>();
    before.forEach((f, sum) -> {
      if (!sum.equals(after.get(f))) problems.add(label + ": " + f + " was changed by the run");
    });
    return problems;
  }

  // ---- running

  record Result(int exit, String out, String err, String report, Throwable thrown) {
    String all() {
      return out + "\n" + err;
    }
  }

  /** With more seeds than the fixed ones, what each run printed, for reading through (target/fuzz-journal.txt). */
  private static void journal(String label, String command, Result r) {
    if (MORE == 0) return;
    StringBuilder sb = new StringBuilder("== " + label + "\n-- " + command + " exit " + r.exit + "\n");
    r.err.lines().limit(12).forEach(l -> sb.append("   ").append(l.length() > 400 ? l.substring(0, 400) + "..." : l).append('\n'));
    try {
      Files.writeString(Path.of("target/fuzz-journal.txt"), sb, StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = -1;
    Throwable thrown = null;
    try {
      exit = new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
    } catch (Throwable t) {
      thrown = t;
    }
    String report = "";
    for (int i = 0; i < args.length - 1; i++) {
      if (!args[i].equals("--out")) continue;
      Path folder = Path.of(args[i + 1]).resolve(args[java.util.Arrays.asList(args).indexOf("--month") + 1]);
      try {
        if (Files.exists(folder.resolve("report.txt")) && args[0].equals("generate")) {
          report = Files.readString(folder.resolve("report.txt"), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return new Result(exit, out.toString(), err.toString(), report, thrown);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static Path copy(String sample, Path into) throws IOException {
    return Files.copy(Path.of(sample), into.resolve(Path.of(sample).getFileName()));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }

  /** The SHA-256 of every file under {@code roots}. */
  private static Map<Path, String> checksums(Path... roots) throws IOException {
    Map<Path, String> sums = new TreeMap<>();
    for (Path root : roots) {
      if (!Files.exists(root)) continue;
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.filter(Files::isRegularFile).toList()) sums.put(p, sha(Files.readAllBytes(p)));
      }
    }
    return sums;
  }

  private static String sha(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The problems of many cases; written to target/fuzz-findings.txt when more seeds than the fixed ones run. */
  private static final class Findings {
    final String name;
    final Map<Long, List<String>> bySeed = new LinkedHashMap<>();
    int cases;

    Findings(String name) {
      this.name = name;
    }

    void addAll(long seed, List<String> problems) throws IOException {
      cases++;
      if (!problems.isEmpty()) bySeed.put(seed, problems);
      if (MORE > 0) {
        // as it goes, for a long run watched from another terminal
        StringBuilder sb = new StringBuilder("case " + cases + " seed " + seed + "\n");
        problems.forEach(p -> sb.append("seed ").append(seed).append(": ").append(p).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fuzz-progress-" + name + ".txt"), sb, StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      }
    }

    void assertNone() throws IOException {
      StringBuilder sb = new StringBuilder(name + ": " + cases + " cases, " + bySeed.size() + " with problems\n");
      bySeed.forEach((seed, problems) -> problems.forEach(p -> sb.append("seed ").append(seed).append(": ").append(p).append('\n')));
      if (MORE > 0) {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fuzz-findings-" + name + ".txt"), sb, StandardCharsets.UTF_8);
      }
      assertThat(bySeed).as(sb.toString()).isEmpty();
    }
  }
}
