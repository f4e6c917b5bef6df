package org.circuitpress.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;

/**
 * {@code merge-summaries}: the shards' CSV files of one month become the {@code summary.xlsx} and
 * {@code report.txt} the whole run would have written. Refuses, and writes nothing, while a shard
 * is missing.
 */
final class Merge {
  private final Run run;
  private final Screen screen;

  Merge(Run run, Screen screen) {
    this.run = run;
    this.screen = screen;
  }

  Run.Result run(Path out, YearMonth month) {
    try {
      YearMonth m = month != null ? month : latestSharded(out);
      if (m == null) return stop(2, out + ": no month folder with shard summaries (summary-shard-K-of-N.csv)");
      Path folder = out.resolve(m.toString());
      if (!Files.isDirectory(folder)) return stop(2, folder + ": folder not found");
      List<ShardFile.Found> found = ShardFile.find(folder);
      if (found.isEmpty()) return stop(2, folder + ": no shard summaries (summary-shard-K-of-N.csv) in it");
      Set<Integer> counts = new TreeSet<>();
      found.forEach(f -> counts.add(f.count()));
      if (counts.size() > 1) return stop(2, folder + ": shard summaries of different splits " + counts + "; remove the stale ones");
      int n = counts.iterator().next();
      List<String> missing = missing(found, n);
      if (!missing.isEmpty()) return stop(1, folder + ": missing " + String.join(", ", missing) + "; run those shards first");
      return merge(m, folder, found);
    } catch (IOException | RuntimeException e) {
      return stop(2, out + ": could not read the shard summaries: " + ClientJob.message(e));
    }
  }

  private Run.Result merge(YearMonth m, Path folder, List<ShardFile.Found> found) throws IOException {
    List<Diagnostic> inputProblems = null;
    List<ClientResult> results = new ArrayList<>();
    for (ShardFile.Found f : found) {
      try (Reader r = Files.newBufferedReader(f.file(), StandardCharsets.UTF_8)) {
        ShardFile.Content c = ShardFile.read(r);
        // Every shard read the same inputs, so their input problems are the same: keep one copy.
        if (inputProblems == null) inputProblems = c.inputProblems();
        results.addAll(c.results());
      }
    }
    List<ClientResult> inOrder = Run.inRosterOrder(results);
    List<Diagnostic> inputs = inputProblems;
    Tally tally = Tally.of(inOrder);
    Diagnostics d = new Diagnostics();
    run.writeSummary(folder.resolve("summary.xlsx"), inOrder, d);
    run.writeReport(folder.resolve("report.txt"), w -> Report.write(m, null, inputs, inOrder, tally, w), d);
    List<Diagnostic> all = new ArrayList<>(inputProblems);
    all.addAll(d.all());
    run.printProblems(all, tally, folder.resolve("report.txt"));
    screen.out().println(m + ": merged " + found.size() + " shards: " + Report.counts(all, tally));
    screen.out().println("Summary: " + folder.resolve("summary.xlsx"));
    screen.out().println("Report:  " + folder.resolve("report.txt"));
    screen.out().flush();
    return new Run.Result(Run.exitCode(all, tally), m, folder, inOrder);
  }

  private static List<String> missing(List<ShardFile.Found> found, int n) {
    Set<Integer> have = new TreeSet<>();
    found.forEach(f -> have.add(f.index()));
    List<String> missing = new ArrayList<>();
    for (int k = 1; k <= n; k++) if (!have.contains(k)) missing.add("shard " + k + " of " + n);
    return missing;
  }

  /** The newest month folder holding shard summaries, or null. */
  private static YearMonth latestSharded(Path out) throws IOException {
    if (!Files.isDirectory(out)) return null;
    YearMonth latest = null;
    try (DirectoryStream<Path> months = Files.newDirectoryStream(out, "[0-9][0-9][0-9][0-9]-[0-9][0-9]")) {
      for (Path p : months) {
        try {
          YearMonth m = YearMonth.parse(p.getFileName().toString());
          if (!ShardFile.find(p).isEmpty() && (latest == null || m.isAfter(latest))) latest = m;
        } catch (DateTimeParseException e) {
          // A folder that only looks like a month is not ours.
        }
      }
    }
    return latest;
  }

  private Run.Result stop(int exit, String message) {
    screen.err().println(Report.clean(message));
    screen.err().println("circuitpress: nothing was merged");
    screen.err().flush();
    return Run.Result.failed(exit);
  }
}
