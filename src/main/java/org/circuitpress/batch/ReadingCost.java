package org.circuitpress.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.circuitpress.input.RosterReader;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Names;
import org.circuitpress.model.Program;

/**
 * What a limitation read as the library's contraindications by a related word ("hip flexor tight"
 * as "hip") cost each client: the drills of their program it left out. The roster's warning at the
 * cell is made before any client is planned; once the run has planned them, it names those drills,
 * so that the trainer sees what the reading took and can undo it. The warning stays one per cell,
 * and a roster-wide word stays counted in one line as before: each client's own copy names their
 * own drills.
 */
final class ReadingCost {
  /** By client id (as {@link Names#id}), each limitation as typed with the drills it left out. */
  private final Map<String, Map<String, List<String>>> byClient = new ConcurrentHashMap<>();

  /**
   * Works out what each limitation of {@code c} read by a related word left out of {@code made}:
   * the drills of the program {@code without} plans for the client without that reading, which
   * {@code made} does not give.
   */
  void note(Client c, Program made, Function<Client, Optional<Program>> without) {
    Map<String, List<String>> cost = new LinkedHashMap<>();
    c.readAs().forEach((typed, alone) -> {
      if (alone.isEmpty()) return;
      Optional<Program> other;
      try {
        other = without.apply(c.without(typed));
      } catch (RuntimeException e) {
        // only the warning's list of drills depends on it: the client's own program is made
        return;
      }
      other.ifPresent(p -> {
        List<String> gone = leftOut(made, p);
        if (!gone.isEmpty()) cost.put(typed, gone);
      });
    });
    if (!cost.isEmpty()) byClient.put(Names.id(c.id()), cost);
  }

  /** The drills of {@code other}, as the handout names them in circuit order, that {@code made} does not give. */
  static List<String> leftOut(Program made, Program other) {
    Set<String> given = new LinkedHashSet<>();
    made.weeks().forEach(w -> w.circuit().forEach(x -> given.add(x.exercise().id())));
    Set<String> ids = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    other.weeks().forEach(w -> w.circuit().forEach(x -> {
      if (!given.contains(x.exercise().id()) && ids.add(x.exercise().id())) names.add(x.exercise().name());
    }));
    return names;
  }

  /** The roster's warnings in {@code d} on the limitations of the clients planned, with the drills each left out. */
  void say(Diagnostics d) {
    if (byClient.isEmpty()) return;
    for (Diagnostic x : d.all()) {
      if (x.clientId() == null) continue;
      Map<String, List<String>> cost = byClient.get(Names.id(x.clientId()));
      if (cost == null) continue;
      cost.forEach((typed, drills) -> {
        if (!x.message().startsWith(RosterReader.readAsStart(typed))) return;
        d.replace(List.of(x), new Diagnostic(x.severity(), x.location(), RosterReader.withLeftOut(x.message(), drills),
            x.clientId(), x.grouping()));
      });
    }
  }

  /**
   * The input problems of a merge of {@code shards}: the first shard's, as every shard read the same
   * inputs, but with each warning {@link #say} amended as the shard of its client said it, since
   * only that shard planned the client and knows what the reading left out.
   */
  static List<Diagnostic> asTheirShardsSaid(List<ShardFile.Content> shards) {
    Map<String, ShardFile.Content> shardOf = new HashMap<>();
    // by the shard itself: a shard's content is compared by identity, never by its thousands of lines
    shards.forEach(c -> c.results().forEach(r -> shardOf.put(Names.id(r.outcome().clientId()), c)));
    Map<ShardFile.Content, Map<String, Diagnostic>> said = new IdentityHashMap<>();
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic x : shards.get(0).inputProblems()) {
      ShardFile.Content own = x.clientId() == null ? null : shardOf.get(Names.id(x.clientId()));
      String key = key(x);
      if (own == null || key == null) {
        out.add(x);
        continue;
      }
      Map<String, Diagnostic> ofOwn = said.computeIfAbsent(own, c -> {
        Map<String, Diagnostic> m = new HashMap<>();
        c.inputProblems().forEach(y -> {
          if (key(y) != null) m.putIfAbsent(key(y), y);
        });
        return m;
      });
      out.add(ofOwn.getOrDefault(key, x));
    }
    return out;
  }

  /** What tells a client's warning that a limitation is read by a related word from the others, or null for another problem. */
  private static String key(Diagnostic x) {
    int at = x.message().indexOf(READ_AS);
    if (x.clientId() == null || !x.message().startsWith(LIMITATION) || at < 0) return null;
    return x.location() + "\n" + Names.id(x.clientId()) + "\n" + x.grouping() + "\n" + x.message().substring(0, at);
  }

  private static final String LIMITATION = "the limitation ";
  private static final String READ_AS = " is read as ";
}
