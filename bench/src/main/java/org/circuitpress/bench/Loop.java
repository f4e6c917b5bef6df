package org.circuitpress.bench;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.circuitpress.model.Client;
import org.circuitpress.model.Program;

/**
 * One thread, the same clients rendered pass after pass into memory: the steady-state CPU and
 * allocation of one handout, one log and one plan once the JIT has settled, with no file system,
 * thread pool or start-up in the number. This is the measure the renderer's changes were judged
 * by (docs/performance.md, "The handout, step by step"); the end-to-end contenders say what a
 * trainer sees.
 */
final class Loop {
  private Loop() {}

  static void run(Impl impl, Path roster, int passes, PrintStream out) throws IOException {
    List<Client> clients = impl.read(roster);
    List<Program> programs = new ArrayList<>();
    for (Client c : clients) impl.plan(c).ifPresent(programs::add);
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    int n = programs.size();
    out.printf("%d programs, %d passes (the last is the steady state)%n", n, passes);
    for (int p = 1; p <= passes; p++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long a0 = mx.getCurrentThreadAllocatedBytes();
      long pdfBytes = 0;
      for (Program pr : programs) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128 * 1024);
        impl.handout(pr, b);
        pdfBytes += b.size();
      }
      long c1 = mx.getCurrentThreadCpuTime();
      long a1 = mx.getCurrentThreadAllocatedBytes();
      long logBytes = 0;
      for (Program pr : programs) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64 * 1024);
        impl.log(pr, b);
        logBytes += b.size();
      }
      long c2 = mx.getCurrentThreadCpuTime();
      long a2 = mx.getCurrentThreadAllocatedBytes();
      for (Client c : clients) impl.plan(c);
      long c3 = mx.getCurrentThreadCpuTime();
      out.printf("pass %d: handout %.2f ms CPU, %.2f MB allocated, %d bytes; log %.2f ms CPU, %.2f MB, %d bytes;"
              + " plan %.3f ms CPU%n", p, (c1 - c0) / 1e6 / n, (a1 - a0) / 1e6 / n, pdfBytes / n,
          (c2 - c1) / 1e6 / n, (a2 - a1) / 1e6 / n, logBytes / n, (c3 - c2) / 1e6 / clients.size());
    }
  }
}
