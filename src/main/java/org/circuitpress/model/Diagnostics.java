package org.circuitpress.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Collects diagnostics instead of throwing them. Safe to share between the threads of a run;
 * {@link #all()} returns them in the order they were reported.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public synchronized void add(Diagnostic d) {
    items.add(d);
  }

  public synchronized void addAll(Iterable<Diagnostic> ds) {
    for (Diagnostic d : ds) items.add(d);
  }

  public void error(Location where, String message) {
    add(Diagnostic.error(where, message));
  }

  public void warning(Location where, String message) {
    add(Diagnostic.warning(where, message));
  }

  public void info(Location where, String message) {
    add(Diagnostic.info(where, message));
  }

  /**
   * Takes out the diagnostics {@code gone} (the very ones reported, not equal ones) and puts
   * {@code instead} where the first of them was; nothing changes when none of them is here.
   */
  public void replace(Collection<Diagnostic> gone, Diagnostic instead) {
    replace(gone, List.of(instead));
  }

  /** As above, with the diagnostics {@code instead}, in their order, where the first of {@code gone} was. */
  public synchronized void replace(Collection<Diagnostic> gone, List<Diagnostic> instead) {
    Set<Diagnostic> out = Collections.newSetFromMap(new IdentityHashMap<>());
    out.addAll(gone);
    int first = -1;
    for (int i = 0; i < items.size() && first < 0; i++) if (out.contains(items.get(i))) first = i;
    if (first < 0) return;
    items.removeIf(out::contains);
    items.addAll(first, instead);
  }

  public synchronized List<Diagnostic> all() {
    return List.copyOf(items);
  }

  public synchronized int size() {
    return items.size();
  }

  public synchronized boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  public synchronized long count(Predicate<Diagnostic> which) {
    return items.stream().filter(which).count();
  }

  public synchronized long errorCount() {
    return count(Diagnostic::isError);
  }

  public synchronized long warningCount() {
    return count(d -> d.severity() == Severity.WARNING);
  }
}
