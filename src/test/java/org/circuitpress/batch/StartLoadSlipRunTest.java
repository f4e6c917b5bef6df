package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Left from review: a start load in kg for a client whose bells are in lb, for a drill the block
 * does not give, got two warnings at the start_loads cell: the roster's, that it was read as 26 lb,
 * and the plan's, that it is not used. One slip is one message there, saying what the run did; a
 * drill the block gives still says how its load was read.
 */
class StartLoadSlipRunTest {
  @TempDir Path tmp;

  @Test
  void aStartLoadInTheOtherUnitIsOneWarningAtItsCell() throws IOException {
    Files.writeString(tmp.resolve("roster.csv"), "client_id,name,program,start_date,equipment,start_loads,units,paper\n"
        + "c1,Di Pounds,full-body-strength,2026-12-01,kettlebell 18/26/35 lb,kettlebell windmill 12 kg,lb,Letter\n"
        + "c2,Ed Pounds,full-body-strength,2026-12-01,kettlebell 18/26/35 lb,goblet squat 12 kg,lb,Letter\n");
    StringWriter out = new StringWriter();
    RealRun.run(out, RealRun.options(tmp));
    List<String> atCells = out.toString().lines().filter(l -> l.contains("(start_loads)")).toList();
    assertThat(atCells).containsExactly(
        "roster.csv: F2 (start_loads): warning: Di Pounds (c1): the start load \"kettlebell windmill 12 kg\" is for"
            + " Kettlebell windmill, which this block does not give the client, so it is not used; the drills of"
            + " this block that take a load are Kettlebell goblet squat, Kettlebell deadlift, Supported kettlebell"
            + " row, Farmer carry",
        "roster.csv: F3 (start_loads): warning: Ed Pounds (c2): the start load \"goblet squat 12 kg\": \"12 kg\" is"
            + " in kg, and the weights of the client's kettlebell (18/26/35 lb) are in lb: it is read as the nearest"
            + " of them, 26 lb; write that to be sure");
    assertThat(out.toString()).contains("0 errors, 2 warnings (");
  }
}
