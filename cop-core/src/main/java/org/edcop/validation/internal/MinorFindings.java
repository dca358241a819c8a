package org.edcop.validation.internal;

import java.util.Map;

/**
 * Implemented by the validator's rule context: reports a finding one severity below the rule's (an
 * error becomes a warning, a warning an open question). Used where the guide asks the same of
 * everyone but weighs it by participation, e.g. norm agreement by occasional members.
 */
public interface MinorFindings {

  /**
   * Reports a finding one severity below the rule's severity at the stage validated.
   *
   * @param path a JSON Pointer
   * @param messageKey the message key
   * @param message the English message
   * @param arguments the message arguments
   */
  void reportMinor(String path, String messageKey, String message, Map<String, String> arguments);
}
