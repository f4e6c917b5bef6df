package org.circuitpress.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a drill's image path, as typed in the library, points: one rule for the library check and
 * for the handout, so a path the check accepts is the file the handout draws. A {@code \} is read
 * as {@code /} (a path copied from Windows Explorer, {@code img\logo.png}); the path must be
 * relative, stay inside the library's folder (also after symbolic links) and name a file.
 */
public final class ImagePaths {
  private ImagePaths() {}

  /** The file an image path names, or what is wrong with the path (a sentence naming it). */
  public record Resolved(Path file, String problem) {
    public boolean ok() {
      return problem == null;
    }

    static Resolved problem(String problem) {
      return new Resolved(null, problem);
    }
  }

  public static Resolved resolve(Path folder, String typed) {
    String q = "\"" + (typed.length() <= 60 ? typed : typed.substring(0, 57) + "...") + "\"";
    Path base = folder.toAbsolutePath().normalize();
    Path p;
    try {
      String slashed = typed.replace('\\', '/');
      if (slashed.startsWith("/")
          || slashed.matches("^[A-Za-z]:.*")
          || Path.of(slashed).isAbsolute()) {
        return Resolved.problem(
            "the image path " + q + " is absolute; give a path relative to the library's folder");
      }
      p = base.resolve(slashed).normalize();
    } catch (InvalidPathException e) {
      return Resolved.problem("the image path " + q + " is not a valid file name");
    }
    if (!p.startsWith(base)) {
      return Resolved.problem("the image path " + q + " leads outside the library's folder");
    }
    if (!Files.isRegularFile(p)) return Resolved.problem("image file not found: " + q);
    try {
      if (!p.toRealPath().startsWith(base.toRealPath())) {
        return Resolved.problem("the image " + q + " links to a file outside the library's folder");
      }
    } catch (IOException e) {
      return Resolved.problem("cannot read the image " + q);
    }
    return new Resolved(p, null);
  }
}
