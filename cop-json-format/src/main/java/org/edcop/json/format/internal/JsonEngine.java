package org.edcop.json.format.internal;

import java.io.IOException;
import java.io.Writer;
import org.edcop.json.format.CopJsonLimits;

/**
 * What a Jackson generation contributes to the shared codec ({@link SharedCodec}): a hardened
 * streaming parser over bytes ({@link TokenCursor}) and a generator over text ({@link TokenSink}).
 * Reading and writing the wire records over them is {@link WireReader} and {@link WireWriter}.
 * Everything else (limits, UTF-8 and surrogate checks, error words and locations, strictness, the
 * mapping) is decided once, in this module. Implemented by {@code org.edcop.json.internal.
 * Jackson2Engine} and {@code org.edcop.json3.internal.Jackson3Engine}.
 */
public interface JsonEngine {

  /**
   * The limits the engine's parser enforces.
   *
   * @return the limits
   */
  CopJsonLimits limits();

  /**
   * Opens a hardened cursor over a document.
   *
   * @param json the document's UTF-8 bytes
   * @return the cursor, before the first token
   */
  TokenCursor open(byte[] json);

  /**
   * Writes a wire record (or a plan, straight from the model) as JSON text with {@link WireWriter}
   * on a generator of the engine, without white space ({@link IndentingWriter} makes the pretty
   * form). Characters are written as they are (text, never bytes), so every output ends as the same
   * UTF-8 whatever the target.
   *
   * @param wire the record, or a {@link WireWriter.Direct} document
   * @param out where to write; flushed, not closed
   * @throws IOException if the target fails
   */
  void write(Object wire, Writer out) throws IOException;
}
