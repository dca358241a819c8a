package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;

/**
 * Refuses text holding half of a UTF-16 surrogate pair. JSON syntax lets {@code "\ud800"} through,
 * but it is not a character: UTF-8 cannot encode it, so the text would come back as {@code ?} after
 * one write and read, a silent loss. (Found by fuzzing; see docs/reliability.md.)
 *
 * <p>The byte check is cheap: a document is only parsed a second time, to find the pointer, when it
 * holds a surrogate escape ({@code \}{@code uD800}–{@code \}{@code uDFFF}) or the 3-byte UTF-8 form
 * of a surrogate (lead byte {@code 0xED}, then {@code 0xA0}–{@code 0xBF}), which a parser may
 * decode without complaint.
 */
public final class UnpairedSurrogates {

  private UnpairedSurrogates() {}

  /**
   * Rejects a document that holds an unpaired surrogate in a property name or a text value. A
   * document that is not well-formed is left for the reader to report.
   *
   * @param json the document
   * @param factory the parser factory of the reader
   * @throws CopJsonException of kind {@link Kind#INVALID_VALUE} naming the text's pointer
   */
  public static void check(byte[] json, JsonFactory factory) {
    if (!mayHold(json)) {
      return;
    }
    try (JsonParser parser = factory.createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token != JsonToken.FIELD_NAME && token != JsonToken.VALUE_STRING) {
          continue;
        }
        int at = unpaired(parser.getText());
        if (at >= 0) {
          JsonLocation location = parser.currentTokenLocation();
          throw new CopJsonException(
              Kind.INVALID_VALUE,
              Errors.pointer(parser.getParsingContext()),
              (token == JsonToken.FIELD_NAME ? "the property name" : "the text")
                  + " holds half of a UTF-16 surrogate pair (U+"
                  + Integer.toHexString(parser.getText().charAt(at))
                      .toUpperCase(java.util.Locale.ROOT)
                  + ") at character "
                  + (at + 1)
                  + ", which is not a character and cannot be kept",
              location.getLineNr(),
              location.getColumnNr(),
              null);
        }
      }
    } catch (IOException e) {
      // not well-formed: the reader reports it with its own kind and location
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
    long line = 1;
    long column = 1;
    for (int i = 0; i < at; i++) {
      if (json.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    throw new CopJsonException(
        Kind.MALFORMED,
        "",
        "the document holds half of a UTF-16 surrogate pair (U+"
            + Integer.toHexString(json.charAt(at)).toUpperCase(java.util.Locale.ROOT)
            + "), which is not a character and cannot be encoded as UTF-8",
        line,
        column,
        null);
  }

  /** The index of the first unpaired surrogate, or -1 if every surrogate is paired. */
  static int unpaired(String text) {
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

  /** Whether the bytes may decode to a surrogate: a surrogate escape or its raw 3-byte form. */
  static boolean mayHold(byte[] json) {
    for (int i = 0; i + 1 < json.length; i++) {
      byte b = json[i];
      if (b == (byte) 0xED && (json[i + 1] & 0xE0) == 0xA0) {
        return true;
      }
      if (b == '\\'
          && json[i + 1] == 'u'
          && i + 3 < json.length
          && (json[i + 2] == 'd' || json[i + 2] == 'D')) {
        char third = (char) json[i + 3];
        if ((third >= '8' && third <= '9')
            || (third >= 'a' && third <= 'f')
            || (third >= 'A' && third <= 'F')) {
          return true;
        }
      }
    }
    return false;
  }
}
