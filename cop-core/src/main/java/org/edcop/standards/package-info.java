/**
 * Professional standards that leaders' reflections are tied to (guide section: Connection to
 * Professional Practice). A {@link org.edcop.standards.StandardsCatalog} holds {@link
 * org.edcop.standards.Framework}s, each an ordered list of {@link org.edcop.standards.Competency
 * competencies}; it resolves the {@link org.edcop.model.CompetencyRef}s of a plan.
 *
 * <p>The library ships Alberta's Leadership Quality Standard ({@code alberta-lqs}), Alberta's
 * Superintendent Leadership Quality Standard ({@code alberta-slqs}) and California's Professional
 * Standards for Education Leaders ({@code ca-cpsel}). Users add their own jurisdiction's standard
 * in code or from a file in the same {@code .properties} format.
 */
@CopStyle
package org.edcop.standards;

import org.edcop.model.internal.CopStyle;
