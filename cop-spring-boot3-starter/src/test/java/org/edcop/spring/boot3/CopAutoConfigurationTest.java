package org.edcop.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.validation.Validator;
import org.edcop.json.CopJson;
import org.edcop.model.CommunityOfPractice;
import org.edcop.spring.CopHttpMessageConverter;
import org.edcop.spring.CopProblemDetailsAdvice;
import org.edcop.spring.CopWarmUp;
import org.edcop.spring.StageConverter;
import org.edcop.testing.SampleDocuments;
import org.edcop.validation.CopValidator;
import org.edcop.validation.ValidationPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class CopAutoConfigurationTest {

  private static final String PLAN = SampleDocuments.json("system-leaders");
  private static final String DRAFT = SampleDocuments.json("draft-bare");

  private final ApplicationContextRunner withoutCop =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  JacksonAutoConfiguration.class, ValidationAutoConfiguration.class));
  private final ApplicationContextRunner runner =
      withoutCop.withConfiguration(AutoConfigurations.of(CopAutoConfiguration.class));

  @Test
  void bootsMapperReadsAndWritesPlansOnlyWithTheAutoConfiguration() {
    withoutCop.run(
        context ->
            assertThatThrownBy(
                    () ->
                        context
                            .getBean(ObjectMapper.class)
                            .readValue(PLAN, CommunityOfPractice.class))
                .isInstanceOf(InvalidDefinitionException.class));
    runner.run(
        context -> {
          ObjectMapper mapper = context.getBean(ObjectMapper.class);
          CommunityOfPractice plan = mapper.readValue(PLAN, CommunityOfPractice.class);
          assertThat(plan).isEqualTo(CopJson.defaults().readPlan(PLAN));
          assertThat(mapper.readTree(mapper.writeValueAsString(plan)))
              .isEqualTo(mapper.readTree(PLAN));
        });
  }

  @Test
  void providesTheBeansAndBacksOffForTheApplicationsOwn() {
    runner.run(
        context ->
            assertThat(context)
                .hasSingleBean(CopJson.class)
                .hasSingleBean(CopValidator.class)
                .hasSingleBean(CopWarmUp.class)
                .doesNotHaveBean(CopHttpMessageConverter.class)
                .doesNotHaveBean(CopProblemDetailsAdvice.class));
    runner
        .withPropertyValues("cop.warm-up.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(CopWarmUp.class));
    CopValidator own =
        CopValidator.builder()
            .policy(
                ValidationPolicy.builder()
                    .addDisabledRule("further-application.application-missing")
                    .build())
            .build();
    CopJson strict = CopJson.builder().strict(true).build();
    runner
        .withBean(CopValidator.class, () -> own)
        .withBean(CopJson.class, () -> strict)
        .run(
            context -> {
              assertThat(context.getBean(CopValidator.class)).isSameAs(own);
              assertThat(context.getBean(CopJson.class)).isSameAs(strict);
            });
  }

  @Test
  void webBeansOnlyInAWebApplicationAndTheAdviceOnlyOnRequest() {
    WebApplicationContextRunner web =
        new WebApplicationContextRunner()
            .withConfiguration(
                AutoConfigurations.of(JacksonAutoConfiguration.class, CopAutoConfiguration.class));
    web.run(
        context ->
            assertThat(context)
                .hasSingleBean(CopHttpMessageConverter.class)
                .hasSingleBean(StageConverter.class)
                .doesNotHaveBean(CopProblemDetailsAdvice.class));
    web.withPropertyValues("cop.web.problem-details.enabled=true")
        .run(context -> assertThat(context).hasSingleBean(CopProblemDetailsAdvice.class));
  }

  @Test
  void buildsTheValidatorFromThePolicySetting() {
    runner
        .withPropertyValues("cop.json.max-document-size=2KB")
        .run(
            context ->
                assertThat(context.getBean(CopJson.class).getLimits().maxDocumentBytes())
                    .isEqualTo(2048));
    runner
        .withPropertyValues("cop.validation.policy=classpath:bad-policy.json")
        .run(context -> assertThat(context).getFailure().hasStackTraceContaining("/maxCoreShare"));
    runner
        .withPropertyValues("cop.validation.policy=classpath:bad-policy.json")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining(
                        "cop.validation.policy=class path resource [bad-policy.json]: "));
    runner
        .withPropertyValues("cop.validation.policy=classpath:missing.json")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining(
                        "missing.json] : the resource does not exist".replace("] :", "]:")));
    runner
        .withPropertyValues("cop.validation.preset=no-such-preset")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining("cop.validation.preset=no-such-preset: "));
    runner
        .withPropertyValues(
            "cop.validation.preset=no-such-preset",
            "cop.validation.policy=classpath:bad-policy.json")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining("are both set; set one of them"));
  }

  @Test
  void validAcceptsOpenQuestionsUnlessTheMinimumSeverityIsLowered() {
    CommunityOfPractice draft = CopJson.defaults().readPlan(DRAFT);
    assertThat(
            CopValidator.defaults().validate(draft, org.edcop.validation.Stage.DRAFT).getFindings())
        .isNotEmpty();
    runner.run(context -> assertThat(context.getBean(Validator.class).validate(draft)).isEmpty());
    runner
        .withPropertyValues("cop.validation.minimum-severity=info")
        .run(context -> assertThat(context.getBean(Validator.class).validate(draft)).isNotEmpty());
  }

  @Test
  void strictMapperOnlyOnRequest() {
    String duplicate = "{\"a\": 1, \"a\": 2}";
    runner.run(
        context ->
            assertThat(context.getBean(ObjectMapper.class).readTree(duplicate).get("a").asInt())
                .isEqualTo(2));
    runner
        .withPropertyValues("cop.jackson.strict=true")
        .run(
            context -> {
              ObjectMapper mapper = context.getBean(ObjectMapper.class);
              assertThatThrownBy(() -> mapper.readTree(duplicate))
                  .isInstanceOf(JsonProcessingException.class)
                  .hasMessageContaining("Duplicate");
              assertThatThrownBy(() -> mapper.readValue("{} {}", Object.class))
                  .isInstanceOf(JsonProcessingException.class);
              assertThatThrownBy(() -> mapper.readValue("\"6\"", Integer.class))
                  .isInstanceOf(JsonProcessingException.class);
            });
  }
}
