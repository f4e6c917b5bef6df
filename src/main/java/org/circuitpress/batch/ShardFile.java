package org.circuitpress.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.DrillCounts;
import org.circuitpress.model.Group;
import org.circuitpress.model.LeftOutRow;
import org.circuitpress.model.Location;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Severity;

/**
 * A shard's results as CSV ({@code summary-shard-K-of-N.csv}), complete enough that
 * {@code merge-summaries} rebuilds the summary and report of the whole run from the shards.
 * The file starts with a header line ({@link #HEADER}), so that an empty file is known to be cut
 * off rather than a shard without clients, and ends with a line that counts its clients
 * ({@code end,42}), so that a file cut off between two lines is known too. Cells a spreadsheet
 * would run as a formula get a leading apostrophe, removed again on reading.
 */
final class ShardFile {
  private ShardFile() {}

  /** The first line of every shard file: what it is, and the version of its layout. */
  static final String HEADER = "circuitpress-shard-summary,8";

  private static final String KIND = "circuitpress-shard-summary";
  private static final String VERSION = "8";
  /**
   * The layout before a log still as the run wrote it was counted apart from one saved blank
   * ({@link LogCount.Returned#UNTOUCHED}): its {@code blank} holds both, so it is still read, and
   * merged without the counts of the logs, as a file of layout 6 is.
   */
  private static final String WITHOUT_UNTOUCHED = "7";
  /**
   * The layout before what came back of each client's last block had a line of its own
   * ({@code logs}, {@link LogCount}) and the client's gym and trainer ended each outcome and
   * left-out line: still read, and merged without the counts of the logs and without those columns.
   */
  private static final String WITHOUT_LOGS_OR_GROUP = "6";
  /**
   * The layout before the line that counts the problems of many rows ({@link Diagnostic#counting})
   * had a kind of its own ({@code counting}, with the cells of a problem): still read, as it is.
   */
  private static final String WITHOUT_COUNTING = "5";
  /**
   * The layout before a problem that another line counts ({@link Diagnostic#counted}) had a kind of
   * line of its own ({@code counted}, with the cells of a problem): still read, as it is.
   */
  private static final String WITHOUT_COUNTED = "4";
  /**
   * The layout before the paper of the trainer's workbooks had a line of its own: still read, and
   * merged as before, into a summary on A4.
   */
  private static final String WITHOUT_PAPER = "3";
  /**
   * The layout before the roster's rows left out had lines of their own: still read, and merged
   * as before, with no name or program for those rows.
   */
  private static final String WITHOUT_LEFT_OUT = "2";

  /** The cells of each kind of line, named as the messages about them name them. */
  private static final List<String> OUTCOME = List.of("kind", "order", "folder", "client_id", "name", "program",
      "block", "start", "end", "files", "substitutes", "warnings", "status", "detail", "gym", "trainer");
  private static final List<String> PROBLEM = List.of("kind", "order", "severity", "file", "sheet", "row",
      "column", "header", "message", "client_id");
  private static final List<String> NOTE = List.of("kind", "order", "note");
  private static final List<String> LEFT_OUT = List.of("kind", "file", "sheet", "row", "client_id", "name",
      "program", "gym", "trainer");
  /** The cells of the gym and trainer, at the end of an outcome and a left-out line from layout 7 on. */
  private static final int GROUP_CELLS = 2;
  private static final List<String> END = List.of("kind", "clients");
  private static final List<String> PAPER = List.of("kind", "paper");
  private static final List<String> LOGS = List.of("kind", "order", "returned", "progressed", "as_planned", "held",
      "eased_for_pain", "eased_for_effort", "eased_for_load");

  /** After this many problems in one file the rest of it is not read: it is damaged. */
  private static final int MAX_PROBLEMS = 10;

