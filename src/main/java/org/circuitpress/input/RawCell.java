package org.circuitpress.input;

/**
 * A cell as a source saw it, before cleaning and header matching.
 *
 * @param column 0-based column index
 * @param value a Double, LocalDate, LocalTime or Boolean when the file typed it, else null
 */
record RawCell(int column, String text, Object value) {}
