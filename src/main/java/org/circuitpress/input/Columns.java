package org.circuitpress.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.circuitpress.model.Names;

/**
 * The columns a reader knows, so that the table layer can report missing required columns and
 * unknown columns once per file instead of once per row.
 *
 * @param required headers that must be present (as documented, e.g. {@code client_id})
 * @param optional headers that may be present
 * @param checkUnknown whether headers outside both lists produce a warning
 * @param rowsRequired whether a table with a header but no data rows is an error
 * @param strict headers (as documented) whose cells may not be read as empty when they show an
 *     error such as #N/A or hold a formula without a saved result: such a cell reaches the {@link
 *     Row} ({@link Row#unreadable}) and its reader reports an error for the row ({@link
 *     Fields#unreadable}). In other columns such a cell is a warning and read as empty.
 * @param otherNames other words people use for a known column (normalized header -> the column as
 *     documented), e.g. {@code injuries} for {@code limitations}: an unknown column so named is
 *     reported with a "did you mean", as a near misspelling of a known column is
 * @param links headers (normalized) of columns that hold web links: in a workbook, a cell there
 *     that shows text ("Watch video") with a link behind it is read as the link's address
 * @param byWords words (lower case; a phrase of several words is matched as words in a row) that,
 *     found among an unknown header's words, make it another name of a column (word -> the column
 *     as documented): {@code Medical history} and {@code Injuries/limitations} for limitations.
 *     Only for a column that must not be lost (a roster's limitations, a library's
 *     contraindications): several columns so named, or one beside the column itself, are read
 *     together ({@link #readTogether}), since reading one of them would drop what the others hold
 * @param unread the optional columns whose absence changes what every row gets (a roster without
 *     equipment plans every client with bodyweight drills only): an unknown header that looks like
 *     one the file lacks is said to be probably it, with what every row gets without it
 */
