package org.circuitpress.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Remembers a failure after which writing more is pointless (a full disk, a read-only folder),
 * so the clients still queued are skipped with one clear reason instead of a thousand errors.
 */
final class Stop {
  private final AtomicReference<String> reason = new AtomicReference<>();

  String reason() {
    return reason.get();
  }

  void after(IOException e) {
    if (isFatal(e)) reason.compareAndSet(null, describe(e));
  }

  static boolean isFatal(IOException e) {
    if (e instanceof AccessDeniedException) return true;
    String m = describe(e).toLowerCase(Locale.ROOT);
    return m.contains("no space left") || m.contains("read-only file system")
        || m.contains("file too large") || m.contains("quota");
  }

  /** The operating system's reason without the Java exception's name. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
    if (e instanceof java.nio.file.NoSuchFileException) return "folder or file not found";
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
