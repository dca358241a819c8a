package org.edcop.testing;

import java.util.ArrayList;
import java.util.List;
import org.edcop.testing.internal.AssessmentChangeSample;
import org.edcop.testing.internal.DraftSamples;
import org.edcop.testing.internal.SiteLeadersEquitySample;
import org.edcop.testing.internal.SystemLeadersSample;

/**
 * Hand-written sample plans with invented people and places: three complete plans that pass every
 * rule of the launch stage, and drafts that are wrong in instructive ways. Each sample is built
 * once and shared; plans are immutable.
 *
 * <pre>{@code
 * CommunityOfPractice plan = SamplePlans.systemLeaders().getPlan();
 * for (SamplePlan sample : SamplePlans.all()) { ... sample.isComplete() ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SamplePlans {

  private SamplePlans() {}

  /**
   * Every sample: the complete ones first, then the drafts.
   *
   * @return an unmodifiable list
   */
  public static List<SamplePlan> all() {
    return Holder.ALL;
  }

  /**
   * Finds a sample by name.
   *
   * @param name a kebab-case name such as {@code system-leaders}
   * @return the sample
   * @throws IllegalArgumentException if no sample has that name; the message lists the names
   */
  public static SamplePlan named(String name) {
    for (SamplePlan sample : Holder.ALL) {
      if (sample.getName().equals(name)) {
        return sample;
      }
    }
    List<String> names = new ArrayList<>();
    Holder.ALL.forEach(sample -> names.add(sample.getName()));
    throw new IllegalArgumentException(
        "no sample plan named '" + name + "'; known samples: " + String.join(", ", names));
  }

  /**
   * {@code system-leaders}: superintendents and system leaders of several Alberta school
   * authorities, monthly online meetings for a school year. Complete.
   *
   * @return the sample
   */
  public static SamplePlan systemLeaders() {
    return Holder.ALL.get(0);
  }

  /**
   * {@code site-leaders-equity}: a role-alike cohort of California principals and assistant
   * principals on an equity-centred problem of practice, with improvement work. Complete.
   *
   * @return the sample
   */
  public static SamplePlan siteLeadersEquity() {
    return Holder.ALL.get(1);
  }

  /**
   * {@code assessment-change}: a division implementing standards-based grading, with the deciding
   * assistant superintendent in the community and hybrid meetings. Complete.
   *
   * @return the sample
   */
  public static SamplePlan assessmentChange() {
    return Holder.ALL.get(2);
  }

  /**
   * {@code draft-bare}: only an id, a name, an authority and a time zone.
   *
   * @return the sample
   */
  public static SamplePlan draftBare() {
    return Holder.ALL.get(3);
  }

  /**
   * {@code draft-integrity-errors}: the system-leaders plan with integrity mistakes planted.
   *
   * @return the sample
   */
  public static SamplePlan draftIntegrityErrors() {
    return Holder.ALL.get(4);
  }

  /**
   * {@code draft-leadership-gaps}: the system-leaders plan with thin leadership.
   *
   * @return the sample
   */
  public static SamplePlan draftLeadershipGaps() {
    return Holder.ALL.get(5);
  }

  /**
   * {@code draft-unagreed-norms}: the system-leaders plan with unfinished, unagreed norms.
   *
   * @return the sample
   */
  public static SamplePlan draftUnagreedNorms() {
    return Holder.ALL.get(6);
  }

  /**
   * {@code academy-equity-cohort}: a 21CSLA role-alike cohort of principals with a regional-academy
   * facilitator outside the tiers.
   *
   * @return the sample
   * @since 0.2.0
   */
  public static SamplePlan academyEquityCohort() {
    return Holder.ALL.get(7);
  }

  /**
   * The day {@link #runningSnapshot()} is meant to be judged as of (5 March 2027).
   *
   * @since 0.2.0
   */
  public static final java.time.LocalDate RUNNING_AS_OF =
      org.edcop.testing.internal.AcademyCohortSample.RUNNING_AS_OF;

  /**
   * {@code site-leaders-equity-running}: the equity cohort in the middle of its year, to validate
   * at the running stage as of {@link #RUNNING_AS_OF}. Not among {@link #all()} (a snapshot, not a
   * plan to launch). Expect at the running stage: {@code collaborative-plan.attendance-missing} for
   * the sixth meeting, {@code norms.newcomer-not-agreed} (error) for se-12, who joined on 11
   * January and has attended since, and {@code collaborative-plan.next-meeting-unprepared} for the
   * seventh meeting, five days away without a facilitator; se-09, who left on 31 January, is no
   * longer asked anything.
   *
   * @return the sample
   * @since 0.2.0
   */
  public static SamplePlan runningSnapshot() {
    return Holder.RUNNING;
  }

  /** Builds the samples once, on first use. */
  private static final class Holder {
    static final SamplePlan RUNNING =
        SamplePlan.of(
            "site-leaders-equity-running",
            "California site leaders equity cohort, as of 5 March 2027",
            "The site-leaders-equity cohort in the middle of its year: the sixth meeting's"
                + " attendance is missing, a newcomer has not agreed to the norms, a member has"
                + " left, and the seventh meeting has no facilitator yet.",
            org.edcop.testing.internal.AcademyCohortSample.runningSnapshot(),
            false);
    static final List<SamplePlan> ALL =
        List.of(
            SamplePlan.of(
                "system-leaders",
                "Alberta system leaders",
                "Superintendents and system leaders from five invented Alberta school authorities build"
                    + " professional capacity, share knowledge and build a resource bank. A leadership"
                    + " team of three core and one active member covers all eight duties; seven norms"
                    + " cover all seven topics and every member except the transactional guest speaker"
                    + " agreed to version 2. Ten virtual meetings on the second Tuesday of each month,"
                    + " September 2026 to June 2027, 15:30-17:00 America/Edmonton: offsets are -06:00"
                    + " in September, October and April to June, and -07:00 from November to March."
                    + " Reflections cite alberta-slqs competencies. Expect no finding at the launch"
                    + " stage.",
                SystemLeadersSample.plan(),
                true),
            SamplePlan.of(
                "site-leaders-equity",
                "California site leaders equity cohort",
                "A role-alike cohort of elementary principals and assistant principals in an invented"
                    + " California district works on chronic absence of multilingual learners. The"
                    + " domain is equity-centred with one problem of practice; improvement work has an"
                    + " aim, outcome, process and balancing measures, two completed inquiry cycles and"
                    + " one in progress. Leadership is shared by three members in rotation. Seven"
                    + " in-person meetings every three weeks (Wednesdays 16:00-17:30, -08:00)."
                    + " Reflections cite ca-cpsel competencies. Expect no finding at the launch stage.",
                SiteLeadersEquitySample.plan(),
                true),
            SamplePlan.of(
                "assessment-change",
                "Standards-based grading implementation",
                "An invented Alberta division moves grades 7 to 12 to standards-based grading. The"
                    + " purpose includes gathering feedback and implementing a change, so the deciding"
                    + " assistant superintendent is a member (and a leader); planned evidence includes a"
                    + " decision. Five hybrid meetings every two weeks with a place and a platform. Still"
                    + " planning, so no attendance. Expect no finding at the launch stage.",
                AssessmentChangeSample.plan(),
                true),
            SamplePlan.of(
                "draft-bare",
                "A bare draft",
                "Only id, name, authority and time zone. Expect no error at the draft stage but one"
                    + " info finding per open planning question (purpose, membership, leadership, norms,"
                    + " launch plan, meetings, results); at the launch stage those become errors.",
                DraftSamples.bare(),
                false),
            SamplePlan.of(
                "draft-integrity-errors",
                "Integrity errors",
                "The system-leaders plan in planning with integrity mistakes. Expect errors at every"
                    + " stage for: member id sl-07 used twice (/community/membership/members/14); a"
                    + " leader sl-99 not on the roster (/community/leadership/leaders/4); meeting 3's"
                    + " facilitator sl-98 not on the roster (/practice/meetings/2/facilitator); ideal"
                    + " size 16..10 (/community/membership/idealSize); meeting 5 ending before it starts"
                    + " (/practice/meetings/4); and meeting sl-meeting-extra (/practice/meetings/10)"
                    + " overlapping meeting 7. At the launch stage the broken meetings also miss the"
                    + " planned length and spacing, and the headcount is outside the ideal size.",
                DraftSamples.integrityErrors(),
                false),
            SamplePlan.of(
                "draft-leadership-gaps",
                "Leadership gaps",
                "The system-leaders plan in planning with thin leadership: a leadership team of one,"
                    + " who is the transactional guest speaker sl-14, holding only set-up-meetings and"
                    + " convene-community. Expect (as info at the draft stage, errors at launch): six"
                    + " duties uncovered, a structure that does not match one leader, a transactional"
                    + " leader, and no communication of the structure or support for leaders.",
                DraftSamples.leadershipGaps(),
                false),
            SamplePlan.of(
                "draft-unagreed-norms",
                "Unagreed norms",
                "The system-leaders plan in planning with unfinished norms: four norms covering"
                    + " role-and-voice, staying-on-purpose, conflict and sharing-knowledge (decisions,"
                    + " inviting-members and purpose-achieved uncovered); only sl-01..sl-03 agreed to the"
                    + " current version 2, sl-04..sl-06 to version 1 and the rest not at all; no values"
                    + " alignment. Expect those findings (info at draft; at launch the uncovered topics and"
                    + " the alignment, with the agreements still an open question; from the running"
                    + " stage the missing agreements are errors for core and active members).",
                DraftSamples.unagreedNorms(),
                false),
            SamplePlan.of(
                "academy-equity-cohort",
                "21CSLA principals' equity cohort",
                "The site-leaders-equity cohort run as a 21CSLA regional-academy community of"
                    + " practice: role-alike (every member a principal, roleCategory principal), an"
                    + " academy facilitator (kind facilitator, outside the tiers) who co-leads and"
                    + " facilitates three sessions without counting in the headcount. Expect no"
                    + " finding at the launch stage, also under the 21csla-cohort preset.",
                org.edcop.testing.internal.AcademyCohortSample.plan(),
                true));
  }
}
