package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Location;
import org.circuitpress.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {
  @TempDir Path tmp;

  static List<ClientResult> results() {
    List<ClientResult> rs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id = "c" + i;
      Outcome o = new Outcome(id, "Zoë \"" + i + "\",\nNúñez", "upper-back-mobility", i, i == 0 ? null : LocalDate.of(2026, 12, i),
          null, i % 2 == 0 ? List.of() : List.of(id + "/handout.pdf", id + "/log.xlsx"), i, 0, "done", i == 3 ? "=1+1" : "");
      List<Diagnostic> problems = i == 2
          ? List.of(Diagnostic.warning(Location.ofCell("roster.csv", "Clients", 3, 2, "start_date"), "odd, date").forClient(id),
              Diagnostic.info(Location.ofFile("log.xlsx"), "'quoted").forClient(id))
          : List.of();
      rs.add(new ClientResult(i * 3, id, o, problems, i == 1 ? List.of("note one", "-note two") : List.of()));
    }
    return rs;
  }

  @Test
  void givesBackWhatWasAddedInOrderAsOftenAsAskedAndIsGoneWhenClosed() throws IOException {
    Path report = tmp.resolve("report.txt");
    List<ClientResult> rs = results();
    Path file;
    try (Spool spool = Spool.beside(report, OutputSink.FILES)) {
      for (ClientResult r : rs) spool.add(r);
      spool.finish();
      file = Workspace.files(tmp).stream().map(tmp::resolve).findFirst().orElseThrow();
      assertThat(file.getFileName().toString()).startsWith(".report.txt.").endsWith(AtomicFiles.TEMP_SUFFIX);
      List<ClientResult> first = new ArrayList<>();
      spool.forEach(first::add);
      List<ClientResult> second = new ArrayList<>();
      spool.forEach(second::add);
      assertThat(first).isEqualTo(rs).isEqualTo(second);

      // A shard's file is its header and the input problems' records, followed by the spool's and
      // the line that counts them.
      StringWriter expected = new StringWriter();
      ShardFile.write(new ShardFile.Content(List.of(), List.of(), rs), expected);
      StringWriter copied = new StringWriter();
      spool.copyTo(copied);
      assertThat(spool.size()).isEqualTo(rs.size());
      assertThat(ShardFile.HEADER + "\n" + copied + "end," + rs.size() + "\n").isEqualTo(expected.toString());
    }
    assertThat(file).doesNotExist();
    assertThat(Workspace.files(tmp)).isEmpty();
  }

  @Test
  void aSpoolLeftByAKilledRunIsRemovedByTheNextRun() throws IOException {
    Path month = java.nio.file.Files.createDirectories(tmp.resolve("month"));
    Spool leftover = Spool.beside(month.resolve("report.txt"), OutputSink.FILES);
    leftover.add(results().get(0));
    leftover.finish();
    assertThat(Workspace.files(month)).hasSize(1);
    AtomicFiles.cleanStale(month, List.of("report.txt"), true, List.of(), List.of());
    assertThat(Workspace.files(month)).isEmpty();
  }
}
