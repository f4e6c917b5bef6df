package org.circuitpress.bench;

import java.nio.file.Path;

/** Which reader, planner and renderers each contender uses. */
final class Contenders {
  private Contenders() {}

  /** The product's own reader and planner once they exist; the bench's stand-ins until then. */
  static Impl readerAndPlanner(Path library, Path templates) {
    return Impl.standIn();
  }

  /** The product's pipeline, stage by stage. */
  static Impl ours(Path library, Path templates) {
    throw new UnsupportedOperationException("the product's pipeline is not on main yet");
  }
}
