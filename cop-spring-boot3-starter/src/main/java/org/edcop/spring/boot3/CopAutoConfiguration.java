package org.edcop.spring.boot3;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.edcop.json.CopJson;
import org.edcop.json.CopJsonModule;
import org.edcop.spring.CopJsonErrorTranslator;
import org.edcop.spring.CopProperties;
import org.edcop.spring.CopSharedConfiguration;
import org.edcop.spring.CopValidationSettings;
import org.edcop.spring.boot3.internal.Jackson2Errors;
import org.edcop.spring.boot3.internal.StrictMapper;
import org.edcop.validation.CopValidator;
import org.edcop.validation.jakarta.CopConstraintSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Wires cop into a Spring Boot 3.5 application. Every bean backs off when the application declares
 * one of the same type (or, for the customizers, of the same name). The beans that do not depend on
 * the Jackson generation come from {@link CopSharedConfiguration} in cop-spring-support:
 *
 * <table>
 *   <caption>Beans</caption>
 *   <tr><th>bean</th><th>what it does</th></tr>
 *   <tr><td>{@link CopJson} {@code copJson}</td><td>the hardened facade, from {@code cop.json.*}</td></tr>
 *   <tr><td>{@link CopJsonModule} {@code copJsonModule}</td><td>registered by Boot on its {@code
 *       ObjectMapper} (Boot 3 does not find modules through {@code ServiceLoader}), so request types
 *       that contain cop values read and write them in the cop format</td></tr>
 *   <tr><td>{@code copStrictMapper}</td><td>with {@code cop.jackson.strict=true}: Boot's whole mapper
 *       refuses duplicate keys, trailing content, numbers for enums and scalar coercions</td></tr>
 *   <tr><td>{@link CopValidator} {@code copValidator}</td><td>from {@code cop.validation.policy} or
 *       {@code cop.validation.preset}</td></tr>
 *   <tr><td>{@code copValidationCustomizer}</td><td>gives Boot's Jakarta validator that {@code
 *       CopValidator} and {@code cop.validation.minimum-severity} (default {@code error})</td></tr>
 *   <tr><td>{@link org.edcop.spring.CopHttpMessageConverter} {@code copHttpMessageConverter}</td><td>reads and writes
 *       request and response bodies that are cop documents with {@code CopJson}</td></tr>
 *   <tr><td>{@link org.edcop.spring.StageConverter} {@code copStageConverter}</td><td>{@code ?stage=launch}</td></tr>
 *   <tr><td>{@link org.edcop.spring.CopProblemDetailsAdvice} {@code copProblemDetailsAdvice}</td><td>with {@code
 *       cop.web.problem-details.enabled=true}: RFC 9457 problem details</td></tr>
 * </table>
 *
 * @since 0.2.0
 */
@AutoConfiguration(
    before = {
      JacksonAutoConfiguration.class,
      ValidationAutoConfiguration.class,
      WebMvcAutoConfiguration.class
    })
@ConditionalOnClass(CopJson.class)
@EnableConfigurationProperties(CopProperties.class)
@Import(CopSharedConfiguration.class)
public class CopAutoConfiguration {

  /** Created by Spring. */
  public CopAutoConfiguration() {}

  /**
   * The hardened facade.
   *
   * @param properties the settings
   * @return the facade
   */
  @Bean
  @ConditionalOnMissingBean
  public CopJson copJson(CopProperties properties) {
    return CopJson.builder()
        .strict(properties.getJson().isStrict())
        .limits(properties.getJson().limits())
        .build();
  }

  /**
   * What Boot's own mapper gets.
   *
   * @since 0.2.0
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ObjectMapper.class)
  public static class JacksonConfiguration {

    /** Created by Spring. */
    public JacksonConfiguration() {}

    /**
     * cop's Jackson module, strict when {@code cop.json.strict} is.
     *
     * @param properties the settings
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public CopJsonModule copJsonModule(CopProperties properties) {
      return properties.getJson().isStrict() ? CopJsonModule.strict() : new CopJsonModule();
    }

    /**
     * The reader settings of the facade for Boot's whole mapper.
     *
     * @return the customizer
     */
    @Bean
    @ConditionalOnMissingBean(name = "copStrictMapper")
    @ConditionalOnProperty(name = "cop.jackson.strict", havingValue = "true")
    public Jackson2ObjectMapperBuilderCustomizer copStrictMapper() {
      return StrictMapper::customize;
    }

    /**
     * Jackson 2's errors, with a pointer, for the problem details.
     *
     * @return the translator
     */
    @Bean
    @ConditionalOnMissingBean
    public CopJsonErrorTranslator copJsonErrorTranslator() {
      return Jackson2Errors::translate;
    }
  }

  /**
   * What Boot's Jakarta validator gets.
   *
   * @since 0.2.0
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({
    jakarta.validation.Validator.class,
    ValidationConfigurationCustomizer.class,
    CopConstraintSettings.class
  })
  public static class ValidationConfiguration {

    /** Created by Spring. */
    public ValidationConfiguration() {}

    /**
     * Hands the validator and the minimum severity to the Jakarta constraint on the plan.
     *
     * @param validator the validator
     * @param properties the settings
     * @return the customizer
     */
    @Bean
    @ConditionalOnMissingBean(name = "copValidationCustomizer")
    public ValidationConfigurationCustomizer copValidationCustomizer(
        CopValidator validator, CopProperties properties) {
      CopConstraintSettings settings =
          CopConstraintSettings.of(validator)
              .withMinimumSeverity(properties.getValidation().getMinimumSeverity());
      return configuration -> CopValidationSettings.apply(configuration, settings);
    }
  }
}
