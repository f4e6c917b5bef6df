package org.circuitpress.input;

import java.util.regex.Pattern;

/**
 * A client id that a spreadsheet's number format shows with thousands separators or zero
 * decimals. A workbook holds the number itself, {@code 1001} formatted {@code #,##0}, and its id
 * is read as the digits ({@link XlsxSource}); a CSV file of the same sheet (Google Sheets' File >
 * Download > CSV) holds what the cell shows, {@code "1,001"} or {@code "1,001.00"}. Read as the
 * digits too, the client keeps one id and one folder whichever way the roster was saved, and the
 * id can be given to {@code --clients}, which a comma would split.
 */
final class IdNumbers {
  private IdNumbers() {}

  /**
   * One or two zero decimals, as number formats show them ("0.0", Sheets' "1,001.00"): three after
   * a dot ("1.000") are how a spreadsheet set to German, Dutch or Spanish shows 1000, not 1.
   */
  private static final Pattern SHOWN_NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.0{1,2})?|\\d+\\.0{1,2}");

  /** True when {@code id} is a whole number written with thousands separators or zero decimals. */
  static boolean isShownNumber(String id) {
    return SHOWN_NUMBER.matcher(id).matches();
  }

  /** The digits of an id {@link #isShownNumber} ("1,001.00" is 1001); any other id as it is. */
  static String plain(String id) {
    if (!isShownNumber(id)) return id;
    int dot = id.indexOf('.');
    return (dot < 0 ? id : id.substring(0, dot)).replace(",", "");
  }
}
