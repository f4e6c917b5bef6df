package org.circuitpress.batch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.Outcome;

/**
 * A monthly run: inputs read once, every client planned and written on a thread pool, then the
 * report and the trainer's summary. Results are gathered in roster order, so the report and the
 * summary do not depend on which thread finished first.
 */
public final class Run {
  /** How many problem lines the console shows before pointing at the report. */
  static final int CONSOLE_PROBLEMS = 50;

  private final Stages stages;
  private final Screen screen;
  private final AtomicFiles files;

  public Run(Stages stages, Screen screen, OutputSink sink) {
    this.stages = stages;
    this.screen = screen;
    this.files = new AtomicFiles(sink);
  }

  /** How a run ended. {@code monthFolder} is null when the run could not start. */
  public record Result(int exitCode, YearMonth month, Path monthFolder, List<ClientResult> results) {
    public Result {
      results = List.copyOf(results);
    }

    static Result failed(int exitCode) {
      return new Result(exitCode, null, null, List.of());
    }
  }

  public Result generate(RunOptions o) {
    long started = System.nanoTime();
    Diagnostics d = new Diagnostics();
    Optional<Inputs> read = Inputs.read(o, stages, d);
    if (read.isEmpty()) return cannotStart(d, "the inputs above could not be read; nothing was written");
    Inputs inputs = read.get();
    Optional<YearMonth> month = Optional.ofNullable(o.month()).or(inputs::firstMonth);
    if (month.isEmpty()) return cannotStart(d, 1, "the roster has no client that could be read; nothing was written");
    List<Integer> chosen = select(inputs.clients(), o, d);
    SafeNames.Assignment names = SafeNames.assign(inputs.clients().stream().map(Client::id).toList());
    Path monthFolder = o.out().resolve(month.get().toString());
    List<String> folders = chosen.stream().map(i -> names.folders().get(inputs.clients().get(i).id())).toList();
    if (!o.dryRun() && !prepare(monthFolder, o.shard(), folders, d)) return cannotStart(d, "nothing was written");
    List<ClientResult> results = runAll(inputs, chosen, names, o, monthFolder, d);
    List<Diagnostic> inputProblems = d.all();
    if (!o.dryRun()) writeTotals(monthFolder, o.shard(), month.get(), inputProblems, results, d);
    List<Diagnostic> shown = d.all();
    printProblems(shown, results, o.dryRun() ? null : monthFolder.resolve(reportName(o.shard())));
    int exit = exitCode(shown, results);
    printSummary(o, month.get(), monthFolder, shown, results, (System.nanoTime() - started) / 1e9);
    return new Result(exit, month.get(), monthFolder, results);
  }

