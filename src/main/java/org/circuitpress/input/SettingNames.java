package org.circuitpress.input;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.circuitpress.model.Names;

/**
 * How a setting name typed in a template's {@code template} sheet is matched to the setting it
 * means: as a header ({@code Sessions per week}), or as an unmistakable near-miss read with a
 * warning: a slip of one letter ({@code sesions per week}), the singular or plural ({@code
 * round}), the first word of a longer name ({@code rest}), or a unit in brackets after it that
 * fits the setting ({@code rest between rounds (sec)}). A unit that does not fit ({@code (min)})
 * is never read past: the value would mean something else.
 */
final class SettingNames {
  private SettingNames() {}

  static final List<String> NAMES =
      List.of(
          "name",
          "description",
          "goal",
          "weeks",
          "sessions_per_week",
          "use",
          "rounds",
          "rest_between_rounds");

  /** The units a setting may name in brackets after it, and the unit it counts in. */
  private static final Map<String, Pattern> UNITS =
      Map.of(
          "weeks", Pattern.compile("(?i)weeks?|wks?|w"),
          "sessions_per_week",
              Pattern.compile("(?i)(?:sessions?|days?|times|x)?\\s*(?:(?:per|a|/|each)\\s*(?:week|wk|w))?"),
          "rounds", Pattern.compile("(?i)rounds?|times|x"),
          "rest_between_rounds", Pattern.compile("(?i)s|secs?\\.?|seconds?"));

  private static final Map<String, String> COUNTED_IN =
      Map.of(
          "weeks", "weeks",
          "sessions_per_week", "sessions a week",
          "rounds", "rounds",
          "rest_between_rounds", "seconds");

  private static final Pattern BRACKETS = Pattern.compile("(.*?)\\s*[(\\[]\\s*([^)\\]]*?)\\s*[)\\]]\\s*");

  /**
   * A typed name as a setting.
   *
   * @param setting the setting it is read as, or null when the row is ignored
   * @param meant the setting it is, or is likely meant for; null when none is near
   * @param problem a warning: how a near-miss was read, or why the row is ignored; null for a
   *     setting's own name
   * @param hint "; did you mean ...?" for an unknown name near a setting, said after everything else
   *     ({@link TemplateReader#hint}); "" otherwise
   */
  record Match(String setting, String meant, String problem, String hint) {
    Match(String setting, String meant, String problem) {
      this(setting, meant, problem, "");
    }
  }

  static Match match(String typed) {
    for (String n : NAMES) if (Names.header(n).equals(Names.header(typed))) return new Match(n, n, null);
    Matcher b = BRACKETS.matcher(typed.strip());
    if (b.matches() && !b.group(1).isEmpty()) {
      Optional<String> named = near(b.group(1));
      if (named.isPresent()) {
        String n = named.get();
        Pattern units = UNITS.get(n);
        // a note in brackets after a setting of words ("goal (on the cover)") changes nothing
        if (units == null) return new Match(n, n, readAs(typed, n, ""));
        String in = COUNTED_IN.get(n);
        if (units.matcher(b.group(2)).matches() && !b.group(2).isEmpty()) {
          return new Match(n, n, readAs(typed, n, ", in " + in));
        }
        return new Match(null, n, "the setting " + Fields.quote(typed) + " is not read: " + n
            + " is counted in " + in + ", not \"" + b.group(2) + "\"; name it " + n
            + " and give the value in " + in);
      }
    }
    Optional<String> near = near(typed);
    if (near.isPresent()) return new Match(near.get(), near.get(), readAs(typed, near.get(), ""));
    return new Match(null, Suggest.closest(typed, NAMES, Names::header).orElse(null),
        "unknown setting " + Fields.quote(typed) + " (known: " + String.join(", ", NAMES) + "); the row is ignored",
        TemplateReader.hint(typed, NAMES));
  }

  private static String readAs(String typed, String setting, String unit) {
    return Fields.quote(typed) + " is read as the setting " + setting + unit + "; name it " + setting
        + " to make that plain";
  }

  /**
   * The one setting a name is plainly meant for: its own, its singular or plural, a slip of one
   * letter, or the first word of a setting of several words ({@code rest}, {@code sessions}).
   */
  private static Optional<String> near(String typed) {
    String tag = Names.tag(typed);
    for (String n : NAMES) {
      if (Names.header(n).equals(Names.header(typed)) || Names.tag(n).equals(tag)) return Optional.of(n);
    }
    Optional<String> slip = Suggest.slip(typed, NAMES, Names::header);
    if (slip.isPresent()) return slip;
    String found = null;
    for (String n : NAMES) {
      int space = n.indexOf('_');
      if (space < 0 || !Names.tag(n.substring(0, space)).equals(tag)) continue;
      if (found != null) return Optional.empty();
      found = n;
    }
    return Optional.ofNullable(found);
  }
}
