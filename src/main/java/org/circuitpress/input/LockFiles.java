package org.circuitpress.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who has a spreadsheet open, as the lock file beside it says: Excel's {@code ~$roster.xlsx} (which
 * LibreOffice also writes for Office files) and LibreOffice's {@code .~lock.roster.xlsx#}. Read
 * tolerantly: a lock file of any other shape, or one that cannot be read, names no one, and the
 * warning about it is said as it was before.
 */
public final class LockFiles {
  private LockFiles() {}

  /** More than either kind of lock file holds: Office's is 162 or 165 bytes, LibreOffice's one short line. */
  private static final int MAX_BYTES = 4096;
  /** The longest user name Office keeps. */
  private static final int MAX_NAME = 52;
  /**
   * Where Office's lock file keeps the name's length again (two bytes) before the name in UTF-16:
   * 55 in Excel's and PowerPoint's, 54 in Word's.
   */
  private static final int[] WIDE_NAME_AT = {55, 54};
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The warning for a spreadsheet that a lock file beside it says is open in Excel
   * ({@code ~$roster.xlsx}) or LibreOffice ({@code .~lock.roster.xlsx#}), naming who has it open
   * when the lock file says; empty when there is no lock file. A run reads what was last saved, and
   * a trainer who typed rows (new clients, or a client's paper log) without saving would otherwise
   * see them missing with no word why.
   */
  public static Optional<String> openElsewhere(Path file) {
    return lockOf(file).map(lock -> "the lock file " + lock.name() + " beside it says the file is open in Excel or"
        + " LibreOffice" + lock.owner().map(w -> ", by " + w).orElse("") + " (or was when that program stopped): what"
        + " is typed there and not saved yet is not read. Save it, and run again if anything changed; if no program"
        + " has it open, delete " + lock.name() + ", or this warning comes back on every run");
  }

  /** A lock file beside a spreadsheet: its name, and who it says has the spreadsheet open, when it says. */
  public record Lock(String name, Optional<String> owner) {}

  /**
   * The lock file Excel ({@code ~$plan.csv}) or LibreOffice ({@code .~lock.plan.csv#}) keeps beside
   * {@code file} while it is open there; empty when there is none.
   */
  public static Optional<Lock> lockOf(Path file) {
    Path name = file.getFileName();
    if (name == null) return Optional.empty();
    String n = name.toString();
    List<String> locks = new ArrayList<>(List.of("~$" + n, ".~lock." + n + "#"));
    if (n.length() > 2) locks.add("~$" + n.substring(2)); // Office's lock of a long name drops its first two letters
    for (String lock : locks) {
      if (Files.exists(file.resolveSibling(lock))) return Optional.of(new Lock(lock, owner(file.resolveSibling(lock))));
    }
    return Optional.empty();
  }

  /**
   * Who the lock file says has the file open: "Ann Smith", or with the computer LibreOffice names
   * "Ann Smith on the computer ANN-PC"; empty when the file cannot be read or says no one plainly.
   */
  public static Optional<String> owner(Path lock) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(lock)) {
      bytes = in.readNBytes(MAX_BYTES);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    String name = lock.getFileName() == null ? "" : lock.getFileName().toString();
    return name.startsWith(".~lock.") ? libreOffice(bytes) : office(bytes);
  }

  /**
   * Office's owner file: a byte with the name's length (1 to 52), the name in the computer's 8-bit
   * code page, spaces or zeros, then at {@link #WIDE_NAME_AT} the length again in two bytes and the
   * name in UTF-16, which keeps every letter; the 8-bit copy is used when that one is not there.
   */
  static Optional<String> office(byte[] b) {
    if (b.length < 2) return Optional.empty();
    int n = b[0] & 0xff;
    if (n < 1 || n > MAX_NAME || b.length < 1 + n) return Optional.empty();
    for (int at : WIDE_NAME_AT) {
      if (b.length >= at + 2 + 2 * n && (b[at] & 0xff) == n && b[at + 1] == 0) {
        Optional<String> wide = plain(new String(b, at + 2, 2 * n, StandardCharsets.UTF_16LE));
        if (wide.isPresent()) return wide;
      }
    }
    return plain(new String(b, 1, n, WINDOWS_1252));
  }

  /**
   * LibreOffice's lock file: one line of fields separated by commas and ended by ";" (a comma,
   * semicolon or backslash within a field has a backslash before it), in UTF-8: the name set in
   * LibreOffice (often empty), the system's user name, the computer's name, the time and a folder.
   */
  static Optional<String> libreOffice(byte[] b) {
    String text = new String(b, StandardCharsets.UTF_8);
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean escaped = false;
    for (int i = 0; i < text.length() && fields.size() < 3; i++) {
      char c = text.charAt(i);
      if (escaped) {
        field.append(c);
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == ',' || c == ';') {
        fields.add(field.toString());
        field.setLength(0);
        if (c == ';') break;
      } else {
        field.append(c);
      }
    }
    if (fields.size() < 3) return Optional.empty(); // not the shape LibreOffice writes
    Optional<String> who = plain(fields.get(0)).or(() -> plain(fields.get(1)));
    Optional<String> computer = plain(fields.get(2));
    return who.map(w -> computer.map(c -> w + " on the computer " + c).orElse(w));
  }

  /** The text stripped, when it is a name a person could read: no control characters, no lost letters. */
  private static Optional<String> plain(String s) {
    String t = s.strip();
    if (t.isEmpty() || t.length() > MAX_NAME * 2) return Optional.empty();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isISOControl(c) || c == '\uFFFD') return Optional.empty();
    }
    return Optional.of(t);
  }
}
