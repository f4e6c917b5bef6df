package org.circuitpress.input;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.circuitpress.model.ColumnsRead;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;

/** Counts, row by row, how many rows hold something in each known column, for {@link ColumnsRead}. */
final class ColumnCounts {
  private final Columns spec;
  /** The documented column of each normalized header. */
  private final Map<String, String> byKey = new HashMap<>();
  private final Map<String, Integer> counts = new HashMap<>();

  ColumnCounts(Columns spec) {
    this.spec = spec;
    for (String c : spec.all()) byKey.put(Names.header(c), c);
  }

  void row(Row row) {
    for (String key : row.cells().keySet()) {
      String column = byKey.get(key);
      if (column != null && !row.text(column).isEmpty()) counts.merge(column, 1, Integer::sum);
    }
  }

  /** The known columns of {@code table} with their counts; {@link ColumnsRead#NONE} when it was not read. */
  ColumnsRead of(Optional<Table> table) {
    if (table.isEmpty() || table.get().headerRow() == 0) return ColumnsRead.NONE;
    Table t = table.get();
    Map<String, Integer> filled = new LinkedHashMap<>();
    for (String c : spec.all()) {
      if (t.keys().contains(Names.header(c))) filled.put(c, counts.getOrDefault(c, 0));
    }
    return new ColumnsRead(Location.ofRow(t.file(), t.sheet(), t.headerRow()), filled);
  }
}
