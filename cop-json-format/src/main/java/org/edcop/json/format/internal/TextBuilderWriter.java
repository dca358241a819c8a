package org.edcop.json.format.internal;

import java.io.Writer;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Writer} into {@code char[]} chunks, read once as a {@link String}: what the writer needs
 * from a {@code StringWriter} without its synchronized {@code StringBuffer} appends. A full chunk
 * becomes a string while it is still in cache ({@code new String(char[])} narrows it to Latin-1 in
 * one intrinsic pass), and the strings are joined at the end by copying their bytes; so a large
 * text never needs one large {@code char[]} that grows by copying (#22: at 100,000 members and
 * meetings that array was 87 MB and copied two or three times per call). Jackson's {@code
 * SegmentedStringWriter} was measured too: joining its segments through a {@code StringBuilder}
 * narrows every character one by one on Java 17, a sixth of the writing time.
 */
final class TextBuilderWriter extends Writer {

  /** The smallest first chunk, the size of the generator's own buffer. */
  static final int SMALL = 8192;

  /**
   * The largest chunk, 128 Ki characters (256 KB): below the size G1 allocates as a humongous
   * object with a 2 GB heap, and small enough for a thread to keep.
   */
  static final int CHUNK = 128 << 10;

  /**
   * The thread's chunk, kept softly for its next text: a fresh buffer per text was most of the
   * allocation of writing a small plan, and zeroing it a few percent of the time (#14).
   */
  private static final ThreadLocal<SoftReference<char[]>> SPARE = new ThreadLocal<>();

  private char[] chars;
  private int used;
  private List<String> full;
  private long length; // of the full chunks

  /**
   * Creates an empty writer over a new first chunk.
   *
   * @param expected the expected length, e.g. the last text's: the first chunk holds it with a
   *     little room on top, between {@link #SMALL} and {@link #CHUNK} characters
   */
  TextBuilderWriter(int expected) {
    this(new char[size(expected)]);
  }

  private TextBuilderWriter(char[] chars) {
    this.chars = chars;
  }

  private static int size(int expected) {
    return (int) Math.min(CHUNK, Math.max(SMALL, expected + expected / 16L + 64));
  }

  /**
   * An empty writer over the thread's kept chunk when it is large enough for the expected length,
   * else over a new one; {@link #release} gives the chunk back.
   *
   * @param expected the expected length, as for the constructor
   * @return the writer
   */
  static TextBuilderWriter open(int expected) {
    SoftReference<char[]> kept = SPARE.get();
    char[] spare = kept == null ? null : kept.get();
    if (spare == null || spare.length < size(expected)) {
      return new TextBuilderWriter(expected);
    }
    SPARE.set(null); // a text written meanwhile on this thread gets its own
    return new TextBuilderWriter(spare);
  }

  /**
   * Keeps this writer's last chunk for the thread's next text; the writer must not be used
   * afterwards. Its text was copied by {@link #toString}.
   */
  void release() {
    SPARE.set(new SoftReference<>(chars));
    chars = null;
  }

  /** The number of characters written so far. */
  int length() {
    return (int) (length + used);
  }

  @Override
  public void write(char[] source, int offset, int count) {
    while (count > 0) {
      int part = Math.min(count, room());
      System.arraycopy(source, offset, chars, used, part);
      used += part;
      offset += part;
      count -= part;
    }
  }

  @Override
  public void write(String source, int offset, int count) {
    while (count > 0) {
      int part = Math.min(count, room());
      source.getChars(offset, offset + part, chars, used);
      used += part;
      offset += part;
      count -= part;
    }
  }

  @Override
  public void write(int c) {
    room();
    chars[used++] = (char) c;
  }

  /** The room left in the current chunk, after moving a full one into a string. */
  private int room() {
    if (used == chars.length) {
      if (full == null) {
        full = new ArrayList<>();
      }
      full.add(new String(chars, 0, used));
      length += used;
      if (length + CHUNK > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("the document is longer than a Java string can hold");
      }
      if (chars.length < CHUNK) {
        chars = new char[CHUNK];
      }
      used = 0;
    }
    return chars.length - used;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** The text written so far. */
  @Override
  public String toString() {
    String last = new String(chars, 0, used);
    if (full == null) {
      return last;
    }
    List<String> parts = new ArrayList<>(full);
    parts.add(last);
    return String.join("", parts);
  }
}
