package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edcop.validation.Severity;
import org.edcop.validation.ValidationPolicy;
import org.junit.jupiter.api.Test;

/**
 * The examples in docs/json-format.md are real: each is exactly what the writer prints for the
 * fixture it names, and reads back to it.
 */
class DocumentationExamplesTest {

  private static final CopJson JSON = CopJson.defaults();
  private static final Path DOC = Path.of("..", "docs", "json-format.md");

  static ValidationPolicy policy() {
    return ValidationPolicy.builder()
        .addDisabledRules("norms.values-alignment")
        .putSeverityOverride("membership.core-too-large", Severity.ERROR)
        .maxCoreShare(0.25)
        .build();
  }

  private static String example(String name) {
    String doc = GeneratedFiles.read(DOC);
    Matcher matcher =
        Pattern.compile("<!-- example: " + name + " -->\\s*```json\\n(.*?)```", Pattern.DOTALL)
            .matcher(doc);
    assertThat(matcher.find()).as("example '%s' in %s", name, DOC).isTrue();
    return matcher.group(1);
  }

  @Test
  void planExample() {
    assertThat(example("plan")).isEqualTo(JSON.writePlanPretty(FullPlan.plan()));
    assertThat(JSON.readPlan(example("plan"))).isEqualTo(FullPlan.plan());
  }

  @Test
  void reportExample() {
    assertThat(example("report")).isEqualTo(JSON.writeReportPretty(ReportsAndPoliciesTest.report()));
  }

  @Test
  void policyExample() {
    assertThat(example("policy")).isEqualTo(JSON.writePolicyPretty(policy()));
    assertThat(JSON.readPolicy(example("policy"))).isEqualTo(policy());
  }
}
