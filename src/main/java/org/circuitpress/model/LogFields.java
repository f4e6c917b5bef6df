package org.circuitpress.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the write-in fields of a handout, shared by the PDF writer and the log reader.
 *
 * <p>Fields are named hierarchically with dots, as PDF forms do:
 *
 * <ul>
 *   <li>{@code <client>.w<week>.s<session>.date}, {@code .rpe}, {@code .notes}: per session;
 *   <li>{@code <client>.w<week>.s<session>.r<round>.done}: the tick for a completed round;
 *   <li>{@code <client>.w<week>.s<session>.r<round>.<exercise>.amount} and {@code .load}: what
 *       was done of one drill in that round.
 * </ul>
 *
 * Dots and spaces inside a client or exercise id are written as underscores so that the parts
 * stay separable.
 */
public final class LogFields {
  private LogFields() {}

  /** The value of a round's tick box when ticked, as the handout writes it: its own name for ticked. */
  public static final String TICKED = "Yes";

  public static String part(String id) {
    StringBuilder sb = null;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      // The characters of the regular expression [.\s]: a dot and ASCII white space.
      if (c == '.' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        if (sb == null) sb = new StringBuilder(id);
        sb.setCharAt(i, '_');
      }
    }
    return sb == null ? id : sb.toString();
  }

  public static String session(String client, int week, int session, String measure) {
    return part(client) + ".w" + week + ".s" + session + "." + measure;
  }

  public static String round(String client, int week, int session, int round) {
    return part(client) + ".w" + week + ".s" + session + ".r" + round + ".done";
  }

  public static String drill(
      String client, int week, int session, int round, String exercise, String measure) {
    return part(client) + ".w" + week + ".s" + session + ".r" + round + "." + part(exercise) + "." + measure;
  }

  /**
   * The id each drill of a circuit is logged under: its exercise id, and {@code <id>_2},
   * {@code <id>_3} for later occurrences of the same drill in the circuit, so that every row of
   * a log and every field of a handout stays distinct.
   */
  public static List<String> occurrenceIds(List<String> exerciseIds) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>(exerciseIds.size());
    for (String id : exerciseIds) {
      int k = seen.merge(id, 1, Integer::sum);
      out.add(k == 1 ? id : id + "_" + k);
    }
    return out;
  }
}
