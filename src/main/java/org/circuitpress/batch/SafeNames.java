package org.circuitpress.batch;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Folder names for client ids. An id that is already a safe name on Linux, macOS and Windows is
 * used as it is, so a trainer finds {@code output/2026-12/anna-k/}. Any other id is cleaned and
 * gets a short hash of the original id: the folder then depends on that id alone, so next month
 * finds the same folder even when other clients come and go. Ids that differ only in case, spacing
 * or Unicode normalization are one client (the roster reader skips the later row), so two ids of
 * a roster meet on a case-insensitive file system only when their hashes collide or one id is
 * written like another's cleaned and hashed folder; then the earlier id keeps its folder and the
 * later one gets a longer hash and a notice.
 */
final class SafeNames {
  static final int MAX_LENGTH = 60;
  private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}\\p{M}._\\-+@(),' ]");
  private static final Pattern RESERVED =
      Pattern.compile("(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\\$|conout\\$)(\\..*)?");
  /** Names of the month folder's own files, which a client's folder must not take. */
  private static final Pattern MONTH_FILES =
      Pattern.compile("(summary|report|log-export)(-[^.]*)?\\.(xlsx|csv|txt)");
  private static final HexFormat HEX = HexFormat.of();

  private SafeNames() {}

  /** The folders, and a notice for every id whose folder is not the id itself. */
  record Assignment(Map<String, String> folders, Map<String, String> notices) {}

  static Assignment assign(List<String> ids) {
    Map<String, String> folders = new LinkedHashMap<>();
    for (String id : ids) folders.put(id, firstChoice(id));
    Map<String, List<String>> byKey = new TreeMap<>();
    for (String id : ids) byKey.computeIfAbsent(key(folders.get(id)), k -> new ArrayList<>()).add(id);
    Map<String, String> notices = new LinkedHashMap<>();
    for (String id : ids) {
      List<String> sharing = byKey.get(key(folders.get(id)));
      if (sharing.size() > 1 && !sharing.get(0).equals(id)) {
        String folder = longer(id);
        notices.put(id, "client id " + quote(id) + " would share a folder with " + others(sharing, id)
            + "; its files go to " + folder + "/");
        folders.put(id, folder);
      } else if (!folders.get(id).equals(id)) {
        notices.put(id, "client id " + quote(id) + " is not safe as a folder name; its files go to "
            + folders.get(id) + "/");
      }
    }
    return new Assignment(folders, notices);
  }

  /** The id itself when safe, otherwise its cleaned form with a hash of the id. */
  static String firstChoice(String id) {
    String cleaned = clean(id);
    return cleaned.equals(id) ? id : withHash(cleaned, id, 8);
  }

  /**
   * Letters, digits and a few harmless marks; no leading dot (hidden files, {@code ..}), no
   * trailing dot or space (Windows drops them), no reserved device names, nothing that could be
   * one of the month folder's own files ({@code report.txt}, {@code summary-shard-1-of-2.csv}), at most
   * {@link #MAX_LENGTH} characters.
   */
  static String clean(String id) {
    String s = Normalizer.normalize(id, Normalizer.Form.NFC);
    s = UNSAFE.matcher(s).replaceAll("_");
    s = s.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
    if (s.codePointCount(0, s.length()) > MAX_LENGTH) s = s.substring(0, s.offsetByCodePoints(0, MAX_LENGTH));
    s = s.replaceAll("[. ]+$", "");
    String lower = s.toLowerCase(Locale.ROOT);
    if (RESERVED.matcher(lower).matches() || MONTH_FILES.matcher(lower).matches()) s = "_" + s;
    return s.isEmpty() ? "client" : s;
  }

  /**
   * The folder of an id that would share its first choice with an earlier id. Runs before ids that
   * differ only in case or normalization were refused gave it to every id of such a group, so a
   * client's earlier logs may be there.
   */
  static String longer(String id) {
    return withHash(clean(id), id, 12);
  }

  private static String withHash(String cleaned, String id, int hexDigits) {
    return cleaned + "-" + HEX.formatHex(Shard.sha256(id)).substring(0, hexDigits);
  }

  /** Case-insensitive file systems (Windows, macOS) treat these as the same name. */
  static String key(String folder) {
    return Normalizer.normalize(folder, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static String others(List<String> sharing, String id) {
    List<String> rest = new ArrayList<>();
    for (String other : sharing) if (!other.equals(id)) rest.add(quote(other));
    return String.join(", ", rest);
  }

  static String quote(String id) {
    StringBuilder sb = new StringBuilder("\"");
    id.codePoints().limit(80).forEach(c -> {
      if (Character.isISOControl(c)) sb.append(String.format("\\u%04x", c));
      else sb.appendCodePoint(c);
    });
    if (id.codePointCount(0, id.length()) > 80) sb.append("...");
    return sb.append('"').toString();
  }

  /** Whether a folder name is portable and cannot climb out of its parent: used by tests. */
  static boolean isSafe(String folder) {
    return !folder.isEmpty() && folder.length() <= MAX_LENGTH + 13 && !UNSAFE.matcher(folder).find()
        && !folder.startsWith(".") && !folder.endsWith(".") && !folder.endsWith(" ")
        && !RESERVED.matcher(folder.toLowerCase(Locale.ROOT)).matches();
  }
}
