package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Warnings said once for many rows take the place of the ones they sum up, where the first was. */
class DiagnosticsTest {
  private static Diagnostic warning(String message) {
    return Diagnostic.warning(Location.ofFile("roster.csv"), message);
  }

  @Test
  void replacedDiagnosticsGiveWayToOneWhereTheFirstOfThemWas() {
    Diagnostics d = new Diagnostics();
    Diagnostic a = warning("a");
    Diagnostic b = warning("b");
    Diagnostic c = warning("c");
    Diagnostic e = warning("e");
    d.addAll(List.of(a, b, c, e));
    Diagnostic sum = warning("b and e");
    d.replace(List.of(b, e), sum);
    assertThat(d.all()).containsExactly(a, sum, c);
  }

  @Test
  void theVeryDiagnosticsAreReplacedNotEqualOnes() {
    Diagnostics d = new Diagnostics();
    Diagnostic a = warning("a");
    d.add(a);
    d.replace(List.of(warning("a")), warning("instead"));
    assertThat(d.all()).containsExactly(a);
    Diagnostic first = warning("first");
    d.add(first);
    d.replace(List.of(a, first), warning("both"));
    assertThat(d.all()).containsExactly(warning("both"));
  }
}
