package org.circuitpress.batch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.LeftOutRow;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Paper;

/**
 * A monthly run: inputs read once, every client planned and written on a thread pool, then the
 * report and the trainer's summary. Results are taken in roster order as the clients finish (a
 * client finished early waits for those before it, and only a few clients per thread are in
 * flight at once), counted, and put in a spool on disk rather than held in memory, so a run of
 * tens of thousands of clients needs no more memory than one of a thousand; the report and the
 * summary are written from the spool at the end and do not depend on which thread finished first.
 */
public final class Run {
  /** How many problem lines the console shows before pointing at the report. */
  static final int CONSOLE_PROBLEMS = 50;
  /** How many clients eased back for a note of pain the console names; the report names them all. */
  static final int PAIN_NAMES_SHOWN = 5;
  /**
   * Clients submitted but not yet taken, per thread: enough that a slow client does not idle the
   * pool, few enough that finished results waiting for an earlier one stay a handful.
   */
  static final int IN_FLIGHT_PER_THREAD = 8;

  private final Stages stages;
  private final Screen screen;
  private final OutputSink sink;
  private final AtomicFiles files;
  private final boolean keepResults;

  public Run(Stages stages, Screen screen, OutputSink sink) {
    this(stages, screen, sink, false);
  }

  private Run(Stages stages, Screen screen, OutputSink sink, boolean keepResults) {
    this.stages = stages;
    this.screen = screen;
    this.sink = sink;
    this.files = new AtomicFiles(sink);
    this.keepResults = keepResults;
  }

  /**
   * The same run that also keeps every client's result for {@link Result#results()}: for tests
   * and small embeddings; a chain's run should not hold them all.
   */
  public Run keepingResults() {
    return new Run(stages, screen, sink, true);
  }

  /**
   * How a run ended. {@code monthFolder} is null when the run could not start; {@code results}
   * holds every client's result in roster order only when the run was {@link #keepingResults()}.
   */
  public record Result(int exitCode, YearMonth month, Path monthFolder, List<ClientResult> results) {
    public Result {
      results = List.copyOf(results);
    }

    static Result failed(int exitCode) {
      return new Result(exitCode, null, null, List.of());
    }
  }

  public Result generate(RunOptions o) {
    if (o.dryRun()) return generating(o);
    AtomicFiles.RUNNING.incrementAndGet();
    try {
      return generating(o);
    } finally {
      AtomicFiles.RUNNING.decrementAndGet();
    }
  }

  private Result generating(RunOptions o) {
    long started = System.nanoTime();
    Diagnostics d = new Diagnostics();
    Renderer renderer = new Renderer(stages);
    Optional<Inputs> read = Inputs.read(o, stages, d, renderer::start);
    if (read.isEmpty()) return cannotStart(d, o, "the inputs above could not be read; nothing was written");
    Inputs inputs = read.get();
    // every row marked inactive: nothing is wrong, there is only no one to make a program for
    if (Inputs.noneActive(d)) {
      return nothingToMake(d, "every client is marked inactive, so no program was made; nothing was written");
    }
    Optional<YearMonth> month = Optional.ofNullable(o.month()).or(() -> inputs.firstMonth(d));
    // no row could be read: the roster is as unusable as a file that cannot be opened
    if (month.isEmpty()) return cannotStart(d, o, "the roster has no client that could be read; nothing was written");
    List<Integer> chosen = select(inputs.clients(), o, d);
    if (noneOfTheIds(inputs.clients(), o, d)) {
      return cannotStart(d, o, "no id given to --clients is in the roster; nothing was written");
    }
    // a column read last month and deleted since would change every program without a word
    if (LostColumns.check(o.out(), month.get(), inputs, d)) return cannotStart(d, o, "nothing was written");
    SafeNames.Assignment names = SafeNames.assign(inputs.clients().stream().map(Client::id).toList());
    Path monthFolder = o.out().resolve(month.get().toString());
    List<String> folders = chosen.stream().map(i -> names.folders().get(inputs.clients().get(i).id())).toList();
    RunLock lock = null;
    if (!o.dryRun()) {
      lock = prepare(monthFolder, o, chosen.stream().map(i -> inputs.clients().get(i).id()).toList(), folders, d);
      if (lock == null) return cannotStart(d, o, "nothing was written");
      noteEarlierFiles(inputs, names, monthFolder, d);
    }
    // Runs of --clients and shards see part of the roster: a folder of a client they were not
    // given is no sign that the client left.
    Optional<Diagnostic> notOnRoster = o.dryRun() || !o.clients().isEmpty() || o.shard() != null ? Optional.empty()
        : EarlierFiles.notOnRoster(monthFolder, names.folders(), onRosterWithout(inputs),
            Location.ofFile(o.roster().toString()));
    notOnRoster.ifPresent(d::add);
    Path report = o.dryRun() ? null : monthFolder.resolve(reportName(totalsLabel(o)));
    Report.Scope scope = scope(o, inputs.clients(), chosen);
    try (RunLock held = lock; Gathered results = new Gathered(keepResults, report, sink)) {
      ReadingCost costs = new ReadingCost();
      runAll(inputs, renderer, chosen, names, o, month.get(), monthFolder, d, results, costs);
      costs.say(d);
      noteOthersLeftOut(d, o);
      List<Diagnostic> inputProblems = ofThisRun(d.all(), o);
      if (!o.dryRun()) {
        writeTotals(monthFolder, o, scope, month.get(), inputProblems, inputs.leftOut(), trainersPaper(inputs), results,
            d);
      }
      List<Diagnostic> shown = ofThisRun(d.all(), o);
      printProblems(shown, results.tally, report, inputs.unfollowed());
      int exit = exitCode(shown, results.tally);
      printSummary(o, scope, month.get(), monthFolder, inputs.branding(), shown, results.tally,
          (System.nanoTime() - started) / 1e9);
      // what was passed over on purpose is said where the counts are, lest a client seem lost; so are
      // the warnings left out of them (a dry run listed those above)
      shown.stream().filter(x -> Inputs.isPassedOver(x) || !o.dryRun() && Unfollowed.isNote(x))
          .forEach(n -> screen.out().println(n.format()));
      notOnRoster.ifPresent(n -> screen.out().println(n.message()));
      screen.out().flush();
      return new Result(exit, month.get(), monthFolder, results.kept);
    }
  }

