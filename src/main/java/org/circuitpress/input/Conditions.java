package org.circuitpress.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.circuitpress.model.Names;

/**
 * The parts of the body and the conditions that a client's limitations and a library's
 * contraindications name, read alike in both: the roster matches one to the other through them,
 * and the library's self-check uses them to tell a misspelling from another word for the same thing.
 */
final class Conditions {
  private Conditions() {}

  /** Whether {@code want} comes in {@code words}, word after word. */
  static boolean within(List<String> words, List<String> want) {
    if (want.isEmpty()) return false;
    for (int i = 0; i + want.size() <= words.size(); i++) {
      if (words.subList(i, i + want.size()).equals(want)) return true;
    }
    return false;
  }

  /** Words that say how a limitation feels, not what or where it is. */
  static final Set<String> GENERIC = Set.of("pain", "painful", "ache", "aching", "sore", "soreness",
      "injury", "injured", "stiff", "stiffness", "tight", "tightness", "weak", "weakness", "issue", "problem",
      "condition", "bad", "chronic", "acute", "mild", "severe", "left", "right", "both", "side");

  /**
   * Words that only say a part is tight or stiff, as {@link #words} leaves them: what mobility
   * drills work on, no sign of pain or injury ({@link #onlyTight}).
   */
  private static final Set<String> TIGHT = Set.of("tight", "tightness", "stiff", "stiffness", "restricted", "short");

  /** Words that may stand beside a part and {@link #TIGHT} without saying more: which part, which side, how much. */
  private static final Set<String> ONLY_WHERE = Set.of("flexor", "adductor", "lat", "pec", "low", "lower", "upper",
      "mid", "middle", "back", "thoracic", "left", "right", "both", "side", "very", "slightly", "quite", "bit", "a",
      "my", "the", "in", "of", "range", "motion", "movement", "limited");

  /**
   * Whether a limitation only says that a part of the body is tight or stiff ("tight hips", "hip
   * flexor tight", "stiff upper back", "limited range in the hips"), with no word of pain, injury or
   * a condition ("hip replacement", "labral tear", "bursitis" say more).
   */
  static boolean onlyTight(String text) {
    List<String> words = words(text);
    boolean tight = words.stream().anyMatch(TIGHT::contains) || within(words, List.of("limited", "range"));
    return tight && !parts(words, false).isEmpty()
        && words.stream().allMatch(w -> TIGHT.contains(w) || ONLY_WHERE.contains(w) || PARTS.contains(w));
  }

  /**
   * Words that only say when, on which side or how badly, as {@link #words} leaves them: after a
   * comma they tell more of the limitation before them ("post-op rotator cuff, 6 wks", "knee, L",
   * "low back, since March 2024") and name nothing of their own ({@link #onlyQualifies}).
   */
  private static final Set<String> QUALIFIERS = Set.of("left", "right", "l", "r", "lt", "rt", "both", "bilateral",
      "bilat", "side", "mild", "moderate", "severe", "chronic", "acute", "recent", "recently", "old", "ongoing",
      "on", "off", "and", "since", "ago", "for", "about", "approx", "around", "last", "this", "past", "in", "from",
      "until", "till", "the", "a", "of", "post", "pre", "op", "postop", "preop", "surgery", "operation", "d",
      "day", "wk", "wks", "week", "w", "mo", "mos", "month", "m", "yr", "yrs", "year", "y", "jan", "january",
      "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
      "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december", "spring", "summer",
      "autumn", "fall", "winter");

