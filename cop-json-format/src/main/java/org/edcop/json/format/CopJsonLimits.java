package org.edcop.json.format;

/**
 * The limits a cop JSON reader enforces on a document before it trusts it: its size in bytes, how
 * deeply objects and arrays may nest, and how long a single text value may be. (Property names and
 * numbers have fixed limits of 1,000 characters.) A document over a limit is rejected with {@link
 * CopJsonException.Kind#LIMIT_EXCEEDED}.
 *
 * <p>The defaults ({@link #DEFAULTS}) are far above what any real plan needs (a plan of a hundred
 * members and a year of meetings is well under 1 MB and nests about ten levels deep) and far below
 * what would let a hostile document exhaust memory.
 *
 * @param maxDocumentBytes the largest document accepted, in bytes of UTF-8
 * @param maxNestingDepth the deepest nesting of objects and arrays accepted
 * @param maxStringLength the longest text value accepted, in characters
 * @since 0.1.0
 */
public record CopJsonLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength) {

  /** 8 MiB per document, 64 levels of nesting, 1,000,000 characters per text value. */
  public static final CopJsonLimits DEFAULTS = new CopJsonLimits(8L * 1024 * 1024, 64, 1_000_000);

  /**
   * Checks that every limit is positive.
   *
   * @throws IllegalArgumentException if a limit is zero or negative
   */
  public CopJsonLimits {
    if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0) {
      throw new IllegalArgumentException(
          "every limit must be positive, but was: maxDocumentBytes="
              + maxDocumentBytes
              + ", maxNestingDepth="
              + maxNestingDepth
              + ", maxStringLength="
              + maxStringLength);
    }
  }
}
