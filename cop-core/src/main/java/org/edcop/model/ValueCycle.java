package org.edcop.model;

/**
 * The cycles of value a story of participation shows, after the value-creation framework of Wenger,
 * Trayner and de Laat (guide section: Results &amp; Celebration: the results of taking part need to
 * add value and be visible to the members). The later cycles build on the earlier ones.
 *
 * @since 0.2.0
 */
public enum ValueCycle implements Vocabulary {
  /** Immediate value: the activity itself was worth it (fun, inspiring, useful there and then). */
  IMMEDIATE,
  /** Potential value: knowledge, tools, relationships or confidence that may be used later. */
  POTENTIAL,
  /** Applied value: something from the community was put to use in practice. */
  APPLIED,
  /** Realized value: the change in practice made a difference that matters (e.g. to students). */
  REALIZED,
  /** Reframing value: the way success is defined, or the strategy, changed as a result. */
  REFRAMING;

  /**
   * Whether this cycle is applied value or a later one: value that reached practice.
   *
   * @return {@code true} for applied, realized and reframing value
   */
  public boolean reachesPractice() {
    return compareTo(APPLIED) >= 0;
  }
}
