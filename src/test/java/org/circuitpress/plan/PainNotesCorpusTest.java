package org.circuitpress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Notes clients write in their training logs (grip and setup talk, the feelings of training,
 * pain and injuries, what a doctor or physio said), each with the answer a careful trainer gives
 * and one word for why: {@code pain-notes/notes.txt}. Decisions on the borderline ones are listed
 * in docs/templates.md (Notes the client wrote, and notes of pain).
 */
class PainNotesCorpusTest {
  /** One line of the corpus: whether {@code note} reports pain, and why, in one word. */
  record Note(boolean pain, String reason, String note) {
    @Override
    public String toString() {
      return (pain ? "pain" : "fine") + " (" + reason + "): " + note;
    }
  }

  static List<Note> notes() throws IOException {
    List<Note> out = new ArrayList<>();
    try (InputStream in = PainNotesCorpusTest.class.getResourceAsStream("/pain-notes/notes.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cells = line.split("\\|", 3);
        String answer = cells[0].strip();
        if (!answer.equals("pain") && !answer.equals("fine")) throw new IllegalStateException(line);
        out.add(new Note(answer.equals("pain"), cells[1].strip(), cells[2].strip()));
      }
    }
    return out;
  }

  static Stream<Note> cases() throws IOException {
    return notes().stream();
  }

  @Test
  void theCorpusIsLargeAndEachNoteHasAOneWordReason() throws IOException {
    assertThat(notes()).hasSizeGreaterThanOrEqualTo(80);
    assertThat(notes()).allSatisfy(n -> assertThat(n.reason()).matches("[a-z]+"));
    assertThat(notes()).extracting(Note::note).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void noteIsReadAsACarefulTrainerReadsIt(Note n) {
    assertThat(PainWords.reportsPain(n.note())).as(n.toString()).isEqualTo(n.pain());
  }
}
