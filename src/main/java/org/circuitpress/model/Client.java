package org.circuitpress.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

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
    ClientCells cells) {
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
        exclude, units, paper, notes, email, where, startLoads, group, cells);
  }

  /** The same client with other start loads: as they were when an earlier block was printed. */
  public Client withStartLoads(StartLoads other) {
    return new Client(id, name, program, startDate, level, weeks, sessionsPerWeek, equipment, limitations,
        exclude, units, paper, notes, email, where, other, group, cells);
  }
}
