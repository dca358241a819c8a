package org.edcop.validation;

import java.util.Map;
import org.edcop.model.encoding.ArgumentsEncodingEnabled;
import org.immutables.value.Value;

/**
 * One thing the validator found in a plan: which rule, how serious, in which guide section, where
 * (a JSON Pointer into the plan's JSON document, which names the same element in the Java model), a
 * message in plain English, and the message's named arguments so that a user interface can render
 * its own text.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ArgumentsEncodingEnabled
public interface Finding {

  /**
   * The stable id of the rule, e.g. {@code leadership.duty-uncovered}.
   *
   * @return the rule id
   */
  String getRuleId();

  /**
   * How serious the finding is at the stage validated, after the policy's overrides.
   *
   * @return the severity
   */
  Severity getSeverity();

  /**
   * The guide section the finding concerns.
   *
   * @return the section
   */
  Section getSection();

  /**
   * A JSON Pointer (RFC 6901) to the offending element, e.g. {@code
   * /community/leadership/leaders/1/memberId}; {@code ""} for the whole plan.
   *
   * @return the path
   */
  String getPath();

  /**
   * The message in plain English, with the arguments filled in.
   *
   * @return the message
   */
  String getMessage();

  /**
   * The key of the message template in the library's message bundles, so that the message can be
   * rendered in another language from {@link #getArguments()}. The rule id unless a rule has
   * several messages ({@code ruleId.variant}); custom rules keep the default.
   *
   * @return the message key
   */
  @Value.Default
  default String getMessageKey() {
    return getRuleId();
  }

  /**
   * The named values the message was built from, in the order the rule gave them, e.g. {@code duty
   * -> set-up-meetings}.
   *
   * @return the arguments
   */
  Map<String, String> getArguments();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }
}
