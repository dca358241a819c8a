package org.edcop.validation.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.edcop.model.MemberId;
import org.edcop.model.Vocabulary;

/** Base of the checks written as classes: the argument-map helper they share. */
abstract class RuleCheck implements PlanCheck {

  /**
   * Builds an ordered argument map from name/value pairs; vocabulary values become their code and
   * member ids their value.
   *
   * @param namesAndValues name, value, name, value...
   * @return the arguments
   */
  protected static Map<String, String> args(Object... namesAndValues) {
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      args.put(String.valueOf(namesAndValues[i]), text(namesAndValues[i + 1]));
    }
    return args;
  }

  private static String text(Object value) {
    if (value instanceof Vocabulary) {
      return ((Vocabulary) value).code();
    }
    if (value instanceof MemberId) {
      return ((MemberId) value).getValue();
    }
    return String.valueOf(value);
  }
}
