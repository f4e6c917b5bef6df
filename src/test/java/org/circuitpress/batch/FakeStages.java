package org.circuitpress.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.ClientCells;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.LeftOutRow;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;
import org.circuitpress.model.Roster;
import org.circuitpress.model.Units;
import org.circuitpress.testing.Fixtures;

/**
 * Stages that test the batch layer alone: a roster is a CSV of {@code client_id,name,start_date} (and
 * optionally paper),
 * programs come from {@link Fixtures}, and handouts, logs and summaries are small text files. A
 * log "has entries" when it contains the word FILLED.
 */
public class FakeStages implements Stages {
  /** Runs before a client's handout is rendered; tests make it throw. */
  public volatile Consumer<Program> beforeHandout = p -> {};
  /** Runs before the roster is read; tests delete files in it. */
  public volatile Runnable beforeRoster = () -> {};
  public final List<String> logsRead = java.util.Collections.synchronizedList(new ArrayList<>());
  /**
   * Appended to every handout and log, so a test can change "the program" between runs (as an
   * edited template or library would) and the new files differ from those the last run wrote.
   */
  public volatile String edition = "";
  /** The rows of the last summaries written, in order. */
  public final List<Outcome> summaryRows = java.util.Collections.synchronizedList(new ArrayList<>());

  /** These stages with {@link #edition} set. */
  public FakeStages edited(String edition) {
    this.edition = edition;
    return this;
  }

  @Override
  public Optional<Library> library(Path file, Diagnostics d) {
    return Optional.of(new Library(Map.of(), file.toAbsolutePath().getParent()));
  }

  @Override
  public Catalog templates(Path folder, Library library, Diagnostics d) {
    return new Catalog(Map.of("upper-back-mobility", Fixtures.template()), Map.of());
  }

  @Override
  public Branding branding(Path file, Diagnostics d) {
    // the real reader: the run's last lines say what the trainer's file gives (a name, or none)
    return org.circuitpress.input.BrandingReader.read(file, d);
  }

