package org.edcop.spring;

import org.edcop.json.format.CopJsonCodec;
import org.edcop.validation.CopValidator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The beans that do not depend on the Jackson generation or the Boot version, imported by the
 * auto-configuration of both starters (cop-spring-boot3-starter, cop-spring-boot4-starter). Each
 * starter adds what differs: its facade (the {@link CopJsonCodec} bean these beans use), its
 * Jackson module, the strict-mapper customizer, the error translator and the customizer of Boot's
 * validator. Not meant to be imported by applications: add a starter instead. Every bean backs off
 * when the application declares one of the same type.
 *
 * @since 0.2.0
 */
@Configuration(proxyBeanMethods = false)
public class CopSharedConfiguration {

  /** Created by Spring. */
  public CopSharedConfiguration() {}

  /**
   * The validator, from {@code cop.validation.policy} or {@code cop.validation.preset}.
   *
   * @param properties the settings
   * @param json the facade that reads the policy document
   * @return the validator
   */
  @Bean
  @ConditionalOnMissingBean
  public CopValidator copValidator(CopProperties properties, CopJsonCodec json) {
    return CopValidators.fromSettings(properties.getValidation(), json::readPolicy);
  }

  /**
   * Runs cop once in the background when the application is ready, so that the first request does
   * not pay for loading it; {@code cop.warm-up.enabled=false} turns it off.
   *
   * @param json the facade
   * @param validator the validator
   * @return the warm-up
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(name = "cop.warm-up.enabled", havingValue = "true", matchIfMissing = true)
  public CopWarmUp copWarmUp(CopJsonCodec json, CopValidator validator) {
    return new CopWarmUp(json, validator);
  }

  /**
   * What Spring MVC gets.
   *
   * @since 0.2.0
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(DispatcherServlet.class)
  public static class WebConfiguration {

    /** Created by Spring. */
    public WebConfiguration() {}

    /**
     * Cop documents in request and response bodies, read and written by the facade; Boot puts it
     * ahead of its Jackson converter.
     *
     * @param json the facade
     * @return the converter
     */
    @Bean
    @ConditionalOnMissingBean
    public CopHttpMessageConverter copHttpMessageConverter(CopJsonCodec json) {
      return new CopHttpMessageConverter(json);
    }

    /**
     * Stage codes as request parameters; Boot adds converter beans to Spring MVC.
     *
     * @return the converter
     */
    @Bean
    @ConditionalOnMissingBean
    public StageConverter copStageConverter() {
      return new StageConverter();
    }

    /**
     * RFC 9457 problem details for bad cop input.
     *
     * @param translator Jackson's errors, with a pointer
     * @return the advice
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "cop.web.problem-details.enabled", havingValue = "true")
    public CopProblemDetailsAdvice copProblemDetailsAdvice(
        ObjectProvider<CopJsonErrorTranslator> translator) {
      return new CopProblemDetailsAdvice(translator.getIfAvailable(CopJsonErrorTranslator::none));
    }
  }
}
