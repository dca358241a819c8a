package org.edcop.testing.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.edcop.model.ActivityKind;
import org.edcop.model.Aim;
import org.edcop.model.Cadence;
import org.edcop.model.Celebration;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.CompetencyRef;
import org.edcop.model.ContactInfo;
import org.edcop.model.CycleDecision;
import org.edcop.model.Domain;
import org.edcop.model.Evidence;
import org.edcop.model.EvidenceKind;
import org.edcop.model.FeedbackMethod;
import org.edcop.model.FurtherApplication;
import org.edcop.model.ImprovementWork;
import org.edcop.model.InquiryCycle;
import org.edcop.model.LaunchPlan;
import org.edcop.model.Leader;
import org.edcop.model.Leadership;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.LeadershipStructure;
import org.edcop.model.Legacy;
import org.edcop.model.LifecycleStatus;
import org.edcop.model.Measure;
import org.edcop.model.MeasureKind;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingElement;
import org.edcop.model.MeetingFormat;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.Norm;
import org.edcop.model.NormAgreement;
import org.edcop.model.NormTopic;
import org.edcop.model.Norms;
import org.edcop.model.OtherUse;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.model.ProblemOfPractice;
import org.edcop.model.Purpose;
import org.edcop.model.PurposeStatement;
import org.edcop.model.PurposeType;
import org.edcop.model.Reflection;
import org.edcop.model.RequiredMember;
import org.edcop.model.Results;
import org.edcop.model.SizeRange;
import org.edcop.model.TierChange;
import org.edcop.model.Tool;
import org.edcop.model.ToolUse;
import org.edcop.standards.Competency;
import org.edcop.standards.Framework;
import org.edcop.standards.StandardsCatalog;

/**
 * Generates one random plan whose integrity holds (see {@code RandomPlans.generate}). All
 * randomness comes from the one {@link Random} given, consumed in a fixed order.
 */
public final class PlanGenerator {

  /** Zones whose offsets differ: negative, half-hour, positive, zero, with and without DST. */
  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/Edmonton"),
          ZoneId.of("America/Los_Angeles"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("UTC"),
          ZoneId.of("Europe/London"),
          ZoneId.of("America/St_Johns"),
          ZoneId.of("Australia/Adelaide"),
          ZoneId.of("Pacific/Chatham"),
          ZoneId.of("America/Regina"));

  /** Offsets used to write some meeting times in an offset other than the zone's. */
  static final List<ZoneOffset> OFFSETS =
      List.of(
          ZoneOffset.UTC,
          ZoneOffset.of("-07:00"),
          ZoneOffset.of("+05:30"),
          ZoneOffset.of("-03:30"),
          ZoneOffset.of("+13:45"),
          ZoneOffset.of("-12:00"),
          ZoneOffset.of("+14:00"));

  private static final String[] WORDS = {
    "assessment",
    "literacy",
    "numeracy",
    "attendance",
    "wellness",
    "leadership",
    "equity",
    "coaching",
    "families",
    "newcomers",
    "reporting",
    "data",
    "inquiry",
    "capacity",
    "feedback",
    "mentoring",
    "rural",
    "transition",
    "belonging",
    "curriculum",
    "budget",
    "staffing"
  };

  private static final String[] NAMES = {
    "Avery", "Bilal", "Camille", "Dmitri", "Esi", "Farah", "Gustavo", "Hana", "Ines", "Jun",
    "Kiri", "Luca", "Malia", "Nikhil", "Olu", "Paz", "Quinn", "Rania", "Soren", "Tala"
  };

  private static final String[] SURNAMES = {
    "Abara", "Bjornsen", "Castillo", "Dumont", "Eriksen", "Fontaine", "Gill", "Haddad", "Ito",
    "Janvier", "Kaur", "Lemieux", "Mbeki", "Nakamura", "O'Neill", "Petrov", "Quispe", "Roux"
  };

