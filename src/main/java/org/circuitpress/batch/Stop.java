package org.circuitpress.batch;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Remembers a failure after which writing more is pointless (a full disk, a read-only folder),
 * so the clients still queued are skipped with one clear reason instead of a thousand errors.
 * Also says, in plain words, why a file could not be written or read.
 */
final class Stop {
  private final AtomicReference<String> reason = new AtomicReference<>();

  static final String VANISHED = "its temporary file was removed while it was being written; is another run"
      + " using this folder?";

  String reason() {
    return reason.get();
  }

  /**
   * Stops the run after {@code e} when writing more is pointless. Permission denied inside one
   * client's folder (a folder someone made read-only) fails that client alone; denied in the
   * month's folder itself, it would fail every client after it, so it stops the run.
   */
  void after(IOException e, Path monthFolder) {
    if (!isFatal(e)) return;
    if (e instanceof AccessDeniedException denied && insideAClientFolder(denied, monthFolder)) return;
    // The reason is shown apart from the file that failed, so it names every path it mentions.
    reason.compareAndSet(null, describe(e, null));
  }

  /** Whether the folder that refused (where a file was being created, or the file's own) is below the month's. */
  private static boolean insideAClientFolder(AccessDeniedException e, Path monthFolder) {
    Path subject = subject(e);
    Path file = path(e.getFile());
    if (subject == null || monthFolder == null) return false;
    boolean creating = (file != null && isTemporary(file)) || !Files.exists(subject);
    Path refused = creating ? (file != null && isTemporary(file) ? file : subject).getParent() : subject;
    if (refused == null) return false;
    Path month = monthFolder.toAbsolutePath().normalize();
    Path at = refused.toAbsolutePath().normalize();
    return at.startsWith(month) && !at.equals(month);
  }

  static boolean isFatal(IOException e) {
    if (e instanceof AccessDeniedException) return true;
    String m = osReason(e).toLowerCase(Locale.ROOT);
    return m.contains("no space left") || m.contains("read-only file system")
        || m.contains("file too large") || m.contains("quota");
  }

  /**
   * Why {@code e} happened, for a line about the file the exception is about (a problem's
   * location is normally that file, e.g. {@code output/2026-12/c001: could not write: ...}): that
   * file is "it", any other path is named.
   */
  static String describe(IOException e) {
    return describe(e, subject(e));
  }

  /**
   * Why {@code e} happened, in plain words and without the Java exception's name, for a line
   * about {@code where} (or null: a text that stands alone). {@code where} is called "it"; other
   * paths are named, so the line does not repeat its own path.
   */
  static String describe(IOException e, Path where) {
    Path subject = subject(e);
    Path file = e instanceof FileSystemException f ? path(f.getFile()) : null;
    String os = osReason(e).toLowerCase(Locale.ROOT);
    if (e instanceof AccessDeniedException) {
      if (file != null && isTemporary(file)) {
        return "permission denied: files cannot be created in " + name(file.getParent(), where);
      }
      return subject == null || same(subject, where) ? "permission denied" : "permission denied for " + name(subject, where);
    }
    if (e instanceof FileAlreadyExistsException) {
      if (subject != null && Files.isDirectory(subject)) return isAFolder(subject, where);
      if (subject != null && Files.exists(subject)) return isAFile(subject, where);
      return subject == null ? "it already exists" : sentence(name(subject, where), "already exists");
    }
    if (e instanceof NotDirectoryException) return isAFile(subject, where);
    if (e instanceof DirectoryNotEmptyException) {
      return subject == null ? "a folder with files in it is where a file is needed"
          : sentence(name(subject, where), "is a folder with files in it, but a file is needed there");
    }
    if (e instanceof NoSuchFileException) {
      if (file != null && isTemporary(file)) {
        // The folder is there, so something removed the file while this run wrote it: what a
        // second run's clean-up of the same folder did before runs took a lock on it.
        if (Files.isDirectory(file.getParent())) return VANISHED;
        return "the folder " + name(file.getParent(), where) + " does not exist";
      }
      return subject == null || same(subject, where) ? "folder or file not found"
          : name(subject, where) + " was not found";
    }
    if (e instanceof CharacterCodingException) return "it is not UTF-8 text";
    if (os.contains("no space left")) return "the disk is full";
    if (os.contains("read-only file system")) return "the disk is read-only";
    if (os.contains("is a directory")) {
      return subject == null && where == null ? "a folder is there, but a file is needed" : isAFolder(subject, where);
    }
    if (os.contains("not a directory")) {
      Path culprit = fileInTheWay(subject);
      if (culprit != null) return isAFile(culprit, where);
      return subject == null ? "a folder on the way is a file" : "a folder on the way to " + name(subject, where) + " is a file";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The operating system's own words: a file system exception's reason, else the message. */
  private static String osReason(IOException e) {
    if (e instanceof FileSystemException f) return f.getReason() == null ? "" : f.getReason();
    return e.getMessage() == null ? "" : e.getMessage();
  }

  /**
   * The path the user knows that {@code e} is about: the target of a move (whose source is a
   * hidden temporary file), else the exception's file; null when it names none.
   */
  static Path subject(IOException e) {
    if (!(e instanceof FileSystemException f)) return null;
    Path other = path(f.getOtherFile());
    return other != null ? other : path(f.getFile());
  }

  private static String isAFile(Path p, Path where) {
    return p == null ? "a file is where a folder is needed" : sentence(name(p, where), "is a file, but a folder is needed there");
  }

  private static String isAFolder(Path p, Path where) {
    return p == null ? "it is a folder, but a file is needed there"
        : sentence(name(p, where), "is a folder, but a file is needed there");
  }

  private static String sentence(String subject, String rest) {
    return subject + " " + rest;
  }

  /** The nearest of {@code p} and its parents that exists and is not a folder, or null. */
  private static Path fileInTheWay(Path p) {
    for (Path q = p == null ? null : p.toAbsolutePath(); q != null; q = q.getParent()) {
      if (Files.exists(q)) return Files.isDirectory(q) ? null : q;
    }
    return null;
  }

  private static boolean isTemporary(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().endsWith(AtomicFiles.TEMP_SUFFIX) && p.getParent() != null;
  }

  /** "it" for {@code where}, else the path as the user would type it from here. */
  private static String name(Path p, Path where) {
    if (p == null) return "it";
    if (same(p, where)) return "it";
    Path shown = p;
    if (p.isAbsolute()) {
      Path here = Path.of("").toAbsolutePath();
      if (p.startsWith(here) && !p.equals(here)) shown = here.relativize(p);
    }
    return shown.toString();
  }

  private static boolean same(Path a, Path b) {
    if (a == null || b == null) return false;
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static Path path(String s) {
    if (s == null || s.isEmpty()) return null;
    try {
      return Path.of(s);
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
