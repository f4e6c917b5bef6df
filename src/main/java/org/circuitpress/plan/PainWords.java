package org.circuitpress.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.circuitpress.model.Names;

/**
 * Whether a note a client wrote in a log reports pain or an injury ("sharp pain in right
 * shoulder", "knee hurt", "twinge in low back", "fingers numb", "rolled my ankle", "doctor said
 * rest"), and not its absence ("no pain", "pain free", "didn't hurt", "pain 0/10") nor the
 * soreness of a muscle that has worked ("sore", "DOMS", "stiff", "burning", "aching"), which is
 * expected after training. Soreness, an ache or burning at a joint ("sore knee", "ache in elbow")
 * is how clients write pain there, so it counts. The notes of {@code pain-notes/notes.txt} (tests)
 * are read as a careful trainer reads them; where in doubt about an injury, a note counts.
 *
 * <p>Read on the careful side: only words that name pain or an injury count ({@link #PAIN}), and
 * a word said not to be there ({@link #NOT}, up to {@value #REACH} words before it in the same
 * part of a sentence, or {@link #AFTER} right after it) does not. "Not much pain" or "less pain"
 * still report some.
 */
final class PainWords {
  private PainWords() {}

  /**
   * Words of pain or injury, and names of injuries. Left out: stiff, tight, cramp, ache and aching,
   * burn (what training feels like), clicking or popping (often painless) and "painfully" ("painfully
   * slow"); the note is shown to the trainer anyway. Sore, ache, burning, strain, pulled, flared,
   * tweaked, sharp, rolled and "gave way" count only beside the words that make them an injury
   * ({@link #saysPain}): "tweaked my setup" is an adjustment, "felt sharp today" alert. A few uses
   * of these words are not pain ({@link #notPainAt}): "pinch grip", "hurt my pride", "a pain to set up".
   */
  static final Set<String> PAIN = Set.of("pain", "pains", "painful", "hurt", "hurts", "hurting",
      "stabbing", "twinge", "twinges", "twinged", "twingy", "pinch", "pinches", "pinched", "pinching",
      "injury", "injuries", "injured", "injure", "numb", "numbness", "tingling", "tingle",
      "tingles", "tingly", "needles", "swollen", "swelling", "sprain", "sprained", "ouch", "agony",
      "throb", "throbs", "throbbed", "throbbing", "aggravate", "aggravated", "aggravates", "flareup", "flareups",
      "backache", "backaches", "spasm", "spasms", "spasmed", "bruise", "bruised", "bruising", "sciatica",
      "impingement", "impinged", "tendonitis", "tendinitis", "tendinopathy", "bursitis", "fasciitis",
      "herniated", "herniation", "fracture", "fractured", "dislocated", "dislocation", "concussion");

  /**
   * Those who treat injuries and conditions: a note that names one reports an injury ("doctor said
   * rest", "physio appointment tomorrow", "midwife said stop side planks") unless it says they
   * cleared the client ({@link #CLEARED}). Not "PT", which is also the personal trainer.
   */
  private static final Set<String> CARERS = Set.of("doctor", "doctors", "doc", "dr", "gp", "physio", "physios",
      "physiotherapist", "physiotherapy", "chiro", "chiropractor", "osteopath", "surgeon", "surgery", "hospital",
      "orthopedic", "orthopaedic", "midwife", "midwives", "obgyn", "obstetrician", "gynaecologist",
      "gynecologist", "podiatrist", "rheumatologist");

  /**
   * Carers whose names are also a client's job or an everyday word ("long shift as a nurse",
   * "consultant meeting ran late"): one counts as {@link #CARERS} do only where the same part of
   * the note says what they told the client or that the client sees them ({@link #ADVISED}).
   */
  private static final Set<String> ADVISERS = Set.of("consultant", "consultants", "specialist", "specialists",
      "nurse", "nurses", "ob");

  /** Words that make one of {@link #ADVISERS} someone who sees to the client: "nurse told me to rest". */
  private static final Set<String> ADVISED = Set.of("said", "says", "say", "told", "tells", "tell", "advised",
      "advises", "advice", "recommended", "recommends", "suggested", "suggests", "wants", "warned", "appointment",
      "appointments", "appt", "referred", "referral");

