package org.edcop.json.format;

/**
 * Facts about the cop JSON format that every reader and writer shares.
 *
 * <p>Each document (plan, validation report, validation policy) starts with a {@code
 * schemaVersion}. The version changes only when an older reader could no longer read newer
 * documents correctly: a new code in a vocabulary, a new required property, a changed meaning.
 * Adding an optional property does not change it, because older readers keep unknown properties and
 * write them back. A reader rejects a document with a higher version than its own with {@link
 * CopJsonException.Kind#UNSUPPORTED_VERSION}.
 *
 * @since 0.1.0
 */
public final class CopJsonFormat {

  /** The format version this library writes and the highest one it reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The name of the version property at the top of every document. */
  public static final String SCHEMA_VERSION_PROPERTY = "schemaVersion";

  private CopJsonFormat() {}
}
