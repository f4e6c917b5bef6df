package org.circuitpress.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.Roster;
import org.circuitpress.model.Severity;

/**
 * The warnings of templates that no client follows. A trainer with a library of their own gets a
 * warning for every drill and role of the shipped templates that it lacks; when no client follows
 * those templates, the warnings change no handout and would drown the ones that do. They are folded
 * into one note that names the templates and says how to see them; {@code validate} lists them.
 *
 * <p>A template counts as followed when a client of the roster (an active one, or one the run names
 * with {@code --clients}) has it as their program, or a track that has it as a stage (the client
 * comes to every stage in turn), or when a roster row left out for its errors names it: that client
 * follows it once the row is fixed. The whole roster decides, not the clients a run of
 * {@code --clients} or a shard makes: those warnings are about the templates, which are the same
 * files for every client, so every shard and every run of some clients says the same.
 */
final class Unfollowed {
  private Unfollowed() {}

  /** The words that mark the note ({@link #isNote}). */
  private static final String NOT_FOLLOWED = "in templates that no active client on the roster follows";

  /** How many templates the note names before "and N more". */
  private static final int NAMED = 8;

  /** Whether a diagnostic is the note that stands for the warnings of templates no client follows. */
  static boolean isNote(Diagnostic x) {
    return x.severity() == Severity.INFO && x.message().contains(NOT_FOLLOWED);
  }

  /**
   * Puts one note in {@code d} in place of the warnings of the templates of {@code catalog} that no
   * client of {@code roster} follows, and returns those warnings, in the order they were reported.
   */
  static List<Diagnostic> fold(Catalog catalog, Roster roster, RunOptions o, Diagnostics d) {
    Set<String> followed = followed(catalog, roster);
    Map<String, List<Diagnostic>> unfollowed = new LinkedHashMap<>();
    catalog.warnings().forEach((id, w) -> {
      if (!followed.contains(id)) unfollowed.put(id, w);
    });
    if (unfollowed.isEmpty()) return List.of();
    List<Diagnostic> gone = new ArrayList<>();
    unfollowed.values().forEach(gone::addAll);
    d.replace(gone, note(unfollowed, gone.size(), o));
    return gone;
  }

  /** The ids of the templates that the clients and the rows left out of {@code roster} follow. */
  private static Set<String> followed(Catalog catalog, Roster roster) {
    // each program once: a roster of 10,000 clients names a handful
    Set<String> programs = new HashSet<>();
    roster.clients().forEach(c -> programs.add(c.program()));
    roster.leftOut().forEach(r -> programs.add(r.program()));
    Set<String> followed = new HashSet<>();
    for (String p : programs) followed.addAll(catalog.templatesOf(p));
    return followed;
  }

  /**
   * "41 warnings are in templates that no active client on the roster follows, ...: ankle-foot (9),
   * core-stability (12), ...", with how to see them: a dry run ({@code validate}) lists them after it.
   */
  private static Diagnostic note(Map<String, List<Diagnostic>> unfollowed, int count, RunOptions o) {
    List<String> named = new ArrayList<>();
    unfollowed.forEach((id, w) -> named.add(id + " (" + w.size() + ")"));
    int more = named.size() - NAMED;
    String which = more > 0 ? String.join(", ", named.subList(0, NAMED)) + " and " + more + " more"
        : String.join(", ", named);
    boolean one = count == 1;
    String see = o.dryRun() ? (one ? "it is listed below" : "they are listed below")
        : "to see " + (one ? "it" : "them") + ", run " + validate(o);
    // the folder named as the templates' own problems name it (templates/hip-mobility/slots.csv)
    Path folder = o.templates().getFileName() == null ? o.templates() : o.templates().getFileName();
    return Diagnostic.info(Location.ofFile(folder.toString()), count + (one ? " warning is " : " warnings are ")
        + NOT_FOLLOWED + ", so " + (one ? "it is" : "they are") + " not counted: " + which + ". No handout depends"
        + " on " + (one ? "it" : "them") + " until a client follows one of these templates; " + see);
  }

  /** The command that lists the warnings: {@code validate}, with the roster, library and templates of this run. */
  private static String validate(RunOptions o) {
    return "./circuitpress validate" + inputOptions(o, false);
  }

  /**
   * The options that name the inputs of {@code o} that are not the defaults, each after a space, as
   * typed in a shell; with {@code writes}, the branding and the output folder too, for a command
   * that writes handouts.
   */
  static String inputOptions(RunOptions o, boolean writes) {
    StringBuilder sb = new StringBuilder();
    if (!o.rosterByDefault()) sb.append(" --roster ").append(shellWord(o.roster().toString()));
    if (!o.libraryByDefault()) sb.append(" --library ").append(shellWord(o.library().toString()));
    if (!o.templates().equals(Inputs.DEFAULT_TEMPLATES)) sb.append(" --templates ").append(shellWord(o.templates().toString()));
    if (writes && o.branding() != null && !o.branding().equals(Inputs.DEFAULT_FOLDER.resolve("branding.csv"))) {
      sb.append(" --branding ").append(shellWord(o.branding().toString()));
    }
    if (writes && !o.out().equals(Run.DEFAULT_OUT)) sb.append(" --out ").append(shellWord(o.out().toString()));
    return sb.toString();
  }

  /**
   * A path or id as typed in a shell, so that the command pasted gets it as it is: bare when a
   * shell takes every character of it literally; in double quotes when only a space or the like
   * asks for quotes ({@code "my clients.xlsx"}); in single quotes when it holds a character that
   * a shell still reads inside double quotes ({@code "}, {@code $}, a backquote, a backslash or
   * {@code !}), a single quote of its own ended, escaped and begun again ({@code 'Jo'\''s "best".csv'}).
   */
  static String shellWord(String path) {
    if (!path.isEmpty() && path.chars().allMatch(Unfollowed::literal)) return path;
    if (path.chars().noneMatch(ch -> "\"$`\\!".indexOf(ch) >= 0)) return "\"" + path + "\"";
    return "'" + path.replace("'", "'\\''") + "'";
  }

  /** Whether a shell reads {@code ch} as itself anywhere in a word. */
  private static boolean literal(int ch) {
    return Character.isLetterOrDigit(ch) || "-_./:@%+,=".indexOf(ch) >= 0;
  }
}
