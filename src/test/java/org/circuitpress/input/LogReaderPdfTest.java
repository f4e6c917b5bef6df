package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.circuitpress.input.LogReaderXlsxTest.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Kit;
import org.circuitpress.model.KitItem;
import org.circuitpress.model.LogColumns;
import org.circuitpress.model.LogEntry;
import org.circuitpress.model.LogFields;
import org.circuitpress.model.Program;
import org.circuitpress.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogReaderPdfTest {
  @TempDir Path dir;
  final Program p = Fixtures.program();
  final Diagnostics d = new Diagnostics();
  final String c = p.client().id();

  /** Week 1, session 2 filled on a tablet: a session date, RPE and note, round ticks, amounts. */
  Path handout() throws IOException {
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      pdf.text(LogFields.session(c, 1, 2, "date"), "9/12/2026")
          .text(LogFields.session(c, 1, 2, "rpe"), "7")
          .text(LogFields.session(c, 1, 2, "notes"), "Shoulder fine")
          .checkbox(LogFields.round(c, 1, 2, 1), true)
          .checkbox(LogFields.round(c, 1, 2, 2), false)
          .text(LogFields.drill(c, 1, 2, 1, "kb-windmill", "amount"), "8")
          .text(LogFields.drill(c, 1, 2, 1, "kb-windmill", "load"), "8 kg")
          .text(LogFields.drill(c, 1, 2, 1, "tspine-extension", "amount"), "lots")
          .text(LogFields.drill(c, 1, 2, 2, "roll-lats", "amount"), "")
          .text(LogFields.drill(c, 1, 3, 1, "roll-lats", "amount"), "");
      pdf.save(file);
    }
    return file;
  }

  @Test
  void formFieldsOfAFilledHandoutAreRead() throws IOException {
    Path file = handout();
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(log.source()).isEqualTo("handout.pdf");
    LogEntry kb = entry(log, 1, 2, 1, "kb-windmill");
    assertThat(kb.amount()).isEqualTo(8.0);
    assertThat(kb.load()).isEqualTo(8.0);
    assertThat(kb.done()).isTrue();
    assertThat(kb.rpe()).isEqualTo(7);
    assertThat(kb.date()).isEqualTo(LocalDate.of(2026, 12, 9));
    assertThat(kb.notes()).isEqualTo("Shoulder fine");
    assertThat(kb.where().toString()).isEqualTo(file + ": field c-001.w1.s2.r1.kb-windmill.amount (week 1, session 2, round 1, Kettlebell windmill: amount done)");
    LogEntry lats2 = entry(log, 1, 2, 2, "roll-lats");
    assertThat(lats2.done()).isNull(); // an empty box is not a "no": it may simply not be filled in
    assertThat(lats2.amount()).isNull();
    assertThat(lats2.rpe()).isEqualTo(7);
    assertThat(entry(log, 1, 1, 1, "roll-lats").isEmpty()).isTrue();
    assertThat(d.all()).map(Diagnostic::format).containsExactly(file
        + ": field c-001.w1.s2.r1.tspine-extension.amount (week 1, session 2, round 1, Foam roller T-spine extension: amount done): warning: expected a number of reps like 12, got \"lots\"; left empty");
    assertThat(LogReader.hasEntries(file)).isTrue();
  }

  /**
   * Found in review (fixtures c004, c014 of the tablet fill): a client who typed ✓ or "done" in
   * every amount box instead of the number, and ticked no round, got "repeating the last block
   * because 0 of 30 rounds were done" and a warning per box. A tablet app stores ✓ in the field
   * even where the form's font cannot draw it.
   */
  @Test
  void aTickOrWordInAnAmountBoxIsReadAsTheDoneColumnReadsIt() throws IOException {
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      pdf.stored(LogFields.drill(c, 1, 1, 1, "roll-lats", "amount"), "✓")
          .text(LogFields.drill(c, 1, 1, 1, "roll-pecs", "amount"), "done")
          .text(LogFields.drill(c, 1, 1, 1, "roll-rhomboids", "amount"), " OK ")
          .text(LogFields.drill(c, 1, 1, 1, "tspine-extension", "amount"), "x")
          // the round is ticked, and the boxes of two drills say they were left out
          .checkbox(LogFields.round(c, 1, 1, 2), true)
          .text(LogFields.drill(c, 1, 1, 2, "roll-lats", "amount"), "no")
          .text(LogFields.drill(c, 1, 1, 2, "roll-pecs", "amount"), "skip")
          .text(LogFields.drill(c, 1, 1, 2, "roll-rhomboids", "amount"), "-")
          .text(LogFields.drill(c, 1, 1, 2, "tspine-extension", "amount"), "0")
          .text(LogFields.drill(c, 1, 1, 2, "sidelying-rotation", "amount"), "1");
      pdf.save(file);
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(d.all()).isEmpty();
    for (String drill : java.util.List.of("roll-lats", "roll-pecs", "roll-rhomboids", "tspine-extension")) {
      LogEntry e = entry(log, 1, 1, 1, drill);
      assertThat(e.done()).as(drill).isTrue(); // done as printed: the whole target counts
      assertThat(e.amount()).as(drill).isNull();
    }
    for (String drill : java.util.List.of("roll-lats", "roll-pecs", "roll-rhomboids")) {
      assertThat(entry(log, 1, 1, 2, drill).done()).as(drill).isFalse();
    }
    // numbers stay numbers, although 0 and 1 mean no and yes in the Done column
    assertThat(entry(log, 1, 1, 2, "tspine-extension").amount()).isEqualTo(0.0);
    assertThat(entry(log, 1, 1, 2, "sidelying-rotation").amount()).isEqualTo(1.0);
    assertThat(entry(log, 1, 1, 2, "band-pulldown").done()).isTrue(); // the round's tick
    assertThat(entry(log, 1, 1, 1, "band-pulldown").done()).isNull();
  }

  /**
   * Found in review: one filled handout gave 145 to 240 report lines, one per box, where the same
   * entries in log.xlsx give five and a line that counts the rest.
   */
  @Test
  void aKindOfBoxFilledOneOddWayIsNamedFiveTimesAndTheRestCounted() throws IOException {
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      for (int round = 1; round <= 2; round++) {
        for (String drill : java.util.List.of("roll-lats", "roll-pecs", "tspine-extension", "kb-windmill")) {
          pdf.text(LogFields.drill(c, 1, 1, round, drill, "amount"), "lots");
        }
      }
      pdf.text(LogFields.session(c, 1, 1, "rpe"), "hard").text(LogFields.session(c, 1, 2, "rpe"), "easy");
      pdf.save(file);
    }
    LogReader.read(dir, p, d).orElseThrow();
    java.util.List<String> messages = d.all().stream().map(Diagnostic::format).toList();
    assertThat(messages).hasSize(8);
    assertThat(messages.subList(0, 2)).allMatch(m -> m.contains(": effort (RPE)): warning: expected an RPE"));
    assertThat(messages.subList(2, 7)).allMatch(m -> m.contains(": amount done): warning: expected a number of"));
    assertThat(messages.get(7)).isEqualTo(file + ": warning: 3 more \"amount done\" boxes of the handout were left"
        + " empty too, for reasons like those above (not listed one by one)");
  }

  /**
   * A session's effort box with words after the effort ("8 hard") is read as that effort; the box
   * is the session's, with no notes of a drill to keep the words in, so the warning quotes them.
   */
  @Test
  void anEffortBoxWithWordsIsReadAndTheWordsQuoted() throws IOException {
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      pdf.text(LogFields.session(c, 1, 1, "rpe"), "8/10 hard").save(file);
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(log.entries().stream().filter(e -> e.week() == 1 && e.session() == 1).map(LogEntry::rpe))
        .isNotEmpty().allMatch(r -> Integer.valueOf(8).equals(r));
    assertThat(d.all()).singleElement().satisfies(x -> assertThat(x.message())
        .isEqualTo("read \"8/10 hard\" as RPE 8; the words with it are kept only in this message"));
  }

  /**
   * Boxes of one kind with warnings that say different things are counted apart, each count saying
   * what became of its boxes: ignored (a box of a week the block does not have), or left empty.
   */
  @Test
  void boxesOfOneKindWithDifferentWarningsAreCountedApart() throws IOException {
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      for (int session = 1; session <= 3; session++) {
        for (int round = 1; round <= 3; round++) pdf.text(LogFields.drill(c, 9, session, round, "roll-lats", "amount"), "30");
        for (int round = 1; round <= 2; round++) {
          for (String drill : java.util.List.of("roll-lats", "roll-pecs")) {
            pdf.text(LogFields.drill(c, 1, session, round, drill, "amount"), "lots");
          }
        }
      }
      pdf.save(file);
    }
    LogReader.read(dir, p, d).orElseThrow();
    java.util.List<String> messages = d.all().stream().map(Diagnostic::format).toList();
    assertThat(messages).hasSize(12);
    assertThat(messages.subList(0, 10)).filteredOn(m -> m.endsWith("this field is not part of the program; it is ignored"))
        .hasSize(5);
    assertThat(messages.subList(10, 12)).containsExactlyInAnyOrder(
        file + ": warning: 4 more \"amount done\" boxes of the handout are not part of the program either, and were"
            + " ignored (not listed one by one)",
        file + ": warning: 7 more \"amount done\" boxes of the handout were left empty too, for reasons like those"
            + " above (not listed one by one)");
  }

  /** A coach's report: "skipped - sick" in an amount box is a session missed, the words kept as a note. */
  @Test
  void wordsForASessionMissedInAnAmountBoxReadAsSkipped() throws IOException {
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      pdf.text(LogFields.drill(c, 1, 1, 1, "tspine-extension", "amount"), "skipped - sick");
      pdf.save(file);
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    LogEntry ext = entry(log, 1, 1, 1, "tspine-extension");
    assertThat(ext.done()).isFalse();
    assertThat(ext.notes()).isEqualTo("amount: skipped - sick");
    assertThat(d.all()).noneMatch(x -> x.message().contains("skipped - sick"));
  }

  /**
   * Found in review (fixtures c001, c009): "8/side", "10 (hard)", "½", "8+2" in amount boxes and
   * "2x20kg" in a load box were left empty with a warning.
   */
  @Test
  void anAmountOrLoadWithTextIsReadAndTheTextKeptAsANote() throws IOException {
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      pdf.text(LogFields.session(c, 1, 1, "notes"), "Shoulder fine")
          .text(LogFields.drill(c, 1, 1, 1, "kb-windmill", "amount"), "8/side")
          .text(LogFields.drill(c, 1, 1, 1, "tspine-extension", "amount"), "10 (hard)")
          .text(LogFields.drill(c, 1, 1, 1, "roll-lats", "amount"), "½ min")
          .text(LogFields.drill(c, 1, 1, 1, "roll-pecs", "amount"), "1½")
          .text(LogFields.drill(c, 1, 1, 1, "sidelying-rotation", "amount"), "8+2")
          .text(LogFields.drill(c, 1, 1, 1, "roll-rhomboids", "amount"), "20 s felt good")
          .text(LogFields.drill(c, 1, 1, 1, "kb-windmill", "load"), "2x8kg")
          .text(LogFields.drill(c, 1, 1, 2, "kb-windmill", "load"), "8 kg (the blue one)");
      pdf.save(file);
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    LogEntry kb = entry(log, 1, 1, 1, "kb-windmill");
    assertThat(java.util.List.of(kb.amount(), kb.load())).containsExactly(8.0, 8.0);
    assertThat(kb.notes()).isEqualTo("Shoulder fine");
    LogEntry ext = entry(log, 1, 1, 1, "tspine-extension");
    assertThat(ext.amount()).isEqualTo(10.0);
    assertThat(ext.notes()).isEqualTo("Shoulder fine; amount: 10 (hard)");
    assertThat(entry(log, 1, 1, 1, "roll-lats").amount()).isEqualTo(30.0);
    assertThat(entry(log, 1, 1, 1, "roll-pecs").amount()).isEqualTo(1.5);
    assertThat(entry(log, 1, 1, 1, "sidelying-rotation").amount()).isEqualTo(10.0);
    assertThat(entry(log, 1, 1, 1, "roll-rhomboids").amount()).isEqualTo(20.0);
    assertThat(entry(log, 1, 1, 1, "roll-rhomboids").notes()).isEqualTo("Shoulder fine; amount: 20 s felt good");
    assertThat(entry(log, 1, 1, 2, "kb-windmill").load()).isEqualTo(8.0);
    assertThat(entry(log, 1, 1, 2, "kb-windmill").notes()).isEqualTo("Shoulder fine; load: 8 kg (the blue one)");
    // each part where it was written: the session's notes box, the drill's amount box
    assertThat(ext.noted()).map(n -> n.where().toString()).containsExactly(
        file + ": field c-001.w1.s1.notes (week 1, session 1: notes)",
        file + ": field c-001.w1.s1.r1.tspine-extension.amount (week 1, session 1, round 1, Foam roller T-spine"
            + " extension: amount done)");
    assertThat(ext.noted()).noneMatch(org.circuitpress.model.LogNote::warned);
    String at = file + ": field c-001.w1.s1.r1.";
    assertThat(d.all()).map(Diagnostic::format).containsExactlyInAnyOrder(
        at + "sidelying-rotation.amount (week 1, session 1, round 1, Side-lying extension rotation: amount done):"
            + " warning: read \"8+2\" as 10 reps, the numbers added up",
        at + "kb-windmill.load (week 1, session 1, round 1, Kettlebell windmill: load used): warning: read \"2x8kg\""
            + " as 8 kg each (2 of them)");
  }

  /** A band grade typed in a load box is read as that band, also for a band listed without grades. */
  @Test
  void aBandGradeInALoadBoxIsReadAsTheBand() throws IOException {
    Program banded = LogReaderVariantsTest.variant();
    Client own = banded.client();
    Kit plain = new Kit(java.util.Map.of("foam roller", KitItem.plain("foam roller"), "band", KitItem.plain("band"),
        "kettlebell", own.equipment().items().get("kettlebell")));
    Program plainBand = new Program(new Client(own.id(), own.name(), own.program(), own.startDate(), own.level(),
        own.weeks(), own.sessionsPerWeek(), plain, own.limitations(), own.exclude(), own.units(), own.paper(),
        own.notes(), own.email(), own.where()), banded.template(), 1, null, banded.start(), banded.end(),
        banded.weeks(), java.util.List.of());
    for (Program program : java.util.List.of(banded, plainBand)) {
      Path file = dir.resolve("handout.pdf");
      try (FormPdf pdf = new FormPdf()) {
        pdf.text(LogFields.drill(c, 1, 1, 1, "band-pulldown", "load"), "Heavy")
            .text(LogFields.drill(c, 1, 1, 2, "band-pulldown", "load"), "light band");
        pdf.save(file);
      }
      Diagnostics read = new Diagnostics();
      BlockLog log = LogReader.read(dir, program, read).orElseThrow();
      assertThat(read.all()).isEmpty();
      assertThat(entry(log, 1, 1, 1, "band-pulldown").loadGrade()).isEqualTo("heavy band");
      assertThat(entry(log, 1, 1, 2, "band-pulldown").loadGrade()).isEqualTo("light band");
      assertThat(entry(log, 1, 1, 2, "band-pulldown").load()).isNull();
      assertThat(entry(log, 1, 1, 2, "band-pulldown").notes()).isNull();
    }
  }

  /**
   * Found in review: a weight typed in a band's load box ("12kg", "25 lb") was read as 12 kg, a
   * weight of a drill whose load is a band. It is kept in the drill's notes, with a warning that
   * names the box, and is no load.
   */
  @Test
  void aWeightInABandsLoadBoxIsKeptAsANoteWithAWarningNotReadAsALoad() throws IOException {
    Program banded = LogReaderVariantsTest.variant();
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      pdf.text(LogFields.drill(c, 1, 1, 1, "band-pulldown", "load"), "12kg")
          .text(LogFields.drill(c, 1, 1, 2, "band-pulldown", "load"), "25 lb");
      pdf.save(file);
    }
    BlockLog log = LogReader.read(dir, banded, d).orElseThrow();
    for (int round = 1; round <= 2; round++) {
      LogEntry e = entry(log, 1, 1, round, "band-pulldown");
      assertThat(e.load()).isNull();
      assertThat(e.loadGrade()).isNull();
    }
    assertThat(entry(log, 1, 1, 1, "band-pulldown").notes()).isEqualTo("load: 12kg");
    assertThat(entry(log, 1, 1, 2, "band-pulldown").notes()).isEqualTo("load: 25 lb");
    String at = file + ": field c-001.w1.s1.r";
    String box = ".band-pulldown.load (week 1, session 1, round ";
    String why = "; a band's load is its grade, not a weight, so this is kept in the drill's notes and not read"
        + " as a load";
    assertThat(d.all()).map(Diagnostic::format).containsExactly(
        at + "1" + box + "1, Band straight-arm lat pulldown: load used): warning: expected the band used, like"
            + " \"medium band\" as printed, got \"12kg\"" + why,
        at + "2" + box + "2, Band straight-arm lat pulldown: load used): warning: expected the band used, like"
            + " \"medium band\" as printed, got \"25 lb\"" + why);
  }

  @Test
  void aSessionDateThatIsATimeOrFarFromTheBlockIsNamedByItsField() throws IOException {
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      pdf.text(LogFields.session(c, 1, 1, "date"), "7:30 pm")
          .text(LogFields.session(c, 1, 2, "date"), "9.12.1926")
          .text(LogFields.session(c, 1, 3, "date"), "22.11.2026") // the day before the first allowed
          .text(LogFields.session(c, 2, 1, "date"), "23.11.2026") // the first allowed
          .text(LogFields.session(c, 2, 2, "rpe"), "6");
      pdf.save(file);
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    String outside = " is outside this block (2026-12-07 to 2027-01-03); expected a date from 2026-11-23 to"
        + " 2027-04-05; left empty";
    assertThat(d.all()).map(Diagnostic::format).containsExactly(
        file + ": field c-001.w1.s1.date (week 1, session 1: date): warning: got a time of day (7:30 pm), not a date; left empty",
        file + ": field c-001.w1.s2.date (week 1, session 2: date): warning: the date 1926-12-09" + outside,
        file + ": field c-001.w1.s3.date (week 1, session 3: date): warning: the date 2026-11-22" + outside);
    assertThat(entry(log, 1, 2, 1, "kb-windmill").date()).isNull();
    assertThat(entry(log, 2, 1, 1, "kb-windmill").date()).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void anUnfilledHandoutHasNoEntries() throws IOException {
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      pdf.text(LogFields.session(c, 1, 1, "rpe"), "").checkbox(LogFields.round(c, 1, 1, 1), false);
      pdf.save(file);
    }
    assertThat(LogReader.hasEntries(file)).isFalse();
    assertThat(LogReader.read(dir, p, d).orElseThrow().isEmpty()).isTrue();
  }

  @Test
  void xlsxAndPdfAreMergedTheXlsxWinningPerValue() throws IOException {
    handout();
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      int kb = f.row(1, 2, 1, "kb-windmill");
      f.type(1, kb, LogColumns.ACTUAL, 6).type(1, kb, LogColumns.RPE, 9);
      f.asPrescribed(1, 1, 1, "roll-lats", 5);
      f.save();
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(log.source()).isEqualTo("log.xlsx + handout.pdf");
    LogEntry kb = entry(log, 1, 2, 1, "kb-windmill");
    assertThat(kb.amount()).isEqualTo(6.0); // the workbook's
    assertThat(kb.rpe()).isEqualTo(9); // the workbook's
    assertThat(kb.load()).isEqualTo(8.0); // only the handout had it
    assertThat(kb.done()).isTrue(); // only the handout had it
    assertThat(entry(log, 1, 1, 1, "roll-lats").amount()).isEqualTo(30.0);
    assertThat(d.all()).map(Diagnostic::format).contains(dir.resolve("log.xlsx")
        + ": warning: both log.xlsx and handout.pdf hold entries; they were merged, log.xlsx winning where"
        + " both have a value, and the notes of both kept (2 values differ, first at week 1, session 2, round 1, kb-windmill: amount 6 in"
        + " log.xlsx, 8 in handout.pdf)");
  }

  /**
   * Review of the second month, finding 4 (r06): with a note in the workbook's first row of a
   * session and one in the handout's notes box of that session, the warning said the handout's
   * note lost to the workbook's at that drill, while the notes list showed it as the session's.
   * Notes are no values to choose between: both are kept, and the warning does not count them.
   */
  @Test
  void notesOfBothFilesAreKeptAndNotCountedAsValuesThatDiffer() throws IOException {
    Path pdf = handout(); // week 1, session 2's notes box: "Shoulder fine"
    try (LogFiller f = LogFiller.fresh(p, dir)) {
      int kb = f.row(1, 2, 1, "kb-windmill");
      f.type(1, kb, LogColumns.NOTES, "felt great").type(1, kb, LogColumns.ACTUAL, 8);
      f.save();
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    LogEntry kb = entry(log, 1, 2, 1, "kb-windmill");
    assertThat(kb.noted()).extracting(n -> n.text()).containsExactly("felt great", "Shoulder fine");
    assertThat(kb.noted().get(1).where().file()).isEqualTo(pdf.toString());
    assertThat(entry(log, 1, 2, 2, "roll-lats").notes()).isEqualTo("Shoulder fine");
    assertThat(d.all()).map(Diagnostic::format).contains(dir.resolve("log.xlsx")
        + ": warning: both log.xlsx and handout.pdf hold entries; they were merged, log.xlsx winning where"
        + " both have a value, and the notes of both kept");
  }

  @Test
  void aCutOffHandoutIsNamedWithoutLibraryJargon() throws IOException {
    Files.writeString(dir.resolve("handout.pdf"), "%PDF-1.7\ncut off here");
    assertThat(LogReader.read(dir, p, d)).isEmpty();
    assertThat(d.all()).map(Diagnostic::format).containsExactly(dir.resolve("handout.pdf")
        + ": warning: could not read the form fields: the PDF is damaged or cut off; open it in a PDF"
        + " app and save it again; it is ignored");
  }

  /**
   * Found in review: a handout whose last save was cut short (an upload or sync stopped half-way)
   * was read from the revision before it, as if the client had filled in less, without a word.
   */
  @Test
  void aHandoutCutShortInItsLastSaveIsRefusedNotReadFromTheRevisionBefore() throws IOException {
    Path file = handout();
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 40));
    assertThat(LogReader.read(dir, p, d)).isEmpty();
    assertThat(d.all()).map(Diagnostic::format).containsExactly(file
        + ": warning: could not read the form fields: the PDF is damaged or cut off; open it in a PDF"
        + " app and save it again; it is ignored");
    // cut just after the previous save's end, with a few bytes of the next save
    Files.write(file, (new String(whole, java.nio.charset.StandardCharsets.ISO_8859_1) + "1 0 obj\n<<")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThat(PdfLog.endsAsPdf(file)).isFalse();
    Files.write(file, whole);
    assertThat(PdfLog.endsAsPdf(file)).isTrue();
  }

  @Test
  void anotherClientsFilledHandoutIsNamedAndNotRead() throws IOException {
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      pdf.text(LogFields.session("c-003", 1, 1, "rpe"), "6").checkbox(LogFields.round("c-003", 1, 1, 1), true);
      pdf.save(file);
    }
    assertThat(LogReader.read(dir, p, d)).isEmpty();
    assertThat(d.all()).map(Diagnostic::format).containsExactly(file
        + ": warning: the filled fields are those of client \"c-003\", not \"c-001\": this is another"
        + " client's handout; it is ignored");
  }

  @Test
  void aFlattenedHandoutIsNamedSoItsEntriesAreTypedIntoTheWorkbook() throws IOException {
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      pdf.text(LogFields.session(c, 1, 1, "rpe"), "6").checkbox(LogFields.round(c, 1, 1, 1), true).flatten();
      pdf.save(file);
    }
    LogFiller.fresh(p, dir).close();
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(log.source()).isEqualTo("log.xlsx");
    assertThat(d.all()).map(Diagnostic::format).containsExactly(file + ": warning: has no fields to fill in"
        + " any more (it was printed to PDF, flattened or scanned), so what was written on it cannot be"
        + " read; type the entries into log.xlsx instead; it is ignored");
  }

  @Test
  void theHandoutOfAnotherBlockIsNamedAndNotRead() throws IOException {
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      pdf.text(LogFields.session(c, 1, 1, "rpe"), "6").title(p.template().name() + ", block 3: " + p.client().name());
      pdf.save(file);
    }
    assertThat(LogReader.read(dir, p, d)).isEmpty();
    assertThat(d.all()).map(Diagnostic::format).containsExactly(file + ": warning: this is the handout of"
        + " block 3, but the last block was block 1 (" + p.start() + " to " + p.end() + "); it is ignored."
        + " Put the handout of block 1 here");
    try (FormPdf pdf = new FormPdf()) {
      pdf.text(LogFields.session(c, 1, 1, "rpe"), "6").title(p.template().name() + ", block 1: " + p.client().name());
      pdf.save(file);
    }
    assertThat(entry(LogReader.read(dir, p, new Diagnostics()).orElseThrow(), 1, 1, 1, "roll-lats").rpe()).isEqualTo(6);
  }

  /**
   * Found in review: the filled handout of another program (the client's earlier hip program, the
   * same id and dates) was read without a word: its round ticks counted as this block's rounds done,
   * and the block progressed on them.
   */
  @Test
  void theHandoutOfAnotherProgramIsNamedAndNotReadWhileARenamedOneIsRead() throws IOException {
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      pdf.checkbox(LogFields.round(c, 1, 1, 1), true).text(LogFields.session(c, 1, 1, "rpe"), "6")
          .text(LogFields.drill(c, 1, 1, 1, "child-pose-breathing", "amount"), "")
          .title("Hip mobility, block 1: " + p.client().name());
      pdf.save(file);
    }
    assertThat(LogReader.read(dir, p, d)).isEmpty();
    assertThat(d.all()).map(Diagnostic::format).containsExactly(file + ": warning: this is the handout of the"
        + " program \"Hip mobility\", but the last block was of \"Upper-back mobility\" (" + p.start() + " to "
        + p.end() + "), and none of its boxes is for one of that block's drills; it is ignored. Put the handout of"
        + " that block here");
    try (FormPdf pdf = new FormPdf()) {
      pdf.checkbox(LogFields.round(c, 1, 1, 1), true).text(LogFields.drill(c, 1, 1, 1, "roll-lats", "amount"), "")
          .title("Upper back (old name), block 1: " + p.client().name());
      pdf.save(file);
    }
    Diagnostics renamed = new Diagnostics();
    assertThat(entry(LogReader.read(dir, p, renamed).orElseThrow(), 1, 1, 1, "roll-lats").done()).isTrue();
    assertThat(renamed.all()).isEmpty();
  }

  @Test
  void aHandoutOfAnEarlierEnrolmentIsIgnoredAndOneWhoseIdsCapitalsChangedIsRead() throws IOException {
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      pdf.text(LogFields.session(c, 1, 1, "rpe"), "6").created(p.start().minusYears(1));
      pdf.save(file);
    }
    assertThat(LogReader.read(dir, p, d)).isEmpty();
    assertThat(d.all()).map(Diagnostic::format).containsExactly(file + ": warning: this handout is for a block that"
        + " started on " + p.start().minusYears(1) + ", but the last block ran " + p.start() + " to " + p.end()
        + "; it is the handout of another block and is ignored. Put the handout of " + p.start() + " to " + p.end()
        + " here");

    try (FormPdf pdf = new FormPdf()) {
      pdf.text(LogFields.session("C-001", 1, 1, "rpe"), "6").created(p.start().plusDays(3));
      pdf.save(file);
    }
    Diagnostics later = new Diagnostics();
    assertThat(entry(LogReader.read(dir, p, later).orElseThrow(), 1, 1, 1, "roll-lats").rpe()).isEqualTo(6);
    assertThat(later.all()).isEmpty();
  }

  /**
   * Found in review: a box to write an amount in that an app made a tick box was called a "tick
   * box" in its warning, a box the handout does not show there; it is named as the box it is. A
   * round's tick box keeps its words.
   */
  @Test
  void anAmountBoxThatAnAppMadeATickBoxIsNotCalledATickBox() throws IOException {
    Path file = dir.resolve("handout.pdf");
    org.apache.pdfbox.cos.COSArray list = new org.apache.pdfbox.cos.COSArray();
    list.add(org.apache.pdfbox.cos.COSInteger.get(8));
    list.add(org.apache.pdfbox.cos.COSInteger.get(9));
    try (FormPdf pdf = new FormPdf()) {
      pdf.checkboxHolding(LogFields.round(c, 1, 2, 2), new org.apache.pdfbox.cos.COSString("8"))
          .checkboxHolding(LogFields.drill(c, 1, 2, 1, "kb-windmill", "amount"), new org.apache.pdfbox.cos.COSString("8"))
          .checkboxHolding(LogFields.drill(c, 1, 2, 1, "roll-lats", "amount"), list)
          .checkboxHolding(LogFields.drill(c, 1, 2, 1, "tspine-extension", "amount"),
              org.apache.pdfbox.cos.COSName.getPDFName("On"));
      pdf.save(file);
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    assertThat(entry(log, 1, 2, 1, "kb-windmill").amount()).isNull();
    assertThat(entry(log, 1, 2, 1, "tspine-extension").done()).as("a tick: done as printed").isTrue();
    String again = ", so it cannot be read; left empty. Type the entry in the box again in a PDF app, or into log.xlsx";
    assertThat(d.all()).map(Diagnostic::message).containsExactly(
        "the app that saved the handout stored \"8\" in this tick box, which holds a tick or nothing" + again,
        "the app that saved the handout stored \"8\" in this box, which it made a tick box (a tick or nothing)" + again,
        "the app that saved the handout stored a list of 2 values in this box instead of text" + again,
        "the app that saved the handout made this box to write in a tick box, and it is ticked (it holds \"On\", the"
            + " app's name for a tick): read as done as printed. If the client did another amount, type it into the"
            + " Actual cells of log.xlsx");
  }

  /**
   * Found in review: a box to write in that an app made a tick box read a tick as the handout's own
   * ("Yes", which the handout never puts in such a box) without a word, an amount box's tick as done
   * as printed; a tick in a date box got the date's warning (expected a date, got "yes") and one in
   * the notes box became the note "yes", neither saying that the app made the box a tick box; a round
   * button an app made of one was read as empty without a word. Each tick is named at its box, as
   * what the app did: an amount box's is read as done as printed, the other boxes' leave their value
   * empty and say where to type it.
   */
  @Test
  void aTickInABoxToWriteInThatAnAppMadeATickBoxSaysSoAtTheBox() throws IOException {
    Path file = dir.resolve("handout.pdf");
    try (FormPdf pdf = new FormPdf()) {
      pdf.checkbox(LogFields.session(c, 1, 2, "date"), true)
          .checkboxHolding(LogFields.session(c, 1, 2, "rpe"), org.apache.pdfbox.cos.COSName.getPDFName("On"))
          .checkbox(LogFields.session(c, 1, 2, "notes"), true)
          .checkbox(LogFields.drill(c, 1, 2, 1, "kb-windmill", "amount"), true)
          .checkbox(LogFields.drill(c, 1, 2, 1, "kb-windmill", "load"), true)
          .checkboxHolding(LogFields.drill(c, 1, 2, 1, "tspine-extension", "amount"),
              org.apache.pdfbox.cos.COSBoolean.TRUE)
          .radioHolding(LogFields.drill(c, 1, 2, 1, "roll-lats", "amount"), org.apache.pdfbox.cos.COSName.getPDFName("Yes"));
      pdf.save(file);
    }
    BlockLog log = LogReader.read(dir, p, d).orElseThrow();
    LogEntry kb = entry(log, 1, 2, 1, "kb-windmill");
    assertThat(kb.done()).as("a tick in the amount box: done as printed").isTrue();
    assertThat(kb.amount()).isNull();
    assertThat(kb.load()).isNull();
    assertThat(kb.date()).isNull();
    assertThat(kb.rpe()).isNull();
    assertThat(kb.noted()).isEmpty();
    assertThat(entry(log, 1, 2, 1, "tspine-extension").done()).isTrue();
    assertThat(entry(log, 1, 2, 1, "roll-lats").done()).isTrue();
    String at = file + ": field c-001.w1.s2.";
    String made = ": warning: the app that saved the handout made this box to write in a tick box, and it is ticked";
    String done = ": read as done as printed. If the client did another amount, type it into the Actual cells of"
        + " log.xlsx";
    assertThat(d.all()).map(Diagnostic::format).containsExactly(
        at + "date (week 1, session 2: date)" + made + ", which gives no date; left empty. Type the date into the"
            + " Date done cells of log.xlsx",
        at + "rpe (week 1, session 2: effort (RPE))" + made + " (it holds \"On\", the app's name for a tick), which"
            + " gives no effort; left empty. Type the effort into the RPE cells of log.xlsx",
        at + "notes (week 1, session 2: notes)" + made + ", which gives no note; left empty. Type the note into the"
            + " Notes cells of log.xlsx",
        at + "r1.kb-windmill.amount (week 1, session 2, round 1, Kettlebell windmill: amount done)" + made + done,
        at + "r1.kb-windmill.load (week 1, session 2, round 1, Kettlebell windmill: load used)" + made + ", which"
            + " gives no load; left empty. Type the load used into the Actual load cells of log.xlsx",
        at + "r1.tspine-extension.amount (week 1, session 2, round 1, Foam roller T-spine extension: amount done)"
            + made + done,
        at + "r1.roll-lats.amount (week 1, session 2, round 1, Foam roll lats: amount done)" + made + done);
  }
}
