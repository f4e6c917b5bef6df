package org.circuitpress.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.circuitpress.input.LogReader;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Location;

/**
 * What a month folder holds from earlier runs that this run leaves as it is, said so that nobody
 * takes it for this run's work: the handout and log of a client who failed this time, and the
 * folders of clients who are no longer on the roster.
 */
final class EarlierFiles {
  private EarlierFiles() {}

  /** How many folder names the note about folders not on the roster spells out. */
  static final int NAMED = 5;
  private static final String EARLIER = " from an earlier run of this month; ";
  /** The files that make a folder of the month a client's folder. */
  private static final List<String> CLIENT_FILES = List.of(LogReader.HANDOUT_FILE, LogReader.LOG_FILE,
      LogReader.NEW_HANDOUT_FILE, LogReader.NEW_LOG_FILE, LogReader.BLOCK_RECORD);

  /**
   * For a client who failed: which of their handout and log in {@code folder} (of
   * {@code monthFolder}) an earlier run put there, those this run did not write
   * ({@code writtenNow}, paths relative to the month folder), which stay as they are; empty when
   * there are none.
   */
  static Optional<String> ofFailed(Path monthFolder, String folder, Collection<String> writtenNow) {
    List<String> there = new ArrayList<>();
    for (String f : List.of(LogReader.HANDOUT_FILE, LogReader.LOG_FILE)) {
      if (!writtenNow.contains(folder + "/" + f)
          && Files.isRegularFile(monthFolder.resolve(folder).resolve(f), LinkOption.NOFOLLOW_LINKS)) {
        there.add(f);
      }
    }
    if (there.isEmpty()) return Optional.empty();
    boolean one = there.size() == 1;
    return Optional.of(folder + "/ still holds " + String.join(" and ", there) + EARLIER
        + (one ? "it stays as it is" : "they stay as they are"));
  }

  /** Whether {@code message} is one of {@link #ofFailed}. */
  static boolean isOfFailed(String message) {
    return message.contains(EARLIER);
  }

  /**
   * The note that folders of {@code monthFolder} that hold a client's files belong to no client
   * on the roster: not to one it made ({@code folders}, by id) nor to a row left out for its errors
   * ({@code leftOutIds}), in any capitals. Only a run that sees the whole roster can say so.
   */
  static Optional<Diagnostic> notOnRoster(Path monthFolder, Map<String, String> folders,
      Collection<String> leftOutIds, Location where) {
    Set<String> known = new HashSet<>();
    folders.values().forEach(f -> known.add(SafeNames.key(f)));
    List<String> strays = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(monthFolder)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (!name.startsWith(".") && !known.contains(SafeNames.key(name)) && isClientFolder(p)) strays.add(name);
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a folder that cannot be listed has nothing to say
    }
    if (strays.isEmpty()) return Optional.empty();
    // Folders an id may have had in earlier runs: a hashed one when it shared a name, and those of
    // rows left out this time. Worked out only now, for the few folders left.
    Set<String> earlier = new HashSet<>();
    folders.keySet().forEach(id -> earlier.add(SafeNames.key(SafeNames.longer(id))));
    // and the id as a CSV wrote it before it was read as its digits (1,001 for 1001)
    folders.keySet().forEach(id -> org.circuitpress.input.IdNumbers.shownForms(id)
        .forEach(shown -> earlier.add(SafeNames.key(SafeNames.firstChoice(shown)))));
    for (String id : leftOutIds) {
      earlier.add(SafeNames.key(SafeNames.firstChoice(id)));
      earlier.add(SafeNames.key(SafeNames.longer(id)));
    }
    strays.removeIf(name -> earlier.contains(SafeNames.key(name)));
    if (strays.isEmpty()) return Optional.empty();
    strays.sort(null);
    int n = strays.size();
    String named = String.join(", ", strays.subList(0, Math.min(n, NAMED))) + (n > NAMED ? " and " + (n - NAMED) + " more" : "");
    String month = monthFolder.getFileName().toString();
    return Optional.of(Diagnostic.info(where, n == 1
        ? "1 client folder in " + month + " is not on the roster: " + named + " (left as it is)"
        : n + " client folders in " + month + " are not on the roster: " + named + " (left as they are)"));
  }

  private static boolean isClientFolder(Path p) {
    if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return false;
    for (String f : CLIENT_FILES) {
      if (Files.exists(p.resolve(f), LinkOption.NOFOLLOW_LINKS)) return true;
    }
    return false;
  }
}
