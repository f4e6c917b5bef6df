package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a roster's program finds its template or track, including one left out for its errors. */
class CatalogTest {
  private static final Track TRACK =
      new Track("upper-back-track", "Upper back", List.of("restore", "build"), Location.ofFile("tracks.csv"));
  private static final Catalog CATALOG =
      new Catalog(Map.of(), Map.of(TRACK.id(), TRACK), Map.of("hip-opener", "its slots cannot be read"),
          Map.of("lower-track", "it names a template that is not there"));

  @Test
  void aProgramNamesATrackOrALeftOutTemplateAsTheRosterWritesIt() {
    assertThat(CATALOG.templatesOf("Upper Back Track")).containsExactly("restore", "build");
    assertThat(CATALOG.templatesOf("Hip Opener")).containsExactly("hip-opener");
    assertThat(CATALOG.templatesOf("shoulder")).isEmpty();
  }

  @Test
  void theTemplateOrTrackLeftOutIsFoundByAProgramInOtherCapitals() {
    assertThat(CATALOG.leftOutNamed("HIP opener")).contains("hip-opener");
    assertThat(CATALOG.leftOutNamed("Lower Track")).contains("lower-track");
    assertThat(CATALOG.leftOutNamed("upper-back-track")).isEmpty();
  }

  @Test
  void onlyTemplatesAndTracksThatWereReadAreKnown() {
    assertThat(CATALOG.knows("upper-back-track")).isTrue();
    assertThat(CATALOG.knows("hip-opener")).isFalse();
    assertThat(CATALOG.knows("lower-track")).isFalse();
  }
}
