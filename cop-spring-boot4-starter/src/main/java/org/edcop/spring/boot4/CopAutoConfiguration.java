package org.edcop.spring.boot4;

import org.edcop.json3.CopJson3;
import org.edcop.json3.CopJson3Module;
import org.edcop.spring.CopJsonErrorTranslator;
import org.edcop.spring.CopProperties;
import org.edcop.spring.CopSharedConfiguration;
import org.edcop.spring.CopValidationSettings;
import org.edcop.spring.boot4.internal.Jackson3Errors;
import org.edcop.spring.boot4.internal.StrictMapper;
import org.edcop.validation.CopValidator;
import org.edcop.validation.jakarta.CopConstraintSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires cop into a Spring Boot 4.0 application. Every bean backs off when the application declares
 * one of the same type (or, for the customizers, of the same name). The beans that do not depend on
 * the Jackson generation come from {@link CopSharedConfiguration} in cop-spring-support:
 *
 * <table>
 *   <caption>Beans</caption>
 *   <tr><th>bean</th><th>what it does</th></tr>
 *   <tr><td>{@link CopJson3} {@code copJson}</td><td>the hardened facade, from {@code cop.json.*}</td></tr>
 *   <tr><td>{@link CopJson3Module} {@code copJsonModule}</td><td>registered by Boot on its {@code
 *       JsonMapper} (Boot 4 also finds it through {@code ServiceLoader} unless {@code
 *       spring.jackson.find-and-add-modules=false}; the bean makes it independent of that setting),
 *       so request types that contain cop values read and write them in the cop format</td></tr>
 *   <tr><td>{@code copStrictMapper}</td><td>with {@code cop.jackson.strict=true}: Boot's whole mapper
 *       refuses duplicate keys, trailing content, numbers for enums and scalar coercions</td></tr>
 *   <tr><td>{@link CopValidator} {@code copValidator}</td><td>from {@code cop.validation.policy} or
 *       {@code cop.validation.preset}</td></tr>
 *   <tr><td>{@code copValidationCustomizer}</td><td>gives Boot's Jakarta validator that {@code
 *       CopValidator} and {@code cop.validation.minimum-severity} (default {@code error})</td></tr>
 *   <tr><td>{@link org.edcop.spring.CopHttpMessageConverter} {@code copHttpMessageConverter}</td><td>reads and writes
 *       request and response bodies that are cop documents with {@code CopJson3}</td></tr>
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
@ConditionalOnClass(CopJson3.class)
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
  public CopJson3 copJson(CopProperties properties) {
    return CopJson3.builder()
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
  @ConditionalOnClass(JsonMapper.class)
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
    public CopJson3Module copJsonModule(CopProperties properties) {
      return properties.getJson().isStrict() ? CopJson3Module.strict() : new CopJson3Module();
    }

    /**
     * The reader settings of the facade for Boot's whole mapper.
     *
     * @return the customizer
     */
    @Bean
    @ConditionalOnMissingBean(name = "copStrictMapper")
    @ConditionalOnProperty(name = "cop.jackson.strict", havingValue = "true")
    public JsonMapperBuilderCustomizer copStrictMapper() {
      return StrictMapper::customize;
    }

    /**
     * Jackson 3's errors, with a pointer, for the problem details.
     *
     * @return the translator
     */
    @Bean
    @ConditionalOnMissingBean
    public CopJsonErrorTranslator copJsonErrorTranslator() {
      return Jackson3Errors::translate;
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
