package org.circuitpress.model;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The exercise library: drills by id, in file order.
 *
 * @param folder the folder of the library file, against which image paths resolve (may be null
 *     for libraries built in code)
 */
public record Library(Map<String, Exercise> byId, Path folder) {
  public Library {
    byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }

  public Optional<Exercise> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Collection<Exercise> all() {
    return byId.values();
  }
}
