package org.edcop.examples.spring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.edcop.model.CommunityOfPractice;

/**
 * An application's own request type that contains a plan: read by Boot's mapper, which knows the
 * plan through the cop module the starter registers on it.
 *
 * @param submittedBy who sends the plan
 * @param plan the plan, validated in cascade at the draft stage
 * @since 0.2.0
 */
public record PlanSubmission(
    @NotBlank String submittedBy, @Valid @NotNull CommunityOfPractice plan) {}