  @Override
  public Roster roster(Path file, Library library, Catalog catalog, Diagnostics d) {
    beforeRoster.run();
    String name = file.getFileName().toString();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      d.error(Location.ofFile(name), "could not read the file: " + Stop.describe(e));
      return Roster.EMPTY;
    }
    List<Client> clients = new ArrayList<>();
    List<LeftOutRow> leftOut = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      if (f.length < 3) continue;
      try {
        // an optional fourth cell: the client's paper
        Client c = Fixtures.client(f[0], f[1], f.length > 3 ? Paper.parse(f[3]).orElse(Paper.A4) : Paper.A4, Units.KG);
        clients.add(new Client(c.id(), c.name(), c.program(), LocalDate.parse(f[2]), c.level(), c.weeks(),
            c.sessionsPerWeek(), c.equipment(), c.limitations(), c.exclude(), c.units(), c.paper(), c.notes(),
            c.email(), Location.ofRow(name, null, i + 1), c.startLoads(), c.group(),
            new ClientCells(Map.of(ClientCells.START_DATE, Location.ofCell(name, null, i + 1, 2, "start_date")))));
        if (f[1].contains("!")) d.info(Location.ofCell(name, null, i + 1, 1, "name"), "an exclamation mark in a name");
        if (f[1].contains("?")) {
          d.add(Diagnostic.warning(Location.ofCell(name, null, i + 1, 1, "name"), "a question mark in a name")
              .forClient(f[0]));
        }
      } catch (DateTimeParseException e) {
        // Like the real reader, a row's errors name the client of the row.
        d.add(Diagnostic.error(Location.ofCell(name, null, i + 1, 2, "start_date"),
            "expected a date like 2026-12-01, got \"" + f[2] + "\"").forClient(f[0]));
        leftOut.add(new LeftOutRow(Location.ofRow(name, null, i + 1), f[0], f[1], ""));
      }
    }
    return new Roster(clients, leftOut);
  }

  @Override
  public Planning planner(Library library, Catalog catalog) {
    return (c, month, last, lastBlock, d) -> {
      if (month != null && month.isBefore(YearMonth.from(c.startDate()))) {
        d.info(c.where(), "starts on " + c.startDate() + ", after " + month + ": no program this month");
        return Optional.empty();
      }
      int block = month == null ? 1 : (int) ChronoUnit.MONTHS.between(YearMonth.from(c.startDate()), month) + 1;
      Program p = Fixtures.program(c);
      List<Diagnostic> notes = new ArrayList<>();
      if (last.isPresent() && !last.get().isEmpty()) {
        notes.add(Diagnostic.info(Location.ofFile(last.get().source()), "progressed: every round was logged"));
      }
      return Optional.of(new Program(c, p.template(), block, null, p.start(), p.end(), p.weeks(), notes));
    };
  }

  @Override
  public Handouts handouts(Branding branding, Library library, Diagnostics d) {
    return (p, out, dd) -> {
      beforeHandout.accept(p);
      out.write(("HANDOUT\n" + describe(p) + edition).getBytes(StandardCharsets.UTF_8));
    };
  }

  static String describe(Program p) {
    StringBuilder sb = new StringBuilder();
    sb.append(p.client().id()).append(' ').append(p.client().name()).append(" block ").append(p.block()).append('\n');
    p.weeks().forEach(w -> w.circuit().forEach(x -> sb.append(w.number()).append(' ').append(x.exercise().id())
        .append(' ').append(x.dose()).append('\n')));
    return sb.toString();
  }

  @Override
  public void writeLog(Program program, OutputStream out) throws IOException {
    out.write(("LOG\n" + describe(program) + edition).getBytes(StandardCharsets.UTF_8));
  }

  /** The handout's words are those of the program and its edition, as the handout is. */
  @Override
  public String handoutWords(Program program, Library library) {
    return describe(program) + edition;
  }

  @Override
  public void writeSummary(Iterable<Outcome> rows, org.circuitpress.model.Paper paper, OutputStream out)
      throws IOException {
    StringBuilder sb = new StringBuilder("SUMMARY\n");
    rows.forEach(r -> {
      sb.append(r.clientId()).append(',').append(r.status()).append(',').append(r.files()).append('\n');
      summaryRows.add(r);
    });
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Optional<BlockLog> readLog(Path clientFolder, Program previous, Diagnostics d) {
    Path log = clientFolder.resolve("log.xlsx");
    logsRead.add(log.toString());
    if (!Files.exists(log)) return Optional.empty();
    if (damaged(log)) {
      // as the reader tells a file it cannot read: a warning, and no log
      d.warning(Location.ofFile(log.toString()), "could not read the workbook: the file is damaged; it is ignored");
      return Optional.empty();
    }
    List<LogEntry> entries = new ArrayList<>();
    if (hasEntries(log)) {
      entries.add(new LogEntry(1, 1, 1, "kb-windmill", null, 8.0, 12.0, true, 6, "", Location.ofFile(log.toString())));
    }
    return Optional.of(new BlockLog(previous.client().id(), previous.block(), "log.xlsx", entries));
  }

  private static boolean damaged(Path log) {
    try {
      return Files.readString(log, StandardCharsets.ISO_8859_1).contains("DAMAGED");
    } catch (IOException e) {
      return true;
    }
  }

  @Override
  public boolean hasEntries(Path file) {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1).contains("FILLED");
    } catch (IOException e) {
      return true;
    }
  }

  @Override
  public String planText(Program program) {
    return describe(program);
  }

  @Override
  public void planCsv(List<Program> programs, Appendable out) throws IOException {
    for (Program p : programs) out.append("csv,").append(p.client().id()).append('\n');
  }

  @Override
  public void exportLogs(List<Logged> logs, Appendable out) throws IOException {
    for (Logged l : logs) {
      out.append(l.program().client().id()).append(',').append(String.valueOf(l.log().map(b -> b.entries().size()).orElse(0)))
          .append('\n');
    }
  }
}
