package org.circuitpress.batch;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The results of a run's clients, in roster order, kept in a hidden temporary file of the month
 * folder instead of in memory (a chain's run has tens of thousands), and read back as often as
 * the report, the summary and a shard's file need them. The records are those of a shard file
 * ({@link ShardFile}), so a shard's file is the spool with the input problems in front.
 *
 * <p>The file's name is that of the report with the temporary suffix, so Ctrl-C removes it with
 * the other temporary files and the next run removes the one a {@code kill -9} left.
 */
final class Spool implements Iterable<ClientResult>, Closeable {
  private final Path file;
  private final Writer writer;
  private final CSVPrinter printer;
  private final List<Reader> readers = new ArrayList<>();
  private boolean finished;
  private int count;

  private Spool(Path file, OutputSink sink) throws IOException {
    this.file = file;
    java.io.OutputStream opened = AtomicFiles.create(file, () -> sink.open(file));
    try {
      this.writer = new BufferedWriter(new OutputStreamWriter(opened, StandardCharsets.UTF_8), 1 << 16);
      this.printer = ShardFile.printer(writer);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      AtomicFiles.untrack(file);
      throw e;
    }
  }

  /**
   * A new spool for the results of a run whose report is {@code report}, written through
   * {@code sink} like the run's other files (a full disk fails it the same way).
   */
  static Spool beside(Path report, OutputSink sink) throws IOException {
    return new Spool(AtomicFiles.tempName(report, "spool"), sink);
  }

  /** Adds the next result in roster order. */
  void add(ClientResult r) throws IOException {
    if (finished) throw new IllegalStateException("the spool was already read");
    ShardFile.result(printer, r);
    count++;
  }

  /** How many results were added. */
  int size() {
    return count;
  }

  /** Ends the writing; the results can then be read. */
  void finish() throws IOException {
    if (!finished) {
      finished = true;
      printer.close(true);
    }
  }

  /** The results in the order they were added; a damaged file is an {@link UncheckedIOException}. */
  @Override
  public Iterator<ClientResult> iterator() {
    if (!finished) throw new IllegalStateException("finish the spool before reading it");
    try {
      Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      readers.add(r);
      return ShardFile.results(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the records as they are, for a shard's file. */
  void copyTo(Writer out) throws IOException {
    if (!finished) throw new IllegalStateException("finish the spool before reading it");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      r.transferTo(out);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      finished = true;
      writer.close();
      for (Reader r : readers) r.close();
    } finally {
      Files.deleteIfExists(file);
      AtomicFiles.untrack(file);
    }
  }
}
