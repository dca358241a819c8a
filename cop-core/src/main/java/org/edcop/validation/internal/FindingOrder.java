package org.edcop.validation.internal;

import java.util.Comparator;
import org.edcop.validation.Finding;

/**
 * The report order of findings: guide section, then path (segment by segment, list indexes compared
 * as numbers so that {@code /meetings/2} comes before {@code /meetings/10}), then rule id. Findings
 * equal in all three keep the order in which they were reported.
 */
public final class FindingOrder {

  /** The comparator. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::getSection)
          .thenComparing(Finding::getPath, FindingOrder::comparePaths)
          .thenComparing(Finding::getRuleId);

  /**
   * {@link #ORDER} over {@link Keyed} findings: the same order, read from the keys the wrappers
   * hold.
   */
  public static final Comparator<Keyed> KEYED =
      (a, b) -> {
        int c = Integer.compare(a.section, b.section);
        if (c != 0) {
          return c;
        }
        c = comparePaths(a.path, b.path);
        if (c != 0) {
          return c;
        }
        return a.ruleId == b.ruleId ? 0 : a.ruleId.compareTo(b.ruleId);
      };

  private FindingOrder() {}

  /**
   * A finding with its sort keys (section, path, rule id) read out as soon as it was made, while it
   * is still in the processor's cache. The validator sorts these small objects, made one after
   * another, instead of the findings: at 100,000 members a report has some 54,000 findings spread
   * over tens of megabytes, and sorting them read each one again (#22).
   *
   * @since 0.2.0
   */
  public static final class Keyed {
    private final int section;
    private final String path;
    private final String ruleId;
    private final Finding finding;

    /**
     * Wraps a finding.
     *
     * @param finding the finding
     */
    public Keyed(Finding finding) {
      this.section = finding.getSection().ordinal();
      this.path = finding.getPath();
      this.ruleId = finding.getRuleId();
      this.finding = finding;
    }

    /**
     * The finding wrapped.
     *
     * @return the finding
     */
    public Finding finding() {
      return finding;
    }
  }

  /**
   * Compares two JSON Pointers segment by segment; all-digit segments compare as numbers.
   *
   * @param a a pointer
   * @param b another pointer
   * @return negative, zero or positive
   */
  public static int comparePaths(String a, String b) {
    if (a.equals(b)) {
      return 0; // common: many findings of one rule point at the same place
    }
    // compares the segments in place: no substring per segment and comparison (#22)
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = segmentEnd(a, i + 1);
      int endB = segmentEnd(b, j + 1);
      int c = compareSegments(a, i + 1, endA, b, j + 1, endB);
      if (c != 0) {
        return c;
      }
      i = endA;
      j = endB;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int segmentEnd(String path, int from) {
    int end = path.indexOf('/', from);
    return end < 0 ? path.length() : end;
  }

  /** Compares {@code a[fromA, toA)} with {@code b[fromB, toB)} as the sort order wants. */
  private static int compareSegments(String a, int fromA, int toA, String b, int fromB, int toB) {
    if (isNumber(a, fromA, toA) && isNumber(b, fromB, toB)) {
      int x = stripZeros(a, fromA, toA);
      int y = stripZeros(b, fromB, toB);
      int c = Integer.compare(toA - x, toB - y);
      return c != 0 ? c : compareText(a, x, toA, b, y, toB);
    }
    return compareText(a, fromA, toA, b, fromB, toB);
  }

  /** {@link String#compareTo} of two ranges. */
  private static int compareText(String a, int fromA, int toA, String b, int fromB, int toB) {
    int lengthA = toA - fromA;
    int lengthB = toB - fromB;
    int n = Math.min(lengthA, lengthB);
    for (int k = 0; k < n; k++) {
      char x = a.charAt(fromA + k);
      char y = b.charAt(fromB + k);
      if (x != y) {
        return x - y;
      }
    }
    return lengthA - lengthB;
  }

  private static boolean isNumber(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Where the digits of a number start once its leading zeros are skipped (one digit kept). */
  private static int stripZeros(String s, int from, int to) {
    int k = from;
    while (k < to - 1 && s.charAt(k) == '0') {
      k++;
    }
    return k;
  }
}
