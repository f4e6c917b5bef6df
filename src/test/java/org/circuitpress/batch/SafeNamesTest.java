package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeNamesTest {
  @TempDir Path tmp;

  @Test
  void safeIdsAreTheirOwnFolder() {
    SafeNames.Assignment a = SafeNames.assign(List.of("anna-k", "Zoë_Núñez", "c.001"));
    assertThat(a.folders()).containsExactly(Map.entry("anna-k", "anna-k"), Map.entry("Zoë_Núñez", "Zoë_Núñez"),
        Map.entry("c.001", "c.001"));
    assertThat(a.notices()).isEmpty();
  }

  @Test
  void unsafeIdsAreCleanedAndMarkedWithAHashOfTheId() {
    List<String> ids = List.of("../x", "/etc/x", "CON", "con.txt", "a:b", "a/b", "trail. ", "..", "",
        "x".repeat(300), "tab\there", "nul", "LPT1", "a*b?c<d>e|f\"g\\h");
    SafeNames.Assignment a = SafeNames.assign(ids);
    for (String id : ids) {
      String f = a.folders().get(id);
      assertThat(f).as(id).doesNotContain("/", "\\", ":", "*", "?", "\"", "<", ">", "|", "\t").doesNotStartWith(".")
          .doesNotEndWith(".").doesNotEndWith(" ").matches("(?s).{1,69}").isNotIn(".", "..");
      assertThat(SafeNames.isSafe(f)).as(id).isTrue();
      assertThat(a.notices().get(id)).as(id).contains("is not safe as a folder name; its files go to " + f + "/");
    }
    assertThat(a.folders().get("../x")).matches("_x-[0-9a-f]{8}");
    assertThat(a.folders().get("CON")).matches("_CON-[0-9a-f]{8}");
    assertThat(a.folders().get("a:b")).isNotEqualTo(a.folders().get("a/b")).startsWith("a_b-");
    assertThat(a.folders().values()).doesNotHaveDuplicates();
  }

  @Test
  void anIdNamedLikeOneOfTheMonthsOwnFilesGetsAFolderOfItsOwn() {
    List<String> ids = List.of("report.txt", "Summary.xlsx", "summary-clients.xlsx", "report-shard-1-of-2.txt",
        "log-export.csv", "report", "summary-jane", "report.pdf");
    SafeNames.Assignment a = SafeNames.assign(ids);
    assertThat(a.folders().get("report.txt")).matches("_report\\.txt-[0-9a-f]{8}");
    assertThat(a.folders().get("Summary.xlsx")).startsWith("_Summary.xlsx-");
    assertThat(a.folders().get("summary-clients.xlsx")).startsWith("_summary-clients.xlsx-");
    assertThat(a.folders().get("report-shard-1-of-2.txt")).startsWith("_report-shard-1-of-2.txt-");
    assertThat(a.folders().get("log-export.csv")).startsWith("_log-export.csv-");
    // nothing the month folder holds is named like these
    assertThat(a.folders().get("report")).isEqualTo("report");
    assertThat(a.folders().get("summary-jane")).isEqualTo("summary-jane");
    assertThat(a.folders().get("report.pdf")).isEqualTo("report.pdf");
  }

  @Test
  void ofIdsThatWouldMeetOnACaseInsensitiveDiskTheFirstKeepsItsFolder() {
    // The roster refuses ids that differ only in case; these can only meet when one id is
    // written like another's hashed folder, and then the earlier id's folder must not move.
    String hashed = SafeNames.firstChoice("a/b");
    SafeNames.Assignment a = SafeNames.assign(List.of("a/b", hashed.toUpperCase(java.util.Locale.ROOT), "ben"));
    assertThat(a.folders().get("a/b")).isEqualTo(hashed);
    assertThat(a.folders().get(hashed.toUpperCase(java.util.Locale.ROOT)))
        .isEqualTo(SafeNames.longer(hashed.toUpperCase(java.util.Locale.ROOT))).matches("A_B-[0-9A-F]{8}-[0-9a-f]{12}");
    assertThat(a.folders().get("ben")).isEqualTo("ben");
    assertThat(a.notices().get(hashed.toUpperCase(java.util.Locale.ROOT)))
        .startsWith("client id \"" + hashed.toUpperCase(java.util.Locale.ROOT) + "\" would share a folder with \"a/b\"");
  }

  @Test
  void aFolderDoesNotChangeWhenAClientWhoseIdDiffersOnlyInCaseComesOrGoes() {
    assertThat(SafeNames.assign(List.of("anna", "Anna")).folders().get("anna")).isEqualTo("anna");
    assertThat(SafeNames.assign(List.of("anna")).folders().get("anna")).isEqualTo("anna");
  }

  @Test
  void aFolderDependsOnItsIdAloneSoNextMonthFindsIt() {
    String alone = SafeNames.assign(List.of("../x")).folders().get("../x");
    String withOthers = SafeNames.assign(List.of("b", "../x", "a/x", "zz")).folders().get("../x");
    assertThat(withOthers).isEqualTo(alone);
  }

  @Test
  void aRunKeepsEveryFileInsideTheMonthFolder() throws IOException {
    Workspace ws = new Workspace(tmp, "../escape,E,2026-12-01", "/etc/passwd,P,2026-12-01", "CON,C,2026-12-01",
        "a:b,AB,2026-12-01", "Anna,A,2026-12-01", "anna,a,2026-12-01");
    Run.Result r = ws.run(new FakeStages()).generate(ws.options());

    assertThat(r.exitCode()).isZero();
    List<String> files = Workspace.files(tmp.resolve("out"));
    assertThat(files).hasSize(21).allMatch(f -> f.startsWith("2026-12/"));
    assertThat(Workspace.files(tmp).stream().filter(f -> f.endsWith("handout.pdf"))).hasSize(6);
    // (the real roster reader refuses the second of Anna and anna; these fake stages do not)
    assertThat(files).contains("2026-12/Anna/handout.pdf");
    assertThat(Workspace.read(tmp.resolve("out/2026-12/report.txt")))
        .contains("roster.csv: row 2: warning: client id \"../escape\" is not safe as a folder name")
        .contains("would share a folder with \"Anna\"");
  }

  @Test
  void theNoticeNamesTheIdsCellAsEveryCellProblemDoes() throws IOException {
    // the id in the second column, so its cell is not mistaken for the row's first
    java.nio.file.Files.write(tmp.resolve("roster.csv"), List.of("name,client_id,program,start_date",
        "Olga,ok-1,upper-back-mobility,2026-12-07", "Eve,../escape,upper-back-mobility,2026-12-07",
        "Abe,a/b,upper-back-mobility,2026-12-07", "Abel,a_b-c14cddc0,upper-back-mobility,2026-12-07"));
    java.io.StringWriter out = new java.io.StringWriter();
    Run.Result r = RealRun.run(out, RealRun.options(tmp));

    assertThat(r.exitCode()).as(out.toString()).isZero();
    assertThat(Workspace.read(tmp.resolve("out/2026-12/report.txt")))
        .contains("roster.csv: B3 (client_id): warning: client id \"../escape\" is not safe as a folder name")
        .contains("roster.csv: B5 (client_id): warning: client id \"a_b-c14cddc0\" would share a folder with");
  }
}
