/**
 * A Quarkus 3 REST application that reads, validates and writes cop plans. What it needs from cop
 * is four small classes an application copies: {@link org.edcop.examples.quarkus.CopBeans}
 * (producers and the Jackson and validator customizers), {@link
 * org.edcop.examples.quarkus.PlanBodyReader} (plans read by {@code CopJson}), {@link
 * org.edcop.examples.quarkus.StageParamConverter} ({@code ?stage=launch}) and {@link
 * org.edcop.examples.quarkus.CopExceptionMappers} (problem details). See docs/quarkus.md.
 *
 * @since 0.2.0
 */
package org.edcop.examples.quarkus;
