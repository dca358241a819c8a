package org.edcop.model;

/**
 * The families of measures used in improvement work (21CSLA continuous improvement).
 *
 * @since 0.1.0
 */
public enum MeasureKind implements Vocabulary {
  /** Whether the aim is being reached. */
  OUTCOME,
  /** Whether the changes are carried out as planned. */
  PROCESS,
  /** Whether the changes cause problems elsewhere. */
  BALANCING
}
