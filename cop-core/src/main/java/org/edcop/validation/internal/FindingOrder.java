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

  private FindingOrder() {}

  /**
   * Compares two JSON Pointers segment by segment; all-digit segments compare as numbers.
   *
   * @param a a pointer
   * @param b another pointer
   * @return negative, zero or positive
   */
  public static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = segmentEnd(a, i + 1);
      int endB = segmentEnd(b, j + 1);
      int c = compareSegments(a.substring(i + 1, endA), b.substring(j + 1, endB));
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

  private static int compareSegments(String a, String b) {
    if (isNumber(a) && isNumber(b)) {
      String x = stripZeros(a);
      String y = stripZeros(b);
      int c = Integer.compare(x.length(), y.length());
      return c != 0 ? c : x.compareTo(y);
    }
    return a.compareTo(b);
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String stripZeros(String s) {
    int k = 0;
    while (k < s.length() - 1 && s.charAt(k) == '0') {
      k++;
    }
    return s.substring(k);
  }
}
