package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void withoutATerminalItPrintsPlainLinesEveryFewSeconds() {
    StringWriter err = new StringWriter();
    Screen screen = new Screen(new PrintWriter(new StringWriter()), new PrintWriter(err), false);
    AtomicLong now = new AtomicLong();
    Progress.Plain p = new Progress.Plain(screen, 100, now::get);
    for (int i = 0; i < 100; i++) {
      now.addAndGet(1_000_000_000L);
      p.step(false);
    }
    assertThat(err.toString().lines()).hasSize(19).first().isEqualTo("5/100 clients (5%), 1.0/s, about 95 s left");
    assertThat(err.toString()).doesNotContainPattern("[\\p{Cntrl}&&[^\\n]]");
  }

  @Test
  void onceAClientFailsEveryLineSaysHowManyHave() {
    StringWriter err = new StringWriter();
    Screen screen = new Screen(new PrintWriter(new StringWriter()), new PrintWriter(err), false);
    AtomicLong now = new AtomicLong();
    Progress.Plain p = new Progress.Plain(screen, 20, now::get);
    for (int i = 0; i < 20; i++) {
      now.addAndGet(1_000_000_000L);
      p.step(i == 7 || i == 8);
    }
    assertThat(err.toString().lines()).containsExactly(
        "5/20 clients (25%), 1.0/s, about 15 s left",
        "10/20 clients (50%), 1.0/s, about 10 s left, 2 failed",
        "15/20 clients (75%), 1.0/s, about 5 s left, 2 failed");
  }
}
