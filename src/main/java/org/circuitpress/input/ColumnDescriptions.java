package org.circuitpress.input;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.circuitpress.model.Diagnostic;

/**
 * A row right under the header that says what each column takes ({@code text}, {@code template
 * id}, {@code date}, {@code dd/mm/yyyy}, {@code b/i/a}, {@code kg/lb}) instead of holding an entry,
 * as a sheet made for others to fill in may have. Read as an entry, it is one that fails with an
 * error in nearly every cell.
 *
 * <p>Told conservatively, so that a real entry with a slip or two is never passed over: only the
 * first row under the header is looked at; no cell may hold a number or a date; at least three
 * cells, more than half of the filled ones and more than half of the filled required ones must
 * each be a description: words naming a kind of value ({@code text}, {@code number}, {@code id},
 * {@code list}) with at most a few words around them ({@code template id}, {@code free text}), a
 * date's format written in letters ({@code dd/mm/yyyy}), or short choices joined by "/" ({@code
 * kg/lb}). A real client's id, name, program and start date are none of these.
 */
final class ColumnDescriptions {
  private ColumnDescriptions() {}

  /** Words that name a kind of value; a description holds at least one. */
  private static final Set<String> KINDS = Set.of("text", "string", "number", "numeric", "integer", "decimal",
      "date", "list", "id", "email", "url", "link", "time", "boolean", "digits", "yes/no", "y/n", "true/false");
  /** Words that may stand around a kind in a description: "template id", "free text", "list of ids". */
  private static final Set<String> AROUND = Set.of("a", "an", "the", "of", "or", "and", "by", "with", "in", "per",
      "free", "plain", "short", "long", "whole", "unique", "optional", "required", "format", "separated", "comma",
      "semicolon", "client", "member", "exercise", "drill", "program", "template", "name", "full", "first", "start",
      "e.g.", "eg", "see", "below", "one", "item", "items", "word", "words", "value");
  /** The most words a description has. */
  private static final int MAX_WORDS = 4;
  private static final Pattern WORD_GAP = Pattern.compile("[\\s()\\[\\],:;_-]+");
  /** A date's format written in letters: dd/mm/yyyy, YYYY-MM-DD, d.m.yy. */
  private static final Pattern DATE_FORMAT = Pattern.compile("(?i)[dmy]{1,4}([./-])[dmy]{1,4}\\1[dmy]{1,4}");
  /** Short choices joined by "/" or "|": kg/lb, A4/Letter, b/i/a, beginner/intermediate/advanced. */
  private static final Pattern CHOICES = Pattern.compile("[\\p{L}\\d]{1,12}(\\s*[/|]\\s*[\\p{L}\\d]{1,12})+");
  /** The fewest cells that must be descriptions. */
  private static final int FEWEST = 3;
  /** How many of them the note quotes. */
  private static final int QUOTED = 3;

  /**
   * The note for {@code cells} (a row's filled cells in column order) when they are a row of column
   * descriptions; {@code requiredKeys} are the table's required columns, as normalized headers.
   */
  static Optional<Diagnostic> check(Row row, List<Cell> cells, List<String> requiredKeys, String entry) {
    if (cells.size() < FEWEST) return Optional.empty();
    List<Cell> described = new ArrayList<>();
    for (Cell c : cells) {
      if (c.value() != null || isValue(c.text())) return Optional.empty();
      if (describes(c.text())) described.add(c);
    }
    int required = 0;
    int requiredDescribed = 0;
    for (String key : requiredKeys) {
      Cell c = row.cells().get(key);
      if (c == null) continue;
      required++;
      if (described.contains(c)) requiredDescribed++;
    }
    if (described.size() < FEWEST || described.size() * 2 <= cells.size() || requiredDescribed * 2 <= required) {
      return Optional.empty();
    }
    int at = row.location().row();
    // each text once: "text" in A2, not again in B2
    Set<String> seen = new HashSet<>();
    List<String> quoted = described.stream().filter(c -> seen.add(c.text())).limit(QUOTED)
        .map(c -> Fields.quote(c.text()) + " in " + org.circuitpress.model.Location.columnLetters(c.location().column())
            + at).toList();
    int more = cells.size() - quoted.size();
    String listed = more > 0 ? String.join(", ", quoted) + " and " + more + " more" : String.join(", ", quoted);
    return Optional.of(Diagnostic.info(row.location(), "row " + at + " says what each column takes (" + listed
        + ") rather than holding " + entry + ", so it is read as a row of column descriptions and passed over"));
  }

  /** Whether text typed as a number or a date is a value, not a description of one. */
  private static boolean isValue(String text) {
    return Fields.parseNumber(text).isPresent() || Fields.parseDate(text).date() != null;
  }

  /** Whether a cell's text describes a kind of value rather than being one. */
  static boolean describes(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) return false;
    if (DATE_FORMAT.matcher(t).matches() || KINDS.contains(t)) return true;
    if (CHOICES.matcher(t).matches()) return t.chars().anyMatch(Character::isLetter) && noNumberAmong(t);
    String[] words = WORD_GAP.split(t);
    if (words.length > MAX_WORDS) return false;
    boolean kind = false;
    for (String w : words) {
      if (w.isEmpty()) continue;
      String one = w.length() > 2 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
      if (KINDS.contains(w) || KINDS.contains(one)) kind = true;
      else if (!AROUND.contains(w)) return false;
    }
    return kind;
  }

  /** Whether none of the choices joined by "/" is a number alone ("8/12/16" lists weights). */
  private static boolean noNumberAmong(String t) {
    for (String part : t.split("[/|]")) if (part.strip().chars().allMatch(Character::isDigit)) return false;
    return true;
  }
}
