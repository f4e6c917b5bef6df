package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Found trying a roster's status column as trainers type it: "Left knee sore" and "Frozen
 * shoulder" begin with an inactive word, so a client who trains with a sore knee was passed over
 * with no program, and "paused?" (the trainer unsure) too. A part of the body right after the word,
 * or a question mark, says something else: the program is made, with the warning.
 */
class ClientStatusTest {
  @Test
  void aPartOfTheBodyOrADoubtAfterAnInactiveWordMakesTheProgram() {
    for (String s : new String[] {"Left knee sore", "Frozen shoulder", "left hip replacement", "Left shoulder (rehab)",
        "left lower back", "paused?", "Inactive?", "Quit?", "left?"}) {
      assertThat(ClientStatus.read(s)).as(s).isEqualTo(ClientStatus.Reading.OTHER);
    }
    for (String s : new String[] {"left", "Left.", "left gym", "Left - moved away", "paused till Feb", "quit",
        "On hold (injury)", "on hold", "Suspended (unpaid)", "expired 31/12", "LEFT!!", "frozen"}) {
      assertThat(ClientStatus.read(s)).as(s).isEqualTo(ClientStatus.Reading.INACTIVE);
    }
    for (String s : new String[] {"Active", "", "yes"}) {
      assertThat(ClientStatus.read(s)).as(s).isEqualTo(ClientStatus.Reading.ACTIVE);
    }
  }

  /**
   * Found in review: "left, back in January" and "left - rejoined" make the program, with the
   * warning, but "left - rejoining in January", "Paused - resuming Jan" and "paused, returns 2027-01"
   * passed the client over, so a client back that month got nothing: the word that turns a phrase
   * the other way is now read in any of its forms.
   */
  @Test
  void aPhraseThatSaysTheClientComesBackInAnyWordsMakesTheProgram() {
    for (String s : new String[] {"left - rejoining in January", "Paused - resuming Jan", "paused, returns 2027-01",
        "On hold, restarts in January", "left, returned", "paused, resumed"}) {
      assertThat(ClientStatus.read(s)).as(s).isEqualTo(ClientStatus.Reading.OTHER);
    }
  }
}