  /** A number, as a count or a year ("6", "2024"), or one run into its unit or ending ("6wks", "3rd"). */
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:st|nd|rd|th|d|w|wk|wks|m|mo|mos|y|yr|yrs|x)?");

  /**
   * Whether a limitation holds only words of when, which side and how badly ({@link #QUALIFIERS})
   * and numbers: a part of the one before it that a comma cut off, which alone names nothing.
   */
  static boolean onlyQualifies(String text) {
    List<String> words = words(text.toLowerCase(Locale.ROOT));
    return !words.isEmpty() && words.stream().allMatch(w -> QUALIFIERS.contains(w) || NUMBER.matcher(w).matches());
  }

  /** Words that name a part of the body, as {@link #words} leaves them (no plural "s"). */
  private static final Set<String> PARTS = Set.of("neck", "shoulder", "elbow", "wrist", "hand", "finger", "hip",
      "groin", "knee", "ankle", "foot", "feet", "hamstring", "calf", "calve", "achille", "rib", "pelvi", "pelvic",
      "jaw", "spine", "thigh", "arm", "forearm", "leg", "shin", "heel", "toe", "thumb", "head", "chest", "abdomen",
      "glute", "buttock", "quad");

  /**
   * Words of conditions, and of parts of the body by another name, with what each names: a
   * limitation or contraindication holding one of them touches every other that names the same
   * ({@link #parts}). Matching runs both ways, so each entry may only rule out more, on the safe
   * side; an entry is added only where a drill unsafe for one is unsafe for the other.
   * <ul>
   *   <li>pregnancy: pregnant, pregnancy, trimester, prenatal, antenatal, and also postpartum,
   *       postnatal and diastasis (recti): the drills a library holds back in pregnancy (loaded
   *       bracing, heavy work of the abdominal wall, impact) are the ones held back while the
   *       abdominal wall and pelvic floor recover after birth
   *   <li>osteoporosis: osteopenia, the milder loss of bone, read with osteoporosis
   *   <li>shoulder: rotator (cuff), cuff, supraspinatus; labrum and labral only when no other
   *       part is named ("hip labral tear" is the hip: {@link #SHOULDER_UNLESS_NAMED})
   *   <li>low back: disc, disk, herniated, herniation, sciatica, sciatic, spondylolisthesis,
   *       spondylolysis, spondylosis, sacroiliac (and lumbar, LBP, as before)
   *   <li>neck: cervical, whiplash
   *   <li>knee: ACL, MCL, PCL, LCL, meniscus, patella, patellar, patellofemoral, kneecap
   *   <li>elbow: epicondylitis ("tennis elbow" and "golfer's elbow" name the elbow already)
   *   <li>wrist: carpal (tunnel)
   *   <li>foot: plantar (fasciitis), bunion
   * </ul>
   */
  /** Words as written where {@link #words} takes away their "s" ("osteoporosis", "meniscus", "pelvis"). */
  private static final Map<String, String> WRITTEN =
      new HashMap<>(Map.of("achille", "achilles", "pelvi", "pelvis", "calve", "calves"));

  private static final Map<String, String> CONDITION_WORDS = conditionWords(
      "pregnancy", List.of("pregnant", "pregnancy", "trimester", "prenatal", "antenatal", "postpartum", "postnatal",
          "diastasis"),
      "osteoporosis", List.of("osteoporosis", "osteopenia"),
      "shoulder", List.of("rotator", "cuff", "supraspinatus"),
      "low back", List.of("disc", "disk", "herniated", "herniation", "sciatica", "sciatic", "spondylolisthesis",
          "spondylolysis", "spondylosis", "sacroiliac"),
      "neck", List.of("cervical", "whiplash"),
      "knee", List.of("acl", "mcl", "pcl", "lcl", "meniscus", "patella", "patellar", "patellofemoral", "kneecap"),
      "elbow", List.of("epicondylitis"),
      "wrist", List.of("carpal"),
      "foot", List.of("plantar", "bunion"));

  /** Words that name the shoulder when a limitation names no other part: a labrum is in the hip too. */
  private static final Set<String> SHOULDER_UNLESS_NAMED = Set.of("labrum", "labral");

  private static Map<String, String> conditionWords(Object... namedAndWords) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < namedAndWords.length; i += 2) {
      for (Object w : (List<?>) namedAndWords[i + 1]) {
        String word = (String) w;
        out.put(stem(word), (String) namedAndWords[i]);
        if (!stem(word).equals(word)) WRITTEN.put(stem(word), word);
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The parts of the body and the conditions ({@link #CONDITION_WORDS}) a limitation or
   * contraindication names: "sore right shoulder" and "shoulder impingement" both name the
   * shoulder, "pregnant - 2nd trimester" and "Pregnancy (after 1st trimester)" pregnancy, and each
   * pair is read as touching each other on the safe side. A back is the low, upper or mid back as
   * said; a back with no part said is the low back in a roster, as on an intake form, but any back
   * in a library ({@code anyBack}), where "back" rules a drill out for every back. "Back of the
   * knee" is the knee ({@link #backOf}).
   */
  static Set<String> parts(List<String> words, boolean anyBack) {
    Set<String> out = new HashSet<>();
    boolean labrum = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String before = i == 0 ? "" : words.get(i - 1);
      if (backOf(words, i)) continue;
      switch (w) {
        case "back" -> out.add(switch (before) {
          case "low", "lower", "lumbar" -> "low back";
          case "upper", "thoracic" -> "upper back";
          case "mid", "middle" -> "mid back";
          default -> anyBack ? "back" : "low back";
        });
        case "lumbar", "lbp" -> out.add("low back");
        case "feet" -> out.add("foot");
        case "calve" -> out.add("calf");
        case "pelvic" -> out.add("pelvi");
        default -> {
          if (PARTS.contains(w)) out.add(w);
          String named = CONDITION_WORDS.get(w);
          if (named != null) out.add(named);
          labrum |= SHOULDER_UNLESS_NAMED.contains(w);
        }
      }
    }
    if (labrum && out.isEmpty()) out.add("shoulder");
    return out;
  }

  /** Whether a limitation's parts touch a contraindication's; a library's bare "back" is every back. */
  static boolean samePart(Set<String> limitation, Set<String> contraindication) {
    for (String c : contraindication) {
      for (String l : limitation) {
        if (l.equals(c) || c.equals("back") && l.endsWith("back")) return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code i} is the "back" of "back of the knee", "back of thigh": the side of
   * the part named after it, which is that part, not the back.
   */
  private static boolean backOf(List<String> words, int i) {
    return words.get(i).equals("back") && i + 1 < words.size() && words.get(i + 1).equals("of");
  }

  /** The back is the low back unless said otherwise. */
  private static final Set<String> BACK_PARTS = Set.of("low", "lower", "upper", "mid", "middle", "thoracic");

  /**
   * Words of a limitation as intake forms write them, in the words of a library: "lower" as
   * "low", "lumbar" and "LBP" as "low back", and a back with no part named ("bad back", "back
   * pain") as the low back, the usual meaning on a form; "upper back" stays the upper back. "Back
   * of the knee" is "the knee": the words of the part it names.
   */
  static List<String> bodyWords(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (backOf(words, i)) {
        i++; // and its "of"
        continue;
      }
      switch (w) {
        case "lower" -> out.add("low");
        case "lumbar", "lbp" -> {
          out.add("low");
          out.add("back");
        }
        case "back" -> {
          if (i == 0 || !BACK_PARTS.contains(words.get(i - 1))) out.add("low");
          out.add("back");
        }
        default -> out.add(w);
      }
    }
    return out;
  }

  /** The words of a tag ({@link Names#tag}), each without a plural "s". */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : Names.words(text)) out.add(stem(w));
    return out;
  }

  /** A word without a plural "s" ("knees", but not "ss" as in "stress"). */
  private static String stem(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * The words a misspelt word may be read as ({@link #spelt}): the parts of the body and the words
   * of {@link #CONDITION_WORDS} of four letters or more, and the words that say which back. A word
   * of three letters ("hip", "arm", "leg", "toe", "ACL") is too near too many everyday words.
   */
  static final List<String> SPELLABLE = spellable();

  private static List<String> spellable() {
    Set<String> all = new TreeSet<>(PARTS);
    all.addAll(CONDITION_WORDS.keySet());
    all.addAll(SHOULDER_UNLESS_NAMED);
    all.addAll(BACK_PARTS);
    all.addAll(List.of("back", "lumbar"));
    all.removeIf(w -> w.length() < 4);
    return List.copyOf(all);
  }

  /**
   * Everyday words one letter from a word of {@link #SPELLABLE} that begins with the same letter,
   * or that are such a word without its first letter: they are read as themselves, never as a
   * part of the body ("waist" is not the wrist, "felt" not the feet, "desk job" not a disk, "heal"
   * neither the heel nor the head; "knee and hip" holds no hand, "high blood pressure" no thigh).
   */
  private static final Set<String> ORDINARY = Set.of("waist", "wrest", "had", "hard", "hang", "hind", "handy",
      "grain", "groan", "grown", "knew", "angle", "food", "fool", "fort", "font", "feel", "feed", "felt", "fee",
      "fleet", "fret", "call", "calm", "spin", "spice", "spike", "spite", "shine", "swine", "ship", "skin", "shun",
      "heal", "hell", "heed", "hear", "heat", "held", "heard", "thump", "chess", "crest", "glue", "bank", "bark",
      "black", "buck", "bask", "balk", "beck", "lover", "loser", "muddle", "dish", "disco", "desk", "dusk", "finer",
      "and", "high", "pine", "eel", "union", "lute");

  /** Words read as they are: never taken for a misspelling of another. */
  private static final Set<String> KNOWN = known();

  private static Set<String> known() {
    Set<String> all = new HashSet<>(SPELLABLE);
    all.addAll(PARTS);
    all.addAll(CONDITION_WORDS.keySet());
    all.addAll(GENERIC);
    all.addAll(BACK_PARTS);
    all.addAll(ORDINARY);
    all.addAll(List.of("of", "lbp"));
    return Set.copyOf(all);
  }

  private static String written(String word) {
    return WRITTEN.getOrDefault(word, word);
  }

  /**
   * A name read with its misspelt words ({@link #spelt}) written as the words they misspell.
   *
   * @param ways the name so written: itself when no word is misspelt, and one way for each word an
   *     unclear misspelling may mean ("hend pain" is "hand pain" and "head pain")
   * @param spelt each misspelt word as typed, with the words it is read as
   */
  record Spelling(List<String> ways, Map<String, List<String>> spelt) {
    /** The misspelt words as a warning says them: {@code ("nek" is taken to mean "neck")}. */
    String said() {
      if (spelt.isEmpty()) return "";
      List<String> out = new ArrayList<>();
      spelt.forEach((typed, as) -> out.add(Fields.quote(Names.word(typed)) + (as.size() == 1
          ? " is taken to mean " + Fields.quote(as.get(0))
          : " could mean " + String.join(" or ", as.stream().map(Fields::quote).toList()) + ", so it is read as "
              + (as.size() == 2 ? "both" : "each") + " to be safe")));
      return " (" + String.join("; ", out) + ")";
    }
  }

  /** How {@code tag} reads with its misspellings; words of {@code known} are read as they are. */
  static Spelling spelling(String tag, Set<String> known) {
    List<String> typed = Names.words(tag);
    List<String> stems = words(tag);
    Map<String, List<String>> spelt = new LinkedHashMap<>();
    List<String> sure = new ArrayList<>(typed);
    List<Integer> unsure = new ArrayList<>();
    for (int i = 0; i < typed.size(); i++) {
      List<String> as = spelt(stems.get(i), known).stream().map(Conditions::written).toList();
      if (as.isEmpty()) continue;
      spelt.put(typed.get(i), as);
      if (as.size() == 1) sure.set(i, as.get(0));
      else unsure.add(i);
    }
    // a word as near to two parts of the body is read as each of them in turn
    List<String> ways = new ArrayList<>();
    if (unsure.isEmpty()) ways.add(String.join(" ", sure));
    for (int i : unsure) {
      for (String as : spelt.get(typed.get(i))) {
        List<String> way = new ArrayList<>(sure);
        way.set(i, as);
        ways.add(String.join(" ", way));
      }
    }
    return new Spelling(List.copyOf(ways), spelt);
  }

  /**
   * Whether two names say the same thing, word for word, once the words of {@link #CONDITION_WORDS}
   * are read as what they name: "sciatic" and "sciatica" (the low back), "patella tendinopathy" and
   * "patellar tendinopathy". Names so alike are matched alike in every client's limitations.
   */
  static boolean sameThing(String a, String b) {
    return named(words(a)).equals(named(words(b)));
  }

  private static List<String> named(List<String> words) {
    return words.stream().map(w -> CONDITION_WORDS.getOrDefault(w, w)).toList();
  }

  /**
   * The words of the body or of a condition that {@code w} (a word as {@link #words} leaves it) is
   * a misspelling of: one letter left out, added or changed, or two letters swapped, the first
   * letter kept, in a word of three letters or more ("nek" the neck, "kne" the knee, "bak" the back,
   * "sholder" the shoulder, "pregancy" pregnancy); or the word with its first letter left out and
   * nothing else changed ("nee" the knee, "houlder" the shoulder). No word of the body so shortened
   * is another's, nor one letter from another's. Empty for a word read as it is: a word of the
   * body or of {@link #CONDITION_WORDS}, a word like "pain", an everyday word ({@link #ORDINARY}),
   * one of {@code known} (the library's own words), a word with a digit ("L4"). Several when it is
   * as near to words that name different things ("hend": the hand and the head); words that name
   * the same thing ("disc" and "disk") count as one.
   */
  static List<String> spelt(String w, Set<String> known) {
    if (w.length() < 3 || KNOWN.contains(w) || known.contains(w) || w.chars().anyMatch(Character::isDigit)) {
      return List.of();
    }
    Map<Set<String>, String> byReading = new LinkedHashMap<>();
    for (String s : SPELLABLE) {
      boolean firstLeftOut = s.length() == w.length() + 1 && s.endsWith(w);
      boolean slip = s.charAt(0) == w.charAt(0) && Math.abs(s.length() - w.length()) <= 1
          && Suggest.distance(w, s) == 1;
      if (!firstLeftOut && !slip) continue;
      Set<String> reads = parts(List.of(s), false);
      byReading.putIfAbsent(reads.isEmpty() ? Set.of(s) : reads, s);
    }
    return List.copyOf(byReading.values());
  }
}
