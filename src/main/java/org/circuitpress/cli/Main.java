package org.circuitpress.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.circuitpress.batch.OutputSink;
import org.circuitpress.batch.Plans;
import org.circuitpress.batch.Run;
import org.circuitpress.batch.Screen;
import org.circuitpress.batch.Stages;
import org.circuitpress.input.Suggest;
import org.circuitpress.model.Words;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The command line: parses the options into a {@link org.circuitpress.batch.RunOptions} and hands
 * it to the batch layer. Only {@link #main} exits the JVM (and the {@link LauncherWatch} it
 * starts, when the launcher is killed), so tests drive {@link #run} against string writers.
 */
@Command(
    name = "circuitpress",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Turns a client roster and an exercise library into a PDF handout and an XLSX log per client.",
      "Without a command it runs 'generate'."
    },
    subcommands = {
      Commands.Generate.class,
      Commands.Validate.class,
      Commands.Plan.class,
      Commands.ExportLogs.class,
      Commands.MergeSummaries.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:everything was produced",
      "1:an error was found: a row, a template or a library link was left out, or a client failed; the rest were produced",
      "2:bad usage, an input file could not be read, no roster row could be read, the output folder could not be"
          + " written or another run is writing into the same month folder, or the file named with --file could not"
          + " be replaced; nothing was written"
    })
public final class Main implements Callable<Integer> {
  static final int USAGE = 2;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Stages stages;
  private final OutputSink sink;
  private final boolean terminal;

  @Mixin GenerateOptions generate;

  public Main(PrintWriter out, PrintWriter err) {
    this(out, err, Stages.standard(), OutputSink.FILES, false);
  }

  /** For tests that replace a stage or the file system underneath. */
  public Main(PrintWriter out, PrintWriter err, Stages stages, OutputSink sink) {
    this(out, err, stages, sink, false);
  }

  private Main(PrintWriter out, PrintWriter err, Stages stages, OutputSink sink, boolean terminal) {
    this.out = out;
    this.err = err;
    this.stages = stages;
    this.sink = sink;
    this.terminal = terminal;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    boolean terminal = System.console() != null;
    LauncherWatch.start(err);
    int exit = new Main(out, err, Stages.standard(), OutputSink.FILES, terminal).run(args);
    out.flush();
    err.flush();
    System.exit(exit);
  }

