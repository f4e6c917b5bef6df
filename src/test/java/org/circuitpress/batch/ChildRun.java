package org.circuitpress.batch;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.circuitpress.cli.Main;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;

/**
 * The command line with the fake roster and the real writers, for tests that need a child JVM.
 * With {@code -Dcircuitpress.test.hang=ID} the handout of client ID never ends, once its file is
 * begun: a run to stop at a known moment.
 */
public final class ChildRun {
  private ChildRun() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    String hang = System.getProperty("circuitpress.test.hang");
    Stages stages = new ReproducibleTest.RealRenderers() {
      @Override
      public Handouts handouts(Branding branding, Library library, Diagnostics d) {
        Handouts real = super.handouts(branding, library, d);
        return (p, o, dd) -> {
          if (p.client().id().equals(hang)) {
            o.write('%'); // the temporary file is there, begun
            o.flush();
            hangForever();
          }
          real.render(p, o, dd);
        };
      }
    };
    System.exit(new Main(out, err, stages, OutputSink.FILES).run(args));
  }

  private static void hangForever() {
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
