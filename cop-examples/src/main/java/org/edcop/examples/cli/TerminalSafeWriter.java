package org.edcop.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The last guard before standard output: every unsafe character (see {@link Terminal#unsafe}) that
 * a command did not already escape is written as a {@code \}{@code uXXXX} escape, except the line
 * breaks and tabs the tool writes itself ({@code \n}, {@code \r\n}, {@code \t}). Inside JSON
 * strings such an escape means the same character, so JSON output stays exact; text output cannot
 * carry terminal escape sequences.
 */
final class TerminalSafeWriter extends FilterWriter {

  private boolean pendingReturn;

  TerminalSafeWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (pendingReturn) {
      pendingReturn = false;
      if (ch == '\n') {
        out.write("\r\n");
        return;
      }
      out.write("\\u000d");
    }
    if (ch == '\r') {
      pendingReturn = true;
    } else if (ch == '\n' || ch == '\t' || !Terminal.unsafe(ch)) {
      out.write(ch);
    } else {
      out.write(String.format("\\u%04x", (int) ch));
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    int start = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = buffer[i];
      if (pendingReturn || Terminal.unsafe(c) && c != '\n' && c != '\t') {
        out.write(buffer, start, i - start);
        write(c);
        start = i + 1;
      }
    }
    out.write(buffer, start, end - start);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    write(text.toCharArray(), offset, length);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (pendingReturn) {
      pendingReturn = false;
      out.write("\\u000d");
    }
    out.close();
  }
}
