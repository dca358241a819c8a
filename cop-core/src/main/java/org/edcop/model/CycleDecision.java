package org.edcop.model;

/**
 * What an inquiry cycle decides about the change it tested (21CSLA continuous improvement).
 *
 * @since 0.1.0
 */
public enum CycleDecision implements Vocabulary {
  /** Keep the change as it is. */
  ADOPT,
  /** Change it and test again. */
  ADAPT,
  /** Drop it. */
  ABANDON
}
