package org.edcop.validation.jakarta.internal;

import org.edcop.model.Vocabulary;
import org.edcop.validation.Finding;
import org.edcop.validation.Severity;

/**
 * The text of a violation: escaping for Jakarta message templates, and the {@code [severity
 * rule-id] } prefix used where no dynamic payload can carry the finding.
 */
public final class ViolationText {

  private ViolationText() {}

  /**
   * Escapes text so that Jakarta message interpolation gives it back unchanged: a backslash, both
   * braces and the dollar sign get a backslash, so that no {@code {key}}, {@code ${el}} or {@code
   * #{el}} is ever expanded (these four are the escapes the specification defines).
   *
   * @param text the literal text
   * @return a message template whose interpolation is {@code text}
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * The prefix that carries a finding's severity and rule id in the message.
   *
   * @param finding the finding
   * @return e.g. {@code [error integrity.member-id-duplicate] }
   */
  public static String prefix(Finding finding) {
    return "[" + finding.getSeverity().code() + " " + finding.getRuleId() + "] ";
  }

  /**
   * Reads the severity and rule id back from a prefixed message.
   *
   * @param message a violation message
   * @return {@code {severity code, rule id}}, or {@code null} if the message has no prefix
   */
  public static String[] parse(String message) {
    if (message == null || !message.startsWith("[")) {
      return null;
    }
    int space = message.indexOf(' ');
    int end = message.indexOf("] ");
    if (space < 0 || end < space) {
      return null;
    }
    String severity = message.substring(1, space);
    for (Severity known : Severity.values()) {
      if (((Vocabulary) known).code().equals(severity)) {
        return new String[] {severity, message.substring(space + 1, end)};
      }
    }
    return null;
  }
}
