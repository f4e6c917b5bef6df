package org.circuitpress.batch;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What the command line asked of a run, already parsed.
 *
 * @param branding null when there is no branding file
 * @param month null: each client's first block, filed under the month of the roster's earliest
 *     start date
 * @param clients ids to run, empty for everyone
 * @param shard null for the whole roster
 * @param rosterByDefault the roster is the one the command line takes when none is named
 *     ({@code input/roster.xlsx}, else {@code .csv}); false when it was named with {@code --roster}
 * @param libraryByDefault the same for the library and {@code --library}
 */
public record RunOptions(
    Path roster,
    Path library,
    Path templates,
    Path branding,
    Path out,
    YearMonth month,
    int threads,
    List<String> clients,
    boolean dryRun,
    boolean force,
    Shard shard,
    boolean rosterByDefault,
    boolean libraryByDefault) {
  public RunOptions {
    Objects.requireNonNull(roster, "roster");
    Objects.requireNonNull(library, "library");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(out, "out");
    clients = List.copyOf(clients);
    if (threads < 1) throw new IllegalArgumentException("threads must be 1 or more");
  }

  /** Options whose roster and library were named on the command line. */
  public RunOptions(Path roster, Path library, Path templates, Path branding, Path out, YearMonth month, int threads,
      List<String> clients, boolean dryRun, boolean force, Shard shard) {
    this(roster, library, templates, branding, out, month, threads, clients, dryRun, force, shard, false, false);
  }

  /** The defaults of a plain {@code generate} over the given inputs, named on the command line. */
  public static RunOptions of(Path roster, Path library, Path templates, Path out) {
    return new RunOptions(roster, library, templates, null, out, null,
        Runtime.getRuntime().availableProcessors(), List.of(), false, false, null);
  }

  public RunOptions withMonth(YearMonth m) {
    return new RunOptions(roster, library, templates, branding, out, m, threads, clients, dryRun, force, shard,
        rosterByDefault, libraryByDefault);
  }

  public RunOptions withShard(Shard s) {
    return new RunOptions(roster, library, templates, branding, out, month, threads, clients, dryRun, force, s,
        rosterByDefault, libraryByDefault);
  }

  public RunOptions withOut(Path o) {
    return new RunOptions(roster, library, templates, branding, o, month, threads, clients, dryRun, force, shard,
        rosterByDefault, libraryByDefault);
  }

  public RunOptions withThreads(int n) {
    return new RunOptions(roster, library, templates, branding, out, month, n, clients, dryRun, force, shard,
        rosterByDefault, libraryByDefault);
  }

  public RunOptions withFlags(boolean dry, boolean forced) {
    return new RunOptions(roster, library, templates, branding, out, month, threads, clients, dry, forced, shard,
        rosterByDefault, libraryByDefault);
  }

  public RunOptions withClients(List<String> ids) {
    return new RunOptions(roster, library, templates, branding, out, month, threads, ids, dryRun, force, shard,
        rosterByDefault, libraryByDefault);
  }

  public RunOptions withBranding(Path b) {
    return new RunOptions(roster, library, templates, b, out, month, threads, clients, dryRun, force, shard,
        rosterByDefault, libraryByDefault);
  }

  /** Whether the roster and the library were taken by default rather than named. */
  public RunOptions withInputsByDefault(boolean roster, boolean library) {
    return new RunOptions(this.roster, this.library, templates, branding, out, month, threads, clients, dryRun, force,
        shard, roster, library);
  }
}