  /**
   * One shard's content.
   *
   * @param leftOut the roster's rows left out for their errors, all of them as in the input
   *     problems, not only the shard's
   * @param paper what the trainer's workbooks print on, chosen from the whole roster ({@link
   *     Run#trainersPaper})
   * @param logsCounted whether the results say what came back of each client's last block: not in
   *     a file of a layout before that ({@link #WITHOUT_LOGS_OR_GROUP}), nor of one that counted an
   *     untouched log as blank ({@link #WITHOUT_UNTOUCHED})
   */
  record Content(List<Diagnostic> inputProblems, List<LeftOutRow> leftOut, List<ClientResult> results, Paper paper,
      boolean logsCounted) {
    Content(List<Diagnostic> inputProblems, List<LeftOutRow> leftOut, List<ClientResult> results, Paper paper) {
      this(inputProblems, leftOut, results, paper, true);
    }

    Content(List<Diagnostic> inputProblems, List<LeftOutRow> leftOut, List<ClientResult> results) {
      this(inputProblems, leftOut, results, Paper.A4);
    }
  }

  /** A shard file as read: its content and the row of each result's outcome line. */
  record Parsed(Content content, List<Integer> rows) {}

  /** A whole shard file: the header, the input problems, the rows left out, the clients' records. */
  static void write(Content c, Writer w) throws IOException {
    // Not closed: the caller owns the writer.
    CSVPrinter p = printer(w);
    head(p, c.inputProblems(), c.leftOut(), c.paper());
    for (ClientResult r : c.results()) result(p, r);
    end(p, c.results().size());
  }

  /** The last line of a shard file: how many clients it holds. */
  static void end(CSVPrinter p, int clients) throws IOException {
    p.printRecord("end", clients);
    p.flush();
  }

  /** A printer of records onto {@code w}; records of one file may come from several printers. */
  static CSVPrinter printer(Writer w) throws IOException {
    return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
  }

  /**
   * The head of a shard file: the header line, the paper of the trainer's workbooks unless it is
   * A4 (the paper of a file without the line), then the records of the input problems and of the
   * roster's rows left out.
   */
  static void head(CSVPrinter p, List<Diagnostic> problems, List<LeftOutRow> leftOut, Paper paper) throws IOException {
    p.printRecord(KIND, VERSION);
    if (paper != Paper.A4) p.printRecord("paper", paper.label());
    for (Diagnostic d : problems) problem(p, -1, d);
    for (LeftOutRow r : leftOut) {
      Location l = r.where();
      p.printRecord(safe("left-out", l.file(), l.sheet() == null ? "" : l.sheet(), l.row(), r.clientId(), r.name(),
          r.program(), r.group().gym(), r.group().trainer()));
    }
  }

  /**
   * One client's records: its outcome, then what came back of its last block (when a log was
   * looked for), its problems and notes.
   */
  static void result(CSVPrinter p, ClientResult r) throws IOException {
    Outcome o = r.outcome();
    p.printRecord(safe("outcome", r.order(), r.folder(), o.clientId(), o.name(), o.program(), o.block(),
        date(o.start()), date(o.end()), String.join("|", o.files()), o.substitutes(), o.warnings(),
        o.status(), o.detail(), o.group().gym(), o.group().trainer()));
    LogCount l = r.logs();
    if (l.returned() != LogCount.Returned.NONE) {
      DrillCounts c = l.drills();
      p.printRecord("logs", r.order(), l.returned().name().toLowerCase(Locale.ROOT), c.progressed(),
          c.asPlanned(), c.held(), c.easedForPain(), c.easedForEffort(), c.easedForLoad());
    }
    for (Diagnostic d : r.problems()) problem(p, r.order(), d);
    for (String n : r.notes()) p.printRecord(safe("note", r.order(), n));
  }

  private static void problem(CSVPrinter p, int order, Diagnostic d) throws IOException {
    Location l = d.location();
    p.printRecord(safe(kind(d.grouping()), order, d.severity().name(), l.file(), l.sheet() == null ? "" : l.sheet(),
        l.row(), l.column(), l.header() == null ? "" : l.header(), d.message(),
        d.clientId() == null ? "" : d.clientId()));
  }

  /**
   * The kind of a problem's line: {@code problem}, or {@code counted} for one another line counts
   * with other rows' and {@code counting} for that line ({@link Diagnostic.Grouping}).
   */
  private static String kind(Diagnostic.Grouping g) {
    return switch (g) {
      case OWN -> "problem";
      case COUNTED -> "counted";
      case COUNTING -> "counting";
    };
  }

