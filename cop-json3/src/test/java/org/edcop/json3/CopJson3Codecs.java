package org.edcop.json3;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.tck.Codecs;

/**
 * The Jackson 3 facade and the Jackson 3 flavour of the schema validator, for the shared suites.
 */
final class CopJson3Codecs implements Codecs {

  static final CopJson3Codecs INSTANCE = new CopJson3Codecs();

  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private CopJson3Codecs() {}

  @Override
  public CopJsonCodec defaults() {
    return CopJson3.defaults();
  }

  @Override
  public CopJsonCodec create(
      boolean strict, long maxDocumentBytes, int maxNestingDepth, int maxStringLength) {
    return CopJson3.builder()
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
