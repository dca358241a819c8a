/**
 * Stage-aware validation of community-of-practice plans: {@code CopValidator} checks a plan against
 * named rules with stable ids and returns a {@link org.edcop.validation.ValidationReport} of {@link
 * org.edcop.validation.Finding}s, each with a severity, the guide section it concerns, a JSON
 * Pointer path into the plan and a message a person can act on. Districts tune the rules with a
 * {@link org.edcop.validation.ValidationPolicy} and add their own through {@link
 * org.edcop.validation.Rule}.
 */
@CopStyle
package org.edcop.validation;

import org.edcop.model.internal.CopStyle;