  /**
   * Reads the shard file {@code file} from {@code r}. What is wrong with it goes to {@code d},
   * by row and cell, and the result is then null: a damaged shard file is not merged in part.
   * An I/O failure while reading is reported too, never thrown.
   */
  static Parsed read(Reader r, Path path, Diagnostics d) {
    String file = path.toString();
    List<Diagnostic> inputs = new ArrayList<>();
    List<LeftOutRow> leftOut = new ArrayList<>();
    Paper paper = Paper.A4;
    boolean logsCounted = false;
    boolean grouped = true;
    Map<Integer, Partial> clients = new LinkedHashMap<>();
    int problems = 0;
    long rows = 0;
    int endRow = 0;
    // The problems and notes after a damaged outcome line are its own: one message is enough.
    boolean skipping = false;
    Iterator<CSVRecord> records;
    try {
      records = CSVFormat.DEFAULT.parse(r).iterator();
    } catch (IOException e) {
      d.error(Location.ofFile(file), "could not read it: " + Stop.describe(e, path));
      return null;
    }
    while (problems < MAX_PROBLEMS) {
      CSVRecord rec;
      try {
        if (!records.hasNext()) break;
        rec = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        // Commons CSV wraps what the reader threw while parsing.
        unreadable(e.getCause(), path, (int) rows + 1, d);
        return null;
      }
      rows = rec.getRecordNumber();
      int row = (int) rows;
      String[] v = values(rec);
      try {
        if (row == 1) {
          header(v);
          logsCounted = v[1].equals(VERSION);
          grouped = v[1].equals(VERSION) || v[1].equals(WITHOUT_UNTOUCHED);
          continue;
        }
        if (endRow > 0) {
          throw new Bad(-1, "a line after the last line (row " + endRow + ", \"end\"): the file was edited"
              + " or joined with another; run its shard again");
        }
        switch (v[0]) {
          case "outcome" -> {
            skipping = true;
            Partial x = outcome(v, row, grouped);
            skipping = false;
            Partial before = clients.putIfAbsent(x.order, x);
            if (before != null) {
              throw new Bad(1, "a second client with the order " + x.order + " (the first is on row " + before.row
                  + "); each client has one outcome line");
            }
          }
          case "problem", "counted", "counting" -> {
            cells(v, PROBLEM, "a problem");
            int order = number(v, 1, -1);
            if (skipping && order >= 0) continue;
            Diagnostic p = problem(v);
            if (order < 0) inputs.add(p);
            else owner(clients, order).problems.add(p);
          }
          case "note" -> {
            cells(v, NOTE, "a note");
            int order = number(v, 1, 0);
            if (skipping) continue;
            owner(clients, order).notes.add(v[2]);
          }
          case "logs" -> {
            LogCount l = logs(v);
            if (skipping) continue;
            owner(clients, number(v, 1, 0)).logs = l;
          }
          case "left-out" -> leftOut.add(leftOutRow(v, grouped));
          case "paper" -> {
            cells(v, PAPER, "the paper");
            paper = Paper.parse(v[1]).orElseThrow(() -> new Bad(1, "expected A4 or Letter, got \"" + shortened(v[1])
                + "\": the file was edited; run its shard again"));
          }
          case "end" -> {
            cells(v, END, "the last line");
            int count = number(v, 1, 0);
            // after a damaged outcome line the count is off anyway: that line's message says it
            if (problems == 0 && count != clients.size()) {
              throw new Bad(1, "the file says it holds " + count + " clients, but " + clients.size()
                  + " come before this line: lines are missing or were added; run its shard again");
            }
            endRow = row;
          }
          default -> throw new Bad(0, "expected outcome, problem, counted, counting, note, logs, left-out, paper"
              + " or end, got \"" + v[0] + "\"");
        }
      } catch (Bad b) {
        problems++;
        d.error(b.where(file, row, v), b.getMessage());
        // Without its header the rest is no shard summary: one message says it all.
        if (row == 1) return null;
      }
    }
    if (problems >= MAX_PROBLEMS) {
      d.error(Location.ofFile(file), "not read further after " + MAX_PROBLEMS
          + " problems: the file is damaged; run its shard again");
    }
    if (rows == 0) {
      d.error(Location.ofFile(file), "the file is empty, but a shard summary starts with the line " + HEADER
          + " even when the shard has no clients: it was cut off; run its shard again");
    }
    if (problems == 0 && rows > 0 && endRow == 0) {
      d.error(Location.ofFile(file), "the file ends without its last line (end, then the number of clients):"
          + " it was cut off; run its shard again");
      return null;
    }
    if (problems > 0 || rows == 0) return null;
    List<ClientResult> results = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (Partial x : clients.values()) {
      results.add(x.result());
      at.add(x.row);
    }
    return new Parsed(new Content(inputs, leftOut, results, paper, logsCounted), at);
  }

