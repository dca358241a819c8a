package org.edcop.json.format.internal;

/**
 * Builds the canonical text of a {@link RawJson} value from parser events. Both Jackson modules
 * feed it the tokens of an unknown property's value, so both produce the same text: no whitespace,
 * strings escaped minimally (quote, backslash and control characters; everything else as is),
 * numbers as their original lexeme.
 */
public final class RawJsonText {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final StringBuilder text = new StringBuilder();

  /** True when the next value or name must be preceded by a comma. */
  private boolean needComma;

  /** Starts an empty value. */
  public RawJsonText() {}

  private void beforeValue() {
    if (needComma) {
      text.append(',');
    }
  }

  /** Adds the start of an object. */
  public void startObject() {
    beforeValue();
    text.append('{');
    needComma = false;
  }

  /** Adds the end of an object. */
  public void endObject() {
    text.append('}');
    needComma = true;
  }

  /** Adds the start of an array. */
  public void startArray() {
    beforeValue();
    text.append('[');
    needComma = false;
  }

  /** Adds the end of an array. */
  public void endArray() {
    text.append(']');
    needComma = true;
  }

  /**
   * Adds a property name; its value follows.
   *
   * @param name the name
   */
  public void name(String name) {
    beforeValue();
    quote(text, name);
    text.append(':');
    needComma = false;
  }

  /**
   * Adds a string value.
   *
   * @param value the string
   */
  public void string(String value) {
    beforeValue();
    quote(text, value);
    needComma = true;
  }

  /**
   * Adds a literal: a number's lexeme, {@code true}, {@code false} or {@code null}.
   *
   * @param literal the literal's text, exactly as read
   */
  public void literal(String literal) {
    beforeValue();
    text.append(literal);
    needComma = true;
  }

  /**
   * Copies the value that starts at the cursor's current token into its canonical text, leaving the
   * cursor on the value's last token, and refuses a name given twice in one of its objects.
   *
   * @param cursor the cursor, on the first token of the value
   * @param here the pointer of the cursor's current value within the document being read
   * @return the value's canonical text
   * @throws EngineFailure if the parser fails
   * @throws org.edcop.json.format.CopJsonException if an object of the value has a name twice
   */
  static RawJson copy(TokenCursor cursor, JsonPointers here) {
    RawJsonText text = new RawJsonText();
    RepeatedNames seen = null;
    int depth = 0;
    JsonToken token = cursor.current();
    while (true) {
      switch (token) {
        case START_OBJECT -> {
          text.startObject();
          depth++;
          if (seen == null) {
            seen = new RepeatedNames();
          }
          seen.open();
        }
        case START_ARRAY -> {
          text.startArray();
          depth++;
        }
        case END_OBJECT -> {
          text.endObject();
          depth--;
          seen.close();
        }
        case END_ARRAY -> {
          text.endArray();
          depth--;
        }
        case NAME -> {
          String name = cursor.text();
          if (seen.repeated(name)) {
            throw RepeatedNames.error(here, name);
          }
          text.name(name);
        }
        case STRING -> text.string(cursor.text());
        default -> text.literal(cursor.text());
      }
      if (depth == 0) {
        return text.toRawJson();
      }
      token = cursor.next();
      if (token == null) {
        // the parser reports the end of input itself before this happens
        throw new IllegalStateException("the document ends inside a value");
      }
    }
  }

  /**
   * Returns the value built so far.
   *
   * @return the raw value
   */
  public RawJson toRawJson() {
    return new RawJson(text.toString());
  }

