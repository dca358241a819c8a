package org.edcop.validation.internal;

import java.util.EnumSet;
import java.util.Set;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Norm;
import org.edcop.model.NormTopic;
import org.edcop.model.PurposeType;

/**
 * When a community has decisions to make (guide: "facilitates processes for decision-making (if
 * required)"; "if the purpose ... is to make a decision ..., are the decision-makers sitting at the
 * table?"): its purpose gathers feedback for a decision, advances initiatives or implements a
 * change, or one of its norms covers how it makes decisions.
 */
final class Decisions {

  /** The purpose types that lead to a decision. */
  static final Set<PurposeType> PURPOSES =
      EnumSet.of(
          PurposeType.GATHERING_FEEDBACK,
          PurposeType.ADVANCING_INITIATIVES,
          PurposeType.IMPLEMENTING_A_CHANGE);

  private Decisions() {}

  /** The first purpose type of the plan that leads to a decision, or null. */
  static PurposeType purpose(CommunityOfPractice plan) {
    for (PurposeType type : plan.getDomain().getPurpose().getTypes()) {
      if (PURPOSES.contains(type)) {
        return type;
      }
    }
    return null;
  }

  /** Whether the community has decisions to make. */
  static boolean involved(CommunityOfPractice plan) {
    if (purpose(plan) != null) {
      return true;
    }
    for (Norm norm : plan.getCommunity().getNorms().getNorms()) {
      if (norm.getTopics().contains(NormTopic.DECISIONS)) {
        return true;
      }
    }
    return false;
  }
}
