package org.circuitpress.render.xlsx;

import java.util.ArrayList;
import java.util.List;

/** Row numbers added in ascending order, merged into runs so a validation's range list stays short. */
final class Runs {
  private final List<int[]> runs = new ArrayList<>();

  void add(int row) {
    int[] tail = runs.isEmpty() ? null : runs.get(runs.size() - 1);
    if (tail != null && row == tail[1] + 1) {
      tail[1] = row;
    } else {
      runs.add(new int[] {row, row});
    }
  }

  boolean isEmpty() {
    return runs.isEmpty();
  }

  /** The runs as a space-separated reference list in one column, e.g. {@code N2 N6:N10}. */
  String sqref(int column) {
    StringBuilder sb = new StringBuilder();
    for (int[] r : runs) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(SheetXml.ref(r[0], column));
      if (r[1] > r[0]) sb.append(':').append(SheetXml.ref(r[1], column));
    }
    return sb.toString();
  }
}
