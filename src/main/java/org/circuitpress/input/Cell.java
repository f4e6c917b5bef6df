package org.circuitpress.input;

import java.time.LocalDate;
import java.util.Objects;
import org.circuitpress.model.Location;

/**
 * One non-empty cell as read from a sheet or CSV file.
 *
 * @param text the cell as a person sees it, trimmed (numbers without a trailing ".0")
 * @param value the typed value when the file had one: a {@link Double} for a numeric cell, a
 *     {@link LocalDate} for a date-formatted cell, a {@link java.time.LocalTime} for a
 *     date-formatted cell that holds only a time of day, a {@link Boolean}; null for text and CSV
 * @param shown for a number cell whose number format shows it otherwise than {@code text} (123
 *     formatted {@code 00000} shows {@code 00123}), the text the spreadsheet shows, which is what
 *     an id or a name means; null otherwise
 */
public record Cell(Location location, String text, Object value, String shown) {
  public Cell {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(text, "text");
  }

  public Cell(Location location, String text, Object value) {
    this(location, text, value, null);
  }

  /** The text as the spreadsheet shows it: {@link #shown} when there is one, else {@link #text}. */
  public String display() {
    return shown == null ? text : shown;
  }
}
