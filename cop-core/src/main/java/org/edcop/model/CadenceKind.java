package org.edcop.model;

/**
 * The shape of a meeting cadence (guide section: Launch).
 *
 * @since 0.1.0
 */
public enum CadenceKind implements Vocabulary {
  /** Every given number of weeks. */
  EVERY_N_WEEKS,
  /** Once a month, optionally on a rule such as the second Tuesday. */
  MONTHLY
}
