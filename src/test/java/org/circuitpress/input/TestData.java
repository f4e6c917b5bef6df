package org.circuitpress.input;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.circuitpress.model.Catalog;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;
import org.circuitpress.model.Location;
import org.circuitpress.model.Template;
import org.circuitpress.model.Track;
import org.circuitpress.model.Use;

/** The small test library and a catalog with the sample program ids. */
final class TestData {
  static final List<String> TEMPLATES =
      List.of(
          "upper-back-mobility",
          "hip-mobility",
          "shoulder-health",
          "ankle-foot",
          "full-body-strength",
          "core-stability");

  private TestData() {}

  static Path resource(String path) {
    try {
      return Path.of(TestData.class.getResource("/" + path).toURI());
    } catch (Exception e) {
      throw new IllegalStateException(path, e);
    }
  }

  static Library library() {
    Diagnostics d = new Diagnostics();
    Library lib = LibraryReader.read(resource("library/exercises.csv"), d).orElseThrow();
    if (d.size() > 0) throw new IllegalStateException(d.all().toString());
    return lib;
  }

  static Catalog catalog() {
    Map<String, Template> t = new LinkedHashMap<>();
    for (String id : TEMPLATES) {
      t.put(
          id,
          new Template(
              id,
              id,
              "",
              "",
              4,
              3,
              Set.of(Use.STAND_ALONE),
              2,
              60,
              List.of(),
              List.of(),
              Location.ofFile("templates")));
    }
    Track track =
        new Track(
            "upper-back-track",
            "Upper back",
            List.of("upper-back-mobility"),
            Location.ofFile("templates"));
    return new Catalog(t, Map.of(track.id(), track));
  }
}
