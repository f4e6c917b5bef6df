package org.circuitpress.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostics;

/**
 * Measures reading a large roster: {@code java -Xmx256m -cp ... org.circuitpress.input.RosterBench
 * [rows]} prints the time of each format (best of 3 after a warm-up) and the heap in use after
 * reading. Run with a small -Xmx to show the streaming path stays memory-light.
 */
public final class RosterBench {
  private RosterBench() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = Files.createTempDirectory("roster-bench");
    Path csv = BigRoster.csv(dir.resolve("big.csv"), rows);
    Path xlsx = BigRoster.xlsx(dir.resolve("big.xlsx"), rows);
    System.out.printf(
        "rows %d, csv %d KB, xlsx %d KB, max heap %d MB%n",
        rows,
        Files.size(csv) / 1024,
        Files.size(xlsx) / 1024,
        Runtime.getRuntime().maxMemory() >> 20);
    for (Path f : new Path[] {csv, xlsx}) {
      long best = Long.MAX_VALUE;
      List<Client> clients = null;
      for (int i = 0; i < 4; i++) {
        clients = null; // let the previous result go before reading again
        long t = System.nanoTime();
        clients = RosterReader.read(f, TestData.library(), TestData.catalog(), new Diagnostics());
        if (i > 0) best = Math.min(best, System.nanoTime() - t);
      }
      System.gc();
      long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      System.out.printf(
          "%s: %d clients in %d ms; heap in use with the clients held: %d MB%n",
          f.getFileName(), clients.size(), best / 1_000_000, used >> 20);
    }
  }
}
