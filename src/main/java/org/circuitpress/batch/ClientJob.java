package org.circuitpress.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.circuitpress.batch.ClientResult.Status;
import org.circuitpress.input.LockFiles;
import org.circuitpress.input.LogReader;
import org.circuitpress.model.BlockLog;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Outcome;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.PrintedDates;
import org.circuitpress.model.Program;
import org.circuitpress.model.Severity;

/** Plans one client and writes its handout and log; never throws, whatever a stage does. */
final class ClientJob {
  /**
   * How the note that names the last block's log begins; the summary leaves it out where the
   * planner's note of what that log decided says it too.
   */
  static final String READ_LOG = "read the last block's log ";

  private final Stages stages;
  private final Stages.Planning planner;
  private final Stages.Handouts handouts;
  private final AtomicFiles files;
  private final RunOptions options;
  private final Path monthFolder;
  /** The month of {@link #monthFolder}: {@code --month}, else the earliest start date's. */
  private final YearMonth month;
  private final Stop stop;
  private final History history;
  private final WrittenFiles written;
  private final Library library;
  private final Catalog catalog;
  /** What each limitation read by a related word cost the clients, for the roster's warnings at their cells. */
  private final ReadingCost costs;

  ClientJob(Stages stages, Stages.Planning planner, Stages.Handouts handouts, AtomicFiles files,
      RunOptions options, YearMonth month, Path monthFolder, Stop stop, WrittenFiles written, Library library,
      Catalog catalog, ReadingCost costs) {
    this.stages = stages;
    this.planner = planner;
    this.handouts = handouts;
    this.files = files;
    this.options = options;
    this.monthFolder = monthFolder;
    this.month = month;
    this.stop = stop;
    this.history = new History(stages, planner, options.out(), library, catalog);
    this.written = written;
    this.library = library;
    this.catalog = catalog;
    this.costs = costs;
  }

  /** The state of one client while it is worked on. */
  private final class Work {
    final int order;
    final Client client;
    final String folder;
    final Diagnostics d = new Diagnostics();
    final List<String> notes = new ArrayList<>();
    final List<String> written = new ArrayList<>();
    boolean kept;
    /**
     * The file of the pair in place that is kept (without --force), when one is: then the other
     * is not replaced either, so the handout, log and record in place stay one block's.
     */
    String keptPartner;
    /**
     * How each file of the folder looked against the record of files written, by name: judged once
     * while the file stays the same one ({@link #stamp}).
     */
    final Map<String, Looked> matches = new HashMap<>();
    /** Why each of the handout and log in place is kept (null: it may be replaced), judged once. */
    final Map<String, String> keepReasons = new HashMap<>();
    /** Files kept only for a lock file beside them, that are exactly what a run wrote. */
    final Set<String> lockedAsWritten = new HashSet<>();
    /** Whether a handout or log of this run's program is now in place (not only beside a kept one). */
    boolean inPlace;
    /** Whether this run wrote the block's record. */
    boolean recorded;
    /** How many of the new handout and log this run wrote beside the kept files ({@code handout.new.pdf}). */
    int besideWritten;
    /** Whether --force moved a file aside, and {@link #recordAside} says what became of the record. */
    boolean recordLooked;
    /**
     * The name the record in place was kept aside under when --force moved a file of its block
     * aside, {@link #SAME_RECORD} when it is the new block's record, null when there was none.
     */
    String recordAside;
    /** Whether this run made the client's folder, which goes again when nothing landed in it. */
    boolean madeFolder;
    Program program;
    /** The last block and its log, when there was a last block. */
    Optional<History.Prior> prior = Optional.empty();

    Work(int order, Client client, String folder) {
      this.order = order;
      this.client = client;
      this.folder = folder;
    }
  }

