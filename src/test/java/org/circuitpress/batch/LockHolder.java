package org.circuitpress.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * Another process for tests: holds the operating system's lock on the file {@code args[0]} (the
 * whole file, as any run's lock overlaps), with the text {@code args[1]} in it, until it is killed
 * or its input closes, as a run that writes into a month folder holds its lock.
 */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      ch.lock();
      // through the channel: closing any other handle on the file would let go of the lock
      ch.write(java.nio.ByteBuffer.wrap((args.length > 1 ? args[1] + "\n" : "").getBytes(StandardCharsets.UTF_8)));
      System.out.println("locked");
      System.out.flush();
      System.in.read();
    }
  }

  /** A lock holder that is running; closing it kills it, as {@code kill -9} would. */
  record Held(Process process) implements AutoCloseable {
    long pid() {
      return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Starts one on {@code file} and returns once it holds the lock. */
  static Held hold(Path file, String text) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
        LockHolder.class.getName(), file.toString(), text).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
        .readLine();
    Held held = new Held(p);
    if (!"locked".equals(line)) {
      held.close();
      throw new IllegalStateException("the lock holder did not start");
    }
    return held;
  }
}
