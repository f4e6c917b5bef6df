package org.circuitpress.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes every output file under a hidden temporary name in the target's own folder and renames
 * it into place, so a run killed at any moment leaves either the old file or the new one, never
 * a truncated one. Temporary names end in {@link #TEMP_SUFFIX} and carry the number of the process
 * that writes them; an interrupted run (Ctrl-C) removes its own, and the next run removes those a
 * {@code kill -9} left ({@link #cleanStale}).
 */
final class AtomicFiles {
  static final String TEMP_SUFFIX = ".cptmp";
  private static final AtomicLong COUNTER = new AtomicLong();
  /** Temporary files being written, removed by a shutdown hook when the run is interrupted. */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
  /**
   * Client folders this run made that may still be empty: one is removed when nothing landed in
   * it, by its client's job ({@link #settleFolder}) or, when the run is interrupted, by the hook.
   */
  private static final Set<Path> NEW_FOLDERS = ConcurrentHashMap.newKeySet();

  /** Runs under way; one still going when the JVM shuts down was stopped (Ctrl-C, kill). */
  static final AtomicInteger RUNNING = new AtomicInteger();

  /**
   * Guards {@link #stopping} and the creation of temporary files: once the JVM shuts down, no
   * worker starts a new one after the hook below has removed those in flight.
   */
  private static final Object LOCK = new Object();
  private static boolean stopping;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      synchronized (LOCK) {
        stopping = true;
      }
      IN_FLIGHT.forEach(p -> p.toFile().delete());
      NEW_FOLDERS.forEach(p -> p.toFile().delete()); // only a folder that is empty goes
      if (RUNNING.get() > 0) {
        System.err.println("circuitpress: stopped before the end. Every file written so far is whole and"
            + " nothing half-written is left; run the same command again to complete the month.");
        System.err.flush();
      }
    }, "circuitpress-temp-cleanup"));
  }

  private final OutputSink sink;

  AtomicFiles(OutputSink sink) {
    this.sink = sink;
  }

  /** What fills a file. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code target} and returns its fingerprint ({@link WrittenFiles#fingerprint}). */
  long write(Path target, Body body) throws IOException {
    try (Pending p = prepare(target, body)) {
      return p.moveTo(target);
    }
  }

  /** The fingerprint of what {@code body} writes, written nowhere. */
  private static long fingerprintOf(Body body) throws IOException {
    WrittenFiles.Counting counted = new WrittenFiles.Counting(OutputStream.nullOutputStream());
    body.writeTo(new Unclosable(counted));
    return counted.fingerprint();
  }

  /**
   * Writes what {@code body} writes under a temporary name beside {@code target}, not yet in
   * place: the caller looks at its fingerprint, then moves it to {@code target} or to another name
   * in the same folder ({@link Pending#moveTo}), or drops it ({@link Pending#close}). A folder made
   * read-only (or a synced one that refuses new files) gives one written nowhere, which can be put
   * only where the file already holds these very bytes: a rerun of a month done, a client's filled
   * log kept as it is, needs no write there.
   */
  Pending prepare(Path target, Body body) throws IOException {
    Path temp = tempName(target, null);
    OutputStream opened;
    java.nio.file.AccessDeniedException refused = null;
    synchronized (LOCK) {
      if (stopping) throw new java.io.InterruptedIOException("the run is stopping");
      IN_FLIGHT.add(temp);
      try {
        opened = sink.open(temp);
      } catch (java.nio.file.AccessDeniedException denied) {
        IN_FLIGHT.remove(temp);
        opened = null;
        refused = denied;
      } catch (IOException | RuntimeException e) {
        IN_FLIGHT.remove(temp);
        throw e;
      }
    }
    if (opened == null) return new Pending(null, fingerprintOf(body), refused);
    try {
      long fingerprint;
      try (OutputStream out = new BufferedOutputStream(opened, 1 << 16)) {
        WrittenFiles.Counting counted = new WrittenFiles.Counting(out);
        body.writeTo(new Unclosable(counted));
        fingerprint = counted.fingerprint();
      }
      return new Pending(temp, fingerprint, null);
    } catch (IOException | RuntimeException | Error e) {
      deleteQuietly(temp, e);
      IN_FLIGHT.remove(temp);
      throw e;
    }
  }

  /** A whole file under its temporary name; removed on {@link #close} unless it was moved. */
  static final class Pending implements AutoCloseable {
    /** The temporary file; null when its folder refused it ({@link #refused}). */
    private final Path temp;
    private final long fingerprint;
    private final java.nio.file.AccessDeniedException refused;
    private boolean moved;

    private Pending(Path temp, long fingerprint, java.nio.file.AccessDeniedException refused) {
      this.temp = temp;
      this.fingerprint = fingerprint;
      this.refused = refused;
    }

    /** The fingerprint of what was written ({@link WrittenFiles#fingerprint}). */
    long fingerprint() {
      return fingerprint;
    }

    /** Whether {@code file} holds exactly the bytes written here. */
    boolean sameAs(Path file) throws IOException {
      if (temp == null) return WrittenFiles.fingerprint(file) == fingerprint;
      return Files.mismatch(temp, file) == -1;
    }

    /**
     * Puts the file in place as {@code target}, in the temporary file's folder; its fingerprint.
     * One its folder refused is in place only when {@code target} already holds these bytes.
     */
    long moveTo(Path target) throws IOException {
      if (moved) throw new IllegalStateException("already moved: " + target);
      if (temp == null) {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || !sameAs(target)) throw refused;
        moved = true;
        return fingerprint;
      }
      try {
        move(temp, target);
      } catch (IOException | RuntimeException | Error e) {
        deleteQuietly(temp, e);
        throw e;
      } finally {
        moved = true;
        IN_FLIGHT.remove(temp);
      }
      return fingerprint;
    }

    @Override
    public void close() throws IOException {
      if (moved || temp == null) return;
      moved = true;
      try {
        Files.deleteIfExists(temp);
      } finally {
        IN_FLIGHT.remove(temp);
      }
    }
  }

  /**
   * A hidden name beside {@code target} for a temporary file of this process, which
   * {@link #cleanStale} recognises as a leftover of {@code target}; {@code role} (or null) says
   * what it holds.
   */
  static Path tempName(Path target, String role) {
    return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
        + COUNTER.incrementAndGet() + (role == null ? "" : "-" + role) + TEMP_SUFFIX);
  }

  /** What creates a temporary file and returns a handle on it. */
  @FunctionalInterface
  interface Opener<T> {
    T open() throws IOException;
  }

  /**
   * A temporary file written otherwise than by {@link #write}, created by {@code opener}:
   * removed too when the run is interrupted, and never created once the run is stopping.
   */
  static <T> T create(Path temp, Opener<T> opener) throws IOException {
    synchronized (LOCK) {
      if (stopping) throw new java.io.InterruptedIOException("the run is stopping");
      IN_FLIGHT.add(temp);
      try {
        return opener.open();
      } catch (IOException | RuntimeException e) {
        IN_FLIGHT.remove(temp);
        throw e;
      }
    }
  }

  static void untrack(Path temp) {
    IN_FLIGHT.remove(temp);
  }

  /**
   * Makes the folder {@code dir} for a client's files when it is not there; true when this run
   * made it. Such a folder is removed again if no file lands in it ({@link #settleFolder}), also
   * when the run is interrupted, so a failed client or a stopped run leaves no empty folder.
   */
  static boolean createFolder(Path dir) throws IOException {
    boolean made = false;
    synchronized (LOCK) {
      if (stopping) throw new java.io.InterruptedIOException("the run is stopping");
      if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        NEW_FOLDERS.add(dir);
        made = true;
      }
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException | RuntimeException e) {
      NEW_FOLDERS.remove(dir);
      throw e;
    }
    return made;
  }

  /** Once a client's job is over: removes the folder it made ({@code made}) when nothing landed in it. */
  static void settleFolder(Path dir, boolean made) {
    if (!made) return;
    try {
      Files.deleteIfExists(dir); // a folder with a file in it is not removed
    } catch (IOException e) {
      // a file landed, or the folder cannot be removed: it stays
    } finally {
      NEW_FOLDERS.remove(dir);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Same folder, so this only happens on odd file systems; a plain replace is the best left.
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp, Throwable cause) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }

  /**
   * Removes the temporary files a killed run left for the files this run writes. Those of
   * {@code own} in {@code folder} are this run's kind's alone (its summary, report, spool): while
   * this run holds the folder's lock for them ({@code ownLocked}, see {@link RunLock}) no other run
   * writes them, so all go. The others, those of {@code others} in {@code folder} and everything
   * temporary in the client {@code subfolders}, may be another run's files in progress (a
   * {@code --clients} run beside a run of the whole roster): they go only when the process that
   * wrote them, whose number is in their name ({@link #tempName}), is no longer running. Shards
   * share a month folder, so a shard never touches another shard's names or clients.
   */
  static int cleanStale(Path folder, Collection<String> own, boolean ownLocked, Collection<String> others,
      Collection<String> subfolders) throws IOException {
    int removed = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + TEMP_SUFFIX)) {
      for (Path p : entries) {
        String file = p.getFileName().toString();
        boolean mine = own.stream().anyMatch(n -> isTempOf(file, n));
        // a file of another run's kind whose name has no process number is left alone
        boolean theirs = !mine && others.stream().anyMatch(n -> isTempOf(file, n));
        if ((mine && (ownLocked || owner(file) < 0 || abandoned(p))) || (theirs && abandoned(p))) {
          removed += Files.deleteIfExists(p) ? 1 : 0;
        }
      }
    }
    for (String sub : subfolders) {
      Path dir = folder.resolve(sub);
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) continue;
      try (DirectoryStream<Path> inner = Files.newDirectoryStream(dir, "*" + TEMP_SUFFIX)) {
        for (Path q : inner) removed += abandoned(q) && Files.deleteIfExists(q) ? 1 : 0;
      }
    }
    return removed;
  }

  private static boolean isTempOf(String file, String name) {
    return file.startsWith("." + name + ".") || file.equals(name);
  }

  /** {@code .handout.pdf.5217-927.cptmp}, {@code .report.txt.5217-3-spool.cptmp}: 5217 is the process. */
  private static final Pattern OWNER = Pattern.compile(".*\\.([0-9]{1,18})-[0-9]+(-[a-z]+)?" + Pattern.quote(TEMP_SUFFIX));

  /** The number of the process that made the temporary file {@code name}, or -1 when its name has none. */
  static long owner(String name) {
    Matcher m = OWNER.matcher(name);
    return m.matches() ? Long.parseLong(m.group(1)) : -1;
  }

  /**
   * Whether the temporary file {@code temp} belongs to a run that is over: the process named in it
   * is not running on this computer, or it is this process (a run in a container is often process
   * 1, as was the one before it) and the file is none this process is writing.
   */
  static boolean abandoned(Path temp) {
    String name = temp.getFileName().toString();
    long pid = owner(name);
    if (pid < 0) return false;
    if (pid == ProcessHandle.current().pid()) return IN_FLIGHT.stream().noneMatch(p -> p.getFileName().toString().equals(name));
    return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
  }

  /**
   * Has {@code file} removed when the run is interrupted, as a temporary file is; false (and not
   * tracked) when the run is already stopping.
   */
  static boolean trackUntilStopped(Path file) {
    synchronized (LOCK) {
      if (stopping) return false;
      IN_FLIGHT.add(file);
      return true;
    }
  }

  /** Writers such as POI close the stream they are given; the file must stay open until flushed. */
  private static final class Unclosable extends java.io.FilterOutputStream {
    Unclosable(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