  ClientResult run(int order, Client client, String folder, String namingNotice) {
    Work w = new Work(order, client, folder);
    if (namingNotice != null) w.d.warning(client.idAt(), namingNotice);
    String skip = skipReason(client);
    if (skip != null) return result(order, w, Status.NOT_REACHED, skip);
    if (!options.dryRun()) {
      ClientResult newer = writtenMeanwhile(order, w);
      if (newer != null) return newer;
    }
    String stage = "planning";
    try {
      Optional<History.Prior> prior = history.prior(client, folder, options.month(), w.d);
      w.prior = prior;
      prior.flatMap(History.Prior::found).ifPresent(f -> w.notes.add(READ_LOG + f.where()
          + (f.untouched() ? ": " + BlockLog.UNTOUCHED : !f.log().isEmpty() ? ""
              : f.log().unread() != null ? ": " + f.log().unread() + "; " + BlockLog.TYPE_IT_IN
              : ": nothing was filled in")));
      PrintedDates dated = prior.map(History.Prior::dated).orElse(null);
      Optional<Program> program = planner.plan(client, options.month(),
          prior.flatMap(History.Prior::log), prior.map(History.Prior::block).orElse(null), dated, w.d);
      if (program.isEmpty()) return noProgram(order, w);
      w.program = program.get();
      prior.ifPresent(p -> p.forNewBlock().forEach(w.d::add));
      costs.note(client, w.program, c -> planner.plan(c, options.month(), prior.flatMap(History.Prior::log),
          prior.map(History.Prior::block).orElse(null), dated, new Diagnostics()));
      prior.flatMap(History.Prior::left).ifPresent(l -> planner.leftProgramNotes(client, l.log(), l.block(),
          w.program).forEach(n -> {
            if (n.severity() == Severity.INFO) w.notes.add(n.message());
            else w.d.add(n);
          }));
      if (w.program.block() == 1) {
        Optional<History.Made> made = history.firstBlockMadeElsewhere(client, folder, month);
        if (made.isPresent()) return madeBefore(order, w, made.get());
        noteIfEarly(w);
      }
      history.farFromLastBlock(client, folder, w.program, dated, History.otherProgram(prior), w.d);
      // The planner reports its warnings to d; its plain notes (what the log changed, which
      // substitute and why) live on the program only. One about a single value of the roster (the
      // level, the equipment) goes to d as well, with its cell, for the report to print it there.
      w.program.notes().stream().filter(n -> n.severity() == Severity.INFO).forEach(n -> {
        w.notes.add(n.message());
        if (n.location().column() >= 0) w.d.add(n);
      });
      // A dry run stops at the plan: the readers have checked the inputs (images included), and
      // the handout is only laid out in memory, for its length, as writing every handout would
      // make validating a large roster slow.
      if (options.dryRun()) {
        stage = "handout.pdf";
        handouts.check(w.program, w.d);
        return finish(order, w);
      }
      // Looked at again, as the files in place are judged: a run of --clients may have written
      // them while this one planned (only a file replaced since the first look is read again).
      ClientResult newer = writtenMeanwhile(order, w);
      if (newer != null) return newer;
      Path dir = monthFolder.resolve(folder);
      w.madeFolder = AtomicFiles.createFolder(dir);
      stage = BlockRecord.NAME;
      newPairPutInPlace(w, dir);
      for (String f : List.of(LogReader.HANDOUT_FILE, LogReader.LOG_FILE)) {
        String keep = keepBecause(w, dir.resolve(f));
        w.keepReasons.put(f, keep);
        if (keep != null && w.keptPartner == null && !options.force()) w.keptPartner = f;
      }
      AtomicFiles.Body handout = out -> handouts.render(w.program, out, w.d);
      AtomicFiles.Body log = out -> stages.writeLog(w.program, out);
      if (w.keepReasons.values().stream().allMatch(Objects::isNull)) {
        stage = "handout.pdf";
        write(w, dir, LogReader.HANDOUT_FILE, LogReader.NEW_HANDOUT_FILE, target -> files.write(target, handout));
        stage = "log.xlsx";
        if (stop.reason() == null) write(w, dir, LogReader.LOG_FILE, LogReader.NEW_LOG_FILE, target -> files.write(target, log));
      } else {
        // A file in place is kept: both new files are written under temporary names first, to
        // tell whether they are exactly what the last run wrote, the block the files in place are.
        AtomicFiles.Pending h = null;
        AtomicFiles.Pending l = null;
        try {
          stage = "handout.pdf";
          h = prepare(w, dir, LogReader.HANDOUT_FILE, handout);
          stage = "log.xlsx";
          if (stop.reason() == null) l = prepare(w, dir, LogReader.LOG_FILE, log);
          boolean same = h != null && l != null && unchanged(w, dir, LogReader.HANDOUT_FILE, h.fingerprint())
              && unchanged(w, dir, LogReader.LOG_FILE, l.fingerprint());
          if (same && w.keepReasons.entrySet().stream()
              .allMatch(e -> e.getValue() == null || w.lockedAsWritten.contains(e.getKey()))) {
            // Only a lock file stood in the way, beside a file that already is the new one: a save
            // from there writes this very block, so the files are written as if it were not there.
            w.keepReasons.replaceAll((f, why) -> null);
            w.keptPartner = null;
            same = false;
          }
          if (same) {
            leaveInPlace(w, dir);
          } else {
            stage = "handout.pdf";
            if (h != null) write(w, dir, LogReader.HANDOUT_FILE, LogReader.NEW_HANDOUT_FILE, h::moveTo);
            stage = "log.xlsx";
            if (l != null && stop.reason() == null) write(w, dir, LogReader.LOG_FILE, LogReader.NEW_LOG_FILE, l::moveTo);
          }
        } finally {
          drop(h);
          drop(l);
        }
      }
      filledCopies(w, dir);
      stage = BlockRecord.NAME;
      if (stop.reason() == null && w.inPlace && !w.kept) {
        record(w, dir, BlockRecord.NAME);
        w.recorded = true;
      }
      stage = LogReader.NEW_BLOCK_RECORD;
      if (stop.reason() == null && w.besideWritten == 2) record(w, dir, LogReader.NEW_BLOCK_RECORD);
      newRecordGoesWithItsPair(dir);
    } catch (IOException e) {
      stop.after(e, monthFolder);
      w.d.error(Location.ofFile(monthFolder.resolve(folder).toString()), "could not write: " + Stop.describe(e));
    } catch (RuntimeException | StackOverflowError e) {
      String what = stage.equals("planning") ? "planning" : "rendering " + stage;
      w.d.error(client.where(), "internal error while " + what + ": " + message(e));
    }
    if (w.inPlace && !w.kept && !w.recorded) dropRecord(monthFolder.resolve(folder));
    AtomicFiles.settleFolder(monthFolder.resolve(folder), w.madeFolder);
    return finish(order, w);
  }

