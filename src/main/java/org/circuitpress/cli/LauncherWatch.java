package org.circuitpress.cli;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * Stops Java when the {@code ./circuitpress} script that started it is gone. The script starts
 * Java as a job and waits for it, passing Ctrl-C and a plain kill on; killed itself by a signal it
 * cannot catch ({@code kill -9}, or a scheduler that ends only the script), it passes nothing on,
 * and Java would write on to the end, files nobody waits for, holding the month's lock.
 *
 * <p>The script gives its process number in the property {@value #PROPERTY}. A daemon thread looks
 * every {@value #EVERY_MS} ms whether that process is still running and, when it started Java
 * itself, still Java's parent: a killed script stops being the parent at once, even before its own
 * parent has collected it (until then it still counts as running). When it is gone, Java stops as
 * on Ctrl-C: the shutdown hooks remove the temporary files and the lock, and every file already in
 * place stays whole. A Java started another way ({@code java -jar}, a container) has no such
 * property and is not watched.
 */
final class LauncherWatch {
  static final String PROPERTY = "circuitpress.launcher";
  static final long EVERY_MS = 500;
  /** As a run whose terminal was closed (128 + SIGHUP); nobody is left to read it. */
  static final int EXIT = 129;

  private LauncherWatch() {}

  /**
   * Starts watching the launcher named by {@value #PROPERTY}, if any; {@code err} gets the one line
   * said before stopping.
   */
  static void start(PrintWriter err) {
    String value = System.getProperty(PROPERTY);
    if (value == null) return;
    long pid;
    try {
      pid = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return;
    }
    // Taken now, the handle knows when the process started: a later one given the same number is not it.
    Optional<ProcessHandle> launcher = ProcessHandle.of(pid);
    boolean parent = parentIs(pid);
    Thread t = new Thread(() -> watch(launcher, pid, parent, err), "circuitpress-launcher-watch");
    t.setDaemon(true);
    t.start();
  }

  private static void watch(Optional<ProcessHandle> launcher, long pid, boolean parent, PrintWriter err) {
    try {
      while (!gone(launcher, pid, parent)) Thread.sleep(EVERY_MS);
    } catch (InterruptedException e) {
      return;
    }
    err.println("circuitpress: the circuitpress command that started this run was killed, so the run stops here too");
    err.flush();
    System.exit(EXIT);
  }

  /** Whether the launcher has ended, or (when it was Java's parent) is no longer Java's parent. */
  static boolean gone(Optional<ProcessHandle> launcher, long pid, boolean parent) {
    if (launcher.isEmpty() || !launcher.get().isAlive()) return true;
    return parent && !parentIs(pid);
  }

  private static boolean parentIs(long pid) {
    return ProcessHandle.current().parent().map(p -> p.pid() == pid).orElse(false);
  }
}
