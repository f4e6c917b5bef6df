package org.circuitpress.model;

import java.util.Objects;

/**
 * One problem found in the inputs or during a run, printed like a compiler's:
 * {@code roster.xlsx: Clients!D7 (start_date): expected a date like 2026-12-01, got "31.13.2026"}.
 *
 * @param clientId the client this concerns, or null when it concerns a file or row
 * @param grouping whether the problem is one that many rows repeat, counted in one line for them
 *     all, or that line ({@link Grouping})
 */
public record Diagnostic(Severity severity, Location location, String message, String clientId, Grouping grouping) {
  /**
   * How a problem that many rows (or cells) repeat is shown: the first few get a line of their own,
   * and one more line counts the rest ("the same again on 7 more rows (7, 8, ...)").
   */
  public enum Grouping {
    /** A line of its own: most problems. */
    OWN,
    /**
     * Counted in a line that stands for many rows': still its client's, in their status, warning
     * count and Detail cell, but a run of the whole roster shows only the line that counts it. A run
     * of some clients shows it as a line of its own instead.
     */
    COUNTED,
    /**
     * The line that counts problems of other rows ({@link #COUNTED}): a run of some clients leaves
     * it out, since it is about rows that were not run.
     */
    COUNTING
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(grouping, "grouping");
  }

  public Diagnostic(Severity severity, Location location, String message, String clientId) {
    this(severity, location, message, clientId, Grouping.OWN);
  }

  public static Diagnostic error(Location where, String message) {
    return new Diagnostic(Severity.ERROR, where, message, null);
  }

  public static Diagnostic warning(Location where, String message) {
    return new Diagnostic(Severity.WARNING, where, message, null);
  }

  public static Diagnostic info(Location where, String message) {
    return new Diagnostic(Severity.INFO, where, message, null);
  }

  public Diagnostic forClient(String id) {
    return new Diagnostic(severity, location, message, id, grouping);
  }

  /** The same problem, {@link Grouping#COUNTED} in another line rather than listed on its own. */
  public Diagnostic asCounted() {
    return new Diagnostic(severity, location, message, clientId, Grouping.COUNTED);
  }

  /** The same problem as the line that counts those of other rows ({@link Grouping#COUNTING}). */
  public Diagnostic asCounting() {
    return new Diagnostic(severity, location, message, clientId, Grouping.COUNTING);
  }

  /** The same problem as a line of its own ({@link Grouping#OWN}). */
  public Diagnostic asOwn() {
    return new Diagnostic(severity, location, message, clientId, Grouping.OWN);
  }

  /** Whether another line counts this one ({@link Grouping#COUNTED}). */
  public boolean counted() {
    return grouping == Grouping.COUNTED;
  }

  /** Whether this line counts those of other rows ({@link Grouping#COUNTING}). */
  public boolean counting() {
    return grouping == Grouping.COUNTING;
  }

  /** Whether a run of the whole roster shows this as a line of its own: all but {@link Grouping#COUNTED}. */
  public boolean listed() {
    return !counted();
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The compiler-style line; warnings and notes say so, errors are the default. */
  public String format() {
    String kind =
        severity == Severity.WARNING ? "warning: " : severity == Severity.INFO ? "note: " : "";
    return location + ": " + kind + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
