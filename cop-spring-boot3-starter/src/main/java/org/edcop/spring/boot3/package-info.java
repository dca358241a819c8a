/**
 * Spring Boot 3.5 auto-configuration for cop with Jackson 2 ({@code cop-json}): {@link
 * org.edcop.spring.boot3.CopAutoConfiguration}. Add {@code cop-spring-boot3-starter} and nothing
 * else; docs/spring-boot.md lists the beans and the {@code cop.*} settings.
 *
 * @since 0.2.0
 */
package org.edcop.spring.boot3;
