package org.edcop.json.format.internal;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} into one growing {@code char[]}, read once as a {@link String}: what the writer
 * needs from a {@code StringWriter} without its synchronized {@code StringBuffer} appends.
 * Jackson's {@code SegmentedStringWriter} was measured too: joining its segments through a {@code
 * StringBuilder} narrows every character one by one, a sixth of the writing time on Java 17, where
 * {@code new String(char[])} narrows them in one intrinsic pass.
 */
final class TextBuilderWriter extends Writer {

  /** The smallest starting size, the size of the generator's own buffer. */
  static final int SMALL = 8192;

  /**
   * The largest array the writer makes: a few below {@code Integer.MAX_VALUE}, as the JDK's own
   * growing buffers.
   */
  private static final int MAX = Integer.MAX_VALUE - 8;

  private char[] chars;
  private int length;

  /**
   * Creates an empty writer.
   *
   * @param expected the expected length, e.g. the last text's, with a little room on top; at least
   *     {@link #SMALL}. Not capped: a large plan written again gets a buffer that does not grow
   *     (growing copied the text two or three times at 100,000 members and meetings, #22), and as
   *     the next hint is the next text's own length, one large text costs its successor one large
   *     buffer at most; no buffer outlives its call.
   */
  TextBuilderWriter(int expected) {
    chars = new char[(int) Math.min(MAX, Math.max(SMALL, expected + expected / 16L + 64))];
  }

  /** The number of characters written so far. */
  int length() {
    return length;
  }

  @Override
  public void write(char[] source, int offset, int count) {
    ensure(count);
    System.arraycopy(source, offset, chars, length, count);
    length += count;
  }

  @Override
  public void write(String source, int offset, int count) {
    ensure(count);
    source.getChars(offset, offset + count, chars, length);
    length += count;
  }

  @Override
  public void write(int c) {
    ensure(1);
    chars[length++] = (char) c;
  }

  private void ensure(int count) {
    int needed = length + count;
    if (needed < 0) {
      throw new IllegalStateException("the document is longer than a Java string can hold");
    }
    if (needed > chars.length) {
      chars =
          Arrays.copyOf(
              chars, Math.max(needed, (int) Math.min(MAX, 2L * chars.length)));
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** The text written so far. */
  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