  /** Text that trips up careless serializers, template engines and terminals. */
  static final List<String> AWKWARD =
      List.of(
          "Métis and Inuit — “quoted”",
          "日本語のテキスト",
          "مرحبا بالعالم",
          "emoji 🎓📚👩🏽‍🏫",
          "${1+1}",
          "{x}",
          "#{7*7} and {{mustache}}",
          "she said \"hello\"",
          "back\\slash \\u0041",
          "line one\nline two\ttabbed",
          "<script>alert('x')</script>",
          "'single' & <angle>",
          "   leading and trailing spaces   ",
          "Ω≈ç√∫ ñ ü ß ø å",
          "zero\u200Bwidth",
          "% %s %n %d",
          "a𝔘𝔫𝔦𝔠𝔬𝔡𝔢 outside the BMP");

  /** Unknown property values: raw JSON text of every JSON kind. */
  static final List<String> RAW_JSON =
      List.of(
          "{\"a\":[1,2.50,\"x\"]}",
          "\"text\"",
          "true",
          "false",
          "12",
          "-0.0",
          "2.50",
          "1e400",
          "[]",
          "{}",
          "[{\"nested\":{\"deep\":[null,true]}}]",
          "\"ü \\\"q\\\" 🎓\"",
          "123456789012345678901234567890");

  private static final String[] UNKNOWN_KEYS = {
    "x-lms-course", "xFutureFlag", "ext_ü", "x-district-code", "x-a b", "x-\"quoted\""
  };

  private final Random r;
  private final List<Framework> frameworks = StandardsCatalog.builtIn().frameworks();

  /**
   * Creates a generator.
   *
   * @param random the source of randomness
   */
  public PlanGenerator(Random random) {
    this.r = random;
  }

