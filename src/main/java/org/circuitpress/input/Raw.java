package org.circuitpress.input;

import java.time.LocalDate;

/**
 * One value as a file holds it, before it is understood: the text a person sees plus the typed
 * value when the file had one (a number, a date or a tick).
 */
record Raw(String text, Double number, LocalDate date, Boolean tick) {
  Raw {
    text = text == null ? "" : text.strip();
  }

  static Raw text(String text) {
    return new Raw(text, null, null, null);
  }

  boolean isBlank() {
    return text.isEmpty() && number == null && date == null && tick == null;
  }

  /** How the value is quoted in a message. */
  String quoted() {
    return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
  }
}
