package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Location;
import org.circuitpress.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a month folder holds from earlier runs that a run leaves as it is. Found in review (a chain's
 * operator): a client deleted from the roster kept last run's folder, rightly, but nothing said so;
 * nor did anything say that a client who failed still had an earlier run's handout and log.
 */
class EarlierFilesTest {
  @TempDir Path tmp;

  private static final String[] THREE = {
    "anna-k,Anna Kowalska,2026-12-07", "ben-o,Ben O'Neill,2026-11-16", "zoe,Zoë Núñez,2027-01-04"
  };
  private static final String[] TWO = {"ben-o,Ben O'Neill,2026-11-16", "zoe,Zoë Núñez,2027-01-04"};
  private static final String NOTE = "1 client folder in 2026-11 is not on the roster: anna-k (left as it is)";

  @Test
  void aRunOfTheWholeRosterNamesTheClientFoldersOfClientsNoLongerOnIt() throws IOException {
    Workspace first = new Workspace(tmp, THREE);
    first.run(new FakeStages()).generate(first.options());
    Path report = tmp.resolve("out/2026-11/report.txt");
    assertThat(Workspace.read(report)).doesNotContain("not on the roster");

    Workspace without = new Workspace(tmp, TWO);
    assertThat(without.run(new FakeStages()).generate(without.options()).exitCode()).isZero();
    assertThat(Workspace.read(report)).contains(tmp.resolve("roster.csv") + ": note: " + NOTE + "\n");
    assertThat(without.out.toString()).contains(NOTE + "\n");
    assertThat(tmp.resolve("out/2026-11/anna-k/handout.pdf")).exists();

    // runs that see part of the roster cannot tell a client who left from one they were not given
    Workspace some = new Workspace(tmp, TWO);
    some.run(new FakeStages()).generate(some.options().withClients(List.of("ben-o")));
    Workspace shard = new Workspace(tmp, TWO);
    shard.run(new FakeStages()).generate(shard.options().withShard(new Shard(1, 2)));
    assertThat(some.out.toString() + shard.out.toString()).doesNotContain("not on the roster");
    assertThat(Workspace.read(tmp.resolve("out/2026-11/report-clients.txt"))).doesNotContain("not on the roster");
    assertThat(Workspace.read(tmp.resolve("out/2026-11/report-shard-1-of-2.txt"))).doesNotContain("not on the roster");
  }

  @Test
  void theNoteNamesAFewFoldersAndCountsTheRestAndLeavesOutWhatIsNoClientsFolder() throws IOException {
    Path month = Files.createDirectories(tmp.resolve("2026-12"));
    for (String f : List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7", "kept", "C8")) {
      Files.writeString(Files.createDirectories(month.resolve(f)).resolve("log.xlsx"), "x");
    }
    Files.createDirectories(month.resolve("printouts")); // no client's file in it
    Files.writeString(Files.createDirectories(month.resolve("fixed")).resolve("handout.pdf"), "x");
    Map<String, String> folders = Map.of("kept", "kept", "c8", "c8");
    Location where = Location.ofFile("roster.csv");

    assertThat(EarlierFiles.notOnRoster(month, folders, List.of("fixed"), where)).get()
        .extracting(Diagnostic::message).isEqualTo("7 client folders in 2026-12 are not on the roster: c1, c2, c3, c4,"
            + " c5 and 2 more (left as they are)");
    assertThat(EarlierFiles.notOnRoster(month.resolve("kept"), folders, List.of(), where)).isEmpty();
  }

  @Test
  void mergedShardsNameTheFoldersOfClientsNoLongerOnTheRoster() throws IOException {
    Workspace ws = new Workspace(tmp, "a,A,2026-12-01", "b,B,2026-12-01", "c,C,2026-12-01");
    for (int k = 1; k <= 2; k++) ws.run(new FakeStages()).generate(ws.options().withShard(new Shard(k, 2)));
    Path month = tmp.resolve("out/2026-12");
    Files.writeString(Files.createDirectories(month.resolve("left")).resolve("handout.pdf"), "x");
    Workspace merging = new Workspace(tmp);
    assertThat(merging.run(new FakeStages()).merge(tmp.resolve("out"), null).exitCode()).isZero();
    String note = "1 client folder in 2026-12 is not on the roster: left (left as it is)";
    assertThat(merging.out.toString()).contains(note);
    assertThat(Workspace.read(month.resolve("report.txt"))).contains(month + ": note: " + note);
  }

  @Test
  void aClientWhoFailsThisTimeIsToldTheirFolderKeepsTheEarlierFiles() throws IOException {
    Workspace first = new Workspace(tmp, THREE);
    first.run(new FakeStages()).generate(first.options());
    String stays = "zoe/ still holds handout.pdf and log.xlsx from an earlier run of this month; they stay as they are";

    FakeStages failing = new FakeStages();
    failing.beforeHandout = p -> {
      if (p.client().id().equals("zoe")) throw new IllegalStateException("a renderer's bug");
    };
    Workspace again = new Workspace(tmp, THREE);
    assertThat(again.run(failing).generate(again.options()).exitCode()).isEqualTo(1);
    assertThat(detail(failing, "zoe")).startsWith("internal error while rendering handout.pdf: a renderer's bug")
        .endsWith("; " + stays);
    assertThat(Workspace.read(tmp.resolve("out/2026-11/report.txt"))).contains("\n  note: " + stays + "\n")
        .contains("\nzoe  internal error while rendering handout.pdf: a renderer's bug; " + stays + "\n");

    // a roster row left out for its errors: its client's folder keeps the earlier files too
    FakeStages stages = new FakeStages();
    Workspace broken = new Workspace(tmp, "anna-k,Anna Kowalska,2026-12-07", "ben-o,Ben O'Neill,2026-11-16",
        "zoe,Zoë Núñez,2027-13-04");
    assertThat(broken.run(stages).generate(broken.options()).exitCode()).isEqualTo(1);
    assertThat(detail(stages, "zoe")).startsWith("not made (roster row 4): ").endsWith("; " + stays);
    assertThat(Workspace.read(tmp.resolve("out/2026-11/report.txt"))).contains("roster.csv: row 4: note: " + stays)
        .containsPattern("\nzoe  not made \\(roster row 4\\): [^\n]*; " + java.util.regex.Pattern.quote(stays) + "\n");
  }

  private static String detail(FakeStages stages, String id) {
    return stages.summaryRows.stream().filter(o -> o.clientId().equals(id)).map(Outcome::detail).reduce((a, b) -> b)
        .orElseThrow();
  }
}
