package org.circuitpress.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One row of the roster, decoded.
 *
 * @param program a template id or a track id
 * @param weeks null means "the template's default"
 * @param sessionsPerWeek null means "the template's default"
 * @param limitations normalized with {@link Names#tag}
 * @param exclude exercise ids the trainer never wants for this client
 * @param where the roster row this client came from
 * @param startLoads the loads the trainer wrote down for the client to start on
 * @param group the gym and trainer the roster gives the client, for the summary only
 * @param cells the cells of the values a problem can be about on its own (id, program, start date),
 *     where such a problem is placed ({@link #at}); null: none known, every problem is at the row
 * @param readAs each limitation the roster read as the library's contraindications by a related word
 *     ("tight hips" as "hip"), as typed, with those of them that it alone rules out (not typed as the
 *     library's word, nor read from another limitation): the drills they cost are told at its cell
 */
public record Client(
    String id,
    String name,
    String program,
    LocalDate startDate,
    Level level,
    Integer weeks,
    Integer sessionsPerWeek,
    Kit equipment,
    Set<String> limitations,
    Set<String> exclude,
    Units units,
    Paper paper,
    String notes,
    String email,
    Location where,
    StartLoads startLoads,
    Group group,
    ClientCells cells,
    Map<String, Set<String>> readAs) {
  /** The longest block: the most weeks the roster's column and a template's setting take. */
  public static final int MOST_WEEKS = 16;

  public Client {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(equipment, "equipment");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(where, "where");
    cells = cells == null ? ClientCells.NONE : cells;
    startLoads = startLoads == null ? StartLoads.NONE : startLoads;
    group = group == null ? Group.NONE : group;
    Map<String, Set<String>> read = new TreeMap<>();
    if (readAs != null) readAs.forEach((typed, named) -> read.put(typed, Set.copyOf(named)));
    readAs = Collections.unmodifiableMap(read);
    limitations = Set.copyOf(limitations);
    exclude = Set.copyOf(exclude);
    notes = notes == null ? "" : notes;
    email = email == null ? "" : email;
    if (weeks != null && (weeks < 1 || weeks > MOST_WEEKS)) throw new IllegalArgumentException("weeks");
    if (sessionsPerWeek != null && (sessionsPerWeek < 1 || sessionsPerWeek > 7)) {
      throw new IllegalArgumentException("sessionsPerWeek");
    }
  }

  /** A client without start loads ({@link StartLoads#NONE}). */
  public Client(String id, String name, String program, LocalDate startDate, Level level, Integer weeks,
      Integer sessionsPerWeek, Kit equipment, Set<String> limitations, Set<String> exclude, Units units, Paper paper,
      String notes, String email, Location where) {
    this(id, name, program, startDate, level, weeks, sessionsPerWeek, equipment, limitations, exclude, units, paper,
        notes, email, where, StartLoads.NONE);
  }

  /** A client of no gym or trainer ({@link Group#NONE}). */
  public Client(String id, String name, String program, LocalDate startDate, Level level, Integer weeks,
      Integer sessionsPerWeek, Kit equipment, Set<String> limitations, Set<String> exclude, Units units, Paper paper,
      String notes, String email, Location where, StartLoads startLoads) {
    this(id, name, program, startDate, level, weeks, sessionsPerWeek, equipment, limitations, exclude, units, paper,
        notes, email, where, startLoads, Group.NONE);
  }

  /** A client whose values are all pointed at by its row ({@code where}), as when their cells are not known. */
  public Client(String id, String name, String program, LocalDate startDate, Level level, Integer weeks,
      Integer sessionsPerWeek, Kit equipment, Set<String> limitations, Set<String> exclude, Units units, Paper paper,
      String notes, String email, Location where, StartLoads startLoads, Group group) {
    this(id, name, program, startDate, level, weeks, sessionsPerWeek, equipment, limitations, exclude, units, paper,
        notes, email, where, startLoads, group, null);
  }

  /** A client of no limitation read by a related word ({@link #readAs}). */
  public Client(String id, String name, String program, LocalDate startDate, Level level, Integer weeks,
      Integer sessionsPerWeek, Kit equipment, Set<String> limitations, Set<String> exclude, Units units, Paper paper,
      String notes, String email, Location where, StartLoads startLoads, Group group, ClientCells cells) {
    this(id, name, program, startDate, level, weeks, sessionsPerWeek, equipment, limitations, exclude, units, paper,
        notes, email, where, startLoads, group, cells, Map.of());
  }

  /**
   * Where a problem with the value of one roster column ({@code "start_date"}) is placed: the cell
   * it was read from, or the client's row when that is not known.
   */
  public Location at(String column) {
    return cells.at(column, where);
  }

  /** The cell of the client's id, where a problem with the id itself is reported. */
  public Location idAt() {
    return at(ClientCells.ID);
  }

  /** How dates written with numbers alone are read and printed for this client ({@link DateOrder#of}). */
  public DateOrder dateOrder() {
    return DateOrder.of(paper);
  }

  /** The same client at another level: as they were when an earlier block was printed. */
  public Client withLevel(Level other) {
    return new Client(id, name, program, startDate, other, weeks, sessionsPerWeek, equipment, limitations,
        exclude, units, paper, notes, email, where, startLoads, group, cells, readAs);
  }

  /** The same client with other start loads: as they were when an earlier block was printed. */
  public Client withStartLoads(StartLoads other) {
    return new Client(id, name, program, startDate, level, weeks, sessionsPerWeek, equipment, limitations,
        exclude, units, paper, notes, email, where, other, group, cells, readAs);
  }

  /**
   * The same client without the limitation {@code typed} and the contraindications it alone is read
   * as ({@link #readAs}): the program they would have had, had the trainer not written it.
   */
  public Client without(String typed) {
    Set<String> left = new HashSet<>(limitations);
    left.remove(Names.tag(typed));
    left.removeAll(readAs.getOrDefault(typed, Set.of()));
    return new Client(id, name, program, startDate, level, weeks, sessionsPerWeek, equipment, left,
        exclude, units, paper, notes, email, where, startLoads, group, cells, readAs);
  }
}
