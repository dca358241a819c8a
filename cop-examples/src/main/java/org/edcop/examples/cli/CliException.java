package org.edcop.examples.cli;

/** A problem the tool reports to its user in one line, with exit code 2. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }
}
