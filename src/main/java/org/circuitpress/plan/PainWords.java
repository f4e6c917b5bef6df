package org.circuitpress.plan;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.circuitpress.model.Names;

/**
 * Whether a note a client wrote in a log reports pain or an injury ("sharp pain in right
 * shoulder", "knee hurt", "twinge in low back", "fingers numb"), and not its absence ("no pain",
 * "pain free", "didn't hurt", "pain 0/10") nor the soreness of a muscle that has worked
 * ("sore", "DOMS", "stiff", "burning", "aching"), which is expected after training.
 *
 * <p>Read on the careful side: only words that name pain or an injury count ({@link #PAIN}), and
 * a word said not to be there ({@link #NOT}, up to {@value #REACH} words before it in the same
 * part of a sentence, or {@link #AFTER} right after it) does not. "Not much pain" or "less pain"
 * still report some.
 */
final class PainWords {
  private PainWords() {}

  /**
   * Words of pain or injury. Left out: sore, stiff, tight, ache and aching, burn (what training
   * feels like) and clicking or popping (often painless); the note is shown to the trainer anyway.
   */
  static final Set<String> PAIN = Set.of("pain", "pains", "painful", "painfully", "hurt", "hurts", "hurting",
      "sharp", "stabbing", "twinge", "twinges", "twinged", "twingy", "pinch", "pinches", "pinched", "pinching",
      "tweak", "tweaked", "injury", "injuries", "injured", "injure", "numb", "numbness", "tingling", "tingle",
      "tingles", "tingly", "needles", "swollen", "swelling", "sprain", "sprained", "strained", "ouch", "agony");

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
      "been", "totally");

  /** Words after {@link #LINKS} that say the pain is not there any more. */
  private static final Set<String> GONE = Set.of("free", "gone", "none", "away");

  /** How many words before a word of pain a word of {@link #NOT} still reaches. */
  static final int REACH = 3;

  /**
   * Punctuation and words that begin another part of a sentence: "no pain until round 3, then
   * sharp". Not a colon, which says what a word is: "pain: none".
   */
  private static final Pattern PARTS = Pattern.compile(
      "[.,;!?()\\[\\]\\n\\r]+|\\b(?:but|though|although|except|until|then|however|yet)\\b");

  private static final Pattern APOSTROPHE = Pattern.compile("['\u2019`\u00B4]");

  /** A question mark that a one-word answer follows ("pain? no"), which is not another part. */
  private static final Pattern ASKED = Pattern.compile("\\?(?=\\s*(?:no|nope|nah|none|nil|zero|0)\\b)");

  /** Whether {@code note} reports pain or an injury. */
  static boolean reportsPain(String note) {
    String text = ASKED.matcher(APOSTROPHE.matcher(note.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ");
    for (String part : PARTS.split(text)) {
      List<String> words = Names.words(part);
      for (int i = 0; i < words.size(); i++) {
        if (PAIN.contains(words.get(i)) && !deniedAt(words, i)) return true;
      }
    }
    return false;
  }

  /** Whether the word of pain at {@code i} is said not to be there. */
  private static boolean deniedAt(List<String> words, int i) {
    if (i + 1 < words.size() && AFTER.contains(words.get(i + 1))) return true;
    if (i + 2 == words.size() && ANSWERS.contains(words.get(i + 1))) return true;
    int next = i + 1;
    while (next < words.size() && LINKS.contains(words.get(next))) next++;
    if (next > i + 1 && next < words.size() && GONE.contains(words.get(next))) return true;
    for (int k = i - 1; k >= Math.max(0, i - REACH); k--) {
      if (NOT.contains(words.get(k))) return k + 1 >= i || !SOME.contains(words.get(k + 1));
    }
    return false;
  }
}
