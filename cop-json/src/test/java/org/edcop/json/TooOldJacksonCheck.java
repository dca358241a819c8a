package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.junit.jupiter.api.Test;

/**
 * On a jackson-databind older than the minimum, every way into cop-json gives its clear {@link
 * IllegalStateException}, again and again, never an {@code ExceptionInInitializerError} (which
 * {@code CopJson} gave when its default instance was built while the class initialised) nor a
 * {@code NoClassDefFoundError} afterwards (issue 14). Not a default suite: only the {@code
 * jackson-too-old} Surefire execution of cop-json's POM runs it, with Jackson 2.17 on the class
 * path.
 */
class TooOldJacksonCheck {

  @Test
  void everyEntryPointRefusesAnOldJacksonWithTheClearError() {
    assertThat(PackageVersion.VERSION.getMinorVersion())
        .as("this check runs with a Jackson 2 older than 2.18")
        .isLessThan(18);
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(CopJson::defaults)
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("2.18 or newer");
      assertThatThrownBy(CopJson::builder)
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("2.18 or newer");
      assertThatThrownBy(CopJsonModule::new)
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("2.18 or newer");
    }
  }
}
