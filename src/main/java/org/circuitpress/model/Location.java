package org.circuitpress.model;

import java.util.Objects;

/**
 * Where a value came from, in the terms a spreadsheet user knows: file, sheet, row and column.
 *
 * @param file the file name as the user gave it (shown as is)
 * @param sheet the sheet name, or null for CSV files and whole-file problems
 * @param row 1-based row as the spreadsheet shows it, or 0 for the whole file
 * @param column 0-based column index, or -1 for the whole row
 * @param header the column's header as written in the file, or null
 */
public record Location(String file, String sheet, int row, int column, String header) {
  public Location {
    Objects.requireNonNull(file, "file");
    if (row < 0) throw new IllegalArgumentException("row < 0");
    if (column < -1) throw new IllegalArgumentException("column < -1");
  }

  public static Location ofFile(String file) {
    return new Location(file, null, 0, -1, null);
  }

  public static Location ofSheet(String file, String sheet) {
    return new Location(file, sheet, 0, -1, null);
  }

  public static Location ofRow(String file, String sheet, int row) {
    return new Location(file, sheet, row, -1, null);
  }

  public static Location ofCell(String file, String sheet, int row, int column, String header) {
    return new Location(file, sheet, row, column, header);
  }

  /** A named form field of a PDF, e.g. {@code handout.pdf: field c-001.w1.s2.rpe}. */
  public static Location ofField(String file, String field) {
    return new Location(file, null, 0, -1, field);
  }

  /** How the place of a comment on a PDF's page is named: {@code a comment on page 4}. */
  public static final String COMMENT = "a comment on page ";

  /** A comment on page {@code page} of a PDF, typed with an app's text or comment tool. */
  public static Location ofComment(String file, int page) {
    return new Location(file, null, 0, -1, COMMENT + page);
  }

  /** Whether this is a comment on a PDF's page ({@link #ofComment}). */
  public boolean isComment() {
    return sheet == null && row == 0 && header != null && header.startsWith(COMMENT);
  }

  /** The same row, another column. */
  public Location atColumn(int newColumn, String newHeader) {
    return new Location(file, sheet, row, newColumn, newHeader);
  }

  /** Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA. */
  public static String columnLetters(int column) {
    StringBuilder sb = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }

  /** The cell reference without the file, e.g. {@code Clients!D7}, {@code D7}, {@code row 7}. */
  public String cellRef() {
    String prefix = sheet == null ? "" : sheet + "!";
    if (row == 0) return sheet == null ? "" : "sheet " + sheet;
    if (column < 0) return prefix + "row " + row;
    return prefix + columnLetters(column) + row;
  }

  /** E.g. {@code roster.xlsx: Clients!D7 (start_date)} or {@code roster.csv: D7 (start_date)}. */
  @Override
  public String toString() {
    String ref = cellRef();
    StringBuilder sb = new StringBuilder(file);
    if (isComment()) return sb.append(": ").append(header).toString();
    if (sheet == null && row == 0 && header != null) return sb.append(": field ").append(header).toString();
    if (!ref.isEmpty()) sb.append(": ").append(ref);
    if (header != null && column >= 0) sb.append(" (").append(header).append(')');
    return sb.toString();
  }
}
