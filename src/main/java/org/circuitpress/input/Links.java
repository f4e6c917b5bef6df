package org.circuitpress.input;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.circuitpress.model.Words;

/**
 * Checks a library's easier/harder links: unknown ids and cycles are reported at the cell that
 * declares the link, and that link is dropped, so a planner walking "easier" links always ends.
 */
final class Links {
  private Links() {}

  /** A declared link seen as "to is easier than from". */
  private record Edge(String from, String to, String declaredBy, String column, String target) {}

  /**
   * @param skipped ids of rows skipped for their own errors: a link to one is dropped with a
   *     warning only, the row's error already says what to fix
   * @param linkTexts each drill's easier and harder cells as typed, by {@link #key}
   */
  static Map<String, Exercise> check(
      Map<String, Exercise> byId,
      Set<String> skipped,
      Map<String, Location> linkCells,
      Map<String, String> linkTexts,
      Diagnostics d) {
    Known known = Known.of(byId, skipped);
    Map<String, List<String>> easier = new LinkedHashMap<>();
    Map<String, List<String>> harder = new LinkedHashMap<>();
    for (Exercise e : byId.values()) {
      easier.put(e.id(), resolve(e, "easier", linkTexts, known, linkCells, d));
      harder.put(e.id(), resolve(e, "harder", linkTexts, known, linkCells, d));
    }
    Map<String, List<Edge>> graph = new LinkedHashMap<>();
    for (String id : byId.keySet()) graph.put(id, new ArrayList<>());
    for (String id : byId.keySet()) {
      for (String e : easier.get(id)) graph.get(id).add(new Edge(id, e, id, "easier", e));
      for (String h : harder.get(id)) graph.get(h).add(new Edge(h, id, id, "harder", h));
    }
    List<Edge> dropped = new ArrayList<>(againstLevels(graph, byId, linkCells, d));
    dropped.addAll(backEdges(graph, linkCells, d));
    for (Edge drop : dropped) {
      (drop.column().equals("easier") ? easier : harder)
          .get(drop.declaredBy())
          .remove(drop.target());
    }
    Map<String, Exercise> out = new LinkedHashMap<>();
    for (Exercise e : byId.values()) {
      List<String> ez = easier.get(e.id());
      List<String> hz = harder.get(e.id());
      for (String h : hz) if (byId.get(h).level().compareTo(e.level()) < 0) againstLevel(e, byId.get(h), "harder", linkCells, d);
      for (String z : ez) if (byId.get(z).level().compareTo(e.level()) > 0) againstLevel(e, byId.get(z), "easier", linkCells, d);
      out.put(e.id(), ez.equals(e.easier()) && hz.equals(e.harder()) ? e : with(e, ez, hz));
    }
    return out;
  }

  /**
   * What a link may name: the drills by id, by id as a tag ({@link Names#tag}), by name ignoring
   * case and spaces (ids in file order; several when drills share a name), and the ids of rows
   * skipped for their own errors, as tags.
   */
  private record Known(
      Map<String, Exercise> byId,
      Map<String, String> canonical,
      Map<String, List<String>> byName,
      Set<String> skippedTags) {
    static Known of(Map<String, Exercise> byId, Set<String> skipped) {
      Map<String, String> canonical = new HashMap<>();
      Map<String, List<String>> byName = new HashMap<>();
      for (Exercise e : byId.values()) {
        canonical.putIfAbsent(Names.tag(e.id()), e.id());
        byName.computeIfAbsent(name(e.name()), k -> new ArrayList<>()).add(e.id());
      }
      Set<String> skippedTags = new HashSet<>();
      for (String id : skipped) skippedTags.add(Names.tag(id));
      return new Known(byId, canonical, byName, skippedTags);
    }

    /** The id {@code typed} names: as typed, or as a tag; null for none. */
    String id(String typed) {
      return byId.containsKey(typed) ? typed : canonical.get(Names.tag(typed));
    }

    /** A drill's name as a link may write it: case and spaces ignored. */
    static String name(String text) {
      return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
          .toLowerCase(Locale.ROOT)
          .replaceAll("\\s+", "");
    }
  }

