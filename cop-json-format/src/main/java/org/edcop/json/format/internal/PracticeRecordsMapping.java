package org.edcop.json.format.internal;

import org.edcop.model.ActionItem;
import org.edcop.model.ActionItemStatus;
import org.edcop.model.FeedbackReceived;
import org.edcop.model.RenewalDecision;
import org.edcop.model.SharedResource;
import org.edcop.model.ValueStory;

/**
 * Maps the running records (#16) from the model to {@link PracticeRecordsWire}, for {@link
 * PlanMapping}: writing leaves out what is absent, empty or default ({@link PlanReader} reads
 * them).
 */
final class PracticeRecordsMapping {

  private PracticeRecordsMapping() {}

  // ---- writing

  static PracticeRecordsWire.ActionItem actionItem(ActionItem m) {
    return new PracticeRecordsWire.ActionItem(
        m.getDescription(),
        WireOut.optional(m.getOwner(), id -> id.getValue()),
        WireOut.optional(m.getDueOn(), WireOut::date),
        WireOut.unlessDefault(m.getStatus(), ActionItemStatus.OPEN, WireOut::code),
        WireOut.unknown(m.getUnknownProperties()));
  }

  static PracticeRecordsWire.SharedResource resource(SharedResource m) {
    return new PracticeRecordsWire.SharedResource(
        m.getTitle(),
        m.getLink().orElse(null),
        WireOut.optional(m.getKind(), WireOut::code),
        WireOut.strings(m.getTags()),
        WireOut.optional(m.getContributor(), id -> id.getValue()),
        WireOut.optional(m.getAddedOn(), WireOut::date),
        WireOut.flag(m.isLegacy()),
        WireOut.unknown(m.getUnknownProperties()));
  }

  static PracticeRecordsWire.ValueStory story(ValueStory m) {
    return new PracticeRecordsWire.ValueStory(
        WireOut.optional(m.getAuthor(), id -> id.getValue()),
        WireOut.optional(m.getToldOn(), WireOut::date),
        m.getNarrative(),
        WireOut.codes(m.getCycles()),
        WireOut.codes(m.getPurposeTypes()),
        WireOut.strings(m.getEvidence()),
        WireOut.unknown(m.getUnknownProperties()));
  }

  static PracticeRecordsWire.FeedbackReceived feedback(FeedbackReceived m) {
    return new PracticeRecordsWire.FeedbackReceived(
        WireOut.optional(m.getReceivedOn(), WireOut::date),
        m.getMethod().orElse(null),
        m.getSummary(),
        WireOut.unknown(m.getUnknownProperties()));
  }

  static PracticeRecordsWire.RenewalDecision renewal(RenewalDecision m) {
    return new PracticeRecordsWire.RenewalDecision(
        WireOut.date(m.getDecidedOn()),
        WireOut.code(m.getOutcome()),
        m.getReason().orElse(null),
        WireOut.unknown(m.getUnknownProperties()));
  }
}
