package org.circuitpress.bench.jmh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.circuitpress.bench.Ours;
import org.circuitpress.bench.RosterGen;
import org.circuitpress.model.Client;
import org.circuitpress.model.Program;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The product's hot pieces for one client of the synthetic roster: planning, the handout and the
 * log, each into memory. Run from the repository root: the library and templates are read from
 * {@code input/exercises.xlsx} (else {@code .csv}) and {@code templates/}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OursPieces {
  /** Which client of the synthetic roster (scripts, kits and paper differ between them). */
  @Param({"1", "4"})
  public int row;

  private Ours ours;
  private Client client;
  private Program program;

  @Setup
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("bench-jmh");
    RosterGen.writeCsv(RosterGen.rows(row, 20261201), dir.resolve("roster.csv"));
    Path library = Path.of("input/exercises.xlsx");
    if (!Files.exists(library)) library = Path.of("input/csv/exercises.csv");
    ours = new Ours(library, Path.of("templates"));
    List<Client> clients = ours.read(dir.resolve("roster.csv"));
    client = clients.get(clients.size() - 1);
    program = plan();
  }

  @Benchmark
  public Program plan() {
    return ours.plan(client).orElseThrow();
  }

  @Benchmark
  public int handout() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 << 10);
    ours.handout(program, out);
    return out.size();
  }

  @Benchmark
  public int log() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 << 10);
    ours.log(program, out);
    return out.size();
  }
}
