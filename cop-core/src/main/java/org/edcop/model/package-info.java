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
 */
@CopStyle
package org.edcop.model;

import org.edcop.model.internal.CopStyle;
