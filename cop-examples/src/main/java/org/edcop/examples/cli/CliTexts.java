package org.edcop.examples.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/** The tool's own few words, in English, French and Spanish. */
final class CliTexts {
  private CliTexts() {}

  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "org.edcop.examples.cli.texts",
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Fills {@code {name}} placeholders; values are inserted literally and never re-read. */
  static String format(ResourceBundle bundle, String key, String... namesAndValues) {
    String template = bundle.getString(key);
    StringBuilder result = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        String value = null;
        for (int k = 0; k + 1 < namesAndValues.length; k += 2) {
          if (namesAndValues[k].equals(name)) {
            value = namesAndValues[k + 1];
          }
        }
        if (value != null) {
          result.append(value);
          i = close + 1;
          continue;
        }
      }
      result.append(c);
      i++;
    }
    return result.toString();
  }
}
