package org.circuitpress.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;

/**
 * Writes a month folder's own files (summary.xlsx, report.txt, log-export.csv) so that one the
 * trainer changed since a run wrote it (a column of notes, a line added) is first copied aside as
 * {@code name.replaced.ext}; when it cannot be copied it is kept and no new one is written. Each
 * file written is recorded in the folder's {@link WrittenFiles} with its checksum, which is how
 * the next run tells a changed file from its own. A file with no record (written before runs kept
 * one) is replaced as before.
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
    } else if (aside != null) {
      try {
        Files.deleteIfExists(aside); // the changed file is still in place
      } catch (IOException e) {
        // a spare copy of it stays beside it
      }
    }
    d.addAll(said.all());
    return said.all();
  }
}