  /**
   * A note for each roster row left out for its errors whose folder holds an earlier run's handout
   * or log of this month, which stay as they are: the client gets nothing new, and the trainer
   * should not take those files for this run's. Every row's, in a shard too: the merge keeps the
   * notes of one shard.
   */
  private static void noteEarlierFiles(Inputs inputs, SafeNames.Assignment names, Path monthFolder, Diagnostics d) {
    Set<String> made = new HashSet<>();
    names.folders().keySet().forEach(id -> made.add(Names.id(id)));
    for (LeftOutRow row : inputs.leftOut()) {
      if (row.clientId().isBlank() || made.contains(Names.id(row.clientId()))) continue;
      EarlierFiles.ofFailed(monthFolder, SafeNames.firstChoice(row.clientId()), List.of())
          .ifPresent(n -> d.add(Diagnostic.info(row.where(), n).forClient(row.clientId())));
    }
  }

  /** The ids of the roster's rows that made no client this run: left out for errors, or marked inactive. */
  private static List<String> onRosterWithout(Inputs inputs) {
    List<String> ids = new ArrayList<>(leftOutIds(inputs.leftOut()));
    ids.addAll(inputs.inactive());
    return ids;
  }

  static List<String> leftOutIds(List<LeftOutRow> rows) {
    return rows.stream().map(LeftOutRow::clientId).filter(id -> !id.isBlank()).toList();
  }

  /**
   * Where each client's result goes when it and every client before it in the roster are done:
   * the counts, the spool (none for a dry run, which writes no report), and the kept list.
   */
  private static final class Gathered implements Consumer<ClientResult>, AutoCloseable {
    final Tally tally = new Tally(CONSOLE_PROBLEMS);
    final List<ClientResult> kept = new ArrayList<>();
    private final boolean keep;
    private Spool spool;
    private IOException failure;

    Gathered(boolean keep, Path report, OutputSink sink) {
      this.keep = keep;
      if (report == null) return;
      try {
        spool = Spool.beside(report, sink);
      } catch (IOException e) {
        failure = e;
      }
    }

    @Override
    public void accept(ClientResult r) {
      tally.add(r);
      if (keep) kept.add(r);
      if (spool == null || failure != null) return;
      try {
        spool.add(r);
      } catch (IOException e) {
        failure = e;
      }
    }

    /** The results again, in roster order, as often as asked; fails when the spool could not be written. */
    Spool replay() throws IOException {
      if (failure != null) throw failure;
      try {
        spool.finish();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
      return spool;
    }

    @Override
    public void close() {
      if (spool == null) return;
      try {
        spool.close();
      } catch (IOException e) {
        // Only a temporary file is left; the next run removes it.
      }
    }
  }

  /**
   * Whether a client id is one this run is for: {@code --clients}, then the shard. Ids given to
   * {@code --clients} match as the roster compares ids ({@link Names#id}): {@code C001} is {@code c001}.
   */
  private static Predicate<String> chosen(RunOptions o) {
    Set<String> wanted = new HashSet<>();
    o.clients().forEach(id -> wanted.add(Names.id(id)));
    return id -> (wanted.isEmpty() || wanted.contains(Names.id(id))) && (o.shard() == null || o.shard().contains(id));
  }

  /** The problems a run counts and lists: all, or in a {@code --clients} run {@link #ofClients those of its clients}. */
  private static List<Diagnostic> ofThisRun(List<Diagnostic> all, RunOptions o) {
    if (o.clients().isEmpty()) return all;
    return ofClients(all, chosen(o));
  }

