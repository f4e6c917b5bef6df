package org.circuitpress.input;

import java.time.LocalDate;
import java.time.LocalTime;
import org.circuitpress.model.LineBreaks;

/**
 * One value as a file holds it, before it is understood: the text a person sees plus the typed
 * value when the file had one (a number, a date, a tick, or a time of day with no date, which a
 * spreadsheet makes of {@code 1:30}).
 */
record Raw(String text, Double number, LocalDate date, Boolean tick, LocalTime time) {
  /** The text stripped, its line breaks all line feeds ({@link LineBreaks}), whichever app saved it. */
  Raw {
    text = text == null ? "" : LineBreaks.unified(text).strip();
  }

  Raw(String text, Double number, LocalDate date, Boolean tick) {
    this(text, number, date, tick, null);
  }

  static Raw time(String text, LocalTime time) {
    return new Raw(text, null, null, null, time);
  }

  static Raw text(String text) {
    return new Raw(text, null, null, null);
  }

  boolean isBlank() {
    return text.isEmpty() && number == null && date == null && tick == null && time == null;
  }

  /** How the value is quoted in a message. */
  String quoted() {
    return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
  }
}
