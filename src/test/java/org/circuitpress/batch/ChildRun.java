package org.circuitpress.batch;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.circuitpress.cli.Main;

/** The command line with the fake roster and the real writers, for tests that need a child JVM. */
public final class ChildRun {
  private ChildRun() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(new Main(out, err, new ReproducibleTest.RealRenderers(), OutputSink.FILES).run(args));
  }
}
