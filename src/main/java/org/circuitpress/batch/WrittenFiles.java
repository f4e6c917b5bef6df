package org.circuitpress.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * What CircuitPress wrote into a month folder: for each client file, its size and CRC-32C as the
 * run left it, one line per write in {@link #NAME}. A file that no longer matches its line was
 * changed by someone after the run (notes drawn on a tablet, a form flattened by "Print to PDF", a
 * sheet added in Excel), so a rerun keeps it, whatever the change; a file with no line (the line
 * was never written because the run was killed, or the file came from elsewhere) is judged by its
 * entries, as before this record existed.
 *
 * <p>A handout's line is followed by a {@value #WORDS} line: the same for the words it prints about
 * its program besides the drills' targets ({@link Stages#handoutWords}), which {@code plan --client}
 * compares with today's program, as it compares the log's own line: unlike the handout's bytes, they
 * do not change with the branding, the paper or the fonts. It describes the write on the line before
 * it for that path; a later line for the path without one (a release before it, which also passes
 * over these lines) leaves the path without words.
 *
 * <p>A client's lines are appended once it and every client before it are done (so in roster
 * order), one write per client to a file opened for appending, so shards sharing the month folder
 * can append at the same time. A run killed in between leaves a few files without a line. Only
 * the last line of a path counts. The record holds about 40 bytes a file, and is rewritten without
 * its older lines when they outnumber the current ones three to one, only by a run of the whole
 * roster with no run of {@code --clients} at work beside it: a shard, or a run of either beside the
 * other, could drop a line the other run is appending. The lines such a run appends while this one
 * is at work are read when a file differs from the record as this run read it
 * ({@link #writtenSince}): the newer run's files are then told from files changed by hand.
 *
 * <p>A {@value #COLUMNS} line names the known columns the run read in the roster or the library,
 * with how many rows held something in each ({@link LostColumns}): next month's run compares its
 * own with them. It names its file by kind and name ({@code roster:leith}, {@link LostColumns#key}),
 * so each roster run into one output folder keeps its own. It is appended before the run's first
 * client's lines; the last line of each file counts, and a compaction keeps it. Its first word is not a hexadecimal number either, so a
 * release before it passes over it (and drops it when it compacts the record).
 */
final class WrittenFiles implements AutoCloseable {
  static final String NAME = ".circuitpress-written";
  private static final String HEADER = "# Files CircuitPress wrote in this folder: CRC-32C, size in bytes, path."
      + " A rerun replaces a file only while it still matches its last line. A \"words\" line after a handout's:"
      + " CRC-32C and size of what it prints about the program, for plan --client.\n";
  /** What starts the line of a handout's words; not a hexadecimal number, so a release before it passes over it. */
  static final String WORDS = "words";
  /** What starts the line of the columns a run read in one of its files; not a hexadecimal number. */
  static final String COLUMNS = "columns";

  private final Path file;
  /** By path relative to the month folder ("c001/log.xlsx"): the last fingerprint written. */
  private final Map<String, Long> last;
  /** By path, the fingerprint of the words of the handout last written there, when its line has them. */
  private final Map<String, Long> words;
  /** By client (roster order), the lines of files written and not yet appended. */
  private final Map<Integer, StringBuilder> pending = new HashMap<>();
  /** By file ("roster:roster", "library:exercises"), the last {@value #COLUMNS} line read, kept by a compaction. */
  private final Map<String, String> columns = new java.util.TreeMap<>();
  /** This run's {@value #COLUMNS} lines, appended with the first client's lines. */
  private String columnsToWrite = "";
  private FileChannel append;
  /**
   * How much of the record this run has read: what other runs append after it is read on demand;
   * {@link #UNREAD} when the record could not be read.
   */
  private long read;
  private static final long UNREAD = -1;
  /** The lines appended to the record after this run read it ({@link #writtenSince}), by path. */
  private final Map<String, Long> since = new HashMap<>();

  private WrittenFiles(Path file, Map<String, Long> last, Map<String, Long> words) {
    this.file = file;
    this.last = last;
    this.words = words;
  }

  Path file() {
    return file;
  }

  /** The record of {@code monthFolder}; an unreadable or missing record is an empty one. */
  static WrittenFiles of(Path monthFolder, boolean mayCompact) {
    Path file = monthFolder.resolve(NAME);
    Map<String, Long> last = new HashMap<>();
    Map<String, Long> words = new HashMap<>();
    Map<String, String> columns = Map.of();
    int lines = 0;
    long read = 0;
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      lines = parse(text, last, words);
      columns = columnLines(text);
      read = wholeLines(bytes);
    } catch (NoSuchFileException e) {
      // a month not written before
    } catch (IOException | RuntimeException e) {
      last.clear();
      words.clear();
      columns = Map.of();
      read = UNREAD; // what was appended since cannot be told from what was there
    }
    WrittenFiles w = new WrittenFiles(file, last, words);
    w.columns.putAll(columns);
    w.read = read;
    if (mayCompact && lines > 3 * (last.size() + words.size()) + 64) w.compact();
    return w;
  }

  /**
   * The {@value #COLUMNS} lines of a record's {@code text}, by the file they name: the last of each.
   * A line cut short by a killed run (not ended yet), or edited by hand, is not one: read as the
   * whole list, it would name columns gone that were not.
   */
  static Map<String, String> columnLines(String text) {
    Map<String, String> found = new java.util.TreeMap<>();
    String[] all = text.split("\n", -1);
    for (String line : Arrays.copyOf(all, all.length - 1)) {
      if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
      if (!line.startsWith(COLUMNS + "\t")) continue;
      String[] f = line.split("\t", -1);
      if (f.length == 3 && !f[1].isEmpty()) found.put(f[1], line);
    }
    return found;
  }

  /**
   * The columns read in {@code file} ("roster:leith", "library:exercises": {@link LostColumns#key})
   * by the last run that recorded them in the record of {@code monthFolder}, each with how many rows
   * held something in it; empty when no run did (a month made before this record, or one whose
   * record cannot be read).
   */
  static Optional<Map<String, Integer>> columnsRead(Path monthFolder, String file) {
    String line;
    try {
      line = columnLines(Files.readString(monthFolder.resolve(NAME), StandardCharsets.UTF_8)).get(file);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (line == null) return Optional.empty();
    Map<String, Integer> read = new LinkedHashMap<>();
    String list = line.split("\t", -1)[2];
    for (String item : list.isEmpty() ? new String[0] : list.split(",")) {
      int eq = item.lastIndexOf('=');
      try {
        if (eq > 0) read.put(item.substring(0, eq), Integer.parseInt(item.substring(eq + 1)));
      } catch (NumberFormatException e) {
        // an item edited by hand: that column is not known to have been read
      }
    }
    return Optional.of(read);
  }

  /** The {@value #COLUMNS} line of the columns read in {@code file} ({@link LostColumns#key}). */
  static String columnsLine(String file, Map<String, Integer> read) {
    StringBuilder sb = new StringBuilder(COLUMNS).append('\t').append(file).append('\t');
    read.forEach((c, n) -> sb.append(sb.charAt(sb.length() - 1) == '\t' ? "" : ",").append(c).append('=').append(n));
    return sb.append('\n').toString();
  }

  /** Notes the columns this run read, appended before the first client's lines ({@link #commit}). */
  synchronized void columnsRead(String lines) {
    columnsToWrite = lines;
  }

  /** The length of {@code bytes} up to and with its last line break: a line not ended yet is left for later. */
  private static int wholeLines(byte[] bytes) {
    int n = bytes.length;
    while (n > 0 && bytes[n - 1] != '\n') n--;
    return n;
  }

  /**
   * Puts each line of {@code text} into {@code into} (the last line of a path wins), and each line
   * of a handout's words into {@code wordsInto}, when given; how many lines were records.
   */
  private static int parse(String text, Map<String, Long> into, Map<String, Long> wordsInto) {
    int lines = 0;
    for (String line : text.split("\n")) {
      if (line.endsWith("\r")) line = line.substring(0, line.length() - 1); // saved on Windows
      if (line.isEmpty() || line.startsWith("#")) continue;
      boolean isWords = line.startsWith(WORDS + "\t");
      String[] f = (isWords ? line.substring(WORDS.length() + 1) : line).split("\t", 3);
      // a line cut short by a killed run, or edited by hand, is not a record
      if (f.length != 3 || f[2].isEmpty()) continue;
      try {
        long fingerprint = pack(Long.parseLong(f[0], 16), Long.parseLong(f[1]));
        lines++;
        if (!isWords) {
          into.put(f[2], fingerprint);
          if (wordsInto != null) wordsInto.remove(f[2]);
        } else if (wordsInto != null && into.containsKey(f[2])) {
          wordsInto.put(f[2], fingerprint);
        }
      } catch (NumberFormatException e) {
        // as above
      }
    }
    return lines;
  }

  /**
   * Whether {@code onDisk}, found at {@code path} (relative to the month folder), is exactly what
   * a run last wrote there: {@link Match#SAME}; {@link Match#CHANGED} when it differs;
   * {@link Match#UNKNOWN} when no run recorded it.
   */
  Match check(String path, Path onDisk) throws IOException {
    Long expected;
    synchronized (this) {
      expected = last.get(path);
    }
    if (expected == null) return Match.UNKNOWN;
    if (Files.size(onDisk) != size(expected)) return Match.CHANGED;
    return fingerprint(onDisk) == expected ? Match.SAME : Match.CHANGED;
  }

  /** Whether a run recorded writing {@code path} (relative to the month folder). */
  synchronized boolean recorded(String path) {
    return last.containsKey(path);
  }

  /**
   * Whether the last run that wrote {@code path} (relative to the month folder) wrote exactly what
   * {@code fingerprint} describes there, whatever the file holds now.
   */
  synchronized boolean lastWrote(String path, long fingerprint) {
    Long expected = last.get(path);
    return expected != null && expected == fingerprint;
  }

  /**
   * Whether the handout the last run wrote at {@code path} (relative to the month folder) prints the
   * words {@code fingerprint} describes ({@link #fingerprint(String)} of {@link Stages#handoutWords}):
   * {@link Match#UNKNOWN} when that run kept no words for it (a release before them).
   */
  synchronized Match printed(String path, long fingerprint) {
    Long expected = words.get(path);
    if (expected == null) return Match.UNKNOWN;
    return expected == fingerprint ? Match.SAME : Match.CHANGED;
  }

  /**
   * Whether {@code onDisk}, found at {@code path} (relative to the month folder), is exactly what
   * another run recorded there after this one read the record (a run of {@code --clients} made
   * while this one is at work), judged from the lines appended since. Those are read only now,
   * and only what was appended since the last call, so a run that asks for every client reads the
   * record once in all. Asked only of a file that {@link #check} did not find {@link Match#SAME}:
   * this run's own lines for a path come after it wrote the path, and so after the check.
   */
  boolean writtenSince(String path, Path onDisk) throws IOException {
    Long expected;
    synchronized (this) {
      readAppended();
      expected = since.get(path);
    }
    if (expected == null || Files.size(onDisk) != size(expected)) return false;
    return fingerprint(onDisk) == expected;
  }

  /** Reads the lines appended to the record since this run last read it into {@link #since}. */
  private void readAppended() throws IOException {
    if (read == UNREAD) return;
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      return;
    }
    // No run rewrites the record while this one is at work (see compact): a shorter one was
    // removed and written anew since, so all of it is new.
    if (size < read) read = 0;
    if (size == read) return;
    byte[] bytes;
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer b = ByteBuffer.allocate((int) Math.min(size - read, Integer.MAX_VALUE - 8));
      in.position(read);
      while (b.hasRemaining() && in.read(b) > 0) {
        // until the end as it was, or as far as it goes
      }
      bytes = Arrays.copyOf(b.array(), b.position());
    }
    int whole = wholeLines(bytes);
    parse(new String(bytes, 0, whole, StandardCharsets.UTF_8), since, null);
    read += whole;
  }

  enum Match {
    SAME,
    CHANGED,
    UNKNOWN
  }

  /**
   * Notes that {@code path} now holds what {@code fingerprint} describes, for the client at
   * {@code order} in the roster; its lines are appended by {@link #commit}, in roster order, so two
   * runs of the same inputs leave the same record.
   */
  synchronized void wrote(int order, String path, long fingerprint) {
    last.put(path, fingerprint);
    words.remove(path);
    pending.computeIfAbsent(order, k -> new StringBuilder()).append(line(path, fingerprint));
  }

  /** As {@link #wrote(int, String, long)}, for a handout that prints the words {@code printed} describes. */
  synchronized void wrote(int order, String path, long fingerprint, long printed) {
    wrote(order, path, fingerprint);
    words.put(path, printed);
    pending.get(order).append(WORDS).append('\t').append(line(path, printed));
  }

  /**
   * Notes that {@code to} holds what the last run wrote at {@code from} (a file renamed into place),
   * with its words, as {@link #wrote(int, String, long)}; nothing when no run wrote {@code from}.
   */
  synchronized void carry(int order, String from, String to) {
    Long fingerprint = last.get(from);
    if (fingerprint == null) return;
    Long printed = words.get(from);
    if (printed == null) wrote(order, to, fingerprint);
    else wrote(order, to, fingerprint, printed);
  }

  /** Appends what the client at {@code order} wrote; nothing when it wrote nothing. */
  synchronized void commit(int order) throws IOException {
    StringBuilder lines = pending.remove(order);
    if (lines == null) return;
    if (append == null) {
      boolean fresh = !Files.exists(file);
      append = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      if (fresh) writeFully(append, HEADER);
      lines.insert(0, columnsToWrite);
      // A run stopped by a full disk (or killed) may have left its last line cut short: this run's
      // first line would be glued to it and lost with it, so it starts on a line of its own.
      if (!fresh && !endsALine(file)) lines.insert(0, '\n');
    }
    writeFully(append, lines.toString());
  }

  /** Whether {@code file} is empty or ends with a line break. */
  private static boolean endsALine(Path file) throws IOException {
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = in.size();
      if (size == 0) return true;
      ByteBuffer last = ByteBuffer.allocate(1);
      return in.read(last, size - 1) == 1 && last.get(0) == '\n';
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (append != null) append.close();
    append = null;
  }

  /** Rewrites the record with only each path's last line; a failure leaves the old record. */
  private void compact() {
    Path temp = AtomicFiles.tempName(file, "compact");
    try {
      StringBuilder sb = new StringBuilder(HEADER);
      columns.values().forEach(c -> sb.append(c).append('\n'));
      last.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
        sb.append(line(e.getKey(), e.getValue()));
        Long printed = words.get(e.getKey());
        if (printed != null) sb.append(WORDS).append('\t').append(line(e.getKey(), printed));
      });
      AtomicFiles.create(temp, () -> Files.writeString(temp, sb, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW));
      Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      read = Files.size(file);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the next run removes it
      }
    } finally {
      AtomicFiles.untrack(temp);
    }
  }

  private static String line(String path, long fingerprint) {
    return Long.toHexString(crc(fingerprint)).toUpperCase(Locale.ROOT) + "\t" + size(fingerprint) + "\t" + path + "\n";
  }

  private static void writeFully(FileChannel ch, String s) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    while (b.hasRemaining()) ch.write(b);
  }

  /** Size and CRC in one long: the CRC in the high 32 bits, the size (files under 4 GB) below. */
  static long pack(long crc, long size) {
    return (crc << 32) | (size & 0xFFFF_FFFFL);
  }

  static long crc(long fingerprint) {
    return fingerprint >>> 32;
  }

  static long size(long fingerprint) {
    return fingerprint & 0xFFFF_FFFFL;
  }

  static long fingerprint(Path file) throws IOException {
    CRC32C crc = new CRC32C();
    long size = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        crc.update(buf, 0, n);
        size += n;
      }
    }
    return pack(crc.getValue(), size);
  }

  /** The fingerprint of {@code text} as UTF-8, as {@link #fingerprint(Path)} gives it of a file that holds it. */
  static long fingerprint(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return pack(crc.getValue(), bytes.length);
  }

  /** An output stream that fingerprints what passes through it, as {@link #fingerprint} would. */
  static final class Counting extends java.io.FilterOutputStream {
    private final CRC32C crc = new CRC32C();
    private long size;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      crc.update(b);
      size++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      crc.update(b, off, len);
      size += len;
    }

    long fingerprint() {
      return pack(crc.getValue(), size);
    }
  }
}
