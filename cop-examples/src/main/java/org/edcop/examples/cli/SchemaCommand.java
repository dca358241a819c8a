package org.edcop.examples.cli;

import java.util.concurrent.Callable;
import org.edcop.json.format.CopSchemas;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cop schema [plan|plan-strict|report]}: prints a JSON Schema (draft 2020-12). */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "Print a JSON Schema (draft 2020-12) of the plan format (permissive or strict) or of reports.")
final class SchemaCommand implements Callable<Integer> {

  /** The schemas on offer. */
  enum Kind {
    plan,
    plan_strict,
    report,
    credit_policy,
    validate_output
  }

  @Parameters(
      arity = "0..1",
      paramLabel = "KIND",
      defaultValue = "plan",
      converter = KindConverter.class,
      description =
          "plan (default; unknown properties allowed), plan-strict, report, credit-policy or"
              + " validate-output (what validate --format json prints).")
  Kind kind;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String schema;
    switch (kind) {
      case plan_strict:
        schema = CopSchemas.planStrict();
        break;
      case report:
        schema = CopSchemas.report();
        break;
      case credit_policy:
        schema = CopSchemas.creditPolicy();
        break;
      case validate_output:
        schema = validateOutput();
        break;
      default:
        schema = CopSchemas.plan();
        break;
    }
    spec.commandLine().getOut().print(schema.endsWith("\n") ? schema : schema + "\n");
    return CopCli.OK;
  }

  /** The resource with the shape of {@code cop validate --format json}. */
  static final String VALIDATE_OUTPUT = "validate-output.schema.json";

  /**
   * The schema of what {@code cop validate --format json} prints; it refers to {@code
   * report.schema.json} next to it.
   *
   * @return the schema text
   */
  static String validateOutput() {
    try (java.io.InputStream in = SchemaCommand.class.getResourceAsStream(VALIDATE_OUTPUT)) {
      if (in == null) {
        throw new IllegalStateException(VALIDATE_OUTPUT + " is missing from the tool's classes");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Accepts {@code plan}, {@code plan-strict}, {@code report} and {@code credit-policy}. */
  static final class KindConverter implements CommandLine.ITypeConverter<Kind> {
    @Override
    public Kind convert(String value) {
      for (Kind kind : Kind.values()) {
        if (kind.name().replace('_', '-').equals(value)) {
          return kind;
        }
      }
      throw new CommandLine.TypeConversionException(
          Terminal.quote(value)
              + " is not a schema; use plan, plan-strict, report, credit-policy or validate-output");
    }
  }
}