  /** Words that, in the same part of a note as one of {@link #CARERS}, say the client may train. */
  private static final Set<String> CLEARED = Set.of("cleared", "clear", "ok", "okay", "fine", "good", "great",
      "approved", "allowed");

  /**
   * Words that set a limit on what a client cleared by a doctor or physio may do: "avoid jumping",
   * "only light weights", "not yet for running"; and {@link #NOT_TO} before anything but what
   * says there is no limit ({@link #NO_LIMIT}): "no overhead work", "don't go deep".
   */
  private static final Set<String> LIMITS = Set.of("avoid", "avoiding", "limit", "limits", "limited", "restrict",
      "restricted", "restriction", "restrictions", "only", "except", "careful", "carefully", "gently", "yet", "until");

  /** Words that, before a word of what not to do, forbid it: "no overhead", "not yet", "don't go deep". */
  private static final Set<String> NOT_TO = Set.of("no", "not", "dont", "never");

  /** What may follow {@link #NOT_TO} without setting a limit: "no restrictions", "no problem". */
  private static final Set<String> NO_LIMIT = Set.of("restriction", "restrictions", "limit", "limits", "limitations",
      "problem", "problems", "issue", "issues", "worries", "worry", "concern", "concerns", "need", "needed", "longer",
      "reason", "damage", "further", "more");

  /** Words right after "pinch" (or a plate or block before it) that make it a grip: "pinch grip", "plate pinch". */
  private static final Set<String> GRIPS = Set.of("grip", "grips", "gripping", "hold", "holds", "carry",
      "carries", "plate", "plates", "block", "blocks");

  /** What "hurt" may hurt without an injury: "hurt my pride". */
  private static final Set<String> JOKES = Set.of("pride", "ego", "feelings");

  /**
   * Words before "a pain" that make it a nuisance: "setup was a pain", "what a pain", "such a pain".
   */
  private static final Set<String> NUISANCE = Set.of("is", "was", "its", "thats", "whats", "what", "such", "be",
      "being", "been");

  /** Words between "a" and "pain" that keep it a nuisance: "a real pain to set up". */
  private static final Set<String> REAL = Set.of("real", "total", "right", "proper", "absolute", "major");

  /** Words after "pain to" that say where it hurts, not what is a nuisance to do: "pain to the touch". */
  private static final Set<String> WHERE = Set.of("the", "my", "a", "touch", "his", "her");

  /**
   * Joints, and the back and neck, where soreness is not what a muscle feels after training: "sore
   * knee", "knee is sore" report pain; "sore", "sore legs", "a bit sore" do not.
   */
  private static final Set<String> JOINTS = Set.of("knee", "knees", "shoulder", "shoulders", "hip", "hips",
      "wrist", "wrists", "elbow", "elbows", "ankle", "ankles", "neck", "back", "spine", "heel", "heels",
      "achilles", "shin", "shins", "rib", "ribs", "kneecap", "kneecaps", "tailbone", "collarbone");

  /** Other parts of the body a strain, a pull or a sharp feeling is reported in. */
  private static final Set<String> MUSCLES = Set.of("muscle", "hamstring", "hamstrings", "hammy", "groin",
      "calf", "calves", "quad", "quads", "adductor", "adductors", "oblique", "obliques", "pec", "pecs", "glute",
      "glutes", "bicep", "biceps", "tricep", "triceps", "forearm", "forearms", "trap", "traps", "lat", "lats",
      "hand", "hands", "foot", "feet", "finger", "fingers", "thumb", "toe", "toes", "arm", "leg", "tendon");

  /** Every part of the body: {@link #JOINTS} and {@link #MUSCLES}. */
  private static final Set<String> BODY = union(JOINTS, MUSCLES);

  /** Whether a word (in small letters) is a part of the body: "knee", "calves". */
  static boolean bodyPart(String word) {
    return BODY.contains(word);
  }

  /** What a sharp feeling is, when no part of the body is named: "a sharp twinge", "something sharp". */
  private static final Set<String> FEELINGS = Set.of("feeling", "sensation", "stab", "jolt", "pang", "zing");

