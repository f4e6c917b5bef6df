package org.circuitpress.model;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The exercise library: drills by id, in file order.
 *
 * @param folder the folder of the library file, against which image paths resolve (may be null
 *     for libraries built in code)
 * @param skipped the ids of drills left out for errors in their rows (as typed), with their rows,
 *     so that a reference to one can say why it is missing
 * @param columns the known columns the library was read with
 */
public record Library(Map<String, Exercise> byId, Path folder, Map<String, Location> skipped, ColumnsRead columns) {
  public Library {
    byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
  }

  public Library(Map<String, Exercise> byId, Path folder, Map<String, Location> skipped) {
    this(byId, folder, skipped, ColumnsRead.NONE);
  }

  public Library(Map<String, Exercise> byId, Path folder) {
    this(byId, folder, Map.of());
  }

  /**
   * The row of a drill that the file has but that was left out for errors in its row, matched
   * like ids are ({@link Names#tag}); empty when the id is not such a drill's.
   */
  public Optional<Location> skippedRow(String id) {
    Location at = skipped.get(id);
    if (at != null) return Optional.of(at);
    String tag = Names.tag(id);
    for (Map.Entry<String, Location> e : skipped.entrySet()) {
      if (Names.tag(e.getKey()).equals(tag)) return Optional.of(e.getValue());
    }
    return Optional.empty();
  }

  /** How a skipped drill's row is named in a message: "row 67 of exercises.csv". */
  public static String describe(Location row) {
    return "row " + row.row() + " of " + row.file();
  }

  public Optional<Exercise> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Collection<Exercise> all() {
    return byId.values();
  }
}
