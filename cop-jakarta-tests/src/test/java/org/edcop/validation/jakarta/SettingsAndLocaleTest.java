package org.edcop.validation.jakarta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.constraints.CopStages;
import org.edcop.testing.SamplePlans;
import org.edcop.validation.CopMessages;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Finding;
import org.edcop.validation.Rule;
import org.edcop.validation.RuleContext;
import org.edcop.validation.Section;
import org.edcop.validation.Severity;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationPolicy;
import org.junit.jupiter.api.Test;

/**
 * The user's own policy and rules, the language chosen per validator (so per request), the smallest
 * severity reported, and the settings of a whole validator factory.
 */
class SettingsAndLocaleTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final CommunityOfPractice PLAN = SamplePlans.draftLeadershipGaps().getPlan();

  /** A district's own rule: every plan must name a contact e-mail (here: always reported). */
  static final class DistrictRule implements Rule {
    @Override
    public String getId() {
      return "district.contact-missing";
    }

    @Override
    public Section getSection() {
      return Section.COMMUNITY;
    }

    @Override
    public Stage getStage() {
      return Stage.DRAFT;
    }

    @Override
    public Severity getDefaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String getDescription() {
      return "The plan names a district contact.";
    }

    @Override
    public void check(CommunityOfPractice plan, RuleContext context) {
      context.report("/name", "Plan " + plan.getName() + " names no district contact.", Map.of());
    }
  }

  @Test
  void theUsersPolicyAndRulesApply() {
    CopValidator custom =
        CopValidator.builder()
            .policy(
                ValidationPolicy.builder()
                    .addDisabledRule("leadership.support-missing")
                    .putSeverityOverride("leadership.duty-uncovered", Severity.WARNING)
                    .build())
            .addRule(new DistrictRule())
            .build();
    Validator validator = Providers.with(Providers.PLAIN, CopConstraintSettings.of(custom));
    for (Stage stage : Stage.values()) {
      List<Finding> expected = custom.validate(PLAN, stage).getFindings();
      Set<ConstraintViolation<CommunityOfPractice>> violations =
          validator.validate(PLAN, StageGroups.group(stage));
      assertThat(Providers.keysOfViolations(violations))
          .isEqualTo(Providers.keysOfFindings(expected));
      assertThat(violations)
          .extracting(CopViolations::ruleId)
          .contains("district.contact-missing")
          .doesNotContain("leadership.support-missing");
      assertThat(violations)
          .filteredOn(v -> CopViolations.ruleId(v).equals("district.contact-missing"))
          .extracting(ConstraintViolation::getMessage)
          .containsExactly("Plan " + PLAN.getName() + " names no district contact.");
    }
  }

  @Test
  void theMinimumSeverityFiltersViolations() {
    Validator validator =
        Providers.with(
            Providers.PLAIN,
            CopConstraintSettings.defaults().withMinimumSeverity(Severity.WARNING));
    List<Finding> all = CopValidator.defaults().validate(PLAN, Stage.LAUNCH).getFindings();
    List<Finding> serious =
        all.stream().filter(f -> f.getSeverity() != Severity.INFO).collect(Collectors.toList());
    assertThat(serious).isNotEmpty().hasSizeLessThan(all.size());
    assertThat(Providers.keysOfViolations(validator.validate(PLAN, CopStages.Launch.class)))
        .isEqualTo(Providers.keysOfFindings(serious));
    Validator errorsOnly =
        Providers.with(
            Providers.PLAIN, CopConstraintSettings.defaults().withMinimumSeverity(Severity.ERROR));
    CommunityOfPractice clean = SamplePlans.draftBare().getPlan();
    assertThat(CopValidator.defaults().validate(clean, Stage.DRAFT).isAcceptable()).isTrue();
    assertThat(errorsOnly.validate(clean)).isEmpty();
  }

  @Test
  void theLanguageIsChosenPerValidatorSoPerRequest() throws Exception {
    Map<Locale, Validator> validators =
        Map.of(
            Locale.FRENCH,
            Providers.with(
                Providers.WITH_EL, CopConstraintSettings.defaults().withLocale(Locale.FRENCH)),
            SPANISH,
            Providers.with(Providers.WITH_EL, CopConstraintSettings.defaults().withLocale(SPANISH)),
            Locale.ENGLISH,
            Providers.with(
                Providers.WITH_EL, CopConstraintSettings.defaults().withLocale(Locale.ENGLISH)));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Callable<Boolean>> calls =
          validators.entrySet().stream()
              .map(e -> (Callable<Boolean>) () -> rendersIn(e.getValue(), e.getKey()))
              .collect(Collectors.toList());
      for (int round = 0; round < 4; round++) {
        for (Future<Boolean> result : pool.invokeAll(calls)) {
          assertThat(result.get()).isTrue();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Set<ConstraintViolation<CommunityOfPractice>> french =
        validators.get(Locale.FRENCH).validate(PLAN, CopStages.Launch.class);
    assertThat(french)
        .filteredOn(v -> CopViolations.ruleId(v).equals("leadership.duty-uncovered"))
        .isNotEmpty()
        .allSatisfy(
            v ->
                assertThat(v.getMessage())
                    .startsWith("Aucune personne responsable n’assume la tâche «\u202f"));
  }

  private static boolean rendersIn(Validator validator, Locale locale) {
    Set<ConstraintViolation<CommunityOfPractice>> violations =
        validator.validate(PLAN, CopStages.Close.class);
    assertThat(violations).isNotEmpty();
    for (ConstraintViolation<CommunityOfPractice> v : violations) {
      Finding finding = CopViolations.finding(v).orElseThrow();
      assertThat(v.getMessage()).isEqualTo(CopMessages.message(finding, locale));
      if (!locale.equals(Locale.ENGLISH)) {
        assertThat(v.getMessage()).isNotEqualTo(finding.getMessage());
      }
    }
    return true;
  }

  @Test
  void aValidatorFactoryCarriesItsOwnSettingsUnderAnyProvider() {
    Configuration<?> config = Validation.byDefaultProvider().configure();
    CopConstraintValidatorFactory cop =
        new CopConstraintValidatorFactory(
            CopConstraintSettings.defaults().withLocale(SPANISH),
            config.getDefaultConstraintValidatorFactory());
    try (ValidatorFactory spanish =
        config.constraintValidatorFactory(cop).buildValidatorFactory()) {
      Set<ConstraintViolation<CommunityOfPractice>> inSpanish =
          spanish.getValidator().validate(PLAN, CopStages.Launch.class);
      assertThat(inSpanish)
          .isNotEmpty()
          .allSatisfy(
              v ->
                  assertThat(v.getMessage())
                      .isEqualTo(
                          CopMessages.message(CopViolations.finding(v).orElseThrow(), SPANISH))
                      .isNotEqualTo(CopViolations.finding(v).orElseThrow().getMessage()));
      // another factory of the same process keeps the defaults: there is no shared state
      Set<ConstraintViolation<CommunityOfPractice>> inEnglish =
          Providers.PLAIN.getValidator().validate(PLAN, CopStages.Launch.class);
      assertThat(inEnglish)
          .hasSameSizeAs(inSpanish)
          .allSatisfy(
              v ->
                  assertThat(v.getMessage())
                      .isEqualTo(CopViolations.finding(v).orElseThrow().getMessage()));
      // the payload of one validator still wins over the factory's settings
      Validator french =
          Providers.with(spanish, CopConstraintSettings.defaults().withLocale(Locale.FRENCH));
      assertThat(french.validate(PLAN, CopStages.Launch.class))
          .allSatisfy(
              v ->
                  assertThat(v.getMessage())
                      .isEqualTo(
                          CopMessages.message(
                              CopViolations.finding(v).orElseThrow(), Locale.FRENCH)));
    }
  }

  @Test
  void theFactoryLeavesOtherValidatorsToTheOneItWraps() {
    Configuration<?> config = Validation.byDefaultProvider().configure();
    ConstraintValidatorFactory defaults = config.getDefaultConstraintValidatorFactory();
    CopConstraintValidatorFactory cop =
        new CopConstraintValidatorFactory(
            CopConstraintSettings.defaults().withMinimumSeverity(Severity.ERROR), defaults);
    record Holder(@jakarta.validation.constraints.NotNull String value) {}
    try (ValidatorFactory factory =
        config.constraintValidatorFactory(cop).buildValidatorFactory()) {
      assertThat(factory.getValidator().validate(new Holder(null))).hasSize(1);
      assertThat(factory.getValidator().validate(PLAN, CopStages.Launch.class))
          .isNotEmpty()
          .allSatisfy(v -> assertThat(CopViolations.severity(v)).isEqualTo(Severity.ERROR));
    }
    assertThat(cop.getSettings().getMinimumSeverity()).isEqualTo(Severity.ERROR);
    assertThatThrownBy(() -> new CopConstraintValidatorFactory(null, defaults))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("settings");
  }

  @Test
  void foreignViolationsAreRejectedByName() {
    record Holder(@jakarta.validation.constraints.NotNull String value) {}
    ConstraintViolation<Holder> foreign =
        Providers.PLAIN.getValidator().validate(new Holder(null)).iterator().next();
    assertThat(CopViolations.isCop(foreign)).isFalse();
    assertThatThrownBy(() -> CopViolations.ruleId(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a violation of @ValidCommunityOfPractice")
        .hasMessageContaining("value");
  }
}
