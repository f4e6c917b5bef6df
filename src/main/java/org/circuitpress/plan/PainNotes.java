package org.circuitpress.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.LogNote;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Slot;
import org.circuitpress.model.Week;
import org.circuitpress.model.Words;

/**
 * The warnings of a block planned from a log with notes of pain ({@link ClientNotes#pain}): each
 * names the drill, quotes the note and says where it was written, at that cell or field, so that
 * the trainer talks it through with the client before the drill goes on.
 */
final class PainNotes {
  private PainNotes() {}

  /**
   * The warning of a slot held back by notes of pain on its drill: {@code week1} is what it gives
   * in every week of the block (lighter in a deload week, when the block {@code deloads}), which is
   * where the last block started, or one step back from there when the whole block goes back one
   * ({@code kind}). What the drill is held at (its name, dose and load) comes first and then the
   * note, as the summary's Detail cell has room for the start of a warning only.
   */
  static Diagnostic held(Client c, Slot slot, List<ClientNotes.Written> pain, Prescription week1, boolean deloads,
      LogDecision.Kind kind, Program previous) {
    String from = kind == LogDecision.Kind.REGRESS
        ? "one step back from where the last block started, as the whole block goes back one"
        : "where the last block started";
    String name = week1.exercise().name();
    String gives = name + " " + week1.dose().format() + (week1.load() == null ? "" : " with " + week1.load().label());
    List<String> own = drillsOf(previous, slot.id());
    List<ClientNotes.Written> onRow = pain.stream().filter(w -> w.onRowOf(own)).toList();
    List<ClientNotes.Written> naming = pain.stream().filter(w -> !w.onRowOf(own)).toList();
    String why = onRow.isEmpty()
        // held only for notes written elsewhere that name the drill: which note, and where
        ? ", as a note of pain " + namesBy(naming.get(0), own) + ": " + elsewhere(naming.get(0), previous)
            + naming(naming.size() - 1, "")
        : ": " + said(onRow, previous, name) + naming(naming.size(), " elsewhere");
    return warning(c, pain.get(0), "slot " + slot.id() + ": " + BlockLog.HELD_AT + gives + BlockLog.EVERY_WEEK
        + (deloads ? " (less in the deload week)" : "") + why + "; that is " + from
        + ". Ask the client about it, then change the drill, its dose or the client's limitations if need be"
        + mightBe(pain.get(0)));
  }

  /**
   * How a note names a slot's drill ({@code own}): "names it", or, where one word of its name alone
   * holds it, "says "squats" and no other drill of the last block has that word", so that a trainer
   * sees at once when the guess is wrong.
   */
  private static String namesBy(ClientNotes.Written w, List<String> own) {
    return own.stream().map(w.named().byWord()::get).filter(Objects::nonNull).findFirst()
        .map(PainNotes::saysWord).orElse("names it");
  }

  /** The drills of the last block that gave a slot. */
  private static List<String> drillsOf(Program previous, String slotId) {
    return previous.weeks().stream().flatMap(w -> w.circuit().stream()).filter(p -> p.slot().id().equals(slotId))
        .map(p -> p.exercise().id()).distinct().toList();
  }

  /** ", and 2 more notes of pain elsewhere that name it", ", and 1 more note of pain that names it", or nothing. */
  private static String naming(int more, String where) {
    return more(more, where.strip() + (where.isEmpty() ? "" : " ") + (more == 1 ? "that names it" : "that name it"));
  }

  /** ", and 2 more notes of pain on it", or nothing for none. */
  private static String more(int more, String which) {
    return more == 0 ? "" : ", and " + more + " more note" + (more == 1 ? "" : "s") + " of pain " + which;
  }

  /**
   * A note of pain written beside another drill or none, as the warning of a drill it names quotes
   * it: "the client's note on Incline push-up reports pain: "..." (week 2, ...)", "a note of the
   * client's for a whole session reports pain: ...", "a note of the client's outside the week
   * sheets reports pain: ...".
   */
  private static String elsewhere(ClientNotes.Written w, Program previous) {
    if (w.outside()) {
      String place = w.note().onWeekSheet() ? "on a week sheet in no drill's row"
          : w.note().where().isComment() ? "in a comment on the handout beside no session" : "outside the week sheets";
      return "a note of the client's " + place + BlockLog.PAIN + w.quoted() + " (in " + BlockLog.outsideWhere(w.note()) + ")";
    }
    if (w.wholeSession()) {
      return "a note of the client's for a whole session" + BlockLog.PAIN + w.quoted() + " (" + w.when() + ", in "
          + ClientNotes.ref(w.note()) + ")";
    }
    return said(List.of(w), previous, "");
  }

