package org.edcop.examples.cli;

import org.edcop.json.format.CopJsonException;

/** Turns a reader's typed exception into the one line the tool prints. */
final class Problems {
  private Problems() {}

  static String describe(CopJsonException e) {
    StringBuilder line = new StringBuilder(e.getMessage());
    String pointer = e.getPointer();
    line.append(" (at ").append(pointer.isEmpty() ? "the document root" : pointer);
    if (e.getLine() > 0) {
      line.append(", line ").append(e.getLine()).append(", column ").append(e.getColumn());
    }
    return line.append(')').toString();
  }
}