  private static List<String> resolve(
      Exercise e,
      String column,
      Map<String, String> linkTexts,
      Known known,
      Map<String, Location> linkCells,
      Diagnostics d) {
    Map<String, Exercise> byId = known.byId();
    Set<String> out = new LinkedHashSet<>();
    // "b; c, d" is three ids, as "b, c, d" is; an id that holds a comma stays one
    Fields.ListItems read = Fields.listItems(linkTexts.getOrDefault(key(e.id(), column), ""),
        t -> known.id(t) != null || known.byName().containsKey(Known.name(t)));
    if (!read.split().isEmpty()) {
      d.warning(cell(e, column, linkCells), Fields.readAs(read.split(), "exercise id", "exercise ids"));
    }
    read.unsure().forEach((id, parts) -> d.warning(cell(e, column, linkCells), Fields.quote(id)
        + " is read as one exercise id, though "
        + String.join(" and ", parts.stream().map(Fields::quote).toList())
        + " are exercise ids too; if you mean them, separate them with \";\""));
    for (String t : read.items()) {
      String id = known.id(t);
      if (id != null) {
        out.add(id);
        continue;
      }
      List<String> named = known.byName().getOrDefault(Known.name(t), List.of());
      if (named.size() == 1) {
        d.warning(cell(e, column, linkCells), "\"" + t + "\" is the name of a drill, not its id; read as \""
            + named.get(0) + "\". Write \"" + named.get(0) + "\" here, so that renaming the drill keeps the link");
        out.add(named.get(0));
        continue;
      }
      if (known.skippedTags().contains(Names.tag(t))) {
        d.warning(
            cell(e, column, linkCells),
            "the exercise \""
                + t
                + "\" was skipped for errors in its row, so this link is dropped");
        continue;
      }
      Optional<String> near = Suggest.closest(t, byId.keySet(), Names::tag);
      String hint = near.map(s -> "; did you mean \"" + s + "\"?").orElse("");
      d.error(
          cell(e, column, linkCells),
          "unknown exercise id \"" + t + "\"" + names(t, named, near, byId) + " (the link is dropped)" + hint);
    }
    return new ArrayList<>(out);
  }

  /**
   * The drills whose names {@code typed} is, or is close to, when it names no drill by id: the
   * drills that share the name ({@code same}), else the names near it as {@link Suggest#closest}
   * counts near (at most three, nearest first), each with the id to write; empty for none, or when
   * it is only the drill whose id is already suggested ({@code hinted}).
   */
  private static String names(
      String typed, List<String> same, Optional<String> hinted, Map<String, Exercise> byId) {
    List<String> ids = same;
    if (ids.isEmpty()) {
      String t = Known.name(typed);
      int allowed = Math.min(3, Math.max(1, t.length() / 3));
      ids = byId.values().stream()
          .filter(x -> Suggest.distance(t, Known.name(x.name())) <= allowed)
          .sorted(Comparator.comparingInt(x -> Suggest.distance(t, Known.name(x.name()))))
          .limit(3)
          .map(Exercise::id)
          .toList();
    }
    // the id already suggested needs no second mention
    if (ids.isEmpty() || hinted.isPresent() && ids.equals(List.of(hinted.get()))) return "";
    List<String> said = ids.stream().map(id -> "\"" + byId.get(id).name() + "\" (id " + id + ")").toList();
    String list = Words.and(said);
    return same.isEmpty()
        ? "; it is close to the name" + (ids.size() == 1 ? " " : "s ") + list + ": write the id of the drill you mean"
        : "; " + ids.size() + " drills have that name, " + list + ": write the id of the one you mean";
  }

  /**
   * The links of a cycle that go against the drills' own levels (an advanced drill listed as
   * easier than a beginner one): the likeliest mistake of the cycle, so they are dropped first, and
   * taken out of {@code graph}. A link against the levels that closes no cycle stays: the level
   * column may be the rougher of the two.
   */
  private static List<Edge> againstLevels(
      Map<String, List<Edge>> graph, Map<String, Exercise> byId, Map<String, Location> linkCells, Diagnostics d) {
    List<Edge> dropped = new ArrayList<>();
    for (List<Edge> out : graph.values()) {
      for (Iterator<Edge> it = out.iterator(); it.hasNext(); ) {
        Edge e = it.next();
        Exercise from = byId.get(e.from());
        Exercise to = byId.get(e.to());
        if (from.level().compareTo(to.level()) >= 0 || !reaches(graph, e.to(), e.from())) continue;
        it.remove();
        dropped.add(e);
        boolean easier = e.column().equals("easier");
        Exercise other = byId.get(e.target());
        Exercise declaring = byId.get(e.declaredBy());
        d.error(cell(e.declaredBy(), e.column(), linkCells), "\"" + e.declaredBy() + "\" lists \"" + e.target()
            + "\" as " + e.column() + ", but \"" + e.target() + "\" is " + article(other) + " drill and \""
            + e.declaredBy() + "\" " + article(declaring) + " one, and the link closes a cycle of easier/harder"
            + " links; it is dropped (is \"" + e.target() + "\" meant to be " + (easier ? "harder" : "easier")
            + "?)");
      }
    }
    return dropped;
  }

