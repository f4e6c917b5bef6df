package org.circuitpress.bench.jmh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.circuitpress.bench.NaiveHandout;
import org.circuitpress.bench.NaiveLog;
import org.circuitpress.bench.RosterGen;
import org.circuitpress.bench.StandIn;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Program;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Baseline (a)'s hot pieces for one client: the handout and the log, written to memory. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BaselinePieces {
  private Program program;

  @Setup
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("bench-jmh");
    RosterGen.writeCsv(RosterGen.rows(1, 20261201), dir.resolve("roster.csv"));
    program = StandIn.plan(StandIn.read(dir.resolve("roster.csv")).get(0));
  }

  @Benchmark
  public int handout() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 << 10);
    NaiveHandout.render(program, Branding.DEFAULT, out);
    return out.size();
  }

  @Benchmark
  public int log() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 << 10);
    NaiveLog.write(program, out);
    return out.size();
  }
}
