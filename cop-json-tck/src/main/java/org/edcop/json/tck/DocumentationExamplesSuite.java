package org.edcop.json.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edcop.json.format.CopJsonCodec;
import org.junit.jupiter.api.Test;

/**
 * The examples in docs/json-format.md are real: each is exactly what a module's writer prints for
 * the fixture it names, and reads back to it.
 */
public abstract class DocumentationExamplesSuite {

  private final CopJsonCodec json;

  /**
   * Runs the suite against one module.
   *
   * @param codecs the module's facades
   */
  protected DocumentationExamplesSuite(Codecs codecs) {
    this.json = codecs.defaults();
  }

  private static String example(String name) {
    String doc = Fixtures.read(Fixtures.FORMAT_DOCUMENT);
    Matcher matcher =
        Pattern.compile("<!-- example: " + name + " -->\\s*```json\\n(.*?)```", Pattern.DOTALL)
            .matcher(doc);
    assertThat(matcher.find()).as("example '%s' in %s", name, Fixtures.FORMAT_DOCUMENT).isTrue();
    return matcher.group(1);
  }

  @Test
  public void planExample() {
    assertThat(example("plan")).isEqualTo(json.writePlanPretty(FullPlan.plan()));
    assertThat(json.readPlan(example("plan"))).isEqualTo(FullPlan.plan());
  }

  @Test
  public void reportExample() {
    assertThat(example("report")).isEqualTo(json.writeReportPretty(Fixtures.report()));
    assertThat(json.readReport(example("report"))).isEqualTo(Fixtures.report());
  }

  @Test
  public void policyExample() {
    assertThat(example("policy")).isEqualTo(json.writePolicyPretty(Fixtures.documentedPolicy()));
    assertThat(json.readPolicy(example("policy"))).isEqualTo(Fixtures.documentedPolicy());
  }
}
