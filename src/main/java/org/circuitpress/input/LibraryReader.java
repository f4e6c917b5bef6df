package org.circuitpress.input;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Level;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;

/**
 * Reads the exercise library. A row with an error is skipped; links (easier, harder) to unknown ids
 * and links that form a cycle are reported as errors and dropped, so the drills themselves stay
 * usable. Unsafe URLs and images are warnings and dropped.
 */
public final class LibraryReader {
  public static final String SHEET = "Exercises";

  public static final Columns COLUMNS =
      Columns.of(
          List.of("exercise_id", "name", "role"),
          List.of(
              "tags",
              "equipment",
              "level",
              "dose",
              "per_side",
              "tempo",
              "cues",
              "contraindications",
              "easier",
              "harder",
              "video_url",
              "image"))
          // The columns that decide which client may get a drill and where it goes: a cell
          // showing #N/A read as empty could drop a contraindication.
          .strict(
              List.of(
                  "exercise_id",
                  "name",
                  "role",
                  "tags",
                  "equipment",
                  "level",
                  "contraindications",
                  "easier",
                  "harder"))
          .otherNames(
              Map.of(
                  "contra", "contraindications",
                  "contras", "contraindications",
                  "avoid", "contraindications",
                  "avoid for", "contraindications",
                  "not for", "contraindications",
                  "unsafe for", "contraindications",
                  "precautions", "contraindications",
                  "limitations", "contraindications",
                  "injuries", "contraindications"));

  private static final Pattern TEMPO = Pattern.compile("(?i)[0-9x]{1,2}(-[0-9x]{1,2}){3}");

  private LibraryReader() {}

