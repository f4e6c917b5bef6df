package org.circuitpress.plan;

import java.util.HashSet;
import java.util.Set;

/**
 * The drills a block already holds, as a substitute sees them: those in the circuit {@code now}
 * (chosen, named or claimed by another slot) and those it will hold {@code ahead}, the harder
 * variants a slot's progression moves into in a later week. A substitute takes neither where a
 * drill as good is free; when it must repeat one, a drill only ahead is the lesser repeat.
 */
final class Taken {
  private final Set<String> now;
  private final Set<String> ahead;

  Taken() {
    this(new HashSet<>(), new HashSet<>());
  }

  private Taken(Set<String> now, Set<String> ahead) {
    this.now = now;
    this.ahead = ahead;
  }

  void now(String id) {
    now.add(id);
  }

  void ahead(String id) {
    ahead.add(id);
  }

  /** In neither set. */
  boolean free(String id) {
    return !now.contains(id) && !ahead.contains(id);
  }

  boolean inCircuit(String id) {
    return now.contains(id);
  }

  /** A copy, with {@code more} also in the circuit and {@code own} in neither set. */
  Taken with(Set<String> more, Set<String> own) {
    Set<String> n = new HashSet<>(now);
    n.addAll(more);
    n.removeAll(own);
    Set<String> a = new HashSet<>(ahead);
    a.removeAll(own);
    return new Taken(n, a);
  }
}
