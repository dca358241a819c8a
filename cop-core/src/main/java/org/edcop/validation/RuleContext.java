package org.edcop.validation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link Rule} sees while it checks one plan: the policy in force, the stage validated, and
 * a way to report findings. The validator sets the finding's rule id, section and severity.
 *
 * @since 0.1.0
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
   * The day the plan is judged as of, in the plan's time zone: what is past and what is next.
   * Always present at {@link Stage#RUNNING}; at other stages only when the caller gave one. Rules
   * that need the date (attendance of past meetings, the next meeting) stay quiet without it.
   *
   * @return the as-of date, if any
   * @since 0.2.0
   */
  default Optional<LocalDate> getAsOf() {
    return Optional.empty();
  }

  /**
   * Reports a problem.
   *
   * @param path a JSON Pointer to the offending element ({@code ""} for the whole plan)
   * @param message the message in plain English, arguments already filled in
   * @param arguments the named values the message was built from, in order
   */
  void report(String path, String message, Map<String, String> arguments);

  /**
   * Reports a problem whose message was rendered from a message template, naming the template's key
   * so that a user interface can render the message in another language from the key and the
   * arguments (see {@link Finding#getMessageKey()}). The validator's own context keeps the key;
   * this default, for other implementations, drops it and reports under the rule id.
   *
   * @param path a JSON Pointer to the offending element ({@code ""} for the whole plan)
   * @param messageKey the template's key: the rule id or {@code ruleId.variant}
   * @param message the message in plain English, arguments already filled in
   * @param arguments the named values the message was built from, in order
   * @since 0.1.0
   */
  default void report(
      String path, String messageKey, String message, Map<String, String> arguments) {
    report(path, message, arguments);
  }

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
