package org.edcop.model;

/** The shape of a meeting cadence (guide section: Launch). */
public enum CadenceKind implements Vocabulary {
  /** Every given number of weeks. */
  EVERY_N_WEEKS,
  /** Once a month, optionally on a rule such as the second Tuesday. */
  MONTHLY
}
