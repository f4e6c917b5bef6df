package org.circuitpress.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** All templates and tracks a run knows, by id. A roster's {@code program} names one of them. */
public record Catalog(Map<String, Template> templates, Map<String, Track> tracks) {
  public Catalog {
    templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
    tracks = Collections.unmodifiableMap(new LinkedHashMap<>(tracks));
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
