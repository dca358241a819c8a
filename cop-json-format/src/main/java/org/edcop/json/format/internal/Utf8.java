package org.edcop.json.format.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;

/**
 * Checks that a document is well-formed UTF-8 (RFC 3629) before the parser sees it. Jackson 2
 * decodes some ill-formed sequences without complaint: an overlong four-byte sequence such as
 * {@code F0 8E 9F 93} comes out as a stray half of a surrogate pair, so a plan read "fine" and then
 * changed on the next write (found by fuzzing; see docs/reliability.md). Jackson also guesses
 * UTF-16 or UTF-32 from zero bytes at the start; JSON exchanged between systems is UTF-8 only, and
 * no UTF-8 JSON document has a zero byte among its first four, so those are refused too.
 */
public final class Utf8 {

  private Utf8() {}

  /** Eight bytes at a time: the ASCII runs of a document are checked a word at once. */
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long ONES = 0x0101010101010101L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

  /**
   * Refuses bytes that are not well-formed UTF-8 JSON text, and tells, from the same pass, whether
   * the text may hold an escaped half of a surrogate pair (an escape of U+D800 to U+DFFF), which
   * only the parser can confirm.
   *
   * @param json the document
   * @return whether an escape of U+D800 to U+DFFF may occur in the bytes
   * @throws CopJsonException of kind {@link Kind#MALFORMED} with the byte's line and column
   */
  public static boolean check(byte[] json) {
    for (int i = 0; i < Math.min(4, json.length); i++) {
      if (json[i] == 0) {
        throw error(json, i, "a zero byte at the start (UTF-16 or UTF-32?)");
      }
    }
    int i = 0;
    int n = json.length;
    boolean escapes = false;
    while (i < n) {
      // a word of ASCII without a backslash needs no closer look; two words a step
      while (i + 2 * Long.BYTES <= n) {
        long word = (long) WORDS.get(json, i);
        long next = (long) WORDS.get(json, i + Long.BYTES);
        long slashes = word ^ BACKSLASHES;
        long nextSlashes = next ^ BACKSLASHES;
        long flags =
            word | next | ((slashes - ONES) & ~slashes) | ((nextSlashes - ONES) & ~nextSlashes);
        if ((flags & HIGH_BITS) != 0) {
          break;
        }
        i += 2 * Long.BYTES;
      }
      while (i + Long.BYTES <= n) {
        long word = (long) WORDS.get(json, i);
        long slashes = word ^ BACKSLASHES;
        if (((word | ((slashes - ONES) & ~slashes)) & HIGH_BITS) != 0) {
          break;
        }
        i += Long.BYTES;
      }
      if (i >= n) {
        break;
      }
      int b = json[i];
      if (b >= 0) {
        if (b == '\\' && !escapes) {
          escapes = surrogateEscape(json, i);
        }
        i++;
        continue;
      }
      b &= 0xFF;
      int length;
      int min;
      int max;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        min = 0x80;
        max = 0xBF;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        // no overlong forms (E0 80..9F) and no surrogates (ED A0..BF)
        min = b == 0xE0 ? 0xA0 : 0x80;
        max = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        // no overlong forms (F0 80..8F) and nothing above U+10FFFF (F4 90..BF)
        min = b == 0xF0 ? 0x90 : 0x80;
        max = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        throw error(json, i, "the byte 0x" + hex(b) + ", which cannot start a character");
      }
      if (i + length > n) {
        throw error(json, i, "a character cut off by the end of the document");
      }
      int second = json[i + 1] & 0xFF;
      if (second < min || second > max) {
        throw error(
            json, i, "an invalid or overlong sequence starting 0x" + hex(b) + " 0x" + hex(second));
      }
      for (int k = 2; k < length; k++) {
        int next = json[i + k] & 0xFF;
        if (next < 0x80 || next > 0xBF) {
          throw error(json, i, "an incomplete sequence starting 0x" + hex(b));
        }
      }
      i += length;
    }
    return escapes;
  }

  /** Whether an escape of U+D800 to U+DFFF starts at the backslash at {@code i}. */
  private static boolean surrogateEscape(byte[] json, int i) {
    if (i + 3 >= json.length || json[i + 1] != 'u' || (json[i + 2] | 0x20) != 'd') {
      return false;
    }
    int third = json[i + 3] | 0x20;
    return third == '8' || third == '9' || third >= 'a' && third <= 'f';
  }

  private static String hex(int b) {
    return Integer.toHexString(0x100 | b).substring(1).toUpperCase(java.util.Locale.ROOT);
  }

  private static CopJsonException error(byte[] json, int at, String what) {
    long line = 1;
    long column = 1;
    for (int k = 0; k < at; k++) {
      byte b = json[k];
      if (b == '\n' || (b == '\r' && (k + 1 >= json.length || json[k + 1] != '\n'))) {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column++;
      }
    }
    return new CopJsonException(
        Kind.MALFORMED,
        "",
        "the document's bytes are not valid text (expected UTF-8): " + what + " at byte " + at,
        line,
        column,
        null);
  }
}
