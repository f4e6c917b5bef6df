package org.circuitpress.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark's entry point, driven by {@code bench/run}. Subcommands:
 *
 * <ul>
 *   <li>{@code gen N SEED DIR}: the synthetic roster, DIR/roster.csv and DIR/roster.xlsx;
 *   <li>{@code staged ours|baseline ROSTER LIBRARY TEMPLATES OUT THREADS [CLIENT]}: one contender,
 *       stage by stage;
 *   <li>{@code floor N PDF_BYTES XLSX_BYTES OUT THREADS [input]}: contender (c), deflating as
 *       much as gives those output sizes, or ({@code input}) exactly that many input bytes;
 *   <li>{@code dump ROSTER LIBRARY TEMPLATES FILE}: the programs as JSON lines for the Python
 *       contender (b);
 *   <li>{@code check OUT ROSTER_DIR}: are the outputs under OUT right for the roster;
 *   <li>{@code jfr FILE [TOP [FILTER]]}: the hot spots of a flight recording;
 *   <li>{@code loop ours|baseline ROSTER LIBRARY TEMPLATES PASSES}: one thread rendering the same
 *       clients pass after pass, CPU and allocation per handout, log and plan.
 * </ul>
 */
public final class Bench {
  private Bench() {}

  /** {@code ours} or {@code baseline} (a), over the given library and templates. */
  private static Impl contender(String which, String library, String templates) throws Exception {
    Path lib = Path.of(library);
    Path tpl = Path.of(templates);
    return which.equals("ours")
        ? Contenders.ours(lib, tpl)
        : Impl.baseline(Contenders.readerAndPlanner(lib, tpl), Ours.branding(lib, new org.circuitpress.model.Diagnostics()));
  }

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "gen" -> RosterGen.main(new String[] {args[1], args[2], args[3]});
      case "head" -> RosterHead.main(new String[] {args[1], args[2], args[3], args[4], args[5]});
      case "staged" -> new StagedRun(contender(args[1], args[3], args[4]), Integer.parseInt(args[6]))
          .run(Path.of(args[2]), Path.of(args[5]), args.length > 7 ? args[7] : null, System.out);
      case "loop" -> Loop.run(contender(args[1], args[3], args[4]), Path.of(args[2]), Integer.parseInt(args[5]), System.out);
      case "floor" -> Floor.run(Integer.parseInt(args[1]), Long.parseLong(args[2]), Long.parseLong(args[3]),
          Path.of(args[4]), Integer.parseInt(args[5]), args.length < 7 || !args[6].equals("input"), System.out);
      case "dump" -> {
        Impl impl = Contenders.readerAndPlanner(Path.of(args[2]), Path.of(args[3]));
        System.out.println("programs " + PlanDump.write(impl, Path.of(args[1]), Path.of(args[4])));
      }
      case "check" -> {
        List<String[]> roster = StandIn.rows(Path.of(args[2]).resolve("roster.csv"));
        System.exit(Check.report(Check.outputs(Path.of(args[1]), roster), args[1], roster.size(), System.err));
      }
      case "fill" -> System.out.println("filled " + Filler.fill(Path.of(args[1]), Integer.parseInt(args[2])));
      case "jfr" -> JfrTop.print(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 30,
          args.length > 3 ? args[3] : "circuitpress", System.out);
      default -> {
        System.err.println("unknown subcommand " + args[0]);
        System.exit(2);
      }
    }
  }
}
