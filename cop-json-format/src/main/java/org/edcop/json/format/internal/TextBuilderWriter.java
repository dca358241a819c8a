package org.edcop.json.format.internal;

import java.io.Writer;
import java.lang.ref.SoftReference;
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
   * The largest buffer a thread keeps for its next text, 256 Ki characters (512 KB, a plan of about
   * 500 members and meetings), softly: a fresh buffer per text was most of the allocation of
   * writing a small plan, and zeroing it a few percent of the time (#14). Larger buffers, and the
   * buffer of a text that failed, are left to the collector.
   */
  static final int KEPT = 256 << 10;

  private static final ThreadLocal<SoftReference<char[]>> SPARE = new ThreadLocal<>();

  /**
   * Creates an empty writer over a new buffer.
   *
   * @param expected the expected length, e.g. the last text's, with a little room on top; at least
   *     {@link #SMALL}. Not capped: a large plan written again gets a buffer that does not grow
   *     (growing copied the text two or three times at 100,000 members and meetings, #22), and as
   *     the next hint is the next text's own length, one large text costs its successor one large
   *     buffer at most.
   */
  TextBuilderWriter(int expected) {
    this(new char[size(expected)]);
  }

  private TextBuilderWriter(char[] chars) {
    this.chars = chars;
  }

  private static int size(int expected) {
    return (int) Math.min(MAX, Math.max(SMALL, expected + expected / 16L + 64));
  }

  /**
   * An empty writer over the thread's kept buffer when it is large enough for the expected length,
   * else over a new one; {@link #release} gives the buffer back.
   *
   * @param expected the expected length, as for the constructor
   * @return the writer
   */
  static TextBuilderWriter open(int expected) {
    SoftReference<char[]> kept = SPARE.get();
    char[] spare = kept == null ? null : kept.get();
    int size = size(expected);
    if (spare == null || spare.length < size) {
      return new TextBuilderWriter(size);
    }
    SPARE.set(null); // a text written meanwhile on this thread gets its own
    return new TextBuilderWriter(spare);
  }

  /**
   * Keeps this writer's buffer for the thread's next text if it is at most {@link #KEPT}
   * characters; the writer must not be used afterwards. Its text was copied by {@link #toString}.
   */
  void release() {
    if (chars.length <= KEPT) {
      SPARE.set(new SoftReference<>(chars));
    }
    chars = null;
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
      chars = Arrays.copyOf(chars, Math.max(needed, (int) Math.min(MAX, 2L * chars.length)));
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
