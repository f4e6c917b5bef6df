package org.circuitpress.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * All templates and tracks a run knows, by id. A roster's {@code program} names one of them.
 *
 * @param leftOut the templates the folder has but that were left out for errors in their files:
 *     id -> where (e.g. {@code templates/hip-mobility}), so that their clients are told why
 */
public record Catalog(Map<String, Template> templates, Map<String, Track> tracks, Map<String, String> leftOut) {
  public Catalog {
    templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
    tracks = Collections.unmodifiableMap(new LinkedHashMap<>(tracks));
    leftOut = Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
  }

  public Catalog(Map<String, Template> templates, Map<String, Track> tracks) {
    this(templates, tracks, Map.of());
  }

  /** Why a template id that is not in the catalog is missing, said to a client who needs it. */
  public String whyMissing(String templateId) {
    String where = leftOut.get(templateId);
    return where == null
        ? "template \"" + templateId + "\" is unknown"
        : "template \"" + templateId + "\" was left out for the errors reported in " + where;
  }

  public Optional<Template> template(String id) {
    return Optional.ofNullable(templates.get(id));
  }

  public Optional<Track> track(String id) {
    return Optional.ofNullable(tracks.get(id));
  }

  public boolean knows(String programId) {
    return templates.containsKey(programId) || tracks.containsKey(programId);
  }
}
