package org.edcop.json.format.internal;

/**
 * Turns a byte offset in a UTF-8 document into a 1-based line and a 1-based column counted in
 * characters (Unicode code points), never in bytes: a column is what a person counts in an editor,
 * whatever the encoding and whichever Jackson generation found the problem. Lines end at {@code
 * \n}, {@code \r} or {@code \r\n}, as Jackson counts them. Used on the error path only.
 */
public final class TextPositions {

  private TextPositions() {}

  /**
   * The line of a byte offset.
   *
   * @param json the document
   * @param offset the byte offset, or -1 if unknown
   * @return the 1-based line, or -1 if unknown
   */
  public static long line(byte[] json, long offset) {
    return offset < 0 ? -1 : position(json, offset)[0];
  }

  /**
   * The column of a byte offset, in characters.
   *
   * @param json the document
   * @param offset the byte offset, or -1 if unknown
   * @return the 1-based column, or -1 if unknown
   */
  public static long column(byte[] json, long offset) {
    return offset < 0 ? -1 : position(json, offset)[1];
  }

  private static long[] position(byte[] json, long offset) {
    long line = 1;
    long column = 1;
    int end = (int) Math.min(offset, json.length);
    for (int k = 0; k < end; k++) {
      byte b = json[k];
      if (b == '\n') {
        line++;
        column = 1;
      } else if (b == '\r') {
        if (k + 1 < end && json[k + 1] == '\n') {
          k++;
        }
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        // a continuation byte (10xxxxxx) belongs to the character before it
        column++;
      }
    }
    return new long[] {line, column};
  }

  /**
   * The line of a character index in a Java string.
   *
   * @param text the document
   * @param index the index of a {@code char}
   * @return the 1-based line and column (in code points) of that index
   */
  public static long[] of(String text, int index) {
    long line = 1;
    long column = 1;
    for (int k = 0; k < index; k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        line++;
        column = 1;
      } else if (c == '\r') {
        if (k + 1 < index && text.charAt(k + 1) == '\n') {
          k++;
        }
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)
          || k == 0
          || !Character.isHighSurrogate(text.charAt(k - 1))) {
        column++;
      }
    }
    return new long[] {line, column};
  }
}
