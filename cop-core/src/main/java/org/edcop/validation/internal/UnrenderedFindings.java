package org.edcop.validation.internal;

import java.util.Map;

/**
 * Implemented by the validator's rule context: takes a built-in finding without its message and
 * renders the message itself, once, in the form it keeps (with the display arguments it adds, or as
 * an open question before the rule is due), where {@link Out} would render the rule's plain message
 * first only for the context to render it again (#22).
 *
 * @since 0.2.0
 */
public interface UnrenderedFindings {

  /**
   * Reports a finding whose English message the context renders from the message bundle.
   *
   * @param path a JSON Pointer
   * @param messageKey the message key
   * @param arguments the message arguments
   * @param minor {@code true} for one severity below the rule's (see {@link MinorFindings})
   */
  void reportUnrendered(
      String path, String messageKey, Map<String, String> arguments, boolean minor);
}
