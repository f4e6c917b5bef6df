package org.circuitpress.batch;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which runs of one month may write into its folder at the same time, by the labels of their
 * locks ({@link RunLock}; null is the whole roster, {@link #MERGE} is {@code merge-summaries}).
 *
 * <p>Two runs of one kind share a lock, so the second is refused by the lock itself. Of two
 * different kinds, these clash:
 * <ul>
 *   <li>the whole roster and a shard: the whole roster writes every client's files, the shard's
 *       among them, so the two would write the same handouts, logs and block records at once;
 *   <li>shards of different splits (2 of 4 beside 1 of 3): their clients overlap, for the same
 *       reason, and the merge would refuse their summaries anyway;
 *   <li>the whole roster and a merge: both write the month's summary.xlsx and report.txt;
 *   <li>a merge beside a shard that is still running: the shard's summary-shard-K-of-N.csv is not
 *       complete until it ends. (A shard may start while a merge runs: the merge reads the files
 *       whole, and the shard's last line says to merge again when it has ended.)
 * </ul>
 * Shards of one split write different clients and files, and run together on purpose. A run of
 * {@code --clients} clashes with nothing but another of its label: it is how a trainer gives one
 * client a new program on the spot while a long run is at work (that run warns what the other
 * will do; see {@link Run}).
 */
final class Overlap {
  /** The label of the lock a merge of the shard summaries takes. */
  static final String MERGE = "merge";

  private static final Pattern SHARD = Pattern.compile("shard-([0-9]{1,9})-of-([0-9]{1,9})");

  private Overlap() {}

  /**
   * Why a run labelled {@code mine} must not go on while one labelled {@code theirs} is at work,
   * said to the trainer after who holds that lock; null when the two may run at once.
   */
  static String clash(String mine, String theirs) {
    if (isClients(mine) || isClients(theirs)) return null;
    int mySplit = split(mine);
    int theirSplit = split(theirs);
    boolean myWhole = mine == null;
    boolean theirWhole = theirs == null;
    if (myWhole && theirSplit > 0) {
      return "A run of the whole roster writes every client's files, those of that shard too, so the two must not run"
          + " at once";
    }
    if (mySplit > 0 && theirWhole) {
      return "It writes every client's files, those of this shard too, so the two must not run at once";
    }
    if (mySplit > 0 && theirSplit > 0 && mySplit != theirSplit) {
      return "Shards of a split into " + theirSplit + " and of one into " + mySplit + " share clients and would write"
          + " the same files, so run the shards of one split at a time";
    }
    if (MERGE.equals(mine) && theirWhole) {
      return "It writes the month's summary.xlsx and report.txt, which a merge writes too";
    }
    if (myWhole && MERGE.equals(theirs)) {
      return "It writes the month's summary.xlsx and report.txt, which this run writes too";
    }
    if (MERGE.equals(mine) && theirSplit > 0) {
      return "Its " + Run.summaryName(theirs, "csv") + " is not complete until it ends, so a merge now would leave out"
          + " what it does";
    }
    return null;
  }

  /**
   * What refuses a run labelled {@code mine} in {@code monthFolder}: the first run at work there
   * that clashes with it ({@link #clash}), who it is as its lock file says, and why the two must
   * not run at once; empty when there is none. Asked with the run's own lock held.
   */
  static Optional<String> refusal(Path monthFolder, String mine) {
    return RunLock.held(monthFolder, theirs -> clash(mine, theirs) != null).stream().findFirst()
        .map(other -> "a " + runOf(other.label()) + " is writing into this folder now (" + who(other.heldBy()) + "). "
            + clash(mine, other.label()) + ": wait until it has ended, or stop it, then run this command again");
  }

  /** Who holds a lock, as its file says, or what to look for when it does not say. */
  static String who(String heldBy) {
    return heldBy.isEmpty() ? "it does not say which process it is: look for a CircuitPress command still running,"
        + " in another window or as a scheduled job" : heldBy;
  }

  /**
   * "run of the whole roster", "run of shard 2 of 4", "run of --clients", "run of --clients in
   * shard 2 of 4", "merge of the shard summaries", by the label of its lock.
   */
  static String runOf(String label) {
    if (MERGE.equals(label)) return "merge of the shard summaries";
    if (label == null) return "run of the whole roster";
    String rest = label.startsWith("clients") ? label.substring("clients".length()) : label;
    Matcher m = SHARD.matcher(rest.startsWith("-") ? rest.substring(1) : rest);
    String shard = m.matches() ? "shard " + m.group(1) + " of " + m.group(2) : null;
    if (!label.startsWith("clients")) return "run of " + (shard == null ? label : shard);
    return "run of --clients" + (shard == null ? "" : " in " + shard);
  }

  /**
   * Whether the run labelled {@code label} writes the files of any of the clients {@code ids}: a
   * run of the whole roster does, a shard when one of them is in it; a run of {@code --clients}
   * is not counted.
   */
  static boolean writesAnyOf(String label, Collection<String> ids) {
    if (label == null) return true;
    Matcher m = SHARD.matcher(label);
    if (!m.matches()) return false;
    int index = Integer.parseInt(m.group(1));
    int count = Integer.parseInt(m.group(2));
    if (count < 1 || index < 1 || index > count) return false;
    Shard shard = new Shard(index, count);
    return ids.stream().anyMatch(shard::contains);
  }

  private static boolean isClients(String label) {
    return label != null && label.startsWith("clients");
  }

  /** The number of shards of a shard's label ("shard-2-of-4": 4); 0 for any other. */
  private static int split(String label) {
    if (label == null) return 0;
    Matcher m = SHARD.matcher(label);
    return m.matches() ? Integer.parseInt(m.group(2)) : 0;
  }
}
