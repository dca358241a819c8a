package org.edcop.json.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.LongStream;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.internal.ArraySet;
import org.edcop.testing.Mistake;
import org.edcop.testing.RandomPlans;
import org.edcop.testing.Thoroughness;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Stage;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader leaves on each meeting's attendance the roster positions of its ids (docs/adr/0012,
 * #22), so that the first validation and the first writing of a plan just read resolve the
 * attendance without reading an id: the positions must be the first roster listing of each
 * attendee, held by that very instance, and both consumers must accept them as they are. A document
 * that gives its practice before its community, or an attendance naming someone off the roster,
 * gets no positions, and validates the same. Run by every JSON module.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AttendanceReadingSuite {

  private static final CopValidator VALIDATOR = CopValidator.defaults();

  private final CopJsonCodec json;
  private final int seeds;

  /**
   * Runs the suite against one module: 30 random plans, 500 under {@code -Pthorough}.
   *
   * @param codecs the module's facades
   */
  protected AttendanceReadingSuite(Codecs codecs) {
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

  /** A random plan, with repeated roster ids and attendees off the roster for some seeds. */
  private static CommunityOfPractice plan(long seed) {
    return switch (Math.floorMod(seed, 3)) {
      case 0 -> RandomPlans.generate(seed);
      case 1 -> RandomPlans.generate(seed, EnumSet.allOf(Mistake.class));
      default -> RandomPlans.ofSize(seed, 40, 25);
    };
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aReadAttendanceCarriesTheFirstRosterPositionOfEachAttendee(long seed) {
    CommunityOfPractice plan = json.readPlan(json.writePlan(plan(seed)));
    List<Member> roster = plan.getCommunity().getMembership().getMembers();
    int hinted = 0;
    for (Meeting meeting : plan.getPractice().getMeetings()) {
      ArraySet<?> attendance = (ArraySet<?>) meeting.getAttendance();
      int[] expected = firstPositions(roster, attendance);
      String what = "seed " + seed + ", meeting " + meeting.getId();
      if (expected == null) {
        assertThat(attendance.positionHints()).as(what + ": someone is off the roster").isNull();
        continue;
      }
      assertThat(attendance.positionHints()).as(what).containsExactly(expected);
      for (int j = 0; j < expected.length; j++) {
        assertThat(roster.get(expected[j]).getId())
            .as("%s: attendee %d is the roster's own instance", what, j)
            .isSameAs(attendance.get(j));
      }
      hinted++;
    }
    if (!roster.isEmpty() && seed % 3 == 2) {
      assertThat(hinted).as("seed %d: meetings given positions", seed).isPositive();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theFirstValidationAndWriteOfAReadPlanUseThePositionsAsTheyAre(long seed) {
    CommunityOfPractice original = plan(seed);
    String text = json.writePlan(original);
    CommunityOfPractice plan = json.readPlan(text);
    List<int[]> left = hints(plan);
    LocalDate asOf = original.getCreatedOn().orElse(LocalDate.of(2026, 9, 1)).plusDays(200);

    // the same document with its practice first is read without positions: the plain path
    CommunityOfPractice unhinted = json.readPlan(Fixtures.movedFirst(text, "practice"));
    assertThat(VALIDATOR.validate(plan, Stage.RUNNING, asOf))
        .as("seed %d: the findings without positions", seed)
        .isEqualTo(VALIDATOR.validate(unhinted, Stage.RUNNING, asOf));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.writePlan(plan, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    // a consumer that found a hint wrong would have replaced the array with its own
    List<int[]> after = hints(plan);
    for (int i = 0; i < left.size(); i++) {
      assertThat(after.get(i)).as("seed %d, meeting %d", seed, i).isSameAs(left.get(i));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDocumentWithItsPracticeFirstGetsNoPositionsAndValidatesTheSame(long seed) {
    CommunityOfPractice original = RandomPlans.ofSize(seed, 20, 10);
    String text = json.writePlan(original);
    String practiceFirst = Fixtures.movedFirst(text, "practice");
    assertThat(practiceFirst).isNotEqualTo(text).startsWith("{\"practice\":");

    CommunityOfPractice plan = json.readPlan(practiceFirst);
    assertThat(plan).isEqualTo(original);
    for (int[] hints : hints(plan)) {
      assertThat(hints).as("seed %d", seed).isNull();
    }
    assertThat(VALIDATOR.validate(plan, Stage.LAUNCH))
        .isEqualTo(VALIDATOR.validate(json.readPlan(text), Stage.LAUNCH));
    assertThat(json.writePlan(plan)).isEqualTo(text);
  }

  /** Each meeting's position hints, in meeting order. */
  private static List<int[]> hints(CommunityOfPractice plan) {
    List<int[]> hints = new ArrayList<>();
    for (Meeting meeting : plan.getPractice().getMeetings()) {
      hints.add(((ArraySet<?>) meeting.getAttendance()).positionHints());
    }
    return hints;
  }

  /** The first roster position of each element, or {@code null} if one is off the roster. */
  private static int[] firstPositions(List<Member> roster, ArraySet<?> attendance) {
    if (attendance.isEmpty()) {
      return null;
    }
    int[] positions = new int[attendance.size()];
    for (int j = 0; j < positions.length; j++) {
      MemberId id = (MemberId) attendance.get(j);
      positions[j] = -1;
      for (int p = 0; p < roster.size(); p++) {
        if (roster.get(p).getId().equals(id)) {
          positions[j] = p;
          break;
        }
      }
      if (positions[j] < 0) {
        return null;
      }
    }
    return positions;
  }
}