  /** Positions in the roster of the clients this run does: {@code --clients}, then the shard. */
  private static List<Integer> select(List<Client> clients, RunOptions o, Diagnostics d) {
    List<String> ids = clients.stream().map(Client::id).toList();
    for (String wanted : o.clients()) {
      if (!ids.contains(wanted)) {
        d.error(Location.ofFile("--clients"), "no client with id " + SafeNames.quote(wanted) + " in the roster");
      }
    }
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      String id = clients.get(i).id();
      if ((o.clients().isEmpty() || o.clients().contains(id)) && (o.shard() == null || o.shard().contains(id))) {
        chosen.add(i);
      }
    }
    return chosen;
  }

  /** Creates the month folder and removes what a killed run left; false when it is unusable. */
  private boolean prepare(Path monthFolder, Shard shard, List<String> clientFolders, Diagnostics d) {
    String probe = ".write-check-" + (shard == null ? "all" : shard.label()) + AtomicFiles.TEMP_SUFFIX;
    try {
      Files.createDirectories(monthFolder);
      files.write(monthFolder.resolve(probe), out -> out.write('\n'));
      Files.deleteIfExists(monthFolder.resolve(probe));
      AtomicFiles.cleanStale(monthFolder, clientFolders, List.of(probe, summaryName(shard, "xlsx"),
          summaryName(shard, "csv"), reportName(shard)));
      return true;
    } catch (IOException e) {
      d.error(Location.ofFile(monthFolder.toString()), "cannot write to the output folder: " + Stop.describe(e));
      return false;
    }
  }

  private List<ClientResult> runAll(Inputs inputs, List<Integer> chosen, SafeNames.Assignment names, RunOptions o,
      Path monthFolder, Diagnostics d) {
    List<Client> clients = inputs.clients();
    ClientJob job = new ClientJob(stages, stages.planner(inputs.library(), inputs.catalog()),
        stages.handouts(inputs.branding(), inputs.library(), d), files, o, monthFolder, new Stop());
    int threads = Math.max(1, Math.min(o.threads(), chosen.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "circuitpress-client");
      t.setDaemon(true);
      return t;
    });
    List<Future<ClientResult>> futures = new ArrayList<>();
    try (Progress progress = Progress.of(screen, chosen.size())) {
      for (int i : chosen) {
        Client c = clients.get(i);
        futures.add(pool.submit(() -> {
          try {
            return job.run(i, c, names.folders().get(c.id()), names.notices().get(c.id()));
          } finally {
            progress.step();
          }
        }));
      }
      List<ClientResult> results = new ArrayList<>();
      for (int k = 0; k < futures.size(); k++) results.add(await(futures.get(k), clients.get(chosen.get(k)), chosen.get(k)));
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A job never throws; an Error (out of memory) still becomes that client's failure. */
  private static ClientResult await(Future<ClientResult> f, Client c, int order) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return crashed(c, order, "the run was interrupted");
    } catch (ExecutionException e) {
      return crashed(c, order, "internal error: " + ClientJob.message(e.getCause()));
    }
  }

  private static ClientResult crashed(Client c, int order, String message) {
    Outcome o = new Outcome(c.id(), c.name(), c.program(), 0, null, null, List.of(), 0, 0,
        ClientResult.Status.FAILED, message);
    return new ClientResult(order, "", o, List.of(Diagnostic.error(c.where(), message).forClient(c.id())), List.of());
  }

  private void writeTotals(Path monthFolder, Shard shard, YearMonth month, List<Diagnostic> inputProblems,
      List<ClientResult> results, Diagnostics d) {
    writeSummary(monthFolder.resolve(summaryName(shard, "xlsx")), results, d);
    writeText(monthFolder.resolve(reportName(shard)), Report.text(month, shard, inputProblems, results), d);
    if (shard != null) {
      Path csv = monthFolder.resolve(summaryName(shard, "csv"));
      save(csv, d, out -> {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ShardFile.write(new ShardFile.Content(inputProblems, results), w);
        w.flush();
      });
    }
  }

  static String summaryName(Shard shard, String extension) {
    return (shard == null ? "summary." : "summary-" + shard.label() + ".") + extension;
  }

  static String reportName(Shard shard) {
    return shard == null ? "report.txt" : "report-" + shard.label() + ".txt";
  }

  void writeSummary(Path file, List<ClientResult> results, Diagnostics d) {
    List<Outcome> rows = results.stream().map(ClientResult::outcome).toList();
    save(file, d, out -> stages.writeSummary(rows, out));
  }

  void writeText(Path file, String text, Diagnostics d) {
    save(file, d, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  private void save(Path file, Diagnostics d, AtomicFiles.Body body) {
    try {
      files.write(file, body);
    } catch (IOException e) {
      d.error(Location.ofFile(file.toString()), "could not write: " + Stop.describe(e));
    } catch (RuntimeException e) {
      d.error(Location.ofFile(file.toString()), "internal error while rendering " + file.getFileName() + ": "
          + ClientJob.message(e));
    }
  }

  /** Merges the shard summaries of a month into the summary and report of the whole run. */
  public Result merge(Path out, YearMonth month) {
    return new Merge(this, screen).run(out, month);
  }

  // ---- what the user sees

  private Result cannotStart(Diagnostics d, String why) {
    return cannotStart(d, 2, why);
  }

  private Result cannotStart(Diagnostics d, int exit, String why) {
    d.all().forEach(x -> screen.err().println(Report.line(x)));
    screen.err().println("circuitpress: " + why);
    screen.err().flush();
    return Result.failed(exit);
  }

  void printProblems(List<Diagnostic> inputProblems, List<ClientResult> results, Path report) {
    List<String> lines = Report.lines(inputProblems, results);
    lines.stream().limit(CONSOLE_PROBLEMS).forEach(screen.err()::println);
    if (lines.size() > CONSOLE_PROBLEMS) {
      screen.err().println("... " + (lines.size() - CONSOLE_PROBLEMS) + " more"
          + (report == null ? "" : " in " + report));
    }
    screen.err().flush();
  }

  static int exitCode(List<Diagnostic> inputProblems, List<ClientResult> results) {
    boolean failed = inputProblems.stream().anyMatch(Diagnostic::isError) || results.stream().anyMatch(ClientResult::failed);
    return failed ? 1 : 0;
  }

  private void printSummary(RunOptions o, YearMonth month, Path monthFolder, List<Diagnostic> inputProblems,
      List<ClientResult> results, double seconds) {
    var out = screen.out();
    out.printf(java.util.Locale.ROOT, "%s: %s (%.1f s)%n", month, Report.counts(inputProblems, results), seconds);
    if (o.dryRun()) {
      out.println("Dry run: nothing was written.");
    } else {
      out.println("Handouts and logs: " + monthFolder + "/<client>/handout.pdf and log.xlsx");
      out.println("Summary: " + monthFolder.resolve(summaryName(o.shard(), "xlsx")));
      out.println("Report:  " + monthFolder.resolve(reportName(o.shard())));
    }
    results.stream().map(r -> r.outcome()).filter(x -> x.detail().startsWith("not written: the run stopped"))
        .findFirst().ifPresent(x -> out.println("The run stopped early; fix the cause and run the same command again"
            + " to complete the month."));
    out.flush();
  }

  static List<ClientResult> inRosterOrder(List<ClientResult> results) {
    return results.stream().sorted(Comparator.comparingInt(ClientResult::order)).toList();
  }
}
