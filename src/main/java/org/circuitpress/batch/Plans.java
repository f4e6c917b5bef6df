package org.circuitpress.batch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.circuitpress.input.LockFiles;
import org.circuitpress.input.LogReader;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.circuitpress.model.Program;

/** {@code plan} and {@code export-logs}: a run's programs, printed or set against their logs. */
public final class Plans {
  private final Stages stages;
  private final Screen screen;
  private final AtomicFiles files;
  /** Times the progress lines of {@code export-logs} (nanoseconds). */
  private final LongSupplier clock;

  public Plans(Stages stages, Screen screen, OutputSink sink) {
    this(stages, screen, sink, System::nanoTime);
  }

  Plans(Stages stages, Screen screen, OutputSink sink, LongSupplier clock) {
    this.stages = stages;
    this.screen = screen;
    this.files = new AtomicFiles(sink);
    this.clock = clock;
  }

  /** Prints one client's program ({@code clientId}), or everyone's when it is null. */
  public int print(RunOptions o, String clientId, boolean csv) {
    return print(o, clientId, csv, null);
  }

  /**
   * As {@link #print(RunOptions, String, boolean)}; the CSV goes into {@code file} when it is not
   * null, marked as UTF-8 for a spreadsheet. On the screen it has no mark: a pipe into another tool
   * would take the mark for part of the first column's name.
   */
  public int print(RunOptions o, String clientId, boolean csv, Path file) {
    Diagnostics d = new Diagnostics();
    Optional<String> refused = file == null ? Optional.empty() : refusedTarget(file, true, PLAN);
    if (refused.isPresent()) {
      d.error(Location.ofFile(file.toString()), refused.get());
      return fail(d, 2, "nothing was written");
    }
    // a client named is made as generate --clients makes them, one marked inactive too
    Optional<Inputs> in = Inputs.read(clientId == null ? o : o.withClients(List.of(clientId)), stages, d);
    if (in.isEmpty()) return fail(clientId == null ? d : onlyOf(d, clientId), 2, "the inputs above could not be read");
    List<Client> clients = in.get().clients();
    if (clientId != null) {
      // as generate --clients: the problems of this client and of the whole files, not those on
      // other clients' rows, with a note that counts those
      d = onlyOf(d, clientId);
      String key = Names.id(clientId);
      clients = clients.stream().filter(c -> Names.id(c.id()).equals(key)).toList();
      if (clients.isEmpty()) {
        // named as the roster's own rows are named in their messages: by file name
        Path roster = o.roster().getFileName();
        // a row that failed is exit 1, as in any run; an id the roster does not have is bad usage
        int exit = Inputs.rowHasErrors(clientId, d) ? 1 : 2;
        String why = Inputs.notFound(clientId, in.get().clients(), "--client", d);
        d.error(Location.ofFile((roster == null ? o.roster() : roster).toString()), why);
        return fail(d, exit, "nothing to print");
      }
    }
    // a column read last month and deleted since: the programs generate refuses to make are not printed either
    Optional<YearMonth> month = Optional.ofNullable(o.month()).or(() -> in.get().firstMonth());
    if (month.isPresent() && LostColumns.check(o.out(), month.get(), in.get(), d)) {
      return fail(d, 2, file == null ? "nothing was printed" : "nothing was written");
    }
    History history = history(in.get(), o);
    List<Program> programs = programs(in.get(), history, clients, o, false, d).stream()
        .map(Stages.Logged::program).toList();
    if (clientId != null && programs.size() == 1) printedOtherwise(in.get(), history, programs.get(0), o, d);
    sayReadingCosts(in.get(), history, programs, o, d);
    boolean unreplaced = false;
    try {
      if (file != null && programs.isEmpty()) {
        // a --month before every start, or every client failed: an earlier plan CSV, which the
        // trainer may have written in, is not replaced by a first line alone
        screen.out().println("Nothing was written to " + file + ": no client has a program "
            + (o.month() == null ? "to write" : "in " + o.month()) + " (the messages above say why)");
      } else if (file != null) {
        String which = programs.size() == 1 ? "the program of 1 client"
            : "the programs of " + programs.size() + " clients";
        switch (Keeping.writeChosen(files, file, "plan", marked(w -> stages.planCsv(programs, w)), d)) {
          case WRITTEN -> screen.out().println("Wrote " + which + " to " + file);
          case SAME -> screen.out().println(file + " already holds " + which + " as they are now, so it was left as"
              + " it is");
          case FAILED -> unreplaced = true;
        }
      } else if (csv) {
        stages.planCsv(programs, screen.out());
      } else {
        for (int i = 0; i < programs.size(); i++) {
          if (i > 0) screen.out().println();
          screen.out().print(stages.planText(programs.get(i)));
        }
      }
    } catch (IOException e) {
      d.error(Location.ofFile("standard output"), "could not write: " + Stop.describe(e));
    }
    screen.out().flush();
    // A client with no block this month (not started, or a block still running) is skipped, as
    // generate skips it; only errors fail the command. The file named that could not be replaced is
    // as one refused before the work.
    int exit = finish(d, o.month());
    return unreplaced ? 2 : exit;
  }

