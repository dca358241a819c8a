package org.edcop.examples.cli;

import java.io.PrintWriter;
import java.util.IllformedLocaleException;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --locale} option every command that prints text for people shares. A language the tool
 * does not speak falls back to English with a one-line notice on standard error.
 */
final class LocaleOption {

  @Option(
      names = "--locale",
      paramLabel = "LANG",
      description =
          "Language of the output: en, fr or es, optionally with a region such as es-US"
              + " (default: ${DEFAULT-VALUE}; others fall back to English).",
      defaultValue = "en")
  String tag = "en";

  /**
   * The locale asked for, or English after a notice when its language is not supported.
   *
   * @param err where the notice goes
   * @return the locale to print in
   */
  Locale resolve(PrintWriter err) {
    if (resolved == null) {
      resolved = decide(err);
    }
    return resolved;
  }

  /** The locale decided on, once per run, so that the notice is printed once. */
  private Locale resolved;

  private Locale decide(PrintWriter err) {
    Locale locale = null;
    try {
      locale = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
    } catch (IllformedLocaleException e) {
      locale = null;
    }
    if (locale != null && CliTexts.LANGUAGES.contains(locale.getLanguage())) {
      return locale;
    }
    err.println(
        "cop: "
            + Terminal.line(
                CliTexts.of(Locale.ENGLISH)
                    .format("locale.unsupported", "tag", Terminal.quote(tag))));
    err.flush();
    return Locale.ENGLISH;
  }
}
