package org.edcop.validation.jakarta;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validator;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableCommunity;
import org.edcop.model.ImmutableCommunityOfPractice;
import org.edcop.model.ImmutableMember;
import org.edcop.model.ImmutableMembership;
import org.edcop.model.ImmutableNorms;
import org.edcop.model.Member;
import org.edcop.model.Person;
import org.edcop.model.constraints.CopStages;
import org.edcop.testing.SamplePlans;
import org.edcop.validation.CopMessages;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Finding;
import org.edcop.validation.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text a user typed is never part of a message template: people named {@code ${1+1}}, {@code
 * #{'a'.concat('b')}} and {@code {jakarta.validation.constraints.NotNull.message}} appear literally
 * in every message, through cop's API in every language and through Hibernate Validator with
 * expression language enabled for bean methods.
 */
class InjectionTest {

  static final List<String> NAMES =
      List.of("${1+1}", "#{'a'.concat('b')}", "{jakarta.validation.constraints.NotNull.message}");

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  /**
   * The system leaders' plan, its members renamed after the injection cases and their norm
   * agreements removed, so that rule {@code norms.agreement-missing} quotes every name.
   */
  static CommunityOfPractice plan() {
    CommunityOfPractice plan = SamplePlans.systemLeaders().getPlan();
    List<Member> members = new ArrayList<>();
    List<Member> original = plan.getCommunity().getMembership().getMembers();
    for (int i = 0; i < original.size(); i++) {
      members.add(
          ImmutableMember.copyOf(original.get(i))
              .withPerson(Person.of(NAMES.get(i % NAMES.size()))));
    }
    return ImmutableCommunityOfPractice.copyOf(plan)
        .withCommunity(
            ImmutableCommunity.copyOf(plan.getCommunity())
                .withMembership(
                    ImmutableMembership.copyOf(plan.getCommunity().getMembership())
                        .withMembers(members))
                .withNorms(
                    ImmutableNorms.copyOf(plan.getCommunity().getNorms())
                        .withAgreements(List.of())
                        .withDevelopmentProcess(Optional.empty())));
  }

  /** The findings that quote a person's name, with the name each one quotes. */
  static List<Finding> findingsQuotingANameAt(Stage stage) {
    List<Finding> quoting = new ArrayList<>();
    for (Finding finding : CopValidator.defaults().validate(plan(), stage).getFindings()) {
      if (finding.getArguments().values().stream().anyMatch(NAMES::contains)) {
        quoting.add(finding);
      }
    }
    return quoting;
  }

  static Stream<Arguments> stages() {
    return Stream.of(Stage.values()).map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stages")
  void namesAppearLiterallyThroughCopsApiInEveryLanguage(Stage stage) {
    List<Finding> quoting = findingsQuotingANameAt(stage);
    for (String name : NAMES) {
      assertThat(quoting)
          .as("findings quoting %s", name)
          .anySatisfy(f -> assertThat(f.getArguments()).containsValue(name));
    }
    for (Finding finding : quoting) {
      for (String name : quotedNames(finding)) {
        assertThat(finding.getMessage()).contains(name);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, SPANISH)) {
          assertThat(CopMessages.message(finding, locale))
              .as("%s in %s", finding.getMessageKey(), locale)
              .contains(name);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stages")
  void namesAppearLiterallyThroughHibernateValidatorWithExpressionLanguage(Stage stage) {
    for (Locale locale : List.of(Locale.ROOT, Locale.FRENCH, SPANISH)) {
      Validator validator =
          Providers.with(Providers.WITH_EL, CopConstraintSettings.defaults().withLocale(locale));
      Set<ConstraintViolation<CommunityOfPractice>> violations =
          validator.validate(plan(), StageGroups.group(stage));
      int quoting = 0;
      for (ConstraintViolation<CommunityOfPractice> v : violations) {
        Finding finding = CopViolations.finding(v).orElseThrow();
        assertThat(v.getMessage()).isEqualTo(CopMessages.message(finding, locale));
        for (String name : quotedNames(finding)) {
          assertThat(v.getMessage()).contains(name);
          quoting++;
        }
      }
      assertThat(quoting)
          .as("violations quoting a name at %s in %s", stage, locale)
          .isEqualTo(
              // Hibernate Validator keeps one violation per path and message: two members with
              // the same name and tier can yield one violation for two equal findings
              findingsQuotingANameAt(stage).stream()
                  .filter(distinctBy(f -> f.getPath() + "\n" + CopMessages.message(f, locale)))
                  .mapToInt(f -> quotedNames(f).size())
                  .sum())
          .isPositive();
    }
  }

  @Test
  void theDefaultFactoryAlsoKeepsNamesLiteral() {
    for (ConstraintViolation<CommunityOfPractice> v :
        Providers.PLAIN.getValidator().validate(plan(), CopStages.Close.class)) {
      assertThat(v.getMessage()).isEqualTo(CopViolations.finding(v).orElseThrow().getMessage());
    }
  }

  // ---- control: the same text, put into a template unescaped, IS interpreted ------------

  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = UnsafeValidator.class)
  @interface Unsafe {
    String message() default "unused";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** What a naive integration would do: put user text into the template. */
  public static final class UnsafeValidator implements ConstraintValidator<Unsafe, Named> {
    @Override
    public boolean isValid(Named value, ConstraintValidatorContext context) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate("Hello " + value.name).addConstraintViolation();
      return false;
    }
  }

  @Unsafe
  static final class Named {
    final String name;

    Named(String name) {
      this.name = name;
    }
  }

  @Test
  void withoutEscapingTheSameNamesWouldBeInterpreted() {
    Validator validator = Providers.WITH_EL.getValidator();
    assertThat(validator.validate(new Named("${1+1}")).iterator().next().getMessage())
        .isEqualTo("Hello 2");
    assertThat(
            validator
                .validate(new Named("{jakarta.validation.constraints.NotNull.message}"))
                .iterator()
                .next()
                .getMessage())
        .doesNotContain("{");
  }

  private static <T> java.util.function.Predicate<T> distinctBy(
      java.util.function.Function<T, String> key) {
    Set<String> seen = new java.util.HashSet<>();
    return t -> seen.add(key.apply(t));
  }

  private static List<String> quotedNames(Finding finding) {
    List<String> names = new ArrayList<>();
    for (String value : finding.getArguments().values()) {
      if (NAMES.contains(value)) {
        names.add(value);
      }
    }
    return names;
  }
}
