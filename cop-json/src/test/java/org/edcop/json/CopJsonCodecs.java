package org.edcop.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.tck.Codecs;

/**
 * The Jackson 2 facade and the Jackson 2 flavour of the schema validator, for the shared suites.
 */
final class CopJsonCodecs implements Codecs {

  static final CopJsonCodecs INSTANCE = new CopJsonCodecs();

  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private CopJsonCodecs() {}

  @Override
  public CopJsonCodec defaults() {
    return CopJson.defaults();
  }

  @Override
  public CopJsonCodec create(
      boolean strict, long maxDocumentBytes, int maxNestingDepth, int maxStringLength) {
    return CopJson.builder()
        .strict(strict)
        .maxDocumentBytes(maxDocumentBytes)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .build();
  }

  @Override
  public List<String> schemaErrors(String schema, String document) {
    return Schemas.errors(schemas.computeIfAbsent(schema, Schemas::load), document).stream()
        .map(Error::toString)
        .toList();
  }
}
