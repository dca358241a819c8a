package org.edcop.validation;

import java.util.Objects;

/**
 * A request to validate that no plan can mean: an as-of date before the plan was created, a policy
 * threshold out of its range, an unknown policy preset. It names the input and the value, so that a
 * caller can show one line to a person (the CLI exits with code 2).
 *
 * @since 0.2.0
 */
public final class ValidationInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The input that was rejected, e.g. {@code asOf}, {@code maxCoreShare}, {@code preset}. */
  private final String input;

  /** The rejected value as text. */
  private final String value;

  /**
   * Creates the exception.
   *
   * @param input the name of the rejected input
   * @param value the rejected value, as text
   * @param reason why it is rejected and what is accepted, one sentence
   */
  public ValidationInputException(String input, String value, String reason) {
    super(
        Objects.requireNonNull(input, "input")
            + " "
            + Objects.requireNonNull(value, "value")
            + " is not accepted: "
            + Objects.requireNonNull(reason, "reason"));
    this.input = input;
    this.value = value;
  }

  /**
   * The name of the rejected input.
   *
   * @return e.g. {@code asOf}
   */
  public String getInput() {
    return input;
  }

  /**
   * The rejected value, as text.
   *
   * @return the value
   */
  public String getValue() {
    return value;
  }
}
