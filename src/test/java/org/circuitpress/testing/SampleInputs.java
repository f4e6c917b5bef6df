package org.circuitpress.testing;

import java.nio.file.Path;
import java.util.List;
import org.circuitpress.input.LibraryReader;
import org.circuitpress.input.RosterReader;
import org.circuitpress.input.TemplateReader;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;
import org.circuitpress.plan.Planner;

/** The shipped sample library, templates and roster, read as a run reads them. */
public record SampleInputs(Library library, Catalog catalog, List<Client> clients) {
  public static SampleInputs read() {
    Diagnostics d = new Diagnostics();
    Library lib = LibraryReader.read(Path.of("input", "csv", "exercises.csv"), d).orElseThrow();
    Catalog cat = TemplateReader.readAll(Path.of("templates"), lib, d);
    return new SampleInputs(lib, cat, RosterReader.read(Path.of("input", "csv", "roster.csv"), lib, cat, d));
  }

  public Planner planner() {
    return new Planner(library, catalog);
  }

  /** The first block of the sample client {@code id}, as a run without --month makes it. */
  public org.circuitpress.model.Program firstBlock(String id) {
    Client c = clients.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    return planner().plan(c, null, java.util.Optional.empty(), new Diagnostics()).orElseThrow();
  }
}
