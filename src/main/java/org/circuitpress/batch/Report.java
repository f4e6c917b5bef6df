package org.circuitpress.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.circuitpress.batch.ClientResult.Status;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.DrillCounts;
import org.circuitpress.model.Group;
import org.circuitpress.model.LeftOutRow;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Severity;
import org.circuitpress.model.ShortText;

/**
 * The text of {@code report.txt}: every problem compiler-style (the inputs' first, then each
 * client's in roster order) and a line per client. No clock in it, so reruns compare cleanly.
 * Written in two passes over the results, so that a run can stream them from its spool.
 */
final class Report {
  private Report() {}

  static String text(YearMonth month, Shard shard, List<Diagnostic> inputProblems, List<ClientResult> results) {
    StringBuilder sb = new StringBuilder();
    try {
      write(month, shard, inputProblems, results, Tally.of(results), sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }

  /**
   * Writes the report of {@code results} (iterated twice, in roster order) whose counts are
   * {@code tally}.
   */
  static void write(YearMonth month, Shard shard, List<Diagnostic> inputProblems, Iterable<ClientResult> results,
      Tally tally, Appendable out) throws IOException {
    write(month, shard, inputProblems, results, tally, Scope.ALL, out);
  }

  /** As above; {@code scope} tells the clients this run was for (see {@link #counts(List, Tally, Scope)}). */
  static void write(YearMonth month, Shard shard, List<Diagnostic> inputProblems, Iterable<ClientResult> results,
      Tally tally, Scope scope, Appendable out) throws IOException {
    out.append("CircuitPress report for ").append(month.toString());
    if (shard != null) out.append(", shard ").append(String.valueOf(shard.index())).append(" of ").append(String.valueOf(shard.count()));
    out.append('\n').append(counts(inputProblems, tally, scope)).append('\n');
    for (String l : logLines(tally, Integer.MAX_VALUE, null)) out.append(l).append('\n');
    List<Rejected> rejected = rejected(inputProblems, scope);
    List<Outcome> leftOut = rejected.stream().map(Rejected::forReport).toList();
    failed(results, leftOut, out);
    List<Diagnostic> inputLines = inputProblems.stream().filter(Report::isLine).toList();
    out.append("\nProblems (").append(String.valueOf(inputLines.size() + tally.problemLines())).append(")\n");
    for (Diagnostic d : inputLines) out.append(line(d)).append('\n');
    FarMonths far = new FarMonths();
    for (ClientResult r : results) {
      for (Diagnostic d : r.problems()) {
        FarMonths.Place place = far.place(d, r);
        if (place == FarMonths.Place.LISTED) {
          if (isProblem(d)) out.append(line(d)).append('\n');
        } else if (place == FarMonths.Place.FIRST_COUNTED) {
          // many clients' warnings of a month far after their last blocks: one line counts them
          Optional<Diagnostic> counting = tally.farLine(d);
          if (counting.isPresent()) out.append(line(counting.get())).append('\n');
        }
      }
    }
    List<Diagnostic> inputNotes = inputProblems.stream().filter(d -> !isProblem(d)).toList();
    if (!inputNotes.isEmpty()) {
      out.append("\nNotes\n");
      for (Diagnostic d : inputNotes) out.append(line(d)).append('\n');
    }
    out.append("\nClients\n");
    Map<String, List<Diagnostic>> rowWarnings = rowWarnings(inputProblems);
    // in a run of --clients, the rows skipped for a client's id are said under their line, as their Detail says them
    Map<String, List<Diagnostic>> skippedRows = skippedRows(inputProblems, scope);
    FarMonths again = new FarMonths();
    for (ClientResult r : results) {
      List<Diagnostic> farCounted = r.problems().stream()
          .filter(d -> again.place(d, r) != FarMonths.Place.LISTED).toList();
      client(r, withRowWarnings(r.outcome(), rowWarnings), skippedRows.getOrDefault(Names.id(r.outcome().clientId()),
          List.of()), rowWarnings.getOrDefault(r.outcome().clientId(), List.of()), farCounted, out);
    }
    // roster rows with errors never became clients; they are listed as failed, as in the summary
    for (Rejected x : rejected) {
      Outcome o = x.forReport();
      out.append(clean(o.clientId())).append("  ").append(o.status()).append("  ").append(clean(o.detail())).append('\n');
      // in a run of --clients, the other rows of the id skipped too, as for a client made
      for (Diagnostic d : x.otherRows) out.append("  ").append(line(d)).append('\n');
      countedLines(x.counted, out);
    }
  }

  /**
   * The clients who got nothing or not everything, each on one line with why, at the head of the
   * report: in a large run they are otherwise spread through hundreds of lines.
   */
  private static void failed(Iterable<ClientResult> results, List<Outcome> leftOut, Appendable out)
      throws IOException {
    List<String> lines = new ArrayList<>();
    for (ClientResult r : results) {
      if (!r.failed()) continue;
      String why = r.outcome().detail().isEmpty()
          ? r.problems().stream().filter(Diagnostic::isError).map(Diagnostic::message).findFirst().orElse("")
          : r.outcome().detail();
      String earlier = earlierFiles(r);
      lines.add(clean(r.outcome().clientId()) + "  " + clean(earlier.isEmpty() ? why : why + "; " + earlier));
    }
    for (Outcome o : leftOut) lines.add(clean(o.clientId()) + "  " + clean(o.detail()));
    if (lines.isEmpty()) return;
    out.append("\nFailed (").append(String.valueOf(lines.size())).append(")\n");
    for (String l : lines) out.append(l).append('\n');
  }

  /**
   * A client's outcome with the warnings on their roster row counted in, as the summary and the
   * report's client lines show it: a client done with warnings on their row only is done with
   * warnings.
   */
  static Outcome withRowWarnings(Outcome o, Map<String, List<Diagnostic>> rowWarnings) {
    int more = rowWarnings.getOrDefault(o.clientId(), List.of()).size();
    if (more == 0) return o;
    String status = o.status().equals(Status.DONE) ? Status.WARNINGS : o.status();
    return new Outcome(o.clientId(), o.name(), o.program(), o.block(), o.start(), o.end(),
        o.files(), o.substitutes(), o.warnings() + more, status, o.detail(), o.group());
  }

  /**
   * A client's row of the summary: as {@link #withRowWarnings}, with a Detail cell the trainer can
   * read ({@link DetailCell}): for a client done with warnings, what the warnings say (one of a note
   * of pain first, then their row's, then the run's), then the run's notes; for a client who failed,
   * the error, then how many more there are. What the client wrote in their returned log and what it
   * decided for the next block come first, before any warning; but a note of pain's warning, which
   * holds a drill, always has room after the decision, and what the client wrote follows it. The row names the client, so no part of the cell
   * starts with their name and id as the report's lines do. {@code report} names the report that
   * has them all. In a run of {@code --clients}, the errors of the roster rows skipped for the
   * client's id ({@code skippedRows}, {@link #skippedRows}) are spelled out in it too, after a note of
   * pain and before the warnings, as that run's summary has no row of their own for them.
   */
  static Outcome forSummary(ClientResult r, Map<String, List<Diagnostic>> rowWarnings, String report) {
    return forSummary(r, rowWarnings, Map.of(), report);
  }

  /** As above, with the rows skipped for the client's id that a run of {@code --clients} says in their Detail. */
  static Outcome forSummary(ClientResult r, Map<String, List<Diagnostic>> rowWarnings,
      Map<String, List<Diagnostic>> skippedRows, String report) {
    Outcome o = withRowWarnings(r.outcome(), rowWarnings);
    UnaryOperator<String> unnamed = unnamed(o);
    List<DetailCell.Part> skipped = skippedRows.getOrDefault(Names.id(o.clientId()), List.of()).stream()
        .map(x -> part(x, r.folder(), unnamed)).toList();
    String decision = decision(r, o);
    String written = decision.isEmpty() ? "" : r.notes().stream().filter(n -> n.contains(": " + BlockLog.NOTES))
        .findFirst().orElse("");
    // the decision says which log was read ("log read from log.xlsx: nothing was filled in..."): once is enough
    String notes = unnamed.apply(decision.isEmpty() ? o.detail()
        : String.join("; ", r.notes().stream().filter(n -> !n.equals(decision) && !n.equals(written)
            && !n.startsWith(ClientJob.READ_LOG)).toList()));
    String detail;
    if (o.status().equals(Status.WARNINGS)) {
      List<DetailCell.Part> warnings = new ArrayList<>();
      // a note of pain first: the trainer should see it before the next block is handed out
      r.problems().stream().filter(x -> x.severity() == Severity.WARNING && isPain(x)).limit(DetailCell.SHOWN)
          .forEach(x -> warnings.add(part(x, r.folder(), unnamed)));
      boolean pain = !warnings.isEmpty();
      warnings.addAll(skipped);
      rowWarnings.getOrDefault(o.clientId(), List.of()).stream().limit(DetailCell.SHOWN)
          .forEach(x -> warnings.add(part(x, r.folder(), unnamed)));
      r.problems().stream().filter(x -> x.severity() == Severity.WARNING && !isPain(x)).limit(DetailCell.SHOWN)
          .forEach(x -> warnings.add(part(x, r.folder(), unnamed)));
      // the rows skipped are errors: the ones not spelled out may be either
      long total = o.warnings() + skipped.size();
      String noun = skipped.isEmpty() ? "warning" : "problem";
      // with a note of pain, what the client wrote (which the warning quotes) waits until after it
      String lead = DetailCell.lead(pain ? "" : unnamed.apply(written), unnamed.apply(decision), pain, total, noun,
          report);
      String after = pain && !written.isEmpty() ? unnamed.apply(written) + (notes.isEmpty() ? "" : "; " + notes) : notes;
      detail = DetailCell.ofParts(lead, warnings, total, noun, after, report);
    } else if (o.status().equals(Status.FAILED)) {
      // the detail is the first error's message; the others are counted, the next one spelled out
      List<DetailCell.Part> errors = new ArrayList<>();
      if (!o.detail().isEmpty()) errors.add(new DetailCell.Part("", clean(unnamed.apply(o.detail()))));
      boolean said = o.detail().isEmpty();
      long total = errors.size();
      for (Diagnostic x : r.problems()) {
        if (!x.isError()) continue;
        if (!said && x.message().equals(o.detail())) {
          said = true;
          continue;
        }
        total++;
        if (errors.size() < DetailCell.SHOWN) errors.add(part(x, r.folder(), unnamed));
      }
      for (DetailCell.Part x : skipped) {
        total++;
        if (errors.size() < DetailCell.SHOWN) errors.add(x);
      }
      detail = DetailCell.ofParts("", errors, total, "error", unnamed.apply(earlierFiles(r)), report);
    } else if (o.status().equals(Status.SKIPPED) && r.problems().stream().anyMatch(x -> x.severity() == Severity.WARNING)) {
      // a note of pain in the log of a block still running: first, before why there is no new block
      // (a warning on the client's roster row only leaves the Detail as it was: why there is none)
      List<DetailCell.Part> warnings = new ArrayList<>();
      r.problems().stream().filter(x -> x.severity() == Severity.WARNING).sorted(Comparator.comparing(x -> !isPain(x)))
          .limit(DetailCell.SHOWN).forEach(x -> warnings.add(part(x, r.folder(), unnamed)));
      warnings.addAll(skipped);
      long total = o.warnings() + skipped.size();
      detail = DetailCell.ofParts("", warnings, total, skipped.isEmpty() ? "warning" : "problem", notes, report);
    } else {
      String lead = DetailCell.lead(unnamed.apply(written), unnamed.apply(decision), !skipped.isEmpty(),
          skipped.size(), "error", report);
      detail = DetailCell.ofParts(lead, skipped, skipped.size(), "error", notes, report);
    }
    if (detail.equals(o.detail())) return o;
    return new Outcome(o.clientId(), o.name(), o.program(), o.block(), o.start(), o.end(),
        o.files(), o.substitutes(), o.warnings(), o.status(), detail, o.group());
  }

  /**
   * Takes the client's name and id ("Zoë Martin (c001): ") off the front of a message and of each
   * part of a list joined with "; ", for a cell on the client's own row.
   */
  private static UnaryOperator<String> unnamed(Outcome o) {
    if (o.name().isEmpty()) return s -> s;
    String who = o.name() + " (" + o.clientId() + "): ";
    return s -> (s.startsWith(who) ? s.substring(who.length()) : s).replace("; " + who, "; ");
  }

  /**
   * {@code d} as a part of the client's Detail cell: its message without the client's name and id in
   * front, and a file in the client's {@code folder} named by its name alone ("log.xlsx: Week 2!Q8"),
   * as the row names the folder.
   */
  private static DetailCell.Part part(Diagnostic d, String folder, UnaryOperator<String> unnamed) {
    String kind = d.severity() == Severity.WARNING ? "warning: " : d.severity() == Severity.INFO ? "note: " : "";
    return new DetailCell.Part(clean(inFolder(d.location(), folder) + ": " + kind), clean(unnamed.apply(d.message())),
        isPain(d));
  }

  /** {@code at} with its file's name alone when the file is in the client's {@code folder}. */
  private static Location inFolder(Location at, String folder) {
    String file = at.file();
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    if (slash < 0 || folder.isEmpty()) return at;
    String dir = file.substring(0, slash);
    if (!dir.equals(folder) && !dir.endsWith("/" + folder) && !dir.endsWith("\\" + folder)) return at;
    return new Location(file.substring(slash + 1), at.sheet(), at.row(), at.column(), at.header());
  }

  /** Whether a warning is that of a note of the client's that reports pain (see plan.PainNotes). */
  static boolean isPain(Diagnostic d) {
    return d.message().contains(BlockLog.PAIN);
  }

  /** What the folder of a client who failed holds from an earlier run ({@link EarlierFiles#ofFailed}), or "". */
  private static String earlierFiles(ClientResult r) {
    return r.problems().stream().filter(x -> !isProblem(x) && EarlierFiles.isOfFailed(x.message()))
        .map(Diagnostic::message).findFirst().orElse("");
  }

  /**
   * The note of what the client's log decided ("Name (id): log read from handout.pdf: repeating
   * ..."), when the Detail cell is the client's notes; else empty.
   */
  private static String decision(ClientResult r, Outcome o) {
    if (!o.detail().equals(String.join("; ", r.notes()))) return "";
    return r.notes().stream().filter(n -> n.contains(": " + BlockLog.DECISION)).findFirst().orElse("");
  }

  /**
   * In a run of {@code --clients} ({@link Scope#byId}), the errors of the roster rows skipped for an
   * id asked for whose client was made from another row (an id used on two rows), by that id
   * ({@link Names#id}), in the order reported: that run's summary has no row for them, so the
   * client's Detail says them. Empty for any other run, whose summary lists each such row as failed.
   */
  static Map<String, List<Diagnostic>> skippedRows(List<Diagnostic> inputProblems, Scope scope) {
    Map<String, List<Diagnostic>> out = new HashMap<>();
    if (!scope.byId()) return out;
    for (Diagnostic d : inputProblems) {
      if (!d.isError() || d.clientId() == null || d.location().row() == 0 || !scope.chosen().test(d.clientId())) {
        continue;
      }
      String key = Names.id(d.clientId());
      if (scope.made().contains(key)) out.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
    }
    return out;
  }

  /** The warnings on each client's roster row, by id, in the order they were reported. */
  static Map<String, List<Diagnostic>> rowWarnings(List<Diagnostic> inputProblems) {
    Map<String, List<Diagnostic>> out = new HashMap<>();
    for (Diagnostic d : inputProblems) {
      if (d.severity() == Severity.WARNING && d.clientId() != null) {
        out.computeIfAbsent(d.clientId(), k -> new ArrayList<>()).add(d);
      }
    }
    return out;
  }

  /**
   * A client's lines: their status, then the errors of the rows skipped for their id in a run of
   * {@code --clients} ({@code skipped}, {@link #skippedRows}), then their warnings that the list of
   * problems only counts, each at its own cell (those on their row, {@link Diagnostic#counted}, then
   * {@code farCounted}, their
   * warning of a month far after their last block, which one line counts for many clients:
   * {@link FarMonths}), then their notes; a note about one cell of the roster (a level changed since
   * the last block) at that cell, as a warning is.
   */
  private static void client(ClientResult r, Outcome o, List<Diagnostic> skipped, List<Diagnostic> rowWarnings,
      List<Diagnostic> farCounted, Appendable out) throws IOException {
    out.append(o.clientId()).append("  ").append(o.status());
    String group = group(o.group());
    if (!group.isEmpty()) out.append("  ").append(clean(group));
    if (!o.files().isEmpty()) out.append("  ").append(String.join(", ", o.files()));
    if (!o.detail().isEmpty() && !o.status().startsWith("done")) {
      out.append("  ").append(clean(o.detail()));
    }
    out.append('\n');
    for (Diagnostic d : skipped) out.append("  ").append(line(d)).append('\n');
    countedLines(rowWarnings, out);
    for (Diagnostic d : farCounted) out.append("  ").append(line(d)).append('\n');
    List<Diagnostic> placed = r.problems().stream().filter(d -> !isProblem(d) && d.location().column() >= 0
        && r.notes().contains(d.message())).toList();
    for (String n : r.notes()) {
      Diagnostic at = placed.stream().filter(d -> d.message().equals(n)).findFirst().orElse(null);
      out.append("  ").append(at == null ? "note: " + clean(n) : line(at)).append('\n');
    }
    for (Diagnostic d : r.problems()) {
      if (!isProblem(d) && !d.message().equals(r.outcome().detail()) && !placed.contains(d)) {
        // a note about what was typed in one cell or box of a returned log is placed at it
        out.append("  ").append(atCell(d) ? line(d) : "note: " + clean(d.message())).append('\n');
      }
    }
  }

  /** Whether a diagnostic is about one cell of a sheet or one box of a handout. */
  private static boolean atCell(Diagnostic d) {
    Location at = d.location();
    return at.column() >= 0 && at.row() > 0 || at.row() == 0 && at.sheet() == null && at.header() != null;
  }

  /**
   * A client's gym and trainer as a client's line shows them ({@code gym Riverside, trainer Sam
   * Lee}), so that a search of the report for a gym finds its clients; "" for a client of neither.
   */
  static String group(Group g) {
    if (g.isEmpty()) return "";
    if (g.trainer().isEmpty()) return "gym " + g.gym();
    if (g.gym().isEmpty()) return "trainer " + g.trainer();
    return "gym " + g.gym() + ", trainer " + g.trainer();
  }

  /** The warnings of {@code rowWarnings} that the list of problems only counts, each at its own cell. */
  private static void countedLines(List<Diagnostic> rowWarnings, Appendable out) throws IOException {
    for (Diagnostic d : rowWarnings) if (d.counted()) out.append("  ").append(line(d)).append('\n');
  }

  /** Notes (the planner's substitutes, the sheet a reader chose) are listed apart, not as problems. */
  static boolean isProblem(Diagnostic d) {
    return d.severity() != Severity.INFO;
  }

  /**
   * Whether a problem is a line of the list of problems, on the console and in the report: not one
   * that another line counts with other rows' ({@link Diagnostic#counted}).
   */
  static boolean isLine(Diagnostic d) {
    return isProblem(d) && d.listed();
  }

  /**
   * {@code 12 clients: 10 done, 1 kept a filled or changed file, 1 skipped, 0 failed; 0 errors, 3 warnings},
   * with {@code 4 not reached (the run stopped)} before the failed when a run stopped early.
   */
  static String counts(List<Diagnostic> inputProblems, Tally t) {
    return counts(inputProblems, t, Scope.ALL);
  }

  /**
   * What came back of the clients' last blocks and what it decided, when the run read earlier logs
   * (none otherwise, as in a first month):
   * {@code Logs: 11 of 14 came back filled in, 1 blank, 1 untouched, 1 missing} (blank: saved with
   * nothing written in it; untouched: still as the run wrote it), with {@code 1 flattened or handwritten}
   * before untouched for a handout whose writing cannot be read ({@link LogCount.Returned#UNREADABLE}), and
   * {@code Drills: 38 progressed, 61 as planned, 9 held, 4 eased back (2 for pain: c003, c011; 2 for
   * hard effort); 5 substitutes in the new blocks}. The clients eased back for pain are named, the
   * first {@code namesShown} of them; the others are counted, as being in {@code report} (null: a
   * dry run, which writes none). When a client had more than one drill eased for pain, the clients
   * are counted after the drills ({@code 5 for pain, of 4 clients: ...}).
   */
  static List<String> logLines(Tally t, int namesShown, String report) {
    if (!t.readLogs()) return List.of();
    int filled = t.logs(LogCount.Returned.FILLED);
    int blank = t.logs(LogCount.Returned.BLANK);
    int unreadable = t.logs(LogCount.Returned.UNREADABLE);
    int untouched = t.logs(LogCount.Returned.UNTOUCHED);
    int missing = t.logs(LogCount.Returned.MISSING);
    StringBuilder logs = new StringBuilder("Logs: ").append(filled).append(" of ")
        .append(filled + blank + unreadable + untouched + missing).append(" came back filled in");
    if (blank > 0) logs.append(", ").append(blank).append(" blank");
    if (unreadable > 0) logs.append(", ").append(unreadable).append(" flattened or handwritten");
    if (untouched > 0) logs.append(", ").append(untouched).append(" untouched");
    if (missing > 0) logs.append(", ").append(missing).append(" missing");
    if (filled == 0) return List.of(logs.toString());
    DrillCounts d = t.drills();
    List<String> parts = new ArrayList<>();
    if (d.progressed() > 0) parts.add(d.progressed() + " progressed");
    if (d.asPlanned() > 0) parts.add(d.asPlanned() + " as planned");
    if (d.held() > 0) parts.add(d.held() + " held");
    if (d.eased() > 0) {
      List<String> why = new ArrayList<>();
      if (d.easedForPain() > 0) {
        // drills are counted and clients named: when they differ, the clients are counted too
        int clients = t.painIds().size();
        why.add(d.easedForPain() + " for pain" + (clients == d.easedForPain() ? "" : ", of " + of(clients, "client"))
            + ": " + names(t.painIds(), namesShown, report));
      }
      if (d.easedForEffort() > 0) why.add(d.easedForEffort() + " for hard effort");
      if (d.easedForLoad() > 0) why.add(d.easedForLoad() + " for lighter loads");
      parts.add(d.eased() + " eased back (" + String.join("; ", why) + ")");
    }
    String drills = "Drills: " + (parts.isEmpty() ? "none carried on from the last block" : String.join(", ", parts))
        + (t.substitutes() == 0 ? "" : "; " + of(t.substitutes(), "substitute") + " in the new blocks");
    return List.of(logs.toString(), drills);
  }

  /** "c003, c011", or the first {@code shown} of {@code ids} and "and 4 more in report.txt". */
  private static String names(List<String> ids, int shown, String report) {
    if (ids.size() <= shown) return clean(String.join(", ", ids));
    return clean(String.join(", ", ids.subList(0, shown))) + " and " + (ids.size() - shown) + " more"
        + (report == null ? "" : " in " + report);
  }

  /**
   * The clients a run's counts and lists are about.
   *
   * @param chosen the ids the run was for: all, or those of {@code --clients} or of the shard
   * @param made for a run of {@code --clients}, the ids ({@link Names#id}) of the clients asked for
   *     that the roster made; null for a run of the whole roster or of a shard
   */
  record Scope(Predicate<String> chosen, Set<String> made) {
    /** The whole roster (a run, or the merge of its shards). */
    static final Scope ALL = rows(id -> true);

    /** A run for the ids {@code chosen}, in which each roster row with errors is a client that failed. */
    static Scope rows(Predicate<String> chosen) {
      return new Scope(chosen, null);
    }

    /**
     * A run of {@code --clients}, which counts the clients asked for: each id once, whatever rows
     * it is on, and not at all as failed when a client was made for it from another row.
     */
    static Scope asked(Predicate<String> chosen, Set<String> made) {
      return new Scope(chosen, Set.copyOf(made));
    }

    boolean byId() {
      return made != null;
    }
  }

  /**
   * As above. A roster row with errors never became a client; it counts as one that failed when
   * its id is one the run was for ({@link Scope}); in a run of {@code --clients} the ids asked for
   * are counted, each once. Its errors and warnings count as such, each once.
   *
   * <p>Every error and warning counts once, also one that another line counts with other rows'
   * ({@link Diagnostic#counted}); when there are such, the number of lines the list of problems
   * gives them follows: {@code 8 errors in 6 lines, 12 warnings in 6 lines}.
   */
  static String counts(List<Diagnostic> inputProblems, Tally t, Scope scope) {
    // the line that counts other rows' errors is no error of its own
    long errors = t.errors() + inputProblems.stream().filter(d -> d.isError() && !d.counting()).count();
    long errorLines = t.errors() + inputProblems.stream().filter(d -> d.isError() && d.listed()).count();
    // the line that counts other rows' warnings is no warning of its own
    long warnings = t.warnings()
        + inputProblems.stream().filter(d -> d.severity() == Severity.WARNING && !d.counting()).count();
    long warningLines = t.warningLines()
        + inputProblems.stream().filter(d -> d.severity() == Severity.WARNING && d.listed()).count();
    long leftOut = rejected(inputProblems, scope).size();
    // "skipped" is for clients with no block this month; those a stopped run never got to are said apart
    int notReached = t.status(Status.NOT_REACHED);
    return of(t.clients() + leftOut, "client") + ": " + t.done() + " done, " + t.status(Status.KEPT)
        + " kept a filled or changed file, " + t.status(Status.SKIPPED) + " skipped, "
        + (notReached == 0 ? "" : notReached + " not reached (the run stopped), ")
        + (t.status(Status.FAILED) + leftOut) + " failed; " + of(errors, "error")
        + (errors == errorLines ? "" : " in " + of(errorLines, "line")) + ", " + of(warnings, "warning")
        + (warnings == warningLines ? "" : " in " + of(warningLines, "line"));
  }

  /**
   * The roster rows with errors that never became a client, for ids that are {@code chosen}: one
   * outcome each, in the order they were reported, with the row's first error as its detail. The
   * detail names the row: the id of a row left out as a duplicate also has a client that was made.
   */
  static List<Outcome> leftOut(List<Diagnostic> inputProblems, Predicate<String> chosen) {
    return leftOut(inputProblems, Scope.rows(chosen));
  }

  /**
   * As above, for the clients of {@code scope}: in a run of {@code --clients}, one outcome per id
   * asked for that the roster made no client for, named by its first row with errors.
   */
  static List<Outcome> leftOut(List<Diagnostic> inputProblems, Scope scope) {
    return rejected(inputProblems, scope).stream().map(Rejected::forReport).toList();
  }

  /**
   * As {@link #leftOut}, for the summary: the name and program are those the roster's reader could
   * read of the row ({@code rows}, matched by file, sheet and row), and the detail spells out the
   * row's first errors and counts the others, which {@code report} lists ({@link DetailCell}).
   */
  static List<Outcome> leftOutForSummary(List<Diagnostic> inputProblems, List<LeftOutRow> rows, Scope scope,
      String report) {
    Map<String, LeftOutRow> byRow = new HashMap<>();
    for (LeftOutRow r : rows) byRow.putIfAbsent(rowKey(r.where()), r);
    return rejected(inputProblems, scope).stream()
        .map(x -> x.outcome(DetailCell.of(x.firstLines(), x.errors(), "error", x.earlier, report),
            byRow.get(rowKey(x.first.get(0).location()))))
        .toList();
  }

  /** A roster row left out for its errors: the first few, how many, and the warnings on it. */
  private static final class Rejected {
    private final List<Diagnostic> first = new ArrayList<>(DetailCell.SHOWN);
    private int errors;
    private int warnings;
    /** Its warnings that the list of problems only counts ({@link Diagnostic#counted}). */
    private List<Diagnostic> counted = List.of();
    /** What its folder holds from an earlier run ({@link EarlierFiles#ofFailed}), or "". */
    private String earlier = "";
    /** In a run of {@code --clients}, the errors of the id's rows after the row of its first error. */
    private final List<Diagnostic> otherRows = new ArrayList<>();

    int errors() {
      return errors;
    }

    /** The first errors' lines, the first of them after the words that say which row was not made. */
    List<String> firstLines() {
      List<String> lines = new ArrayList<>();
      for (Diagnostic d : first) lines.add(lines.isEmpty() ? notMade(d) + line(d) : line(d));
      return lines;
    }

    /** Its outcome as the report lists it: the first error, and what its folder holds from an earlier run. */
    Outcome forReport() {
      return outcome(earlier.isEmpty() ? firstLines().get(0) : firstLines().get(0) + "; " + earlier, null);
    }

    /** Its outcome, with the name and program of {@code row} (what was read of it), when known. */
    Outcome outcome(String detail, LeftOutRow row) {
      return new Outcome(first.get(0).clientId(), row == null ? "" : row.name(), row == null ? "" : row.program(),
          0, null, null, List.of(), 0, warnings, Status.FAILED, detail, row == null ? null : row.group());
    }

    private static String notMade(Diagnostic d) {
      return "not made (roster row " + d.location().row() + "): ";
    }
  }

  /**
   * The roster rows with errors of {@code scope}'s ids, in the order reported: one per row, or in a
   * run of {@code --clients} one per id without a client, its rows' errors and warnings together.
   */
  private static List<Rejected> rejected(List<Diagnostic> inputProblems, Scope scope) {
    Map<String, Rejected> rows = new LinkedHashMap<>();
    Map<String, Integer> warnings = new HashMap<>();
    Map<String, List<Diagnostic>> counted = new HashMap<>();
    Map<String, String> earlier = new HashMap<>();
    for (Diagnostic d : inputProblems) {
      if (d.clientId() == null || d.location().row() == 0 || !scope.chosen().test(d.clientId())) continue;
      String key = scope.byId() ? Names.id(d.clientId()) : rowKey(d.location());
      if (scope.byId() && scope.made().contains(key)) continue;
      if (d.isError()) {
        Rejected r = rows.computeIfAbsent(key, k -> new Rejected());
        r.errors++;
        if (!r.first.isEmpty() && !rowKey(d.location()).equals(rowKey(r.first.get(0).location()))) r.otherRows.add(d);
        if (r.first.size() < DetailCell.SHOWN) r.first.add(d);
      } else if (d.severity() == Severity.WARNING) {
        warnings.merge(key, 1, Integer::sum);
        if (d.counted()) counted.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
      } else if (EarlierFiles.isOfFailed(d.message())) {
        earlier.putIfAbsent(key, d.message());
      }
    }
    rows.forEach((row, r) -> {
      r.warnings = warnings.getOrDefault(row, 0);
      r.counted = counted.getOrDefault(row, List.of());
      r.earlier = earlier.getOrDefault(row, "");
    });
    return List.copyOf(rows.values());
  }

  private static String rowKey(Location at) {
    return at.file() + "|" + at.sheet() + "|" + at.row();
  }

  private static String of(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** The compiler-style line; its location (a roster row, a cell, a file) says whom it concerns. */
  static String line(Diagnostic d) {
    return clean(d.format());
  }

  /** Control characters from a cell must not reach a terminal or break a line of the report. */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) sb.append(String.format("\\u%04x", c));
      else sb.appendCodePoint(c);
    });
    return sb.toString();
  }
}
