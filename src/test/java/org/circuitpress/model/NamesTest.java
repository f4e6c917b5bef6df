package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How names typed by people are compared. */
class NamesTest {
  @Test
  void tagsFoldCaseSeparatorsAndAPluralS() {
    assertThat(Names.tag("  Kettlebells ")).isEqualTo("kettlebell");
    assertThat(Names.tag("Foam_Roller")).isEqualTo("foam roller");
    assertThat(Names.tag("t - spine")).isEqualTo("t spine");
    assertThat(Names.tag("Low-Back")).isEqualTo("low back");
    assertThat(Names.tag("glass")).as("a double s is not a plural").isEqualTo("glass");
    assertThat(Names.tag("abs")).as("three letters keep their s").isEqualTo("abs");
    assertThat(Names.tag("bands")).isEqualTo("band");
    assertThat(Names.tag("AZ@[` Bar")).as("only A to Z change case").isEqualTo("az@[` bar");
    assertThat(Names.tag(null)).isEmpty();
  }

  @Test
  void tagsOfOtherScriptsFoldTheSameWay() {
    assertThat(Names.tag(" Hantel_Übungen ")).isEqualTo("hantel übungen");
    assertThat(Names.tag("Ärmel -_ Bänds")).isEqualTo("ärmel bänd");
    assertThat(Names.tag("Ärs")).isEqualTo("ärs");
    // "e" plus a combining accent is the one letter é
    assertThat(Names.tag("Cafe\u0301")).isEqualTo("caf\u00e9");
  }

  @Test
  void headersIgnoreCaseSpacesUnderscoresAndHyphens() {
    assertThat(Names.header("Start Date")).isEqualTo("startdate");
    assertThat(Names.header("ZONE_A")).isEqualTo("zonea");
    assertThat(Names.header("start_date")).isEqualTo("startdate");
    assertThat(Names.header(" Start-Date ")).isEqualTo("startdate");
    assertThat(Names.header("\uFEFFDatum\u00A0Start")).isEqualTo("datumstart");
    assertThat(Names.header("Größe")).isEqualTo("größe");
    assertThat(Names.header(null)).isEmpty();
  }

  @Test
  void idsIgnoreCaseAndRunsOfSpaces() {
    assertThat(Names.id("  C 001  ")).isEqualTo("c 001");
    assertThat(Names.id("Anna\t\tK")).isEqualTo("anna k");
    assertThat(Names.id("Zo\u00eb")).isEqualTo(Names.id("zoe\u0308"));
    assertThat(Names.id("a\u00A0b")).isEqualTo("a b");
    assertThat(Names.id("a-b_c")).isEqualTo("a-b_c");
    assertThat(Names.id(null)).isEmpty();
  }

  @Test
  void rightToLeftScriptsAreFound() {
    assertThat(Names.hasRightToLeft("Dana \u05d3\u05e0\u05d4")).isTrue();
    assertThat(Names.hasRightToLeft("\u0633\u0627\u0631\u0629")).isTrue();
    assertThat(Names.hasRightToLeft("Zoë Łukasz 😀")).isFalse();
  }

  /** How a name given to --clients (and month names) is matched when typed without accents. */
  @Test
  void withoutAccentsLowersAndTakesOffEveryMark() {
    assertThat(Names.withoutAccents("Zoë Łukasz-Núñez")).isEqualTo("zoe lukasz-nunez");
    assertThat(Names.withoutAccents("Weiß")).isEqualTo("weiss");
    assertThat(Names.withoutAccents("Kjær Søren")).isEqualTo("kjaer soren");
    // an accent typed as a mark of its own, at the very end too
    assertThat(Names.withoutAccents("Rene\u0301e Cafe\u0301")).isEqualTo("renee cafe");
    assertThat(Names.withoutAccents("O'Neill")).isEqualTo("o'neill");
  }
}
