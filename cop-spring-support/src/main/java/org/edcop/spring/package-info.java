/**
 * What the cop Spring Boot starters share, whatever the Boot and Jackson generation: the {@code
 * cop.*} settings ({@link org.edcop.spring.CopProperties}), an HTTP message converter that reads
 * and writes cop documents exactly as the hardened facade does ({@link
 * org.edcop.spring.CopHttpMessageConverter}), stage codes as request parameters ({@link
 * org.edcop.spring.StageConverter}) and RFC 9457 problem details for bad documents and failed
 * validations ({@link org.edcop.spring.CopProblemDetails}, {@link
 * org.edcop.spring.CopProblemDetailsAdvice}).
 *
 * <p>Applications do not depend on this module directly: {@code cop-spring-boot3-starter} (Boot
 * 3.5, Jackson 2) and {@code cop-spring-boot4-starter} (Boot 4.0, Jackson 3) bring it and wire it
 * up. See docs/spring-boot.md.
 *
 * @since 0.2.0
 */
package org.edcop.spring;
