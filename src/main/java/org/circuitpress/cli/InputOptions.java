package org.circuitpress.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.circuitpress.batch.RunOptions;
import picocli.CommandLine.Option;

/** Where the inputs and outputs are, and which month: shared by every command that reads them. */
final class InputOptions {
  @Option(converter = Converters.NamedPath.class, names = "--roster", paramLabel = "FILE",
      description = "The client roster, .xlsx or .csv (default: input/roster.xlsx, else input/roster.csv).")
  Path roster;

  @Option(converter = Converters.NamedPath.class, names = "--library", paramLabel = "FILE",
      description = "The exercise library, .xlsx or .csv (default: input/exercises.xlsx, else input/exercises.csv).")
  Path library;

  @Option(converter = Converters.NamedPath.class, names = "--templates", paramLabel = "DIR", defaultValue = "templates",
      description = "The folder of phase templates (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(converter = Converters.NamedPath.class, names = "--branding", paramLabel = "FILE",
      description = "Name, logo, colour and contact for the handouts (default: input/branding.csv when present).")
  Path branding;

  @Option(converter = Converters.NamedPath.class, names = "--out", paramLabel = "DIR", defaultValue = "output",
      description = "Where the month folders go (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--month", paramLabel = "YYYY-MM", converter = Converters.Month.class,
      description = "The month to work on. generate and validate: every active client's block that starts in it, "
          + "built on the last block's log; plan: prints those blocks; export-logs: the logs filed under "
          + "that month's folder. Default: each client's first block, the month of the earliest start date "
          + "in the roster.")
  YearMonth month;

  RunOptions options() {
    return RunOptions.of(orDefault(roster, "input/roster"), orDefault(library, "input/exercises"), templates, out)
        .withBranding(branding != null ? branding : presentOrNull(Path.of("input", "branding.csv")))
        .withMonth(month).withInputsByDefault(roster == null, library == null);
  }

  /** The .xlsx when it exists, else the .csv when that exists, else the .xlsx (reported missing). */
  private static Path orDefault(Path given, String stem) {
    if (given != null) return given;
    Path xlsx = Path.of(stem + ".xlsx");
    Path csv = Path.of(stem + ".csv");
    return !Files.exists(xlsx) && Files.exists(csv) ? csv : xlsx;
  }

  private static Path presentOrNull(Path p) {
    return Files.isRegularFile(p) ? p : null;
  }
}
