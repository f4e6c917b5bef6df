package org.circuitpress.batch;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.circuitpress.batch.ClientResult.Status;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Severity;

/**
 * The text of {@code report.txt}: every problem compiler-style (the inputs' first, then each
 * client's in roster order) and a line per client. No clock in it, so reruns compare cleanly.
 */
final class Report {
  private Report() {}

  static String text(YearMonth month, Shard shard, List<Diagnostic> inputProblems, List<ClientResult> results) {
    List<String> problems = lines(inputProblems, results);
    StringBuilder sb = new StringBuilder();
    sb.append("CircuitPress report for ").append(month);
    if (shard != null) sb.append(", shard ").append(shard.index()).append(" of ").append(shard.count());
    sb.append('\n').append(counts(inputProblems, results)).append('\n');
    sb.append("\nProblems (").append(problems.size()).append(")\n");
    problems.forEach(p -> sb.append(p).append('\n'));
    List<Diagnostic> inputNotes = inputProblems.stream().filter(d -> !isProblem(d)).toList();
    if (!inputNotes.isEmpty()) {
      sb.append("\nNotes\n");
      inputNotes.forEach(d -> sb.append(line(d)).append('\n'));
    }
    sb.append("\nClients\n");
    for (ClientResult r : results) {
      sb.append(r.outcome().clientId()).append("  ").append(r.status());
      if (!r.outcome().files().isEmpty()) sb.append("  ").append(String.join(", ", r.outcome().files()));
      if (!r.outcome().detail().isEmpty() && !r.status().startsWith("done")) {
        sb.append("  ").append(clean(r.outcome().detail()));
      }
      sb.append('\n');
      r.notes().forEach(n -> sb.append("  note: ").append(clean(n)).append('\n'));
      r.problems().stream().filter(d -> !isProblem(d) && !d.message().equals(r.outcome().detail()))
          .forEach(d -> sb.append("  note: ").append(clean(d.message())).append('\n'));
    }
    return sb.toString();
  }

  /** Every problem line in report order. */
  static List<String> lines(List<Diagnostic> inputProblems, List<ClientResult> results) {
    List<String> out = new ArrayList<>();
    inputProblems.stream().filter(Report::isProblem).forEach(d -> out.add(line(d)));
    results.forEach(r -> r.problems().stream().filter(Report::isProblem).forEach(d -> out.add(line(d))));
    return out;
  }

  /** Notes (the planner's substitutes, the sheet a reader chose) are listed apart, not as problems. */
  static boolean isProblem(Diagnostic d) {
    return d.severity() != Severity.INFO;
  }

  /** {@code 12 clients: 10 done, 1 kept a filled log, 1 skipped, 0 failed; 0 errors, 3 warnings}. */
  static String counts(List<Diagnostic> inputProblems, List<ClientResult> results) {
    Map<String, Integer> by = new TreeMap<>();
    results.forEach(r -> by.merge(r.status(), 1, Integer::sum));
    List<Diagnostic> all = new ArrayList<>(inputProblems);
    results.forEach(r -> all.addAll(r.problems()));
    long errors = all.stream().filter(Diagnostic::isError).count();
    long warnings = all.stream().filter(d -> d.severity() == Severity.WARNING).count();
    int done = by.getOrDefault(Status.DONE, 0) + by.getOrDefault(Status.WARNINGS, 0);
    return of(results.size(), "client") + ": " + done + " done, " + by.getOrDefault(Status.KEPT, 0)
        + " kept a filled log, " + by.getOrDefault(Status.SKIPPED, 0) + " skipped, "
        + by.getOrDefault(Status.FAILED, 0) + " failed; " + of(errors, "error") + ", " + of(warnings, "warning");
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