  /**
   * Appends a JSON string literal, escaping only what JSON requires.
   *
   * @param out where to append
   * @param value the string
   */
  public static void quote(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * Checks that a text is exactly one JSON value and returns its canonical form (as {@link RawJson}
   * describes it). Used when writing unknown properties that a program, not a reader, put into the
   * model.
   *
   * @param text the text
   * @return the canonical text
   * @throws IllegalArgumentException if the text is not one JSON value
   */
  public static String canonical(String text) {
    Canonicalizer parser = new Canonicalizer(text);
    parser.skipSpace();
    parser.value(0);
    parser.skipSpace();
    if (parser.pos != text.length()) {
      throw parser.fail("unexpected content after the value");
    }
    return parser.out.toString();
  }

  /** A small recursive-descent JSON checker that writes what it reads without whitespace. */
  private static final class Canonicalizer {
    // deep enough for any document the reader accepts (its own limit is far lower), shallow enough
    // that the recursion never overflows the stack of a small thread (1000 did, under load)
    private static final int MAX_DEPTH = 256;
    private final String in;
    private final StringBuilder out = new StringBuilder();
    private int pos;

    Canonicalizer(String in) {
      this.in = in;
    }

    IllegalArgumentException fail(String problem) {
      return new IllegalArgumentException(
          "not a single JSON value: " + problem + " at character " + pos);
    }

    void skipSpace() {
      while (pos < in.length() && " \t\r\n".indexOf(in.charAt(pos)) >= 0) {
        pos++;
      }
    }

    char peek() {
      if (pos >= in.length()) {
        throw fail("the text ends early");
      }
      return in.charAt(pos);
    }

    void value(int depth) {
      if (depth > MAX_DEPTH) {
        throw fail("nesting too deep");
      }
      char c = peek();
      if (c == '{') {
        pos++;
        out.append('{');
        skipSpace();
        if (peek() == '}') {
          pos++;
        } else {
          while (true) {
            skipSpace();
            if (peek() != '"') {
              throw fail("expected a property name");
            }
            out.append(string());
            skipSpace();
            if (peek() != ':') {
              throw fail("expected ':'");
            }
            pos++;
            out.append(':');
            skipSpace();
            value(depth + 1);
            skipSpace();
            char next = peek();
            pos++;
            if (next == '}') {
              break;
            }
            if (next != ',') {
              throw fail("expected ',' or '}'");
            }
            out.append(',');
          }
        }
        out.append('}');
      } else if (c == '[') {
        pos++;
        out.append('[');
        skipSpace();
        if (peek() == ']') {
          pos++;
        } else {
          while (true) {
            skipSpace();
            value(depth + 1);
            skipSpace();
            char next = peek();
            pos++;
            if (next == ']') {
              break;
            }
            if (next != ',') {
              throw fail("expected ',' or ']'");
            }
            out.append(',');
          }
        }
        out.append(']');
      } else if (c == '"') {
        out.append(string());
      } else if (in.startsWith("true", pos) || in.startsWith("null", pos)) {
        out.append(in, pos, pos + 4);
        pos += 4;
      } else if (in.startsWith("false", pos)) {
        out.append("false");
        pos += 5;
      } else {
        number();
      }
    }

    String string() {
      StringBuilder value = new StringBuilder();
      pos++;
      while (true) {
        char c = peek();
        pos++;
        if (c == '"') {
          break;
        }
        if (c < 0x20) {
          throw fail("a control character inside a string");
        }
        if (c != '\\') {
          value.append(c);
          continue;
        }
        char e = peek();
        pos++;
        switch (e) {
          case '"', '\\', '/' -> value.append(e);
          case 'b' -> value.append('\b');
          case 'f' -> value.append('\f');
          case 'n' -> value.append('\n');
          case 'r' -> value.append('\r');
          case 't' -> value.append('\t');
          case 'u' -> {
            if (pos + 4 > in.length()) {
              throw fail("a short \\u escape");
            }
            try {
              value.append((char) Integer.parseInt(in.substring(pos, pos + 4), 16));
            } catch (NumberFormatException notHex) {
              throw fail("a bad \\u escape");
            }
            pos += 4;
          }
          default -> throw fail("a bad escape");
        }
      }
      StringBuilder quoted = new StringBuilder(value.length() + 2);
      quote(quoted, value.toString());
      return quoted.toString();
    }

    void number() {
      int start = pos;
      if (pos < in.length() && in.charAt(pos) == '-') {
        pos++;
      }
      int intStart = pos;
      digits();
      if (pos == intStart || (in.charAt(intStart) == '0' && pos - intStart > 1)) {
        throw fail("expected a value");
      }
      if (pos < in.length() && in.charAt(pos) == '.') {
        pos++;
        int fraction = pos;
        digits();
        if (pos == fraction) {
          throw fail("a number without fraction digits");
        }
      }
      if (pos < in.length() && (in.charAt(pos) == 'e' || in.charAt(pos) == 'E')) {
        pos++;
        if (pos < in.length() && (in.charAt(pos) == '+' || in.charAt(pos) == '-')) {
          pos++;
        }
        int exponent = pos;
        digits();
        if (pos == exponent) {
          throw fail("a number without exponent digits");
        }
      }
      out.append(in, start, pos);
    }

    void digits() {
      while (pos < in.length() && in.charAt(pos) >= '0' && in.charAt(pos) <= '9') {
        pos++;
      }
    }
  }
}
