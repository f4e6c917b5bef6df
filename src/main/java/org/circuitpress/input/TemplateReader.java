package org.circuitpress.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.circuitpress.model.Severity;
import org.circuitpress.model.Template;
import org.circuitpress.model.Track;

/**
 * Reads every template of a folder and its tracks into a {@link Catalog}.
 *
 * <p>A template is a workbook {@code <id>.xlsx} or a folder {@code <id>/} of CSV files with the
 * same sheet names ({@code template}, {@code phases}, {@code slots}, {@code progression}); tracks
 * are in {@code tracks.csv} or {@code tracks.xlsx}. Every mistake is reported by file, sheet, row
 * and column; a row with an error is left out, and a template left without phases or slots is left
 * out of the catalog (so clients naming it are reported by the roster reader).
 */
public final class TemplateReader {
  static final String TRACKS = "tracks";
  static final Columns TRACK_COLUMNS = Columns.of(List.of("track", "templates"), List.of("name"));

  private TemplateReader() {}

  /**
   * @param lib the library slots are checked against; null (an unreadable library) checks nothing
   *     that needs one, so the templates' own mistakes are still all reported
   */
  public static Catalog readAll(Path templatesDir, Library lib, Diagnostics d) {
    if (lib == null) lib = new Library(Map.of(), null);
    String shownDir =
        templatesDir.getFileName() == null
            ? templatesDir.toString()
            : templatesDir.getFileName().toString();
    if (!Files.isDirectory(templatesDir)) {
      d.error(
          Location.ofFile(shownDir),
          Files.exists(templatesDir)
              ? "is a file, not a templates folder"
              : "templates folder not found: " + templatesDir);
      return new Catalog(Map.of(), Map.of());
    }
    Map<String, Template> templates = new LinkedHashMap<>();
    Map<String, String> from = new LinkedHashMap<>();
    Map<String, String> leftOut = new LinkedHashMap<>();
    Map<String, List<Diagnostic>> warnings = new LinkedHashMap<>();
    Path tracks = null;
    for (Path p : entries(templatesDir, d, shownDir, "templates folder")) {
      String file = p.getFileName().toString();
      String lower = file.toLowerCase(Locale.ROOT);
      TemplateSource source;
      String id;
      if (lower.equals(TRACKS + ".csv") || lower.equals(TRACKS + ".xlsx")) {
        if (tracks == null) tracks = p;
        else
          d.warning(
              Location.ofFile(shownDir + "/" + file),
              "a second tracks file; only " + tracks.getFileName() + " is read");
        continue;
      } else if (Files.isDirectory(p)) {
        source = TemplateSource.folder(p, shownDir + "/" + file);
        id = file;
      } else if (lower.endsWith(".xlsx")) {
        source = TemplateSource.workbook(p, shownDir);
        id = file.substring(0, file.length() - ".xlsx".length());
      } else {
        continue; // notes, READMEs and the like live here too
      }
      if (from.containsKey(id)) {
        // a workbook and a folder: two of one kind cannot share a name
        String kind = Files.isDirectory(p) ? "folder" : "workbook";
        String read = Files.isDirectory(p) ? "workbook" : "folder";
        d.error(source.whole(), "template \"" + id + "\" is also the " + read + " " + from.get(id) + ", and only one of"
            + " the two is read: the " + read + ", whose program its clients get; this " + kind + " is not read. Keep the"
            + " one you edit in " + shownDir + " and move the other out of it, or give it a name of its own");
        continue;
      }
      from.put(id, source.shown());
      // read apart, so that the catalog can tell which warnings are this template's
      Diagnostics own = new Diagnostics();
      Optional<Template> t = new TemplateDecoder(id, source, lib, own).decode();
      d.addAll(own.all());
      List<Diagnostic> found = own.all().stream().filter(x -> x.severity() == Severity.WARNING).toList();
      if (!found.isEmpty()) warnings.put(id, found);
      if (t.isPresent()) templates.put(t.get().id(), t.get());
      else leftOut.put(id, source.shown());
    }
    sameToTheRoster(templates, from, d);
    Map<String, String> tracksLeftOut = new LinkedHashMap<>();
    Map<String, Track> trackMap =
        tracks == null ? Map.of() : readTracks(tracks, shownDir, templates, leftOut, tracksLeftOut, d);
    return new Catalog(templates, trackMap, leftOut, tracksLeftOut, warnings);
  }

