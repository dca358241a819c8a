package org.edcop.examples.cli;

import java.util.List;

/**
 * A short, readable difference between two texts for a failing golden comparison: the first lines
 * that differ, with a little context, marked {@code -} (expected) and {@code +} (actual).
 */
final class LineDiff {

  private static final int CONTEXT = 2;
  private static final int SHOWN = 12;

  private LineDiff() {}

  static String of(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    int first = 0;
    while (first < a.size() && first < b.size() && a.get(first).equals(b.get(first))) {
      first++;
    }
    int endA = a.size();
    int endB = b.size();
    while (endA > first && endB > first && a.get(endA - 1).equals(b.get(endB - 1))) {
      endA--;
      endB--;
    }
    StringBuilder out = new StringBuilder();
    out.append("@@ line ").append(first + 1).append(" @@\n");
    for (int i = Math.max(0, first - CONTEXT); i < first; i++) {
      out.append("  ").append(a.get(i)).append('\n');
    }
    appendLines(out, "- ", a.subList(first, endA));
    appendLines(out, "+ ", b.subList(first, endB));
    for (int i = endA; i < Math.min(a.size(), endA + CONTEXT); i++) {
      out.append("  ").append(a.get(i)).append('\n');
    }
    return out.toString();
  }

  private static void appendLines(StringBuilder out, String mark, List<String> lines) {
    for (int i = 0; i < Math.min(SHOWN, lines.size()); i++) {
      out.append(mark).append(lines.get(i)).append('\n');
    }
    if (lines.size() > SHOWN) {
      out.append(mark).append("... ").append(lines.size() - SHOWN).append(" more lines\n");
    }
  }
}
