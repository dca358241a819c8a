/**
 * The {@code cop} command-line tool: validates plan files, prints sample plans and JSON Schemas.
 * Run {@code java -jar cop.jar --help}.
 */
package org.edcop.examples.cli;
