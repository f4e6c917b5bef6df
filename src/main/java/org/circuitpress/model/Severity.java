package org.circuitpress.model;

/** How bad a diagnostic is: an error skips the row or client it names, a warning does not. */
public enum Severity {
  ERROR,
  WARNING
}
