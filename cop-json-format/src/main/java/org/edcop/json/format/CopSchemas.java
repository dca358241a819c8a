package org.edcop.json.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the cop JSON format, as shipped in this jar under {@code
 * org/edcop/json/format/schema/} and in the repository under {@code docs/schema/}. They are
 * generated from the format's wire records and the model; a test fails when a shipped file differs
 * from a fresh generation.
 *
 * <p>Use {@link #plan()} to check documents exchanged between systems (it allows properties this
 * version does not define, which readers keep), {@link #planStrict()} to check documents people
 * author, {@link #report()} for validation reports and {@link #policy()} for validation policies
 * and {@link #creditPolicy()} for credit policies. A schema catches wrong types, missing required
 * values, unknown codes, badly formed dates and, in the strict schemas, unknown properties; the
 * readers check more (duplicate property names, limits, that a time zone exists).
 *
 * @since 0.1.0
 */
public final class CopSchemas {

  /** Where the schema files are, relative to the class path's root. */
  public static final String RESOURCE_DIRECTORY = "org/edcop/json/format/schema/";

  private CopSchemas() {}

  /**
   * The plan schema for exchange: unknown properties allowed.
   *
   * @return the schema's JSON text
   */
  public static String plan() {
    return load("plan.schema.json");
  }

  /**
   * The plan schema for authoring: unknown properties forbidden.
   *
   * @return the schema's JSON text
   */
  public static String planStrict() {
    return load("plan-strict.schema.json");
  }

  /**
   * The schema of validation reports.
   *
   * @return the schema's JSON text
   */
  public static String report() {
    return load("report.schema.json");
  }

  /**
   * The schema of validation policies (unknown properties forbidden).
   *
   * @return the schema's JSON text
   */
  public static String policy() {
    return load("policy.schema.json");
  }

  /**
   * The schema of credit policies for learning records (unknown properties forbidden).
   *
   * @return the schema's JSON text
   * @since 0.2.0
   */
  public static String creditPolicy() {
    return load("credit-policy.schema.json");
  }

  private static String load(String fileName) {
    String resource = RESOURCE_DIRECTORY + fileName;
    try (InputStream in = CopSchemas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + resource, e);
    }
  }
}