public record Columns(
    List<String> required,
    List<String> optional,
    boolean checkUnknown,
    boolean rowsRequired,
    Set<String> strict,
    Map<String, String> otherNames,
    Set<String> links,
    Map<String, String> byWords,
    List<Unread> unread) {
  /** No column checks; a header-only file is still an error. */
  public static final Columns ANY =
      new Columns(List.of(), List.of(), false, true, Set.of(), Map.of(), Set.of(), Map.of(), List.of());

  public Columns {
    required = List.copyOf(required);
    optional = List.copyOf(optional);
    Set<String> keys = new LinkedHashSet<>();
    for (String h : strict) keys.add(Names.header(h));
    strict = Set.copyOf(keys);
    Map<String, String> names = new HashMap<>();
    otherNames.forEach((k, v) -> names.put(Names.header(k), v));
    otherNames = Map.copyOf(names);
    Set<String> linkKeys = new LinkedHashSet<>();
    for (String h : links) linkKeys.add(Names.header(h));
    links = Set.copyOf(linkKeys);
    byWords = Map.copyOf(byWords);
    unread = List.copyOf(unread);
  }

  /**
   * An optional column whose absence changes what every row gets.
   *
   * @param column the column as documented
   * @param without what every row gets without it, as the warning says it ("every client is
   *     planned as a beginner")
   * @param words words (lower case; a phrase is matched as words in a row) that, among an unknown
   *     header's words, make it look like this column ({@code Kit owned}, {@code Ability})
   * @param safety whether its absence beside a header that looks like it is an error, the file not
   *     read: a roster's limitations, a library's contraindications, without which no drill is left
   *     out for an injury
   */
  public record Unread(String column, String without, List<String> words, boolean safety) {
    public Unread {
      words = List.copyOf(words);
    }
  }

  /**
   * How the line begins that says a column whose absence changes every row ({@link #unread()}) is
   * missing, followed by what every row gets without it: one line a column, whoever says it.
   */
  public static String noColumn(String column) {
    return "there is no " + column + " column, so ";
  }

  /** The same spec with these columns whose absence changes every row (see {@link #unread()}). */
  public Columns unread(List<Unread> columns) {
    return new Columns(required, optional, checkUnknown, rowsRequired, strict, otherNames, links, byWords, columns);
  }

  /**
   * The column the file lacks whose absence changes every row ({@link #unread()}) that an unknown
   * header looks like: one it is a near spelling or another name of ({@link #meant}), else one of
   * whose words it holds. Empty when it looks like none. A header whose words say it holds
   * something else ({@link #ANOTHER_KIND}: "Week 1 notes", "Sessions done", "Starting date") looks
   * like no column but one that must not be lost: a trainer's own columns are not each told they
   * may be a missing one, while "Limits notes" still stops a roster without limitations.
   */
  Optional<Unread> lookalike(String header, Set<String> normalizedHeaders) {
    Optional<String> meant = meant(header, normalizedHeaders);
    if (meant.isPresent()) return unread.stream().filter(u -> u.column().equals(meant.get())).findFirst();
    List<String> words = List.of(NOT_A_WORD.split(header.toLowerCase(Locale.ROOT)));
    boolean anotherKind = words.stream().anyMatch(ANOTHER_KIND::contains);
    for (Unread u : unread) {
      if (normalizedHeaders.contains(Names.header(u.column())) || anotherKind && !u.safety()) continue;
      for (String w : u.words()) {
        if (Collections.indexOfSubList(words, List.of(w.split(" "))) >= 0) return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  public static Columns of(List<String> required, List<String> optional) {
    return new Columns(required, optional, true, true, Set.of(), Map.of(), Set.of(), Map.of(), List.of());
  }

  /** The same spec, but a table without data rows is accepted silently. */
  public Columns allowingNoRows() {
    return new Columns(required, optional, checkUnknown, false, strict, otherNames, links, byWords, unread);
  }

  /** The same spec with these columns strict (see {@link #strict()}). */
  public Columns strict(List<String> headers) {
    return new Columns(
        required, optional, checkUnknown, rowsRequired, Set.copyOf(headers), otherNames, links, byWords, unread);
  }

  /** The same spec with every known column strict but these. */
  public Columns strictAllBut(List<String> lenient) {
    List<String> keep = new ArrayList<>(all());
    keep.removeAll(lenient);
    return strict(keep);
  }

  /** The same spec knowing these other names of its columns (see {@link #otherNames()}). */
  public Columns otherNames(Map<String, String> names) {
    return new Columns(required, optional, checkUnknown, rowsRequired, strict, names, links, byWords, unread);
  }

  /** The same spec knowing these words of other names of its columns (see {@link #byWords()}). */
  public Columns byWords(String column, String... words) {
    Map<String, String> named = new HashMap<>(byWords);
    for (String w : words) named.put(w, column);
    return new Columns(required, optional, checkUnknown, rowsRequired, strict, otherNames, links, named, unread);
  }

  /** The same spec with these columns holding web links (see {@link #links()}). */
  public Columns links(List<String> headers) {
    return new Columns(
        required, optional, checkUnknown, rowsRequired, strict, otherNames, Set.copyOf(headers), byWords, unread);
  }

  /** Whether a column, by its normalized header ({@link Names#header}), holds web links. */
  boolean isLink(String normalizedHeader) {
    return links.contains(normalizedHeader);
  }

  /**
   * The known column an unknown header is probably meant to be: one spelled nearly the same, or
   * one it is another name for; never a column the file already has.
   */
  Optional<String> meant(String header, Set<String> normalizedHeaders) {
    List<String> absent = new ArrayList<>();
    for (String c : all()) if (!normalizedHeaders.contains(Names.header(c))) absent.add(c);
    String other = otherName(header);
    if (other != null) return absent.contains(other) ? Optional.of(other) : Optional.empty();
    return Suggest.closest(header, absent, Names::header);
  }

  /**
   * The known column {@code header} is another usual name of ({@link #otherNames()}), in the
   * singular or plural too ({@code restriction}, {@code injury}); null when it is none.
   */
  String otherName(String header) {
    String h = Names.header(header);
    String other = otherNames.get(h);
    if (other == null) other = otherNames.get(h + "s");
    if (other == null && h.endsWith("s")) other = otherNames.get(h.substring(0, h.length() - 1));
    return other != null ? other : byWord(header);
  }

  /**
   * Words that say a header holds something other than a client's settings: notes, a date or a
   * time, a name or contact, or what was done or is left ("Sessions done", "Sessions left").
   */
  private static final Set<String> ANOTHER_KIND = Set.of(
      "note", "notes", "comment", "comments", "date", "dates", "time", "hours", "name", "phone",
      "email", "goal", "goals", "done", "completed", "attended", "missed", "logged", "booked", "paid", "left",
      "remaining", "used", "history");

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The column one of the header's words names ({@link #byWords()}), or null. */
  private String byWord(String header) {
    if (byWords.isEmpty()) return null;
    List<String> words = List.of(NOT_A_WORD.split(header.toLowerCase(Locale.ROOT)));
    for (Map.Entry<String, String> e : byWords.entrySet()) {
      if (Collections.indexOfSubList(words, List.of(e.getKey().split(" "))) >= 0) return e.getValue();
    }
    return null;
  }

  /**
   * The column that must not be lost ({@link #byWords()}) an unknown header is another name of
   * ({@code injuries}, {@code Medical history}); null when it is none.
   */
  String readTogether(String header) {
    String other = otherName(header);
    return other != null && readsTogether(other) ? other : null;
  }

  /** Whether several columns named as {@code column} are read together ({@link #byWords()}). */
  boolean readsTogether(String column) {
    return byWords.containsValue(column);
  }

  /** Whether a column, by its normalized header ({@link Names#header}), is strict. */
  boolean isStrict(String normalizedHeader) {
    return strict.contains(normalizedHeader);
  }

  /** Whether a header (as written) is one of the known columns. */
  public boolean knows(String header) {
    String h = Names.header(header);
    return required.stream().anyMatch(r -> Names.header(r).equals(h))
        || optional.stream().anyMatch(o -> Names.header(o).equals(h));
  }

  /** A note in brackets, and the marks ({@code *}, {@code :}) typed after a header. */
  private static final Pattern NOTE = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*\\]|[*:?#]+\\s*$");

  /**
   * The known column a header names before a note to whoever fills the sheet in ({@code Start date
   * (dd/mm/yyyy)}, {@code Equipment [separate with ;]}) or a mark ({@code Weeks*}, {@code Name:}):
   * the column as documented, or null when the header is known already or names none without them.
   */
  String beforeNote(String header) {
    if (knows(header)) return null;
    String bare = NOTE.matcher(header).replaceAll(" ").strip();
    if (bare.isEmpty() || bare.equals(header.strip())) return null;
    String h = Names.header(bare);
    for (String c : all()) if (Names.header(c).equals(h)) return c;
    return null;
  }

  /** The required columns, as documented, that none of the given headers matches. */
  List<String> missing(Set<String> normalizedHeaders) {
    List<String> out = new ArrayList<>();
    for (String r : required) if (!normalizedHeaders.contains(Names.header(r))) out.add(r);
    return out;
  }

  /** All known columns as documented, required first. */
  List<String> all() {
    Set<String> s = new LinkedHashSet<>(required);
    s.addAll(optional);
    return List.copyOf(s);
  }
}
