package org.edcop.model;

/**
 * The kinds of evidence that show a purpose was achieved (guide section: Results &amp;
 * Celebration).
 *
 * @since 0.1.0
 */
public enum EvidenceKind implements Vocabulary {
  /** A product the community made. */
  PRODUCT,
  /** A decision the community reached or informed. */
  DECISION,
  /** Evidence of participants' learning and growth. */
  LEARNING_AND_GROWTH,
  /** Another kind of evidence. */
  OTHER
}
