package org.circuitpress.model;

/**
 * Which comes first in a date written with numbers: {@code 12/1/2026} is 1 December month first
 * and 12 January day first. One rule for every client: month first on Letter paper, the paper of
 * the US, where dates are written that way; day first on A4.
 */
public enum DateOrder {
  DAY_FIRST,
  MONTH_FIRST;

  /** The order of the dates of a client who prints on {@code paper}. */
  public static DateOrder of(Paper paper) {
    return paper == Paper.LETTER ? MONTH_FIRST : DAY_FIRST;
  }
}
