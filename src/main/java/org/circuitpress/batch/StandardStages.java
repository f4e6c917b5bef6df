package org.circuitpress.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Program;
import org.circuitpress.plan.PlanText;
import org.circuitpress.plan.Planner;
import org.circuitpress.render.pdf.HandoutRenderer;
import org.circuitpress.render.xlsx.LogWorkbookWriter;

/** The real stages. Until a stage lands on main its method reports that it is missing. */
final class StandardStages implements Stages {
  private static Optional<Library> missing(Path file, Diagnostics d) {
    d.error(Location.ofFile(file.toString()), "this build has no reader for it yet");
    return Optional.empty();
  }

  @Override
  public Optional<Library> library(Path file, Diagnostics d) {
    return missing(file, d);
  }

  @Override
  public Catalog templates(Path folder, Library library, Diagnostics d) {
    missing(folder, d);
    return new Catalog(java.util.Map.of(), java.util.Map.of());
  }

  @Override
  public Branding branding(Path file, Diagnostics d) {
    return Branding.DEFAULT;
  }

  @Override
  public List<Client> roster(Path file, Library library, Catalog catalog, Diagnostics d) {
    missing(file, d);
    return List.of();
  }

  @Override
  public Planning planner(Library library, Catalog catalog) {
    return new Planner(library, catalog)::plan;
  }

  @Override
  public Handouts handouts(Branding branding, Path imageFolder, Diagnostics d) {
    return new HandoutRenderer(branding, imageFolder, d)::render;
  }

  @Override
  public void writeLog(Program program, OutputStream out) throws IOException {
    LogWorkbookWriter.write(program, out);
  }

  @Override
  public void writeSummary(List<Outcome> rows, OutputStream out) throws IOException {
    throw new IOException("no summary writer yet");
  }

  @Override
  public Optional<BlockLog> readLog(Path clientFolder, Program previous, Diagnostics d) {
    return Optional.empty();
  }

  @Override
  public boolean hasEntries(Path file) {
    return true;
  }

  @Override
  public String planText(Program program) {
    return PlanText.format(program);
  }

  @Override
  public void planCsv(List<Program> programs, Appendable out) throws IOException {
    throw new IOException("no plan CSV writer yet");
  }

  @Override
  public void exportLogs(List<Logged> logs, Appendable out) throws IOException {
    throw new IOException("no log export yet");
  }
}