  /**
   * The block's record beside its handout and log ({@link BlockRecord}), which next month's run
   * reads the returned file against and continues from. It is the block of the client's entries:
   * when this run kept a file (one with the client's entries, or changed), the other file of the
   * pair is written beside its own too, and the record of the block both were written for stays
   * as it is.
   */
  private void record(Work w, Path dir, String name) throws IOException {
    byte[] bytes = BlockRecord.write(w.program).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    files.write(dir.resolve(name), out -> out.write(bytes));
  }

  /**
   * The new pair the last run wrote beside kept files, put in their place by the trainer (the kept
   * handout and log moved out, handout.new.pdf and log.new.xlsx renamed to them): its record
   * ({@link LogReader#NEW_BLOCK_RECORD}) becomes the record in place, and the files in place count
   * as what that run wrote there, so this run, --force, next month and export-logs all see the block
   * the client is working from. Told by the bytes the run recorded: neither new file is left, and a
   * file in place is exactly the new one that run wrote, not the one it wrote in place. The kept
   * files' record is kept aside ({@code .circuitpress-block.replaced.csv}) for a file put back.
   */
  private void newPairPutInPlace(Work w, Path dir) throws IOException {
    Path newRecord = dir.resolve(LogReader.NEW_BLOCK_RECORD);
    if (!Files.isRegularFile(newRecord, LinkOption.NOFOLLOW_LINKS)
        || Files.exists(dir.resolve(LogReader.NEW_HANDOUT_FILE), LinkOption.NOFOLLOW_LINKS)
        || Files.exists(dir.resolve(LogReader.NEW_LOG_FILE), LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    boolean renamed = false;
    for (String f : List.of(LogReader.HANDOUT_FILE, LogReader.LOG_FILE)) {
      Path file = dir.resolve(f);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) continue;
      if (written.check(w.folder + "/" + f, file) == WrittenFiles.Match.SAME) return;
      renamed |= written.check(w.folder + "/" + partnerName(f), file) == WrittenFiles.Match.SAME;
    }
    if (!renamed) return;
    Path record = dir.resolve(BlockRecord.NAME);
    String aside = null;
    if (Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)
        && !Arrays.equals(Files.readAllBytes(record), Files.readAllBytes(newRecord))) {
      Path to = asideName(dir, BlockRecord.NAME);
      Files.move(record, to);
      aside = to.getFileName().toString();
    }
    Files.move(newRecord, record, StandardCopyOption.REPLACE_EXISTING);
    for (String f : List.of(LogReader.HANDOUT_FILE, LogReader.LOG_FILE)) {
      written.carry(w.order, w.folder + "/" + partnerName(f), w.folder + "/" + f);
      w.matches.remove(f);
    }
    w.notes.add(LogReader.NEW_HANDOUT_FILE + " and " + LogReader.NEW_LOG_FILE + " were put in place of the kept files,"
        + " so the record of their block, " + LogReader.NEW_BLOCK_RECORD + ", is now the record of the files in place, "
        + BlockRecord.NAME + (aside == null ? "" : "; the kept files' record is kept as " + aside
            + ", in case the kept log is put back"));
  }

