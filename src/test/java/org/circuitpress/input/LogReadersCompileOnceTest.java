package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Found profiling export-logs on a chain's 2,000 logs: reading a log compiled regular expressions
 * for every header cell and every row ({@code String.replaceAll}, {@code matches}, {@code split}
 * compile their pattern on each call). The log readers keep their patterns in constants.
 */
class LogReadersCompileOnceTest {
  /** The sources that read a returned log, and the date reader of its first sheet. */
  private static final List<String> READERS = List.of("input/XlsxLog.java", "input/PdfLog.java", "input/LogCells.java",
      "input/LogValues.java", "input/LogReader.java", "input/LogGrid.java", "model/DateOrder.java");

  /** A String method that compiles its first argument, called with a literal. */
  private static final Pattern COMPILING = Pattern.compile("\\.(replaceAll|replaceFirst|matches|split)\\(\"((?:[^\"\\\\]|\\\\.)*)\"");

  @Test
  void noLogReaderCompilesAPatternPerCall() throws IOException {
    List<String> found = new ArrayList<>();
    for (String file : READERS) {
      Path source = Path.of("src/main/java/org/circuitpress").resolve(file);
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = COMPILING.matcher(lines.get(i));
        while (m.find()) {
          if (m.group(1).equals("split") && splitsWithoutPattern(m.group(2))) continue;
          // a compiled pattern's matcher replacing with a literal text
          if (m.group(1).startsWith("replace") && lines.get(i).substring(0, m.start()).contains(".matcher(")) continue;
          found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /**
   * Whether String.split takes the literal (as written in Java source) without a Pattern: one
   * character that means nothing to a pattern, or a backslash before one that is not a letter or digit.
   */
  private static boolean splitsWithoutPattern(String literal) {
    String regex = literal.replace("\\\\", "\\");
    if (regex.length() == 1) return ".$|()[{^?*+\\".indexOf(regex.charAt(0)) < 0;
    return regex.length() == 2 && regex.charAt(0) == '\\' && !Character.isLetterOrDigit(regex.charAt(1));
  }

  @Test
  void aHeaderWithNotesInBracketsIsItsColumn() {
    assertThat(XlsxLog.key("Actual (kg or reps)")).isEqualTo(XlsxLog.key("Actual"));
    assertThat(XlsxLog.key("RPE (1-10) (how hard)")).isEqualTo(XlsxLog.key("RPE"));
  }
}