  /**
   * The problems a run of a few clients ({@code wanted}) counts and lists: those of the whole files
   * and of those clients, not those on other clients' rows (a run of the whole roster has them). A
   * warning that a run of the whole roster counts in one line with other rows'
   * ({@link Diagnostic#counted}) is a line of its own here, at the client's own cell; the line that
   * counts them ({@link Diagnostic#counting}) is about rows not run, and is left out.
   */
  static List<Diagnostic> ofClients(List<Diagnostic> all, Predicate<String> wanted) {
    return all.stream().filter(x -> !x.counting() && (x.clientId() == null || wanted.test(x.clientId())))
        .map(x -> x.counted() ? x.asOwn() : x).toList();
  }

  /**
   * What the counts and lists of a run are about: the ids it was for, and in a run of
   * {@code --clients} the clients asked for that the roster made ({@code chosen}, positions in
   * {@code clients}), so that each client asked for counts once.
   */
  private static Report.Scope scope(RunOptions o, List<Client> clients, List<Integer> chosen) {
    if (o.clients().isEmpty()) return Report.Scope.rows(chosen(o));
    Set<String> made = new HashSet<>();
    chosen.forEach(i -> made.add(Names.id(clients.get(i).id())));
    return Report.Scope.asked(chosen(o), made);
  }

  private static void noteOthersLeftOut(Diagnostics d, RunOptions o) {
    if (o.clients().isEmpty()) return;
    othersLeftOut(d.all(), chosen(o), CLIENTS_OPTION, "of these counts").ifPresent(d::add);
  }

  /**
   * The note that the problems on the roster rows of clients other than those {@code wanted} are
   * left out of what a run of a few clients shows ({@code ofWhat}: "of these counts"), located at
   * the option that chose them; empty when there are none.
   */
  static Optional<Diagnostic> othersLeftOut(List<Diagnostic> all, Predicate<String> wanted,
      String option, String ofWhat) {
    // those another line counts too: that line is left out (see ofClients)
    long others = all.stream()
        .filter(x -> Report.isProblem(x) && x.clientId() != null && !wanted.test(x.clientId())).count();
    if (others == 0) return Optional.empty();
    return Optional.of(Diagnostic.info(Location.ofFile(option), others + (others == 1 ? " problem" : " problems")
        + " on the roster rows of other clients " + (others == 1 ? "is" : "are") + " left out " + ofWhat + ";"
        + " a run of the whole roster lists " + (others == 1 ? "it" : "them")));
  }

  /** Where what a run says of the ids given to {@code --clients} is located. */
  static final String CLIENTS_OPTION = "--clients";
  /** The output folder of a run without {@code --out}, as the command line gives it. */
  static final Path DEFAULT_OUT = Path.of("output");

  /** Positions in the roster of the clients this run does: {@code --clients}, then the shard. */
  private static List<Integer> select(List<Client> clients, RunOptions o, Diagnostics d) {
    Set<String> ids = new HashSet<>();
    clients.forEach(c -> ids.add(Names.id(c.id())));
    for (String wanted : o.clients()) {
      if (ids.contains(Names.id(wanted))) continue;
      // a row with errors was counted by its errors: why the client has no program is a note
      String why = Inputs.notFound(wanted, clients, CLIENTS_OPTION, d);
      if (Inputs.rowHasErrors(wanted, d)) d.info(Location.ofFile(CLIENTS_OPTION), why);
      else d.error(Location.ofFile(CLIENTS_OPTION), why);
    }
    Predicate<String> wanted = chosen(o);
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      if (wanted.test(clients.get(i).id())) chosen.add(i);
    }
    return chosen;
  }

  /**
   * True when {@code --clients} names only ids the roster does not have, not even on a row with
   * errors: a typing mistake on the command line, so the run writes nothing (exit 2).
   */
  private static boolean noneOfTheIds(List<Client> clients, RunOptions o, Diagnostics d) {
    if (o.clients().isEmpty()) return false;
    Set<String> ids = new HashSet<>();
    clients.forEach(c -> ids.add(Names.id(c.id())));
    d.all().stream().filter(x -> x.isError() && x.clientId() != null).forEach(x -> ids.add(Names.id(x.clientId())));
    return o.clients().stream().noneMatch(id -> ids.contains(Names.id(id)));
  }

