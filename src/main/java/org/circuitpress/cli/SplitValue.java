package org.circuitpress.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A value the shell split at a space: {@code --roster input/My clients.xlsx} without quotes, or
 * {@code --clients c001, c002}. The words after the first are left over, and picocli's own message
 * ("Unmatched argument at index 2", "Did you mean: circuitpress validate") does not say why.
 */
final class SplitValue {
  private SplitValue() {}

  /** What to tell the user when {@code unmatched} starts right after an option's value in {@code args}. */
  static Optional<String> hint(CommandSpec spec, String[] args, List<String> unmatched) {
    if (unmatched.isEmpty()) return Optional.empty();
    for (int i = 0; i + 2 < args.length; i++) {
      OptionSpec option = args[i].startsWith("-") ? spec.findOption(args[i]) : null;
      if (option == null || !args[i + 2].equals(unmatched.get(0))) continue;
      int end = i + 2;
      while (end < args.length && !args[end].startsWith("-") && unmatched.contains(args[end])) end++;
      String name = args[i];
      String value = String.join(" ", Arrays.asList(args).subList(i + 1, end));
      List<String> rest = Arrays.asList(args).subList(i + 2, end);
      if (option.type() == Path.class) {
        return Optional.of("the name after " + name + " has a space in it, so it was read as \"" + args[i + 1]
            + "\" followed by " + quoted(rest) + ": put the whole name in quotes: " + name + " \"" + value + "\"");
      }
      if (args[i + 1].endsWith(",")) {
        return Optional.of("the ids after " + name + " have a space after a comma, so " + quoted(rest)
            + " was read as a word of its own: write them without spaces (" + name + " "
            + value.replace(", ", ",") + ") or put them in quotes (" + name + " \"" + value + "\")");
      }
    }
    return Optional.empty();
  }

  private static String quoted(List<String> words) {
    return "\"" + String.join("\" and \"", words) + "\"";
  }
}
