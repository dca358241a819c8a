/**
 * The Jakarta Validation constraint that the model declares, {@link
 * org.edcop.model.constraints.ValidCommunityOfPractice}, and the validation groups that stand for
 * the lifecycle stages, {@link org.edcop.model.constraints.CopStages}. Declarations only: this
 * package depends on the Jakarta Validation API and on nothing else of cop, so the model can carry
 * the constraint without depending on the validator that checks it ({@code
 * org.edcop.validation.jakarta}).
 *
 * @since 0.2.0
 */
package org.edcop.model.constraints;
