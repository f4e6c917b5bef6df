package org.circuitpress.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;

/**
 * Keeps what the trainer typed when a file is written again. A month folder's own files
 * (summary.xlsx, report.txt, log-export.csv) are written so that one the trainer changed since a run
 * wrote it (a column of notes, a line added) is first copied aside as {@code name.replaced.ext}; when
 * it cannot be copied it is kept and no new one is written. Each file written is recorded in the
 * folder's {@link WrittenFiles} with its checksum, which is how the next run tells a changed file
 * from its own. A file with no record (written before runs kept one) is replaced as before. A file
 * the trainer named ({@link #writeChosen}) has no such record.
 */
final class Keeping {
  private Keeping() {}

  /** Writes the file, {@code true} when it was written; its problems go to {@code d}. */
  @FunctionalInterface
  interface Writing {
    boolean write();
  }

  /** Writes a file that lists problems: it is told what keeping the changed one aside will say. */
  @FunctionalInterface
  interface Listing {
    boolean write(List<Diagnostic> keptAside);
  }

  /**
   * Writes {@code file} with {@code write} ("the new summary" is {@code what}), keeping a changed
   * one aside. Returns what it said, also added to {@code d}, for a report written after it.
   */
  static List<Diagnostic> write(Path file, String what, Writing write, Diagnostics d) {
    return write(file, what, keptAside -> write.write(), d);
  }

  /**
   * As {@link #write(Path, String, Writing, Diagnostics)}, for the report itself: the warning that
   * the trainer's changed report was kept aside is handed to {@code write}, so that the new report
   * names where their copy went, as the screen does.
   */
  static List<Diagnostic> write(Path file, String what, Listing write, Diagnostics d) {
    Diagnostics said = new Diagnostics();
    Path aside = null;
    if (Files.isRegularFile(file)) {
      boolean changed;
      try {
        changed = WrittenFiles.of(file.getParent(), false).check(file.getFileName().toString(), file)
            == WrittenFiles.Match.CHANGED;
      } catch (IOException e) {
        changed = true; // cannot tell: the safe mistake
      }
      if (changed) {
        aside = ClientJob.asideName(file.getParent(), file.getFileName().toString());
        try {
          Files.copy(file, aside);
        } catch (IOException e) {
          said.warning(Location.ofFile(file.toString()), "was changed after CircuitPress wrote it and could not be"
              + " copied aside (" + Stop.describe(e) + "), so it was kept and no new " + what + " was written; move"
              + " it and run again");
          d.addAll(said.all());
          return said.all();
        }
      }
    }
    Diagnostic keptAs = aside == null ? null : Diagnostic.warning(Location.ofFile(file.toString()),
        "was changed after CircuitPress wrote it, so it was kept as " + aside.getFileName() + " and the new " + what
            + " took its place");
    if (write.write(keptAs == null ? List.of() : List.of(keptAs))) {
      try (WrittenFiles record = WrittenFiles.of(file.getParent(), false)) {
        record.wrote(Integer.MAX_VALUE, file.getFileName().toString(), WrittenFiles.fingerprint(file));
        record.commit(Integer.MAX_VALUE);
      } catch (IOException e) {
        said.warning(Location.ofFile(file.toString()), Run.NOT_RECORDED + Stop.describe(e));
      }
      if (keptAs != null) said.add(keptAs);
    } else {
      deleteQuietly(aside); // the changed file is still in place
    }
    d.addAll(said.all());
    return said.all();
  }

  /** What became of a file the trainer named ({@link #writeChosen}). */
  enum Chosen {
    /** The new file is in place. */
    WRITTEN,
    /** The file there already held exactly the new bytes, and was left as it is. */
    SAME,
    /** Nothing was written; {@code d} says why. */
    FAILED
  }

  /**
   * Writes {@code file}, which the trainer named ({@code what}: "plan" for a plan CSV), where no
   * record says what an earlier run wrote. An earlier file that holds exactly the new bytes is left
   * as it is. Any other is copied aside as {@code name.replaced.ext} (never over an earlier copy)
   * before the new one takes its place: an earlier CSV of other inputs cannot be told from one with a
   * number corrected in Excel and saved as "CSV UTF-8", whose mark, header, quoting and line endings
   * are the ones CircuitPress writes, so every one that differs is kept.
   */
  static Chosen writeChosen(AtomicFiles files, Path file, String what, AtomicFiles.Body body, Diagnostics d) {
    Location where = Location.ofFile(file.toString());
    try (AtomicFiles.Pending p = files.prepare(file, body)) {
      boolean earlier = Files.isRegularFile(file);
      if (earlier && sameBytes(p, file)) return Chosen.SAME;
      Path aside = null;
      if (earlier) {
        aside = ClientJob.asideName(file.toAbsolutePath().getParent(), file.getFileName().toString());
        try {
          Files.copy(file, aside);
        } catch (IOException e) {
          d.error(where, "differs from the new " + what + " and may hold what you typed in it, and it could not be"
              + " kept aside as " + aside.getFileName() + " (" + Stop.describe(e) + "), so it was left as it is and"
              + " nothing was written; move it, or give another file name");
          return Chosen.FAILED;
        }
      }
      try {
        p.moveTo(file);
      } catch (IOException e) {
        deleteQuietly(aside); // the earlier file is still in place
        d.error(where, "could not be replaced (" + Stop.describe(e) + "), so it was left as it is and nothing was"
            + " written: if it is open in a program, close it there, then run again");
        return Chosen.FAILED;
      }
      if (aside != null) {
        d.warning(where, "differed from the new " + what + " (it may hold what you typed in it), so it was kept as "
            + aside.getFileName() + " and the new " + what + " took its place");
      }
      return Chosen.WRITTEN;
    } catch (IOException e) {
      d.error(where, "could not write: " + Stop.describe(e) + "; nothing was written");
      return Chosen.FAILED;
    }
  }

  private static boolean sameBytes(AtomicFiles.Pending p, Path file) {
    try {
      return p.sameAs(file);
    } catch (IOException e) {
      return false; // cannot tell: the safe mistake
    }
  }

  private static void deleteQuietly(Path p) {
    if (p == null) return;
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a spare copy of the earlier file stays beside it
    }
  }
}
