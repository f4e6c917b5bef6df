package org.circuitpress.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Contender (c) of issue 7, the floor: per client, deflate text-like bytes into two files of the
 * same compressed sizes as the product's handout and log, with the same thread pool. Nothing is
 * parsed, planned or laid out; what is left is the work no implementation can avoid.
 *
 * <p>The input is one corpus of words made up front (so its making is not timed); each client
 * deflates its own slice of it, sized once by calibration so that the output matches the target
 * ({@code matchOutput}), or, read literally, exactly the target number of input bytes.
 */
final class Floor {
  private Floor() {}

  static void run(int clients, long pdfBytes, long xlsxBytes, Path out, int threads, boolean matchOutput,
      PrintStream report) throws Exception {
    byte[] corpus = corpus(16 << 20);
    int pdfIn = matchOutput ? calibrate(corpus, pdfBytes) : (int) pdfBytes;
    int xlsxIn = matchOutput ? calibrate(corpus, xlsxBytes) : (int) xlsxBytes;
    LongAdder written = new LongAdder();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int i = 1; i <= clients; i++) {
        int id = i;
        tasks.add(pool.submit(() -> {
          Path dir = out.resolve(RosterGen.id(id));
          Files.createDirectories(dir);
          int at = (int) ((id * 7919L * 1024) % (corpus.length - pdfIn - xlsxIn));
          written.add(deflate(corpus, at, pdfIn, dir.resolve("handout.pdf.z")));
          written.add(deflate(corpus, at + pdfIn, xlsxIn, dir.resolve("log.xlsx.z")));
          return null;
        }));
      }
      for (Future<?> f : tasks) f.get();
    } finally {
      pool.shutdown();
    }
    long wall = System.nanoTime() - t0;
    report.printf("clients %d%n", clients);
    report.printf("threads %d%n", threads);
    report.printf("wall_s %.3f%n", wall / 1e9);
    report.printf("clients_per_s %.1f%n", clients / (wall / 1e9));
    report.printf("bytes_per_client %.0f%n", written.sum() / (double) clients);
    report.printf("input_bytes_per_client %d%n", pdfIn + xlsxIn);
  }

  private static long deflate(byte[] corpus, int from, int len, Path file) throws IOException {
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try (OutputStream o = new DeflaterOutputStream(Files.newOutputStream(file), d, 8192)) {
      o.write(corpus, from, len);
    } finally {
      d.end();
    }
    return Files.size(file);
  }

  /** How many corpus bytes deflate to {@code target} bytes. */
  private static int calibrate(byte[] corpus, long target) {
    int probe = 1 << 20;
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION);
    d.setInput(corpus, 0, probe);
    d.finish();
    byte[] buf = new byte[probe];
    long outLen = 0;
    while (!d.finished()) outLen += d.deflate(buf);
    d.end();
    return (int) Math.max(1, target * (double) probe / outLen);
  }

  /** Words and numbers in the mix of a PDF content stream and sheet XML; compresses about 3:1. */
  private static byte[] corpus(int size) {
    String[] words = {
      "BT", "ET", "Tf", "Td", "Tj", "re", "S", "q", "Q", "cm", "/F1", "/F2", "<c r=\"", "\" t=\"s\">",
      "<v>", "</v></c>", "<row r=\"", "reps", "breaths", "per side", "tempo", "rounds", "week",
      "foam", "roller", "band", "kettlebell", "windmill", "extension", "rotation", "session"
    };
    SplittableRandom rnd = new SplittableRandom(7);
    StringBuilder sb = new StringBuilder(size + 64);
    while (sb.length() < size) {
      if (rnd.nextInt(3) == 0) {
        sb.append(rnd.nextInt(100000) / 100.0);
      } else {
        sb.append(words[rnd.nextInt(words.length)]);
      }
      sb.append(rnd.nextInt(8) == 0 ? '\n' : ' ');
    }
    return sb.substring(0, size).getBytes(StandardCharsets.US_ASCII);
  }
}
