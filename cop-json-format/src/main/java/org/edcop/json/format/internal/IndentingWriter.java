package org.edcop.json.format.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The format's pretty form, made from compact JSON text on its way to a {@link Writer}: the
 * generator writes the document without white space and this writer adds it. It is the only
 * definition of the indented form, so both Jackson generations (and any version of either) write
 * the same bytes, and no engine configures a pretty printer.
 *
 * <p>The form: objects and arrays are indented by {@link #INDENT} per level, one member or element
 * per line, every line ends with {@link #LINE_END} whatever the platform, a member is written
 * {@code "name": value} (one space after the colon, none before), an empty object or array is
 * written {@code { }} or {@code [ ]}, and nothing stands between two root values. Values written
 * raw (unknown properties, kept in their canonical compact form) are indented like the rest.
 * Characters inside strings are passed through untouched; white space outside them is dropped and
 * replaced by the form's. The input must be JSON as a generator writes it, which is all this writer
 * is given.
 *
 * @since 0.2.0
 */
public final class IndentingWriter extends Writer {

  /** The indentation of one nesting level. */
  public static final String INDENT = "  ";

  /** The end of every line, whatever the platform's. */
  public static final String LINE_END = "\n";

  private static final char[] SPACES = (LINE_END + INDENT.repeat(32)).toCharArray();

  private final Writer out;
  private final char[] buffer = new char[8192];
  private int length;
  private int depth;
  private boolean inString;
  private boolean escaped;

  /** An object or array was opened and its first character is not known yet. */
  private boolean opened;

  /**
   * Wraps a writer.
   *
   * @param out where the indented text goes, in pieces of up to 8,192 characters; flushed and
   *     closed with this writer (call {@link #flush} before reading what it holds)
   */
  public IndentingWriter(Writer out) {
    this.out = out;
  }

  /**
   * Indents a whole compact document.
   *
   * @param compact JSON text without white space outside strings
   * @return the text in the format's pretty form
   */
  public static String indent(String compact) {
    StringWriter text = new StringWriter(compact.length() * 2);
    try (IndentingWriter writer = new IndentingWriter(text)) {
      writer.write(compact);
    } catch (IOException e) {
      throw new IllegalStateException("a StringWriter does not fail", e);
    }
    return text.toString();
  }

  @Override
  public void write(char[] text, int offset, int count) throws IOException {
    int end = offset + count;
    int run = offset; // the start of the characters not written yet
    int i = offset;
    if (escaped && i < end) {
      escaped = false; // the character after a backslash that ended the last piece
      i++;
    }
    for (; i < end; i++) {
      char c = text[i];
      if (inString) {
        // most characters are inside strings: look only for the quote and the backslash
        while (c != '"' && c != '\\') {
          if (++i == end) {
            break;
          }
          c = text[i];
        }
        if (i == end) {
          break;
        }
        if (c == '\\') {
          if (++i == end) {
            escaped = true;
          }
        } else {
          inString = false;
        }
        continue;
      }
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        // white space a generator put between roots: the form's own replaces it
        emit(text, run, i - run);
        run = i + 1;
        continue;
      }
      if (opened) {
        opened = false;
        emit(text, run, i - run);
        run = i;
        if (c == '}' || c == ']') {
          emit(' ');
          depth--;
          continue;
        }
        newLine();
      }
      switch (c) {
        case '"' -> inString = true;
        case '{', '[' -> {
          depth++;
          opened = true;
        }
        case ',' -> {
          emit(text, run, i + 1 - run);
          run = i + 1;
          newLine();
        }
        case ':' -> {
          emit(text, run, i + 1 - run);
          run = i + 1;
          emit(' ');
        }
        case '}', ']' -> {
          emit(text, run, i - run);
          run = i;
          depth--;
          newLine();
        }
        default -> {
          // a number, literal or string's character: passed through
        }
      }
    }
    emit(text, run, end - run);
  }

  @Override
  public void write(String text, int offset, int count) throws IOException {
    char[] chars = new char[count];
    text.getChars(offset, offset + count, chars, 0);
    write(chars, 0, count);
  }

  @Override
  public void write(int c) throws IOException {
    write(new char[] {(char) c}, 0, 1);
  }

  /** Ends the line and indents the next one to the present depth. */
  private void newLine() throws IOException {
    int start = LINE_END.length();
    int width = depth * INDENT.length();
    int room = SPACES.length - start;
    emit(SPACES, 0, start + Math.min(width, room));
    for (width -= room; width > 0; width -= room) {
      emit(SPACES, start, Math.min(width, room));
    }
  }

  /** Adds characters to the buffer, passing it on when full. */
  private void emit(char[] text, int from, int count) throws IOException {
    if (count > buffer.length - length) {
      drain();
      if (count > buffer.length) {
        out.write(text, from, count);
        return;
      }
    }
    System.arraycopy(text, from, buffer, length, count);
    length += count;
  }

  private void emit(char c) throws IOException {
    if (length == buffer.length) {
      drain();
    }
    buffer[length++] = c;
  }

  private void drain() throws IOException {
    out.write(buffer, 0, length);
    length = 0;
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    drain();
    out.close();
  }
}
