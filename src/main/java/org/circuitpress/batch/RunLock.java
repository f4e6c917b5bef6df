package org.circuitpress.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The lock a run holds on its month folder for as long as it writes there, one per kind of run
 * (the whole roster, a shard, {@code --clients}): a second run of the same kind into the same
 * folder would remove the first one's files in progress and replace its summary and report, so it
 * is refused. Shards of one month each have their own lock and run at once, on one machine or
 * many; a run that takes its lock then looks at the others' ({@link #held}) for kinds that must not
 * run beside it ({@link Overlap}).
 *
 * <p>The lock is the operating system's ({@link FileChannel#tryLock}) on a hidden file of the
 * month folder, which ends with the process that holds it however that ends: a file left by a
 * killed run blocks nothing. The file says which process holds it, for the message of a run that
 * is refused, and is removed when the run ends.
 */
final class RunLock implements AutoCloseable {
  private static final String PREFIX = ".circuitpress-run";
  private static final String SUFFIX = ".lock";
  /**
   * The byte locked, past the text: where locks are enforced (Windows), a refused run can still
   * read whose lock it is.
   */
  private static final long LOCKED_BYTE = 1 << 20;
  /** How long a run waits for a lock held a moment only (another run looking whether it is held). */
  private static final int TRIES = 10;
  private static final long PAUSE_MS = 100;
  private static final int LONGEST_HOLDER = 200;

  /** A lock that could not be taken because the file system has none; the run goes on without. */
  private static final RunLock NONE = new RunLock(null, null, null);

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * What came of trying to take a lock: the lock, or who holds it ({@code heldBy}, empty when it
   * does not say), or that the folder cannot be locked at all ({@code unsupported}, the reason).
   */
  record Taking(RunLock lock, String heldBy, String unsupported) {
    boolean taken() {
      return lock != null;
    }
  }

  /** The lock of the runs whose summary is labelled {@code label} ({@link Run#totalsLabel}; null: the whole roster). */
  static Taking take(Path monthFolder, String label) throws IOException {
    Path file = monthFolder.resolve(fileName(label));
    String holder = holderLine();
    for (int attempt = 1; ; attempt++) {
      Object before = fileKey(file);
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock(LOCKED_BYTE, 1, false);
      } catch (OverlappingFileLockException e) {
        lock = null; // a run in this same process holds it
      } catch (IOException e) {
        channel.close();
        return new Taking(NONE, null, Stop.describe(e, file));
      }
      // A run that ended removed the file after this run opened it: the next one makes a new file,
      // so a lock on the old one would lock nothing. Compared by the file system's own key, since
      // opening the file again and closing it would let go of the lock (POSIX locks are per process).
      if (lock != null && before != null && before.equals(fileKey(file))) {
        if (!AtomicFiles.trackUntilStopped(file)) {
          channel.close();
          throw new java.io.InterruptedIOException("the run is stopping");
        }
        write(channel, holder);
        return new Taking(new RunLock(file, channel, lock), null, null);
      }
      channel.close(); // lets go of a lock taken through it
      if (attempt >= TRIES) return new Taking(null, heldBy(file), null);
      if (lock == null && before != null) pause(); // else the file was new or replaced: look again at once
    }
  }

  /**
   * Who holds the lock of the runs labelled {@code label} in {@code monthFolder}, without taking
   * it: empty when no run does. A run that holds it is named as its file says (or "" when it does
   * not say). The lock is shared for an instant, so that runs looking at once do not see each
   * other, and a run taking it then tries again ({@link #take}).
   */
  static Optional<String> holder(Path monthFolder, String label) {
    Path file = monthFolder.resolve(fileName(label));
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      FileLock lock;
      try {
        lock = channel.tryLock(LOCKED_BYTE, 1, true);
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock != null) {
        lock.release();
        return Optional.empty();
      }
      return Optional.of(heldBy(file));
    } catch (NoSuchFileException e) {
      return Optional.empty(); // a run holds its file as long as its lock
    } catch (IOException e) {
      return Optional.empty(); // a folder that cannot be locked says nothing of other runs
    }
  }

  /** A lock of another run found held: its label (null: the whole roster) and who holds it ({@link #holder}). */
  record Held(String label, String heldBy) {}

  /**
   * The locks held in {@code monthFolder} of the labels {@code wanted} (never give it a run's own),
   * in the order of their file names; none when the folder cannot be read. Only those are looked
   * at, each for an instant ({@link #holder}), so that runs starting together (the shards of a
   * month) do not hold up each other's taking of their own.
   */
  static List<Held> held(Path monthFolder, Predicate<String> wanted) {
    List<String> labels = new ArrayList<>();
    try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(monthFolder, PREFIX + "*" + SUFFIX)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        String middle = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
        if (!middle.isEmpty() && (!middle.startsWith("-") || middle.length() == 1)) continue; // not a run's
        String label = middle.isEmpty() ? null : middle.substring(1);
        if (wanted.test(label)) labels.add(label);
      }
    } catch (IOException | RuntimeException e) {
      return List.of(); // as a folder that cannot be locked: it says nothing of other runs
    }
    labels.sort(Comparator.comparing(RunLock::fileName));
    List<Held> held = new ArrayList<>();
    for (String label : labels) holder(monthFolder, label).ifPresent(h -> held.add(new Held(label, h)));
    return held;
  }

  /** Writes who holds the lock into its file, through the channel that holds it. */
  private static void write(FileChannel channel, String holder) throws IOException {
    channel.truncate(0);
    ByteBuffer b = ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8));
    while (b.hasRemaining()) channel.write(b, b.position());
  }

  /**
   * What tells one file from another, without opening it; where the file system has nothing for
   * it (Windows), the file's path, so that a file that is there always has one.
   */
  private static Object fileKey(Path file) throws IOException {
    try {
      Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
      return key != null ? key : file.toAbsolutePath();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** The first line of the file of a lock that is held: "process 5217 on gym-1, started ..."; "" when unknown. */
  private static String heldBy(Path file) {
    try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      if (line == null) return "";
      line = line.strip();
      return Report.clean(line.length() > LONGEST_HOLDER ? line.substring(0, LONGEST_HOLDER) : line);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** What the lock file says of this run. */
  private static String holderLine() {
    String host = host();
    return "process " + ProcessHandle.current().pid() + (host.isEmpty() ? "" : " on " + host) + ", started "
        + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
  }

  /**
   * This computer's name, as far as it can be had without asking the network (which can take
   * seconds where the name is not in the local hosts file): "" when unknown.
   */
  private static String host() {
    for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
      String v = System.getenv(variable);
      if (v != null && !v.isBlank()) return v.strip();
    }
    try {
      return Files.readString(Path.of("/etc/hostname"), StandardCharsets.UTF_8).strip();
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  static String fileName(String label) {
    return PREFIX + (label == null ? "" : "-" + label) + SUFFIX;
  }

  private static void pause() throws IOException {
    try {
      Thread.sleep(PAUSE_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for the folder's lock");
    }
  }

  /** Removes the file, then lets go of the lock: the next run makes a new file. */
  @Override
  public void close() {
    if (channel == null) return;
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a file left behind blocks nothing: the lock goes with the channel
    }
    AtomicFiles.untrack(file);
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // the lock goes when this process ends
    }
  }
}
