package org.edcop.standards;

import java.util.Optional;

/**
 * A standards file that cannot be read as a framework: a required key is missing or blank, a key is
 * not part of the format, a competency number is skipped, an id repeats, or the bytes are not valid
 * UTF-8. The message names the file and, where there is one, the key.
 *
 * @since 0.1.0
 */
public final class StandardsFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String fileName;
  private final String key;

  /**
   * Creates the exception.
   *
   * @param fileName the file (or other source) being read
   * @param key the offending key, or {@code null} when the problem is not tied to one key
   * @param problem what is wrong, in words a person can act on
   * @param cause the underlying error, or {@code null}
   */
  public StandardsFormatException(String fileName, String key, String problem, Throwable cause) {
    super(fileName + (key == null ? "" : ": key '" + key + "'") + ": " + problem, cause);
    this.fileName = fileName;
    this.key = key;
  }

  /**
   * The file (or other source) that could not be read.
   *
   * @return the file name as given to the reader
   */
  public String getFileName() {
    return fileName;
  }

  /**
   * The key that is wrong.
   *
   * @return the key, or empty when the problem concerns the whole file
   */
  public Optional<String> getKey() {
    return Optional.ofNullable(key);
  }
}
