package org.circuitpress.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.circuitpress.input.BrandingReader;
import org.circuitpress.input.LibraryReader;
import org.circuitpress.input.LogReader;
import org.circuitpress.input.RosterReader;
import org.circuitpress.input.TemplateReader;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Paper;
import org.circuitpress.model.PrintedDates;
import org.circuitpress.model.Program;
import org.circuitpress.model.Roster;
import org.circuitpress.model.Template;
import org.circuitpress.plan.PlanText;
import org.circuitpress.plan.Planner;
import org.circuitpress.render.csv.LogExport;
import org.circuitpress.render.csv.PlanCsv;
import org.circuitpress.render.pdf.HandoutRenderer;
import org.circuitpress.render.pdf.HandoutWords;
import org.circuitpress.render.xlsx.LogWorkbookWriter;
import org.circuitpress.render.xlsx.SummaryWriter;

/** The real stages: each method is one stage's entry point. */
final class StandardStages implements Stages {
  @Override
  public Optional<Library> library(Path file, Diagnostics d) {
    return LibraryReader.read(file, d);
  }

  @Override
  public Catalog templates(Path folder, Library library, Diagnostics d) {
    return TemplateReader.readAll(folder, library, d);
  }

  @Override
  public Branding branding(Path file, Diagnostics d) {
    return BrandingReader.read(file, d);
  }

  @Override
  public Roster roster(Path file, Library library, Catalog catalog, Diagnostics d) {
    return RosterReader.readRoster(file, library, catalog, d);
  }

  @Override
  public Planning planner(Library library, Catalog catalog) {
    Planner planner = new Planner(library, catalog);
    return new Planning() {
      @Override
      public Optional<Program> plan(Client client, YearMonth month, Optional<BlockLog> last, Program lastBlock,
          Diagnostics d) {
        return planner.plan(client, month, last, lastBlock, d);
      }

      @Override
      public Optional<Program> plan(Client client, YearMonth month, Optional<BlockLog> last, Program lastBlock,
          PrintedDates dated, Diagnostics d) {
        return planner.plan(client, month, last, lastBlock, dated, d);
      }

      @Override
      public boolean startsBlock(Client client, YearMonth month) {
        return planner.startsBlock(client, month);
      }

      @Override
      public boolean startsBlock(Client client, YearMonth month, PrintedDates dated) {
        return planner.startsBlock(client, month, dated);
      }

      @Override
      public Optional<YearMonth> missedFrom(Client client, PrintedDates printed, Program block) {
        return planner.missedFrom(client, printed, block);
      }

      @Override
      public List<Diagnostic> leftProgramNotes(Client client, BlockLog log, Program left, Program next) {
        return planner.leftProgramNotes(client, log, left, next);
      }

      @Override
      public List<Diagnostic> runningBlockNotes(Client client, BlockLog log, Program running) {
        return planner.runningBlockNotes(client, log, running);
      }

      @Override
      public boolean isBlock(Client client, YearMonth month, Program printed) {
        return planner.isBlock(client, month, printed);
      }
    };
  }

  @Override
  public Handouts handouts(Branding branding, Library library, Diagnostics d) {
    HandoutRenderer r = new HandoutRenderer(branding, library, d);
    return new Handouts() {
      @Override
      public void render(Program program, java.io.OutputStream out, Diagnostics diagnostics) throws IOException {
        r.render(program, out, diagnostics);
      }

      @Override
      public void check(Program program, Diagnostics diagnostics) {
        r.check(program, diagnostics);
      }

      @Override
      public void templates(Collection<Template> templates, Diagnostics diagnostics) {
        r.warnTemplates(templates, diagnostics);
      }
    };
  }

  @Override
  public void writeLog(Program program, OutputStream out) throws IOException {
    LogWorkbookWriter.write(program, out);
  }

  @Override
  public String handoutWords(Program program, Library library) {
    return HandoutWords.of(program, library);
  }

  @Override
  public void writeSummary(Iterable<Outcome> rows, Paper paper, OutputStream out) throws IOException {
    SummaryWriter.write(rows, paper, out);
  }

  @Override
  public Optional<BlockLog> readLog(Path clientFolder, Program previous, Diagnostics d) {
    return LogReader.read(clientFolder, previous, d);
  }

  @Override
  public Optional<BlockLog> readLog(
      Path clientFolder, Program previous, Predicate<Path> asWritten, Diagnostics d) {
    return LogReader.read(clientFolder, previous, asWritten, d);
  }

  @Override
  public Optional<BlockLog> readLogToExport(Path clientFolder, Program block, Diagnostics d) {
    return LogReader.readToExport(clientFolder, block, d);
  }

  @Override
  public Optional<Logged> readLog(
      Path clientFolder, Program previous, Program newBlock, Predicate<Path> asWritten, Diagnostics d) {
    return LogReader.read(clientFolder, previous, newBlock, asWritten, d).map(StandardStages::logged);
  }

  @Override
  public Optional<Logged> readLogToExport(Path clientFolder, Program block, Program newBlock, Diagnostics d) {
    return LogReader.readToExport(clientFolder, block, newBlock, d).map(StandardStages::logged);
  }

  private static Logged logged(LogReader.AsPrinted read) {
    return new Logged(read.block(), Optional.of(read.log()));
  }

  @Override
  public boolean hasEntries(Path file) throws IOException {
    return LogReader.checkEntries(file);
  }

  @Override
  public String planText(Program program) {
    return PlanText.format(program);
  }

  @Override
  public void planCsv(List<Program> programs, Appendable out) throws IOException {
    PlanCsv.write(programs, out);
  }

  @Override
  public void exportLogs(List<Logged> logs, Appendable out) throws IOException {
    LogExport.write(logs.stream().map(l -> new LogExport.Logged(l.program(), l.log().orElse(null))).toList(), out);
  }
}
