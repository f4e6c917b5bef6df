package org.circuitpress.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;

/**
 * The sheets of one template: a workbook {@code <id>.xlsx} with sheets named {@code template},
 * {@code phases}, {@code slots} and {@code progression}, or a folder {@code <id>/} with one CSV
 * file per sheet. Locations in diagnostics name the templates folder too ({@code
 * templates/hip/slots.csv}, {@code templates/hip.xlsx}), since every template folder has a {@code
 * slots.csv}.
 */
final class TemplateSource {
  private final Path path;
  private final boolean folder;
  private final String shown;
  /** Set once a workbook could not be opened: said once, not once per sheet. */
  private boolean unreadable;

  private TemplateSource(Path path, boolean folder, String shown) {
    this.path = path;
    this.folder = folder;
    this.shown = shown;
  }

  static TemplateSource folder(Path dir, String shownDir) {
    return new TemplateSource(dir, true, shownDir);
  }

  static TemplateSource workbook(Path file, String shownDir) {
    return new TemplateSource(file, false, shownDir + "/" + file.getFileName());
  }

  /**
   * A file of the templates folder that is not a template (the tracks), read whole and located as
   * the folder shows it ({@code templates/tracks.csv}), like the templates beside it.
   */
  static Optional<Table> other(
      Path file, String shownDir, String preferredSheet, Columns columns, Diagnostics d) {
    TemplateSource source = workbook(file, shownDir);
    Diagnostics local = new Diagnostics();
    Optional<Table> t = TableReader.read(file, preferredSheet, columns, local);
    for (Diagnostic x : local.all()) d.add(source.relocate(x));
    return t.map(source::relocate);
  }

  /** What the user calls this template's file or folder. */
  String shown() {
    return shown;
  }

  /** Where the whole template is, for problems that are not in one sheet. */
  Location whole() {
    return Location.ofFile(shown);
  }

  /**
   * One sheet, checked against its columns; empty when absent ({@code required}: an error) or
   * unreadable (reported).
   */
  Optional<Table> sheet(String name, Columns columns, boolean required, Diagnostics d) {
    if (folder) {
      Path file = path.resolve(name + ".csv");
      if (!Files.isRegularFile(file)) {
        if (required)
          d.error(
              Location.ofFile(shown + "/" + name + ".csv"),
              "missing: every template needs a \"" + name + "\" sheet");
        return Optional.empty();
      }
      Diagnostics local = new Diagnostics();
      Optional<Table> t = TableReader.read(file, name, columns, local);
      for (Diagnostic x : local.all()) d.add(relocate(x));
      return t.map(this::relocate);
    }
    if (unreadable) return Optional.empty();
    Diagnostics probe = new Diagnostics();
    Optional<Table> any = TableReader.read(path, name, Columns.ANY.allowingNoRows(), probe);
    if (any.isEmpty()) {
      unreadable = true;
      probe.all().stream().filter(Diagnostic::isError).map(this::relocate).forEach(d::add);
      return Optional.empty();
    }
    if (any.get().sheet() == null) {
      // Read as text: a CSV file (or another text file) saved under an .xlsx name.
      unreadable = true;
      d.error(
          whole(),
          "is named .xlsx but holds text, not an Excel workbook; a template is one .xlsx workbook"
              + " or a folder of CSV files (see docs/templates.md)");
      return Optional.empty();
    }
    if (!Names.header(any.get().sheet()).equals(Names.header(name))) {
      if (required)
        d.error(
            whole(), "the workbook has no sheet named \"" + name + "\"; every template needs one");
      return Optional.empty();
    }
    Diagnostics local = new Diagnostics();
    Optional<Table> t = TableReader.read(path, name, columns, local);
    // A template workbook has several sheets by design; the table layer's "read sheet X of N"
    // remark is noise here.
    for (Diagnostic x : local.all()) if (x.location().row() != 0 || x.isError()) d.add(relocate(x));
    return t.map(this::relocate);
  }

  /** A location the table layer gave by file name, as this template is shown. */
  private Location relocate(Location l) {
    String file = folder ? shown + "/" + l.file() : shown;
    return new Location(file, l.sheet(), l.row(), l.column(), l.header());
  }

  private Diagnostic relocate(Diagnostic x) {
    return new Diagnostic(x.severity(), relocate(x.location()), x.message(), x.clientId());
  }

  private Table relocate(Table t) {
    return new Table(
        relocate(Location.ofFile(t.file())).file(),
        t.sheet(),
        t.headers(),
        t.rows().stream()
            .map(r -> new Row(relocate(r.location()), relocateCells(r), r.columns(), java.util.Map.of(), r.date1904()))
            .toList());
  }

  private java.util.Map<String, Cell> relocateCells(Row r) {
    java.util.Map<String, Cell> out = new java.util.HashMap<>();
    r.cells().forEach((k, c) -> out.put(k, new Cell(relocate(c.location()), c.text(), c.value(), c.shown())));
    return out;
  }
}