  /**
   * Words after a part of the body that make it something else: a position ("tweaked my hand
   * position", "tweaked my hip hinge" adjust the setup) or the muscles that move it ("sore hip
   * flexors" is a muscle that worked).
   */
  private static final Set<String> NOT_THE_PART = Set.of("position", "positions", "placement", "angle", "width",
      "grip", "stance", "setup", "hinge", "alignment", "path", "height", "spacing", "posture", "flexor", "flexors",
      "extensor", "extensors");

  /** What "rolled" an injury: "rolled my ankle"; not "rolled out my calves" nor "foam rolled my back". */
  private static final Set<String> ANKLES = Set.of("ankle", "ankles");

  /** What "pulled" an injury: "pulled something", "pulled a muscle", "pulled my hamstring"; not "pulled the band". */
  private static final Set<String> PULLED = Set.of("something", "muscle", "hamstring", "hamstrings", "hammy",
      "groin", "calf", "quad", "adductor", "oblique", "pec", "back");

  /**
   * Words that may stand between a part of the body and a word about it: "sore left knee", "knee
   * is a bit sore", "strain in my hamstring", "sharp in the back of my knee".
   */
  private static final Set<String> BETWEEN = Set.of("my", "the", "a", "an", "left", "right", "both", "lower",
      "low", "upper", "in", "on", "at", "of", "is", "was", "were", "are", "felt", "feels", "feel", "feeling",
      "got", "gets", "getting", "bit", "little", "slightly", "slight", "very", "really", "quite", "still", "kinda",
      "abit", "front", "outside", "inside", "me");

  /** How many words of {@link #BETWEEN} may stand between a part of the body and the word about it. */
  private static final int NEAR = 4;

  /** Words that say what follows is not there; apostrophes are taken out first ("didn't" is "didnt"). */
  static final Set<String> NOT = Set.of("no", "not", "never", "without", "zero", "0", "nothing", "none", "nor",
      "dont", "didnt", "doesnt", "isnt", "wasnt", "wont", "cant", "couldnt", "wouldnt", "arent", "werent",
      "hasnt", "havent", "hadnt");

  /** Words that, right after a word of {@link #NOT}, make it "not much": some pain is still there. */
  private static final Set<String> SOME = Set.of("much", "too", "as", "so", "that", "very", "quite");

  /** Words right after a word of pain that say it is not there: "pain free", "pain gone", "pain 0/10". */
  static final Set<String> AFTER = Set.of("free", "gone", "none", "nil", "zero", "0");

  /**
   * Answers that say no when they end what follows a word of pain, as in a log kept as questions
   * and answers: "Pain: no", "Pain? No", "pain - nope". Not in the middle of a sentence: "pain no
   * better" still reports pain.
   */
  private static final Set<String> ANSWERS = Set.of("no", "nope", "nah", "na");

  /** Words that may stand between a word of pain and {@link #AFTER}: "pain is gone", "pain went away". */
  private static final Set<String> LINKS = Set.of("is", "was", "has", "had", "now", "all", "completely", "went",
      "been", "totally", "felt", "feels");

  /**
   * Words after {@link #LINKS} that say the pain is not there any more: "old knee injury felt fine".
   * Not when "down" follows: "swelling has gone down" is less swelling, not none.
   */
  private static final Set<String> GONE = Set.of("free", "gone", "none", "away", "fine");

  /** How many words before a word of pain a word of {@link #NOT} still reaches. */
  static final int REACH = 3;

  /**
   * Punctuation and words that begin another part of a sentence: "no pain until round 3, then
   * sharp". Not a colon, which says what a word is: "pain: none".
   */
  static final Pattern PARTS = Pattern.compile(
      "[.,;!?()\\[\\]\\n\\r]+|\\b(?:but|though|although|except|until|then|however|yet)\\b");

  private static final Pattern APOSTROPHE = Pattern.compile("['\u2019`\u00B4]");

  /** A question mark that a one-word answer follows ("pain? no"), which is not another part. */
  private static final Pattern ASKED = Pattern.compile("\\?(?=\\s*(?:no|nope|nah|none|nil|zero|0)\\b)");

