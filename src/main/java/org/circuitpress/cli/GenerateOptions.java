package org.circuitpress.cli;

import java.util.ArrayList;
import java.util.List;
import org.circuitpress.batch.RunOptions;
import org.circuitpress.batch.Shard;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of a run over many clients. */
final class GenerateOptions {
  @Mixin InputOptions inputs;

  @Option(names = "--threads", paramLabel = "N", converter = Converters.Threads.class,
      description = "Clients worked on at once (default: the number of cores, ${sys:circuitpress.cores}).")
  Integer threads;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  /** As typed; null when the option was not given. Cleaned by {@link #clients()}. */
  @Option(names = "--clients", paramLabel = "ID", split = ",",
      description = "Only these clients, by id: --clients anna-k,ben-o. Their summary and report are"
          + " summary-clients.xlsx and report-clients.txt; the month's own are left as they were.")
  List<String> clients;

  @Option(names = "--dry-run", description = "Plan and check every client, write nothing.")
  boolean dryRun;

  @Option(names = "--force",
      description = "Put the new log or handout in place of one that holds the client's entries or was"
          + " changed since it was written (by default that one stays and the new file goes beside"
          + " it); the old file is kept as log.replaced.xlsx or handout.replaced.pdf, which no run reads:"
          + " if the client goes on filling in the old log, put it back as log.xlsx before next month's run.")
  boolean force;

  @Option(names = "--shard", paramLabel = "K/N", converter = Converters.ShardOf.class,
      description = "Do only the clients of shard K of N (by a stable hash of the id), e.g. one machine "
          + "of a Kubernetes Indexed Job; merge the shards with merge-summaries.")
  Shard shard;

  static {
    System.setProperty("circuitpress.cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
  }

  RunOptions options() {
    RunOptions o = inputs.options().withClients(clients()).withFlags(dryRun, force).withShard(shard);
    return threads == null ? o : o.withThreads(threads);
  }

  /**
   * The ids given to {@code --clients}, without the blanks around them ({@code "anna-k, ben-o"}) and
   * without empty ones. An option given with no id at all (an empty shell variable, a lone comma) is
   * a usage error, not a run over everyone.
   */
  private List<String> clients() {
    if (clients == null) return List.of();
    List<String> ids = new ArrayList<>();
    for (String id : clients) {
      if (!id.isBlank()) ids.add(id.strip());
    }
    if (ids.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--clients was given no client id; name them separated by commas, e.g. --clients anna-k,ben-o");
    }
    return ids;
  }
}