  /**
   * A link kept though it goes against the drills' levels (a beginner drill as an intermediate
   * one's harder variant): a harder rule or level variants would then give clients the other way
   * round, so it is said at the cell; which of the link and the levels is wrong is the trainer's call.
   */
  private static void againstLevel(
      Exercise e, Exercise other, String column, Map<String, Location> linkCells, Diagnostics d) {
    d.warning(cell(e, column, linkCells), "\"" + e.id() + "\" lists \"" + other.id() + "\" as " + column + ", but \""
        + other.id() + "\" is " + article(other) + " drill and \"" + e.id() + "\" " + article(e) + " one, so a "
        + (column.equals("harder") ? "harder rule or an advanced client's level variant gives an easier drill"
            : "beginner's level variant gives a harder drill")
        + "; correct the link or the levels");
  }

  private static String article(Exercise e) {
    String level = e.level().name().toLowerCase(Locale.ROOT);
    return (level.startsWith("a") || level.startsWith("i") ? "an " : "a ") + level;
  }

  /** Whether {@code to} can be reached from {@code from} along the graph's links. */
  private static boolean reaches(Map<String, List<Edge>> graph, String from, String to) {
    Deque<String> todo = new ArrayDeque<>(List.of(from));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (n.equals(to)) return true;
      if (!seen.add(n)) continue;
      for (Edge e : graph.get(n)) todo.push(e.to());
    }
    return false;
  }

  /** Depth-first search in file order; every edge closing a cycle is reported and returned. */
  private static List<Edge> backEdges(
      Map<String, List<Edge>> graph, Map<String, Location> linkCells, Diagnostics d) {
    Map<String, Integer> state = new HashMap<>(); // absent: unseen, 1: on the path, 2: done
    List<Edge> dropped = new ArrayList<>();
    for (String start : graph.keySet()) {
      if (state.containsKey(start)) continue;
      Deque<int[]> next = new ArrayDeque<>();
      List<String> path = new ArrayList<>();
      Set<String> onPath = new HashSet<>();
      path.add(start);
      onPath.add(start);
      state.put(start, 1);
      next.push(new int[] {0});
      while (!path.isEmpty()) {
        String node = path.get(path.size() - 1);
        List<Edge> out = graph.get(node);
        int[] i = next.peek();
        if (i[0] >= out.size()) {
          state.put(node, 2);
          onPath.remove(node);
          path.remove(path.size() - 1);
          next.pop();
          continue;
        }
        Edge e = out.get(i[0]++);
        Integer s = state.get(e.to());
        if (s == null) {
          state.put(e.to(), 1);
          path.add(e.to());
          onPath.add(e.to());
          next.push(new int[] {0});
        } else if (s == 1) {
          List<String> cycle = new ArrayList<>(path.subList(path.indexOf(e.to()), path.size()));
          cycle.add(e.to());
          d.error(cell(e.declaredBy(), e.column(), linkCells), describe(cycle, e));
          dropped.add(e);
        }
      }
    }
    return dropped;
  }

  private static String describe(List<String> cycle, Edge e) {
    if (cycle.size() == 2) {
      return "\"" + e.declaredBy() + "\" lists itself as " + e.column() + " (the link is dropped)";
    }
    return "the easier/harder links form a cycle: "
        + String.join(" -> ", cycle)
        + " (each arrow points to an easier drill); the link to \""
        + e.target()
        + "\" is dropped";
  }

  private static Location cell(Exercise e, String column, Map<String, Location> linkCells) {
    return cell(e.id(), column, linkCells);
  }

  /** The cell that declares an exercise's links; the reader records one for every row. */
  private static Location cell(String id, String column, Map<String, Location> linkCells) {
    return linkCells.get(key(id, column));
  }

  static String key(String id, String column) {
    return id + "\n" + column;
  }

  private static Exercise with(Exercise e, List<String> easier, List<String> harder) {
    return new Exercise(
        e.id(),
        e.name(),
        e.role(),
        e.tags(),
        e.equipment(),
        e.level(),
        e.dose(),
        e.perSide(),
        e.eachHand(),
        e.tempo(),
        e.cues(),
        e.contraindications(),
        easier,
        harder,
        e.videoUrl(),
        e.image(),
        e.where(),
        e.imageAt(),
        e.nameAt(),
        e.cuesAt());
  }
}