  /**
   * Creates the month folder, takes its lock for this kind of run ({@link RunLock}) and removes
   * what a killed run left. Null when the folder is unusable, or another run of the same kind or
   * of one that clashes with it ({@link Overlap}: the whole roster beside a shard, shards of
   * different splits) is writing into it, which {@code d} says.
   *
   * <p>A run of {@code --clients} takes a lock of its own, not the month's: it is how a trainer
   * gives one client a new program on the spot while a chain's run of the whole roster, which can
   * take an hour, is at work. Each of its files is replaced whole and the temporary files of a run
   * still going are never removed, so the two do not break each other. The newer files win: the
   * longer run, when it gets to that client, leaves the files of this one as they are, and this one
   * replaces those the longer run wrote since this one started (see {@link ClientJob}), which the
   * warning says; so does a shard that has one of {@code clientIds}.
   * Two runs of {@code --clients} at once share a summary and report, so they do take one lock.
   */
  private RunLock prepare(Path monthFolder, RunOptions o, List<String> clientIds, List<String> clientFolders,
      Diagnostics d) {
    String label = totalsLabel(o);
    String probe = ".write-check-" + (label == null ? "all" : label) + AtomicFiles.TEMP_SUFFIX;
    Location where = Location.ofFile(monthFolder.toString());
    RunLock.Taking taking;
    try {
      Files.createDirectories(monthFolder);
      files.write(monthFolder.resolve(probe), out -> out.write('\n'));
      Files.deleteIfExists(monthFolder.resolve(probe));
      taking = RunLock.take(monthFolder, label);
    } catch (IOException e) {
      d.error(where, "cannot write to the output folder: " + Stop.describe(e));
      return null;
    }
    if (!taking.taken()) {
      d.error(where, "another " + runOf(o) + " is writing into this folder now (" + Overlap.who(taking.heldBy())
          + "). Two such runs at once remove each other's files in progress: wait until it has ended, or stop it,"
          + " then run this command again");
      return null;
    }
    // Looked at with this run's own lock held, before its clean-up: a run of a kind that clashes
    // and starts now finds this one's lock in turn.
    Optional<String> refused = Overlap.refusal(monthFolder, label);
    if (refused.isPresent()) {
      taking.lock().close();
      d.error(where, refused.get());
      return null;
    }
    if (taking.unsupported() != null) {
      d.warning(where, "this folder cannot be locked against a second run of the month (" + taking.unsupported()
          + "): make sure no other run writes into it until this one has ended");
    }
    RunOptions whole = o.withClients(List.of());
    boolean wholeAtWork = false;
    if (!o.clients().isEmpty()) {
      wholeAtWork = RunLock.holder(monthFolder, totalsLabel(whole)).isPresent();
      // the whole roster, or a shard that has some of these clients (of any split)
      for (RunLock.Held other : RunLock.held(monthFolder, l -> Overlap.writesAnyOf(l, clientIds))) {
        String h = other.heldBy();
        d.warning(where, "a " + Overlap.runOf(other.label()) + " is writing into this folder at the same time"
            + (h.isEmpty() ? "" : " (" + h + ")") + ": when it gets to these clients, if it has not yet, it leaves"
            + " the files this run writes as they are, as newer than its own, and its report says so; the files it"
            + " has written for them already, this run replaces");
      }
    }
    // The record of files written is compacted by a run of the whole roster only (see runAll).
    List<String> own = new ArrayList<>(totalsNames(label, probe));
    List<String> others = new ArrayList<>();
    (o.shard() == null && o.clients().isEmpty() ? own : others).add(WrittenFiles.NAME);
    // What a killed run of the whole roster (or of its shard) left in the month folder, its spool
    // among it, is cleared by a run of --clients too, unless that run is at work.
    if (!o.clients().isEmpty() && !wholeAtWork) others.addAll(totalsNames(totalsLabel(whole), null));
    try {
      AtomicFiles.cleanStale(monthFolder, own, taking.unsupported() == null, others, clientFolders);
      return taking.lock();
    } catch (IOException e) {
      taking.lock().close();
      d.error(where, "cannot write to the output folder: " + Stop.describe(e));
      return null;
    }
  }

  /** The month folder's files of the runs labelled {@code label}, and its {@code probe} (or null). */
  private static List<String> totalsNames(String label, String probe) {
    List<String> names = new ArrayList<>(List.of(summaryName(label, "xlsx"), summaryName(label, "csv"),
        reportName(label)));
    if (probe != null) names.add(probe);
    return names;
  }

  /** "run of the whole roster", "run of shard 2 of 4", "run of --clients", "run of --clients in shard 2 of 4". */
  static String runOf(RunOptions o) {
    return Overlap.runOf(totalsLabel(o));
  }

