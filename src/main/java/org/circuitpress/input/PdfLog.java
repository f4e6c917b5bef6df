package org.circuitpress.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.LogFields;
import org.circuitpress.model.LogNote;
import org.circuitpress.model.Names;
import org.circuitpress.model.Program;
import org.circuitpress.model.Severity;

/**
 * Reads the write-in form fields of a filled {@code handout.pdf} (named by {@link LogFields}).
 * A session's date, RPE and notes apply to every drill of that session, a round's tick to every
 * drill of that round, since the paper asks for them once.
 */
final class PdfLog {
  static final Pattern FIELD = Pattern.compile(
      "w(\\d+)\\.s(\\d+)\\.(?:(date|rpe|notes)|r(\\d+)\\.(?:(done)|(.+)\\.(amount|load)))");

  /** One filled field: where it belongs and what it holds, read once ({@link #held}). */
  private record Filled(String name, int week, int session, int round, String measure, String part, Held held) {
    Raw value() {
      return held.value();
    }
  }

  private PdfLog() {}

  /** The grid read from the form; empty when it cannot be read ({@code unreadable}: how that is told) or is ignored. */
  static Optional<LogGrid> read(Path path, String file, Program previous, Severity unreadable, Diagnostics d) {
    LogCells cells = new LogCells(previous, d);
    if (!endsAsPdf(path)) {
      // PDFBox reads a file cut short in its last save from the revision before, as if the
      // client had filled less: refused, as a cut-off workbook is.
      cells.unreadable(Location.ofFile(file), DAMAGED, unreadable);
      return Optional.empty();
    }
    try (PDDocument doc = Loader.loadPDF(path.toFile())) {
      PDAcroForm form = form(doc);
      LogGrid grid = new LogGrid(previous, file);
      if (form == null || !hasLogFields(form)) {
        cells.warn(Location.ofFile(file), "has no fields to fill in any more (it was printed to PDF,"
            + " flattened or scanned), so what was written on it cannot be read; type the entries into "
            + LogReader.LOG_FILE + " instead" + (PdfMarkup.hasComments(doc) ? "" : "; it is ignored"));
        // told apart from a blank log: the client may well have written on it; comments added
        // after flattening are still read, as notes of the block (no box is left to place them by)
        grid.unread(BlockLog.FLATTENED);
        markup(doc, form, file, LogFields.part(previous.client().id()) + ".", grid, cells);
        cells.finish(file);
        return Optional.of(grid);
      }
      Matcher block = BLOCK_IN_TITLE.matcher(String.valueOf(doc.getDocumentInformation().getTitle()));
      if (block.find() && Integer.parseInt(block.group(1)) != previous.block()) {
        cells.warn(Location.ofFile(file), "this is the handout of block " + block.group(1) + ", but the last block"
            + " was block " + previous.block() + " (" + previous.start() + " to " + previous.end()
            + "); it is ignored. Put the handout of block " + previous.block() + " here");
        return Optional.empty();
      }
      Matcher program = PROGRAM_IN_TITLE.matcher(String.valueOf(doc.getDocumentInformation().getTitle()));
      String printed = previous.template().name();
      if (program.find() && !program.group(1).strip().equalsIgnoreCase(printed.strip()) && noDrillOf(form, grid)) {
        cells.warn(Location.ofFile(file), "this is the handout of the program \"" + program.group(1) + "\", but the"
            + " last block was of \"" + printed + "\" (" + previous.start() + " to " + previous.end() + "), and none"
            + " of its boxes is for one of that block's drills; it is ignored. Put the handout of that block here");
        return Optional.empty();
      }
      // The renderer dates a handout from its block's start: one from an earlier enrolment with
      // the same block number ended before the last block began (a start moved since still
      // overlaps). A later date is not judged: an app may date the file when it saves it.
      Calendar created = doc.getDocumentInformation().getCreationDate();
      if (created != null) {
        java.time.LocalDate from = created.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        java.time.LocalDate to = from.plusDays(java.time.temporal.ChronoUnit.DAYS.between(previous.start(), previous.end()));
        if (to.isBefore(previous.start())) {
          cells.warn(Location.ofFile(file), "this handout is for a block that started on " + from + ", but the last"
              + " block ran " + previous.start() + " to " + previous.end() + "; it is the handout of another block"
              + " and is ignored. Put the handout of " + previous.start() + " to " + previous.end() + " here");
          return Optional.empty();
        }
      }
      String prefix = LogFields.part(previous.client().id()) + ".";
      List<Filled> filled = filled(form, prefix);
      if (filled.isEmpty()) {
        String other = otherClient(form, prefix);
        // ids are compared as the roster compares them: "C003" is client c003, "1,001" client 1001
        String id = previous.client().id();
        if (other != null && (Names.id(other).equals(Names.id(LogFields.part(id)))
            || IdNumbers.shownForms(id).stream().map(LogFields::part).anyMatch(other::equals))) {
          filled = filled(form, other + ".");
          prefix = other + ".";
        } else if (other != null) {
          cells.warn(Location.ofFile(file), "the filled fields are those of client " + quote(other) + ", not "
              + quote(previous.client().id()) + ": this is another client's handout; it is ignored");
          return Optional.empty();
        }
      }
      // session fields first, then rounds, then drills: the most specific field has the last word
      for (int pass = 0; pass < 3; pass++) {
        for (Filled f : filled) if (pass == level(f)) apply(grid, cells, file, f);
      }
      if (markup(doc, form, file, prefix, grid, cells) > 0) grid.unread(BlockLog.DRAWN);
      cells.finish(file);
      return Optional.of(grid);
    } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
      cells.unreadable(Location.ofFile(file), "could not read the form fields: the PDF is password-protected;"
          + " save it without a password; it is ignored", unreadable);
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // PDFBox's messages name PDF internals ("root object", "trailer") that tell a trainer nothing
      cells.unreadable(Location.ofFile(file), DAMAGED, unreadable);
      return Optional.empty();
    }
  }

  /**
   * What the client added to the pages of {@code doc} besides its boxes: told, and its comments
   * read as notes ({@link #comments}); the number of marks drawn, which cannot be read.
   */
  private static int markup(PDDocument doc, PDAcroForm form, String file, String prefix, LogGrid grid, LogCells cells)
      throws IOException {
    PdfMarkup.Told marks = PdfMarkup.tell(doc, form, file, prefix);
    marks.warnings().forEach(m -> cells.warn(Location.ofFile(file), m));
    comments(grid, file, marks.comments());
    return marks.drawings();
  }

  /**
   * The comments on the handout's pages as the client's notes: each of the session whose boxes it is
   * on or nearest to, beside that session's notes box; one on a page with no box of a session the
   * block has, of the block ({@link LogGrid#outside}). One on a page of another client's handout is
   * no note of this client's.
   */
  private static void comments(LogGrid grid, String file, List<PdfMarkup.Comment> comments) {
    List<LogNote> block = new ArrayList<>(grid.outside());
    for (PdfMarkup.Comment c : comments) {
      if (c.other() != null) continue;
      LogNote note = new LogNote(null, c.words(), Location.ofComment(file, c.page()), c.quoted());
      List<LogGrid.Slot> session = grid.slots().stream()
          .filter(s -> s.key.week() == c.week() && s.key.session() == c.session()).toList();
      if (session.isEmpty()) block.add(note);
      for (LogGrid.Slot s : session) {
        List<LogNote> notes = new ArrayList<>(s.notes);
        notes.add(note);
        s.notes = List.copyOf(notes);
      }
    }
    grid.outside(block);
  }

  /**
   * The handout's form as it was saved. PDFBox's {@code getAcroForm()} first runs its fix-up,
   * which, for a form that asks viewers to draw its fields (NeedAppearances, as every handout
   * does), builds the look of every field again: most of the time of opening a handout, and
   * nothing a value is read from (a field's value stays as saved; a tick box's look is set from
   * it, not the other way round). The one part of the fix-up that changes what is read is the
   * search of the pages for fields that the form does not list, done only when it lists none: a
   * form saved that way still goes through the fix-up, so its fields are read as before.
   */
  static PDAcroForm form(PDDocument doc) {
    PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
    return form != null && form.getFields().isEmpty() ? doc.getDocumentCatalog().getAcroForm() : form;
  }

  private static final String DAMAGED = "could not read the form fields: the PDF is damaged or cut off;"
      + " open it in a PDF app and save it again; it is ignored";

  /**
   * Whether the file ends as every save of a PDF does, with {@code %%EOF} and at most line ends or
   * padding after it. An upload or sync cut short ends elsewhere, also when the cut falls in an
   * incremental save just after the previous save's {@code %%EOF}.
   */
  static boolean endsAsPdf(Path path) {
    try (java.nio.channels.SeekableByteChannel ch = java.nio.file.Files.newByteChannel(path)) {
      long size = ch.size();
      int n = (int) Math.min(size, 1024);
      java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(n);
      ch.position(size - n);
      while (tail.hasRemaining() && ch.read(tail) > 0) {
        // read the whole tail
      }
      String end = new String(tail.array(), 0, tail.position(), java.nio.charset.StandardCharsets.ISO_8859_1);
      int eof = end.lastIndexOf("%%EOF");
      // only line ends, spaces or padding after it: bytes of a later save cut short are not
      return eof >= 0 && end.substring(eof + 5).chars().allMatch(c -> c == '\r' || c == '\n' || c == ' '
          || c == '\t' || c == 0);
    } catch (IOException e) {
      return true; // the reader below says why it cannot be read
    }
  }

  /** The handout's title as the renderer writes it: "Upper-back mobility, block 2: Anna Berg". */
  private static final Pattern BLOCK_IN_TITLE = Pattern.compile(", block (\\d{1,3}): ");

  /** The program a handout's title names, as the renderer writes it: "Upper-back mobility" of the title above. */
  private static final Pattern PROGRAM_IN_TITLE = Pattern.compile("^(.+), block \\d{1,3}: ");

  /**
   * Whether the form has boxes of drills and none of them is for a drill of the block: the
   * handout of another program, whose round ticks and session boxes would otherwise count for
   * this block's drills. A template renamed since the block was printed still has its drills.
   */
  private static boolean noDrillOf(PDAcroForm form, LogGrid grid) {
    Set<String> drills = new HashSet<>();
    for (LogGrid.Slot s : grid.slots()) drills.add(LogFields.part(s.key.drill()));
    boolean any = false;
    for (PDField f : form.getFieldTree()) {
      Matcher m = f instanceof PDTerminalField && f.getFullyQualifiedName() != null
          ? FIELD.matcher(f.getFullyQualifiedName()) : null;
      if (m == null || !m.find() || m.group(6) == null) continue;
      if (drills.contains(m.group(6))) return false;
      any = true;
    }
    return any;
  }

  /** True when the form has any log field at all, filled or not. */
  private static boolean hasLogFields(PDAcroForm form) {
    for (PDField f : form.getFieldTree()) {
      if (f instanceof PDTerminalField && f.getFullyQualifiedName() != null
          && FIELD.matcher(f.getFullyQualifiedName()).find()) {
        return true;
      }
    }
    return false;
  }

  /** True when any log field of the form has a value. */
  static boolean hasEntries(PDAcroForm form) {
    for (PDField f : form.getFieldTree()) {
      if (f instanceof PDTerminalField && f.getFullyQualifiedName() != null
          && FIELD.matcher(f.getFullyQualifiedName()).find() && held(f, true).something()) {
        return true;
      }
    }
    return false;
  }

  /** The client whose log fields hold entries, when they are not under {@code prefix}; else null. */
  private static String otherClient(PDAcroForm form, String prefix) {
    for (PDField f : form.getFieldTree()) {
      String name = f.getFullyQualifiedName();
      if (!(f instanceof PDTerminalField) || name == null || name.startsWith(prefix)) continue;
      if (!held(f, true).something()) continue;
      Matcher m = FIELD.matcher(name);
      if (m.find() && m.start() > 1 && name.charAt(m.start() - 1) == '.') return name.substring(0, m.start() - 1);
    }
    return null;
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  private static List<Filled> filled(PDAcroForm form, String prefix) {
    List<Filled> out = new ArrayList<>();
    for (PDField f : form.getFieldTree()) {
      String name = f.getFullyQualifiedName();
      if (!(f instanceof PDTerminalField) || name == null || !name.startsWith(prefix)) continue;
      Matcher m = FIELD.matcher(name.substring(prefix.length()));
      if (!m.matches()) continue;
      String measure = m.group(3) != null ? m.group(3) : m.group(5) != null ? "done" : m.group(7);
      Held held = held(f, measure.equals("done"));
      if (!held.something()) continue;
      int round = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
      out.add(new Filled(name, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), round, measure, m.group(6),
          held));
    }
    return out;
  }

  /**
   * Which box of the handout a field is, as the client sees it: "week 1, session 2, round 1, Kettlebell
   * windmill: amount done". The field's own name stays in front of it for those who look it up.
   */
  private static String box(Filled f, List<LogGrid.Slot> targets) {
    StringBuilder sb = new StringBuilder("week ").append(f.week()).append(", session ").append(f.session());
    if (f.round() > 0) sb.append(", round ").append(f.round());
    if (f.part() != null && !targets.isEmpty()) sb.append(", ").append(targets.get(0).rx.exercise().name());
    return sb.append(": ").append(what(f)).toString();
  }

  /** What a box holds, as the handout asks for it. */
  private static String what(Filled f) {
    return switch (f.measure()) {
      case "date" -> "date";
      case "rpe" -> "effort (RPE)";
      case "notes" -> "notes";
      case "done" -> "round done";
      case "amount" -> "amount done";
      default -> "load used";
    };
  }

  private static int level(Filled f) {
    return f.round() == 0 ? 0 : f.part() == null ? 1 : 2;
  }

  /**
   * What a field holds, worked out once per field: its value as read, and what it is stored as
   * when it cannot be read ({@code odd}) or is read with a warning ({@code otherTick}). A box's
   * value is text, and a tick box's a name; an app that stores another kind of value (a number, a
   * name in a text box, text in a tick box) has it read as what it says: a number as its digits, a
   * name as its text.
   *
   * @param value the value read; empty when none could be
   * @param odd what the value is stored as, in a trainer's words, when no box's value can be read
   *     from it; null for a value that was read (or is empty)
   * @param otherTick what a tick box holds, in a trainer's words, when it is a name other than Off
   *     and the box's own names for ticked; null for any other value
   * @param madeTick for a box to write in that an app made a tick box and that holds a tick: how the
   *     tick is stored, in a trainer's words ("" for the handout's own name for ticked); null otherwise
   */
  private record Held(Raw value, String odd, String otherTick, String madeTick) {
    static final Held NOTHING = new Held(Raw.text(""), null, null, null);
    static final Held TICK = new Held(TICKED, null, null, null);
    static final Held MADE_TICK = new Held(TICKED, null, null, "");

    Held(Raw value, String odd, String otherTick) {
      this(value, odd, otherTick, null);
    }

    /** Whether the field holds a value, read or not: a file that may hold entries is never taken for a blank one. */
    boolean something() {
      return !value.isBlank() || odd != null || otherTick != null;
    }
  }

  /**
   * What field {@code f} holds; {@code tickBox}: whether it is a tick box on the handout, as a
   * round's is, and not a box to write in that an app made one (which its warnings say).
   */
  private static Held held(PDField f, boolean tickBox) {
    COSBase v = stored(f);
    // an app may make a box a tick box, or a round button of one option (PDFBox: a radio button)
    if (f instanceof PDCheckBox || f instanceof PDRadioButton) return heldByTickBox((PDButton) f, v, tickBox);
    if (f instanceof PDButton) return Held.NOTHING;
    String said = text(v);
    boolean asText = v instanceof COSString || v instanceof COSStream;
    Raw value = Raw.text(asText ? f.getValueAsString() : said == null ? "" : said);
    boolean read = v == null || v instanceof COSNull || v instanceof COSStream || said != null;
    return new Held(value, read ? null : kind(v) + " in this box instead of text", null);
  }

  /**
   * What a tick box holds. {@code Off} is not ticked; one of the box's own names for ticked is.
   * Another name is how an app that does not look up the box's own name saves a tick ({@code On},
   * {@code 1}), and counts as one, unless it is a word for not done ({@code No}, {@code false});
   * either with a warning (otherTick): the app meant a tick most likely, but the box does not say
   * so itself. Text other than the box's own "on" names is odd: "yes" in a box whose tick is
   * called "On" may or may not be a tick. A box to write in that an app made a tick box is
   * named as the box it is on the handout ({@code tickBox} false), and a tick in it is one the
   * handout never asked for there: it is told as such whatever name it has ({@link Held#madeTick}).
   */
  private static Held heldByTickBox(PDButton box, COSBase v, boolean tickBox) {
    Held tick = tickBox ? Held.TICK : Held.MADE_TICK;
    if (v == null || v instanceof COSNull) return tickBox && shownTicked(box) ? LOOK_ONLY : Held.NOTHING;
    if (v instanceof COSBoolean b) return b.getValue() ? tick : Held.NOTHING;
    if (v instanceof COSName n) {
      String name = n.getName();
      if (isOff(name)) return tickBox && shownTicked(box) ? LOOK_NOT_VALUE : Held.NOTHING;
      Set<String> own = ownTicks(box);
      // the handout's own name for ticked counts also in a box whose looks an app dropped (a form
      // that asks viewers to draw its fields, as the handout's does, may be saved without them);
      // an app may number a box's states and keep their names in the field's options (/Opt)
      if (LogFields.TICKED.equals(name) || own.contains(name) || own.contains(box.getValue())) return tick;
      boolean ticked = LogValues.done(name).orElse(true);
      if (ticked && !tickBox) {
        return new Held(TICKED, null, null, " (it holds \"" + name + "\", the app's name for a tick)");
      }
      String ownName = own.isEmpty() ? "" : " whose own name for ticked is \"" + own.iterator().next() + "\"";
      String where = tickBox ? "tick box" + (ownName.isEmpty() ? "" : "," + ownName)
          : "box, which it made a tick box" + ownName;
      return new Held(ticked ? TICKED : Raw.text(""), null, "\"" + name + "\" in this " + where);
    }
    String said = text(v);
    if (said == null) {
      String instead = tickBox ? "tick box instead of a tick" : "box instead of text";
      return new Held(Raw.text(""), kind(v) + " in this " + instead, null);
    }
    // a name written out as text, slash and all: pypdf 3 stores the "/Yes" its caller passes so
    if (v instanceof COSString && said.length() > 1 && said.startsWith("/") && !said.contains(" ")) {
      return heldByTickBox(box, COSName.getPDFName(said.substring(1)), tickBox);
    }
    if (said.isBlank()) return heldByTickBox(box, null, tickBox);
    if (said.equals(COSName.Off.getName())) return heldByTickBox(box, COSName.Off, tickBox);
    return LogFields.TICKED.equals(said) || box.getOnValues().contains(said) ? tick
        : new Held(Raw.text(""), "\"" + said + "\" in this " + (tickBox ? "tick box, which holds a tick or nothing"
            : "box, which it made a tick box (a tick or nothing)"), null);
  }

  private static final Raw TICKED = new Raw("yes", null, null, true);

  /** A tick box with no value that shows ticked: the client saw a tick there, and it counts as one. */
  private static final Held LOOK_ONLY = new Held(TICKED, null, "a tick in the box's look only, with no value");

  /** A tick box whose value is Off but that shows ticked: the client saw a tick there too. */
  private static final Held LOOK_NOT_VALUE = new Held(TICKED, null, "a tick in the box's look, but Off as its value");

  /**
   * Whether a widget of {@code box} shows one of its looks for ticked ({@code /AS}): an app that
   * sets the look and not the value leaves a tick on the page that the value does not hold.
   */
  private static boolean shownTicked(PDButton box) {
    for (PDAnnotationWidget w : box.getWidgets()) {
      COSName shown = w.getAppearanceState();
      if (shown != null && !isOff(shown.getName())) return true;
    }
    return false;
  }

  /** {@code Off}, or an empty name, as nothing stored is. */
  private static boolean isOff(String name) {
    return name.isBlank() || name.equals(COSName.Off.getName());
  }

  /**
   * The names a tick box gives ticked: each state but Off of its widgets' looks (the handout's
   * boxes have one, {@code Yes}), and the values its options give them.
   */
  private static Set<String> ownTicks(PDButton box) {
    Set<String> own = new LinkedHashSet<>();
    for (PDAnnotationWidget w : box.getWidgets()) {
      PDAppearanceDictionary looks = w.getAppearance();
      if (looks == null) continue;
      for (PDAppearanceEntry look : List.of(looks.getNormalAppearance(), looks.getDownAppearance())) {
        if (look == null || !look.isSubDictionary()) continue;
        for (COSName state : look.getSubDictionary().keySet()) {
          if (!COSName.Off.equals(state)) own.add(state.getName());
        }
      }
    }
    own.addAll(box.getOnValues());
    own.remove("");
    return own;
  }

  /** A kind of stored value no box is read from. */
  private static String kind(COSBase v) {
    if (v instanceof COSArray a) return "a list of " + a.size() + (a.size() == 1 ? " value" : " values");
    if (v instanceof COSDictionary) return "a set of named values";
    if (v instanceof COSBoolean) return "a yes-or-no value";
    return "something other than text";
  }

  /** The warnings of values stored as {@link Held#odd} says, listed and counted apart from typing slips. */
  private static final LogCells.Fate STORED_ODDLY = new LogCells.Fate("stored oddly",
      "were stored the same odd way and left empty too");

  /** The warnings of tick boxes that hold a name for ticked other than their own, listed and counted apart. */
  private static final LogCells.Fate AS_TICKED = LogCells.Fate.read("as ticked");
  private static final LogCells.Fate AS_NOT_TICKED = LogCells.Fate.read("as not ticked");

  /** The warnings of ticks in boxes to write in that an app made tick boxes, listed and counted apart. */
  private static final LogCells.Fate MADE_TICK_DONE = LogCells.Fate.read("as done as printed, made a tick box");
  private static final LogCells.Fate MADE_TICK_EMPTY = new LogCells.Fate("made a tick box, left empty",
      "were made tick boxes by the app too and hold a tick; left empty");

  /**
   * Tells of a tick in a box to write in that an app made a tick box ({@link Held#madeTick}), which
   * the handout never asked for there: an amount box's is read as done as printed, as a tick typed
   * there is; any other box's gives none of its values. Returns whether the tick is read.
   */
  private static boolean madeTick(LogCells cells, Location at, Filled f) {
    String made = "the app that saved the handout made this box to write in a tick box, and it is ticked"
        + f.held().madeTick();
    if (f.measure().equals("amount")) {
      cells.warn(at, made + ": read as done as printed. If the client did another amount, type it into the "
          + LogColumns.ACTUAL + " cells of " + LogReader.LOG_FILE, MADE_TICK_DONE);
      return true;
    }
    String[] gives = switch (f.measure()) {
      case "date" -> new String[] {"date", "the date", LogColumns.DATE};
      case "rpe" -> new String[] {"effort", "the effort", LogColumns.RPE};
      case "notes" -> new String[] {"note", "the note", LogColumns.NOTES};
      default -> new String[] {"load", "the load used", LogColumns.ACTUAL_LOAD};
    };
    cells.warn(at, made + ", which gives no " + gives[0] + "; left empty. Type " + gives[1] + " into the " + gives[2]
        + " cells of " + LogReader.LOG_FILE, MADE_TICK_EMPTY);
    return false;
  }

  /** A number as its digits, a name or a string as its text; null for anything else. */
  private static String text(COSBase v) {
    if (v instanceof COSString s) return s.getString();
    if (v instanceof COSName n) return n.getName();
    if (v instanceof COSInteger i) return String.valueOf(i.longValue());
    if (v instanceof COSFloat x) {
      return new java.math.BigDecimal(Float.toString(x.floatValue())).stripTrailingZeros().toPlainString();
    }
    return null;
  }

  /**
   * The value a field stores, its own or, when it has none, the nearest one of the fields above
   * it (a value may be set on a parent field); null when none has one.
   */
  private static COSBase stored(PDField f) {
    COSDictionary field = f.getCOSObject();
    // a parent that loops back to a field below it in a damaged file ends the search
    for (int depth = 0; field != null && depth < MAX_DEPTH; depth++) {
      if (field.containsKey(COSName.V)) return field.getDictionaryObject(COSName.V);
      field = field.getCOSDictionary(COSName.PARENT);
    }
    return null;
  }

  /** Deeper than any form a viewer makes; the handout's are three fields deep. */
  private static final int MAX_DEPTH = 32;

  private static void apply(LogGrid grid, LogCells all, String file, Filled f) {
    // A client who types every amount one odd way gets a few boxes named and the rest counted,
    // as the workbook's cells are per column.
    LogCells cells = all.as("\"" + what(f) + "\" boxes of the handout");
    List<LogGrid.Slot> targets = grid.slots().stream()
        .filter(s -> s.key.week() == f.week() && s.key.session() == f.session())
        .filter(s -> f.round() == 0 || s.key.round() == f.round())
        .filter(s -> f.part() == null || LogFields.part(s.key.drill()).equals(f.part()))
        .toList();
    Location at = Location.ofField(file, f.name() + " (" + box(f, targets) + ")");
    if (targets.isEmpty()) {
      cells.warn(at, "this field is not part of the program; it is ignored", LogCells.Fate.IGNORED);
      return;
    }
    if (f.held().odd() != null) {
      cells.warn(at, "the app that saved the handout stored " + f.held().odd() + ", so it cannot be read; left empty."
          + " Type the entry in the box again in a PDF app, or into " + LogReader.LOG_FILE, STORED_ODDLY);
      return;
    }
    if (f.held().madeTick() != null && !madeTick(cells, at, f)) return;
    if (f.held().otherTick() != null) {
      boolean ticked = f.value().tick() != null;
      String fix = !f.measure().equals("done") ? ". If the client meant something else, type the entry into "
          + LogReader.LOG_FILE
          : ticked ? ". If the round was not done, untick the box in a PDF app, or choose no in that round's "
              + LogColumns.DONE + " cells of " + LogReader.LOG_FILE
          : ". If the round was done, tick the box again in a PDF app, or choose yes in that round's "
              + LogColumns.DONE + " cells of " + LogReader.LOG_FILE;
      cells.warn(at, "the app that saved the handout stored " + f.held().otherTick() + "; read as "
          + (ticked ? "ticked, as the app most likely meant" : "not ticked") + fix, ticked ? AS_TICKED : AS_NOT_TICKED);
      if (!ticked) return;
    }
    LogGrid.Slot first = targets.get(0);
    // a drill's box may add to its notes ("amount: 10 (hard)")
    List<LogNote> notes = new ArrayList<>(first.notes);
    switch (f.measure()) {
      case "date" -> cells.date(f.value(), at).ifPresent(v -> targets.forEach(s -> s.date = v));
      // a box for a session or round has no notes of its own to keep words in
      case "rpe" -> cells.rpe(f.value(), at, level(f) == 2 ? notes : null).ifPresent(v -> targets.forEach(s -> s.rpe = v));
      case "notes" -> targets.forEach(s -> s.notes = List.of(LogNote.of(f.value().text(), at)));
      case "done" -> cells.done(f.value(), at, level(f) == 2 ? notes : null).ifPresent(v -> targets.forEach(s -> s.done = v));
      case "amount" -> cells.amount(f.value(), first.rx, at, notes).ifPresent(v -> targets.forEach(s -> s.amount(v)));
      default -> cells.load(f.value(), first.rx, at, notes).ifPresent(v -> targets.forEach(s -> s.load(v)));
    }
    if (level(f) == 2) targets.forEach(s -> s.notes = List.copyOf(notes));
    // an entry points at its most specific field: the drill's, else the round's, else the session's
    for (LogGrid.Slot s : targets) {
      if (level(f) + 1 > s.whereRank) {
        s.where = at;
        s.whereRank = level(f) + 1;
      }
    }
  }
}
