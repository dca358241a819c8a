package org.edcop.json.format.internal;

import org.edcop.json.format.internal.EngineFailure.Category;

/**
 * The half of a {@link TokenCursor} that does not depend on the Jackson generation: the mapping of
 * tokens, the pointer rule (a container's own pointer for its opening token), exception handling
 * around every parser call, and the placing of a failure at the parser's position. An engine's
 * subclass only makes the parser calls of its generation and names the classifier of that
 * generation's exceptions ({@link #failures}).
 */
public abstract class ParserCursor implements TokenCursor {

  /** The tokens by the ordinal of this cursor's Jackson token constants, once the first is seen. */
  private JsonToken[] tokens;

  /** How many property names a generation keeps prepared for {@link #nextName}. */
  public static final int NAME_NUMBERS = 512;

  /**
   * The prepared names by cursor class, that is by Jackson generation: one array of {@link
   * #NAME_NUMBERS} slots shared by all cursors of the class (a slot is filled once; two threads
   * filling it at once store equal values).
   */
  private static final ClassValue<Object[]> PREPARED =
      new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
          return new Object[NAME_NUMBERS];
        }
      };

  /** The prepared names of this cursor's generation. */
  private final Object[] prepared = PREPARED.get(getClass());

  /** Creates the cursor; the subclass holds the parser. */
  protected ParserCursor() {}

  /**
   * Moves the parser on.
   *
   * @return the parser's new current token, as the generation's own constant, or {@code null}
   * @throws Exception the generation's exception, passed to the classifier of {@link #failures}
   */
  protected abstract Enum<?> advance() throws Exception;

  /**
   * The generation's prepared form of a property name (its {@code SerializedString}), made once per
   * name and generation.
   *
   * @param name the name
   * @return the prepared name
   */
  protected abstract Object prepareName(String name);

  /**
   * Moves the parser on, telling whether the next token is the given property name (the parser's
   * {@code nextFieldName}/{@code nextName} with a serializable string).
   *
   * @param prepared the name, as {@link #prepareName} made it
   * @return whether the next token is that name
   * @throws Exception the generation's exception, passed to the classifier of {@link #failures}
   */
  protected abstract boolean advanceToName(Object prepared) throws Exception;

  /**
   * The parser's current token, as the generation's own constant.
   *
   * @return the token, or {@code null}
   */
  protected abstract Enum<?> jacksonToken();

  /**
   * The decoded text of the current name or scalar (a number's lexeme as written).
   *
   * @return the text
   * @throws Exception the generation's exception, passed to the classifier of {@link #failures}
   */
  protected abstract String decodedText() throws Exception;

  /**
   * The decoded text of the current name or scalar, as the parser's own character buffer.
   *
   * @return the buffer
   * @throws Exception the generation's exception, passed to the classifier of {@link #failures}
   */
  protected abstract char[] decodedCharacters() throws Exception;

  /**
   * Where the text starts in the buffer of {@link #decodedCharacters}.
   *
   * @return the index
   * @throws Exception the generation's exception, passed to the classifier of {@link #failures}
   */
  protected abstract int decodedOffset() throws Exception;

  /**
   * The length of the text in the buffer of {@link #decodedCharacters}.
   *
   * @return the number of characters
   * @throws Exception the generation's exception, passed to the classifier of {@link #failures}
   */
  protected abstract int decodedLength() throws Exception;

  /**
   * The JSON Pointer of the parsing context.
   *
   * @param parent whether to take the enclosing context's pointer instead
   * @return the pointer; {@code ""} at the root
   */
  protected abstract String contextPointer(boolean parent);

  /**
   * The parsing context's current property name.
   *
   * @return the name, or {@code null}
   */
  protected abstract String contextName();

  /**
   * Where the current token starts.
   *
   * @return the byte offset, or -1
   */
  protected abstract long tokenOffset();

  /**
   * Where the parser is, for a failure whose exception carries no location.
   *
   * @return the byte offset, or -1
   */
  protected abstract long currentOffset();

  /**
   * The current number token converted by the parser.
   *
   * @param type {@code Integer.class}, {@code Double.class} or {@code BigDecimal.class}
   * @return the value
   * @throws Exception the generation's exception, passed to the classifier of {@link #failures}
   */
  protected abstract Number convert(Class<? extends Number> type) throws Exception;

  /**
   * Closes the parser.
   *
   * @throws Exception the generation's exception, passed to the classifier of {@link #failures}
   */
  protected abstract void release() throws Exception;

  /**
   * The classifier of the generation's exceptions, which turns every exception a parser call throws
   * into what this cursor throws.
   *
   * @return the classifier
   */
  protected abstract FailureClassifier<?> failures();

  /** What to throw for an exception a parser call threw. */
  private RuntimeException failure(Exception thrown) {
    return failures().classify(thrown, this);
  }

  @Override
  public final JsonToken next() {
    Enum<?> jackson;
    try {
      jackson = advance();
    } catch (Exception e) {
      throw failure(e);
    }
    return token(jackson);
  }

  @Override
  public final boolean nextName(int number, String name) {
    Object known = prepared[number];
    if (known == null) {
      known = prepareName(name);
      prepared[number] = known;
    }
    try {
      return advanceToName(known);
    } catch (Exception e) {
      throw failure(e);
    }
  }

  @Override
  public final JsonToken current() {
    return token(jacksonToken());
  }

  /** The cursor's token for one of the generation's token constants. */
  private JsonToken token(Enum<?> jackson) {
    if (jackson == null) {
      return null;
    }
    JsonToken[] table = tokens;
    if (table == null) {
      tokens = table = JsonToken.table(jackson.getDeclaringClass());
    }
    JsonToken token = table[jackson.ordinal()];
    return token != null ? token : JsonToken.of(jackson);
  }

  @Override
  public final String text() {
    try {
      return decodedText();
    } catch (Exception e) {
      throw failure(e);
    }
  }

  @Override
  public final char[] textCharacters() {
    try {
      return decodedCharacters();
    } catch (Exception e) {
      throw failure(e);
    }
  }

  @Override
  public final int textOffset() {
    try {
      return decodedOffset();
    } catch (Exception e) {
      throw failure(e);
    }
  }

  @Override
  public final int textLength() {
    try {
      return decodedLength();
    } catch (Exception e) {
      throw failure(e);
    }
  }

  @Override
  public final String pointer() {
    JsonToken token = current();
    return contextPointer(token != null && token.isStructStart());
  }

  @Override
  public final long offset() {
    return tokenOffset();
  }

  @Override
  public final Number number(Class<? extends Number> type) {
    try {
      return convert(type);
    } catch (Exception e) {
      throw failure(e);
    }
  }

  @Override
  public final EngineFailure mismatch(Class<?> target) {
    return located(Category.MISMATCH, "a value of the wrong type", target, tokenOffset(), null);
  }

  @Override
  public final void close() {
    try {
      release();
    } catch (Exception e) {
      throw failure(e);
    }
  }

  /**
   * A classified failure placed at this cursor's position. A text over the length limit is placed
   * at its start: Jackson notices part-way through, at an offset that depends on its buffers.
   *
   * @param category what the engine found the failure to be
   * @param original Jackson's message
   * @param target the Java type Jackson wanted, or {@code null}
   * @param offset the byte offset Jackson gave for the problem
   * @param error the generation's exception
   * @return the failure
   */
  public final EngineFailure located(
      Category category, String original, Class<?> target, long offset, Throwable error) {
    long at = offset;
    if (category == Category.LIMIT
        && ReaderErrors.isTextTooLong(original)
        && current() == JsonToken.STRING) {
      at = tokenOffset();
    }
    return new EngineFailure(
        category, original, target, current(), contextName(), contextPointer(false), at, error);
  }

  /**
   * A classified failure met before any parser existed (creating it failed).
   *
   * @param category what the engine found the failure to be
   * @param original Jackson's message
   * @param target the Java type Jackson wanted, or {@code null}
   * @param error the generation's exception
   * @return the failure, without a position
   */
  public static EngineFailure unplaced(
      Category category, String original, Class<?> target, Throwable error) {
    return new EngineFailure(category, original, target, null, null, "", -1, error);
  }
}
