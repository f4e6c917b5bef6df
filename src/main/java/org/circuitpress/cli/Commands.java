package org.circuitpress.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The subcommands; each turns its options into a call on the batch layer. */
final class Commands {
  private Commands() {}

  /** Gives a subcommand the {@link Main} it runs under (set by Main's factory). */
  abstract static class Sub implements Callable<Integer> {
    Main main;
  }

  @Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
      description = "Write a handout and a log for every client, with report.txt and summary.xlsx (the default command).")
  static final class Generate extends Sub {
    @Mixin GenerateOptions options;

    @Override
    public Integer call() {
      return main.generate(options);
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
      description = "Check the inputs and plan every client, write nothing.")
  static final class Validate extends Sub {
    @Mixin InputOptions inputs;

    @Override
    public Integer call() {
      return main.newRun().generate(inputs.options().withFlags(true, false)).exitCode();
    }
  }

  @Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
      description = "Print a client's program as readable text (or every client's, or as CSV).")
  static final class Plan extends Sub {
    @Mixin InputOptions inputs;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    /** Null when not given: text, or csv with --file. */
    @Option(names = "--format", paramLabel = "text|csv",
        description = "text (default), to read; or csv, one row per drill of each session, for a spreadsheet.")
    Format format;

    @Option(converter = Converters.NamedPath.class, names = "--file", paramLabel = "FILE",
        description = "Write the CSV into this file instead of printing it, marked as UTF-8 so that Excel opens"
            + " every name whole (--format csv is then the default). An earlier plan CSV there that differs"
            + " from the new one is kept beside it (plan.csv as plan.replaced.csv); any other file (a log, the"
            + " roster), or one that is read-only or open in Excel, is left as it is, and nothing is written.")
    Path file;

    @Spec CommandSpec spec;

    enum Format { TEXT, CSV }

    static final class Which {
      @Option(names = "--client", paramLabel = "ID", required = true, description = "The client's id.")
      String client;

      @Option(names = "--all", required = true, description = "Every client of the roster.")
      boolean all;
    }

    @Override
    public Integer call() {
      if (file != null && format == Format.TEXT) {
        throw new ParameterException(spec.commandLine(),
            "--file writes the CSV; leave out --format text, or leave out --file to print the text");
      }
      boolean csv = format == Format.CSV || file != null;
      return main.newPlans().print(inputs.options(), which.all ? null : which.client, csv, file);
    }
  }

  @Command(name = "export-logs", mixinStandardHelpOptions = true, sortOptions = false,
      description = "Write one CSV of each client's targets beside what they logged, for the logs of one month.")
  static final class ExportLogs extends Sub {
    @Mixin InputOptions inputs;

    @Option(converter = Converters.NamedPath.class, names = "--file", paramLabel = "FILE",
        description = "Where to write the CSV (default: log-export.csv in the month folder). An earlier"
            + " export there that differs from the new one is kept beside it (export.csv as"
            + " export.replaced.csv); any other file (a log, the roster), or one that is read-only or open in"
            + " Excel, is left as it is, and nothing is exported.")
    Path file;

    @Option(names = "--threads", paramLabel = "N", converter = Converters.Threads.class,
        description = "Logs read at once (default: the number of cores, ${sys:circuitpress.cores}).")
    Integer threads;

    @Override
    public Integer call() {
      return main.newPlans().exportLogs(threads == null ? inputs.options() : inputs.options().withThreads(threads), file);
    }
  }

  @Command(name = "merge-summaries", mixinStandardHelpOptions = true, sortOptions = false,
      description = "Combine the summaries of the shards of a month (--shard K/N) into summary.xlsx and report.txt.")
  static final class MergeSummaries extends Sub {
    @Option(converter = Converters.NamedPath.class, names = "--out", paramLabel = "DIR", defaultValue = "output",
        description = "Where the month folders are (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = Converters.Month.class,
        description = "The month to merge (default: the latest month with shard summaries).")
    YearMonth month;

    @Override
    public Integer call() {
      return main.newRun().merge(out, month).exitCode();
    }
  }
}
