package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Left open by the review of trainers' mistakes: the warning about a roster open in Excel or
 * LibreOffice did not say who has it open, though the lock file beside it says. The lock files here
 * are written as the programs write them: Office's owner file of 165 bytes (Excel's layout, as
 * LibreOffice's own writer of it describes it) and LibreOffice's line of fields.
 */
public class LockFilesTest {
  @TempDir Path dir;

  /** An owner file as Excel writes one for {@code user}. */
  public static byte[] excelLock(String user) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(user.length());
    out.writeBytes(user.getBytes(Charset.forName("windows-1252")));
    while (out.size() < 55) out.write(0x20);
    out.write(user.length());
    out.write(0);
    out.writeBytes(user.getBytes(StandardCharsets.UTF_16LE));
    while (out.size() < 165) out.write(out.size() % 2 == 0 ? 0x20 : 0);
    return out.toByteArray();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void excelsOwnerFileNamesItsUserWithEveryLetter() throws IOException {
    assertThat(LockFiles.owner(write("~$roster.xlsx", excelLock("Zoë Łukasik")))).contains("Zoë Łukasik");
    // only the 8-bit copy, as a file cut short keeps it
    byte[] cut = java.util.Arrays.copyOf(excelLock("Ann Smith"), 20);
    assertThat(LockFiles.owner(write("~$short.xlsx", cut))).contains("Ann Smith");
  }

  @Test
  void libreOfficesLockFileNamesItsUserAndComputer() throws IOException {
    assertThat(LockFiles.owner(write(".~lock.roster.xlsx#", ("Ann Smith,ann,ANN-PC,25.11.2026 12:00,"
        + "file:///home/ann/.config/libreoffice/4;").getBytes(StandardCharsets.UTF_8))))
        .contains("Ann Smith on the computer ANN-PC");
    // no name set in LibreOffice: the system's user name; a comma kept with its backslash
    assertThat(LockFiles.owner(write(".~lock.a.xlsx#", ",ann,Smith\\, Ann's laptop,25.11.2026 12:00,x;"
        .getBytes(StandardCharsets.UTF_8)))).contains("ann on the computer Smith, Ann's laptop");
  }

  @Test
  void aLockFileOfAnyOtherShapeNamesNoOne() throws IOException {
    assertThat(LockFiles.owner(write("~$empty.xlsx", new byte[0]))).isEmpty();
    assertThat(LockFiles.owner(write("~$x.xlsx", "x".getBytes(StandardCharsets.US_ASCII)))).isEmpty();
    assertThat(LockFiles.owner(write("~$zero.xlsx", new byte[165]))).isEmpty();
    byte[] tooLong = excelLock("Ann");
    tooLong[0] = 60;
    assertThat(LockFiles.owner(write("~$long.xlsx", tooLong))).isEmpty();
    byte[] control = excelLock("Ann");
    control[2] = 7;
    control[59] = 7;
    assertThat(LockFiles.owner(write("~$bell.xlsx", control))).isEmpty();
    assertThat(LockFiles.owner(write(".~lock.b.xlsx#", "just one field".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    assertThat(LockFiles.owner(write(".~lock.c.xlsx#", ",,,,;".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    assertThat(LockFiles.owner(dir.resolve("~$missing.xlsx"))).isEmpty();
  }
}
