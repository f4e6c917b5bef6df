package org.circuitpress.batch;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Location;

/**
 * The warnings of a block a year or more after a client's last one ({@link History#farFromLastBlock})
 * when many clients have one: most often a year typed wrong in {@code --month}, which gives every
 * client of a large roster the same warning and filled the screen with it. They are grouped as a
 * roster's repeated warnings are (the input package's RepeatedWarning): the first {@link #LISTED}
 * clients' are listed, and one line, where the next would be, says it once for the others, naming
 * the first few, with the same advice. Each stays its client's own: in their status, warning count
 * and Detail cell, and under their line in {@code report.txt}. So too the warning that a client's
 * block is the one after their last one printed, started later as nothing was printed between
 * ({@link History.Far#MISSED}): a month that was not run gives it to every client. And the warning
 * that the folder of the month of a client's last block could not be looked in ({@link
 * History.Far#UNSEEN}), which is the same for every client of that month: it is said once, at that
 * folder, with how many clients it concerns, none listed apart.
 *
 * <p>Worked out from the clients' problems in roster order, so that every pass over them (the
 * console's tally, the report's list of problems and its clients' lines, the merge of shards)
 * groups them alike: each pass has an instance of its own and asks {@link #counted} of every
 * problem in turn.
 */
final class FarMonths {
  /** Clients whose warning is listed before the rest are counted, as a roster's column lists its first cells. */
  static final int LISTED = 5;
  /** Clients named in the line that counts the rest, before "and N more". */
  static final int NAMED = 8;

  /**
   * The groups by kind, in the order their first warning came; those of {@link History.Far#UNSEEN}
   * by month folder too, as clients whose last blocks are of two months are told of two folders.
   */
  private final Map<Key, Group> groups = new LinkedHashMap<>();

  private record Key(History.Far kind, Location at) {
    static Key of(History.Far kind, Diagnostic d) {
      return new Key(kind, kind == History.Far.UNSEEN ? d.location() : null);
    }
  }

  /** The warnings of one kind seen so far, and those counted rather than listed. */
  private static final class Group {
    int seen;
    Diagnostic first;
    YearMonth month;
    final List<String> ids = new ArrayList<>();
  }

  /** Where a problem goes in the list. */
  enum Place {
    /** Listed: one of the first few of these warnings, or another problem. */
    LISTED,
    /** Counted, the first of its kind: the line that counts them goes where it would have been. */
    FIRST_COUNTED,
    /** Counted in that line. */
    COUNTED
  }

  /**
   * Where {@code d}, a problem of a client whose block is of {@code month}, goes in the list; asked
   * of every problem once, in roster order.
   */
  Place place(Diagnostic d, YearMonth month) {
    Optional<History.Far> kind = History.far(d);
    if (kind.isEmpty()) return Place.LISTED;
    Group g = groups.computeIfAbsent(Key.of(kind.get(), d), k -> new Group());
    // a month folder that could not be looked in is said once, whoever's last block is there
    if (g.seen++ < (kind.get() == History.Far.UNSEEN ? 0 : LISTED)) return Place.LISTED;
    g.ids.add(d.clientId());
    if (g.first != null) return Place.COUNTED;
    g.first = d;
    g.month = month;
    return Place.FIRST_COUNTED;
  }

  /** As {@link #place(Diagnostic, YearMonth)}, for a problem of {@code r}, whose block's month it concerns. */
  Place place(Diagnostic d, ClientResult r) {
    return place(d, r.outcome().start() == null ? null : YearMonth.from(r.outcome().start()));
  }

  /** How many problems are counted rather than listed. */
  int counted() {
    return groups.values().stream().mapToInt(g -> g.ids.size()).sum();
  }

  /** The lines that count them, one per kind that has any, at the first of those it counts. */
  List<Diagnostic> lines() {
    List<Diagnostic> out = new ArrayList<>();
    for (Key key : groups.keySet()) line(key).ifPresent(out::add);
    return out;
  }

  /** The line that counts the problems of {@code d}'s kind. */
  Optional<Diagnostic> lineFor(Diagnostic d) {
    return History.far(d).flatMap(kind -> line(Key.of(kind, d)));
  }

  private Optional<Diagnostic> line(Key key) {
    Group g = groups.get(key);
    if (g == null || g.first == null) return Optional.empty();
    int more = g.ids.size() - Math.min(g.ids.size(), NAMED);
    String named = String.join(", ", g.ids.subList(0, g.ids.size() - more)) + (more > 0 ? " and " + more + " more" : "");
    String text = key.kind() == History.Far.UNSEEN ? History.unseenForAll(g.first, g.ids.size(), named)
        : History.farForMore(key.kind(), g.month, g.ids.size(), named);
    return Optional.of(Diagnostic.warning(g.first.location(), text).asCounting());
  }

  /**
   * {@code problems} as the list shows them when many clients' blocks of {@code month} have these
   * warnings: the first few listed, the others {@link Diagnostic#counted}, and the line that counts
   * them where the first of those was. For a list printed whole ({@code plan --all}, {@code
   * export-logs}).
   */
  static List<Diagnostic> grouped(List<Diagnostic> problems, YearMonth month) {
    FarMonths far = new FarMonths();
    List<Place> places = problems.stream().map(d -> far.place(d, month)).toList();
    List<Diagnostic> out = new ArrayList<>(problems.size());
    for (int i = 0; i < problems.size(); i++) {
      Diagnostic d = problems.get(i);
      if (places.get(i) == Place.FIRST_COUNTED) far.lineFor(d).ifPresent(out::add);
      out.add(places.get(i) == Place.LISTED ? d : d.asCounted());
    }
    return out;
  }
}
