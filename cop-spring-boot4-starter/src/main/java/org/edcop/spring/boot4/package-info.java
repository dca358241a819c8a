/**
 * Spring Boot 4.0 auto-configuration for cop with Jackson 3 ({@code cop-json3}): {@link
 * org.edcop.spring.boot4.CopAutoConfiguration}. Add {@code cop-spring-boot4-starter} and nothing
 * else; docs/spring-boot.md lists the beans and the {@code cop.*} settings.
 *
 * @since 0.2.0
 */
package org.edcop.spring.boot4;
