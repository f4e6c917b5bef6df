package org.circuitpress.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.function.Consumer;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;

/**
 * Whether an input was saved again while the run read it. A roster saved from Excel, or synced
 * from Google Drive, while the run reads it can be read cut short exactly at a line break, and
 * nothing in the rows read would show it; its size and time of change, noted before reading and
 * looked at again after, do.
 */
final class SavedWhileRead {
  /** Runs after a file is read and before it is looked at again: tests change the file here. */
  static volatile Consumer<Path> afterReading = file -> {};

  private final Path file;
  private final Optional<Stamp> before;

  private SavedWhileRead(Path file) {
    this.file = file;
    this.before = Stamp.of(file);
  }

  /** Notes the size and time of change of {@code file}, before it is read. */
  static SavedWhileRead before(Path file) {
    return new SavedWhileRead(file);
  }

  /**
   * Whether the file changed since {@link #before}; when it did, an error for the file goes to
   * {@code d}. A file that could not be looked at before is not judged.
   */
  boolean changed(Diagnostics d) {
    afterReading.accept(file);
    if (before.isEmpty() || Stamp.of(file).equals(before)) return false;
    d.error(Location.ofFile(file.toString()), "this file changed while it was being read: it was most likely being"
        + " saved (from Excel, or by a folder that syncs), so what was read may be only part of it and nothing was"
        + " made from it. Run again once it is saved");
    return true;
  }

  /** A file's size and the time it was last changed. */
  private record Stamp(long size, FileTime modified) {
    static Optional<Stamp> of(Path file) {
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return Optional.of(new Stamp(a.size(), a.lastModifiedTime()));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
  }
}
