/**
 * A Spring Boot REST application that reads, validates and writes cop plans with nothing but the
 * starter and one controller ({@link org.edcop.examples.spring.PlanController}). The same source is
 * built against Spring Boot 3.5 ({@code cop-examples-spring-boot3}) and 4.0 ({@code
 * cop-examples-spring-boot4}).
 *
 * @since 0.2.0
 */
package org.edcop.examples.spring;
