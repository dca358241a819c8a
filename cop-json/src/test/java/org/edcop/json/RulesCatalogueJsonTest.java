package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableCommunityOfPractice;
import org.edcop.model.ImmutablePractice;
import org.edcop.model.Meeting;
import org.edcop.model.ParticipationTier;
import org.edcop.testing.SamplePlans;
import org.edcop.validation.ValidationPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wire names of the #15 policy settings and of a meeting's {@code rescheduledFrom} (#17). */
class RulesCatalogueJsonTest {

  private static final CopJson JSON = CopJson.defaults();

  private static String policy(String settings) {
    return "{\"schemaVersion\":1," + settings + "}";
  }

  @Test
  void theNewSettingsReadAndWriteBack() {
    ValidationPolicy read =
        JSON.readPolicy(
            policy(
                "\"maxSkippedPeriods\":2,\"sustainedSeriesMeetings\":4,"
                    + "\"sustainedSeriesMonths\":3,\"reflectionTiers\":[\"core\"]"));
    assertThat(read.getMaxSkippedPeriods()).isEqualTo(2);
    assertThat(read.getSustainedSeriesMeetings()).isEqualTo(4);
    assertThat(read.getSustainedSeriesMonths()).isEqualTo(3);
    assertThat(read.getReflectionTiers()).containsExactly(ParticipationTier.CORE);
    assertThat(JSON.readPolicy(JSON.writePolicy(read))).isEqualTo(read);
    // defaults are left out; an empty tier set is kept, not taken for the default
    assertThat(JSON.writePolicy(ValidationPolicy.defaults()))
        .doesNotContain("maxSkippedPeriods", "sustainedSeries", "reflectionTiers");
    ValidationPolicy none = ValidationPolicy.builder().reflectionTiers(List.of()).build();
    assertThat(JSON.readPolicy(JSON.writePolicy(none)).getReflectionTiers()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"maxSkippedPeriods\":-1| /maxSkippedPeriods| INVALID_VALUE",
        "\"maxSkippedPeriods\":13| /maxSkippedPeriods| INVALID_VALUE",
        "\"sustainedSeriesMeetings\":101| /sustainedSeriesMeetings| INVALID_VALUE",
        "\"sustainedSeriesMonths\":37| /sustainedSeriesMonths| INVALID_VALUE",
        "\"reflectionTiers\":[\"transactional\"]| /reflectionTiers| INVALID_VALUE",
        "\"reflectionTiers\":[\"chair\"]| /reflectionTiers/0| UNKNOWN_CODE"
      })
  void aValueOutOfRangeIsRefusedWithItsPointer(String settings, String pointer, String kind) {
    CopJsonException e =
        catchThrowableOfType(CopJsonException.class, () -> JSON.readPolicy(policy(settings)));
    assertThat(e.getPointer()).isEqualTo(pointer);
    assertThat(e.getKind()).isEqualTo(Kind.valueOf(kind));
  }

  @Test
  void aRescheduledMeetingKeepsItsOriginalDate() {
    CommunityOfPractice sample = SamplePlans.systemLeaders().getPlan();
    List<Meeting> meetings = new ArrayList<>(sample.getPractice().getMeetings());
    meetings.set(
        0,
        Meeting.builder().from(meetings.get(0)).rescheduledFrom(LocalDate.of(2026, 9, 8)).build());
    CommunityOfPractice moved =
        ImmutableCommunityOfPractice.copyOf(sample)
            .withPractice(ImmutablePractice.copyOf(sample.getPractice()).withMeetings(meetings));
    String json = JSON.writePlan(moved);
    assertThat(json).contains("\"rescheduledFrom\":\"2026-09-08\"");
    assertThat(JSON.readPlan(json)).isEqualTo(moved);
    // a document without the property reads it as absent
    assertThat(
            JSON.readPlan(JSON.writePlan(sample))
                .getPractice()
                .getMeetings()
                .get(0)
                .getRescheduledFrom())
        .isEmpty();
  }
}
