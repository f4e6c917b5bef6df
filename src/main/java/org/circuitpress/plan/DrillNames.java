package org.circuitpress.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * Which drills of the last block a client's note names, as a client writes them: the name as
 * printed in any capitals, with its words in the plural or a hyphen left out ("goblet squats",
 * "push ups", "pushups" for Incline push-up), its last words where no other drill of the block has
 * them ("overhead press", "thread the needle"), or its last word alone where no other drill of the
 * block has that word ("squats" when only Goblet squat has it, "clamshells" of Clamshell); where
 * the name goes on with a detail ("with", "on", "over", "off" or "to", a comma, a bracket or a
 * dash), its last words before it ("march" of Standing march with a brace: a brace, a chair or a
 * step is no drill).
 *
 * <p>A drill named by one word is {@link Named#byWord() held by that word}, so that the warning can
 * say which word it was: a note of pain holds a drill when in doubt, as a hold only pauses the
 * drill for a block and the warning shows it, while a missed one puts more load on a movement that
 * hurt. Words several drills share ("press" of Floor lat press and Band overhead press), a word a
 * note says as often about daily life ({@link #EVERYDAY}: "two days in a row", "when I raise my
 * arm") and a name's two hyphenated words written apart, alone and in the singular, where they
 * read as a verb ("step up" for Step-up, "get up" for Turkish get-up; not "cat cow") are {@link
 * Named#unclear}: the warning quotes them as the client wrote them and names the drills they might
 * mean; so is a name's {@link #firstWord first word} alone ("copenhagens" of Copenhagen plank),
 * which never holds. Words that are all parts of the body ("calves" of Foam roll calves) or a
 * number name nothing, and a part of the note that says a drill went well or did not hurt
 * ("squats felt fine, but ...", "squats didn't hurt, but ...", "knee hurt on lunges, not on
 * squats") names nothing.
 */
final class DrillNames {
  private DrillNames() {}

  /**
   * Where a name goes on with what the drill is done with or on ("Standing march with a brace",
   * "Seated T-spine extension over a chair", "Overhead press (band)", "Side plank - knees"): the
   * words after are a prop or a detail, so the words before them are the ones a client calls the
   * drill by.
   */
  private static final String DETAIL = "(?i)(,|\\s*\\(|\\s[-\u2013\u2014]\\s|\\s(with|without|on|off|over|to)\\s).*";

  /**
   * Last words of drills that a note of pain says alone about daily life far more often than about
   * the drill: when it hurts ("when I walk", "when I stand up", "going down a step", "when
   * breathing in", "when I raise my arm", "lost my balance") or a saying ("two days in a row", "pins
   * and needles"), so they ask rather than hold; in the singular of {@link #words}. Two or more words
   * of the name ("seated band rows", "calf raises") still hold.
   */
  private static final Set<String> EVERYDAY = Set.of("walk", "stand", "sit", "step", "reach", "raise", "breathing",
      "balance", "stretch", "row", "needle");

  /**
   * Words of a note that might name drills but are not enough to tell which.
   *
   * @param said the words as the client wrote them ("open books")
   * @param maybe the names of the drills they might mean
   */
  record Unclear(String said, List<String> maybe) {}

  /**
   * What a note names.
   *
   * @param drills the ids of the drills it names, in the order of the block
   * @param unclear the words that might name drills but name none of them, in the order of the note
   * @param byWord of {@code drills}, those named by one word alone, with the word as the client
   *     wrote it ("squats"): a guess a trainer should be able to see
   */
  record Named(List<String> drills, List<Unclear> unclear, Map<String, String> byWord) {
    static final Named NONE = new Named(List.of(), List.of());

    Named(List<String> drills, List<Unclear> unclear) {
      this(drills, unclear, Map.of());
    }
  }

  /**
   * The drills of {@code previous} (the last block) that {@code text} names; {@code beside}, the
   * drills of the rows it was written on, are never among those it {@link Named#unclear might mean},
   * as the note holds them already.
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

  /**
   * How a client may call a drill: its whole name, its last words before any {@link #DETAIL}, or
   * its {@link #firstWord first word} ({@code first}), which only ever asks.
   */
  private record Calling(String id, List<Word> words, boolean whole, boolean first) {
    Calling(String id, List<Word> words, boolean whole) {
      this(id, words, whole, false);
    }
  }

  private static Named in(String text, Map<String, String> names, Collection<String> beside) {
    String note = withoutFine(text, nameWords(names));
    List<Word> said = Word.of(note);
    boolean[] used = new boolean[said.size()];
    // the longest callings first, their words used up, so that "wall slide" inside "wall slide with
    // lift-off" names only the longer drill, and "press" of "overhead press" asks about no other press
    List<Calling> callings = callings(names);
    callings.sort(Comparator.comparingInt((Calling c) -> -c.words().size()).thenComparing(c -> !c.whole())
        .thenComparing(Calling::first));
    List<String> named = new ArrayList<>();
    Map<String, String> byWord = new HashMap<>();
    Map<String, Unclear> unclear = new LinkedHashMap<>();
    Map<String, Integer> unclearAt = new HashMap<>();
    for (Calling c : callings) {
      String[] phrase = c.words().stream().map(Word::word).toArray(String[]::new);
      for (int[] at = find(said, phrase, used, 0); at != null; at = find(said, phrase, used, at[1])) {
        Arrays.fill(used, at[0], at[1], true);
        List<String> sharing = names.keySet().stream().filter(o -> at(words(names.get(o)), phrase) >= 0).toList();
        boolean apart = apart(c.words(), said.subList(at[0], at[1]));
        if (c.first()) {
          // a first word alone asks, naming every drill that has the word: never held for it
          ask(unclear, unclearAt, phrase, note, said, at, sharing);
        } else if (phrase.length > 1 && !apart && c.whole()) {
          named.add(c.id());
        } else if (phrase.length > 1 && !apart && sharing.size() == 1) {
          named.add(sharing.get(0));
        } else if (phrase.length == 1 && sharing.size() == 1 && holdsAlone(phrase[0])) {
          if (!named.contains(c.id())) {
            named.add(c.id());
            byWord.putIfAbsent(c.id(), note.substring(said.get(at[0]).from(), said.get(at[0]).to()));
          }
        } else {
          ask(unclear, unclearAt, phrase, note, said, at, sharing);
        }
      }
    }
    List<String> inOrder = names.keySet().stream().filter(named::contains).toList();
    List<Unclear> asks = new ArrayList<>();
    unclear.entrySet().stream().sorted(Comparator.comparingInt(e -> unclearAt.get(e.getKey()))).forEach(e -> {
      List<String> maybe = e.getValue().maybe().stream().filter(o -> !named.contains(o) && !beside.contains(o))
          .map(names::get).toList();
      if (!maybe.isEmpty()) asks.add(new Unclear(e.getValue().said(), maybe));
    });
    return inOrder.isEmpty() && asks.isEmpty() ? Named.NONE : new Named(inOrder, List.copyOf(asks), Map.copyOf(byWord));
  }

  /** Keeps the words at {@code at} of the note as words that might mean the drills {@code sharing}, once per phrase. */
  private static void ask(Map<String, Unclear> unclear, Map<String, Integer> unclearAt, String[] phrase, String note,
      List<Word> said, int[] at, List<String> sharing) {
    String key = String.join(" ", phrase);
    unclear.putIfAbsent(key, new Unclear(note.substring(said.get(at[0]).from(), said.get(at[1] - 1).to()), sharing));
    unclearAt.putIfAbsent(key, at[0]);
  }

  /**
   * Whether a drill's last word, which no other drill of the block has, holds it alone: not an
   * {@link #EVERYDAY} word, a part of the body (a one-word name such as "Calves") or a number.
   */
  private static boolean holdsAlone(String word) {
    return !EVERYDAY.contains(word) && !bodyPart(word) && hasLetter(word);
  }

  /**
   * Each drill's whole name, and its last words before any {@link #DETAIL}, from a word the name
   * prints apart ("push-up" of Incline push-up, never "up" alone); not those that begin with a
   * {@link #LINKS link}, are all parts of the body ("hip flexors") or hold no letter ("90/90").
   */
  private static List<Calling> callings(Map<String, String> names) {
    List<Calling> out = new ArrayList<>();
    names.forEach((id, name) -> {
      List<Word> all = Word.of(name);
      if (!all.isEmpty()) out.add(new Calling(id, all, true));
      List<Word> core = Word.of(name.strip().replaceAll(DETAIL, ""));
      for (int k = 0; k < core.size(); k++) {
        List<Word> tail = core.subList(k, core.size());
        if (tail.get(0).joined() || tail.size() == all.size() || LINKS.contains(tail.get(0).word())
            || tail.stream().allMatch(w -> bodyPart(w.word())) || tail.stream().noneMatch(w -> hasLetter(w.word()))) {
          continue;
        }
        out.add(new Calling(id, List.copyOf(tail), false));
      }
      Word first = firstWord(core);
      if (first != null) out.add(new Calling(id, List.of(first), false, true));
    });
    return out;
  }

  /**
   * The word a client may call a drill by from the front of its name ("copenhagens" of Copenhagen
   * plank, "goblets" of Kettlebell goblet squat, "romanians" of Dumbbell Romanian deadlift): its
   * first word after any {@link #KINDS} ("kettlebell", "seated"), where that is not its last word,
   * nor the first half of a hyphenated word ("push" of Push-up, "cat" of Cat-cow), a part of the
   * body ("hip" of Hip thrust), an {@link #EVERYDAY} or {@link #OTHER_SENSE} word, a word of one or two letters ("w" of
   * Prone W raise) or a number; null where there is none. Notes say such words of other things too
   * ("pain on extension", "arm went dead", "carrying the suitcase"), so it asks and never holds.
   */
  private static Word firstWord(List<Word> core) {
    int k = 0;
    while (k < core.size() && (KINDS.contains(core.get(k).word()) || k > 0 && core.get(k).joined()
        && KINDS.contains(core.get(k - 1).word()))) {
      k++;
    }
    if (k >= core.size() - 1) return null;
    Word w = core.get(k);
    boolean compound = core.get(k + 1).joined();
    boolean tiny = w.word().length() < 3; // "w" of Prone W raise, as in "hurt w/ squats"
    return compound || tiny || bodyPart(w.word()) || EVERYDAY.contains(w.word()) || OTHER_SENSE.contains(w.word())
        || !hasLetter(w.word()) ? null : w;
  }

  /**
   * First words of names that notes say far more often of something else: "dead" of Dead bug and
   * Dead hang ("arm went dead", "dead tired", and "deads", which is gym talk for deadlifts).
   */
  private static final Set<String> OTHER_SENSE = Set.of("dead");

  /**
   * First words of names that say what kind of drill it is, not which: the kit, the side, the
   * stance or the position ("Single-leg RDL", "Band pull-apart", "Seated band row", "KB swing",
   * "Wall sit", "Foam roll thoracic"); many drills begin with them, and notes say them of daily life
   * ("leaned on the wall", "lifting a box"). Alone in a note, they name nothing and ask nothing.
   */
  private static final Set<String> KINDS = Set.of("single", "double", "half", "side", "band", "banded", "wall",
      "seated", "standing", "bent", "kb", "db", "bb", "kettlebell", "dumbbell", "barbell", "cable", "machine", "trx",
      "bodyweight", "weighted", "incline", "decline", "reverse", "front", "back", "lateral", "prone", "supine",
      "lying", "kneeling", "tall", "split", "foam", "roll", "roller", "ball", "box", "bench", "floor", "step",
      "alternating", "assisted", "elevated", "overhead", "high", "low", "mini", "deep", "quadruped", "one", "two",
      "arm", "leg", "sumo", "wide", "narrow", "close", "slow", "paused", "tempo", "isometric", "eccentric", "big",
      "small", "short", "long", "open", "supported", "external", "internal", "full", "partial", "modified", "light",
      "heavy");

  /**
   * Whether the client wrote two hyphenated words of a name, a verb and the {@link #PARTICLES word
   * that goes with it}, apart, alone and in the singular ("step up" for Step-up, "get up" for
   * Turkish get-up, "rock back" for Adductor rock-back): a verb as often as the drill. "Step ups",
   * "step-up" and "stepups" are the drill, and so are more words of the name ("turkish get up")
   * and hyphenated words that are no verb ("cat cow", "t spine extension", "single leg rdl").
   */
  private static boolean apart(List<Word> name, List<Word> note) {
    return note.size() == 2 && name.get(1).joined() && !note.get(1).joined() && PARTICLES.contains(name.get(1).word())
        && !note.get(1).plural();
  }

  /** Words that make a verb of the word before them, as the second word of a hyphenated name ("step-up"). */
  private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "over", "in", "on", "back",
      "through", "apart", "away", "around");

  /**
   * Where {@code phrase} stands in {@code said} from {@code from} on, in words not yet {@code used},
   * together or run into one word ("pushups"): its first word and the one after its last; null where
   * it does not.
   */
  private static int[] find(List<Word> said, String[] phrase, boolean[] used, int from) {
    String joined = String.join("", phrase);
    for (int i = from; i < said.size(); i++) {
      if (phrase.length > 1 && !used[i] && said.get(i).word().equals(joined)) return new int[] {i, i + 1};
      if (i + phrase.length > said.size()) continue;
      boolean all = true;
      for (int k = 0; k < phrase.length && all; k++) all = !used[i + k] && said.get(i + k).word().equals(phrase[k]);
      if (all) return new int[] {i, i + phrase.length};
    }
    return null;
  }

  /** Words a name's last words do not begin with: "the needle" of Quadruped thread the needle. */
  private static final Set<String> LINKS = Set.of("the", "a", "an", "and", "of");

  /** Words that say a drill went well: "squats felt fine", "windmill was ok". */
  private static final Set<String> FINE = Set.of("fine", "ok", "okay", "alright", "good", "great", "easy", "better");

  /**
   * Where a note's parts end for its names: {@link PainWords#PARTS}, and a dash or a slash between
   * spaces ("pain in lunges - none in squats"), which a note of pain read for its words of pain
   * does not split at ("Pain - no" answers a question).
   */
  private static final Pattern NAME_PARTS = Pattern.compile(PainWords.PARTS.pattern() + "|\\s[-\u2013\u2014/]+\\s");

  /**
   * {@code text} without its parts ({@link #NAME_PARTS}) that say something went well or did not
   * hurt and report no pain, and without the end of a part that says a drill did not hurt in fewer
   * words ({@link #denialFrom}: "knee hurt on lunges, not on squats"), blanked out so that the rest
   * stands where the client wrote it: in "T-spine extension felt fine but shoulder hurt" and "no
   * pain on squats, lunges hurt my knee" the drill is not what hurt. {@code named} holds the words
   * of the block's names.
   */
  private static String withoutFine(String text, Set<String> named) {
    String lower = text.toLowerCase(Locale.ROOT);
    // a letter whose small form is longer (rare) would move the parts: the note is then read in small letters
    StringBuilder out = new StringBuilder(lower.length() == text.length() ? text : lower);
    Matcher m = NAME_PARTS.matcher(lower);
    int from = 0;
    while (from <= lower.length()) {
      int to = m.find(from) ? m.start() : lower.length();
      String part = lower.substring(from, to);
      int blank = to;
      if ((saysFine(words(part)) || PainWords.deniesPain(part)) && !PainWords.reportsPain(part)) {
        blank = from;
      } else {
        List<Word> ws = Word.of(part);
        int at = denialFrom(ws, named);
        if (at >= 0 && !hurtAfter(lower, to)) blank = from + ws.get(at).from();
      }
      for (int i = blank; i < to; i++) out.setCharAt(i, ' ');
      if (to == lower.length()) break;
      from = Math.max(m.end(), to + 1);
    }
    return out.toString();
  }

  /**
   * Whether the words from {@code to}, where a part that says a drill did not hurt ends, say the pain
   * came after it: "knee hurt not during the squats but after", "not on the squats, later that
   * night". The drill is then the one the pain followed, and it is held.
   */
  private static boolean hurtAfter(String lower, int to) {
    List<Word> next = Word.of(lower.substring(to));
    int i = 0;
    while (i < next.size() && LEAD_IN.contains(next.get(i).word())) i++;
    return i < next.size() && AFTER.contains(next.get(i).word());
  }

  /** Words that may come before {@link #AFTER}: "but only after", "then the day after". */
  private static final Set<String> LEAD_IN = asRead("but", "then", "only", "just", "it", "its", "was", "did",
      "the", "a", "that", "day", "hurt", "sore", "ached");

  /** Words that say a pain came after a drill, not during it. */
  private static final Set<String> AFTER = asRead("after", "afterwards", "afterward", "later", "overnight", "next",
      "evening", "night", "morning", "tomorrow", "once");

  /**
   * The words of the names of {@code names}, as {@link Word} reads them, but for the small words
   * between them ("the" of Quadruped thread the needle, "to" of Sit to stand).
   */
  private static Set<String> nameWords(Map<String, String> names) {
    Set<String> out = new HashSet<>();
    names.values().forEach(n -> Word.of(n).forEach(w -> out.add(w.word())));
    out.removeAll(LINKS);
    out.removeAll(AROUND);
    out.removeAll(Set.of("without", "off", "over", "to"));
    return out;
  }

  /** Words that say "not" before a drill with no word of pain: "not on squats", "none in squats". */
  private static final Set<String> NOT_ON = asRead("not", "none", "nothing", "never", "nor", "neither");

  /** Words that say "not" after a drill: "squats didn't", "squats were not", "squats no". */
  private static final Set<String> NOT_AFTER = asRead("not", "didnt", "dont", "doesnt", "wasnt", "werent", "isnt",
      "arent", "never", "no", "nope");

  /** Words that may stand around a drill's words where a part says it did not hurt: "not on the squats". */
  private static final Set<String> AROUND = asRead("on", "in", "the", "my", "during", "with", "for", "at", "from",
      "a", "an", "of", "when", "while", "and", "or", "nor");

  /** Words between a drill and what it was: "squats were fine", "squats felt ok", "squats did not". */
  private static final Set<String> WAS = asRead("did", "do", "does", "was", "were", "is", "are", "felt", "feel",
      "seemed", "been", "all", "pretty", "totally", "completely");

  /** Words that may end a part that says a drill did not hurt: "not on squats though", "not squats at all". */
  private static final Set<String> ENDS = asRead("at", "all", "either", "though", "tho");

  /**
   * Words after which a part's last words may say a drill did not hurt: a word of pain, "and",
   * "it's" or "was" ("lunges hurt and squats didn't", "squats hurt not lunges", "it was not the
   * squats"), besides a drill's words ("pain in lunges not squats"). Not a verb: "could not", "did
   * not squat", "so not squats" say the drill was left out, which is held.
   */
  private static final Set<String> BEFORE = asRead("and", "its", "was", "is", "whereas", "while");

  /**
   * The first word of a part's last words that say a drill did not hurt without a word of pain of
   * their own, -1 where none do: "not on squats" ("knee hurt on lunges, not on squats"), "not the
   * squats", "none in squats", "squats didn't", "squats were fine" ("lunges hurt and squats were
   * fine"), or with one ("and no pain on squats"). They begin the part or follow a word of {@link
   * #BEFORE}, a word of pain or a drill's word ({@code named}), and hold only words of {@link
   * #AROUND}, {@link #WAS} and {@link #ENDS} besides the drill's: "not sure why but squats hurt",
   * "could not finish squats", "not just squats", "not much on squats" and "no squats this week"
   * still name the squat.
   */
  private static int denialFrom(List<Word> ws, Set<String> named) {
    for (int i = 0; i < ws.size(); i++) {
      String before = i == 0 ? null : ws.get(i - 1).word();
      if (before != null && !BEFORE.contains(before) && !PainWords.PAIN.contains(before) && !named.contains(before)) {
        continue;
      }
      if (notOn(ws, i, named) || notAfter(ws, i, named)) return i;
    }
    return -1;
  }

  /** "not on the squats", "none in squats", "no pain on squats", from {@code i} to the end. */
  private static boolean notOn(List<Word> ws, int i, Set<String> named) {
    String w = ws.get(i).word();
    int k = i + 1;
    if (PainWords.NOT.contains(w) && k < ws.size() && PainWords.PAIN.contains(ws.get(k).word())) {
      k++;
    } else if (!NOT_ON.contains(w)) {
      return false;
    }
    int end = drillEnd(ws, k, named, AROUND);
    return end > k && ends(ws, end);
  }

  /** "squats didn't", "the squats were not", "squats were fine", "squats didn't hurt", from {@code i} to the end. */
  private static boolean notAfter(List<Word> ws, int i, Set<String> named) {
    int k = drillEnd(ws, i, named, THE);
    if (k == i || k == ws.size() || !named.contains(ws.get(k - 1).word())) return false;
    while (k < ws.size() && WAS.contains(ws.get(k).word())) k++;
    if (k < ws.size() && NOT_AFTER.contains(ws.get(k).word())) {
      k++;
      if (k < ws.size() && PainWords.PAIN.contains(ws.get(k).word())) k++;
      return ends(ws, k);
    }
    return k < ws.size() && FINE.contains(ws.get(k).word()) && ends(ws, k + 1);
  }

  /** Words that may stand before a drill's words that a part says did not hurt: "the squats didn't". */
  private static final Set<String> THE = Set.of("the", "my", "and", "or");

  /** Whether only words of {@link #ENDS} follow {@code k}. */
  private static boolean ends(List<Word> ws, int k) {
    return ws.subList(Math.min(k, ws.size()), ws.size()).stream().allMatch(w -> ENDS.contains(w.word()));
  }

  /**
   * Where the words from {@code k} that are a drill's ({@code named}) or of {@code around} end,
   * where one of them at least is a drill's with a letter; {@code k} itself where none is.
   */
  private static int drillEnd(List<Word> ws, int k, Set<String> named, Set<String> around) {
    int j = k;
    boolean drill = false;
    while (j < ws.size() && (around.contains(ws.get(j).word()) || named.contains(ws.get(j).word()))) {
      drill |= !around.contains(ws.get(j).word()) && hasLetter(ws.get(j).word());
      j++;
    }
    return drill ? j : k;
  }

  /** Words as {@link Word} reads them, without a plural's {@code s}: "was" is "wa", as in a note. */
  private static Set<String> asRead(String... words) {
    return Arrays.stream(words).map(DrillNames::singular).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether a word holds a letter: not a number such as "90" of Breathing 90/90. */
  private static boolean hasLetter(String w) {
    return w.matches(".*\\p{L}.*");
  }

  /**
   * A word of a note or a name as {@link #words} reads it, with where it stands in the text and
   * whether a hyphen joins it to the word before ("up" of "push-up").
   */
  private record Word(String word, int from, int to, boolean joined, boolean plural) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*");

    static List<Word> of(String text) {
      List<Word> out = new ArrayList<>();
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        String w = m.group().toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "");
        boolean joined = m.start() > 1 && text.charAt(m.start() - 1) == '-'
            && Character.isLetterOrDigit(text.charAt(m.start() - 2));
        String one = singular(w);
        out.add(new Word(one, m.start(), m.end(), joined, !one.equals(w)));
      }
      return out;
    }
  }

  /** Whether words say something went well, and not that it did not ("not good"). */
  private static boolean saysFine(String[] part) {
    for (int i = 0; i < part.length; i++) {
      if (FINE.contains(part[i]) && (i == 0 || !PainWords.NOT.contains(part[i - 1]))) return true;
    }
    return false;
  }

  /**
   * Parts of the body {@link PainWords} has no need of, as a drill's name ends with them, or begins
   * with them where a note says them of where it hurts ("face hurt from the cold" of Band face pull).
   */
  private static final Set<String> MORE_PARTS = Set.of("flexor", "extensor", "rhomboid", "abductor", "chest",
      "spine", "tspine", "thoracic", "cuff", "gluteal", "ab", "core", "arch", "face", "head");

  /** A part of the body, or the muscles that move it ("hip flexors"), in the singular of {@link #words}. */
  private static boolean bodyPart(String w) {
    return PainWords.bodyPart(w) || PainWords.bodyPart(w + "s") || MORE_PARTS.contains(w);
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
   * {@code es}, or {@code ies} for a {@code y}: "Child's pose", "squats", "push-ups", "presses",
   * "carries" are "childs pose", "squat", "push up", "press", "carry".
   */
  static String[] words(String text) {
    String[] ws = text.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").split("[^\\p{L}\\p{N}]+");
    return Arrays.stream(ws).filter(w -> !w.isEmpty()).map(DrillNames::singular).toArray(String[]::new);
  }

  private static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
    if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 2 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
    return w;
  }
}
