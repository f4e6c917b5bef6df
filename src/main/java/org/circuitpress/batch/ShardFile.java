package org.circuitpress.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Location;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Severity;

/**
 * A shard's results as CSV ({@code summary-shard-K-of-N.csv}), complete enough that
 * {@code merge-summaries} rebuilds the summary and report of the whole run from the shards.
 * Cells a spreadsheet would run as a formula get a leading apostrophe, removed again on reading.
 */
final class ShardFile {
  private ShardFile() {}

  /** One shard's content. */
  record Content(List<Diagnostic> inputProblems, List<ClientResult> results) {}

  static void write(Content c, Writer w) throws IOException {
    // Not closed: the caller owns the writer.
    CSVPrinter p = printer(w);
    for (Diagnostic d : c.inputProblems()) problem(p, -1, d);
    for (ClientResult r : c.results()) result(p, r);
    p.flush();
  }

  /** A printer of records onto {@code w}; records of one file may come from several printers. */
  static CSVPrinter printer(Writer w) throws IOException {
    return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
  }

  /** The records of the input problems, the head of a shard file. */
  static void inputProblems(CSVPrinter p, List<Diagnostic> problems) throws IOException {
    for (Diagnostic d : problems) problem(p, -1, d);
  }

  /** One client's records: its outcome, then its problems and notes. */
  static void result(CSVPrinter p, ClientResult r) throws IOException {
    Outcome o = r.outcome();
    p.printRecord(safe("outcome", r.order(), r.folder(), o.clientId(), o.name(), o.program(), o.block(),
        date(o.start()), date(o.end()), String.join("|", o.files()), o.substitutes(), o.warnings(),
        o.status(), o.detail()));
    for (Diagnostic d : r.problems()) problem(p, r.order(), d);
    for (String n : r.notes()) p.printRecord(safe("note", r.order(), n));
  }

  private static void problem(CSVPrinter p, int order, Diagnostic d) throws IOException {
    Location l = d.location();
    p.printRecord(safe("problem", order, d.severity().name(), l.file(), l.sheet() == null ? "" : l.sheet(),
        l.row(), l.column(), l.header() == null ? "" : l.header(), d.message(),
        d.clientId() == null ? "" : d.clientId()));
  }

  static Content read(Reader r) throws IOException {
    List<Diagnostic> inputs = new ArrayList<>();
    Map<Integer, Partial> clients = new java.util.LinkedHashMap<>();
    for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
      String[] v = values(rec);
      int order = Integer.parseInt(v[1]);
      switch (v[0]) {
        case "outcome" -> clients.put(order, new Partial(order, v[2], outcome(v)));
        case "problem" -> {
          Diagnostic d = problem(v);
          if (order < 0) inputs.add(d);
          else clients.get(order).problems.add(d);
        }
        case "note" -> clients.get(order).notes.add(v[2]);
        default -> throw new IOException("unknown record kind \"" + v[0] + "\"");
      }
    }
    List<ClientResult> results = new ArrayList<>();
    clients.values().forEach(x -> results.add(x.result()));
    return new Content(inputs, results);
  }

  /**
   * The client results of records that hold no input problems, one at a time in file order, so
   * a run's thousands of results need not be in memory at once. A damaged record is an
   * {@link java.io.UncheckedIOException}.
   */
  static java.util.Iterator<ClientResult> results(Reader r) throws IOException {
    java.util.Iterator<CSVRecord> records = CSVFormat.DEFAULT.parse(r).iterator();
    return new java.util.Iterator<>() {
      private String[] next = advance();

      private String[] advance() {
        return records.hasNext() ? values(records.next()) : null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public ClientResult next() {
        if (next == null) throw new java.util.NoSuchElementException();
        if (!next[0].equals("outcome")) throw bad("expected an outcome record, got \"" + next[0] + "\"");
        Partial x = new Partial(Integer.parseInt(next[1]), next[2], outcome(next));
        for (next = advance(); next != null && !next[0].equals("outcome"); next = advance()) {
          switch (next[0]) {
            case "problem" -> x.problems.add(problem(next));
            case "note" -> x.notes.add(next[2]);
            default -> throw bad("unknown record kind \"" + next[0] + "\"");
          }
        }
        return x.result();
      }
    };
  }

  private static java.io.UncheckedIOException bad(String message) {
    return new java.io.UncheckedIOException(new IOException(message));
  }

  private static String[] values(CSVRecord rec) {
    String[] v = new String[rec.size()];
    for (int i = 0; i < v.length; i++) v[i] = unsafe(rec.get(i));
    return v;
  }

  private static final class Partial {
    final int order;
    final String folder;
    final Outcome outcome;
    final List<Diagnostic> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    Partial(int order, String folder, Outcome outcome) {
      this.order = order;
      this.folder = folder;
      this.outcome = outcome;
    }

    ClientResult result() {
      return new ClientResult(order, folder, outcome, problems, notes);
    }
  }

  private static Outcome outcome(String[] v) {
    List<String> files = v[9].isEmpty() ? List.of() : List.of(v[9].split("\\|"));
    return new Outcome(v[3], v[4], v[5], Integer.parseInt(v[6]), parseDate(v[7]), parseDate(v[8]), files,
        Integer.parseInt(v[10]), Integer.parseInt(v[11]), v[12], v[13]);
  }

  private static Diagnostic problem(String[] v) {
    Location l = new Location(v[3], nul(v[4]), Integer.parseInt(v[5]), Integer.parseInt(v[6]), nul(v[7]));
    return new Diagnostic(Severity.valueOf(v[2]), l, v[8], nul(v[9]));
  }

  private static String nul(String s) {
    return s.isEmpty() ? null : s;
  }

  private static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  private static LocalDate parseDate(String s) {
    return s.isEmpty() ? null : LocalDate.parse(s);
  }

  private static Object[] safe(Object... values) {
    Object[] out = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      String s = String.valueOf(values[i]);
      out[i] = !s.isEmpty() && "=+-@'\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
    return out;
  }

  private static String unsafe(String s) {
    return s.startsWith("'") ? s.substring(1) : s;
  }

  /** Shard files are found by name: {@code summary-shard-K-of-N.csv}. */
  private static final Pattern NAME = Pattern.compile("summary-shard-(\\d+)-of-(\\d+)\\.csv");

  /** A shard file found in a month folder. */
  record Found(int index, int count, Path file) {}

  static List<Found> find(Path folder) throws IOException {
    List<Found> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "summary-shard-*.csv")) {
      for (Path f : files) {
        Matcher m = NAME.matcher(f.getFileName().toString());
        if (m.matches()) found.add(new Found(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), f));
      }
    }
    found.sort(java.util.Comparator.comparingInt(Found::count).thenComparingInt(Found::index));
    return found;
  }
}
