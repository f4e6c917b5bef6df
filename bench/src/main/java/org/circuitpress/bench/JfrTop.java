package org.circuitpress.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hot spots of a JFR recording ({@code -XX:StartFlightRecording}): of all execution samples,
 * the share in which a method is the top frame (self) and the share in which it is anywhere on
 * the stack (total), for the methods whose names match a filter.
 */
final class JfrTop {
  private JfrTop() {}

  static void print(Path recording, int top, String totalFilter, PrintStream out) throws IOException {
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) continue;
      samples++;
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      if (frames.isEmpty()) continue;
      self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        String n = name(f.getMethod());
        if (n.contains(totalFilter) && seen.add(n)) total.merge(n, 1, Integer::sum);
      }
    }
    out.printf("%d execution samples%n%nself (top frame):%n", samples);
    table(self, samples, top, out);
    out.printf("%ntotal (on the stack), methods matching \"%s\":%n", totalFilter);
    table(total, samples, top, out);
  }

  private static void table(Map<String, Integer> counts, int samples, int top, PrintStream out) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(en -> out.printf("%6.1f%%  %6d  %s%n", 100.0 * en.getValue() / samples, en.getValue(), en.getKey()));
  }

  private static String name(RecordedMethod m) {
    return m.getType().getName() + "." + m.getName();
  }
}
