package org.edcop.json.format.internal;

import java.util.Locale;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;

/**
 * Refuses half of a UTF-16 surrogate pair, the same way for both Jackson generations. Such a half
 * is not a character and no UTF-8 encoder can write it, so it would come back as {@code ?} or make
 * a later write fail: a silent change (found by fuzzing; see docs/reliability.md).
 *
 * <ul>
 *   <li>An escape ({@code "\}{@code ud800"}) is JSON syntax but an invalid value: {@link
 *       Kind#INVALID_VALUE} with the pointer of the text or name.
 *   <li>A raw half in a Java string (or its 3-byte form {@code ED A0..BF} in bytes) is not text at
 *       all: {@link Kind#MALFORMED}, as for any other bytes that are not UTF-8.
 * </ul>
 *
 * <p>The scan for the first form is cheap: a document is parsed a second time only when its bytes
 * hold a surrogate escape.
 */
public final class Surrogates {

  private Surrogates() {}

  /**
   * Rejects a document whose names or texts hold an escaped unpaired surrogate. A document that is
   * not well-formed is left for the reader to report.
   *
   * @param json the document (already checked to be UTF-8, and found by {@link Utf8#check} to hold
   *     something that looks like a surrogate escape)
   * @param engine the engine whose parser decodes the escapes
   * @throws CopJsonException of kind {@link Kind#INVALID_VALUE} naming the text's pointer
   */
  public static void check(byte[] json, JsonEngine engine) {
    try (TokenCursor cursor = engine.open(json)) {
      JsonToken token;
      while ((token = cursor.next()) != null) {
        if (token != JsonToken.NAME && token != JsonToken.STRING) {
          continue;
        }
        String text = cursor.text();
        int at = unpaired(text);
        if (at >= 0) {
          throw new CopJsonException(
              Kind.INVALID_VALUE,
              cursor.pointer(),
              (token == JsonToken.NAME ? "the property name" : "the text")
                  + " holds half of a UTF-16 surrogate pair (U+"
                  + hex(text.charAt(at))
                  + ") at character "
                  + (at + 1)
                  + ", which is not a character and cannot be kept",
              TextPositions.line(json, cursor.offset()),
              TextPositions.column(json, cursor.offset()),
              null);
        }
      }
    } catch (EngineFailure notWellFormed) {
      // the reader reports it with its own kind and location
    }
  }

  /**
   * Rejects text given as a Java string that holds an unpaired surrogate, which encoding to UTF-8
   * would silently turn into {@code ?}.
   *
   * @param json the document
   * @throws CopJsonException of kind {@link Kind#MALFORMED} with the line and column
   */
  public static void check(String json) {
    int at = unpaired(json);
    if (at < 0) {
      return;
    }
    long[] position = TextPositions.of(json, at);
    throw new CopJsonException(
        Kind.MALFORMED,
        "",
        "the document's text is not valid Unicode: half of a UTF-16 surrogate pair (U+"
            + hex(json.charAt(at))
            + "), which cannot be encoded as UTF-8",
        position[0],
        position[1],
        null);
  }

  /**
   * The index of the first unpaired surrogate.
   *
   * @param text the text
   * @return the index, or -1 if every surrogate is paired
   */
  public static int unpaired(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static String hex(char c) {
    return Integer.toHexString(c).toUpperCase(Locale.ROOT);
  }
}