  /**
   * Templates whose ids differ only in capitals, spaces or hyphens ({@code Upper Back Mobility} and
   * {@code upper-back-mobility}, as a trainer's copy of a shipped template may be named), which the
   * roster and the tracks read as one id: a program typed exactly as one of them gets it, and any
   * other spelling the last of them, as {@link Catalog#templateNamed} finds it. Said at each but
   * the last, so that a trainer's copy is not passed over without a word.
   */
  private static void sameToTheRoster(Map<String, Template> templates, Map<String, String> from, Diagnostics d) {
    Map<String, List<String>> byTag = new LinkedHashMap<>();
    for (String id : templates.keySet()) byTag.computeIfAbsent(Names.tag(id), k -> new ArrayList<>()).add(id);
    for (List<String> ids : byTag.values()) {
      String last = ids.get(ids.size() - 1);
      for (String id : ids.subList(0, ids.size() - 1)) {
        d.warning(Location.ofFile(from.get(id)), "template \"" + id + "\" and template \"" + last + "\" ("
            + from.get(last) + ") differ only in capitals, spaces or hyphens, which the roster's program column"
            + " and the tracks set aside: a program written exactly \"" + id + "\" gets this one, and any other"
            + " spelling, such as \"" + Names.tag(id) + "\", gets \"" + last + "\"; rename one of the two to keep them"
            + " apart");
      }
    }
  }

  /** The files and folders of a folder, by name, without hidden files and Office's lock files. */
  static List<Path> entries(Path dir, Diagnostics d, String shownDir, String what) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(
              p ->
                  !p.getFileName().toString().startsWith(".")
                      && !p.getFileName().toString().startsWith("~$"))
          .sorted()
          .toList();
    } catch (IOException e) {
      d.error(Location.ofFile(shownDir), "cannot list the " + what + ": " + e.getMessage());
      return List.of();
    }
  }

  /**
   * The tracks. A stage naming a template that is unknown or was left out stays in its track, so
   * that the stages after it keep their months; a client who reaches it gets no program, saying
   * why, rather than the next stage early. Template and track ids are matched as the roster
   * matches a program ({@link Names#tag}): {@code Desk-Neck} is {@code desk-neck}.
   *
   * @param tracksLeftOut filled with the tracks left out for errors, so that their clients are told
   */
  private static Map<String, Track> readTracks(
      Path file,
      String shownDir,
      Map<String, Template> templates,
      Map<String, String> leftOut,
      Map<String, String> tracksLeftOut,
      Diagnostics d) {
    Map<String, Track> out = new LinkedHashMap<>();
    Optional<Table> table = TemplateSource.other(file, shownDir, TRACKS, TRACK_COLUMNS, d);
    if (table.isEmpty()) return out;
    Map<String, String> ids = new LinkedHashMap<>(); // as tags: every template id, used or left out
    for (String id : templates.keySet()) ids.put(Names.tag(id), id);
    for (String id : leftOut.keySet()) ids.putIfAbsent(Names.tag(id), id);
    Map<String, Track> byTag = new LinkedHashMap<>();
    for (Row row : table.get().rows()) {
      Fields f = new Fields(row, d);
      Optional<String> id = f.required("track");
      if (id.isEmpty()) continue;
      if (ids.containsKey(Names.tag(id.get()))) {
        f.error("track", "\"" + id.get() + "\" is already a template id; a track needs its own id");
        continue;
      }
      Track first = byTag.get(Names.tag(id.get()));
      if (first != null) {
        f.error(
            "track",
            "track \""
                + id.get()
                + "\" is defined again (first on row "
                + first.where().row()
                + "); this row is skipped");
        continue;
      }
      List<String> stages = new ArrayList<>();
      boolean usable = false;
      for (String t : f.list("templates")) {
        // typed exactly as a template's id, that one, as the roster takes a program
        String known = templates.containsKey(t) || leftOut.containsKey(t) ? t : ids.get(Names.tag(t));
        stages.add(known == null ? t : known);
        if (known != null) {
          usable |= templates.containsKey(known);
        } else {
          f.error(
              "templates",
              "unknown template \""
                  + t
                  + "\"; clients who reach this stage of the track get no program until it is fixed"
                  + hint(t, templates.keySet()));
        }
      }
      if (!usable) {
        f.error("templates", "the track lists no usable template; it is skipped");
        tracksLeftOut.put(id.get(), shownDir + "/" + file.getFileName());
        continue;
      }
      String name = f.text("name").isEmpty() ? id.get() : f.text("name");
      Track track = new Track(id.get(), name, stages, row.location());
      out.put(id.get(), track);
      byTag.put(Names.tag(id.get()), track);
    }
    return out;
  }

  /**
   * "; did you mean "x"?" for the known name nearest {@code typed}, or "": the last words of a
   * message, since a question mark followed by more of it would not read as one sentence.
   */
  static String hint(String typed, Collection<String> known) {
    return Suggest.closest(typed, known, Names::tag)
        .map(s -> "; did you mean \"" + s + "\"?")
        .orElse("");
  }
}