  /**
   * What a warning adds for each of the note's words that might name drills (one word such as
   * "row", or words several drills share), none of which is held for them: " The words "open
   * books" in the note might mean Side-lying open book or Open book with lift-off; none of them is
   * held back for those words alone".
   */
  private static String mightBe(ClientNotes.Written w) {
    StringBuilder out = new StringBuilder();
    for (DrillNames.Unclear u : w.named().unclear()) {
      List<String> names = u.maybe();
      boolean one = u.said().strip().split("[\\s-]+").length == 1;
      out.append(". The word").append(one ? "" : "s").append(" \"").append(u.said()).append("\" in the note might mean ")
          .append(list(names)).append("; ").append(names.size() == 1 ? "it is not" : "none of them is")
          .append(" held back for ").append(one ? "that word" : "those words").append(" alone");
    }
    return out.toString();
  }

  /** "A", "A or B", "A, B or C", "A, B, C or 2 more". */
  private static String list(List<String> names) {
    int shown = Math.min(names.size(), MIGHT_BE_SHOWN);
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, shown - 1)) + (names.size() > shown ? ", " + names.get(shown - 1)
            + " or " + (names.size() - shown) + " more" : " or " + names.get(shown - 1));
  }

  /** How many drills {@link #mightBe} names; the rest are counted. */
  private static final int MIGHT_BE_SHOWN = 3;

  /**
   * The warnings of the notes of pain no slot was held back for: a note of a whole session (the
   * handout's notes box of a session names no drill), and a note on a drill the block does not
   * continue ({@code held}: the notes each slot was held back for); and of a note that names a
   * drill no slot was held back for, as the block does not continue it; then of each note of pain on
   * a row of a new log that was not counted ({@link ClientNotes#uncountedPain}), which holds no drill.
   */
  static List<Diagnostic> notHeld(Client c, ClientNotes notes, Map<String, List<ClientNotes.Written>> held,
      List<Week> weeks, Program previous) {
    Collection<List<ClientNotes.Written>> taken = held.values();
    // the notes of one drill (one per round's row, often) are one warning, as a held drill's are;
    // each note of a whole session is its own, in the order the first of each was written
    record Key(Object of, boolean taken) {}
    Map<Key, List<ClientNotes.Written>> groups = new LinkedHashMap<>();
    for (ClientNotes.Written w : notes.pain()) {
      // a note on a drill's own row is said with that drill; one elsewhere with the drills it names
      boolean said = w.wholeSession() || w.outside()
          ? taken.stream().anyMatch(l -> l.contains(w))
          : held.entrySet().stream().anyMatch(h -> h.getValue().contains(w) && w.onRowOf(drillsOf(previous, h.getKey())));
      if (said && notHeldNamed(w, held, previous).isEmpty()) continue;
      groups.computeIfAbsent(new Key(w.wholeSession() ? w : w.drills().get(0), said), k -> new ArrayList<>()).add(w);
    }
    List<Diagnostic> out = new ArrayList<>();
    groups.forEach((key, group) -> {
      ClientNotes.Written w = group.get(0);
      List<String> named = notHeldNamed(w, held, previous);
      if (key.taken()) {
        out.add(warning(c, w, (w.wholeSession() ? elsewhere(w, previous) : said(group, previous, ""))
            + names(w, named, "also names", weeks, previous)
            + ". Ask the client about it before the drill comes back"));
      } else if (w.outside() || w.wholeSession()) {
        String where = w.outside() ? "; it stands beside no drill's row"
            : "; it was written for the whole session, not beside one drill";
        out.add(warning(c, w, elsewhere(w, previous) + (named.isEmpty()
            ? where + ", so no drill is held back for it. Ask the client which drill it was"
            : names(w, named, "names", weeks, previous) + ". Ask the client about it before the drill comes back")
            + mightBe(w)));
      } else {
        String drill = w.drills().get(0);
        out.add(warning(c, w, said(group, previous, "") + "; "
            + (givesDrill(weeks, drill) ? "this block starts that drill afresh" : "this block does not give that drill")
            + ", so nothing is held back for it" + names(w, named, "also names", weeks, previous)
            + ". Ask the client about it before the drill comes back" + mightBe(w)));
      }
    });
    for (LogNote n : notes.uncountedPain()) {
      String path = n.where().file();
      String file = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
      out.add(Diagnostic.warning(n.where(), Planner.who(c) + "a note of the client's on a row of " + file
          + " that was not counted, as the kept log has entries of its week," + BlockLog.PAIN + ClientNotes.quote(n)
          + " (in " + file + ", " + ClientNotes.ref(n) + "); no drill is held back for it. Ask the client about it")
          .forClient(c.id()));
    }
    return out;
  }

  /**
   * The warnings of the notes of pain in the log of {@code running}, a block still running: the
   * notes of one drill are one warning, each note of a whole session or outside the rows its own.
   * No drill is held back for them until the run that makes the next block reads the log.
   */
  static List<Diagnostic> stillRunning(Client c, ClientNotes notes, Program running) {
    Map<Object, List<ClientNotes.Written>> groups = new LinkedHashMap<>();
    for (ClientNotes.Written w : notes.pain()) {
      groups.computeIfAbsent(w.wholeSession() || w.outside() ? w : w.drills().get(0), k -> new ArrayList<>()).add(w);
    }
    List<Diagnostic> out = new ArrayList<>();
    groups.values().forEach(group -> {
      ClientNotes.Written w = group.get(0);
      out.add(warning(c, w, (w.wholeSession() || w.outside() ? elsewhere(w, running) : said(group, running, ""))
          + "; the block is still running, so nothing is held back for it yet: the run that makes the next block"
          + " reads this log again. Ask the client about it now"));
    });
    return out;
  }

  /**
   * The drills a note of pain names, but for the drill of its own row, that no slot was held back
   * for: the new block does not continue them.
   */
  private static List<String> notHeldNamed(ClientNotes.Written w, Map<String, List<ClientNotes.Written>> held,
      Program previous) {
    return w.named().drills().stream()
        .filter(d -> !w.onRowOf(List.of(d)) && held.keySet().stream().noneMatch(s -> drillsOf(previous, s).contains(d)))
        .toList();
  }

  /**
   * "; it names Goblet squat, which this block does not give, so nothing is held back for it", or
   * nothing for no drills; a drill that {@code w} names by one word alone is said with the word
   * ({@link #byWord}).
   */
  private static String names(ClientNotes.Written w, List<String> drills, String verb, List<Week> weeks,
      Program previous) {
    return drills.isEmpty() ? "" : "; it " + verb + " " + given(w, drills, weeks, previous)
        + ", so nothing is held back for " + (drills.size() == 1 ? "it" : "them");
  }

  /** "Goblet squat, which this block does not give", "A and B, which this block starts afresh". */
  private static String given(ClientNotes.Written w, List<String> drills, List<Week> weeks, Program previous) {
    List<String> gone = drills.stream().filter(d -> !givesDrill(weeks, d)).toList();
    List<String> afresh = drills.stream().filter(d -> givesDrill(weeks, d)).toList();
    String out = gone.isEmpty() ? "" : and(w, gone, previous) + ", which this block does not give";
    return out + (afresh.isEmpty() ? "" : (out.isEmpty() ? "" : ", and ") + and(w, afresh, previous)
        + ", which this block starts afresh");
  }

  private static boolean givesDrill(List<Week> weeks, String drill) {
    return weeks.stream().anyMatch(k -> k.circuit().stream().anyMatch(p -> p.exercise().id().equals(drill)));
  }

  /**
   * The drills' names as the last block printed them: "A", "A and B", "A, B and C", each that
   * {@code w} names by one word alone with the word ({@link #byWord}).
   */
  private static String and(ClientNotes.Written w, List<String> drills, Program previous) {
    return Words.and(drills.stream().map(d -> nameIn(previous, d) + byWord(w, d)).toList());
  }

  /**
   * " (it says "squats" and no other drill of the last block has that word)" after the name of a
   * drill that {@code w} names by that word alone, as the warning of a drill held for it says, so
   * that a wrong guess shows; nothing for a drill it names otherwise.
   */
  private static String byWord(ClientNotes.Written w, String drill) {
    String word = w.named().byWord().get(drill);
    return word == null ? "" : " (it " + saysWord(word) + ")";
  }

  /** "says "squats" and no other drill of the last block has that word". */
  private static String saysWord(String word) {
    return "says \"" + word + "\" and no other drill of the last block has that word";
  }

  private static String nameIn(Program previous, String drill) {
    return previous.weeks().stream().flatMap(w -> w.circuit().stream())
        .filter(p -> p.exercise().id().equals(drill)).map(p -> p.exercise().name()).findFirst().orElse(drill);
  }

  /**
   * "the client's note on Kettlebell windmill reports pain: "..." (week 3, ...), and 1 more"; "on
   * it" when the drill is {@code named} already.
   */
  private static String said(List<ClientNotes.Written> pain, Program previous, String named) {
    ClientNotes.Written first = pain.get(0);
    String name = nameIn(previous, first.drills().get(0));
    return BlockLog.NOTE_ON + (name.equals(named) ? "it" : name) + BlockLog.PAIN + first.quoted() + " ("
        + first.when() + ", in " + ClientNotes.ref(first.note()) + ")" + more(pain.size() - 1, "on it");
  }

  /** A warning at the cell or field the note was written in. */
  private static Diagnostic warning(Client c, ClientNotes.Written note, String message) {
    return Diagnostic.warning(note.note().where(), Planner.who(c) + message).forClient(c.id());
  }
}
