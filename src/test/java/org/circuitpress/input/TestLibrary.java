package org.circuitpress.input;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.DoseUnit;
import org.circuitpress.model.Exercise;
import org.circuitpress.model.Level;
import org.circuitpress.model.Library;
import org.circuitpress.model.Names;

/** The shipped library read plainly through the table layer, for template and golden tests. */
public final class TestLibrary {
  private TestLibrary() {}

  public static final Path SHIPPED = Path.of("input", "exercises.csv");

  public static Library shipped() {
    Diagnostics d = new Diagnostics();
    Table t = TableReader.read(SHIPPED, "Exercises", d).orElseThrow(() -> new AssertionError(d.all()));
    Map<String, Exercise> byId = new LinkedHashMap<>();
    for (Row r : t.rows()) {
      Fields f = new Fields(r, d);
      byId.put(r.text("exercise_id"), new Exercise(r.text("exercise_id"), r.text("name"), Names.tag(r.text("role")),
          f.tags("tags"), f.tags("equipment"), Level.parse(r.text("level")).orElseThrow(),
          DoseUnit.parse(r.text("dose")).orElseThrow(), f.yesNo("per_side", false), r.text("tempo"), r.text("cues"),
          f.tags("contraindications"), f.list("easier"), f.list("harder"), r.text("video_url"), r.text("image"), r.location()));
    }
    if (d.hasErrors()) throw new AssertionError(d.all());
    return new Library(byId, SHIPPED.getParent());
  }
}
