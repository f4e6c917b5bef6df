package org.circuitpress.model;

import java.util.Collection;

/**
 * A block's drills counted by what the last block's filled log decided for each: one step further
 * than the template plans, on as it plans, held where the last block started (too little of it
 * was done), or eased back (for a note of pain, for hard effort, or because lighter loads were
 * logged). A drill new to the client, or a block without a filled log, counts nowhere.
 */
public record DrillCounts(
    int progressed, int asPlanned, int held, int easedForPain, int easedForEffort, int easedForLoad) {
  /** No drill decided by a log: a first block, or a log that was blank, missing or not used. */
  public static final DrillCounts NONE = new DrillCounts(0, 0, 0, 0, 0, 0);

  public DrillCounts {
    if (progressed < 0 || asPlanned < 0 || held < 0 || easedForPain < 0 || easedForEffort < 0 || easedForLoad < 0) {
      throw new IllegalArgumentException("a count of drills is never negative");
    }
  }

  /** What a log decided for one drill. */
  public enum Decision {
    PROGRESSED,
    AS_PLANNED,
    HELD,
    EASED_FOR_PAIN,
    EASED_FOR_EFFORT,
    EASED_FOR_LOAD
  }

  public static DrillCounts of(Collection<Decision> decisions) {
    int[] n = new int[Decision.values().length];
    decisions.forEach(x -> n[x.ordinal()]++);
    return new DrillCounts(n[0], n[1], n[2], n[3], n[4], n[5]);
  }

  public int eased() {
    return easedForPain + easedForEffort + easedForLoad;
  }

  public DrillCounts plus(DrillCounts o) {
    return new DrillCounts(progressed + o.progressed, asPlanned + o.asPlanned, held + o.held,
        easedForPain + o.easedForPain, easedForEffort + o.easedForEffort, easedForLoad + o.easedForLoad);
  }

  public boolean isEmpty() {
    return equals(NONE);
  }
}
