package org.circuitpress.bench;

import java.nio.file.Path;

/** Which reader, planner and renderers each contender uses. */
final class Contenders {
  private Contenders() {}

  /** The product's own reader and planner (see {@link Ours} for the stand-in fallback). */
  static Impl readerAndPlanner(Path library, Path templates) {
    return new Ours(library, templates);
  }

  /** The product's pipeline, stage by stage. */
  static Impl ours(Path library, Path templates) {
    return new Ours(library, templates);
  }
}