  public int run(String... args) {
    CommandLine cl = new CommandLine(this, new Factory(this));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(this::usageError);
    cl.setExecutionStrategy(this::execute);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      err.println("circuitpress: internal error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      err.flush();
      return 1;
    });
    int exit = cl.execute(args);
    out.flush();
    err.flush();
    return exit;
  }

  /** Options before a command name would be silently lost; say where they go instead. */
  private int execute(CommandLine.ParseResult parsed) {
    if (parsed.hasSubcommand() && !parsed.matchedOptions().isEmpty()) {
      String command = parsed.subcommand().commandSpec().name();
      throw new CommandLine.ParameterException(parsed.commandSpec().commandLine(),
          "put the options after the command: circuitpress " + command + " " + parsed.matchedOptions().get(0).longestName() + " ...");
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  private int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    Optional<String> split = e instanceof CommandLine.UnmatchedArgumentException u
        ? SplitValue.hint(cmd.getCommandSpec(), args, u.getUnmatched()) : Optional.empty();
    Optional<String> other = split.isEmpty() && e instanceof CommandLine.UnmatchedArgumentException u
        ? elsewhere(cmd, u) : Optional.empty();
    err.println("circuitpress: " + split.or(() -> other).orElseGet(() -> plainly(e)));
    // picocli's guesses at a command for a word of a file name ("validate" for "clients.xlsx") mislead;
    // an option of another command may still be a slip for one of this command's ("--client" for --clients)
    List<String> near = split.isPresent() || !(e instanceof CommandLine.UnmatchedArgumentException u)
        || u.getUnmatched().isEmpty() ? List.of() : near(cmd, u);
    if (near.isEmpty()) {
      err.println("Try 'circuitpress " + (cmd.getParent() == null ? "" : cmd.getCommandName() + " ") + "--help' for more.");
    } else {
      String name = cmd.getCommandSpec().qualifiedName();
      err.println("Did you mean: " + String.join(" or ", near.stream().map(s -> s.startsWith("-") ? s : name + " " + s)
          .toList()) + "?");
    }
    err.flush();
    return USAGE;
  }

  /**
   * What the first word picocli could not place may be a slip for. For an option, every long option
   * of the command is weighed by our rule: picocli's own guesses leave out some near ones ("--frmat",
   * "--fromat" for --format).
   */
  private static List<String> near(CommandLine cmd, CommandLine.UnmatchedArgumentException u) {
    String first = u.getUnmatched().get(0);
    if (!first.startsWith("--")) return Suggest.near(first, u.getSuggestions());
    List<String> options = cmd.getCommandSpec().options().stream().map(CommandLine.Model.OptionSpec::longestName)
        .filter(n -> n.startsWith("--")).toList();
    return Suggest.near(first.split("=", 2)[0], options);
  }

  /**
   * An option another command takes ("validate --threads 2"): picocli's "Unknown options: '--threads',
   * '2'" says nothing of where it belongs.
   */
  private static Optional<String> elsewhere(CommandLine cmd, CommandLine.UnmatchedArgumentException u) {
    if (u.getUnmatched().isEmpty() || !u.getUnmatched().get(0).startsWith("--")) return Optional.empty();
    String option = u.getUnmatched().get(0).split("=", 2)[0];
    List<String> takers = takers(cmd, option);
    if (takers.isEmpty()) return Optional.empty();
    return Optional.of(here(cmd) + " does not take " + option + "; " + Words.and(takers)
        + (takers.size() == 1 ? " does" : " do"));
  }

  /** The commands that take {@code option}, in the order --help lists them. */
  private static List<String> takers(CommandLine cmd, String option) {
    CommandLine root = cmd;
    while (root.getParent() != null) root = root.getParent();
    List<String> takers = new ArrayList<>();
    for (CommandLine sub : root.getSubcommands().values()) {
      if (sub.getCommandSpec().findOption(option) != null) takers.add(sub.getCommandName());
    }
    return takers;
  }

  /** The command a line was given to: without one, the options are generate's. */
  private static String here(CommandLine cmd) {
    return cmd.getParent() == null ? "generate" : cmd.getCommandName();
  }

  private static boolean looksLikeOption(String word) {
    return word.startsWith("-") && word.length() > 1;
  }

  /**
   * picocli's "Unknown options: '--colour', 'red'" for an option no command takes, which calls the
   * value after it an option too: only the words that look like options are named.
   */
  private static String unknown(CommandLine cmd, List<String> unmatched) {
    List<String> options = unmatched.stream().filter(Main::looksLikeOption)
        .map(w -> w.split("=", 2)[0]).distinct().toList();
    // one of them may belong to another command ("validate -x --dry-run"): say which
    StringBuilder where = new StringBuilder();
    for (String option : options) {
      List<String> takers = option.startsWith("--") ? takers(cmd, option) : List.of();
      if (!takers.isEmpty()) {
        where.append("; ").append(Words.and(takers)).append(takers.size() == 1 ? " takes " : " take ").append(option);
      }
    }
    return here(cmd) + " has no option" + (options.size() == 1 ? " " : "s ") + Words.and(options) + where;
  }

  /** What each option's value is, by its label in --help. */
  private static final Pattern EXPECTED =
      Pattern.compile("Expected parameter for option '[^']*' but found '(.*)'", Pattern.DOTALL);
  private static final Map<String, String> WHAT = Map.of("FILE", "a file name", "DIR",
      "a folder name", "ID", "a client's id", "ID[,ID...]", "clients' ids", "YYYY-MM", "a month like 2026-12", "N",
      "a number", "K/N", "a shard like 1/4", "text|csv", "text or csv");

  /**
   * picocli's message, but for a word it could not place: "Unmatched argument at index 0:
   * 'genrate'" counts from zero and says "argument", so it is said plainly instead.
   */
  private static String plainly(CommandLine.ParameterException e) {
    String message = e.getMessage().replaceFirst("^Error: ", "");
    // picocli's "Missing required parameter for option '--roster' (FILE)" said plainly, and its
    // "Expected parameter for option '--roster' but found '--month'" for a value left out before another option
    Matcher before = EXPECTED.matcher(message);
    if (e instanceof CommandLine.MissingParameterException m
        && (message.startsWith("Missing required parameter") || before.matches())
        && m.getMissing().size() == 1 && m.getMissing().get(0) instanceof CommandLine.Model.OptionSpec o) {
      return o.longestName() + " needs " + WHAT.getOrDefault(o.paramLabel(), "a value") + " after it"
          + (before.matches() ? ", before " + before.group(1) : "");
    }
    // picocli's "option '--roster' (FILE) should be specified only once"
    if (e instanceof CommandLine.OverwrittenOptionException o
        && o.getOverwritten() instanceof CommandLine.Model.OptionSpec spec) {
      return spec.longestName() + " is given twice; keep the one you mean";
    }
    // picocli's words for plan's --client | --all: "Missing required argument (specify one of these)"
    if (e.getCommandLine().getCommandSpec().userObject() instanceof Commands.Plan) {
      if (e instanceof CommandLine.MissingParameterException && message.startsWith("Missing required argument")) {
        return "plan needs --client ID for one client's program, or --all for every client's";
      }
      if (e instanceof CommandLine.MutuallyExclusiveArgsException) return "plan takes --client ID or --all, not both";
    }
    if (!(e instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) return message;
    if (message.startsWith("Unknown option") && u.getUnmatched().stream().anyMatch(Main::looksLikeOption)) {
      return unknown(e.getCommandLine(), u.getUnmatched());
    }
    if (!message.startsWith("Unmatched argument")) return message;
    List<String> words = u.getUnmatched();
    String first = "\"" + words.get(0) + "\" is neither a command nor an option of circuitpress here";
    if (words.size() == 1) return first;
    // "plna --all": the words after a mistyped command may well be the command's own options, so
    // they are not called unknown too, only not read
    List<String> rest = words.subList(1, words.size());
    if (!looksLikeOption(words.get(0))) {
      return first + ", so " + Words.and(rest.stream().map(w -> "\"" + w + "\"").toList()) + " after it "
          + (rest.size() == 1 ? "was" : "were") + " not read";
    }
    return "\"" + String.join("\", \"", words) + "\" are neither commands nor options of circuitpress here";
  }

  /** No command means {@code generate}, with the options given at the top level. */
  @Override
  public Integer call() {
    return generate(generate);
  }

  int generate(GenerateOptions o) {
    return newRun().generate(o.options()).exitCode();
  }

  Run newRun() {
    return new Run(stages, screen(), sink);
  }

  Plans newPlans() {
    return new Plans(stages, screen(), sink);
  }

  Screen screen() {
    return new Screen(out, err, terminal);
  }

  PrintWriter err() {
    return err;
  }

  /** Lets subcommands reach the streams and stages of this Main. */
  private static final class Factory implements CommandLine.IFactory {
    private final Main main;

    Factory(Main main) {
      this.main = main;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (Commands.Sub.class.isAssignableFrom(cls)) {
        K k = CommandLine.defaultFactory().create(cls);
        ((Commands.Sub) k).main = main;
        return k;
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  /** The version from the jar's Maven metadata, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws Exception {
      String v = "development";
      try (var in = Main.class.getResourceAsStream("/META-INF/maven/org.circuitpress/circuitpress/pom.properties")) {
        if (in != null) {
          Properties p = new Properties();
          p.load(in);
          v = p.getProperty("version", v);
        }
      }
      return new String[] {"CircuitPress " + v};
    }
  }
}