  /** What the CSV parser stopped at, on {@code row} (the text is decoded ahead, so not for that). */
  private static void unreadable(Throwable cause, Path path, int row, Diagnostics d) {
    String file = path.toString();
    String m = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
    if (cause instanceof CharacterCodingException) {
      d.error(Location.ofFile(file), "it is not all UTF-8 text: the file is damaged or is not a shard summary;"
          + " run its shard again");
    } else if (m.contains("EOF")) {
      d.error(Location.ofRow(file, null, row), "the file ends inside a quoted cell: it was cut off; run its shard again");
    } else if (m.contains("encapsulated") || m.contains("delimiter")) {
      d.error(Location.ofRow(file, null, row), "a quote in the middle of a cell: this is not the CSV a shard writes;"
          + " run its shard again");
    } else {
      d.error(Location.ofFile(file), "could not read it: "
          + (cause instanceof IOException io ? Stop.describe(io, path) : "it could not be read as CSV"));
    }
  }

  private static void header(String[] v) throws Bad {
    if (!v[0].equals(KIND)) {
      throw new Bad(0, "expected the line " + HEADER + " that starts a shard summary, got \"" + shortened(v[0])
          + "\": the file was cut off at its start, or was written by an older CircuitPress or another"
          + " program; run its shard again");
    }
    if (v.length < 2 || !List.of(VERSION, WITHOUT_UNTOUCHED, WITHOUT_LOGS_OR_GROUP, WITHOUT_COUNTING, WITHOUT_COUNTED,
        WITHOUT_PAPER, WITHOUT_LEFT_OUT).contains(v[1])) {
      throw new Bad(1, "expected layout version " + VERSION + " (or " + WITHOUT_UNTOUCHED + ", "
          + WITHOUT_LOGS_OR_GROUP + ", " + WITHOUT_COUNTING
          + ", " + WITHOUT_COUNTED + ", " + WITHOUT_PAPER + " or " + WITHOUT_LEFT_OUT + "), got \""
          + (v.length < 2 ? "" : shortened(v[1]))
          + "\": it was written by another version of CircuitPress; run its shard again with this one");
    }
  }

