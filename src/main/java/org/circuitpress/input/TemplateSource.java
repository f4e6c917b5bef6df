package org.circuitpress.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.circuitpress.model.Words;

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
  /** The folder's files or the workbook's sheets; null until listed. */
  private List<Entry> entries;
  /** File or sheet name -> the part it was read as (or judged one of several candidates for). */
  private final Map<String, String> readAs = new LinkedHashMap<>();

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

  /** What one part of this template is called: a "file" in a folder, a "sheet" in a workbook. */
  String part() {
    return folder ? "file" : "sheet";
  }

  /** A part as the trainer names it: {@code progression.csv} in a folder, {@code progression}. */
  String partName(String name) {
    return folder ? name + ".csv" : name;
  }

  /**
   * One sheet, checked against its columns; empty when absent ({@code required}: an error) or
   * unreadable (reported). Its file or sheet is found as {@link PartNames} matches names.
   */
  Optional<Table> sheet(String name, Columns columns, boolean required, Diagnostics d) {
    if (!listed(d)) return Optional.empty();
    Optional<Entry> found = find(name, required, d);
    if (found.isEmpty()) return Optional.empty();
    Diagnostics local = new Diagnostics();
    if (folder) {
      Optional<Table> t = TableReader.read(path.resolve(found.get().name()), name, columns, local);
      for (Diagnostic x : local.all()) d.add(relocate(x));
      return t.map(this::relocate);
    }
    Optional<Table> t = TableReader.read(path, found.get().name(), columns, local);
    // A template workbook has several sheets by design; the table layer's "read sheet X of N"
    // remark is noise here.
    for (Diagnostic x : local.all()) if (x.location().row() != 0 || x.isError()) d.add(relocate(x));
    return t.map(this::relocate);
  }

  /**
   * A file of the folder or a sheet of the workbook.
   *
   * @param base its name without ".csv"
   * @param candidate whether it may hold a part: a CSV file, a sheet that is not hidden
   * @param kind "file", "folder" or "sheet", as a warning names it
   */
  private record Entry(String name, String base, boolean candidate, boolean hidden, String kind) {
    /** As a list of what a template has shows it: {@code "Notes" (hidden)}. */
    String listed() {
      return quoted(name) + (hidden ? " (hidden)" : kind.equals("folder") ? " (a folder)" : "");
    }
  }

  /**
   * Lists the folder's files or the workbook's sheets once; false when the workbook cannot be used
   * (said once, not once per sheet).
   */
  private boolean listed(Diagnostics d) {
    if (entries != null) return true;
    if (unreadable) return false;
    if (folder) {
      entries = new ArrayList<>();
      for (Path p : TemplateReader.entries(path, d, shown, "template folder")) {
        String file = p.getFileName().toString();
        boolean csv = Files.isRegularFile(p) && file.toLowerCase(Locale.ROOT).endsWith(".csv");
        String base = csv ? file.substring(0, file.length() - ".csv".length()) : file;
        entries.add(new Entry(file, base, csv, false, Files.isDirectory(p) ? "folder" : "file"));
      }
      return true;
    }
    Diagnostics probe = new Diagnostics();
    Optional<Table> any = TableReader.read(path, null, Columns.ANY.allowingNoRows(), probe);
    if (any.isEmpty()) {
      unreadable = true;
      probe.all().stream().filter(Diagnostic::isError).map(this::relocate).forEach(d::add);
      return false;
    }
    if (any.get().sheet() == null) {
      // Read as text: a CSV file (or another text file) saved under an .xlsx name.
      unreadable = true;
      d.error(
          whole(),
          "is named .xlsx but holds text, not an Excel workbook; a template is one .xlsx workbook"
              + " or a folder of CSV files (see docs/templates.md)");
      return false;
    }
    entries = new ArrayList<>();
    for (XlsxSource.SheetRef s : XlsxSource.sheets(path)) {
      entries.add(new Entry(s.name(), s.name(), !s.hidden(), s.hidden(), "sheet"));
    }
    return true;
  }

  /**
   * The file or sheet that holds a part: the one of its own name, else the one a download or a
   * copy named after it (said in a warning); empty when none or several such (reported).
   */
  private Optional<Entry> find(String name, boolean required, Diagnostics d) {
    List<Entry> loose = new ArrayList<>();
    for (Entry e : entries) {
      if (!e.candidate()) continue;
      if (PartNames.exact(e.base(), name)) return Optional.of(take(e, name));
      if (PartNames.loose(e.base(), name)) loose.add(e);
    }
    if (loose.size() == 1) {
      Entry e = take(loose.get(0), name);
      d.warning(at(e), "read as the template's " + (folder ? partName(name) : quoted(name) + " sheet")
          + "; rename the " + part() + " " + (folder ? partName(name) : quoted(name)) + " to make that plain");
      return Optional.of(e);
    }
    if (loose.size() > 1) {
      loose.forEach(e -> take(e, name));
      d.error(
          whole(),
          "the " + part() + "s " + names(loose) + " could each be its " + name + " " + part()
              + "; name the one to read " + partName(name) + " (or remove the others)");
      return Optional.empty();
    }
    if (required) {
      String there = entries.isEmpty() ? "the folder is empty" : "the folder holds " + names(entries);
      if (folder)
        d.error(
            Location.ofFile(shown + "/" + partName(name)),
            "missing: every template folder needs a file " + partName(name) + "; " + there);
      else
        d.error(
            whole(),
            "the workbook has no sheet named \"" + name + "\"; every template needs one (the sheets it has: "
                + names(entries) + ")");
    }
    return Optional.empty();
  }

  private Entry take(Entry e, String name) {
    readAs.put(e.name(), name);
    return e;
  }

  /**
   * Warns of each file of the folder or sheet of the workbook that was not read: a template is
   * read from its four parts only, and what is elsewhere changes nothing.
   */
  void unread(Diagnostics d) {
    if (entries == null) return;
    for (Entry e : entries) {
      if (readAs.containsKey(e.name())) continue;
      String part =
          TemplateDecoder.PARTS.stream()
              .filter(p -> PartNames.exact(e.base(), p) || PartNames.loose(e.base(), p))
              .findFirst()
              .orElse(null);
      String read =
          readAs.entrySet().stream()
              .filter(r -> r.getValue().equals(part))
              .map(Map.Entry::getKey)
              .findFirst()
              .orElse(null);
      String why;
      if (part != null && e.hidden())
        why = "; unhide it (right-click a sheet tab, Unhide) to have it read as the " + part + " sheet";
      else if (read != null) why = "; its " + part + " " + part() + " is read from " + quoted(read);
      else why = "; a template is read from its " + part() + "s " + parts() + " only";
      d.warning(at(e), "this " + (e.hidden() ? "hidden " : "") + e.kind() + " is not read" + why);
    }
  }

  /** "template.csv, phases.csv, slots.csv and progression.csv", or the sheets' names. */
  private String parts() {
    return Words.and(TemplateDecoder.PARTS.stream().map(this::partName).toList());
  }

  private Location at(Entry e) {
    return folder ? Location.ofFile(shown + "/" + e.name()) : Location.ofSheet(shown, e.name());
  }

  private static String names(List<Entry> entries) {
    return String.join(", ", entries.stream().map(Entry::listed).toList());
  }

  private static String quoted(String name) {
    return "\"" + name + "\"";
  }

  /** A location the table layer gave by file name, as this template is shown. */
  private Location relocate(Location l) {
    String file = folder ? shown + "/" + l.file() : shown;
    return new Location(file, l.sheet(), l.row(), l.column(), l.header());
  }

  private Diagnostic relocate(Diagnostic x) {
    return new Diagnostic(x.severity(), relocate(x.location()), x.message(), x.clientId(), x.grouping());
  }

  private Table relocate(Table t) {
    return new Table(
        relocate(Location.ofFile(t.file())).file(),
        t.sheet(),
        t.headers(),
        t.rows().stream()
            .map(r -> new Row(relocate(r.location()), relocateCells(r), r.columns(), Map.of(), r.date1904(),
                r.headers()))
            .toList());
  }

  private Map<String, Cell> relocateCells(Row r) {
    Map<String, Cell> out = new HashMap<>();
    r.cells().forEach((k, c) -> out.put(k, new Cell(relocate(c.location()), c.text(), c.value(), c.shown())));
    return out;
  }
}
