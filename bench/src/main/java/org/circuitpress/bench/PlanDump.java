package org.circuitpress.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.circuitpress.model.Client;
import org.circuitpress.model.PhaseBlock;
import org.circuitpress.model.Prescription;
import org.circuitpress.model.Program;
import org.circuitpress.model.Week;

/**
 * Writes the programs of a roster as JSON lines, one client per line, so that the Python
 * contender (b) renders exactly the content the Java ones render without planning on its own.
 */
final class PlanDump {
  private PlanDump() {}

  static int write(Impl impl, Path roster, Path file) throws IOException {
    int n = 0;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Client c : impl.read(roster)) {
        Optional<Program> p = impl.plan(c);
        if (p.isEmpty()) continue;
        w.write(json(p.get()));
        w.write('\n');
        n++;
      }
    }
    return n;
  }

  static String json(Program p) {
    StringBuilder sb = new StringBuilder(4096).append('{');
    Client c = p.client();
    field(sb, "id", c.id()).append(',');
    field(sb, "name", c.name()).append(',');
    field(sb, "paper", c.paper().label()).append(',');
    field(sb, "level", c.level().label()).append(',');
    field(sb, "notes", c.notes()).append(',');
    field(sb, "template", p.template().name()).append(',');
    field(sb, "goal", p.template().goal()).append(',');
    field(sb, "start", p.start().toString()).append(',');
    field(sb, "end", p.end().toString()).append(",\"weeks\":[");
    for (int i = 0; i < p.weeks().size(); i++) {
      Week w = p.weeks().get(i);
      if (i > 0) sb.append(',');
      sb.append("{\"number\":").append(w.number()).append(",\"rounds\":").append(w.rounds()).append(',');
      field(sb, "start", w.start().toString()).append(",\"sessions\":[");
      for (int s = 0; s < w.sessions(); s++) {
        if (s > 0) sb.append(',');
        str(sb, w.sessionDates().get(s).toString());
      }
      sb.append("],\"phases\":[");
      for (int b = 0; b < w.phases().size(); b++) {
        PhaseBlock pb = w.phases().get(b);
        if (b > 0) sb.append(',');
        sb.append('{');
        field(sb, "id", pb.phase().id()).append(',');
        field(sb, "name", pb.phase().name()).append(',');
        field(sb, "purpose", pb.phase().purpose()).append(",\"items\":[");
        for (int k = 0; k < pb.items().size(); k++) {
          if (k > 0) sb.append(',');
          item(sb, pb.items().get(k));
        }
        sb.append("]}");
      }
      sb.append("]}");
    }
    return sb.append("]}").toString();
  }

  private static void item(StringBuilder sb, Prescription x) {
    sb.append('{');
    field(sb, "slot", x.slot().id()).append(',');
    field(sb, "exercise", x.exercise().id()).append(',');
    field(sb, "name", x.exercise().name()).append(',');
    field(sb, "dose", x.dose().format()).append(',');
    sb.append("\"amount\":").append(x.dose().amount()).append(",\"per_side\":").append(x.dose().perSide()).append(',');
    field(sb, "tempo", x.tempo()).append(',');
    field(sb, "load", x.load() == null ? "" : x.load().label()).append(',');
    sb.append("\"rest\":").append(x.restSeconds()).append(',');
    field(sb, "cues", x.exercise().cues()).append(',');
    field(sb, "video", x.exercise().videoUrl()).append(',');
    field(sb, "why", x.why());
    sb.append('}');
  }

  private static StringBuilder field(StringBuilder sb, String key, String value) {
    str(sb, key).append(':');
    return str(sb, value);
  }

  private static StringBuilder str(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (ch < 0x20) sb.append(String.format("\\u%04x", (int) ch));
          else sb.append(ch);
        }
      }
    }
    return sb.append('"');
  }
}
