package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.edcop.json.format.CopSchemas;
import org.edcop.json.schema.CopSchemaGenerator.SchemaFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schemas shipped in cop-json-format and copied under docs/schema must equal a fresh
 * generation; a stale file fails here (and is never rewritten by this test).
 */
class SchemaFilesTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(SchemaFile.class)
  void checkedInSchemasAreUpToDate(SchemaFile schema) {
    String fresh = schema.generate();
    for (Path directory : GeneratedFiles.SCHEMA_DIRECTORIES) {
      Path file = directory.resolve(schema.fileName());
      assertThat(file).exists();
      assertThat(GeneratedFiles.read(file))
          .as("%s is stale; %s", file, GeneratedFiles.HOW_TO_REGENERATE)
          .isEqualTo(fresh);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(SchemaFile.class)
  void accessorServesTheShippedFile(SchemaFile schema) {
    String served =
        switch (schema) {
          case PLAN -> CopSchemas.plan();
          case PLAN_STRICT -> CopSchemas.planStrict();
          case REPORT -> CopSchemas.report();
          case POLICY -> CopSchemas.policy();
          case CREDIT_POLICY -> CopSchemas.creditPolicy();
        };
    assertThat(served).isEqualTo(schema.generate());
  }
}
