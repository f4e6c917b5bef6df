package org.circuitpress.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows how far a run is: a live bar on a terminal, a plain line every few seconds otherwise. */
abstract class Progress implements AutoCloseable {
  /** One more client finished; {@code failed} when it got no program, so the count shows at once. */
  abstract void step(boolean failed);

  @Override
  public abstract void close();

  static Progress of(Screen screen, int total) {
    return of(screen, total, System::nanoTime);
  }

  /** As {@link #of(Screen, int)}, the plain lines timed by {@code clock} (nanoseconds). */
  static Progress of(Screen screen, int total, LongSupplier clock) {
    if (total == 0) return new Plain(screen, 0, clock);
    return screen.terminal() ? new Bar(total) : new Plain(screen, total, clock);
  }

  /** The console's own stream: the bar redraws itself with carriage returns. */
  private static final class Bar extends Progress {
    private final ProgressBar bar;
    private int failed;

    Bar(int total) {
      PrintStream console = System.err;
      bar = new ProgressBarBuilder()
          .setTaskName("Clients")
          .setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(250)
          .showSpeed(new java.text.DecimalFormat("0.0"))
          .setUnit(" clients", 1)
          .setConsumer(new ConsoleProgressBarConsumer(console))
          .build();
    }

    @Override
    synchronized void step(boolean failed) {
      if (failed) bar.setExtraMessage(++this.failed + " failed");
      bar.step();
    }

    @Override
    public synchronized void close() {
      bar.close();
    }
  }

  /**
   * Lines such as {@code 40/120 clients (33%), 12.5/s, about 6 s left}, then {@code , 2 failed}
   * once a client has failed; no control characters.
   */
  static final class Plain extends Progress {
    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private final Screen screen;
    private final int total;
    private final LongSupplier clock;
    private final long started;
    private long lastLine;
    private int done;
    private int failed;

    Plain(Screen screen, int total, LongSupplier clock) {
      this.screen = screen;
      this.total = total;
      this.clock = clock;
      this.started = clock.getAsLong();
      this.lastLine = started;
    }

    @Override
    synchronized void step(boolean failed) {
      done++;
      if (failed) this.failed++;
      long now = clock.getAsLong();
      if (now - lastLine >= EVERY_NANOS && done < total) {
        lastLine = now;
        screen.err().println(line(now));
        screen.err().flush();
      }
    }

    String line(long now) {
      double seconds = Math.max((now - started) / 1e9, 1e-3);
      double rate = done / seconds;
      long left = rate > 0 ? Math.round((total - done) / rate) : 0;
      String line = String.format(Locale.ROOT, "%d/%d clients (%d%%), %.1f/s, about %d s left",
          done, total, total == 0 ? 100 : done * 100 / total, rate, left);
      return failed == 0 ? line : line + ", " + failed + " failed";
    }

    @Override
    public void close() {}
  }
}