  /**
   * The library, or empty when the file cannot be used. {@link Library#folder()} is the file's
   * folder, against which image paths resolve.
   */
  public static Optional<Library> read(Path file, Diagnostics d) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    Map<String, Exercise> byId = new LinkedHashMap<>();
    Map<String, Integer> rowOfId = new HashMap<>();
    Map<String, Location> linkCells = new HashMap<>();
    Images images = new Images(folder);
    Map<String, Location> skipped = new LinkedHashMap<>();
    Optional<Table> t =
        TableReader.scan(
            file,
            SHEET,
            COLUMNS,
            d,
            row -> {
              Optional<Exercise> e = decode(row, d, rowOfId, images);
              if (e.isEmpty()) {
                String id = row.text("exercise_id");
                if (!id.isEmpty()) skipped.putIfAbsent(id, row.location());
                return;
              }
              byId.put(e.get().id(), e.get());
              linkCells.put(Links.key(e.get().id(), "easier"), row.at("easier"));
              linkCells.put(Links.key(e.get().id(), "harder"), row.at("harder"));
            });
    if (t.isEmpty()) return Optional.empty();
    // a repeated id is skipped too, but its first row is the drill
    skipped.keySet().removeAll(byId.keySet());
    return Optional.of(
        new Library(Links.check(byId, skipped.keySet(), linkCells, d), folder, skipped));
  }

  private static Optional<Exercise> decode(
      Row row, Diagnostics d, Map<String, Integer> rowOfId, Images images) {
    Fields f = new Fields(row, d);
    f.unreadable(
        "This drill is left out until then, because reading the cell as empty could give it to the"
            + " wrong clients");
    Optional<String> id = f.required("exercise_id");
    id.ifPresent(
        i -> {
          Integer first = rowOfId.putIfAbsent(i, row.location().row());
          if (first != null) {
            Location at = f.at("exercise_id");
            d.warning(
                new Location(at.file(), at.sheet(), first, at.column(), at.header()),
                "exercise_id \""
                    + i
                    + "\" is used again on row "
                    + row.location().row()
                    + " (that row is skipped)");
            f.error(
                "exercise_id",
                "exercise_id \""
                    + i
                    + "\" is already used on row "
                    + first
                    + "; this row is skipped");
          }
        });
    Optional<String> name = f.required("name");
    Optional<String> role = f.required("role").map(Names::tag);
    Level level =
        f.choice("level", Level::parse, Level.BEGINNER, "beginner, intermediate or advanced");
    DoseUnit dose = f.choice("dose", DoseUnit::parse, DoseUnit.REPS, "reps, seconds or breaths");
    boolean perSide = f.yesNo("per_side", false);
    if (DoseUnit.perSide(f.text("dose"))) {
      // "reps/side" in the dose column: per side unless the per_side column says otherwise
      if (f.text("per_side").isEmpty()) {
        perSide = true;
      } else if (!perSide) {
        f.warning("per_side", "the dose says " + Fields.quote(f.text("dose")) + " but per_side says "
            + Fields.quote(f.text("per_side")) + "; the dose is read as for both sides together");
      }
    }
    String tempo = f.text("tempo");
    if (!tempo.isEmpty() && !TEMPO.matcher(tempo).matches()) {
      f.warning(
          "tempo",
          "expected a tempo like 3-1-3-1 (seconds down, pause, up, pause; X = fast), got "
              + Fields.quote(tempo)
              + "; the tempo is left out");
      tempo = "";
    }
    Set<String> contraindications = new LinkedHashSet<>();
    // "N/A" or "none" in the whole cell means the drill has none, not the contraindications "N"
    // and "A", or one named "none"
    if (!KitParser.saysNothing(f.text("contraindications"))) {
      for (String c : f.splitTags("contraindications", "contraindication")) contraindications.add(Names.tag(c));
    }
    contraindications.remove("");
    String video = url(f);
    String image = images.check(f);
    if (!f.ok()) return Optional.empty();
    return Optional.of(
        new Exercise(
            id.get(),
            name.get(),
            role.get(),
            f.tags("tags"),
            equipment(f),
            level,
            dose,
            perSide,
            tempo,
            f.text("cues"),
            contraindications,
            f.list("easier"),
            f.list("harder"),
            video,
            image,
            row.location(),
            f.at("image")));
  }

  /**
   * What a drill needs, by name only: "kettlebell 16 kg" or "band light" in the library still means
   * a kettlebell or a band, which is how a client's kit is compared.
   */
  private static Set<String> equipment(Fields f) {
    Set<String> names = new java.util.LinkedHashSet<>();
    for (String item : f.list("equipment")) {
      KitParser.Result r = KitParser.parse(List.of(item), org.circuitpress.model.Units.KG);
      if (r.problems().isEmpty()) names.addAll(r.kit().items().keySet());
      else names.add(Names.tag(item));
    }
    return names;
  }

  /** Only http and https links reach a handout (as a link or a QR code). */
  private static String url(Fields f) {
    String u = f.text("video_url");
    if (u.isEmpty()) return "";
    if (u.length() > Exercise.MAX_VIDEO_URL) {
      f.warning("video_url", "the link has " + u.length() + " characters, more than a QR code on a handout can"
          + " hold (" + Exercise.MAX_VIDEO_URL + "); the link is left out. Use the video's short share link");
      return "";
    }
    if (u.getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= Exercise.LONG_VIDEO_URL) {
      f.warning("video_url", "the link has " + u.length() + " characters, so its QR code has very fine squares"
          + " that a phone may not read from a home print; the video's short share link would print better");
    }
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isEmpty()) {
        return u;
      }
      f.warning(
          "video_url",
          scheme.isEmpty() || !(scheme.equals("http") || scheme.equals("https"))
              ? "only http and https links are allowed, got "
                  + Fields.quote(u)
                  + "; the link is left out"
              : "the link " + Fields.quote(u) + " has no host; the link is left out");
    } catch (URISyntaxException e) {
      f.warning("video_url", "not a valid link: " + Fields.quote(u) + "; the link is left out");
    }
    return "";
  }
}
