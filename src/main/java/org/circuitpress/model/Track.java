package org.circuitpress.model;

import java.util.List;
import java.util.Objects;

/** Blocks chained month after month, e.g. upper back: restore -> build -> perform. */
public record Track(String id, String name, List<String> templateIds, Location where) {
  public Track {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    templateIds = List.copyOf(templateIds);
    if (templateIds.isEmpty()) throw new IllegalArgumentException("a track needs templates");
  }
}