  /**
   * The client results of records that hold no input problems, one at a time in file order, so
   * a run's thousands of results need not be in memory at once. A damaged record is an
   * {@link UncheckedIOException} that says in plain words what is wrong.
   */
  static Iterator<ClientResult> results(Reader r) throws IOException {
    Iterator<CSVRecord> records = CSVFormat.DEFAULT.parse(r).iterator();
    return new Iterator<>() {
      private CSVRecord next = advance();

      private CSVRecord advance() {
        return records.hasNext() ? records.next() : null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public ClientResult next() {
        if (next == null) throw new NoSuchElementException();
        try {
          String[] v = values(next);
          if (!v[0].equals("outcome")) throw new Bad(0, "expected an outcome record, got \"" + shortened(v[0]) + "\"");
          Partial x = outcome(v, (int) next.getRecordNumber(), true);
          for (next = advance(); next != null; next = advance()) {
            v = values(next);
            if (v[0].equals("outcome")) break;
            switch (v[0]) {
              case "problem", "counted", "counting" -> {
                cells(v, PROBLEM, "a problem");
                x.problems.add(problem(v));
              }
              case "note" -> {
                cells(v, NOTE, "a note");
                x.notes.add(v[2]);
              }
              case "logs" -> x.logs = logs(v);
              default -> throw new Bad(0, "unknown record kind \"" + shortened(v[0]) + "\"");
            }
          }
          return x.result();
        } catch (Bad b) {
          throw new UncheckedIOException(new IOException(b.getMessage()));
        }
      }
    };
  }

  private static String[] values(CSVRecord rec) {
    String[] v = new String[rec.size()];
    for (int i = 0; i < v.length; i++) v[i] = unsafe(rec.get(i));
    return v;
  }

  private static final class Partial {
    final int order;
    final int row;
    final String folder;
    final Outcome outcome;
    final List<Diagnostic> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    LogCount logs = LogCount.NONE;

    Partial(int order, int row, String folder, Outcome outcome) {
      this.order = order;
      this.row = row;
      this.folder = folder;
      this.outcome = outcome;
    }

    ClientResult result() {
      return new ClientResult(order, folder, outcome, problems, notes, logs);
    }
  }

  /** What is wrong with a line of a shard file, and in which cell (-1: the whole line). */
  private static final class Bad extends Exception {
    final int column;

    Bad(int column, String message) {
      super(message, null, false, false);
      this.column = column;
    }

    Location where(String file, int row, String[] v) {
      if (column < 0) return Location.ofRow(file, null, row);
      List<String> names = v.length == 0 ? OUTCOME
          : switch (v[0]) {
            case "problem", "counted", "counting" -> PROBLEM;
            case "note" -> NOTE;
            case "logs" -> LOGS;
            case "left-out" -> LEFT_OUT;
            case "end" -> END;
            case "paper" -> PAPER;
            default -> OUTCOME;
          };
      return Location.ofCell(file, null, row, column, column < names.size() ? names.get(column) : null);
    }
  }

  private static void cells(String[] v, List<String> names, String kind) throws Bad {
    if (v.length != names.size()) {
      throw new Bad(-1, "expected " + names.size() + " cells in " + kind + " line, got " + v.length
          + ": the line was cut off or edited; run its shard again");
    }
  }

  private static Partial owner(Map<Integer, Partial> clients, int order) throws Bad {
    Partial x = clients.get(order);
    if (x == null) throw new Bad(1, "no client with the order " + order + " comes before this line");
    return x;
  }

  /** An outcome line; {@code grouped}: of layout 7 or later, which ends with the gym and trainer. */
  private static Partial outcome(String[] v, int row, boolean grouped) throws Bad {
    cells(v, grouped ? OUTCOME : OUTCOME.subList(0, OUTCOME.size() - GROUP_CELLS), "an outcome");
    int order = number(v, 1, 0);
    if (v[3].isEmpty()) throw new Bad(3, "expected the client's id, got an empty cell");
    List<String> files = v[9].isEmpty() ? List.of() : List.of(v[9].split("\\|"));
    Outcome o = new Outcome(v[3], v[4], v[5], number(v, 6, 0), date(v, 7), date(v, 8), files,
        number(v, 10, 0), number(v, 11, 0), v[12], v[13], grouped ? new Group(v[14], v[15]) : Group.NONE);
    return new Partial(order, row, v[2], o);
  }

  /** A client's {@code logs} line: what came back of its last block, and the drills it decided. */
  private static LogCount logs(String[] v) throws Bad {
    cells(v, LOGS, "a logs");
    LogCount.Returned returned = Arrays.stream(LogCount.Returned.values())
        .filter(x -> x != LogCount.Returned.NONE && x.name().toLowerCase(Locale.ROOT).equals(v[2]))
        .findFirst().orElseThrow(() -> new Bad(2, "expected filled, blank, unreadable, untouched or missing, got \"" + shortened(v[2]) + "\""));
    DrillCounts drills = new DrillCounts(number(v, 3, 0), number(v, 4, 0), number(v, 5, 0), number(v, 6, 0),
        number(v, 7, 0), number(v, 8, 0));
    if (returned != LogCount.Returned.FILLED && !drills.isEmpty()) {
      throw new Bad(3, "a log that came back " + v[2] + " decided no drill, but this line counts some: the file was"
          + " edited; run its shard again");
    }
    return new LogCount(returned, drills);
  }

  private static LeftOutRow leftOutRow(String[] v, boolean grouped) throws Bad {
    cells(v, grouped ? LEFT_OUT : LEFT_OUT.subList(0, LEFT_OUT.size() - GROUP_CELLS), "a left-out");
    if (v[1].isEmpty()) throw new Bad(1, "expected the name of the roster file, got an empty cell");
    if (v[4].isEmpty()) throw new Bad(4, "expected the client's id, got an empty cell");
    return new LeftOutRow(Location.ofRow(v[1], nul(v[2]), number(v, 3, 1)), v[4], v[5], v[6],
        grouped ? new Group(v[7], v[8]) : Group.NONE);
  }

  private static Diagnostic problem(String[] v) throws Bad {
    Severity severity;
    try {
      severity = Severity.valueOf(v[2]);
    } catch (IllegalArgumentException e) {
      throw new Bad(2, "expected ERROR, WARNING or INFO, got \"" + shortened(v[2]) + "\"");
    }
    if (v[3].isEmpty()) throw new Bad(3, "expected the name of the file the problem is in, got an empty cell");
    Location l = new Location(v[3], nul(v[4]), number(v, 5, 0), number(v, 6, -1), nul(v[7]));
    Diagnostic.Grouping grouping = Arrays.stream(Diagnostic.Grouping.values())
        .filter(g -> kind(g).equals(v[0])).findFirst().orElse(Diagnostic.Grouping.OWN);
    return new Diagnostic(severity, l, v[8], nul(v[9]), grouping);
  }

  /** The whole number in cell {@code i}, at least {@code min}. */
  private static int number(String[] v, int i, int min) throws Bad {
    String s = v[i];
    int n;
    try {
      n = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new Bad(i, "expected a whole number, got \"" + shortened(s) + "\"");
    }
    if (n < min) throw new Bad(i, "expected " + min + " or more, got " + n);
    return n;
  }

  private static LocalDate date(String[] v, int i) throws Bad {
    if (v[i].isEmpty()) return null;
    try {
      return LocalDate.parse(v[i]);
    } catch (DateTimeParseException e) {
      throw new Bad(i, "expected a date like 2026-12-01 or an empty cell, got \"" + shortened(v[i]) + "\"");
    }
  }

  /** A cell quoted in a message: a damaged file may hold a megabyte in one. */
  private static String shortened(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  private static String nul(String s) {
    return s.isEmpty() ? null : s;
  }

  private static String date(LocalDate d) {
    return d == null ? "" : d.toString();
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
  private static final Pattern NAME = Pattern.compile("summary-shard-([0-9]+)-of-([0-9]+)\\.csv");

  /** Why shard {@code k} of {@code n} (as written in a file name) is none a run writes, or null. */
  private static String impossible(String k, String n) {
    if (k.startsWith("0") || n.startsWith("0")) {
      return k.equals("0") || n.equals("0") ? "a shard number goes from 1 to the number of shards"
          : "a run writes the shard numbers without leading zeros";
    }
    if (k.length() > 9 || n.length() > 9) return "shard " + k + " of " + n + " is more shards than a run can make";
    if (Integer.parseInt(k) > Integer.parseInt(n)) {
      return "there is no shard " + k + " of " + n + ", a shard number goes from 1 to the number of shards";
    }
    return null;
  }

  /** A shard file found in a month folder. */
  record Found(int index, int count, Path file) {
    Shard shard() {
      return new Shard(index, count);
    }
  }

  /** The shard files in {@code folder}; names that only look like one are left out quietly. */
  static List<Found> find(Path folder) throws IOException {
    return find(folder, new Diagnostics());
  }

  /**
   * The shard files in {@code folder}, by shard count and number. A file named like one
   * ({@code summary-shard-*.csv}) that no run writes, such as shard 0 or shard 9 of 8, is left out
   * with a warning in {@code d}.
   */
  static List<Found> find(Path folder, Diagnostics d) throws IOException {
    List<Found> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "summary-shard-*.csv")) {
      for (Path f : files) {
        Matcher m = NAME.matcher(f.getFileName().toString());
        String why = m.matches() ? impossible(m.group(1), m.group(2))
            : "its name is not summary-shard-K-of-N.csv, such as summary-shard-2-of-8.csv";
        if (why != null) {
          d.warning(Location.ofFile(f.toString()), "left out: " + why + "; no run writes such a file");
          continue;
        }
        found.add(new Found(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), f));
      }
    }
    found.sort(Comparator.comparingInt(Found::count).thenComparingInt(Found::index));
    return found;
  }
}
