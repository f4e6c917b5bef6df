package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Group;
import org.circuitpress.model.LeftOutRow;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Roster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chain's gym and trainer of each client, carried through the shard files, so that the merged
 * summary and report are those of one machine: with the Gym and Trainer columns, and the gym and
 * trainer on each client's line of the report.
 */
class ShardGroupTest {
  @TempDir Path tmp;

  private static final Path FILE = Path.of("out/2026-12/summary-shard-1-of-3.csv");

  /** The fake roster, each client (and each row left out) at the gym its id's number picks. */
  static final class WithGroups extends FakeStages {
    @Override
    public void writeSummary(Iterable<Outcome> rows, org.circuitpress.model.Paper paper, java.io.OutputStream out)
        throws IOException {
      Stages.standard().writeSummary(rows, paper, out);
    }

    @Override
    public Roster roster(Path file, Library library, Catalog catalog, Diagnostics d) {
      Roster r = super.roster(file, library, catalog, d);
      List<Client> clients = new ArrayList<>();
      for (Client c : r.clients()) clients.add(new Client(c.id(), c.name(), c.program(), c.startDate(), c.level(), c.weeks(),
            c.sessionsPerWeek(), c.equipment(), c.limitations(), c.exclude(), c.units(), c.paper(), c.notes(),
            c.email(), c.where(), c.startLoads(), group(c.id())));
      List<LeftOutRow> leftOut = r.leftOut().stream()
          .map(x -> new LeftOutRow(x.where(), x.clientId(), x.name(), x.program(), group(x.clientId()))).toList();
      return new Roster(clients, leftOut);
    }

    private static Group group(String id) {
      return id.hashCode() % 3 == 0 ? Group.NONE : new Group(id.hashCode() % 2 == 0 ? "Riverside" : "Harbour", "Sam");
    }
  }

  @Test
  void theShardsMergeIntoTheSummaryAndReportOfTheWholeRunWithTheGymAndTrainer() throws IOException {
    List<String> roster = new ArrayList<>();
    for (int i = 0; i < 12; i++) roster.add("c-" + i + ",Client " + i + ",2026-12-0" + (1 + i % 9));
    roster.add("bad,Bad,not-a-date");
    Workspace ws = new Workspace(tmp, roster.toArray(String[]::new));
    Path whole = tmp.resolve("whole");
    Path sharded = tmp.resolve("sharded");
    ws.run(new WithGroups()).generate(ws.options().withOut(whole));
    for (int k = 1; k <= 3; k++) {
      ws.run(new WithGroups()).generate(ws.options().withOut(sharded).withShard(new Shard(k, 3)));
    }
    new Workspace(tmp).run(new WithGroups()).merge(sharded, null);

    for (String f : List.of("2026-12/summary.xlsx", "2026-12/report.txt")) {
      assertThat(Files.mismatch(sharded.resolve(f), whole.resolve(f))).as(f).isEqualTo(-1);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(sharded.resolve("2026-12/summary.xlsx")))) {
      XSSFSheet s = wb.getSheet("Summary");
      assertThat(s.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Gym");
      assertThat(s.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Trainer");
      List<String> gyms = new ArrayList<>();
      for (int r = 1; r <= s.getLastRowNum(); r++) {
        gyms.add(s.getRow(r).getCell(0).getStringCellValue() + " " + s.getRow(r).getCell(2).getStringCellValue());
      }
      // the row left out for its errors is under its gym too
      assertThat(gyms).contains("bad " + WithGroups.group("bad").gym());
      for (int i = 0; i < 12; i++) assertThat(gyms).contains("c-" + i + " " + WithGroups.group("c-" + i).gym());
    }
    String report = Files.readString(sharded.resolve("2026-12/report.txt"));
    Group g = WithGroups.group("c-1");
    assertThat(report).contains("\nc-1  done  " + Report.group(g) + "  c-1/");
  }

  @Test
  void theGymAndTrainerAreWrittenAndReadBackAndAFileOfTheLayoutBeforeReadsWithoutThem() throws IOException {
    List<ClientResult> results = new ArrayList<>();
    for (ClientResult r : SpoolTest.results()) {
      Outcome o = r.outcome();
      results.add(new ClientResult(r.order(), r.folder(), new Outcome(o.clientId(), o.name(), o.program(), o.block(),
          o.start(), o.end(), o.files(), o.substitutes(), o.warnings(), o.status(), o.detail(),
          new Group("=Riverside", "Sam, \"the\" coach")), r.problems(), r.notes()));
    }
    LeftOutRow left = new LeftOutRow(Location.ofRow("roster.csv", null, 9), "c9", "Ann", "x", new Group("North", ""));
    StringWriter w = new StringWriter();
    ShardFile.write(new ShardFile.Content(List.of(), List.of(left), results), w);
    Diagnostics d = new Diagnostics();
    ShardFile.Parsed p = ShardFile.read(new StringReader(w.toString()), FILE, d);
    assertThat(d.all()).isEmpty();
    assertThat(p.content().results()).isEqualTo(results);
    assertThat(p.content().leftOut()).containsExactly(left);

    String six = "circuitpress-shard-summary,6\n"
        + "left-out,roster.csv,,9,c9,Ann,x\n"
        + "outcome,0,c1,c1,Ann,upper-back-mobility,1,2026-12-01,2026-12-28,c1/handout.pdf,0,0,done,\n"
        + "end,1\n";
    p = ShardFile.read(new StringReader(six), FILE, d);
    assertThat(d.all()).isEmpty();
    assertThat(p.content().results().get(0).outcome().group()).isEqualTo(Group.NONE);
    assertThat(p.content().leftOut().get(0).group()).isEqualTo(Group.NONE);
    // a line of layout 7 cut short by the two cells is damaged, not read as one of layout 6
    String cut = six.replace(",6\n", ",7\n");
    assertThat(ShardFile.read(new StringReader(cut), FILE, d)).isNull();
  }
}
