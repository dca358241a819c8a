package org.edcop.validation.jakarta;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.constraints.CopStages;
import org.edcop.model.constraints.ValidCommunityOfPractice;
import org.edcop.testing.SamplePlans;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Stage;
import org.edcop.validation.jakarta.internal.PlanConstraintValidator;
import org.junit.jupiter.api.Test;

/**
 * The constraint names no validator (so the model does not depend on the validation code); the
 * provider finds it through the service file, or through the XML constraint mapping that cop-core
 * ships for providers that do not read the service file. Runs under Hibernate Validator 8 and 9.
 */
class ConstraintRegistrationTest {

  private static final CommunityOfPractice PLAN = SamplePlans.draftLeadershipGaps().getPlan();

  @Test
  void theAnnotationNamesNoValidator() {
    Constraint constraint = ValidCommunityOfPractice.class.getAnnotation(Constraint.class);
    assertThat(constraint.validatedBy()).isEmpty();
  }

  @Test
  void theServiceFileNamesTheValidator() {
    @SuppressWarnings("rawtypes")
    List<Class<?>> registered =
        ServiceLoader.load(ConstraintValidator.class).stream()
            .map(ServiceLoader.Provider::type)
            .collect(Collectors.toList());
    assertThat(registered).contains(PlanConstraintValidator.class);
  }

  @Test
  void hibernateValidatorFindsTheValidatorThroughTheServiceFile() {
    assertThat(violations(Providers.PLAIN)).isEqualTo(expected());
  }

  @Test
  void theXmlMappingRegistersTheSameValidator() throws IOException {
    try (InputStream mapping =
            CommunityOfPractice.class
                .getClassLoader()
                .getResourceAsStream("META-INF/cop/constraint-mapping.xml");
        ValidatorFactory factory =
            Validation.byDefaultProvider()
                .configure()
                .ignoreXmlConfiguration()
                .addMapping(mapping)
                .buildValidatorFactory()) {
      assertThat(violations(factory)).isEqualTo(expected());
    }
  }

  private static List<String> violations(ValidatorFactory factory) {
    Set<ConstraintViolation<CommunityOfPractice>> violations =
        factory.getValidator().validate(PLAN, CopStages.Launch.class);
    return Providers.keysOfViolations(violations);
  }

  private static List<String> expected() {
    List<String> keys =
        Providers.keysOfFindings(
            CopValidator.defaults().validate(PLAN, Stage.LAUNCH).getFindings());
    assertThat(keys).isNotEmpty();
    return keys;
  }
}
