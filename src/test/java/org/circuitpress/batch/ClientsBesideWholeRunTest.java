package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: a run of --clients made while a run of the whole roster of the same month was at
 * work (one client redone on the spot) appended its files to the record of files written; the
 * whole run, which had read the record when it started, took those files for ones changed by hand,
 * kept them and wrote its own older copies beside them with a warning that said so; in a month
 * with no earlier record it overwrote them with its own, made from the roster as it was before.
 */
class ClientsBesideWholeRunTest {
  @TempDir Path tmp;

  private static final String ANNA = "anna-k,Anna Kowalska,2026-12-07";
  private static final String BEN = "ben-o,Ben O'Neill,2026-11-16";
  private static final String ZOE = "zoe,Zoë Núñez,2027-01-04";
  private static final String DAN = "dan,Dan Ortiz,2026-11-30";
  /** Ben's start date as the trainer changed it while the whole run was at work. */
  private static final String BEN_LATER = "ben-o,Ben O'Neill,2026-11-23";

  private Path month() {
    return tmp.resolve("out/2026-11");
  }

  /** What the run of --clients left, captured as soon as it ended. */
  private record Clients(Run.Result result, String err, Map<String, String> files) {}

  /**
   * A run of the whole roster (one thread, roster order) that, while it is at its first client, has
   * a run of --clients for {@code ids} made with Ben's row changed, and runs {@code meanwhile} too.
   */
  private Run.Result wholeWithClientsMeanwhile(AtomicReference<Clients> clients, Runnable meanwhile, String... ids)
      throws IOException {
    Workspace ws = new Workspace(tmp, ANNA, BEN, ZOE, DAN);
    FakeStages whole = new FakeStages().edited("made by the whole run");
    AtomicBoolean once = new AtomicBoolean();
    whole.beforeHandout = p -> {
      if (!p.client().id().equals("anna-k") || !once.compareAndSet(false, true)) return;
      try {
        Workspace later = new Workspace(tmp, ANNA, BEN_LATER, ZOE, DAN);
        Run.Result r = later.run(new FakeStages().edited("made by --clients"))
            .generate(later.options().withClients(List.of(ids)));
        Map<String, String> files = new java.util.TreeMap<>();
        for (String f : Workspace.files(month())) files.put(f, Workspace.read(month().resolve(f)));
        clients.set(new Clients(r, later.err.toString(), files));
        meanwhile.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    return ws.run(whole).generate(ws.options().withThreads(1));
  }

  private static ClientResult of(Run.Result r, String id) {
    return r.results().stream().filter(x -> x.outcome().clientId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theWholeRunLeavesTheFilesARunOfClientsWroteSinceItStartedAndSaysSo() throws IOException {
    Workspace first = new Workspace(tmp, ANNA, BEN, ZOE, DAN);
    assertThat(first.run(new FakeStages()).generate(first.options()).exitCode()).isZero();
    // Zoë filled her log in: the run of --clients keeps it and writes her new files beside it
    Files.writeString(month().resolve("zoe/log.xlsx"), "LOG FILLED by the client");
    Path danHandout = month().resolve("dan/handout.pdf");
    AtomicReference<Clients> clients = new AtomicReference<>();

    Run.Result r = wholeWithClientsMeanwhile(clients, () -> {
      try {
        // while the whole run is at work, Dan's handout is changed by hand: that one is kept as before
        Files.writeString(danHandout, "\n% ink added on a tablet\n", StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, "ben-o", "zoe");

    Clients c = clients.get();
    assertThat(c.result().exitCode()).as(c.err()).isZero();
    assertThat(c.err()).contains(month() + ": warning: a run of the whole roster is writing into this folder at the"
        + " same time", "when it gets to these clients, if it has not yet, it leaves the files this run writes as they"
        + " are, as newer than its own");
    assertThat(r.exitCode()).isZero();

    // Ben's and Zoë's files are the --clients run's, byte for byte, with their block record; no copy beside them
    for (String f : List.of("ben-o/handout.pdf", "ben-o/log.xlsx", "ben-o/.circuitpress-block.csv",
        "zoe/log.xlsx", "zoe/handout.pdf", "zoe/handout.new.pdf", "zoe/log.new.xlsx", "zoe/.circuitpress-block.csv")) {
      assertThat(Workspace.read(month().resolve(f))).as(f).isEqualTo(c.files().get(f));
    }
    assertThat(Workspace.read(month().resolve("ben-o/handout.pdf"))).endsWith("made by --clients");
    assertThat(Workspace.read(month().resolve("ben-o/.circuitpress-block.csv"))).contains("2026-11-23");
    assertThat(month().resolve("ben-o/handout.new.pdf")).doesNotExist();
    assertThat(month().resolve("ben-o/log.new.xlsx")).doesNotExist();

    ClientResult ben = of(r, "ben-o");
    assertThat(ben.status()).isEqualTo("done");
    assertThat(ben.outcome().files()).isEmpty();
    assertThat(ben.problems()).isEmpty();
    assertThat(ben.notes()).singleElement().asString().matches("kept handout\\.pdf and log\\.xlsx as they are: a run"
        + " of --clients wrote them at [0-9]{2}:[0-9]{2}, after this run started, from the roster as it was then; they"
        + " are newer than this run's, so it wrote nothing for this client");
    // Zoë's filled log is still in place, kept: so says her status
    assertThat(of(r, "zoe").status()).isEqualTo("kept-filled-log");
    assertThat(of(r, "zoe").outcome().detail()).startsWith("kept handout.new.pdf and log.new.xlsx as they are: a run"
        + " of --clients wrote them at ");

    // the others are the whole run's, and a file changed by hand meanwhile is still kept as one
    assertThat(Workspace.read(month().resolve("anna-k/handout.pdf"))).endsWith("made by the whole run");
    assertThat(of(r, "dan").status()).isEqualTo("kept-filled-log");
    String report = Workspace.read(month().resolve("report.txt"));
    assertThat(report).contains("dan/handout.pdf: warning: was changed after CircuitPress wrote it, so it was kept")
        .contains("ben-o  done\n  note: kept handout.pdf and log.xlsx as they are: a run of --clients wrote them at ")
        .doesNotContain("ben-o/handout.pdf: warning", "zoe/handout.pdf: warning", "zoe/log.xlsx: warning");

    // The record of files written has the --clients run's files as the last written: the next run
    // replaces them as its own, with no warning.
    try (WrittenFiles record = WrittenFiles.of(month(), false)) {
      for (String f : List.of("ben-o/handout.pdf", "ben-o/log.xlsx", "zoe/handout.new.pdf", "zoe/log.new.xlsx")) {
        assertThat(record.check(f, month().resolve(f))).as(f).isEqualTo(WrittenFiles.Match.SAME);
      }
    }
    Workspace next = new Workspace(tmp, ANNA, BEN_LATER, ZOE, DAN);
    Run.Result again = next.run(new FakeStages().edited("next")).generate(next.options());
    assertThat(of(again, "ben-o").status()).isEqualTo("done");
    assertThat(Workspace.read(month().resolve("ben-o/handout.pdf"))).endsWith("next");
  }

  @Test
  void inAMonthWithNoEarlierRecordTheFilesOfTheRunOfClientsAreNotOverwritten() throws IOException {
    AtomicReference<Clients> clients = new AtomicReference<>();

    Run.Result r = wholeWithClientsMeanwhile(clients, () -> {}, "ben-o");

    assertThat(r.exitCode()).isZero();
    for (String f : List.of("ben-o/handout.pdf", "ben-o/log.xlsx", "ben-o/.circuitpress-block.csv")) {
      assertThat(Workspace.read(month().resolve(f))).as(f).isEqualTo(clients.get().files().get(f));
    }
    assertThat(Workspace.files(month().resolve("ben-o"))).containsExactly(".circuitpress-block.csv", "handout.pdf",
        "log.xlsx");
    assertThat(of(r, "ben-o").notes()).singleElement().asString().startsWith("kept handout.pdf and log.xlsx as they"
        + " are: a run of --clients wrote them at ");
    assertThat(Workspace.read(month().resolve("zoe/handout.pdf"))).endsWith("made by the whole run");
  }

  /**
   * Found in review: the whole run looks at a client's files when it starts on them, and judged them
   * by that look when it came to write, after planning them. A run of --clients that wrote them in
   * between (while the whole run read last month's log and planned) had its newer files replaced by
   * the whole run's older ones, with no word, though its warning had said they would stay.
   */
  @Test
  void filesTheRunOfClientsWritesWhileTheWholeRunPlansThatClientStay() throws IOException {
    Workspace first = new Workspace(tmp, ANNA, BEN, ZOE, DAN);
    assertThat(first.run(new FakeStages()).generate(first.options()).exitCode()).isZero();
    AtomicReference<Clients> clients = new AtomicReference<>();
    FakeStages whole = new FakeStages() {
      @Override
      public Planning planner(org.circuitpress.model.Library library, org.circuitpress.model.Catalog catalog) {
        Planning plan = super.planner(library, catalog);
        return (c, month, last, lastBlock, d) -> {
          if (c.id().equals("ben-o") && clients.get() == null) {
            try {
              Workspace later = new Workspace(tmp, ANNA, BEN_LATER, ZOE, DAN);
              Run.Result r = later.run(new FakeStages().edited("made by --clients"))
                  .generate(later.options().withClients(List.of("ben-o")));
              Map<String, String> files = new java.util.TreeMap<>();
              for (String f : Workspace.files(month())) files.put(f, Workspace.read(month().resolve(f)));
              clients.set(new Clients(r, later.err.toString(), files));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return plan.plan(c, month, last, lastBlock, d);
        };
      }
    }.edited("made by the whole run");
    Workspace ws = new Workspace(tmp, ANNA, BEN, ZOE, DAN);

    Run.Result r = ws.run(whole).generate(ws.options().withThreads(1));

    assertThat(clients.get().result().exitCode()).as(clients.get().err()).isZero();
    assertThat(r.exitCode()).isZero();
    for (String f : List.of("ben-o/handout.pdf", "ben-o/log.xlsx", "ben-o/.circuitpress-block.csv")) {
      assertThat(Workspace.read(month().resolve(f))).as(f).isEqualTo(clients.get().files().get(f));
    }
    assertThat(Workspace.read(month().resolve("ben-o/handout.pdf"))).endsWith("made by --clients");
    assertThat(Workspace.files(month().resolve("ben-o"))).containsExactly(".circuitpress-block.csv", "handout.pdf",
        "log.xlsx");
    ClientResult ben = of(r, "ben-o");
    assertThat(ben.status()).isEqualTo("done");
    assertThat(ben.notes()).singleElement().asString().startsWith("kept handout.pdf and log.xlsx as they are: a run"
        + " of --clients wrote them at ");
    assertThat(Workspace.read(month().resolve("zoe/handout.pdf"))).endsWith("made by the whole run");
  }

  /**
   * The other way round: the whole run writes a client after the run of --clients started, and
   * before it gets to them. The run of --clients, the newer, replaces those files as its own.
   */
  @Test
  void aRunOfClientsReplacesTheFilesTheWholeRunWroteSinceItStarted() throws IOException {
    Workspace first = new Workspace(tmp, ANNA, BEN, ZOE, DAN);
    assertThat(first.run(new FakeStages()).generate(first.options()).exitCode()).isZero();
    Workspace ws = new Workspace(tmp, ANNA, BEN_LATER, ZOE, DAN);
    FakeStages clients = new FakeStages().edited("made by --clients");
    AtomicBoolean once = new AtomicBoolean();
    AtomicReference<Run.Result> whole = new AtomicReference<>();
    clients.beforeHandout = p -> {
      if (!p.client().id().equals("anna-k") || !once.compareAndSet(false, true)) return;
      try {
        Workspace all = new Workspace(tmp, ANNA, BEN, ZOE, DAN);
        whole.set(all.run(new FakeStages().edited("made by the whole run")).generate(all.options()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };

    Run.Result r = ws.run(clients).generate(ws.options().withThreads(1).withClients(List.of("anna-k", "ben-o")));

    assertThat(whole.get().exitCode()).isZero();
    assertThat(r.exitCode()).isZero();
    ClientResult ben = of(r, "ben-o");
    assertThat(ben.status()).isEqualTo("done");
    assertThat(ben.problems()).isEmpty();
    assertThat(Workspace.read(month().resolve("ben-o/handout.pdf"))).endsWith("made by --clients");
    assertThat(Workspace.read(month().resolve("ben-o/log.xlsx"))).endsWith("made by --clients");
    assertThat(Workspace.read(month().resolve("ben-o/.circuitpress-block.csv"))).contains("2026-11-23");
    assertThat(month().resolve("ben-o/handout.new.pdf")).doesNotExist();
  }

  private static final String C1 = "c1,Ann Kowalska,upper-back-mobility,2026-12-01,beginner,,,foam roller,,,kg,A4,,";
  private static final String C2 = "c2,Ben O'Neill,upper-back-mobility,2026-12-02,beginner,,,foam roller,,,kg,A4,,";
  /** Ben's start date as the trainer changed it while the whole run was at work. */
  private static final String C2_LATER =
      "c2,Ben O'Neill,upper-back-mobility,2026-12-09,beginner,,,foam roller,,,kg,A4,,";

  /** The real stages, whose handouts run {@code before} first. */
  private static Stages realWith(java.util.function.Consumer<org.circuitpress.model.Program> before) {
    Stages real = Stages.standard();
    Class<?>[] stages = {Stages.class};
    return (Stages) java.lang.reflect.Proxy.newProxyInstance(Stages.class.getClassLoader(), stages,
        (proxy, m, args) -> {
          Object result;
          try {
            result = m.invoke(real, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
          if (!m.getName().equals("handouts")) return result;
          Stages.Handouts h = (Stages.Handouts) result;
          return (Stages.Handouts) (p, out, d) -> {
            before.accept(p);
            h.render(p, out, d);
          };
        });
  }

  /** With the real files: the summary's row of the client, and the block record next month continues from. */
  @Test
  void theWholeRunsSummaryShowsTheClientDoneWithTheBlockTheRunOfClientsWrote() throws IOException {
    Path month = tmp.resolve("out/2026-12");
    StringWriter out = new StringWriter();
    assertThat(RealRun.run(tmp, out, List.of(), C1, C2).exitCode()).as(out.toString()).isZero();
    AtomicBoolean once = new AtomicBoolean();
    AtomicReference<String> record = new AtomicReference<>();
    Stages stages = realWith(p -> {
      if (!p.client().id().equals("c1") || !once.compareAndSet(false, true)) return;
      try {
        StringWriter clientsOut = new StringWriter();
        assertThat(RealRun.run(tmp, clientsOut, List.of("c2"), C1, C2_LATER).exitCode()).as(clientsOut.toString())
            .isZero();
        record.set(Workspace.read(month.resolve("c2/.circuitpress-block.csv")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    StringWriter wholeOut = new StringWriter();

    Run.Result r = new Run(stages, RealRun.screen(wholeOut), OutputSink.FILES)
        .generate(RealRun.options(tmp).withThreads(1));

    assertThat(r.exitCode()).as(wholeOut.toString()).isZero();
    assertThat(record.get()).contains("2026-12-09");
    assertThat(Workspace.read(month.resolve("c2/.circuitpress-block.csv"))).isEqualTo(record.get());
    assertThat(Workspace.files(month.resolve("c2"))).containsExactly(".circuitpress-block.csv", "handout.pdf",
        "log.xlsx");
    List<String> row = RealRun.summary(month.resolve("summary.xlsx")).get(2);
    assertThat(row.get(0)).isEqualTo("c2");
    assertThat(row.get(3)).isEqualTo("1");
    assertThat(row.get(4)).isEqualTo("2026-12-09");
    assertThat(row.get(6)).isEmpty();
    assertThat(row.get(RealRun.STATUS)).isEqualTo("done");
    assertThat(row.get(RealRun.DETAIL)).startsWith("kept handout.pdf and log.xlsx as they are: a run of --clients"
        + " wrote them at ");
    assertThat(wholeOut.toString()).contains("2 clients: 2 done, 0 kept a filled or changed file");
  }
}
