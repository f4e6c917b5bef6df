package org.circuitpress.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A value the shell split at a space: {@code --roster input/My clients.xlsx} (or {@code
 * --roster=input/My clients.xlsx}) without quotes, {@code --clients c001, c002}, or a client's name
 * ({@code --clients Jane Doe}). The words after the first are left over, and picocli's own message
 * ("Unmatched argument at index 2", "Did you mean: circuitpress validate") does not say why.
 */
final class SplitValue {
  private SplitValue() {}

  /** What to tell the user when {@code unmatched} starts right after an option's value in {@code args}. */
  static Optional<String> hint(CommandSpec spec, String[] args, List<String> unmatched) {
    if (unmatched.isEmpty()) return Optional.empty();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("-")) continue;
      // --roster input/My clients.xlsx, or --roster=input/My clients.xlsx with the value in the same word
      int equals = args[i].indexOf('=');
      String name = equals < 0 ? args[i] : args[i].substring(0, equals);
      String first = equals < 0 ? (i + 1 < args.length ? args[i + 1] : null) : args[i].substring(equals + 1);
      int from = equals < 0 ? i + 2 : i + 1;
      OptionSpec option = spec.findOption(name);
      if (option == null || first == null || from >= args.length || !args[from].equals(unmatched.get(0))) continue;
      int end = from;
      while (end < args.length && !args[end].startsWith("-") && unmatched.contains(args[end])) end++;
      // --clients c001 -x: what follows the value is an option of its own, not the rest of it
      if (end == from) continue;
      List<String> rest = Arrays.asList(args).subList(from, end);
      String value = first + " " + String.join(" ", rest);
      String given = name + (equals < 0 ? " " : "=");
      if (option.type() == Path.class && !namesItself(first, value)) {
        return Optional.of("the name after " + name + " has a space in it, so it was read as \"" + first
            + "\" followed by " + quoted(rest) + ": put the whole name in quotes: " + given + "\"" + value + "\"");
      }
      if (option.type() == String.class && !value.matches(".*\\d.*")) {
        // plan --client Jane Doe: a client's name, which the run answers with the id to give
        return Optional.of("the name after " + name + " has a space in it, so " + quoted(rest) + readAlone(rest)
            + ": put the whole name in quotes (" + given + "\"" + value + "\") to be told the client's id");
      }
      if (option.splitRegex().isEmpty()) continue;
      String ids = given + String.join(",", value.split("[\\s,]+"));
      String why = first.endsWith(",") ? " have a space after a comma, so " : " are apart by a space, so ";
      List<String> parts = idsAndNames(value);
      Optional<String> named = parts.stream().filter(p -> p.contains(" ")).findFirst();
      if (named.isPresent()) {
        // --clients Jane Doe: a client's name with a space, which the run answers with the id to give
        return Optional.of("the words after " + name + why + quoted(rest) + readAlone(rest) + ": if \"" + named.get()
            + "\" is a client's name, put it in quotes (" + given + String.join(",", parts.stream()
                .map(p -> p.contains(" ") ? "\"" + p + "\"" : p).toList())
            + ") to be told their id; if they are ids, put a comma between them, with no space (" + ids + ")");
      }
      if (first.endsWith(",")) {
        return Optional.of("the ids after " + name + why + quoted(rest) + readAlone(rest)
            + ": write them without spaces (" + given + value.replace(", ", ",") + ") or put them in quotes ("
            + given + "\"" + value + "\")");
      }
      // --clients c001 c002, or c001 ,c002: ids apart by a space where a comma goes
      return Optional.of("the ids after " + name + why + quoted(rest) + readAlone(rest)
          + ": put a comma between them, with no space (" + ids + ")");
    }
    return Optional.empty();
  }

  /**
   * Whether {@code first} is a file or folder that is there while {@code joined} is not: then the
   * name was whole, and the word after it is something else ({@code --roster clients.xlsx valdate}, a
   * command mistyped), not the rest of a name with a space. Looked up only for a usage error.
   */
  private static boolean namesItself(String first, String joined) {
    try {
      return Files.exists(Path.of(first)) && !Files.exists(Path.of(joined));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * The ids and names of a value split at its commas: a word with a digit in it is an id, and the
   * words without one that stand together may be a client's name ("c001 Zoë Martin" gives c001 and
   * "Zoë Martin"), for names have no digits and a trainer's ids mostly do.
   */
  private static List<String> idsAndNames(String value) {
    List<String> parts = new ArrayList<>();
    for (String between : value.split(",")) {
      List<String> name = new ArrayList<>();
      for (String word : between.strip().split("\\s+")) {
        if (word.isEmpty()) continue;
        if (!word.matches(".*\\d.*")) {
          name.add(word);
          continue;
        }
        if (!name.isEmpty()) parts.add(String.join(" ", name));
        name.clear();
        parts.add(word);
      }
      if (!name.isEmpty()) parts.add(String.join(" ", name));
    }
    return parts;
  }

  private static String readAlone(List<String> words) {
    return words.size() == 1 ? " was read as a word of its own" : " were read as words of their own";
  }

  private static String quoted(List<String> words) {
    return "\"" + String.join("\" and \"", words) + "\"";
  }
}
