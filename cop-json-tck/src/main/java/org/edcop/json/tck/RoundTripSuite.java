package org.edcop.json.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.CopSchemas;
import org.edcop.json.format.internal.RawJsonText;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Domain;
import org.edcop.model.LaunchPlan;
import org.edcop.model.Leader;
import org.edcop.model.Leadership;
import org.edcop.model.Meeting;
import org.edcop.model.MemberId;
import org.edcop.model.Norm;
import org.edcop.model.Norms;
import org.edcop.model.Practice;
import org.edcop.model.Purpose;
import org.edcop.testing.RandomPlans;
import org.edcop.testing.Thoroughness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-style round trips over seeded random plans ({@link RandomPlans}): reading what was
 * written gives the plan back, unknown properties survive a read-modify-write byte for byte, and
 * the order in which sets were built never shows in the bytes. Run by every JSON module.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RoundTripSuite {

  private final Codecs codecs;
  private final int seeds;
  private final CopJsonCodec json;
  private final CopJsonCodec strict;

  /**
   * Runs the suite against one module: 400 random plans, 2,000 under {@code -Pthorough}.
   *
   * @param codecs the module's facades
   */
  protected RoundTripSuite(Codecs codecs) {
    this(codecs, Thoroughness.count(400, 2000));
  }

  /**
   * Runs the suite against one module with another number of random plans.
   *
   * @param codecs the module's facades
   * @param seeds how many seeded random plans to round-trip
   */
  protected RoundTripSuite(Codecs codecs, int seeds) {
    this.seeds = seeds;
    this.codecs = codecs;
    this.json = codecs.defaults();
    this.strict = codecs.create(true, CopJsonLimits.DEFAULTS);
  }

  /**
   * The seeds of the round trips.
   *
   * @return 400 seeds (2,000 under {@code -Pthorough}) unless the module asked for another number
   */
  public LongStream seeds() {
    return RandomPlans.seeds(seeds);
  }

  /**
   * The three properties share one generated plan per seed, which keeps two thousand seeds within a
   * few seconds.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  public void roundTripIsLosslessAndDeterministic(long seed) {
    CommunityOfPractice plan = RandomPlans.generate(seed);

    // read(write(p)) equals p (the pretty form on a quarter of the seeds, to save time)
    String compact = json.writePlan(plan);
    CommunityOfPractice read = json.readPlan(compact);
    assertThat(read).isEqualTo(plan);
    if (seed % 4 == 0) {
      assertThat(json.readPlan(json.writePlanPretty(plan))).isEqualTo(plan);
    }

    // unknown properties survive a read-modify-write byte for byte (and so does everything
    // else: the only difference is the edited value)
    String edited =
        json.writePlan(CommunityOfPractice.builder().from(read).authority("Renamed").build());
    assertThat(edited)
        .isEqualTo(
            compact.replaceFirst(
                Pattern.quote("\"authority\":" + quote(plan.getAuthority())),
                Matcher.quoteReplacement("\"authority\":\"Renamed\"")));

    // sets built in another order write the same bytes
    CommunityOfPractice reordered = withSetsReversed(plan);
    assertThat(reordered).isEqualTo(plan);
    assertThat(json.writePlan(reordered)).isEqualTo(compact);
  }

  @Test
  public void theGeneratorExercisesUnknownPropertiesAndSetOrder() {
    // guards the tests above against passing for want of material
    int withUnknown = 0;
    int withReorderedAttendance = 0;
    for (long seed : seeds().limit(200).toArray()) {
      CommunityOfPractice plan = RandomPlans.generate(seed);
      String document = json.writePlan(plan);
      if (document.contains("\"x-")
          || document.contains("\"xFutureFlag\"")
          || document.contains("\"ext_")) {
        withUnknown++;
      }
      for (int i = 0; i < plan.getPractice().getMeetings().size(); i++) {
        List<MemberId> original =
            new ArrayList<>(plan.getPractice().getMeetings().get(i).getAttendance());
        List<MemberId> reversed =
            new ArrayList<>(
                withSetsReversed(plan).getPractice().getMeetings().get(i).getAttendance());
        if (original.size() > 1 && !original.equals(reversed)) {
          withReorderedAttendance++;
        }
      }
    }
    assertThat(withUnknown).isGreaterThan(50);
    assertThat(withReorderedAttendance).isGreaterThan(50);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("schemaSeeds")
  public void randomDocumentsPassThePermissiveSchema(long seed) {
    CommunityOfPractice plan = RandomPlans.generate(seed);
    String document = json.writePlan(plan);
    assertThat(codecs.schemaErrors(CopSchemas.plan(), document)).isEmpty();
    if (!hasUnknownProperties(document)) {
      assertThat(codecs.schemaErrors(CopSchemas.planStrict(), document)).isEmpty();
    }
  }

  /**
   * The seeds checked against the schemas (validation is slower than a round trip).
   *
   * @return 60 seeds
   */
  public static LongStream schemaSeeds() {
    return RandomPlans.seeds(60);
  }

  private boolean hasUnknownProperties(String document) {
    try {
      strict.readPlan(document);
      return false;
    } catch (CopJsonException e) {
      assertThat(e.getKind()).isEqualTo(CopJsonException.Kind.UNKNOWN_PROPERTY);
      return true;
    }
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder();
    RawJsonText.quote(quoted, text);
    return quoted.toString();
  }

  /**
   * The same plan with every set rebuilt from its elements in reverse order.
   *
   * @param plan the plan
   * @return the equal plan, built in another order
   */
  public static CommunityOfPractice withSetsReversed(CommunityOfPractice plan) {
    Community community = plan.getCommunity();
    Leadership leadership = community.getLeadership();
    List<Leader> leaders = new ArrayList<>();
    for (Leader leader : leadership.getLeaders()) {
      leaders.add(Leader.builder().from(leader).duties(reversed(leader.getDuties())).build());
    }
    Norms norms = community.getNorms();
    List<Norm> normList = new ArrayList<>();
    for (Norm norm : norms.getNorms()) {
      normList.add(Norm.builder().from(norm).topics(reversed(norm.getTopics())).build());
    }
    Practice practice = plan.getPractice();
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting meeting : practice.getMeetings()) {
      meetings.add(
          Meeting.builder()
              .from(meeting)
              .attendance(reversed(meeting.getAttendance()))
              .activities(reversed(meeting.getActivities()))
              .includes(reversed(meeting.getIncludes()))
              .build());
    }
    return CommunityOfPractice.builder()
        .from(plan)
        .community(
            Community.builder()
                .from(community)
                .leadership(Leadership.builder().from(leadership).leaders(leaders).build())
                .norms(Norms.builder().from(norms).norms(normList).build())
                .build())
        .practice(
            Practice.builder()
                .from(practice)
                .meetings(meetings)
                .launchPlan(
                    LaunchPlan.builder()
                        .from(practice.getLaunchPlan())
                        .activityKinds(reversed(practice.getLaunchPlan().getActivityKinds()))
                        .build())
                .build())
        .domain(
            Domain.builder()
                .from(plan.getDomain())
                .purpose(
                    Purpose.builder()
                        .from(plan.getDomain().getPurpose())
                        .types(reversed(plan.getDomain().getPurpose().getTypes()))
                        .build())
                .build())
        .build();
  }

  private static <T> List<T> reversed(Iterable<T> values) {
    List<T> list = new ArrayList<>();
    values.forEach(list::add);
    Collections.reverse(list);
    return list;
  }
}
