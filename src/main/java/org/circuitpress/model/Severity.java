package org.circuitpress.model;

/**
 * How bad a diagnostic is: an error skips the row or client it names, a warning does not, and an
 * info is a plain note (e.g. which substitute the planner chose and why).
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}
