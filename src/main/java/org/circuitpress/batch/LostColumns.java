package org.circuitpress.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.circuitpress.input.Columns;
import org.circuitpress.input.LibraryReader;
import org.circuitpress.input.RosterReader;
import org.circuitpress.model.ColumnsRead;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;

/**
 * A column of the roster or library that last month's run read and this month's file lacks. A
 * column deleted between months (or renamed to something no longer read as it) is read as empty on
 * every row: without equipment every client gets bodyweight drills, without limitations no drill is
 * left out for an injury. Each run records the columns it read in its month folder's
 * {@link WrittenFiles} record; the next compares its own with those of the latest earlier month.
 */
final class LostColumns {
  private LostColumns() {}

  /** The file names of the record's {@value WrittenFiles#COLUMNS} lines. */
  static final String ROSTER = "roster";
  static final String LIBRARY = "library";

  /** This run's {@value WrittenFiles#COLUMNS} lines, for the month folder's record. */
  static String lines(Inputs inputs) {
    StringBuilder sb = new StringBuilder();
    ColumnsRead roster = inputs.rosterColumns();
    ColumnsRead library = inputs.library().columns();
    if (roster.header() != null) sb.append(WrittenFiles.columnsLine(key(ROSTER, roster), roster.filled()));
    if (library.header() != null) sb.append(WrittenFiles.columnsLine(key(LIBRARY, library), library.filled()));
    return sb.toString();
  }

  /**
   * The record's name for the file {@code read} came from: its kind ("roster", "library") and the
   * file's name without its extension. So two gyms' rosters run into one output folder keep a record
   * each (one is not compared with the other's columns), and a roster saved as CSV instead of XLSX
   * is still the same roster. A roster renamed since is compared with nothing, that once.
   */
  static String key(String kind, ColumnsRead read) {
    String name = read.header().file();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) name = name.substring(0, dot);
    return kind + ":" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\t\\r\\n,=]", " ");
  }

  /**
   * Says, once each, at the header row of its file, the columns that change programs which the
   * latest earlier month's run in {@code out} read and this run's files lack: an error for the
   * roster's limitations and the library's contraindications, a warning for the others. Nothing
   * when no earlier month recorded its columns, or for a column no row filled in then. Returns whether
   * there was an error.
   */
  static boolean check(Path out, YearMonth month, Inputs inputs, Diagnostics d) {
    Optional<YearMonth> earlier = latestEarlier(out, month);
    if (earlier.isEmpty()) return false;
    Path folder = out.resolve(earlier.get().toString());
    boolean error = compare(folder, ROSTER, inputs.rosterColumns(), RosterReader.COLUMNS, earlier.get(), d);
    return compare(folder, LIBRARY, inputs.library().columns(), LibraryReader.COLUMNS, earlier.get(), d) | error;
  }

  private static boolean compare(Path folder, String file, ColumnsRead now, Columns spec, YearMonth then,
      Diagnostics d) {
    if (now.header() == null) return false;
    Optional<Map<String, Integer>> before = WrittenFiles.columnsRead(folder, key(file, now));
    if (before.isEmpty()) return false;
    boolean error = false;
    String rows = file.equals(ROSTER) ? "client" : "drill";
    for (Columns.Unread u : spec.unread()) {
      Integer held = before.get().get(u.column());
      // a column empty on every row then changes no program by its going
      if (held == null || held == 0 || now.filled().containsKey(u.column()) || saidAlready(d, now, u.column())) {
        continue;
      }
      String count = held + " " + rows + (held == 1 ? "" : "s") + " had "
          + (u.safety() ? u.column() : "something in it") + " then";
      String text = Columns.noColumn(u.column()) + u.without() + ", though the " + then + " run read one (" + count
          + ")";
      if (u.safety()) {
        d.add(Diagnostic.error(now.header(), text + "; put the column back, or, if no " + rows + " is meant to have "
            + u.column() + " now, add a column named " + u.column() + " and leave it empty; nothing is made until"
            + " then"));
        error = true;
      } else {
        d.add(Diagnostic.warning(now.header(), text + "; if it was deleted by mistake, put it back"));
      }
    }
    return error;
  }

  /** Whether a header that looks like the column already drew the same line ({@link Columns#noColumn}). */
  private static boolean saidAlready(Diagnostics d, ColumnsRead now, String column) {
    String said = Columns.noColumn(column);
    return d.all().stream().anyMatch(x -> x.message().startsWith(said)
        && x.location().file().equals(now.header().file()));
  }

  /** The latest month before {@code month} whose folder in {@code out} holds a record of what was written. */
  private static Optional<YearMonth> latestEarlier(Path out, YearMonth month) {
    try (Stream<Path> list = Files.list(out)) {
      return list.filter(p -> Files.isRegularFile(p.resolve(WrittenFiles.NAME)))
          .map(p -> month(p.getFileName().toString())).flatMap(Optional::stream)
          .filter(m -> m.isBefore(month)).max(Comparator.naturalOrder());
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // no output folder yet: no month before this one
    }
  }

  private static Optional<YearMonth> month(String name) {
    try {
      return Optional.of(YearMonth.parse(name));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
