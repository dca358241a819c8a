package org.edcop.validation;

import org.edcop.model.Vocabulary;

/**
 * How serious a finding is. The constants are declared from the most to the least serious.
 *
 * @since 0.1.0
 */
public enum Severity implements Vocabulary {
  /** The plan is not acceptable at the stage validated. */
  ERROR,
  /** The plan goes against the guide's advice; it is still acceptable. */
  WARNING,
  /** A planning question that is still open. */
  INFO;

  /**
   * Whether this severity is as serious as another or more: {@code ERROR.isAtLeast(WARNING)} is
   * {@code true}, {@code INFO.isAtLeast(WARNING)} is {@code false}.
   *
   * @param other the severity to compare with
   * @return {@code true} if this is at least as serious as {@code other}
   * @since 0.2.0
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(java.util.Objects.requireNonNull(other, "other")) <= 0;
  }
}
