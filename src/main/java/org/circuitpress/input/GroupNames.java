package org.circuitpress.input;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.circuitpress.model.Group;

/**
 * The roster's gyms and trainers, each under one spelling: {@code Riverside}, {@code riverside} and
 * {@code RIVERSIDE} typed on different rows are one gym, as {@code Sam Lee} and {@code Sam  Lee}
 * (two spaces) are one trainer ({@code Riverside} and {@code River side} stay two), each shown as
 * the roster first spells it, since a summary filtered by gym would otherwise split its clients in
 * two. A row that spells one another way gets a warning naming both spellings, once for each other
 * spelling.
 *
 * <p>A roster of thousands of rows has a handful of gyms and trainers: a spelling met before costs
 * one look-up, and only a new one is compared.
 */
final class GroupNames {
  private final Spellings gyms = new Spellings("gym");
  private final Spellings trainers = new Spellings("trainer");

  /** The row's gym and trainer, each under the spelling the roster met first. */
  Group of(Fields f) {
    String gym = gyms.read(f);
    String trainer = trainers.read(f);
    return gym.isEmpty() && trainer.isEmpty() ? Group.NONE : new Group(gym, trainer);
  }

  /** The spellings of one column. */
  private static final class Spellings {
    private final String column;
    /** Each spelling met, as typed, to the one it is read as. */
    private final Map<String, String> readAs = new HashMap<>();
    /** The first spelling of each name ({@link #key}) and the row it is on. */
    private final Map<String, First> first = new HashMap<>();

    private record First(String spelling, int row) {}

    Spellings(String column) {
      this.column = column;
    }

    String read(Fields f) {
      String typed = f.shown(column);
      if (typed.isEmpty()) return typed;
      String known = readAs.get(typed);
      if (known != null) return known;
      First met = first.putIfAbsent(key(typed), new First(typed, f.at(column).row()));
      String as = met == null ? typed : met.spelling();
      readAs.put(typed, as);
      if (met != null) {
        f.warning(column, "the " + column + " " + Fields.quote(typed) + " is read as " + Fields.quote(as)
            + ", as row " + met.row() + " spells it, so that the summary counts them as one " + column
            + "; spell it the same way on every row to be sure");
      }
      return as;
    }
  }

  /** A name as compared: in small letters, with each run of spaces as one space. */
  static String key(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) sb.append(' ');
      space = false;
      sb.append(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
