package org.circuitpress.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.circuitpress.model.Client;
import org.circuitpress.model.Program;

/**
 * Runs one contender over a roster with one client per task on a fixed thread pool, timing each
 * stage in the thread that runs it, and prints {@code key value} lines for {@code bench/run}.
 *
 * <p>Stages are timed in thread CPU time: on a shared machine the wall time of a stage mostly
 * measures the other tenants, while its CPU time stays close to what the stage costs.
 */
final class StagedRun {
  private final Impl impl;
  private final int threads;
  private final LongAdder plan = new LongAdder();
  private final LongAdder pdf = new LongAdder();
  private final LongAdder xlsx = new LongAdder();
  private final LongAdder write = new LongAdder();
  private final LongAdder pdfBytes = new LongAdder();
  private final LongAdder xlsxBytes = new LongAdder();
  private final LongAdder done = new LongAdder();
  private final AtomicLong firstDone = new AtomicLong();
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  StagedRun(Impl impl, int threads) {
    this.impl = impl;
    this.threads = threads;
  }

  void run(Path roster, Path out, String onlyClient, PrintStream report) throws Exception {
    long t0 = System.nanoTime();
    long c0 = CPU.getCurrentThreadCpuTime();
    List<Client> clients = impl.read(roster);
    if (onlyClient != null) clients = clients.stream().filter(c -> c.id().equals(onlyClient)).toList();
    long read = CPU.getCurrentThreadCpuTime() - c0;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> tasks = new java.util.ArrayList<>();
      for (Client c : clients) tasks.add(pool.submit(() -> one(c, out)));
      for (Future<?> f : tasks) f.get();
    } finally {
      pool.shutdown();
    }
    long wall = System.nanoTime() - t0;
    double n = clients.size();
    report.printf("clients %d%n", clients.size());
    report.printf("done %d%n", done.sum());
    report.printf("threads %d%n", threads);
    report.printf("wall_s %.3f%n", wall / 1e9);
    report.printf("clients_per_s %.1f%n", n / (wall / 1e9));
    report.printf("cpu_ms_per_client %.3f%n", (read + plan.sum() + pdf.sum() + xlsx.sum() + write.sum()) / 1e6 / n);
    report.printf("ms_read %.4f%n", read / 1e6 / n);
    report.printf("ms_plan %.4f%n", plan.sum() / 1e6 / n);
    report.printf("ms_pdf %.4f%n", pdf.sum() / 1e6 / n);
    report.printf("ms_xlsx %.4f%n", xlsx.sum() / 1e6 / n);
    report.printf("ms_write %.4f%n", write.sum() / 1e6 / n);
    report.printf("bytes_pdf %.0f%n", pdfBytes.sum() / n);
    report.printf("bytes_xlsx %.0f%n", xlsxBytes.sum() / n);
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    report.printf("first_client_s %.3f%n", (firstDone.get() - jvmStart) / 1e3);
    report.printf("heap_max_mb %d%n", Runtime.getRuntime().maxMemory() >> 20);
  }

  private void one(Client c, Path out) {
    try {
      long t = CPU.getCurrentThreadCpuTime();
      Optional<Program> p = impl.plan(c);
      long t1 = CPU.getCurrentThreadCpuTime();
      plan.add(t1 - t);
      if (p.isEmpty()) return;
      ByteArrayOutputStream handout = new ByteArrayOutputStream(64 << 10);
      impl.handout(p.get(), handout);
      long t2 = CPU.getCurrentThreadCpuTime();
      pdf.add(t2 - t1);
      ByteArrayOutputStream log = new ByteArrayOutputStream(16 << 10);
      impl.log(p.get(), log);
      long t3 = CPU.getCurrentThreadCpuTime();
      xlsx.add(t3 - t2);
      Path dir = out.resolve(p.get().start().toString().substring(0, 7)).resolve(c.id());
      Files.createDirectories(dir);
      Files.write(dir.resolve("handout.pdf"), handout.toByteArray());
      Files.write(dir.resolve("log.xlsx"), log.toByteArray());
      write.add(CPU.getCurrentThreadCpuTime() - t3);
      pdfBytes.add(handout.size());
      xlsxBytes.add(log.size());
      done.increment();
      firstDone.compareAndSet(0, System.currentTimeMillis());
    } catch (IOException | RuntimeException e) {
      System.err.println(c.id() + ": " + e);
    }
  }
}
