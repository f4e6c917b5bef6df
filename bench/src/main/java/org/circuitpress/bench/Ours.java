package org.circuitpress.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.nio.file.Files;
import org.circuitpress.input.BrandingReader;
import org.circuitpress.input.LibraryReader;
import org.circuitpress.input.RosterReader;
import org.circuitpress.input.TemplateReader;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;
import org.circuitpress.model.Program;
import org.circuitpress.plan.Planner;
import org.circuitpress.render.pdf.HandoutRenderer;
import org.circuitpress.render.xlsx.LogWorkbookWriter;

/**
 * The product's stages called one at a time through their agreed entry points (the ones
 * {@code batch.Run} chains), so that each can be timed. The library and templates are read once
 * up front, as a run does, and counted in the read stage with the roster. The branding is the
 * {@code branding.csv} beside the library when there is one (as the command's default finds
 * {@code input/branding.csv}); drill images resolve against the library's folder.
 *
 * <p>When the library cannot be read, reading and planning fall back to the bench's {@link
 * StandIn} (said on stderr), so the renderers can still be measured.
 */
public final class Ours implements Impl {
  private final Path library;
  private final Path templates;
  private final Diagnostics diagnostics = new Diagnostics();
  private HandoutRenderer handouts;
  private Planner planner;

  public Ours(Path library, Path templates) {
    this.library = library;
    this.templates = templates;
  }

  @Override
  public List<Client> read(Path roster) throws IOException {
    Optional<Library> lib = LibraryReader.read(library, diagnostics);
    handouts = new HandoutRenderer(branding(library, diagnostics), lib.map(Library::folder).orElse(null), diagnostics);
    if (lib.isEmpty()) {
      System.err.println("bench: the product cannot read " + library + " (" + diagnostics.all()
          + "); stand-in reader and planner");
      return StandIn.read(roster.resolveSibling("roster.csv"));
    }
    Catalog cat = TemplateReader.readAll(templates, lib.get(), diagnostics);
    planner = new Planner(lib.get(), cat);
    List<Client> clients = RosterReader.read(roster, lib.get(), cat, diagnostics);
    diagnostics.all().stream().filter(d -> d.isError()).limit(5).forEach(d -> System.err.println("bench: " + d));
    return clients;
  }

  static Branding branding(Path library, Diagnostics d) {
    Path file = library.toAbsolutePath().resolveSibling("branding.csv");
    return Files.isRegularFile(file) ? BrandingReader.read(file, d) : Branding.DEFAULT;
  }

  @Override
  public Optional<Program> plan(Client c) {
    if (planner == null) return Optional.of(StandIn.plan(c));
    return planner.plan(c, null, Optional.empty(), diagnostics);
  }

  @Override
  public void handout(Program p, OutputStream out) throws IOException {
    handouts.render(p, out, diagnostics);
  }

  @Override
  public void log(Program p, OutputStream out) throws IOException {
    LogWorkbookWriter.write(p, out);
  }
}
