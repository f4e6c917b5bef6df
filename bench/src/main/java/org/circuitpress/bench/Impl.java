package org.circuitpress.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Client;
import org.circuitpress.model.Program;

/** The stages a benchmark run times, one implementation per contender. */
public interface Impl {
  List<Client> read(Path roster) throws IOException;

  Optional<Program> plan(Client c);

  void handout(Program p, OutputStream out) throws IOException;

  void log(Program p, OutputStream out) throws IOException;

  /** Baseline (a): the given reader and planner, the straightforward renderers. */
  static Impl baseline(Impl readerAndPlanner, Branding branding) {
    return new Impl() {
      @Override
      public List<Client> read(Path roster) throws IOException {
        return readerAndPlanner.read(roster);
      }

      @Override
      public Optional<Program> plan(Client c) {
        return readerAndPlanner.plan(c);
      }

      @Override
      public void handout(Program p, OutputStream out) throws IOException {
        NaiveHandout.render(p, branding, out);
      }

      @Override
      public void log(Program p, OutputStream out) throws IOException {
        NaiveLog.write(p, out);
      }
    };
  }
}
