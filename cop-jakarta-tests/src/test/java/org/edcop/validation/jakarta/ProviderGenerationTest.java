package org.edcop.validation.jakarta;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.net.URISyntaxException;
import java.nio.file.Paths;
import org.glassfish.expressly.ExpressionFactoryImpl;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * Each Surefire execution states which provider generation it runs (Jakarta Validation 3.0 with
 * Hibernate Validator 8 and Expressly 5, or 3.1 with 9 and 6); this test fails when the class path
 * holds another, so a misconfigured build cannot pass by testing one generation twice.
 */
class ProviderGenerationTest {

  @Test
  void theExpectedProviderGenerationIsOnTheClassPath() throws Exception {
    assertThat(jarOf(Validation.class))
        .isEqualTo("jakarta.validation-api-" + expected("expected.validation-api") + ".jar");
    assertThat(jarOf(HibernateValidator.class))
        .isEqualTo("hibernate-validator-" + expected("expected.hibernate-validator") + ".jar");
    assertThat(jarOf(ExpressionFactoryImpl.class))
        .isEqualTo("expressly-" + expected("expected.expressly") + ".jar");
    assertThat(Providers.PLAIN.getClass().getName()).startsWith("org.hibernate.validator.");
  }

  private static String expected(String property) {
    String value = System.getProperty(property);
    assertThat(value)
        .as("system property %s, set by the Surefire execution", property)
        .isNotBlank();
    return value;
  }

  private static String jarOf(Class<?> type) throws URISyntaxException {
    return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI())
        .getFileName()
        .toString();
  }
}
