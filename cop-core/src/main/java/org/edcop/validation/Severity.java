package org.edcop.validation;

import org.edcop.model.Vocabulary;

/** How serious a finding is. */
public enum Severity implements Vocabulary {
  /** The plan is not acceptable at the stage validated. */
  ERROR,
  /** The plan goes against the guide's advice; it is still acceptable. */
  WARNING,
  /** A planning question that is still open. */
  INFO
}
