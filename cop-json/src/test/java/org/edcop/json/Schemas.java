package org.edcop.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.edcop.json.format.CopSchemas;

/**
 * The shipped schemas loaded into an independent validator (networknt json-schema-validator),
 * with format assertions switched on.
 */
final class Schemas {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  static final Schema PLAN = REGISTRY.getSchema(CopSchemas.plan(), InputFormat.JSON);
  static final Schema PLAN_STRICT = REGISTRY.getSchema(CopSchemas.planStrict(), InputFormat.JSON);
  static final Schema REPORT = REGISTRY.getSchema(CopSchemas.report(), InputFormat.JSON);
  static final Schema POLICY = REGISTRY.getSchema(CopSchemas.policy(), InputFormat.JSON);

  private Schemas() {}

  static List<Error> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }
}
