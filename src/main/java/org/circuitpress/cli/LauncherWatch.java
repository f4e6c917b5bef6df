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
 * every {@value #EVERY_MS} ms whether that process is still running and still among Java's
 * parents (the script's, or that of a {@code java} command that is itself a script): a killed
 * script stops being one at once, even before its own parent has collected it (until then it still
 * counts as running). When it is gone, Java stops as on Ctrl-C: the shutdown hooks remove the
 * temporary files and the lock, and every file already in place stays whole. A Java started another
 * way ({@code java -jar}, a container) has no such property and is not watched; nor is one whose
 * number names no process among its parents when it starts: Git Bash and Cygwin on Windows give a
 * script numbers of their own, which Windows gives to other processes or to none, and watching one
 * of those would stop a run whose launcher is alive.
 */
final class LauncherWatch {
  static final String PROPERTY = "circuitpress.launcher";
  static final long EVERY_MS = 500;
  /** As a run whose terminal was closed (128 + SIGHUP); nobody is left to read it. */
  static final int EXIT = 129;
  /** How far up from Java its parents are looked through for the launcher: the launcher starts Java itself. */
  private static final int MOST_PARENTS = 8;

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
    if (launcher.isEmpty() || !startedThis(pid)) return;
    Thread t = new Thread(() -> watch(launcher.get(), pid, err), "circuitpress-launcher-watch");
    t.setDaemon(true);
    t.start();
  }

  private static void watch(ProcessHandle launcher, long pid, PrintWriter err) {
    try {
      while (!gone(launcher, pid)) Thread.sleep(EVERY_MS);
    } catch (InterruptedException e) {
      return;
    }
    err.println("circuitpress: the circuitpress command that started this run was killed, so the run stops here too");
    err.flush();
    System.exit(EXIT);
  }

  /** Whether the launcher has ended, or is no longer among Java's parents. */
  static boolean gone(ProcessHandle launcher, long pid) {
    return !launcher.isAlive() || !startedThis(pid);
  }

  /** Whether the process {@code pid} is Java's parent, or its parent's, and so on up. */
  static boolean startedThis(long pid) {
    Optional<ProcessHandle> p = ProcessHandle.current().parent();
    for (int up = 0; p.isPresent() && up < MOST_PARENTS; up++, p = p.get().parent()) {
      if (p.get().pid() == pid) return true;
    }
    return false;
  }
}
