package org.circuitpress.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All templates and tracks a run knows, by id. A roster's {@code program} names one of them.
 *
 * @param leftOut the templates the folder has but that were left out for errors in their files:
 *     id -> where (e.g. {@code templates/hip-mobility}), so that their clients are told why
 * @param tracksLeftOut the tracks the tracks file has but that were left out for errors in their
 *     rows: id -> where (e.g. {@code templates/tracks.csv}), so that their clients are told why
 * @param warnings the warnings each template's files gave when read, by template id (one left out
 *     for errors too), as they were reported: those of a template no client follows need not
 *     stand among the warnings of a run
 */
public record Catalog(
    Map<String, Template> templates,
    Map<String, Track> tracks,
    Map<String, String> leftOut,
    Map<String, String> tracksLeftOut,
    Map<String, List<Diagnostic>> warnings) {
  public Catalog {
    templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
    tracks = Collections.unmodifiableMap(new LinkedHashMap<>(tracks));
    leftOut = Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
    tracksLeftOut = Collections.unmodifiableMap(new LinkedHashMap<>(tracksLeftOut));
    Map<String, List<Diagnostic>> copy = new LinkedHashMap<>();
    warnings.forEach((id, w) -> copy.put(id, List.copyOf(w)));
    warnings = Collections.unmodifiableMap(copy);
  }

  public Catalog(
      Map<String, Template> templates,
      Map<String, Track> tracks,
      Map<String, String> leftOut,
      Map<String, String> tracksLeftOut) {
    this(templates, tracks, leftOut, tracksLeftOut, Map.of());
  }

  public Catalog(Map<String, Template> templates, Map<String, Track> tracks, Map<String, String> leftOut) {
    this(templates, tracks, leftOut, Map.of());
  }

  public Catalog(Map<String, Template> templates, Map<String, Track> tracks) {
    this(templates, tracks, Map.of(), Map.of());
  }

  /** Why a template or track id that is not in the catalog is missing, said to a client who needs it. */
  public String whyMissing(String id) {
    String where = leftOut.get(id);
    if (where != null) return "template \"" + id + "\" was left out for the errors reported in " + where;
    String track = tracksLeftOut.get(id);
    if (track != null) return "track \"" + id + "\" was left out for the errors reported in " + track;
    return "template \"" + id + "\" is unknown";
  }

  /**
   * The template or track left out for errors that a program names, matched as the roster matches
   * ids ({@link Names#tag}: capitals, spaces and hyphens aside).
   */
  public Optional<String> leftOutNamed(String programId) {
    String tag = Names.tag(programId);
    for (String id : leftOut.keySet()) if (Names.tag(id).equals(tag)) return Optional.of(id);
    for (String id : tracksLeftOut.keySet()) if (Names.tag(id).equals(tag)) return Optional.of(id);
    return Optional.empty();
  }

  /**
   * The ids of the templates a program uses: the template it names, or every stage of the track it
   * names, since a client on a track comes to each of them in turn. Matched as the roster matches
   * a program ({@link Names#tag}), so a program typed on a row left out for its errors counts too;
   * none for a program the catalog does not know.
   */
  public List<String> templatesOf(String program) {
    String tag = Names.tag(program);
    for (String id : templates.keySet()) if (Names.tag(id).equals(tag)) return List.of(id);
    for (String id : leftOut.keySet()) if (Names.tag(id).equals(tag)) return List.of(id);
    for (Track t : tracks.values()) if (Names.tag(t.id()).equals(tag)) return t.templateIds();
    return List.of();
  }

  public Optional<Template> template(String id) {
    return Optional.ofNullable(templates.get(id));
  }

  public Optional<Track> track(String id) {
    return Optional.ofNullable(tracks.get(id));
  }

  /**
   * The template of an id kept from an earlier run (a block record), matched as the roster matches
   * a program: exactly, else with capitals, spaces and hyphens aside ({@link Names#tag}), so that a
   * folder renamed only in those ({@code Upper Back Mobility} to {@code upper-back-mobility}) is
   * still the template it was. Of two such templates, the last, as the roster takes.
   */
  public Optional<Template> templateNamed(String id) {
    Template found = templates.get(id);
    String tag = Names.tag(id);
    if (found == null) for (Template t : templates.values()) if (Names.tag(t.id()).equals(tag)) found = t;
    return Optional.ofNullable(found);
  }

  /** The track of an id kept from an earlier run, matched as {@link #templateNamed} matches a template. */
  public Optional<Track> trackNamed(String id) {
    Track found = tracks.get(id);
    String tag = Names.tag(id);
    if (found == null) for (Track t : tracks.values()) if (Names.tag(t.id()).equals(tag)) found = t;
    return Optional.ofNullable(found);
  }

  public boolean knows(String programId) {
    return templates.containsKey(programId) || tracks.containsKey(programId);
  }
}
