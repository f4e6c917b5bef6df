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
 */
public record Cell(Location location, String text, Object value) {
  public Cell {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(text, "text");
  }
}
