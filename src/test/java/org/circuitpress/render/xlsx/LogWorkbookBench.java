package org.circuitpress.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.circuitpress.model.Program;
import org.circuitpress.testing.Fixtures;

/**
 * Milliseconds per log workbook, single-threaded, after warm-up (not a test: timings on a shared
 * machine belong in a report). Run: {@code java -cp <test classpath>
 * org.circuitpress.render.xlsx.LogWorkbookBench [count]}.
 */
public final class LogWorkbookBench {
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private LogWorkbookBench() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Program p = Fixtures.program();
    long bytes = run(p, n / 2); // warm-up
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      long c0 = CPU.getCurrentThreadCpuTime();
      bytes = run(p, n);
      double cpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e6 / n;
      double ms = (System.nanoTime() - t0) / 1e6 / n;
      System.out.printf("log.xlsx: %.3f ms CPU (%.3f ms wall) per log, %d bytes each (%d logs)%n", cpu, ms, bytes, n);
    }
  }

  private static long run(Program p, int n) throws IOException {
    long size = 0;
    for (int i = 0; i < n; i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(40_000);
      LogWorkbookWriter.write(p, out);
      size = out.size();
    }
    return size;
  }
}
