/**
 * The immutable model of a community of practice (CoP) plan, following the planning guide's
 * sections: the <em>domain</em> (purpose, problems of practice), the <em>community</em>
 * (membership, leadership, norms) and the <em>practice</em> (launch plan, meetings, improvement
 * work, results, connection to professional practice).
 *
 * <p>Every value is built with a builder ({@code X.builder()}) or an {@code of} factory and copied
 * with {@code withX} methods. Java property names equal the JSON names used by the cop-json
 * modules, so a validation finding's JSON Pointer path names the same element in both. Builders
 * reject only a missing required value; every other mistake (duplicate ids, a meeting ending before
 * it starts, a dangling reference) can be held and is reported by {@code
 * org.edcop.validation.CopValidator}.
 *
 * <h2>What you may rely on</h2>
 *
 * <ul>
 *   <li>The model interfaces ({@code CommunityOfPractice}, {@code Member}, ...) are for
 *       <em>using</em>, not for implementing: cop adds accessors to them in minor releases, and
 *       code that implements them would stop compiling. Build values only with {@code builder()},
 *       {@code of(...)} and {@code withX} copies.
 *   <li>Each interface {@code X} has a generated, public, final class {@code ImmutableX}. Its
 *       {@code builder()}, {@code of(...)} (where {@code X} has one), {@code copyOf(X)}, {@code
 *       withX(...)}, accessors, {@code equals}, {@code hashCode} and {@code toString} are stable
 *       API; so is the builder's fluent {@code x(...)} / {@code addX(...)} / {@code addAllX(...)} /
 *       {@code build()} shape. Any other public member of a generated class (e.g. one Immutables
 *       adds for its own use) is not, and the text of {@code toString} may change.
 *   <li>Values are immutable and thread-safe; {@code equals} compares every stored attribute;
 *       collections keep the order they were given in.
 *   <li>The {@code internal} package holds the Immutables style; never use it.
 * </ul>
 *
 * <p>Both the interfaces and the generated classes appear in {@code cop-core/api/cop-core.api}; a
 * change there shows in review (see {@code docs/compatibility.md}).
 *
 * @since 0.1.0
 */
@CopStyle
package org.edcop.model;

import org.edcop.model.internal.CopStyle;
