package org.circuitpress.input;

import java.util.regex.Pattern;
import org.circuitpress.model.Names;

/**
 * How the name of a file in a template folder, or of a sheet in a template workbook, is matched
 * to the part it holds ({@code progression}): as a header is ({@link Names#header}: capitals,
 * spaces and underscores do not count), and, loosely, under the names that downloading or copying
 * gives it: {@code Desk neck - progression} (a Google Sheets download is named {@code
 * <spreadsheet> - <sheet>.csv}), {@code progression (1)} (a second download, or Excel's copy of a
 * sheet), {@code progression_2} (LibreOffice's), {@code Copy of progression} (Google Sheets').
 */
final class PartNames {
  private PartNames() {}

  /** The copy marks around a name once it is folded like a header ("progression(1)"). */
  private static final Pattern COPY =
      Pattern.compile("(?:copyof)?(.+?)(?:\\((?:\\d{1,3}|copy)\\)|\\d{1,3}|copy)?");

  private static final String DOWNLOAD_SEPARATOR = " - ";

  /** Whether {@code name} (without ".csv") is the part's own name, capitals and spaces aside. */
  static boolean exact(String name, String part) {
    return Names.header(name).equals(Names.header(part));
  }

  /**
   * Whether {@code name} (without ".csv") is the part's name as a download or a copy names it;
   * not when it is the {@link #exact} name.
   */
  static boolean loose(String name, String part) {
    if (exact(name, part)) return false;
    if (copyOf(name, part)) return true;
    for (int i = name.indexOf(DOWNLOAD_SEPARATOR); i >= 0;
        i = name.indexOf(DOWNLOAD_SEPARATOR, i + 1)) {
      String tail = name.substring(i + DOWNLOAD_SEPARATOR.length());
      if (exact(tail, part) || copyOf(tail, part)) return true;
    }
    return false;
  }

  private static boolean copyOf(String name, String part) {
    var m = COPY.matcher(Names.header(name));
    return m.matches() && m.group(1).equals(Names.header(part));
  }
}
