package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample roster saved by another spreadsheet app (LibreOffice, when installed) reads to the
 * same clients as the CSV (LibreOffice's own xlsx writer), and its .ods is refused with a clear
 * message.
 */
class LibreOfficeRosterTest {
  @TempDir Path dir;

  @Test
  void rosterSavedByLibreOfficeReadsTheSame() throws Exception {
    Assumptions.assumeTrue(LibreOffice.available(), "LibreOffice is not installed");
    Path csv = Path.of("input/csv/roster.csv");
    LibreOffice.convert(Path.of("input/roster.xlsx"), "xlsx", dir.resolve("x"));
    LibreOffice.convert(Path.of("input/roster.xlsx"), "ods", dir.resolve("o"));
    Diagnostics d = new Diagnostics();
    List<Client> expected = read(csv, d);
    List<Client> fromXlsx = read(dir.resolve("x/roster.xlsx"), d);
    assertThat(d.all()).extracting(Diagnostic::format).isEmpty();
    assertThat(fromXlsx).hasSize(14);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(strip(fromXlsx.get(i))).isEqualTo(strip(expected.get(i)));
    }
    read(dir.resolve("o/roster.ods"), d);
    assertThat(d.all()).extracting(Diagnostic::format).containsExactly(
        "roster.ods: is an OpenDocument spreadsheet (.ods); save it as .xlsx (File > Save As > Excel 2007-365)");
  }

  private static List<Client> read(Path f, Diagnostics d) {
    return RosterReader.read(f, TestData.library(), TestData.catalog(), d);
  }

  private static Client strip(Client c) {
    return new Client(c.id(), c.name(), c.program(), c.startDate(), c.level(), c.weeks(),
        c.sessionsPerWeek(), c.equipment(), c.limitations(), c.exclude(), c.units(), c.paper(),
        c.notes(), c.email(), Location.ofFile("x"));
  }
}
