package org.circuitpress.model;

import java.util.List;
import java.util.Objects;

/**
 * A filled log of one block, from the XLSX log or the PDF handout's form fields.
 *
 * @param source the file it was read from, as shown to the user
 */
public record BlockLog(String clientId, int block, String source, List<LogEntry> entries) {
  /**
   * How the note of what a log decided for the next block begins, after the client's name:
   * {@code log read from handout.pdf: repeating the last block because ...}.
   */
  public static final String DECISION = "log read from ";

  public BlockLog {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(source, "source");
    entries = List.copyOf(entries);
  }

  public boolean isEmpty() {
    return entries.stream().allMatch(LogEntry::isEmpty);
  }
}
