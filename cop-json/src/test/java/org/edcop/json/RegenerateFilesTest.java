package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.edcop.json.schema.CopSchemaGenerator.SchemaFile;
import org.edcop.testing.SamplePlan;
import org.edcop.testing.SamplePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites the generated files; runs only when asked to (see {@link GeneratedFiles}). The ordinary
 * suite compares them instead ({@link GoldenFilesTest}, {@link SchemaFilesTest}).
 */
@EnabledIfSystemProperty(named = GeneratedFiles.REGENERATE_PROPERTY, matches = "true")
class RegenerateFilesTest {

  @Test
  void regenerateSampleDocumentsAndSchemas() {
    CopJson json = CopJson.defaults();
    for (SamplePlan sample : SamplePlans.all()) {
      Path file = GeneratedFiles.SAMPLES.resolve(sample.getName() + ".json");
      GeneratedFiles.write(file, json.writePlanPretty(sample.getPlan()));
      assertThat(file).exists();
    }
    for (SchemaFile schema : SchemaFile.values()) {
      String text = schema.generate();
      for (Path directory : GeneratedFiles.SCHEMA_DIRECTORIES) {
        GeneratedFiles.write(directory.resolve(schema.fileName()), text);
        assertThat(directory.resolve(schema.fileName())).hasContent(text);
      }
    }
  }
}
