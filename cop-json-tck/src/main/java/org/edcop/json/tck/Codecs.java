package org.edcop.json.tck;

import java.util.List;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.format.CopJsonLimits;

/**
 * What a JSON module gives the shared suites: its facade in any configuration, and an independent
 * JSON Schema validator of the matching Jackson generation (networknt 2.x for Jackson 2, 3.x for
 * Jackson 3).
 */
public interface Codecs {

  /**
   * The facade's shared default instance ({@code defaults()}).
   *
   * @return the default facade
   */
  CopJsonCodec defaults();

  /**
   * A facade built with the builder's individual setters.
   *
   * @param strict whether unknown properties are rejected
   * @param maxDocumentBytes the size limit
   * @param maxNestingDepth the depth limit
   * @param maxStringLength the text length limit
   * @return the facade
   * @throws IllegalArgumentException if the builder refuses a limit
   */
  CopJsonCodec create(
      boolean strict, long maxDocumentBytes, int maxNestingDepth, int maxStringLength);

  /**
   * A facade with the given mode and limits.
   *
   * @param strict whether unknown properties are rejected
   * @param limits the limits
   * @return the facade
   */
  default CopJsonCodec create(boolean strict, CopJsonLimits limits) {
    return create(
        strict, limits.maxDocumentBytes(), limits.maxNestingDepth(), limits.maxStringLength());
  }

  /**
   * Validates a document against a schema, with format assertions on.
   *
   * @param schema the schema's text (one of {@code CopSchemas})
   * @param document the document's text
   * @return the validator's messages; empty when the document is valid
   */
  List<String> schemaErrors(String schema, String document);
}
