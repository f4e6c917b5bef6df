package org.circuitpress.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The known columns a roster or library was read with, so that next month's run can tell a column
 * deleted since: read as empty on every row, it would change every program without a word.
 *
 * @param header the file's header row (file, sheet, row), or null when nothing was read
 * @param filled each known column the file has, as documented ({@code limitations}), in the
 *     order the reader lists them, with how many rows hold something in it
 */
public record ColumnsRead(Location header, Map<String, Integer> filled) {
  /** Nothing read: no column to compare with. */
  public static final ColumnsRead NONE = new ColumnsRead(null, Map.of());

  public ColumnsRead {
    filled = Collections.unmodifiableMap(new LinkedHashMap<>(filled));
  }
}
