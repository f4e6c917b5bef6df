package org.circuitpress.model;

import java.util.Objects;

/**
 * One problem found in the inputs or during a run, printed like a compiler's:
 * {@code roster.xlsx: Clients!D7 (start_date): expected a date like 2026-12-01, got "31.13.2026"}.
 *
 * @param clientId the client this concerns, or null when it concerns a file or row
 * @param counted whether the problem is one that many rows repeat and another line counts for them
 *     all ("the same again on 7 more rows (7, 8, ...)"): it is still its client's, in their status,
 *     warning count and Detail cell, but the console and the report's list of problems show only
 *     the line that counts it
 */
public record Diagnostic(Severity severity, Location location, String message, String clientId, boolean counted) {
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  public Diagnostic(Severity severity, Location location, String message, String clientId) {
    this(severity, location, message, clientId, false);
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
    return new Diagnostic(severity, location, message, id, counted);
  }

  /** The same problem, {@link #counted} in another line rather than listed on its own. */
  public Diagnostic asCounted() {
    return new Diagnostic(severity, location, message, clientId, true);
  }

  /** Whether the console and the report's list of problems show this as a line of its own. */
  public boolean listed() {
    return !counted;
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
