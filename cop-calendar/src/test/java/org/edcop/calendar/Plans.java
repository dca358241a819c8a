package org.edcop.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.edcop.model.Cadence;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableCadence;
import org.edcop.model.ImmutableCommunityOfPractice;
import org.edcop.model.ImmutableLaunchPlan;
import org.edcop.model.ImmutablePractice;
import org.edcop.model.Meeting;
import org.edcop.testing.SamplePlans;

/** Test plans: the complete system-leaders sample with another cadence, zone and meetings. */
final class Plans {

  static final LocalTime AT = LocalTime.of(15, 30);
  static final Duration LENGTH = Duration.ofMinutes(90);

  private Plans() {}

  /** The complete sample, with its meetings replaced. */
  static CommunityOfPractice withMeetings(CommunityOfPractice plan, List<Meeting> meetings) {
    return ImmutableCommunityOfPractice.copyOf(plan)
        .withPractice(ImmutablePractice.copyOf(plan.getPractice()).withMeetings(meetings));
  }

  /** The complete sample in a zone, launched on a date, with a cadence at 15:30 for 90 minutes. */
  static CommunityOfPractice plan(Cadence cadence, String zone, LocalDate launch) {
    CommunityOfPractice sample = SamplePlans.systemLeaders().getPlan();
    ImmutableCadence timed = ImmutableCadence.copyOf(cadence).withStartTime(AT);
    return ImmutableCommunityOfPractice.copyOf(sample)
        .withTimeZone(ZoneId.of(zone))
        .withPractice(
            ImmutablePractice.copyOf(sample.getPractice())
                .withLaunchPlan(
                    ImmutableLaunchPlan.copyOf(sample.getPractice().getLaunchPlan())
                        .withCadence(timed)
                        .withMeetingLength(LENGTH)
                        .withLaunchDate(launch)));
  }
}