  /** Runs the chosen clients on a pool and hands each result to {@code each} in roster order. */
  private void runAll(Inputs inputs, Renderer renderer, List<Integer> chosen, SafeNames.Assignment names,
      RunOptions o, YearMonth month, Path monthFolder, Diagnostics d, Consumer<ClientResult> each, ReadingCost costs) {
    List<Client> clients = inputs.clients();
    // Shards and runs of --clients may write beside another run, whose appends a compaction
    // (a rewrite under a new file) would lose; so may a run of --clients beside this one, when the
    // whole roster's run finds one at work (no other kind runs beside it: see Overlap).
    boolean mayCompact = o.shard() == null && o.clients().isEmpty() && !o.dryRun()
        && RunLock.held(monthFolder, Objects::nonNull).isEmpty();
    WrittenFiles written = o.dryRun() ? null : WrittenFiles.of(monthFolder, mayCompact);
    if (written != null) written.columnsRead(LostColumns.lines(inputs));
    ClientJob job = new ClientJob(stages, stages.planner(inputs.library(), inputs.catalog()),
        renderer.get(inputs, d), files, o, month, monthFolder, new Stop(), written, inputs.library(), inputs.catalog(),
        costs);
    int threads = Math.max(1, Math.min(o.threads(), chosen.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "circuitpress-client");
      t.setDaemon(true);
      return t;
    });
    int window = IN_FLIGHT_PER_THREAD * threads;
    Deque<Pending> pending = new ArrayDeque<>();
    try (Progress progress = Progress.of(screen, chosen.size())) {
      for (int i : chosen) {
        if (pending.size() >= window) done(pending.removeFirst().await(), each, written, d);
        Client c = clients.get(i);
        pending.addLast(new Pending(c, i, pool.submit(() -> {
          ClientResult result = null;
          try {
            result = job.run(i, c, names.folders().get(c.id()), names.notices().get(c.id()));
            return result;
          } finally {
            progress.step(result == null || result.failed());
          }
        })));
      }
      while (!pending.isEmpty()) done(pending.removeFirst().await(), each, written, d);
    } finally {
      pool.shutdownNow();
      closeQuietly(written);
    }
  }

  /**
   * The handout renderer, built on a thread of its own while the roster is read: parsing the fonts
   * and loading the PDF library is a good part of a one-client run. What it reports is kept apart
   * and added to the run's diagnostics where a renderer built in line would have added it, so the
   * report does not depend on which thread was quicker.
   */
  private static final class Renderer {
    private final Stages stages;
    private final Diagnostics own = new Diagnostics();
    private CompletableFuture<Stages.Handouts> ahead;

    Renderer(Stages stages) {
      this.stages = stages;
    }

    void start(Library library, Branding branding) {
      ahead = CompletableFuture.supplyAsync(() -> stages.handouts(branding, library, own), r -> {
        Thread t = new Thread(r, "circuitpress-renderer");
        t.setDaemon(true);
        t.start();
      });
    }

    /**
     * The renderer for {@code inputs} (built now if it was not started), its diagnostics added to
     * {@code d}, with those of the templates the roster's clients follow.
     */
    Stages.Handouts get(Inputs inputs, Diagnostics d) {
      Stages.Handouts h = built(inputs, d);
      h.templates(followed(inputs), d);
      return h;
    }

    /**
     * The templates of the catalog that a client of the whole roster follows, in the catalog's
     * order: the same for every shard and every run of --clients, as the templates are the same files.
     */
    private static List<org.circuitpress.model.Template> followed(Inputs inputs) {
      Set<String> programs = new HashSet<>();
      inputs.clients().forEach(c -> programs.add(c.program()));
      Set<String> ids = new HashSet<>();
      programs.forEach(p -> ids.addAll(inputs.catalog().templatesOf(p)));
      return inputs.catalog().templates().values().stream().filter(t -> ids.contains(t.id())).toList();
    }

    private Stages.Handouts built(Inputs inputs, Diagnostics d) {
      if (ahead == null) return stages.handouts(inputs.branding(), inputs.library(), d);
      try {
        return ahead.join();
      } catch (CompletionException e) {
        // As if it had been built on this thread: its exception is this thread's.
        if (e.getCause() instanceof RuntimeException r) throw r;
        if (e.getCause() instanceof Error err) throw err;
        throw e;
      } finally {
        d.addAll(own.all());
      }
    }
  }

  /** A client submitted to the pool, with its place in the roster. */
  private record Pending(Client client, int order, Future<ClientResult> future) {
    /** A job never throws; an Error (out of memory) still becomes that client's failure. */
    ClientResult await() {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return crashed(client, order, "the run was interrupted");
      } catch (ExecutionException e) {
        return crashed(client, order, "internal error: " + ClientJob.message(e.getCause()));
      }
    }
  }

  private static ClientResult crashed(Client c, int order, String message) {
    Outcome o = new Outcome(c.id(), c.name(), c.program(), 0, null, null, List.of(), 0, 0,
        ClientResult.Status.FAILED, message, c.group());
    return new ClientResult(order, "", o, List.of(Diagnostic.error(c.where(), message).forClient(c.id())), List.of());
  }

  /**
   * The paper the trainer's own workbooks print on: the one most of the roster's clients print on
   * (a gym in the US puts its clients on Letter), A4 on a tie. The whole roster's, so that every
   * shard and every run of {@code --clients} chooses the same.
   */
  static Paper trainersPaper(Inputs inputs) {
    return Paper.most(inputs.clients().stream().map(Client::paper).toList());
  }

  private void writeTotals(Path monthFolder, RunOptions o, Report.Scope scope, YearMonth month,
      List<Diagnostic> inputProblems, List<LeftOutRow> leftOut, Paper paper, Gathered gathered, Diagnostics d) {
    Shard shard = o.shard();
    String label = totalsLabel(o);
    Path summary = monthFolder.resolve(summaryName(label, "xlsx"));
    Path report = monthFolder.resolve(reportName(label));
    // only a whole shard's results are what merge-summaries combines
    Path csv = shard == null || !o.clients().isEmpty() ? null : monthFolder.resolve(summaryName(label, "csv"));
    Spool results;
    try {
      results = gathered.replay();
    } catch (IOException e) {
      for (Path f : Arrays.asList(summary, report, csv)) {
        if (f != null) d.error(Location.ofFile(f.toString()), "could not write: " + Stop.describe(e));
      }
      return;
    }
    List<Diagnostic> reported = new ArrayList<>(inputProblems);
    reported.addAll(writeSummaryKeeping(summary, report, results, inputProblems, leftOut, scope, paper, d));
    Keeping.write(report, "report", keptAside -> writeReport(report,
        w -> Report.write(month, shard, with(reported, keptAside), results, gathered.tally, scope, w), d), d);
    if (csv != null) {
      writeReport(csv, w -> {
        ShardFile.head(ShardFile.printer(w), inputProblems, leftOut, paper);
        results.copyTo(w);
        ShardFile.end(ShardFile.printer(w), results.size());
      }, d);
    }
  }

  /** {@code problems} and then {@code more}, for a report that lists both. */
  static List<Diagnostic> with(List<Diagnostic> problems, List<Diagnostic> more) {
    if (more.isEmpty()) return problems;
    List<Diagnostic> all = new ArrayList<>(problems);
    all.addAll(more);
    return all;
  }

  /**
   * What the run's summary and report are named after: nothing for the whole roster, the shard
   * ("shard-2-of-4"), or "clients" for a run of {@code --clients}, so that rerunning one client
   * never replaces the month's summary and report with a one-row copy.
   */
  static String totalsLabel(RunOptions o) {
    String shard = o.shard() == null ? null : o.shard().label();
    if (o.clients().isEmpty()) return shard;
    return shard == null ? "clients" : "clients-" + shard;
  }

  static String summaryName(String label, String extension) {
    return (label == null ? "summary." : "summary-" + label + ".") + extension;
  }

  static String reportName(String label) {
    return label == null ? "report.txt" : "report-" + label + ".txt";
  }

  /**
   * Writes the summary, with the roster rows with errors of {@code scope} last, under the name and
   * program read of them ({@code leftOut}); its Detail cells point at {@code reportFile} for what
   * they leave out. One the trainer changed since a run
   * wrote it (a column of notes added, rows coloured) is first copied aside as
   * summary.replaced.xlsx; when it cannot be copied it is kept and no new summary is written. A summary with no record (written before runs kept one)
   * is replaced as before. Returns what it said, also added to {@code d}, for the report.
   */
  List<Diagnostic> writeSummaryKeeping(Path file, Path reportFile, Iterable<ClientResult> results,
      List<Diagnostic> inputProblems, List<LeftOutRow> leftOut, Report.Scope scope, Paper paper, Diagnostics d) {
    String report = reportFile.getFileName().toString();
    return Keeping.write(file, "summary", () -> writeSummary(file, results, Report.rowWarnings(inputProblems),
        Report.skippedRows(inputProblems, scope), Report.leftOutForSummary(inputProblems, leftOut, scope, report),
        report, paper, d), d);
  }

  /**
   * The summary: a row per client of {@code results}, then one per roster row {@code leftOut}.
   * A client's warnings count those on their roster row ({@code rowWarnings}, by id) too, and their
   * Detail says the rows skipped for their id ({@code skippedRows}, by {@link Names#id}); a Detail
   * cell too long to read points at {@code report}. It prints on {@code paper}.
   */
  private boolean writeSummary(Path file, Iterable<ClientResult> results,
      Map<String, List<Diagnostic>> rowWarnings, Map<String, List<Diagnostic>> skippedRows,
      List<Outcome> leftOut, String report, Paper paper, Diagnostics d) {
    Iterable<Outcome> rows = () -> new Iterator<>() {
      private final Iterator<ClientResult> it = results.iterator();
      private final Iterator<Outcome> after = leftOut.iterator();

      @Override
      public boolean hasNext() {
        return it.hasNext() || after.hasNext();
      }

      @Override
      public Outcome next() {
        return it.hasNext() ? Report.forSummary(it.next(), rowWarnings, skippedRows, report) : after.next();
      }
    };
    return save(file, d, out -> stages.writeSummary(rows, paper, out));
  }

  /** What writes a text file, in UTF-8. */
  @FunctionalInterface
  interface Text {
    void writeTo(Writer w) throws IOException;
  }

  boolean writeReport(Path file, Text text, Diagnostics d) {
    return save(file, d, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      text.writeTo(w);
      w.flush();
    });
  }

  /** Whether the file was written; why not goes to {@code d}. */
  private boolean save(Path file, Diagnostics d, AtomicFiles.Body body) {
    try {
      files.write(file, body);
      return true;
    } catch (IOException e) {
      d.error(Location.ofFile(file.toString()), "could not write: " + Stop.describe(e));
    } catch (UncheckedIOException e) {
      d.error(Location.ofFile(file.toString()), "could not write: " + Stop.describe(e.getCause()));
    } catch (RuntimeException e) {
      d.error(Location.ofFile(file.toString()), "internal error while rendering " + file.getFileName() + ": "
          + ClientJob.message(e));
    }
    return false;
  }

  /** Merges the shard summaries of a month into the summary and report of the whole run. */
  public Result merge(Path out, YearMonth month) {
    return new Merge(this, screen).run(out, month);
  }

  // ---- what the user sees

  /**
   * Ends a run that could not start (exit 2), its problems on the error stream: in a run of
   * {@code --clients}, those of the whole files and of the clients asked for, as a run that starts
   * shows them ({@link #ofThisRun}), and a note counting those on other clients' rows left out.
   */
  private Result cannotStart(Diagnostics d, RunOptions o, String why) {
    List<Diagnostic> all = d.all();
    ofThisRun(all, o).stream().filter(Diagnostic::listed).forEach(x -> screen.err().println(Report.line(x)));
    if (!o.clients().isEmpty()) {
      othersLeftOut(all, chosen(o), CLIENTS_OPTION, "here").ifPresent(x -> screen.err().println(Report.line(x)));
    }
    screen.err().println("circuitpress: " + why);
    screen.err().flush();
    return Result.failed(2);
  }

  /** Ends a run with no client to make a program for and nothing wrong (exit 0): what was read, then why. */
  private Result nothingToMake(Diagnostics d, String why) {
    d.all().stream().filter(Diagnostic::listed).forEach(x -> screen.out().println(Report.line(x)));
    screen.out().println("circuitpress: " + why);
    screen.out().flush();
    return new Result(0, null, null, List.of());
  }

  /**
   * The problems on the console: a warning about the whole run (or all of a roster's start dates),
   * then errors, then warnings of a note of pain, then the others (at most {@link
   * Tally#CLIENT_WARNINGS_SHOWN} of one client's), at most {@link #CONSOLE_PROBLEMS}.
   */
  void printProblems(List<Diagnostic> inputProblems, Tally tally, Path report) {
    printProblems(inputProblems, tally, report, List.of());
  }

  /**
   * As above; a dry run ({@code report} null) then lists {@code unfollowed}, the warnings of the
   * templates no client follows, in full after the note that stands for them: it is how a trainer
   * sees them ({@link Unfollowed}).
   */
  void printProblems(List<Diagnostic> inputProblems, Tally tally, Path report, List<Diagnostic> unfollowed) {
    // Errors come first, so that the clients who got nothing are on screen however many warnings a
    // large roster has; the report lists everything in order.
    List<String> lines = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    // what --clients says of the ids asked for (a row with errors, other rows' problems left out)
    List<String> asked = new ArrayList<>();
    for (Diagnostic x : inputProblems) {
      if (!Report.isProblem(x)) {
        if (aboutTheIdsAsked(x)) asked.add(Report.line(x));
        continue;
      }
      if (!Report.isLine(x)) continue; // another line counts it
      // a warning about the whole run (where its files went) is shown even when errors fill the screen
      if (Inputs.isRunWide(x) || org.circuitpress.input.RosterReader.isNoOrder(x)) lines.add(Report.line(x));
      else if (x.isError()) errors.add(Report.line(x));
      else warnings.add(Report.line(x));
    }
    // every error is a problem line, so the tally's error count is its error lines
    long totalErrors = errors.size() + tally.errors();
    long total = lines.size() + errors.size() + warnings.size() + tally.problemLines();
    errors.addAll(tally.firstErrorLines());
    // a note of pain before the other warnings: the trainer should talk to the client first
    warnings.addAll(0, tally.firstPainLines());
    warnings.addAll(tally.firstWarningLines());
    int errorsShown = (int) Math.min(errors.size(), Math.max(0, CONSOLE_PROBLEMS - lines.size()));
    lines.addAll(errors.subList(0, errorsShown));
    warnings.stream().limit(Math.max(0, CONSOLE_PROBLEMS - lines.size())).forEach(lines::add);
    lines.forEach(screen.err()::println);
    asked.forEach(screen.err()::println);
    if (total > lines.size()) {
      long moreErrors = totalErrors - errorsShown;
      long more = total - lines.size();
      screen.err().println("... " + more + " more"
          + (moreErrors > 0 ? " (" + moreErrors + (moreErrors == 1 ? " error" : " errors") + " among them)" : "")
          + (report == null ? "" : " in " + report));
    }
    // A dry run writes no report, whose Notes would say how the inputs were read (a title row
    // passed over, the sheet chosen): it shows them here.
    if (report == null) {
      // (rows passed over on purpose are said under the counts, as in every run)
      inputProblems.stream()
          .filter(x -> !Report.isProblem(x) && !aboutTheIdsAsked(x) && !Unfollowed.isNote(x) && !Inputs.isPassedOver(x))
          .limit(CONSOLE_PROBLEMS).forEach(x -> screen.err().println(Report.line(x)));
      inputProblems.stream().filter(Unfollowed::isNote).forEach(x -> screen.err().println(Report.line(x)));
      unfollowed.forEach(x -> screen.err().println(Report.line(x)));
    }
    screen.err().flush();
  }

  /** A note of what {@code --clients} found of the ids given to it, which the console always shows. */
  private static boolean aboutTheIdsAsked(Diagnostic x) {
    return !Report.isProblem(x) && x.location().row() == 0 && CLIENTS_OPTION.equals(x.location().file());
  }

  static int exitCode(List<Diagnostic> inputProblems, Tally tally) {
    boolean failed = inputProblems.stream().anyMatch(Diagnostic::isError) || tally.failed();
    return failed ? 1 : 0;
  }

  private void printSummary(RunOptions o, Report.Scope scope, YearMonth month, Path monthFolder, Branding branding,
      List<Diagnostic> inputProblems, Tally tally, double seconds) {
    var out = screen.out();
    String counts = Report.counts(inputProblems, tally, scope);
    // A dry run (validate) planned and checked its clients; "done" would read as if files were made.
    // Nor can it keep a filled file: it writes none.
    if (o.dryRun()) counts = counts.replaceFirst(" done, \\d+ kept a filled or changed file, ", " planned and checked, ");
    out.printf(Locale.ROOT, "%s: %s (%.1f s)%n", month, counts, seconds);
    Report.logLines(tally, PAIN_NAMES_SHOWN, o.dryRun() ? null : reportName(totalsLabel(o))).forEach(out::println);
    if (o.dryRun()) {
      out.println("Dry run: nothing was written.");
    } else {
      out.println("Handouts and logs: " + monthFolder + "/<client>/handout.pdf and log.xlsx");
      // The sample's made-up gym is on every handout until its file is changed: say whose name they carry.
      // Without a file they carry the tool's name, which a trainer takes for a gym's: say how to put theirs.
      // A file without a name (no name row, an empty one, or a file that could not be read) heads them so too.
      if (o.branding() != null && branding.nameAt() == null) {
        out.println("Branding: " + o.branding() + " gives no gym name, so the handouts are headed " + branding.name()
            + "; to put your gym's name on them, write it in that file's value column, on a row with name in the"
            + " setting column (README: Branding)");
      } else if (o.branding() != null) out.println("Branding: " + branding.name() + " (" + o.branding() + ")");
      else out.println("Branding: none (no input/branding.csv, nor --branding), so the handouts are headed "
          + branding.name() + "; to put your gym's name, logo and contact on them, write input/branding.csv"
          + " (README: Branding)");
      Path summary = monthFolder.resolve(summaryName(totalsLabel(o), "xlsx"));
      Path report = monthFolder.resolve(reportName(totalsLabel(o)));
      boolean noSummary = failedToWrite(summary, inputProblems);
      boolean noReport = failedToWrite(report, inputProblems);
      out.println("Summary: " + (noSummary ? "not written (see above)" : summary));
      out.println("Report:  " + (noReport ? "not written (see above)" : report));
      if ((noSummary || noReport) && !tally.stoppedEarly()) {
        // every client was worked on, but the trainer is left without the list of what happened
        out.println("The " + (noSummary && noReport ? "summary and report" : noSummary ? "summary" : "report")
            + " could not be written: fix the cause above (a full disk: free some space) and run the same command"
            + " again; the clients' files written so far stay as they are.");
      }
      // The month's own summary comes only from the merge: a shard's last line says how to make it.
      if (o.shard() != null && o.clients().isEmpty()) {
        int n = o.shard().count();
        String when = n == 1 ? "" : n == 2 ? "when both shards have ended, " : "when all " + n + " shards have ended, ";
        String outOption = o.out().equals(DEFAULT_OUT) ? "" : " --out " + Unfollowed.shellWord(o.out().toString());
        out.println("Shard " + o.shard().index() + " of " + n + ": " + when + "./circuitpress merge-summaries"
            + outOption + " --month " + month + " writes the month's summary.xlsx and report.txt");
      }
    }
    if (tally.stoppedEarly()) {
      out.println("The run stopped early; fix the cause and run the same command again to complete the month.");
    }
    out.flush();
  }

  /** A client's result, in roster order: counted and spooled, and its files recorded. */
  private static void done(ClientResult r, Consumer<ClientResult> each, WrittenFiles written, Diagnostics d) {
    each.accept(r);
    if (written == null) return;
    try {
      written.commit(r.order());
    } catch (IOException e) {
      // The files are in place; without their lines a rerun judges them by their entries only.
      if (!d.all().stream().anyMatch(x -> x.message().startsWith(NOT_RECORDED))) {
        d.warning(Location.ofFile(written.file().toString()), NOT_RECORDED + Stop.describe(e)
            + "; a rerun will replace those without the client's entries even if they were changed");
      }
    }
  }

  static final String NOT_RECORDED = "could not record the files written: ";

  private static void closeQuietly(WrittenFiles written) {
    if (written == null) return;
    try {
      written.close();
    } catch (IOException e) {
      // every line was written when its file was; only closing failed
    }
  }

  private static boolean failedToWrite(Path file, List<Diagnostic> problems) {
    String name = file.toString();
    return problems.stream().anyMatch(x -> x.isError() && name.equals(x.location().file()));
  }

  static List<ClientResult> inRosterOrder(List<ClientResult> results) {
    return results.stream().sorted(Comparator.comparingInt(ClientResult::order)).toList();
  }
}
