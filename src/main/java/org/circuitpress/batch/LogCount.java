package org.circuitpress.batch;

import java.util.Objects;
import java.util.Optional;
import org.circuitpress.model.DrillCounts;
import org.circuitpress.model.Program;

/**
 * What came back of a client's last block, and what it decided for the drills of the new one: the
 * counts at the end of a run that read earlier logs ({@link Tally}).
 *
 * @param drills {@link DrillCounts#NONE} unless the log was filled in and decided the new block
 */
record LogCount(Returned returned, DrillCounts drills) {
  /** A client no earlier log was looked for: a first block, or no new block this run. */
  static final LogCount NONE = new LogCount(Returned.NONE, DrillCounts.NONE);

  LogCount {
    Objects.requireNonNull(returned, "returned");
    Objects.requireNonNull(drills, "drills");
  }

  enum Returned {
    /** No last block, or one of a program the client has left, so no log to look for. */
    NONE,
    FILLED,
    /** The log is there, opened and saved with nothing written in it. */
    BLANK,
    /**
     * Nothing could be read, but the client wrote on the handout: it came back flattened, or with
     * marks drawn with a pen only ({@link org.circuitpress.model.BlockLog#unread}).
     */
    UNREADABLE,
    /** The log and handout are still exactly as the run wrote them: nothing was sent back. */
    UNTOUCHED,
    /** No log could be read: none in the folder, one that could not be read, or one not the client's. */
    MISSING
  }

  /**
   * The count of a client given {@code program}, continuing from {@code prior} when there was a last
   * block. A last block of a program the client has left is no log to look for, not a missing one.
   */
  static LogCount of(Optional<History.Prior> prior, Program program) {
    if (program == null || prior.isEmpty() || prior.get().otherProgram()) return NONE;
    Optional<History.Found> found = prior.get().found();
    if (found.isEmpty()) return new LogCount(Returned.MISSING, DrillCounts.NONE);
    if (found.get().untouched()) return new LogCount(Returned.UNTOUCHED, DrillCounts.NONE);
    if (found.get().log().isEmpty()) {
      return new LogCount(found.get().log().unread() != null ? Returned.UNREADABLE : Returned.BLANK, DrillCounts.NONE);
    }
    return new LogCount(Returned.FILLED, program.decided());
  }
}
