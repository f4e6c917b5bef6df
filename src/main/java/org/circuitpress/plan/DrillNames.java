package org.circuitpress.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * Which drills of the last block a client's note names, as a client writes them: the name as
 * printed in any capitals, with its words in the plural or a hyphen left out ("goblet squats",
 * "push ups", "pushups" for Incline push-up), or its last word alone where no other drill of the
 * block has that word in its name ("squat" when only Goblet squat has it), or its last words
 * where no other drill has them ("thread the needle"); where the name goes
 * on with "with", "on", "over", "off" or "to", the last word before them ("march" of Standing march
 * with a brace: a brace, a chair or a step is no drill). A last word that is a part of the body
 * names no drill ("calves" says where it hurts, not that Foam roll calves did); one that several
 * drills share, or an everyday word ({@link #EVERYDAY}), is not enough to tell: the
 * drills it might be are {@link Named#maybe}, and none is named. A part of the note that says a
 * drill went well ("squats felt fine, but ...") names nothing.
 */
final class DrillNames {
  private DrillNames() {}

  /**
   * Last words of drills that mean something else in a note as often as the drill ("two days in a
   * row", "couldn't hold it", "press on", "when I raise my arm", "pins and needles", "when breathing
   * in", "lost my balance"), or that end another drill's name as well ("calf raises" in a block with
   * Prone W raise), so they name no drill on their own; in the singular of {@link #words}.
   */
  private static final Set<String> EVERYDAY = Set.of("hold", "row", "press", "raise", "reach", "stretch",
      "breathing", "needle", "stand", "sit", "step", "balance", "lean", "rock", "pull", "walk", "stance",
      "rotation", "extension", "release", "massage");

  /**
   * Where a name goes on with what the drill is done with or on ("Standing march with a brace",
   * "Seated T-spine extension over a chair", "Single-leg calf raise off a step"): the words after
   * are a prop or a detail, so the word before them is the one a client calls the drill by.
   */
  private static final String DETAIL = "(?i)(,|\\s(with|without|on|off|over|to)\\s).*";

  /**
   * What a note names.
   *
   * @param drills the ids of the drills it names, in the order of the block
   * @param word the word that might name several drills (or an everyday one), or null
   * @param maybe the names of the drills that word might be, when it names none of them
   */
  record Named(List<String> drills, String word, List<String> maybe) {
    static final Named NONE = new Named(List.of(), null, List.of());
  }

  /**
   * The drills of {@code previous} (the last block) that {@code text} names; {@code beside}, the
   * drills of the rows it was written on, are never among those it {@link Named#maybe might be}, as
   * the note holds them already.
   */
  static Named in(String text, Program previous, Collection<String> beside) {
    if (previous == null) return Named.NONE;
    Map<String, String> names = new LinkedHashMap<>();
    for (Week w : previous.weeks()) {
      for (Prescription p : w.circuit()) names.putIfAbsent(p.exercise().id(), p.exercise().name());
    }
    return in(text, names, beside);
  }

  /** The drills of {@code names} (the last block's, id to name as printed) that {@code text} names. */
  static Named in(String text, Map<String, String> names) {
    return in(text, names, List.of());
  }

  private static Named in(String text, Map<String, String> names, Collection<String> beside) {
    String[] note = words(withoutFine(text));
    List<String> named = new ArrayList<>();
    // the longest names first, their words taken out, so that "wall slide" inside "wall slide with
    // lift-off" names only the longer drill
    List<String> byLength = new ArrayList<>(names.keySet());
    byLength.sort(Comparator.comparingInt((String id) -> -words(names.get(id)).length));
    for (String id : byLength) {
      String[] name = words(names.get(id));
      if (name.length > 0 && takeOut(note, name)) named.add(id);
    }
    for (String id : names.keySet()) {
      if (!named.contains(id) && namesByLastWords(note, id, names)) named.add(id);
    }
    String word = null;
    List<String> maybe = new ArrayList<>();
    for (String id : names.keySet()) {
      String[] name = words(names.get(id));
      // the last word as printed, hyphen and all ("push-up" of Incline push-up), before any detail
      String[] last = words(names.get(id).strip().replaceAll(DETAIL, "").replaceAll(".*\\s", ""));
      if (name.length == last.length || named.contains(id) || last.length == 0) continue;
      String said = String.join(" ", last);
      // a number (the last word of "Breathing 90/90") is a count or a score in a note, not a drill
      if (bodyPart(said) || !said.matches(".*\\p{L}.*") || at(note, last) < 0) continue;
      List<String> sharing = names.keySet().stream().filter(o -> at(words(names.get(o)), last) >= 0).toList();
      if (sharing.size() == 1 && !EVERYDAY.contains(said)) {
        named.add(id);
      } else if (maybe.isEmpty()) {
        word = said;
        sharing.stream().filter(o -> !named.contains(o) && !beside.contains(o)).map(names::get).forEach(maybe::add);
      }
    }
    if (maybe.isEmpty()) word = null;
    List<String> inOrder = names.keySet().stream().filter(named::contains).toList();
    return inOrder.isEmpty() && word == null ? Named.NONE : new Named(inOrder, word, List.copyOf(maybe));
  }

  /** Words a name's last words do not begin with: "the needle" of Quadruped thread the needle. */
  private static final Set<String> LINKS = Set.of("the", "a", "an", "and", "of");

  /**
   * Whether {@code note} holds two or more of the last words of the drill's name, before any
   * {@link #DETAIL}, that no other drill of {@code names} has ("thread the needle", "external
   * rotation", "T-spine extension"); not words that are all parts of the body ("hip flexors").
   */
  private static boolean namesByLastWords(String[] note, String id, Map<String, String> names) {
    String[] printed = names.get(id).strip().replaceAll(DETAIL, "").split("\\s+");
    for (int k = 0; k + 1 < printed.length; k++) {
      String[] tail = words(String.join(" ", Arrays.copyOfRange(printed, k, printed.length)));
      if (tail.length < 2 || LINKS.contains(tail[0]) || Arrays.stream(tail).allMatch(DrillNames::bodyPart)) continue;
      if (at(note, tail) >= 0 && names.values().stream().filter(o -> at(words(o), tail) >= 0).count() == 1) return true;
    }
    return false;
  }

  /** Words that say a drill went well: "squats felt fine", "windmill was ok". */
  private static final Set<String> FINE = Set.of("fine", "ok", "okay", "good", "great", "easy", "better");

  /**
   * {@code text} without its parts ({@link PainWords#PARTS}) that say something went well and
   * report no pain: in "T-spine extension felt fine but shoulder hurt" the drill is not what hurt.
   */
  private static String withoutFine(String text) {
    StringBuilder out = new StringBuilder();
    for (String part : PainWords.PARTS.split(text.toLowerCase(Locale.ROOT))) {
      if (!saysFine(words(part)) || PainWords.reportsPain(part)) out.append(part).append(' ');
    }
    return out.toString();
  }

  /** Whether words say something went well, and not that it did not ("not good"). */
  private static boolean saysFine(String[] part) {
    for (int i = 0; i < part.length; i++) {
      if (FINE.contains(part[i]) && (i == 0 || !PainWords.NOT.contains(part[i - 1]))) return true;
    }
    return false;
  }

  /** Parts of the body {@link PainWords} has no need of, as a drill's name ends with them. */
  private static final Set<String> MORE_PARTS = Set.of("flexor", "extensor", "rhomboid", "abductor", "chest",
      "spine", "tspine", "thoracic", "cuff", "gluteal", "ab", "core", "arch");

  /** A part of the body, or the muscles that move it ("hip flexors"), in the singular of {@link #words}. */
  private static boolean bodyPart(String w) {
    return PainWords.bodyPart(w) || PainWords.bodyPart(w + "s") || MORE_PARTS.contains(w);
  }

  /**
   * Whether {@code name}'s words stand together in {@code note}, or all run together as one word
   * ("pushup" for "push up"); where they do, they are blanked out of {@code note}.
   */
  private static boolean takeOut(String[] note, String[] name) {
    int i = at(note, name);
    if (i < 0) return false;
    Arrays.fill(note, i, i + (note[i].equals(name[0]) ? name.length : 1), "");
    return true;
  }

  /** Where {@code name}'s words begin in {@code words}, together or run into one word; -1 where they do not. */
  private static int at(String[] words, String[] name) {
    String joined = String.join("", name);
    for (int i = 0; i < words.length; i++) {
      if (name.length > 1 && words[i].equals(joined)) return i;
      if (i + name.length > words.length) continue;
      boolean all = true;
      for (int k = 0; k < name.length && all; k++) all = words[i + k].equals(name[k]);
      if (all) return i;
    }
    return -1;
  }

  /**
   * The words of a note or a name in small letters, without apostrophes, split at anything else
   * that is not a letter or a digit (a hyphen, a slash), each without a plural's {@code s} or
   * {@code es}: "Child's pose", "squats", "push-ups", "presses" are "childs pose", "squat", "push
   * up", "press".
   */
  static String[] words(String text) {
    String[] ws = text.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").split("[^\\p{L}\\p{N}]+");
    return Arrays.stream(ws).filter(w -> !w.isEmpty()).map(DrillNames::singular).toArray(String[]::new);
  }

  private static String singular(String w) {
    if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 2 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
    return w;
  }
}