  /**
   * Writes one CSV of target against actual for every client of the month ({@code file}, or
   * {@code log-export.csv} in the month folder).
   */
  public int exportLogs(RunOptions o, Path file) {
    Diagnostics d = new Diagnostics();
    Optional<Inputs> in = Inputs.read(o, stages, d);
    if (in.isEmpty()) return fail(d, 2, "the inputs above could not be read");
    // every row marked inactive: nothing is wrong, there is only no one whose log to export
    if (Inputs.noneActive(d)) return fail(d, 0, "every client is marked inactive, so no log was exported");
    Optional<YearMonth> month = Optional.ofNullable(o.month()).or(in.get()::firstMonth);
    if (month.isEmpty()) return fail(d, 2, "the roster has no client that could be read; nothing was exported");
    Path monthFolder = o.out().resolve(month.get().toString());
    String unseen = LogReader.cannotLookIn(monthFolder);
    if (unseen != null) {
      // it may well be there, every client's log in it: not one to run generate for again
      d.error(Location.ofFile(monthFolder.toString()), "could not look in " + monthFolder + " (" + unseen + "); "
          + LogReader.LOOK_AGAIN);
      return fail(d, 2, "nothing was exported");
    }
    if (!Files.isDirectory(monthFolder)) {
      d.error(Location.ofFile(monthFolder.toString()), "folder not found: run generate for " + month.get() + " first");
      return fail(d, 2, "nothing was exported");
    }
    Path target = file != null ? file : monthFolder.resolve(EXPORT_FILE);
    // The month's own export, even named with --file, is kept aside when edited (Keeping below).
    boolean own = file == null || isSame(file, monthFolder.resolve(EXPORT_FILE)) || isMonthExport(file);
    Optional<String> refused = refusedTarget(target, !own, EXPORT);
    if (refused.isPresent()) {
      d.error(Location.ofFile(target.toString()), refused.get());
      return fail(d, 2, "nothing was exported");
    }
    List<Stages.Logged> logged = exported(in.get(), o, monthFolder, month.get(), d);
    AtomicFiles.Body body = marked(w -> stages.exportLogs(logged, w));
    // In the month folder the export is one of the run's own files: one the trainer edited since
    // is kept aside, as summary.xlsx is. A --file of their choosing has no record of the run's, so
    // an earlier file there that differs at all is kept aside.
    Keeping.Chosen done;
    if (own) {
      boolean[] written = {false};
      Keeping.write(target, "export", () -> written[0] = writeOwn(target, body, d), d);
      done = written[0] ? Keeping.Chosen.WRITTEN : Keeping.Chosen.FAILED;
    } else {
      done = Keeping.writeChosen(files, target, "export", body, d);
    }
    long withEntries = logged.stream().filter(l -> l.log().filter(b -> !b.isEmpty()).isPresent()).count();
    // a client with no block this month (not started yet) is no failure; one that failed has an error
    // in d; a file named that could not be replaced is as one refused before the work
    int exit = finish(d, month.get());
    if (file != null && done == Keeping.Chosen.FAILED) exit = 2;
    String exported = "Exported " + logged.size() + " clients (" + withEntries + " with logged entries)";
    if (done == Keeping.Chosen.WRITTEN) {
      screen.out().println(exported + " to " + target);
    } else if (done == Keeping.Chosen.SAME) {
      screen.out().println(exported + ": " + target + " already held this export, so it was left as it is");
    } else {
      screen.out().println("Nothing was exported; the messages above say why");
    }
    screen.out().flush();
    return exit;
  }

