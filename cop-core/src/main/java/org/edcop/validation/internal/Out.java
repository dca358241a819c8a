package org.edcop.validation.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.edcop.validation.RuleContext;

/** Reports the findings of one built-in rule with English messages from the message bundle. */
public final class Out {
  private final String id;
  private final RuleContext context;

  Out(String id, RuleContext context) {
    this.id = Objects.requireNonNull(id);
    this.context = Objects.requireNonNull(context);
  }

  /**
   * The context, for the policy's thresholds and the as-of date.
   *
   * @return the context
   */
  public RuleContext context() {
    return context;
  }

  /**
   * Reports with the rule's own message key.
   *
   * @param path a JSON Pointer
   * @param arguments the message arguments
   */
  public void report(String path, Map<String, String> arguments) {
    emit(path, id, arguments);
  }

  /**
   * Reports with the message key {@code ruleId.variant}, or the rule's own key for no variant.
   *
   * @param path a JSON Pointer
   * @param variant the message variant, or null
   * @param arguments the message arguments
   */
  public void report(String path, String variant, Map<String, String> arguments) {
    emit(path, key(variant), arguments);
  }

  /**
   * Reports one severity below the rule's (see {@link MinorFindings}); with a context that cannot,
   * at the rule's severity.
   *
   * @param path a JSON Pointer
   * @param variant the message variant, or null for the rule's own message
   * @param arguments the message arguments
   */
  public void reportMinor(String path, String variant, Map<String, String> arguments) {
    String key = key(variant);
    if (context instanceof UnrenderedFindings) {
      ((UnrenderedFindings) context).reportUnrendered(path, key, arguments, true);
      return;
    }
    String message = Messages.render(key, arguments, Locale.ROOT);
    if (context instanceof MinorFindings) {
      ((MinorFindings) context).reportMinor(path, key, message, arguments);
    } else {
      context.report(path, key, message, arguments);
    }
  }

  private String key(String variant) {
    return variant == null ? id : id + "." + variant;
  }

  private void emit(String path, String key, Map<String, String> arguments) {
    if (context instanceof UnrenderedFindings) {
      ((UnrenderedFindings) context).reportUnrendered(path, key, arguments, false);
      return;
    }
    context.report(path, key, Messages.render(key, arguments, Locale.ROOT), arguments);
  }
}
