package org.circuitpress.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The equipment a drill needs: every one of its groups, each met by any one of the group's names.
 * {@code bench; dumbbell or kettlebell} is two groups, {@code [bench]} and {@code [dumbbell,
 * kettlebell]}: a client needs a bench, and a dumbbell or a kettlebell.
 *
 * <p>Within a group the names keep the order the library lists them in (the first listed is the
 * one preferred when a client has several); the groups themselves are sorted, so that the same
 * needs written in another order are equal and are always looked at in the same order. A group
 * that holds every name of another group is dropped: whoever meets the other meets it too.
 *
 * @param groups each a non-empty list of normalized names, without repeats
 */
public record Needs(List<List<String>> groups) {
  /** A drill done with the body alone. */
  public static final Needs NONE = new Needs(List.of());

  private static final Comparator<List<String>> ORDER =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int c = a.get(i).compareTo(b.get(i));
          if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
      };

  public Needs {
    List<List<String>> kept = new ArrayList<>();
    for (List<String> g : groups) {
      Set<String> names = new LinkedHashSet<>(g);
      names.remove("");
      if (names.isEmpty() || kept.stream().anyMatch(names::containsAll)) continue;
      kept.removeIf(o -> o.containsAll(names));
      kept.add(List.copyOf(names));
    }
    kept.sort(ORDER);
    groups = List.copyOf(kept);
  }

  /** Each name a group of its own: a drill that needs every one of them. */
  public static Needs all(Collection<String> names) {
    return new Needs(names.stream().map(List::of).toList());
  }

  /** True when the drill needs nothing. */
  public boolean isEmpty() {
    return groups.isEmpty();
  }

  /** Every name the drill can use, each once, group by group. */
  public Set<String> names() {
    Set<String> out = new LinkedHashSet<>();
    for (List<String> g : groups) out.addAll(g);
    return out;
  }

  /** True when {@code has} (a client's kit by name) holds at least one name of every group. */
  public boolean metBy(Map<String, ?> has) {
    for (int g = 0; g < groups.size(); g++) if (!met(groups.get(g), has)) return false;
    return true;
  }

  /** The groups of which {@code has} holds no name: what a client still lacks. */
  public Needs unmetBy(Map<String, ?> has) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> g : groups) if (!met(g, has)) out.add(g);
    return out.size() == groups.size() ? this : new Needs(out);
  }

  private static boolean met(List<String> group, Map<String, ?> has) {
    for (int i = 0; i < group.size(); i++) if (has.containsKey(group.get(i))) return true;
    return false;
  }
}