  /**
   * Every client's block of the month with its log, in roster order. A chain's logs take a minute
   * or more one after another, so each client is planned and has its log read on a thread of a
   * pool, as generate does; what planning and reading said goes to {@code d} in the order a single
   * thread gives (all the planning first, then the logs), and the screen shows how far it is.
   */
  private List<Stages.Logged> exported(Inputs in, RunOptions o, Path monthFolder, YearMonth month, Diagnostics d) {
    List<Client> clients = in.clients();
    SafeNames.Assignment names = SafeNames.assign(clients.stream().map(Client::id).toList());
    History history = history(in, o);
    int threads = Math.max(1, Math.min(o.threads(), clients.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "circuitpress-export");
      t.setDaemon(true);
      return t;
    });
    List<Future<Exported>> futures = new ArrayList<>();
    List<Exported> done = new ArrayList<>();
    try (Progress progress = Progress.of(screen, clients.size(), clock)) {
      for (Client c : clients) {
        futures.add(pool.submit(() -> {
          try {
            return exported(c, history, names, o, monthFolder, month);
          } finally {
            progress.step(false);
          }
        }));
      }
      for (Future<Exported> f : futures) done.add(await(f));
    } finally {
      pool.shutdownNow();
    }
    done.forEach(e -> e.planned().forEach(d::add));
    List<Stages.Logged> logged = new ArrayList<>();
    for (Exported e : done) {
      e.read().forEach(d::add);
      e.logged().ifPresent(logged::add);
    }
    return logged;
  }

  /** One client's block with its log (none without a block this month), and what planning and reading it said. */
  private record Exported(Optional<Stages.Logged> logged, List<Diagnostic> planned, List<Diagnostic> read) {}

  private Exported exported(Client c, History history, SafeNames.Assignment names, RunOptions o, Path monthFolder,
      YearMonth month) {
    Diagnostics planned = new Diagnostics();
    Optional<Stages.Logged> block = program(c, history, names, o, true, planned);
    Diagnostics read = new Diagnostics();
    Optional<Stages.Logged> logged = block.map(p -> {
      try {
        return logged(p, history, names, monthFolder, month, read);
      } catch (RuntimeException | StackOverflowError e) {
        // one client's odd files never end the export: their rows go without what they logged
        Location folder = Location.ofFile(monthFolder.resolve(names.folders().get(c.id())).toString());
        read.add(Diagnostic.error(folder, "could not read the client's log: reading it stopped on something"
            + " CircuitPress did not expect (" + e.getClass().getSimpleName() + "), so their rows of the export are"
            + " without what they logged").forClient(c.id()));
        return new Stages.Logged(p.program(), Optional.empty());
      }
    });
    return new Exported(logged, planned.all(), read.all());
  }

  /** The result of {@code f}; what a task threw is thrown here, as if it had run on this thread. */
  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A client's block of the month with its log, read where the block was made. */
  private static Stages.Logged logged(Stages.Logged p, History history, SafeNames.Assignment names, Path monthFolder,
      YearMonth month, Diagnostics d) {
    Client c = p.program().client();
    String name = names.folders().get(c.id());
    Program block = p.program();
    // A first block made early, by an earlier month's run, is this month's block: its log is there.
    Optional<History.Made> made = block.block() == 1
        ? history.firstBlockMadeElsewhere(c, name, month) : Optional.empty();
    // else the client's folders of the month as next month's run finds them, 1,001 beside 1001 too
    List<Path> dirs = made.isPresent() ? List.of(made.get().folder()) : history.monthFolders(monthFolder, c.id(), name);
    if (made.isPresent()) block = made.get().block();
    return dirs.isEmpty() || !Files.isDirectory(dirs.get(0)) ? new Stages.Logged(block, Optional.empty())
        : history.logged(dirs, c, month, block, name, d);
  }

  static final String EXPORT_FILE = "log-export.csv";
  /** UTF-8's byte-order mark, which tells Excel (and every other spreadsheet) how a CSV is encoded. */
  static final char BYTE_ORDER_MARK = '\uFEFF';

  /** Whether {@code file} is the export of any month folder a run wrote (it has the run's record). */
  private static boolean isMonthExport(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return file.getFileName().toString().equals(EXPORT_FILE) && parent != null
        && Files.isRegularFile(parent.resolve(WrittenFiles.NAME));
  }

  /** Whether {@code a} names the file {@code b} (the month's own export named with --file). */
  private static boolean isSame(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
          : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    } catch (IOException e) {
      return false;
    }
  }

  /** A CSV a command writes into a file: what it is called, a name to suggest, how its first line starts. */
  private record CsvFile(String what, String example, String header) {}

  // an export written before the gym and trainer columns is an export too
  private static final CsvFile EXPORT = new CsvFile("a log export", EXPORT_FILE,
      String.join(",", org.circuitpress.render.csv.LogExport.FIRST_HEADER));
  private static final CsvFile PLAN = new CsvFile("a plan CSV", "plan.csv",
      org.circuitpress.render.csv.PlanCsv.firstColumns());

  /** The month's own export, whole or not at all; false when it could not be written (said in {@code d}). */
  private boolean writeOwn(Path target, AtomicFiles.Body body, Diagnostics d) {
    try {
      files.write(target, body);
      return true;
    } catch (IOException e) {
      d.error(Location.ofFile(target.toString()), "could not write: " + Stop.describe(e));
      return false;
    }
  }

  /** A CSV for a spreadsheet: UTF-8 with the byte-order mark. */
  private static AtomicFiles.Body marked(CsvBody body) {
    return out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      // Excel opens a CSV without the mark in the computer's own code page: Zoë would show as ZoÃ«
      w.write(BYTE_ORDER_MARK);
      body.writeTo(w);
      w.flush();
    };
  }

  private interface CsvBody {
    void writeTo(Writer w) throws IOException;
  }

  /**
   * Why {@code csv} may not be written to {@code target}, checked before any work: a folder, a
   * folder that does not exist, (for a file the trainer named) an existing file that is not an
   * earlier one of its kind, such as a client's log or the roster typed by mistake, or an earlier
   * one that is open in Excel or LibreOffice or read-only.
   */
  private static Optional<String> refusedTarget(Path target, boolean named, CsvFile csv) {
    if (Files.isDirectory(target)) return Optional.of("is a folder; give a file name, such as " + csv.example());
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      return Optional.of("the folder " + parent + " does not exist; make it first, or give another file");
    }
    if (!Files.exists(target)) return Optional.empty();
    if (named && !ofKind(target, csv)) {
      return Optional.of("exists and is not " + csv.what() + ", so it was not replaced; give a new file name (or"
          + " remove the file first if it is an old " + (csv == EXPORT ? "export" : "one") + ")");
    }
    Optional<LockFiles.Lock> lock = LockFiles.lockOf(target);
    if (lock.isPresent()) {
      return Optional.of("is open in Excel or LibreOffice" + lock.get().owner().map(w -> ", by " + w).orElse("")
          + ", as the lock file " + lock.get().name() + " beside it says, so it was not replaced: what is typed there"
          + " and not saved would be lost. Save and close it, then run again (if no program has it open, delete "
          + lock.get().name() + ")");
    }
    if (readOnly(target)) {
      return Optional.of("is read-only, so it was not replaced: clear its read-only setting (Properties on Windows,"
          + " Get Info on a Mac), or give another file name");
    }
    return Optional.empty();
  }

  /**
   * Whether the file is marked read-only: Windows' read-only attribute, or no write permission for
   * its owner (which the superuser could still write, so {@link Files#isWritable} alone would not say).
   */
  private static boolean readOnly(Path file) {
    if (!Files.isWritable(file)) return true;
    try {
      DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
      if (dos != null && dos.readAttributes().isReadOnly()) return true;
    } catch (IOException | UnsupportedOperationException e) {
      // no such attribute here
    }
    try {
      PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      return posix != null && !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Whether {@code target} starts with the first columns of {@code csv} (with UTF-8's mark or without). */
  private static boolean ofKind(Path target, CsvFile csv) {
    String header = csv.header();
    String first;
    try (java.io.BufferedReader r = Files.newBufferedReader(target, StandardCharsets.UTF_8)) {
      first = r.readLine();
    } catch (IOException | RuntimeException e) {
      first = null;
    }
    return first != null && first.replace(String.valueOf(BYTE_ORDER_MARK), "").startsWith(header);
  }

  /**
   * The month's program of each client, as {@code generate} makes it: planned again with its notes
   * (what the log changed, why a substitute), or {@code asPrinted}, the block its run recorded
   * where there is a record (without notes), to read the month's logs against; failures go to
   * {@code d}.
   */
  private List<Stages.Logged> programs(Inputs in, History history, List<Client> clients, RunOptions o,
      boolean asPrinted, Diagnostics d) {
    SafeNames.Assignment names = SafeNames.assign(in.clients().stream().map(Client::id).toList());
    List<Stages.Logged> out = new ArrayList<>();
    for (Client c : clients) program(c, history, names, o, asPrinted, d).ifPresent(out::add);
    return out;
  }

  /** The drills each limitation read by a related word left out of {@code programs}, said in its warning ({@link ReadingCost}). */
  private static void sayReadingCosts(Inputs in, History history, List<Program> programs, RunOptions o, Diagnostics d) {
    SafeNames.Assignment names = SafeNames.assign(in.clients().stream().map(Client::id).toList());
    ReadingCost costs = new ReadingCost();
    for (Program p : programs) {
      costs.note(p.client(), p, c -> history.program(c, names.folders().get(c.id()), o.month(), new Diagnostics()));
    }
    costs.say(d);
  }

  /** One client's program, as {@link #programs} makes it; what planning said goes to {@code d}, marked as theirs. */
  private static Optional<Stages.Logged> program(Client c, History history, SafeNames.Assignment names, RunOptions o,
      boolean asPrinted, Diagnostics d) {
    Diagnostics cd = new Diagnostics();
    Optional<Stages.Logged> out = Optional.empty();
    try {
      String folder = names.folders().get(c.id());
      out = (asPrinted ? history.printed(c, folder, o.month(), cd) : history.program(c, folder, o.month(), cd))
          .map(p -> new Stages.Logged(p, Optional.empty()));
    } catch (RuntimeException | StackOverflowError e) {
      cd.error(c.where(), "internal error while planning: " + ClientJob.message(e));
    }
    cd.all().forEach(x -> d.add(x.forClient(c.id())));
    return out;
  }

  /**
   * A note when the handout and log a run made for {@code p}'s block print it otherwise than
   * {@code p}, which today's files plan: the client works from those, and a trainer checking their
   * week with {@code plan} would otherwise take the program shown for the one in their hands. When
   * a run already wrote {@code p} beside them (the client's files hold their entries), the note
   * says where, rather than to run again; else it gives the command that does, with the files and
   * folders of this command, so that it can be pasted as it is.
   */
  private static void printedOtherwise(Inputs in, History history, Program p, RunOptions o, Diagnostics d) {
    Client c = p.client();
    String folder = SafeNames.assign(in.clients().stream().map(Client::id).toList()).folders().get(c.id());
    history.printedOtherwise(c, folder, p).ifPresent(found -> {
      String held = c.name() + " (" + c.id() + "): the handout and log made here for block " + p.block() + ", which"
          + " the client has, differ from the program above, planned from today's roster, library, templates and"
          + " logs. ";
      String what = found.newFiles().isEmpty()
          ? "To give them this program, run " + generate(o, c, YearMonth.from(p.start())) + " (a log or handout the"
              + " client wrote in stays in place, and the new one is written beside it)"
          : "This program is already written beside them, as " + String.join(" and ", found.newFiles()) + " in "
              + found.folder() + ": give the client " + (found.newFiles().size() == 1 ? "that" : "those") + " (README,"
              + " Files with a client's entries are kept, says how to put them in place of the old ones)";
      d.add(Diagnostic.info(Location.ofFile(found.folder().toString()), held + what).forClient(c.id()));
    });
  }

  /** The command that makes {@code c}'s block of {@code month} again, with the inputs and output folder of {@code o}. */
  private static String generate(RunOptions o, Client c, YearMonth month) {
    return "./circuitpress generate --month " + month + " --clients " + Unfollowed.shellWord(c.id())
        + Unfollowed.inputOptions(o, true);
  }

  private History history(Inputs in, RunOptions o) {
    return new History(stages, stages.planner(in.library(), in.catalog()), o.out(), in.library(), in.catalog());
  }

  /** Where the note about other clients' problems left out of {@code plan --client} is located. */
  static final String CLIENT_OPTION = "--client";

  /**
   * The problems of {@code d} about the files and about the client {@code clientId} (by the id
   * roster rows are compared by), as a run of {@code --clients} shows them ({@link Run#ofClients}),
   * with a note counting those on other clients' rows left out.
   */
  private static Diagnostics onlyOf(Diagnostics d, String clientId) {
    String key = Names.id(clientId);
    Predicate<String> wanted = id -> Names.id(id).equals(key);
    Diagnostics kept = new Diagnostics();
    List<Diagnostic> all = d.all();
    Run.ofClients(all, wanted).forEach(kept::add);
    Run.othersLeftOut(all, wanted, CLIENT_OPTION, "here").ifPresent(kept::add);
    return kept;
  }

  /**
   * Prints the problems of a command that planned the clients' blocks of {@code month}, with many
   * clients' warning of a month far after their last blocks said once ({@link FarMonths}), and
   * gives its exit code: 1 for an error.
   */
  private int finish(Diagnostics d, YearMonth month) {
    FarMonths.grouped(d.all(), month).stream().filter(Diagnostic::listed)
        .forEach(x -> screen.err().println(Report.line(x)));
    screen.err().flush();
    return d.hasErrors() ? 1 : 0;
  }

  /** Ends the command before any client: the problems read so far, then why (exit 0 when nothing is wrong). */
  private int fail(Diagnostics d, int exit, String why) {
    d.all().stream().filter(Diagnostic::listed).forEach(x -> screen.err().println(Report.line(x)));
    screen.err().println("circuitpress: " + why);
    screen.err().flush();
    return exit;
  }
}
