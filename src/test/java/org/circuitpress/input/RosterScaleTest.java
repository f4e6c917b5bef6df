package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A roster of 100,000 rows in both formats reads completely, with exactly the bad rows reported.
 * Speed and memory are measured by {@link RosterBench}, not asserted here.
 */
class RosterScaleTest {
  static final int ROWS = 100_000;
  @TempDir Path dir;

  @Test
  void hundredThousandRowsCsv() throws IOException {
    check(BigRoster.csv(dir.resolve("big.csv"), ROWS), "big.csv: D10001 (start_date)");
  }

  @Test
  void hundredThousandRowsXlsx() throws IOException {
    check(BigRoster.xlsx(dir.resolve("big.xlsx"), ROWS), "big.xlsx: Clients!D10001 (start_date)");
  }

  private static void check(Path file, String firstBadCell) {
    Diagnostics d = new Diagnostics();
    List<Client> clients = RosterReader.read(file, TestData.library(), TestData.catalog(), d);
    assertThat(clients).hasSize(ROWS - ROWS / 10_000);
    // the first five, then one line that counts the same error on the rows after them
    assertThat(d.all()).hasSize(ROWS / 10_000 + 1).allMatch(Diagnostic::isError);
    assertThat(d.all().get(ROWS / 10_000).format()).startsWith(firstBadCell.replace("D10001", "D60001")
        + ": the same again on 5 more rows (60001, 70001, 80001, 90001, 100001): expected a date like 2026-12-01");
    assertThat(d.all().get(0).format())
        .isEqualTo(firstBadCell + ": expected a date like 2026-12-01, got \"31.13.2026\"");
    assertThat(clients.get(ROWS - 20).id())
        .isEqualTo(String.format("c%06d", ROWS - 20 + (ROWS - 20) / 10_000));
  }
}
