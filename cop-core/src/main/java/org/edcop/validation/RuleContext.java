package org.edcop.validation;

import java.util.Map;

/**
 * What a {@link Rule} sees while it checks one plan: the policy in force, the stage validated,
 * and a way to report findings. The validator sets the finding's rule id, section and severity.
 */
public interface RuleContext {

  /**
   * The policy in force.
   *
   * @return the policy
   */
  ValidationPolicy getPolicy();

  /**
   * The stage validated.
   *
   * @return the stage
   */
  Stage getStage();

  /**
   * Reports a problem.
   *
   * @param path a JSON Pointer to the offending element ({@code ""} for the whole plan)
   * @param message the message in plain English, arguments already filled in
   * @param arguments the named values the message was built from, in order
   */
  void report(String path, String message, Map<String, String> arguments);

  /**
   * Reports a problem that has no arguments.
   *
   * @param path a JSON Pointer to the offending element
   * @param message the message in plain English
   */
  default void report(String path, String message) {
    report(path, message, Map.of());
  }
}
