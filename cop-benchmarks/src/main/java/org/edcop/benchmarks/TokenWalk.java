package org.edcop.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The floor: Jackson's streaming parser walking a document and reading every value, building
 * nothing. No reader that looks at every value can be much faster than this.
 */
public final class TokenWalk {

  private TokenWalk() {}

  /**
   * Walks every token of a document, decoding each name and value and handing it to the blackhole
   * so the JIT cannot skip the work.
   *
   * @param factory the parser factory, shared
   * @param json the document
   * @param sink where decoded values go
   * @return the number of tokens seen
   * @throws IOException if the document is not JSON
   */
  public static int walk(JsonFactory factory, byte[] json, Blackhole sink) throws IOException {
    int tokens = 0;
    try (JsonParser parser = factory.createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        tokens++;
        switch (token) {
          case FIELD_NAME -> sink.consume(parser.currentName());
          case VALUE_STRING -> sink.consume(parser.getText());
          case VALUE_NUMBER_INT -> sink.consume(parser.getLongValue());
          case VALUE_NUMBER_FLOAT -> sink.consume(parser.getDecimalValue());
          case VALUE_TRUE, VALUE_FALSE -> sink.consume(parser.getBooleanValue());
          default -> sink.consume(token);
        }
      }
    }
    return tokens;
  }
}