  /**
   * Whether {@code note} reports pain or an injury. A doctor or physio who cleared the client
   * but set a limit anywhere in the note ("physio cleared me but said no overhead work") is still
   * seeing to something: that reaches the trainer as pain does, rather than read as cleared.
   */
  static boolean reportsPain(String note) {
    String text = ASKED.matcher(APOSTROPHE.matcher(note.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ");
    boolean clearedByCarer = false;
    for (String part : PARTS.split(text)) {
      List<String> words = Names.words(part);
      for (int i = 0; i < words.size(); i++) {
        if (saysPain(words, i) && !notPainAt(words, i) && !deniedAt(words, i)) return true;
        clearedByCarer |= carer(words, i) && cleared(words);
      }
    }
    return clearedByCarer && setsLimit(Names.words(text));
  }

  /**
   * Whether a part of a note says that pain was not there: "no pain on squats", "squats didn't
   * hurt", "pain free", "squats no problem". A drill it names did not hurt.
   */
  static boolean deniesPain(String part) {
    List<String> words = Names.words(APOSTROPHE.matcher(part.toLowerCase(Locale.ROOT)).replaceAll(""));
    for (int i = 0; i < words.size(); i++) {
      if (saysPain(words, i) && deniedAt(words, i) || NOT.contains(words.get(i)) && deniesComplaint(words, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a note says what the client may not do, or do only in part ({@link #LIMITS}, {@link #NOT_TO}). */
  private static boolean setsLimit(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (LIMITS.contains(w) && !notBefore(words, i)) return true;
      if (NOT_TO.contains(w) && i + 1 < words.size() && !deniesComplaint(words, i)) return true;
    }
    return false;
  }

  /** Words of a complaint that "no" or "not" before them deny rather than forbid: "not sore anymore". */
  private static final Set<String> SORE = Set.of("sore", "soreness", "stiff", "stiffness", "ache", "aches", "ached",
      "achy");

  /**
   * Whether the {@link #NOT_TO} at {@code i} denies a complaint, in one of the two words after it
   * ("no pain", "no knee pain", "no back issues", "not sore"), rather than setting a limit.
   */
  private static boolean deniesComplaint(List<String> words, int i) {
    for (int k = i + 1; k < Math.min(words.size(), i + 3); k++) {
      String w = words.get(k);
      if (NO_LIMIT.contains(w) || PAIN.contains(w) || SORE.contains(w)) return true;
    }
    return false;
  }

  /**
   * Whether the word at {@code i} names pain: a word of {@link #PAIN}, or a word that does only
   * beside a part of the body or another word ("sore knee", "pulled a muscle", "flared up").
   */
  private static boolean saysPain(List<String> words, int i) {
    String w = words.get(i);
    if (PAIN.contains(w)) return true;
    if (carer(words, i)) return !cleared(words);
    return switch (w) {
      case "sore", "killing", "ache", "aches", "ached", "aching", "achy", "achey", "burn", "burns", "burning", "burned" ->
          near(words, i, -1, JOINTS) || near(words, i, 1, JOINTS);
      case "strain", "strains", "strained", "tweak", "tweaks", "tweaked", "tweaking", "jammed" ->
          near(words, i, -1, BODY) || near(words, i, 1, BODY) || is(words, i + 1, "something");
      case "sharp" -> near(words, i, -1, BODY) || near(words, i, 1, BODY) || near(words, i, 1, FEELINGS)
          || is(words, i - 1, "something");
      case "pulled", "pull" -> near(words, i, 1, PULLED);
      case "flare", "flared", "flares", "flaring" -> is(words, i + 1, "up");
      case "rolled", "rolling", "roll", "rolls" -> !is(words, i - 1, "foam")
          && (near(words, i, 1, ANKLES) || near(words, i, -1, ANKLES));
      case "gave", "gives", "giving" -> (is(words, i + 1, "way") || is(words, i + 1, "out"))
          && near(words, i, -1, JOINTS);
      case "acting", "playing" -> is(words, i + 1, "up") && near(words, i, -1, BODY);
      case "elbow" -> is(words, i - 1, "tennis") || is(words, i - 1, "golfers") || is(words, i - 1, "golfer");
      default -> false;
    };
  }

  /** Whether the word at {@code i} names a carer who sees to the client ({@link #CARERS}, {@link #ADVISERS}). */
  private static boolean carer(List<String> words, int i) {
    String w = words.get(i);
    return CARERS.contains(w) || ADVISERS.contains(w) && words.stream().anyMatch(ADVISED::contains);
  }

  /** Whether the word at {@code i} is {@code word}; false outside the words. */
  private static boolean is(List<String> words, int i, String word) {
    return i >= 0 && i < words.size() && words.get(i).equals(word);
  }

  /** Whether a part of a note that names a doctor or physio says they cleared the client: "physio cleared me". */
  private static boolean cleared(List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (CLEARED.contains(words.get(k)) && !notBefore(words, k)) return true;
    }
    return false;
  }

  /**
   * Whether a word of pain at {@code i} is used for something else: a grip ("pinch grip", "plate
   * pinch"), a joke ("hurt my pride") or a nuisance ("a pain to set up", "setup was a pain"), when
   * the part of the note names no part of the body ("knee was a pain to bend" still counts).
   */
  private static boolean notPainAt(List<String> words, int i) {
    return switch (words.get(i)) {
      case "pinch", "pinches", "pinching" -> i + 1 < words.size() && GRIPS.contains(words.get(i + 1))
          || i > 0 && GRIPS.contains(words.get(i - 1));
      case "hurt", "hurts" -> i + 1 < words.size() && JOKES.contains(words.get(i + 1))
          || i + 2 < words.size() && JOKES.contains(words.get(i + 2)) && words.get(i + 1).equals("my");
      case "pain" -> nuisance(words, i) && words.stream().noneMatch(BODY::contains);
      default -> false;
    };
  }

  /**
   * Whether "pain" at {@code i} is "a pain" said of a chore: "a pain to set up", "what a pain"; not
   * "there is a pain".
   */
  private static boolean nuisance(List<String> words, int i) {
    int a = i - 1;
    if (a >= 0 && REAL.contains(words.get(a))) a--;
    if (!is(words, a, "a")) return false;
    return a > 0 && NUISANCE.contains(words.get(a - 1)) && !is(words, a - 2, "there")
        || is(words, i + 1, "to") && i + 2 < words.size() && !WHERE.contains(words.get(i + 2));
  }

  /**
   * Whether a word of {@code parts} stands before ({@code step} -1) or after ({@code step} 1) the
   * word at {@code i}, with only words of {@link #BETWEEN} between them; not when a word of
   * {@link #NOT_THE_PART} follows it. "back" right after a verb is not the back: "pulled back".
   */
  private static boolean near(List<String> words, int i, int step, Set<String> parts) {
    for (int k = i + step, n = 0; k >= 0 && k < words.size() && n <= NEAR; k += step, n++) {
      String w = words.get(k);
      if (parts.contains(w)) {
        return !(w.equals("back") && k == i + 1 && words.get(i).startsWith("pull"))
            && !(k + 1 < words.size() && NOT_THE_PART.contains(words.get(k + 1)));
      }
      if (!BETWEEN.contains(w)) return false;
    }
    return false;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /** Whether the word of pain at {@code i} is said not to be there. */
  private static boolean deniedAt(List<String> words, int i) {
    if (i + 1 < words.size() && AFTER.contains(words.get(i + 1)) && !is(words, i + 2, "down")) return true;
    if (i + 2 == words.size() && ANSWERS.contains(words.get(i + 1))) return true;
    int next = i + 1;
    while (next < words.size() && LINKS.contains(words.get(next))) next++;
    if (next > i + 1 && next < words.size() && GONE.contains(words.get(next)) && !is(words, next + 1, "down")) {
      return true;
    }
    return notBefore(words, i);
  }

  /**
   * Whether a word of {@link #NOT} stands up to {@value #REACH} words before the word at {@code i},
   * and not as "not much".
   */
  private static boolean notBefore(List<String> words, int i) {
    for (int k = i - 1; k >= Math.max(0, i - REACH); k--) {
      if (NOT.contains(words.get(k))) return k + 1 >= i || !SOME.contains(words.get(k + 1));
    }
    return false;
  }
}
