package org.edcop.json.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.edcop.json.format.CopJsonException.Kind;
import org.junit.jupiter.api.Test;

class CopJsonExceptionTest {

  @Test
  void messageNamesPointerLineAndColumn() {
    CopJsonException error =
        new CopJsonException(Kind.UNKNOWN_CODE, "/status", "'x' is not a known status");
    assertThat(error.getMessage()).isEqualTo("'x' is not a known status (at /status)");
    CopJsonException located = error.withLocation(3, 14);
    assertThat(located.getMessage())
        .isEqualTo("'x' is not a known status (at /status, line 3, column 14)");
    assertThat(located.getKind()).isEqualTo(Kind.UNKNOWN_CODE);
    assertThat(located.getLine()).isEqualTo(3);
    assertThat(located.getColumn()).isEqualTo(14);
    assertThat(new CopJsonException(Kind.TRUNCATED, "", "ends early").getMessage())
        .isEqualTo("ends early (at the document root)");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> new CopJsonLimits(0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDocumentBytes=0");
    assertThat(CopJsonLimits.DEFAULTS.maxNestingDepth()).isEqualTo(64);
  }

  @Test
  void schemasAreShipped() {
    assertThat(CopSchemas.plan())
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(CopSchemas.planStrict()).contains("\"additionalProperties\": false");
    assertThat(CopSchemas.plan()).doesNotContain("\"additionalProperties\": false");
    assertThat(CopSchemas.report()).contains("\"findings\"");
    assertThat(CopSchemas.policy()).contains("\"maxCoreShare\"");
  }
}
