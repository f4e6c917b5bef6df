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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.Words;

/**
 * {@code merge-summaries}: the shards' CSV files of one month become the {@code summary.xlsx} and
 * {@code report.txt} the whole run would have written. Refuses (exit 2) and writes nothing while a
 * shard is missing, a shard file is damaged or cut off, or a client is in two shard files; also
 * while a shard of the month is still running, or a run of the whole roster or another merge is
 * writing the month's summary ({@link #locked}).
 */
final class Merge {
  private final Run run;
  private final Screen screen;

  Merge(Run run, Screen screen) {
    this.run = run;
    this.screen = screen;
  }

  Run.Result run(Path out, YearMonth month) {
    Path folder = out;
    try {
      YearMonth m = month != null ? month : latestSharded(out);
      if (m == null) return stop(out + ": no month folder with shard summaries (summary-shard-K-of-N.csv)");
      folder = out.resolve(m.toString());
      if (!Files.isDirectory(folder)) return stop(folder + ": folder not found");
      return locked(m, folder);
    } catch (IOException e) {
      return stop(folder + ": could not look for the shard summaries: " + Stop.describe(e, folder));
    } catch (RuntimeException e) {
      return stop(folder + ": internal error while merging the shard summaries: " + ClientJob.message(e));
    }
  }

  /**
   * Merges with the month folder's lock of merges held ({@link RunLock}): refused while another
   * merge, a run of the whole roster (both write summary.xlsx and report.txt) or a shard of the
   * month (its file is not complete) is at work ({@link Overlap}).
   */
  private Run.Result locked(YearMonth m, Path folder) throws IOException {
    RunLock.Taking taking;
    try {
      taking = RunLock.take(folder, Overlap.MERGE);
    } catch (IOException e) {
      return stop(folder + ": cannot write to the folder: " + Stop.describe(e, folder));
    }
    if (!taking.taken()) {
      return stop(folder + ": another " + Overlap.runOf(Overlap.MERGE) + " is writing into this folder now ("
          + Overlap.who(taking.heldBy()) + "). Two merges at once replace each other's summary.xlsx and report.txt:"
          + " wait until it has ended, or stop it, then run this command again");
    }
    try (RunLock held = taking.lock()) {
      if (taking.unsupported() != null) {
        screen.err().println(Report.line(Diagnostic.warning(Location.ofFile(folder.toString()), "this folder cannot"
            + " be locked against a run of the month (" + taking.unsupported() + "): make sure no shard is still"
            + " running, and no other run writes into it, until the merge has ended")));
      }
      Optional<String> refused = Overlap.refusal(folder, Overlap.MERGE);
      return refused.isPresent() ? stop(folder + ": " + refused.get()) : merging(m, folder);
    }
  }

  private Run.Result merging(YearMonth m, Path folder) throws IOException {
    Diagnostics listing = new Diagnostics();
    List<ShardFile.Found> found = ShardFile.find(folder, listing);
    listing.all().forEach(x -> screen.err().println(Report.line(x)));
    if (found.isEmpty()) return stop(folder + ": no shard summaries (summary-shard-K-of-N.csv) in it");
    Set<Integer> counts = new TreeSet<>();
    found.forEach(f -> counts.add(f.count()));
    if (counts.size() > 1) return stop(folder + ": " + splits(counts));
    int n = counts.iterator().next();
    List<Integer> missing = missing(found, n);
    if (!missing.isEmpty()) return stop(folder + ": " + missingText(missing, n));
    Diagnostics d = new Diagnostics();
    List<ShardFile.Content> shards = read(found, d);
    if (d.hasErrors()) return refuse(d);
    return merge(m, folder, found.size(), shards, listing.all());
  }

  /**
   * Every shard file, read and checked: each must be whole, and each client must be in the file
   * of its own shard, once. A stale copy of another shard's file is refused, not merged twice.
   * The problems go to {@code d}.
   */
  private static List<ShardFile.Content> read(List<ShardFile.Found> found, Diagnostics d) {
    List<ShardFile.Content> shards = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (ShardFile.Found f : found) {
      String file = f.file().toString();
      if (!Files.isRegularFile(f.file())) {
        // a pipe would wait for a writer forever, a folder cannot be read
        d.error(Location.ofFile(file), "is not a file saved on disk; run that shard again to write it");
        continue;
      }
      ShardFile.Parsed p;
      try (Reader r = Files.newBufferedReader(f.file(), StandardCharsets.UTF_8)) {
        p = ShardFile.read(r, f.file(), d);
      } catch (IOException e) {
        d.error(Location.ofFile(file), "could not read it: " + Stop.describe(e, f.file()));
        continue;
      }
      if (p == null) continue;
      shards.add(p.content());
      Shard shard = f.shard();
      List<ClientResult> results = p.content().results();
      for (int i = 0; i < results.size(); i++) {
        String id = results.get(i).outcome().clientId();
        Location where = Location.ofCell(file, null, p.rows().get(i), 3, "client_id");
        String here = f.file().getFileName() + " row " + p.rows().get(i);
        String before = seen.putIfAbsent(id, here);
        if (before != null) {
          d.error(where, "client \"" + id + "\" is in two shard summaries, here and in " + before
              + "; one of them is a stale copy: remove it, or run " + describe(shard) + " again");
        } else if (!shard.contains(id)) {
          d.error(where, "client \"" + id + "\" belongs to " + describe(owner(id, shard.count())) + ", not to "
              + describe(shard) + ": this is not the summary " + describe(shard) + " writes; run it again");
        }
      }
    }
    return shards;
  }

