package org.circuitpress.model;

import java.util.List;
import java.util.Objects;

/**
 * A filled log of one block, from the XLSX log or the PDF handout's form fields.
 *
 * @param source the file it was read from, as shown to the user
 */
public record BlockLog(String clientId, int block, String source, List<LogEntry> entries) {
  public BlockLog {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(source, "source");
    entries = List.copyOf(entries);
  }

  public boolean isEmpty() {
    return entries.stream().allMatch(LogEntry::isEmpty);
  }
}
