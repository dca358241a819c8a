package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.edcop.json.internal.Jackson2Engine;
import org.junit.jupiter.api.Test;

/**
 * The minimum supported Jackson 2 version is stated and enforced (issue 14). Surefire runs this
 * class, with a few suites, once more for each Jackson 2 version users bring (see cop-json's POM):
 * the oldest supported (2.18), Spring Boot 3.5.7's and Quarkus 3.33.2's.
 */
class JacksonVersionTest {

  @Test
  void theVersionUnderTestIsTheOneOnTheClassPath() {
    String expected = System.getProperty("cop.expected.jackson");
    if (expected != null) {
      assertThat(PackageVersion.VERSION.toString()).isEqualTo(expected);
      assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString())
          .isEqualTo(expected);
    }
    Jackson2Engine.requireSupported(PackageVersion.VERSION);
  }

  @Test
  void versionsBefore218AreRefusedWithAClearMessage() {
    assertThatThrownBy(
            () ->
                Jackson2Engine.requireSupported(
                    new Version(2, 17, 2, null, "com.fasterxml.jackson.core", "jackson-databind")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2.18 or newer")
        .hasMessageContaining("2.17.2");
  }

  @Test
  void theOldestSupportedVersionIsAccepted() {
    Jackson2Engine.requireSupported(new Version(2, 18, 0, null, "", ""));
    assertThat(
            CopJson.defaults()
                .readPlan(
                    "{\"schemaVersion\":1,\"id\":\"p\",\"name\":\"N\",\"authority\":\"A\","
                        + "\"timeZone\":\"UTC\",\"x\":[1,2.50]}")
                .getUnknownProperties())
        .containsKey("x");
  }
}