  /**
   * Removes the record of the new pair ({@link LogReader#NEW_BLOCK_RECORD}) once neither file of
   * that pair is beside the kept ones (this run removed them as stale, or the trainer moved them):
   * it keeps the block of the new pair only, which the new log is read against next month. While
   * either stays, so does its record: a new pair this run did not write (one of it changed) is
   * still the block the earlier run recorded.
   */
  private static void newRecordGoesWithItsPair(Path dir) {
    if (Files.exists(dir.resolve(LogReader.NEW_LOG_FILE), LinkOption.NOFOLLOW_LINKS)
        || Files.exists(dir.resolve(LogReader.NEW_HANDOUT_FILE), LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.deleteIfExists(dir.resolve(LogReader.NEW_BLOCK_RECORD));
    } catch (IOException e) {
      // it stays; next month reads it only beside a new log of the same block
    }
  }

  /**
   * Removes the record of an earlier run when this run put a new file in place but could not
   * record its block (a failed write, a stopped run): a stale record would have the next month
   * read the new file against the old block. Without one, the block is worked out again.
   */
  private static void dropRecord(Path dir) {
    try {
      Files.deleteIfExists(dir.resolve(BlockRecord.NAME));
    } catch (IOException e) {
      // the record stays; at worst the next month reads a blank file against an older block
    }
  }

  private String skipReason(Client client) {
    if (stop.reason() != null) {
      return "not written: the run stopped after an earlier failure (" + stop.reason() + ") before it got to this"
          + " client; run the same command again to write their files";
    }
    return null;
  }

  /** Puts a new file at the target {@link #write} chose and returns its fingerprint. */
  @FunctionalInterface
  private interface Placing {
    long at(Path target) throws IOException;
  }

  /**
   * The new {@code name} written under a temporary name in {@code dir}; null when it could not be
   * written, which is said as {@link #write} says it.
   */
  private AtomicFiles.Pending prepare(Work w, Path dir, String name, AtomicFiles.Body body) {
    try {
      return files.prepare(dir.resolve(name), body);
    } catch (IOException e) {
      stop.after(e, monthFolder);
      w.d.error(Location.ofFile(dir.resolve(name).toString()), "could not write: " + Stop.describe(e));
      return null;
    }
  }

  private static void drop(AtomicFiles.Pending p) {
    if (p == null) return;
    try {
      p.close();
    } catch (IOException e) {
      // the next run removes the temporary file
    }
  }

  /**
   * Whether {@code name} in place already is this block's, the new file being {@code fingerprint}:
   * a kept one (with the client's entries, or changed) when the last run wrote exactly the new
   * file there, before the client filled it in; any other when it holds exactly the new file now.
   * Then nothing needs writing for it. One that cannot even be read (a damaged file) is not: a
   * fresh copy beside it is how the client gets a file to fill in again.
   */
  private boolean unchanged(Work w, Path dir, String name, long fingerprint) {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return false;
    String keep = w.keepReasons.get(name);
    if (UNREADABLE.equals(keep)) return false;
    if (keep != null) return written.lastWrote(w.folder + "/" + name, fingerprint);
    try {
      return WrittenFiles.fingerprint(file) == fingerprint;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The handout and log in place are the very files this run would write (the last run wrote them
   * for the same block, and the program did not change since): the kept one stays with the
   * client's entries, with no copy beside it and no warning, even with --force, which would only
   * move the entries aside for a blank copy of the same file. A copy an earlier run left beside
   * either and nobody changed would only contradict them, and goes.
   */
  private void leaveInPlace(Work w, Path dir) {
    w.kept = true;
    List<String> kept = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String f : List.of(LogReader.HANDOUT_FILE, LogReader.LOG_FILE)) {
      String why = w.keepReasons.get(f);
      if (why == null) continue;
      kept.add(f + " (" + why + ")");
      names.add(f);
    }
    boolean one = kept.size() == 1;
    // The block is what is unchanged: the file kept may well have changed since (that is why it is
    // kept), so the note says what would have been written, not what is in the folder.
    String note = "the block is unchanged since the last run, so the new handout and log would be the very files"
        + " it wrote then: " + String.join(" and ", kept) + (one ? " stays" : " stay")
        + " in place and no copy was written beside " + (one ? "it" : "them");
    if (options.force()) {
      note += "; --force does not move " + (one ? "it" : "them") + " aside for a blank copy of the same block:"
          + " to give the client a fresh one, move " + String.join(" and ", names) + " out of the folder and run again";
    }
    w.notes.add(note);
    removeOwnCopy(w, dir.resolve(LogReader.NEW_HANDOUT_FILE));
    removeOwnCopy(w, dir.resolve(LogReader.NEW_LOG_FILE));
  }

  private void write(Work w, Path dir, String name, String besideName, Placing placing) throws IOException {
    Path target = dir.resolve(name);
    String keep = w.keepReasons.get(name);
    if (keep != null && options.force()) {
      // --force puts the new file in place, but what the client typed is never lost: the old
      // file moves aside under a name no run reads or replaces.
      Path aside = asideName(dir, name);
      try {
        Files.move(target, aside);
      } catch (IOException e) {
        stop.after(e, monthFolder);
        w.d.error(Location.ofFile(target.toString()), keep + ", and it could not be moved aside to "
            + aside.getFileName() + " (" + Stop.describe(e) + "), so it was not replaced");
        return;
      }
      String record = keepRecordAside(w, dir);
      String moved = keep + "; --force replaced it, and the old one is " + aside.getFileName() + " beside it, which"
          + " no run reads";
      w.d.warning(Location.ofFile(target.toString()), record == null
          ? moved + ": if the client is still filling it in, put it back as " + name + " before next month's run,"
              + " or their entries will not count"
          : record.equals(ELSEWHERE)
          ? moved + ". Its block was of another program or other dates (the client's program, start date or block"
              + " length changed since), and next month's run goes on from the new block only: if the client is"
              + " still filling in the old one, copy what they wrote into the new " + name + ", or it will not count"
          : moved + (record.equals(SAME_RECORD) ? "" : "; the record of its block is kept too, as " + record) + "."
              + " If the client is still filling it in, put it back as " + name + ", in place of the new one, before"
              + " next month's run: that run then reads it against its own block");
      keep = null;
    }
    if (keep == null && w.keptPartner != null && !w.keptPartner.equals(name)) {
      // The client is working from the kept file's block; a new file in place beside it would be
      // a different block, read next month against the kept one's record.
      w.kept = true;
      Path beside = dir.resolve(besideName);
      String partner = "is not written in place: " + w.keptPartner + " was kept, and the " + name + " in place goes"
          + " with it (the same block), so it stays";
      if (keepBecause(w, beside) != null) {
        w.d.warning(Location.ofFile(target.toString()), partner + ", and " + besideName
            + " has the client's entries or changes, so no new " + name + " was written");
        return;
      }
      if (newPartnerKept(w, dir, besideName, target, partner)) return;
      w.d.warning(Location.ofFile(target.toString()), partner + "; the new " + name + " is " + besideName + " beside it");
      target = beside;
    } else if (keep != null) {
      w.kept = true;
      Path beside = dir.resolve(besideName);
      String besideKeep = keepBecause(w, beside);
      if (besideKeep != null) {
        // of one block, the two are read as one log next month: moving either out would lose its weeks
        w.d.warning(Location.ofFile(target.toString()), keep + ", and " + besideName + " beside it " + besideKeep
            + ", so both were kept and no new " + name + " was written" + (LogReader.newPairOfSameBlock(dir)
                ? ". Next month's run reads the two as one log of the block, so leave both here; to give the client"
                    + " this run's changes, first copy what they logged in " + besideName + " into " + name + ", then"
                    + " move " + besideName + " out of the folder and run again"
                : "; move one of them out of the folder and run again (--force replaces " + name + ")"));
        return;
      }
      if (newPartnerKept(w, dir, besideName, target, keep + ", so it was kept")) return;
      target = beside;
      w.d.warning(Location.ofFile(dir.resolve(name).toString()), keep + ", so it was kept;"
          + " the new " + name + " is " + besideName + " beside it" + (samePlaceInPlace(w, dir)
              ? ". A client who goes on in the new one keeps the weeks already logged: leave both here, and"
                  + " next month's run reads the two as one log of the block (--force"
              : " (--force")
          + " puts the new one in its place and moves the kept one aside, where next month's run does not read it)");
    }
    long fingerprint;
    try {
      fingerprint = placing.at(target);
    } catch (IOException e) {
      stop.after(e, monthFolder);
      w.d.error(Location.ofFile(target.toString()), "could not write: " + Stop.describe(e));
      return;
    }
    String path = w.folder + "/" + target.getFileName();
    boolean inPlace = target.getFileName().toString().equals(name);
    w.inPlace |= inPlace;
    if (!inPlace) w.besideWritten++;
    // The new file is in place, so a copy an earlier run left beside it (log.new.xlsx) is stale,
    // beside the file --force replaced, beside its partner, and beside one kept before (for a lock
    // file since deleted, or moved out) alike.
    if (inPlace) removeOwnCopy(w, dir.resolve(besideName));
    w.written.add(path);
    if (name.equals(LogReader.HANDOUT_FILE)) {
      // what it prints about the program, which plan --client compares, apart from the branding in its bytes
      written.wrote(w.order, path, fingerprint, WrittenFiles.fingerprint(stages.handoutWords(w.program, library)));
    } else {
      written.wrote(w.order, path, fingerprint);
    }
  }

  /**
   * Whether the other file of the new pair beside the kept ones ({@code log.new.xlsx} for {@code
   * handout.new.pdf}) has the client's entries or changes, and so was kept, as a warning at {@code
   * target} then says (after {@code why}): {@code besideName} is not written either, so that the new
   * handout and log stay one block, the one the client went on in, which its record keeps.
   */
  private boolean newPartnerKept(Work w, Path dir, String besideName, Path target, String why) {
    String other = besideName.equals(LogReader.NEW_HANDOUT_FILE) ? LogReader.NEW_LOG_FILE : LogReader.NEW_HANDOUT_FILE;
    if (keepBecause(w, dir.resolve(other)) == null) return false;
    w.d.warning(Location.ofFile(target.toString()), why + ", and " + other + " beside it has the client's entries or"
        + " changes, so no new " + besideName + " was written either: it stays of the block of " + other
        + ", the one the client went on in");
    return true;
  }

  /**
   * Whether the block in place, by its record, has the new block's place in the schedule (the same
   * template, block and dates): a new log of it, written beside the kept one, is read with it next
   * month ({@code LogReader}). A changed program or start date makes another block, whose log is not.
   */
  private static boolean samePlaceInPlace(Work w, Path dir) {
    Path record = dir.resolve(BlockRecord.NAME);
    try {
      return Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)
          && BlockRecord.samePlace(Files.readString(record), w.program);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** {@link Work#recordAside} when the block of the file moved aside is the new one: its record stays as it is. */
  private static final String SAME_RECORD = "";

  /**
   * {@link Work#recordAside} when the block of the file moved aside is of another template, block
   * number or dates than the new one: next month's run plans from today's schedule and would not
   * read a log against it, so it is not kept aside (and the warning does not say to put the file back).
   */
  private static final String ELSEWHERE = "/";

  /**
   * Keeps the record of the block in place aside, once a run, when --force moves a file of that
   * block aside ({@code .circuitpress-block.replaced.csv}, never over an earlier one): a trainer who
   * puts the file back, as the warning says, has next month's run read it against its own block
   * ({@link History}). Returns the name it was kept under, {@link #SAME_RECORD} when the new block's
   * record is the same, {@link #ELSEWHERE} when it is of another place in the schedule, or null when
   * there is no record (or it could not be kept, as a warning says).
   */
  private String keepRecordAside(Work w, Path dir) {
    if (w.recordLooked) return w.recordAside;
    w.recordLooked = true;
    Path record = dir.resolve(BlockRecord.NAME);
    Path aside = asideName(dir, BlockRecord.NAME);
    try {
      if (!Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) return null;
      byte[] now = BlockRecord.write(w.program).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      byte[] old = Files.readAllBytes(record);
      if (Arrays.equals(old, now)) {
        w.recordAside = SAME_RECORD;
      } else if (!BlockRecord.samePlace(new String(old, java.nio.charset.StandardCharsets.UTF_8), w.program)) {
        w.recordAside = ELSEWHERE;
      } else {
        Files.copy(record, aside);
        w.recordAside = aside.getFileName().toString();
      }
    } catch (IOException | RuntimeException e) {
      w.d.warning(Location.ofFile(record.toString()), "could not be kept aside as " + aside.getFileName() + " ("
          + (e instanceof IOException io ? Stop.describe(io) : message(e)) + "), so a file --force moved aside and"
          + " put back is read next month against the new block");
      return null;
    }
    return w.recordAside;
  }

  /**
   * A free name beside {@code name} for the file --force replaces (and for its block's record):
   * log.replaced.xlsx, then log.replaced-2.xlsx and on, so an earlier one is never overwritten either.
   * A name with no extension (a plan CSV named {@code plan}) gets {@code plan.replaced}.
   */
  static Path asideName(Path dir, String name) {
    int dot = name.lastIndexOf('.');
    if (dot <= 0) dot = name.length();
    String stem = name.substring(0, dot);
    String ext = name.substring(dot);
    Path p = dir.resolve(stem + ".replaced" + ext);
    for (int n = 2; Files.exists(p, LinkOption.NOFOLLOW_LINKS); n++) {
      p = dir.resolve(stem + ".replaced-" + n + ext);
    }
    return p;
  }

  /**
   * Removes the new copy an earlier run wrote beside a file that this run has now put in place
   * (log.new.xlsx beside log.xlsx, or handout.new.pdf an earlier run wrote beside the kept log's
   * partner), with --force or because the file kept then may be replaced now (its lock file
   * deleted, say), or beside files in place that this run found unchanged, when it is still exactly the
   * file that run wrote: it would only be a stale copy. A copy anyone changed or filled in stays.
   */
  private void removeOwnCopy(Work w, Path copy) {
    try {
      if (Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)
          && written.check(w.folder + "/" + copy.getFileName(), copy) == WrittenFiles.Match.SAME) {
        Files.delete(copy);
      }
    } catch (IOException | RuntimeException e) {
      // it stays, as any file the run is unsure of does
    }
  }

  /** Why a file that may hold the client's entries is kept when it cannot be checked. */
  private static final String UNREADABLE = "could not be read to check for the client's entries";

  /**
   * Why a file in place must be kept, null when it may be replaced (or is not there). A file that
   * is exactly what a run wrote may be replaced; one changed since is kept, whatever the change;
   * one with no record is kept when it has the client's entries. A file that cannot be checked is
   * kept too (the safe mistake).
   */
  private String keepBecause(Work w, Path file) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return null;
    Optional<LockFiles.Lock> lock = LockFiles.lockOf(file);
    if (lock.isPresent()) {
      if (asWritten(w, file)) w.lockedAsWritten.add(file.getFileName().toString());
      // Saved from there later, it would land on the new file: the client's entries over the new
      // block, which next month's run would read against the wrong one.
      return "is open in Excel or LibreOffice" + lock.get().owner().map(by -> ", by " + by).orElse("") + " (the lock"
          + " file " + lock.get().name() + " is beside it), where saving it would write over a new one; if no program"
          + " has it open, delete " + lock.get().name();
    }
    try {
      WrittenFiles.Match m = match(w, file);
      if (m == WrittenFiles.Match.SAME) return null;
      // The new file a run wrote beside a kept one, put in its place by the trainer as the README
      // says: still exactly what a run wrote, not a file anyone changed.
      String other = partnerName(file.getFileName().toString());
      if (other != null && written.check(w.folder + "/" + other, file) == WrittenFiles.Match.SAME) return null;
      if (stages.hasEntries(file)) return "has the client's entries";
      return m == WrittenFiles.Match.CHANGED ? "was changed after CircuitPress wrote it" : null;
    } catch (IOException | RuntimeException e) {
      return UNREADABLE;
    }
  }

  /** Whether {@code file} is exactly what a run wrote there (false when that cannot be told). */
  private boolean asWritten(Work w, Path file) {
    try {
      return match(w, file) == WrittenFiles.Match.SAME;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** How a file looked against the record, and which file it was then ({@link #stamp}). */
  private record Looked(WrittenFiles.Match match, Object stamp) {}

  /**
   * {@code file}, in the client's folder, against the record of files written ({@link
   * WrittenFiles#check}): once, unless it was replaced or changed since.
   */
  private WrittenFiles.Match match(Work w, Path file) throws IOException {
    String name = file.getFileName().toString();
    Object stamp = stamp(file);
    Looked looked = w.matches.get(name);
    if (looked == null || !looked.stamp().equals(stamp)) {
      looked = new Looked(written.check(w.folder + "/" + name, file), stamp);
      w.matches.put(name, looked);
    }
    return looked.match();
  }

  /**
   * What tells a file from the one that was there before, without reading it: a file put in its
   * place (as each run writes one) or changed has another key, size or time.
   */
  private static Object stamp(Path file) throws IOException {
    java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file,
        java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return Arrays.asList(a.fileKey(), a.size(), a.lastModifiedTime());
  }

  /**
   * The client's files that another run wrote after this one started, the newer program winning.
   * In a run of the whole roster (or of a shard), a run of --clients wrote them while this one was
   * at work, to give the client a new program on the spot, from the roster as it was then:
   * they all stay as they are, with no copy beside them, and the client's result says so. In a run
   * of --clients, they are the longer run's, from the roster as it was before: they are replaced as
   * files a run wrote are. Null when this run goes on with the client. Only a file that differs from
   * the record as this run read it is looked up in what was appended to it since; a file changed by
   * hand is in neither, and is kept as such. Asked before planning the client, and again after,
   * just before the files in place are judged, since the other run may write them in between.
   */
  private ClientResult writtenMeanwhile(int order, Work w) {
    Path dir = monthFolder.resolve(w.folder);
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return null;
    List<String> newer = new ArrayList<>();
    java.nio.file.attribute.FileTime when = null;
    for (String f : List.of(LogReader.HANDOUT_FILE, LogReader.LOG_FILE, LogReader.NEW_HANDOUT_FILE,
        LogReader.NEW_LOG_FILE)) {
      Path file = dir.resolve(f);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) continue;
      try {
        if (match(w, file) == WrittenFiles.Match.SAME || !written.writtenSince(w.folder + "/" + f, file)) continue;
        if (!options.clients().isEmpty()) {
          w.matches.put(f, new Looked(WrittenFiles.Match.SAME, stamp(file)));
          continue;
        }
        java.nio.file.attribute.FileTime t = Files.getLastModifiedTime(file);
        if (when == null || t.compareTo(when) > 0) when = t;
        newer.add(f);
      } catch (IOException | RuntimeException e) {
        // judged as any file is, below: one that cannot be read is kept
      }
    }
    if (newer.isEmpty()) return null;
    // What planning said, when it had begun, is of a program this run does not write.
    w.notes.clear();
    w.program = null;
    // The folder's block record is the one of the handout and log in place, which stay.
    // (a named pipe in its place would hold the run up; then, as for a record that cannot be read,
    // the row shows no block or dates)
    Path record = dir.resolve(BlockRecord.NAME);
    if (Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
      try {
        String text = Files.readString(record, java.nio.charset.StandardCharsets.UTF_8);
        w.program = BlockRecord.read(text, w.client, library, catalog).program().orElse(null);
      } catch (IOException | RuntimeException e) {
        // the row shows no block or dates
      }
    }
    boolean one = newer.size() == 1;
    String note = "kept " + String.join(" and ", newer) + (one ? " as it is" : " as they are") + ": a run of --clients"
        + " wrote " + (one ? "it " : "them ") + at(when) + ", after this run started, from the roster as it was then; "
        + (one ? "it is" : "they are") + " newer than this run's, so it wrote nothing for this client";
    // The pair in place both came from that run, or one of them was kept (by that run: the client's entries)
    if (newer.containsAll(List.of(LogReader.HANDOUT_FILE, LogReader.LOG_FILE))) {
      w.notes.add(note);
      return result(order, w, Status.DONE, note);
    }
    return result(order, w, Status.KEPT, note);
  }

  /** "at 10:32" today, else "on 2026-12-01 at 23:58", in this computer's time zone. */
  private static String at(java.nio.file.attribute.FileTime t) {
    java.time.ZonedDateTime when = t.toInstant().atZone(java.time.ZoneId.systemDefault());
    String time = String.format(Locale.ROOT, "at %02d:%02d", when.getHour(), when.getMinute());
    boolean today = when.toLocalDate().equals(java.time.LocalDate.now(when.getZone()));
    return today ? time : "on " + when.toLocalDate() + " " + time;
  }

  /**
   * A copy an earlier run wrote beside a kept file that the client has since filled in and this
   * run did not write: next month reads only log.xlsx and handout.pdf, so its entries would count
   * for nothing unless the trainer puts it in place. Said now, while there is time to.
   */
  private void filledCopies(Work w, Path dir) {
    // a new pair of the kept files' block is read with them next month, week by week
    boolean readWithKept = LogReader.newPairOfSameBlock(dir);
    for (String name : List.of(LogReader.NEW_LOG_FILE, LogReader.NEW_HANDOUT_FILE)) {
      Path copy = dir.resolve(name);
      if (w.written.contains(w.folder + "/" + name) || !Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        if (!stages.hasEntries(copy)) continue;
      } catch (IOException | RuntimeException e) {
        continue;
      }
      String in = partnerName(name);
      if (readWithKept) {
        w.d.info(Location.ofFile(copy.toString()), name + " holds the client's entries of the block of " + in + ", and next"
            + " month's run reads it with " + in + " as one log, week by week: leave both here");
        continue;
      }
      w.d.warning(Location.ofFile(copy.toString()), "holds the client's entries, but next month's run reads only "
          + in + ": if the client is working from it, put it in place of " + in + " (moving that one out)");
    }
  }

  /** The name of the file a run writes beside {@code name} when it is kept, and the reverse; null for others. */
  private static String partnerName(String name) {
    return switch (name) {
      case LogReader.HANDOUT_FILE -> LogReader.NEW_HANDOUT_FILE;
      case LogReader.NEW_HANDOUT_FILE -> LogReader.HANDOUT_FILE;
      case LogReader.LOG_FILE -> LogReader.NEW_LOG_FILE;
      case LogReader.NEW_LOG_FILE -> LogReader.LOG_FILE;
      default -> null;
    };
  }

  /**
   * The planner says why: an error (unknown program), or a note (no block starts this month). A
   * client who starts later may have their first block already, made early: the note says where.
   */
  private ClientResult noProgram(int order, Work w) {
    if (w.d.hasErrors()) return finish(order, w);
    String why = w.d.all().stream().filter(x -> x.severity() == Severity.INFO).map(Diagnostic::message)
        .reduce((a, b) -> b).orElse("no block this month");
    runningBlockNotes(w);
    if (YearMonth.from(w.client.startDate()).isAfter(month)) {
      Optional<History.Made> made = history.firstBlockMade(w.client, w.folder);
      if (made.isPresent()) {
        why += "; " + made.get().said() + ", and the " + YearMonth.from(w.client.startDate())
            + " run makes no second one";
      }
    }
    return result(order, w, Status.SKIPPED, why);
  }

  /**
   * A client whose last block is still running in the month gets no new one, but a log of it that
   * came back is listed, and a note of pain in it warned about now, not only next month.
   */
  private void runningBlockNotes(Work w) {
    w.prior.filter(p -> month != null && !p.block().end().isBefore(month.atDay(1)))
        .ifPresent(p -> p.log().ifPresent(log -> planner.runningBlockNotes(w.client, log, p.block()).forEach(n -> {
          if (n.severity() == Severity.INFO) w.notes.add(n.message());
          else w.d.add(n);
        })));
  }

  /**
   * The client's first block was made by another month's run (early, by a run without --month,
   * for a client who starts after its month): the client may have it in hand already, so this run
   * makes no second one, which could differ, and says where theirs is and until when it runs.
   * When today's inputs would make it differently, a warning says how to give the client the new one.
   */
  private ClientResult madeBefore(int order, Work w, History.Made made) {
    Program p = w.program;
    w.program = null;
    if (!BlockRecord.write(p).equals(made.record())) {
      w.d.warning(Location.ofFile(made.folder().toString()), "block 1 of " + w.client.name() + " ("
          + w.client.id() + ") was made here by the " + made.month() + " run, and today's roster, library or"
          + " templates make it differently; it is kept, as the client may have it already. To give them the new"
          + " one instead, move this folder out of " + made.folder().getParent() + " (what the client wrote in it"
          + " stays there) and run " + month + " again");
    }
    return result(order, w, Status.SKIPPED, w.client.name() + " (" + w.client.id() + "): " + made.said()
        + ": the client works from that handout and log until " + p.end() + ", so no second block 1 was made"
        + nextRun(w, made.block(), "; the", "that log"));
  }

  /**
   * A first block that starts after this run's month (a run without --month makes everyone's) is
   * made now, for the trainer to hand out ahead; its own month's run does not make it again.
   */
  private void noteIfEarly(Work w) {
    YearMonth starts = YearMonth.from(w.program.start());
    if (!starts.isAfter(month)) return;
    w.notes.add("block 1 starts on " + w.program.start() + ", after " + month + ": it was made now, early, so that"
        + " you can hand it out ahead; the " + starts + " run makes no second one" + nextRun(w, w.program, ", and the", "its log here"));
  }

  /** E.g. "; the 2027-02 run reads that log for the next block", after {@code block}, a first block. */
  private String nextRun(Work w, Program block, String lead, String log) {
    return history.nextBlock(w.client, block).map(m -> lead + " " + m + " run reads " + log + " for the next block")
        .orElse("");
  }

  private ClientResult finish(int order, Work w) {
    String status;
    String detail;
    if (w.program == null || w.d.hasErrors()) {
      status = Status.FAILED;
      detail = w.d.all().stream().filter(Diagnostic::isError).map(Diagnostic::message).findFirst().orElse("");
      // what the client has in their folder is then an earlier run's, which the trainer should know
      if (!options.dryRun()) {
        EarlierFiles.ofFailed(monthFolder, w.folder, w.written)
            .ifPresent(n -> w.d.info(Location.ofFile(monthFolder.resolve(w.folder).toString()), n));
      }
    } else if (w.kept) {
      status = Status.KEPT;
      detail = "a file with the client's entries or changes was kept; new files: "
          + (w.written.isEmpty() ? "none" : String.join(", ", w.written));
    } else {
      status = w.d.warningCount() > 0 ? Status.WARNINGS : Status.DONE;
      // the summary cuts it to fit its cell (DetailCell); a shard's file keeps it whole for the merge
      detail = String.join("; ", w.notes);
    }
    return result(order, w, status, detail);
  }

  private ClientResult result(int order, Work w, String status, String detail) {
    Program p = w.program;
    // A track's client is on one of its templates this month: the summary names both.
    String program = p == null || p.trackId() == null || p.template().id().equals(w.client.program())
        ? w.client.program() : w.client.program() + ": " + p.template().id();
    Outcome outcome = new Outcome(w.client.id(), w.client.name(), program,
        p == null ? 0 : p.block(), p == null ? null : p.start(), p == null ? null : p.end(),
        w.written, p == null ? 0 : substitutes(p), (int) w.d.warningCount(), status, detail, w.client.group());
    List<Diagnostic> problems = w.d.all().stream().map(x -> x.forClient(w.client.id())).toList();
    return new ClientResult(order, w.folder, outcome, problems, w.notes, LogCount.of(w.prior, p));
  }

  /** Slots filled by another drill than the template's choice, counted once per slot. */
  static int substitutes(Program p) {
    return (int) p.weeks().stream().flatMap(wk -> wk.circuit().stream())
        .filter(Prescription::isSubstitute).map(x -> x.slot().id()).distinct().count();
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
