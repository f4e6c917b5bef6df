package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden text files under {@code src/test/resources/golden}. Run with {@code -Dgolden.update=true}
 * to (re)write them; otherwise a difference fails with the first differing lines side by side.
 */
final class Golden {
  private Golden() {}

  static final Path DIR = Path.of("src", "test", "resources", "golden");

  static void check(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail(
            file
                + " does not exist; run: mvn -B -o test -Dtest=GoldenPlansTest"
                + " -Dgolden.update=true");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) fail(diff(file, expected, actual));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first differing lines with a little context; enough to see what changed and where. */
  static String diff(Path file, String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int i = 0;
    while (i < e.size() && i < a.size() && e.get(i).equals(a.get(i))) i++;
    StringBuilder sb =
        new StringBuilder(
            file
                + " differs from line "
                + (i + 1)
                + " (if the change is intended: mvn -B -o test -Dtest=GoldenPlansTest"
                + " -Dgolden.update=true, then review git diff)\n");
    for (int k = Math.max(0, i - 3); k < i; k++) sb.append("    ").append(e.get(k)).append('\n');
    for (int k = i; k < Math.min(e.size(), i + 6); k++)
      sb.append("  - ").append(e.get(k)).append('\n');
    for (int k = i; k < Math.min(a.size(), i + 6); k++)
      sb.append("  + ").append(a.get(k)).append('\n');
    sb.append("(expected ").append(e.size()).append(" lines, got ").append(a.size()).append(")");
    return sb.toString();
  }
}
