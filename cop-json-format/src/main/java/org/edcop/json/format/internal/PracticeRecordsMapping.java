package org.edcop.json.format.internal;

import static org.edcop.json.format.internal.JsonPointers.child;

import java.util.Optional;
import org.edcop.model.ActionItem;
import org.edcop.model.ActionItemStatus;
import org.edcop.model.FeedbackReceived;
import org.edcop.model.PurposeType;
import org.edcop.model.RenewalDecision;
import org.edcop.model.RenewalOutcome;
import org.edcop.model.ResourceKind;
import org.edcop.model.SharedResource;
import org.edcop.model.ValueCycle;
import org.edcop.model.ValueStory;

/**
 * Maps the running records (#16) between the model and {@link PracticeRecordsWire}, in both
 * directions, for {@link PlanMapping}. Reading checks every value and names its JSON Pointer on
 * error; writing leaves out what is absent, empty or default.
 */
final class PracticeRecordsMapping {

  private final WireIn in;

  PracticeRecordsMapping(WireIn in) {
    this.in = in;
  }

  // ---- reading

  ActionItem actionItem(PracticeRecordsWire.ActionItem w, JsonPointers p) {
    var b =
        ActionItem.builder()
            .description(in.required(w.description(), p, "description"))
            .unknownProperties(in.unknown(w.unknownProperties(), p));
    if (w.owner() != null) {
      b.owner(in.memberId(w.owner(), child(p, "owner")));
    }
    if (w.dueOn() != null) {
      b.dueOn(in.date(w.dueOn(), child(p, "dueOn")));
    }
    if (w.status() != null) {
      b.status(in.code(ActionItemStatus.class, w.status(), child(p, "status")));
    }
    return b.build();
  }

  SharedResource resource(PracticeRecordsWire.SharedResource w, JsonPointers p) {
    var b =
        SharedResource.builder()
            .title(in.required(w.title(), p, "title"))
            .link(Optional.ofNullable(w.link()))
            .tags(in.strings(w.tags(), child(p, "tags")))
            .unknownProperties(in.unknown(w.unknownProperties(), p));
    if (w.kind() != null) {
      b.kind(in.code(ResourceKind.class, w.kind(), child(p, "kind")));
    }
    if (w.contributor() != null) {
      b.contributor(in.memberId(w.contributor(), child(p, "contributor")));
    }
    if (w.addedOn() != null) {
      b.addedOn(in.date(w.addedOn(), child(p, "addedOn")));
    }
    if (w.legacy() != null) {
      b.legacy(w.legacy());
    }
    return b.build();
  }

  ValueStory story(PracticeRecordsWire.ValueStory w, JsonPointers p) {
    var b =
        ValueStory.builder()
            .narrative(in.required(w.narrative(), p, "narrative"))
            .cycles(in.codes(ValueCycle.class, w.cycles(), child(p, "cycles")))
            .purposeTypes(in.codes(PurposeType.class, w.purposeTypes(), child(p, "purposeTypes")))
            .evidence(in.strings(w.evidence(), child(p, "evidence")))
            .unknownProperties(in.unknown(w.unknownProperties(), p));
    if (w.author() != null) {
      b.author(in.memberId(w.author(), child(p, "author")));
    }
    if (w.toldOn() != null) {
      b.toldOn(in.date(w.toldOn(), child(p, "toldOn")));
    }
    return b.build();
  }

  FeedbackReceived feedback(PracticeRecordsWire.FeedbackReceived w, JsonPointers p) {
    var b =
        FeedbackReceived.builder()
            .summary(in.required(w.summary(), p, "summary"))
            .method(Optional.ofNullable(w.method()))
            .unknownProperties(in.unknown(w.unknownProperties(), p));
    if (w.receivedOn() != null) {
      b.receivedOn(in.date(w.receivedOn(), child(p, "receivedOn")));
    }
    return b.build();
  }

  RenewalDecision renewal(PracticeRecordsWire.RenewalDecision w, JsonPointers p) {
    return RenewalDecision.builder()
        .decidedOn(in.date(in.required(w.decidedOn(), p, "decidedOn"), child(p, "decidedOn")))
        .outcome(
            in.code(
                RenewalOutcome.class, in.required(w.outcome(), p, "outcome"), child(p, "outcome")))
        .reason(Optional.ofNullable(w.reason()))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }
}
