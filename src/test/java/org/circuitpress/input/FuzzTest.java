package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of the sample roster (bytes flipped, cut, repeated; a fixed seed, so failures
 * repeat) never make the readers throw: each gives clients or an error saying why not.
 */
class FuzzTest {
  static final int ROUNDS = 150;
  @TempDir Path dir;

  @Test
  void damagedWorkbooksNeverThrow() throws IOException {
    fuzz(Files.readAllBytes(Path.of("input/roster.xlsx")), "roster.xlsx", new Random(20261201));
  }

  @Test
  void damagedCsvNeverThrows() throws IOException {
    fuzz(Files.readAllBytes(Path.of("input/csv/roster.csv")), "roster.csv", new Random(20261202));
  }

  private void fuzz(byte[] good, String name, Random rnd) throws IOException {
    var lib = TestData.library();
    var cat = TestData.catalog();
    for (int i = 0; i < ROUNDS; i++) {
      byte[] bad = mutate(good, rnd);
      Path f = Files.write(dir.resolve(i + "-" + name), bad);
      Diagnostics d = new Diagnostics();
      List<Client> clients = RosterReader.read(f, lib, cat, d);
      assertThat(clients.size() + d.errorCount())
          .as("case %d gives clients or errors", i)
          .isPositive();
      assertThat(clients.size()).isLessThanOrEqualTo(14 + 14);
    }
  }

  private static byte[] mutate(byte[] b, Random rnd) {
    byte[] out = b.clone();
    switch (rnd.nextInt(4)) {
      case 0 -> {
        for (int k = 0; k < 1 + rnd.nextInt(20); k++)
          out[rnd.nextInt(out.length)] = (byte) rnd.nextInt(256);
      }
      case 1 -> out = java.util.Arrays.copyOf(out, rnd.nextInt(out.length));
      case 2 -> {
        int from = rnd.nextInt(out.length);
        int len = Math.min(out.length - from, 1 + rnd.nextInt(200));
        byte[] twice = new byte[out.length + len];
        System.arraycopy(out, 0, twice, 0, from + len);
        System.arraycopy(out, from, twice, from + len, out.length - from);
        out = twice;
      }
      default -> {
        int at = rnd.nextInt(out.length);
        out[at] = (byte) (rnd.nextBoolean() ? '"' : rnd.nextBoolean() ? ';' : 0);
      }
    }
    return out;
  }
}
