package org.circuitpress.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.circuitpress.model.Names;

/**
 * A client id that a spreadsheet's number format shows with thousands separators or zero
 * decimals. A workbook holds the number itself, {@code 1001} formatted {@code #,##0}, and its id
 * is read as the digits ({@link XlsxSource}); a CSV file of the same sheet (Google Sheets' File >
 * Download > CSV) holds what the cell shows, {@code "1,001"} or {@code "1,001.00"}. Read as the
 * digits too, the client keeps one id and one folder whichever way the roster was saved, and the
 * id can be given to {@code --clients}, which a comma would split.
 */
public final class IdNumbers {
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

  /**
   * How a CSV may have written the id {@code digits} of a column formatted as numbers, as it was
   * read, and a client's folder named, before such an id was read as its digits ({@link #plain}):
   * with thousands separators ({@code "1,001"}), zero decimals ({@code "1001.00"}) or both
   * ({@code "1,001.00"}, Google Sheets' Number format). None for an id that is not a whole number
   * a number format shows (digits without a zero in front).
   */
  public static List<String> shownForms(String digits) {
    List<String> out = new ArrayList<>();
    if (!digits.matches("[1-9][0-9]{0,17}")) return out;
    StringBuilder grouped = new StringBuilder(digits);
    for (int at = digits.length() - 3; at > 0; at -= 3) grouped.insert(at, ',');
    for (String whole : grouped.length() > digits.length() ? List.of(grouped.toString(), digits) : List.of(digits)) {
      for (String decimals : List.of("", ".00", ".0")) {
        String shown = whole + decimals;
        if (isShownNumber(shown) && plain(shown).equals(digits)) out.add(shown);
      }
    }
    return out;
  }

  /**
   * Whether {@code written}, the id a file of an earlier run names its client by (a log's start
   * sheet, a block record), is the client {@code id} as the roster reads ids now: the same in other
   * capitals or spacing ({@link Names#id}), or {@code id}'s digits as a CSV wrote them, which a run
   * before such ids were read as their digits took as written ({@link #shownForms}).
   */
  public static boolean sameClient(String written, String id) {
    return Names.id(written).equals(Names.id(id)) || shownForms(id).contains(written.strip());
  }
}
