package org.circuitpress.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Everything a client has to train with, by normalized equipment name. */
public record Kit(Map<String, KitItem> items) {
  public static final Kit NONE = new Kit(Map.of());

  public Kit {
    items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
  }

  /** True when the client owns the named equipment ({@link Names#tag} comparison). */
  public boolean has(String equipment) {
    return items.containsKey(Names.tag(equipment));
  }

  public Optional<KitItem> item(String equipment) {
    return Optional.ofNullable(items.get(Names.tag(equipment)));
  }
}
