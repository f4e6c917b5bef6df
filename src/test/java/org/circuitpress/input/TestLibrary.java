package org.circuitpress.input;

import java.nio.file.Path;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Library;

/** The shipped library, read by the real reader; any diagnostic fails the test that asks. */
public final class TestLibrary {
  private TestLibrary() {}

  public static final Path SHIPPED = Path.of("input", "csv", "exercises.csv");

  public static Library shipped() {
    Diagnostics d = new Diagnostics();
    Library lib = LibraryReader.read(SHIPPED, d).orElseThrow(() -> new AssertionError(d.all()));
    if (d.size() > 0) throw new AssertionError("the shipped library has problems: " + d.all());
    return lib;
  }
}