  /**
   * Generates the plan.
   *
   * @return the plan
   */
  public CommunityOfPractice plan() {
    ZoneId zone = pick(ZONES);
    LocalDate created = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(1200));
    // sections are left empty independently; references only point into sections that exist
    boolean withDomain = !chance(15);
    boolean withCommunity = !chance(15);
    boolean withPractice = !chance(15);
    List<Member> members = withCommunity ? members() : List.of();
    List<ProblemOfPractice> problems = new ArrayList<>();
    int problemCount = withDomain && chance(30) ? 1 + r.nextInt(3) : 0;
    for (int i = 0; i < problemCount; i++) {
      problems.add(
          ProblemOfPractice.builder()
              .id("pop-" + i)
              .statement(text())
              .equityFocus(optionalText())
              .unknownProperties(unknown())
              .build());
    }
    var builder =
        CommunityOfPractice.builder()
            .id("plan-" + Long.toHexString(r.nextLong()))
            .name(text())
            .authority(text())
            .status(pick(LifecycleStatus.values()))
            .createdOn(chance(60) ? java.util.Optional.of(created) : java.util.Optional.empty())
            .launchedOn(
                chance(40)
                    ? java.util.Optional.of(created.plusDays(30))
                    : java.util.Optional.empty())
            .closedOn(
                chance(10)
                    ? java.util.Optional.of(created.plusDays(400))
                    : java.util.Optional.empty())
            .timeZone(zone)
            .unknownProperties(unknown());
    if (withDomain) {
      builder.domain(domain(problems));
    }
    if (withCommunity) {
      builder.community(community(members));
    }
    if (withPractice) {
      builder.practice(practice(zone, created.plusDays(20), members, problems));
    }
    if (!chance(40)) {
      builder.furtherApplication(
          FurtherApplication.builder()
              .otherUses(
                  list(
                      3,
                      () ->
                          OtherUse.builder()
                              .description(text())
                              .purposeTypes(subset(PurposeType.class))
                              .unknownProperties(unknown())
                              .build()))
              .adaptableTeams(list(3, this::text))
              .unknownProperties(unknown())
              .build());
    }
    if (chance(30)) {
      builder.addRenewalDecisions(
          org.edcop.model.RenewalDecision.builder()
              .decidedOn(created.plusDays(365))
              .outcome(pick(org.edcop.model.RenewalOutcome.values()))
              .reason(optionalText())
              .build());
    }
    CommunityOfPractice plan = builder.build();
    return withPractice ? withRecords(plan, members, created.plusDays(20)) : plan;
  }

  /**
   * Adds what a running community records (action items, the resource bank, feedback received,
   * value stories), drawn last so that the rest of a seed's plan does not depend on them.
   */
  private CommunityOfPractice withRecords(
      CommunityOfPractice plan, List<Member> members, LocalDate launch) {
    Practice practice = plan.getPractice();
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting meeting : practice.getMeetings()) {
      if (!chance(20)) {
        meetings.add(meeting);
        continue;
      }
      var item =
          org.edcop.model.ActionItem.builder()
              .description(text())
              .status(pick(org.edcop.model.ActionItemStatus.values()));
      if (!members.isEmpty() && chance(80)) {
        item.owner(pick(members).getId());
      }
      if (chance(70) && meeting.getStart().isPresent()) {
        // due after its meeting (a due date before it is a mistake the generator only plants)
        item.dueOn(meeting.getStart().get().toLocalDate().plusDays(2 + r.nextInt(60)));
      }
      meetings.add(
          Meeting.builder()
              .from(meeting)
              .notes(optionalText())
              .addDecisions(text())
              .addActionItems(item.build())
              .build());
    }
    var resources = new ArrayList<org.edcop.model.SharedResource>();
    for (int i = r.nextInt(3); i > 0; i--) {
      var resource =
          org.edcop.model.SharedResource.builder()
              .title(text())
              .kind(pick(org.edcop.model.ResourceKind.values()))
              .tags(list(2, this::text))
              .legacy(chance(30));
      if (!members.isEmpty() && chance(70)) {
        resource.contributor(pick(members).getId());
      }
      resources.add(resource.build());
    }
    var results = org.edcop.model.Results.builder().from(practice.getResults());
    for (int i = r.nextInt(3); i > 0; i--) {
      results.addFeedbackReceived(
          org.edcop.model.FeedbackReceived.builder()
              .receivedOn(launch.plusDays(r.nextInt(300)))
              .method(optionalText())
              .summary(text())
              .build());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      var story =
          org.edcop.model.ValueStory.builder()
              .narrative(text())
              .cycles(subset(org.edcop.model.ValueCycle.class))
              .purposeTypes(subset(PurposeType.class));
      if (!members.isEmpty() && chance(80)) {
        story.author(pick(members).getId());
      }
      results.addValueStories(story.build());
    }
    return CommunityOfPractice.builder()
        .from(plan)
        .practice(
            Practice.builder()
                .from(practice)
                .meetings(meetings)
                .resourceBank(resources)
                .results(results.build())
                .build())
        .build();
  }

  // ---------------------------------------------------------------- domain

  private Domain domain(List<ProblemOfPractice> problems) {
    return Domain.builder()
        .sharedInterest(optionalText())
        .sharedExpertise(optionalText())
        .equityCentred(chance(30))
        .purpose(
            Purpose.builder()
                .statement(
                    PurposeStatement.builder()
                        .audience(optionalText())
                        .sharedConcern(optionalText())
                        .commitment(optionalText())
                        .unknownProperties(unknown())
                        .build())
                .types(subset(PurposeType.class))
                .customPurpose(
                    chance(15) ? java.util.Optional.of(text()) : java.util.Optional.empty())
                .unknownProperties(unknown())
                .build())
        .problemsOfPractice(problems)
        .unknownProperties(unknown())
        .build();
  }

  // ---------------------------------------------------------------- community

  private List<Member> members() {
    int count = chance(10) ? 0 : r.nextInt(41);
    List<Member> members = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = chance(10) ? "m-" + i + "-" + pick(AWKWARD).strip() : "m-" + i;
      var person =
          Person.builder()
              .name(chance(20) ? text() : personName())
              .role(optionalText())
              .organisation(optionalText())
              .externalId(
                  chance(30)
                      ? java.util.Optional.of("hr-" + r.nextInt(1_000_000))
                      : java.util.Optional.empty())
              .unknownProperties(unknown());
      if (chance(40)) {
        person.contact(
            ContactInfo.builder()
                .email("person" + i + "@example.org")
                .phone(
                    chance(50)
                        ? java.util.Optional.of("+1 555 01" + (10 + r.nextInt(90)))
                        : java.util.Optional.empty())
                .unknownProperties(unknown())
                .build());
      }
      var member =
          Member.builder()
              .id(MemberId.of(id))
              .person(person.build())
              .tier(pick(ParticipationTier.values()))
              .decisionMaker(chance(10))
              .unknownProperties(unknown());
      if (chance(15)) {
        member.addTierHistory(
            TierChange.of(
                LocalDate.of(2025, 1, 1).plusDays(r.nextInt(300)),
                pick(ParticipationTier.values())));
      }
      if (chance(15)) {
        LocalDate invited = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(200));
        member.addStatusHistory(
            org.edcop.model.StatusChange.of(invited, org.edcop.model.MembershipStatus.INVITED));
        member.addStatusHistory(
            org.edcop.model.StatusChange.of(
                invited.plusDays(r.nextInt(60)), pick(org.edcop.model.MembershipStatus.values())));
      }
      members.add(member.build());
    }
    return members;
  }

  private Community community(List<Member> members) {
    var membership =
        Membership.builder()
            .idealMemberProfile(optionalText())
            .invitationApproach(optionalText())
            .members(members)
            .unknownProperties(unknown());
    if (chance(60)) {
      int min = r.nextInt(20);
      membership.idealSize(SizeRange.of(min, min + r.nextInt(30)));
    }
    if (!members.isEmpty()) {
      for (int i = r.nextInt(3); i > 0; i--) {
        var required =
            RequiredMember.builder()
                .who(text())
                .reason(optionalText())
                .unknownProperties(unknown());
        if (chance(70)) {
          required.memberId(pick(members).getId());
        }
        membership.addRequiredMembers(required.build());
      }
    }
    var leadership =
        Leadership.builder()
            .rotation(optionalText())
            .communication(optionalText())
            .support(optionalText())
            .unknownProperties(unknown());
    if (chance(70)) {
      leadership.structure(pick(LeadershipStructure.values()));
    }
    if (!members.isEmpty()) {
      List<Member> shuffled = new ArrayList<>(members);
      Collections.shuffle(shuffled, r);
      int leaders = Math.min(shuffled.size(), r.nextInt(5));
      for (int i = 0; i < leaders; i++) {
        leadership.addLeaders(
            Leader.builder()
                .memberId(shuffled.get(i).getId())
                .duties(subset(LeadershipDuty.class))
                .unknownProperties(unknown())
                .build());
      }
    }
    int version = 1 + r.nextInt(3);
    var norms =
        Norms.builder()
            .developmentProcess(optionalText())
            .valuesAlignment(optionalText())
            .version(version)
            .norms(
                list(
                    8,
                    () ->
                        Norm.builder()
                            .text(text())
                            .topics(subset(NormTopic.class))
                            .unknownProperties(unknown())
                            .build()))
            .unknownProperties(unknown());
    for (Member member : members) {
      if (chance(70)) {
        norms.addAgreements(
            NormAgreement.of(
                member.getId(),
                1 + r.nextInt(version),
                LocalDate.of(2025, 6, 1).plusDays(r.nextInt(90))));
      }
    }
    return Community.builder()
        .membership(membership.build())
        .leadership(leadership.build())
        .norms(norms.build())
        .unknownProperties(unknown())
        .build();
  }

  // ---------------------------------------------------------------- practice

  private Practice practice(
      ZoneId zone, LocalDate launch, List<Member> members, List<ProblemOfPractice> problems) {
    Duration length = Duration.ofMinutes(30L * (1 + r.nextInt(6)));
    var launchPlan =
        LaunchPlan.builder()
            .launchDate(chance(80) ? java.util.Optional.of(launch) : java.util.Optional.empty())
            .meetingLength(chance(80) ? java.util.Optional.of(length) : java.util.Optional.empty())
            .place(optionalText())
            .platform(optionalText())
            .standingAgendaItems(list(4, this::text))
            .activityKinds(subset(ActivityKind.class))
            .tools(
                list(
                    3,
                    () ->
                        Tool.builder()
                            .name(text())
                            .uses(subset(ToolUse.class))
                            .unknownProperties(unknown())
                            .build()))
            .unknownProperties(unknown());
    if (chance(70)) {
      launchPlan.cadence(
          chance(50)
              ? Cadence.everyWeeks(1 + r.nextInt(4))
              : Cadence.monthlyOn(1 + r.nextInt(5), pick(DayOfWeek.values())));
    }
    if (chance(80)) {
      launchPlan.format(pick(MeetingFormat.values()));
    }

    List<Meeting> meetings = new ArrayList<>();
    int count = chance(10) ? 0 : r.nextInt(31);
    OffsetDateTime cursor =
        launch
            .plusDays(1 + r.nextInt(30))
            .atTime(LocalTime.of(8 + r.nextInt(10), 15 * r.nextInt(4)))
            .atZone(zone)
            .toOffsetDateTime();
    for (int i = 0; i < count; i++) {
      var meeting =
          Meeting.builder()
              .id("meeting-" + i)
              .title(optionalText())
              .topics(list(3, this::text))
              .activities(subset(ActivityKind.class))
              .guidingQuestions(list(2, this::text))
              .resources(list(2, this::text))
              .includes(subset(MeetingElement.class))
              .unknownProperties(unknown());
      if (!chance(10)) {
        Duration meetingLength =
            chance(70) ? length : Duration.ofMinutes(15L * (1 + r.nextInt(12)));
        OffsetDateTime start = cursor;
        OffsetDateTime end = start.plus(meetingLength);
        if (chance(20)) {
          ZoneOffset offset = pick(OFFSETS);
          start = start.withOffsetSameInstant(offset);
          end = end.withOffsetSameInstant(chance(50) ? offset : pick(OFFSETS));
        }
        meeting.start(start).end(end);
        // the next meeting starts at least a minute after this one ends
        cursor =
            cursor
                .plus(meetingLength)
                .plusMinutes(1 + r.nextInt(60 * 24 * 30))
                .atZoneSameInstant(zone)
                .toOffsetDateTime();
      }
      if (!members.isEmpty()) {
        if (chance(70)) {
          meeting.facilitator(pick(members).getId());
        }
        for (Member member : members) {
          if (chance(40)) {
            meeting.addAttendance(member.getId());
          }
        }
      }
      meetings.add(meeting.build());
    }
    if (chance(30)) {
      Collections.shuffle(meetings, r);
    }

    List<ImprovementWork> work = new ArrayList<>();
    if (!problems.isEmpty()) {
      for (int w = r.nextInt(3); w > 0; w--) {
        var improvement =
            ImprovementWork.builder()
                .problemOfPracticeId(pick(problems).getId())
                .measures(
                    list(
                        3,
                        () ->
                            Measure.builder()
                                .name(text())
                                .kind(pick(MeasureKind.values()))
                                .description(optionalText())
                                .unknownProperties(unknown())
                                .build()))
                .unknownProperties(unknown());
        if (chance(70)) {
          improvement.aim(
              Aim.builder()
                  .statement(text())
                  .measure(optionalText())
                  .target(optionalText())
                  .by(
                      chance(50)
                          ? java.util.Optional.of(launch.plusDays(200))
                          : java.util.Optional.empty())
                  .result(optionalText())
                  .unknownProperties(unknown())
                  .build());
        }
        int cycles = r.nextInt(4);
        for (int c = 0; c < cycles; c++) {
          var cycle =
              InquiryCycle.builder()
                  .id("cycle-" + c)
                  .question(optionalText())
                  .prediction(optionalText())
                  .unknownProperties(unknown());
          if (chance(60)) {
            LocalDate started = launch.plusDays(30L * c);
            cycle.startedOn(started).done(optionalText()).study(optionalText());
            if (chance(60)) {
              cycle
                  .completedOn(started.plusDays(14 + r.nextInt(14)))
                  .decision(pick(CycleDecision.values()));
            }
          }
          improvement.addCycles(cycle.build());
        }
        work.add(improvement.build());
      }
    }

    var results =
        Results.builder()
            .feedbackMethods(
                list(
                    2,
                    () ->
                        FeedbackMethod.builder()
                            .description(text())
                            .schedule(optionalText())
                            .unknownProperties(unknown())
                            .build()))
            .plannedEvidence(list(4, () -> evidence(false)))
            .collectedEvidence(list(2, () -> evidence(true)))
            .successCriteria(optionalText())
            .celebrations(
                list(
                    2,
                    () ->
                        Celebration.builder()
                            .description(text())
                            .on(
                                chance(50)
                                    ? java.util.Optional.of(launch.plusDays(r.nextInt(300)))
                                    : java.util.Optional.empty())
                            .unknownProperties(unknown())
                            .build()))
            .unknownProperties(unknown());
    if (chance(50)) {
      results.legacy(
          Legacy.builder()
              .description(text())
              .stakeholders(list(3, this::text))
              .communication(optionalText())
              .unknownProperties(unknown())
              .build());
    }

    List<Reflection> reflections = new ArrayList<>();
    if (!members.isEmpty()) {
      for (int i = r.nextInt(4); i > 0; i--) {
        reflections.add(
            Reflection.builder()
                .memberId(pick(members).getId())
                .newLearning(optionalText())
                .application(optionalText())
                .selfReflectivePractices(list(2, this::text))
                .competencies(list(3, this::competency))
                .unknownProperties(unknown())
                .build());
      }
    }
    return Practice.builder()
        .launchPlan(launchPlan.build())
        .meetings(meetings)
        .improvementWork(work)
        .results(results.build())
        .reflections(reflections)
        .unknownProperties(unknown())
        .build();
  }

  private Evidence evidence(boolean collected) {
    var evidence =
        Evidence.builder()
            .kind(pick(EvidenceKind.values()))
            .description(text())
            .unknownProperties(unknown());
    if (chance(80)) {
      evidence.purposeType(pick(PurposeType.values()));
    }
    if (collected) {
      evidence.collectedOn(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365)));
    }
    return evidence.build();
  }

  private CompetencyRef competency() {
    Framework framework = pick(frameworks);
    Competency competency = pick(framework.getCompetencies());
    return CompetencyRef.of(framework.getId(), competency.getId());
  }

  // ---------------------------------------------------------------- primitives

  private boolean chance(int percent) {
    return r.nextInt(100) < percent;
  }

  private <T> T pick(List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private <T> T pick(T[] values) {
    return values[r.nextInt(values.length)];
  }

  private <E extends Enum<E>> EnumSet<E> subset(Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    int bias = r.nextInt(100);
    for (E value : type.getEnumConstants()) {
      if (r.nextInt(100) < bias) {
        set.add(value);
      }
    }
    return set;
  }

  private <T> List<T> list(int max, java.util.function.Supplier<T> element) {
    int size = r.nextInt(max + 1);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  private String personName() {
    return pick(NAMES) + " " + pick(SURNAMES);
  }

  private java.util.Optional<String> optionalText() {
    return chance(65) ? java.util.Optional.of(text()) : java.util.Optional.empty();
  }

  private String text() {
    int roll = r.nextInt(100);
    if (roll < 2) {
      return pick(AWKWARD) + " " + "long ".repeat(1000 + r.nextInt(2000)) + "end";
    }
    if (roll < 15) {
      return pick(AWKWARD);
    }
    if (roll < 20) {
      return pick(WORDS) + " " + pick(AWKWARD) + " " + pick(WORDS);
    }
    StringBuilder text = new StringBuilder(pick(WORDS));
    text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
    for (int i = r.nextInt(8); i > 0; i--) {
      text.append(' ').append(pick(WORDS));
    }
    return text.toString();
  }

  private Map<String, String> unknown() {
    if (!chance(20)) {
      return Map.of();
    }
    Map<String, String> map = new TreeMap<>();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      map.put(pick(UNKNOWN_KEYS), pick(RAW_JSON));
    }
    return map;
  }
}
