package org.edcop.examples.cli;

/**
 * Makes text safe to print on a terminal: the one place where the tool escapes what came from a
 * plan, a file name or a command-line argument. Control characters (C0 including line breaks, DEL,
 * C1), the bidirectional embedding, override and isolate characters and the Unicode line and
 * paragraph separators are written as visible escapes ({@code \n}, {@code \u001b}), so a value can
 * neither colour the screen, set a window title, erase a line, forge a line nor split a one-line
 * error. Echoed values are also shortened so that a 1 MB value does not give a 1 MB line.
 */
final class Terminal {

  /** How many code points of an echoed value are printed before it is cut with an ellipsis. */
  static final int VALUE_LENGTH = 80;

  /** The longest one-line message the tool prints, after escaping. */
  static final int LINE_LENGTH = 1000;

  private Terminal() {}

  /**
   * Whether a character must not reach a terminal as it is.
   *
   * @param c a UTF-16 code unit (all the characters concerned are in the BMP)
   * @return true for C0, DEL, C1, bidi embeddings, overrides, isolates and marks, and U+2028/9
   */
  static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e
        || c == 0x200f
        || c == 0x061c
        || c == 0x2028
        || c == 0x2029;
  }

  /**
   * Escapes every unsafe character of a text; other text is returned unchanged.
   *
   * @param text any text, or null
   * @return the text with unsafe characters written as escapes ({@code "null"} for null)
   */
  static String escape(CharSequence text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        appendEscape(out, c);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text.toString() : out.toString();
  }

  static void appendEscape(StringBuilder out, char c) {
    switch (c) {
      case '\n':
        out.append("\\n");
        break;
      case '\r':
        out.append("\\r");
        break;
      case '\t':
        out.append("\\t");
        break;
      default:
        out.append(String.format("\\u%04x", (int) c));
        break;
    }
  }

  /**
   * A value echoed back to the user (a bad argument, a member id, a name): shortened to {@link
   * #VALUE_LENGTH} code points plus an ellipsis, then escaped.
   *
   * @param value the value, or null
   * @return a safe, short rendering
   */
  static String value(CharSequence value) {
    if (value == null) {
      return "null";
    }
    return escape(shorten(value.toString(), VALUE_LENGTH));
  }

  /**
   * A value between quotes, as error messages echo bad input.
   *
   * @param value the value
   * @return {@code 'value'}, safe and short
   */
  static String quote(CharSequence value) {
    return "'" + value(value) + "'";
  }

  /**
   * A file name as the tool prints it: escaped, and shortened when absurdly long.
   *
   * @param file a path or a name
   * @return a safe rendering
   */
  static String file(Object file) {
    return escape(shorten(String.valueOf(file), 4 * VALUE_LENGTH));
  }

  /**
   * One whole line (an error, a notice): escaped, so it stays one line, and cut at {@link
   * #LINE_LENGTH} characters.
   *
   * @param line the text of the line, without its line break
   * @return the line as printed
   */
  static String line(CharSequence line) {
    return shorten(escape(shortenQuoted(line.toString())), LINE_LENGTH);
  }

  /** A value between quotes and longer than {@link #VALUE_LENGTH} code points. */
  private static final java.util.regex.Pattern LONG_QUOTED =
      java.util.regex.Pattern.compile("'([^']{" + (VALUE_LENGTH + 1) + ",})'");

  /**
   * Shortens the values a message echoes between single quotes, as the library's messages do
   * ({@code 'value'}), so that a long bad value is not printed in full.
   */
  static String shortenQuoted(String text) {
    if (text.length() <= VALUE_LENGTH) {
      return text;
    }
    java.util.regex.Matcher m = LONG_QUOTED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out,
          java.util.regex.Matcher.quoteReplacement("'" + shorten(m.group(1), VALUE_LENGTH) + "'"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Cuts a text after a number of code points, never inside a surrogate pair. */
  static String shorten(String text, int codePoints) {
    if (text.length() <= codePoints || text.codePointCount(0, text.length()) <= codePoints) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, codePoints)) + "\u2026";
  }
}
