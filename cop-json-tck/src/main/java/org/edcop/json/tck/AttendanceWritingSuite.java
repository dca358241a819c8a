package org.edcop.json.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.DevelopmentStage;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.testing.RandomPlans;
import org.edcop.testing.Thoroughness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A meeting's attendance is written from the writer's copy of the roster's texts when its ids are
 * the roster's own instances, and the ordinary way when they are not (#22): the bytes must be the
 * same either way, through the engine's generators for text and for UTF-8 bytes, compact and
 * indented, whatever the hints the sets carry (none yet, left by an earlier write, stale after the
 * roster changed). The plain way is forced by giving every attendee a fresh, equal id. Run by every
 * JSON module.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AttendanceWritingSuite {

  private final CopJsonCodec json;
  private final int seeds;

  /**
   * Runs the suite against one module: 30 random plans, 500 under {@code -Pthorough}.
   *
   * @param codecs the module's facades
   */
  protected AttendanceWritingSuite(Codecs codecs) {
    this.json = codecs.defaults();
    this.seeds = Thoroughness.count(30, 500);
  }

  /**
   * The seeds of the random plans.
   *
   * @return the seeds
   */
  public LongStream seeds() {
    return RandomPlans.seeds(seeds);
  }

  /** The three forms a plan is written in: compact text, compact UTF-8 bytes, indented text. */
  private List<String> forms(CommunityOfPractice plan) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.writePlan(plan, bytes);
    return List.of(
        json.writePlan(plan), bytes.toString(StandardCharsets.UTF_8), json.writePlanPretty(plan));
  }

  /** The same plan with every attendee a fresh id equal to the roster's: the plain way. */
  private static CommunityOfPractice plain(CommunityOfPractice plan) {
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting meeting : plan.getPractice().getMeetings()) {
      List<MemberId> fresh =
          meeting.getAttendance().stream().map(id -> MemberId.of(id.getValue())).toList();
      meetings.add(Meeting.builder().from(meeting).attendance(fresh).build());
    }
    return CommunityOfPractice.builder()
        .from(plan)
        .practice(Practice.builder().from(plan.getPractice()).meetings(meetings).build())
        .build();
  }

  private static CommunityOfPractice withMembers(CommunityOfPractice plan, List<Member> members) {
    Community community = plan.getCommunity();
    return CommunityOfPractice.builder()
        .from(plan)
        .community(
            Community.builder()
                .from(community)
                .membership(
                    Membership.builder().from(community.getMembership()).members(members).build())
                .build())
        .build();
  }

  private static CommunityOfPractice withMeetings(
      CommunityOfPractice plan, List<Meeting> meetings) {
    return CommunityOfPractice.builder()
        .from(plan)
        .practice(Practice.builder().from(plan.getPractice()).meetings(meetings).build())
        .build();
  }

  /** Writes a plan twice (the second time through the hints the first left) and checks both. */
  private void assertSameAsPlain(CommunityOfPractice plan, String what, long seed) {
    List<String> expected = forms(plain(plan));
    assertThat(forms(plan)).as("seed %d, %s, first write", seed, what).isEqualTo(expected);
    assertThat(forms(plan)).as("seed %d, %s, second write", seed, what).isEqualTo(expected);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomPlansWriteTheSameBytesWhateverTheHints(long seed) {
    // read back, a plan's references are the roster's own instances
    CommunityOfPractice plan = json.readPlan(json.writePlan(RandomPlans.generate(seed)));
    assertSameAsPlain(plan, "as read", seed);
    Random random = new Random(seed);
    List<Member> members = new ArrayList<>(plan.getCommunity().getMembership().getMembers());
    if (members.isEmpty()) {
      return;
    }
    Collections.shuffle(members, random);
    assertSameAsPlain(withMembers(plan, members), "roster reordered", seed);
    assertSameAsPlain(plan, "roster back in order", seed);
    members.remove(random.nextInt(members.size()));
    assertSameAsPlain(withMembers(plan, members), "a member removed", seed);

    List<Meeting> meetings = new ArrayList<>(plan.getPractice().getMeetings());
    if (meetings.isEmpty()) {
      return;
    }
    int at = random.nextInt(meetings.size());
    Meeting meeting = meetings.get(at);
    List<MemberId> attendees = new ArrayList<>(meeting.getAttendance());
    if (!attendees.isEmpty()) {
      int swap = random.nextInt(attendees.size());
      attendees.set(swap, MemberId.of(attendees.get(swap).getValue()));
    }
    attendees.add(MemberId.of("not-on-the-roster"));
    meetings.set(at, Meeting.builder().from(meeting).attendance(attendees).build());
    assertSameAsPlain(
        withMeetings(plan, meetings), "an equal attendee and one not on the roster", seed);
  }

  /**
   * Ids that need escapes, lie beyond ASCII or hold surrogate pairs (whose UTF-16 order is not
   * their code points' order), one long enough to be written in several segments.
   */
  @Test
  void awkwardIdsWriteTheSameBytes() {
    long seed = Long.getLong("cop.seed", System.nanoTime());
    Random random = new Random(seed);
    StringBuilder longId = new StringBuilder("long-");
    while (longId.length() < 5000) {
      longId.append(random.nextBoolean() ? "\ud83d\ude00" : "x\u00e9\"");
    }
    List<String> texts =
        List.of(
            "m-1",
            "m-10",
            "m-2",
            "M-3",
            "\u00e9l\u00e8ve",
            "\u03a9mega",
            "\u65e5\u672c",
            "say \"hi\"",
            "back\\slash",
            "line\nbreak",
            "tab\tstop",
            "bell\u0007",
            "sep\u2028",
            "</script>",
            "\ud83d\ude00smile",
            "\uffffend",
            "\ud800\udc00",
            "",
            longId.toString());
    List<MemberId> roster = texts.stream().map(MemberId::of).toList();
    var membership = Membership.builder();
    roster.forEach(
        id -> membership.addMembers(Member.of(id, Person.of("p"), ParticipationTier.CORE)));
    var practice = Practice.builder();
    for (int i = 0; i < 12; i++) {
      List<MemberId> shuffled = new ArrayList<>(roster);
      Collections.shuffle(shuffled, random);
      Set<MemberId> attendance =
          new LinkedHashSet<>(shuffled.subList(0, 1 + random.nextInt(shuffled.size())));
      practice.addMeetings(
          Meeting.builder().id("mt-" + i).title("t").attendance(attendance).build());
    }
    CommunityOfPractice plan =
        CommunityOfPractice.builder()
            .id("c")
            .name("n")
            .authority("a")
            .createdOn(LocalDate.of(2026, 1, 1))
            .timeZone(ZoneId.of("UTC"))
            .developmentStage(DevelopmentStage.POTENTIAL)
            .community(Community.builder().membership(membership.build()).build())
            .practice(practice.build())
            .build();
    assertSameAsPlain(plan, "awkward ids", seed);
  }
}