  private static Shard owner(String id, int count) {
    for (int k = 1; k <= count; k++) if (new Shard(k, count).contains(id)) return new Shard(k, count);
    throw new IllegalStateException("every id is in one shard");
  }

  private static String describe(Shard s) {
    return "shard " + s.index() + " of " + s.count();
  }

  private Run.Result merge(YearMonth m, Path folder, int shardCount, List<ShardFile.Content> shards,
      List<Diagnostic> notices) {
    List<ClientResult> results = new ArrayList<>();
    // Every shard read the same inputs, so their input problems and rows left out are the same:
    // keep one copy, with what a limitation cost each client as the client's own shard said it.
    List<Diagnostic> inputProblems = new ArrayList<>(ReadingCost.asTheirShardsSaid(shards));
    inputProblems.addAll(notices);
    shards.forEach(c -> results.addAll(c.results()));
    List<ClientResult> inOrder = Run.inRosterOrder(results);
    // All shards together are the whole roster, so the merge can tell which folders are on it.
    Map<String, String> folders = new HashMap<>();
    for (ClientResult r : inOrder) {
      String id = r.outcome().clientId();
      folders.put(id, r.folder().isEmpty() ? SafeNames.firstChoice(id) : r.folder());
    }
    Optional<Diagnostic> notOnRoster = EarlierFiles.notOnRoster(folder, folders,
        Run.leftOutIds(shards.get(0).leftOut()), Location.ofFile(folder.toString()));
    notOnRoster.ifPresent(inputProblems::add);
    List<Diagnostic> inputs = inputProblems;
    Tally tally = Tally.of(inOrder);
    // a shard file of an older layout does not say what came back of its clients' logs
    if (!shards.stream().allMatch(ShardFile.Content::logsCounted)) tally.logsUnknown();
    Diagnostics d = new Diagnostics();
    List<Diagnostic> reported = new ArrayList<>(inputs);
    reported.addAll(run.writeSummaryKeeping(folder.resolve("summary.xlsx"), folder.resolve("report.txt"), inOrder,
        inputs, shards.get(0).leftOut(), Report.Scope.ALL, shards.get(0).paper(), d));
    Keeping.write(folder.resolve("report.txt"), "report", keptAside -> run.writeReport(folder.resolve("report.txt"),
        w -> Report.write(m, null, Run.with(reported, keptAside), inOrder, tally, w), d), d);
    List<Diagnostic> all = new ArrayList<>(inputProblems);
    all.addAll(d.all());
    // The notices about files left out were printed when the folder was listed.
    List<Diagnostic> shown = new ArrayList<>(all);
    shown.removeAll(notices);
    run.printProblems(shown, tally, folder.resolve("report.txt"));
    screen.out().println(m + ": merged " + shardCount + " shards: " + Report.counts(all, tally));
    Report.logLines(tally, Run.PAIN_NAMES_SHOWN, "report.txt").forEach(screen.out()::println);
    screen.out().println("Summary: " + folder.resolve("summary.xlsx"));
    screen.out().println("Report:  " + folder.resolve("report.txt"));
    notOnRoster.ifPresent(n -> screen.out().println(n.message()));
    screen.out().flush();
    return new Run.Result(Run.exitCode(all, tally), m, folder, inOrder);
  }

  private static List<Integer> missing(List<ShardFile.Found> found, int n) {
    Set<Integer> have = new TreeSet<>();
    found.forEach(f -> have.add(f.index()));
    List<Integer> missing = new ArrayList<>();
    for (int k = 1; k <= n; k++) if (!have.contains(k)) missing.add(k);
    return missing;
  }

  /**
   * "missing shard 3 of 3 (summary-shard-3-of-3.csv): run that shard, or wait until it has ended,
   * then merge again"; a shard may still be at work on another machine.
   */
  private static String missingText(List<Integer> missing, int n) {
    boolean one = missing.size() == 1;
    List<String> numbers = missing.stream().map(String::valueOf).toList();
    List<String> files = missing.stream().map(k -> Run.summaryName(new Shard(k, n).label(), "csv")).toList();
    return "missing shard" + (one ? " " : "s ") + Words.joined(numbers, " and ") + " of " + n + " (" + String.join(", ", files)
        + "): run " + (one ? "that shard, or wait until it has ended" : "those shards, or wait until they have ended")
        + ", then merge again";
  }


  /** Shard files of a month split in different numbers of shards: a split run before the one in use. */
  private static String splits(Set<Integer> counts) {
    List<String> numbers = counts.stream().map(String::valueOf).toList();
    List<String> files = counts.stream().map(n -> "summary-shard-K-of-" + n + ".csv").toList();
    return "the shard summaries here come from runs split in " + Words.joined(numbers, " and in ") + " shards (" + String.join(", ", files) + "): remove the files of the split you no longer run, then merge again";
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

  /** Refuses to merge, exit 2 as for any input that cannot be used: nothing is written. */
  private Run.Result stop(String message) {
    screen.err().println(Report.clean(message));
    return nothingMerged();
  }

  /** Refuses for the problems in {@code d}, the first {@value #SHOWN} of them shown. */
  private Run.Result refuse(Diagnostics d) {
    List<Diagnostic> all = d.all();
    all.stream().limit(SHOWN).forEach(x -> screen.err().println(Report.line(x)));
    if (all.size() > SHOWN) screen.err().println("... " + (all.size() - SHOWN) + " more");
    return nothingMerged();
  }

  private Run.Result nothingMerged() {
    screen.err().println("circuitpress: nothing was merged");
    screen.err().flush();
    return Run.Result.failed(2);
  }

  /** How many of a refusal's problems are printed. */
  private static final int SHOWN = 20;
}
