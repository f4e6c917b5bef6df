package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.Library;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Program;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs of the same inputs write byte-identical handouts and logs (real renderers). */
class ReproducibleTest {
  @TempDir Path tmp;

  /** The fake roster and planner, the real PDF and XLSX writers. */
  static class RealRenderers extends FakeStages {
    private final Stages real = Stages.standard();

    @Override
    public Handouts handouts(Branding branding, Library library, Diagnostics d) {
      return real.handouts(branding, library, d);
    }

    @Override
    public void writeLog(Program program, OutputStream out) throws IOException {
      real.writeLog(program, out);
    }

    @Override
    public void writeSummary(Iterable<Outcome> rows, org.circuitpress.model.Paper paper, OutputStream out)
        throws IOException {
      real.writeSummary(rows, paper, out);
    }
  }

  @Test
  void twoRunsWriteTheSameBytes() throws IOException {
    Workspace ws = new Workspace(tmp, "anna-k,Anna Kowalska,2026-12-07", "zoe,Zoë Łukasz-Núñez,2026-12-01",
        "ben-o,Ben O'Neill,2026-12-14");
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    assertThat(ws.run(new RealRenderers()).generate(ws.options().withOut(first).withThreads(3)).exitCode()).isZero();
    assertThat(ws.run(new RealRenderers()).generate(ws.options().withOut(second).withThreads(1)).exitCode()).isZero();

    List<String> files = Workspace.files(first);
    assertThat(files).hasSize(12).contains("2026-12/zoe/" + BlockRecord.NAME).isEqualTo(Workspace.files(second));
    for (String f : files) {
      if (!f.endsWith(".txt")) {
        assertThat(Files.mismatch(first.resolve(f), second.resolve(f))).as(f).isEqualTo(-1L);
      }
    }
    assertThat(Files.readAllBytes(first.resolve("2026-12/zoe/handout.pdf"))).startsWith("%PDF".getBytes());
  }
}
