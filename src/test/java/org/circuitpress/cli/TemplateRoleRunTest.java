package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slot's role the library does not use, in a whole run with the real stages. Found in the
 * template-writing review (fx/m02, role "mobilty" on the wall-slide slot of desk-neck): every client
 * got a soft-tissue stretch in the mobility step, and the warnings were filed at each client's
 * roster row although the cause is one cell of the template.
 */
class TemplateRoleRunTest {
  @TempDir Path tmp;

  @BeforeEach
  void samplesPresent() throws IOException {
    MonthlyRunTest.firstSampleClients(tmp.resolve("roster.csv"), 2);
    Path t = Files.createDirectories(tmp.resolve("templates/upper-back-mobility"));
    for (String f : List.of("template.csv", "phases.csv", "slots.csv", "progression.csv"))
      Files.copy(Path.of("templates/upper-back-mobility").resolve(f), t.resolve(f));
  }

  /** The sample's two first clients on upper-back-mobility, its rotate slot given {@code role} and no drill. */
  private String validate(String role) throws IOException {
    return validate(role, "");
  }

  /** As {@link #validate(String)}, the rotate slot naming the drill {@code exercise}. */
  private String validate(String role, String exercise) throws IOException {
    Path slots = tmp.resolve("templates/upper-back-mobility/slots.csv");
    Files.writeString(slots, Files.readString(slots).replace(
        "mobilize,rotate,mobility,t-spine; rotation,side-lying-extension-rotation,",
        "mobilize,rotate," + role + ",t-spine; rotation," + exercise + ","));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out), new PrintWriter(err)).run(new String[] {"validate", "--roster",
        tmp.resolve("roster.csv").toString(), "--templates", tmp.resolve("templates").toString(), "--out",
        tmp.resolve("out").toString()});
    assertThat(code).as(out + "\n" + err).isZero();
    return out + "\n" + err;
  }

  @Test
  void aRoleOneLetterFromTheLibrarysIsReadAsItWithAWarningAtTheCell() throws IOException {
    String shown = validate("mobilty");
    assertThat(shown).contains("upper-back-mobility/slots.csv: C7 (role): warning: no drill in the library has the"
        + " role \"mobilty\"; it is read as \"mobility\", the library's role one letter away; correct the cell to"
        + " silence this warning");
    assertThat(shown).doesNotContain("fallback").contains("0 errors, 1 warning");
  }

  /** The drill's own role is set beside the role read, not beside the slip it was read from. */
  @Test
  void aDrillOfAnotherRoleThanTheSlipReadIsSaidAgainstTheRoleRead() throws IOException {
    String shown = validate("mobilty", "foam-roll-lats");
    assertThat(shown).contains("upper-back-mobility/slots.csv: E7 (exercise): warning: foam-roll-lats has the role"
        + " soft tissue, not mobility; its substitutes");
  }

  @Test
  void aRoleNoDrillHasIsWarnedAboutOnceAtTheTemplateCellNotAtEveryClientsRow() throws IOException {
    String shown = validate("flexibility");
    assertThat(shown).contains("upper-back-mobility/slots.csv: C7 (role): warning: no drill in the library has the"
        + " role \"flexibility\"");
    assertThat(shown).doesNotContain("roster.csv: row").contains("0 errors, 1 warning");
  }
}
