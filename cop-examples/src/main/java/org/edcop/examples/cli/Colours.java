package org.edcop.examples.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * ANSI colours for the verdict and the severity labels, only when asked ({@code --color=always}) or
 * when standard output is a terminal ({@code auto}, the default). Only the tool's own fixed
 * sequences are written; user text is escaped before it is painted.
 */
final class Colours {

  static final String RED = "\u001b[31m";
  static final String YELLOW = "\u001b[33m";
  static final String CYAN = "\u001b[36m";
  static final String GREEN = "\u001b[32m";
  private static final String RESET = "\u001b[0m";

  /** The {@code --color} choices. */
  enum When {
    auto,
    always,
    never
  }

  private final boolean on;

  private Colours(boolean on) {
    this.on = on;
  }

  /**
   * Decides whether to colour.
   *
   * @param when the option's value
   * @param terminal whether standard output is a terminal
   * @return the colours to use
   */
  static Colours of(When when, boolean terminal) {
    return new Colours(when == When.always || when == When.auto && terminal);
  }

  boolean on() {
    return on;
  }

  String paint(String colour, String text) {
    return on ? colour + text + RESET : text;
  }

  /** Accepts {@code auto}, {@code always} and {@code never}, in any case. */
  static final class WhenConverter implements CommandLine.ITypeConverter<When> {
    @Override
    public When convert(String value) {
      try {
        return When.valueOf(value.toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            Terminal.quote(value) + " is not a colour choice; use auto, always or never");
      }
    }
  }
}
