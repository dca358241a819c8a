package org.edcop.model;

/**
 * What an annual review decided about the community's future (guide section: Norms: how the
 * community decides its purpose is achieved).
 *
 * @since 0.2.0
 */
public enum RenewalOutcome implements Vocabulary {
  /** Carry on with the same purpose. */
  CONTINUE,
  /** Carry on with a changed purpose or focus. */
  REFOCUS,
  /** Close the community: its purpose is achieved or no longer needed. */
  CLOSE
}
