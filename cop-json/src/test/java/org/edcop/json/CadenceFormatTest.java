package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.edcop.json.format.CopJsonException;
import org.edcop.model.Cadence;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableCadence;
import org.edcop.model.ImmutableCommunityOfPractice;
import org.edcop.model.ImmutableLaunchPlan;
import org.edcop.model.ImmutablePractice;
import org.edcop.testing.SampleDocuments;
import org.edcop.testing.SamplePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The cadence kinds and attributes of 0.2 on the wire; 0.1 cadences read unchanged. */
class CadenceFormatTest {

  private static final String OLD_CADENCE =
      "\"cadence\": {\n        \"kind\": \"monthly\",\n        \"weekOfMonth\": 2,\n"
          + "        \"dayOfWeek\": \"tuesday\"\n      }";

  static Stream<Cadence> cadences() {
    return Stream.of(
        Cadence.weekly(DayOfWeek.MONDAY),
        Cadence.everyWeeks(3),
        Cadence.monthlyOnLast(DayOfWeek.THURSDAY),
        Cadence.monthlyOnDay(31),
        Cadence.everyMonths(2, 1, DayOfWeek.FRIDAY),
        Cadence.everyMonthsOnDay(3, 15),
        Cadence.twiceMonthlyOn(1, 3, DayOfWeek.TUESDAY),
        Cadence.twiceMonthlyOnDays(1, 15),
        Cadence.monthlyOn(2, DayOfWeek.WEDNESDAY).withStartTime(LocalTime.of(15, 30)),
        Cadence.weekly(DayOfWeek.FRIDAY).withStartTime(LocalTime.of(8, 5, 30)));
  }

  private static CommunityOfPractice withCadence(Cadence cadence) {
    CommunityOfPractice sample = SamplePlans.systemLeaders().getPlan();
    return ImmutableCommunityOfPractice.copyOf(sample)
        .withPractice(
            ImmutablePractice.copyOf(sample.getPractice())
                .withLaunchPlan(
                    ImmutableLaunchPlan.copyOf(sample.getPractice().getLaunchPlan())
                        .withCadence(cadence)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cadences")
  void everyCadenceRoundTrips(Cadence cadence) {
    CopJson json = CopJson.defaults();
    CommunityOfPractice plan = withCadence(cadence);
    assertThat(json.readPlan(json.writePlan(plan))).isEqualTo(plan);
  }

  @Test
  void aVersionOneCadenceReadsUnchanged() {
    String document = SampleDocuments.json("system-leaders");
    assertThat(document).contains(OLD_CADENCE);
    Cadence read =
        CopJson.defaults().readPlan(document).getPractice().getLaunchPlan().getCadence().get();
    assertThat(read).isEqualTo(Cadence.monthlyOn(2, DayOfWeek.TUESDAY));
    assertThat(read.getStartTime()).isEmpty();
    assertThat(read.getDaysOfMonth()).isEmpty();
  }

  @Test
  void wireNamesOfTheNewAttributes() {
    String written =
        CopJson.defaults()
            .writePlan(
                withCadence(
                    ImmutableCadence.copyOf(Cadence.twiceMonthlyOnDays(1, 15))
                        .withStartTime(LocalTime.of(15, 30))));
    assertThat(written)
        .contains(
            "\"cadence\":{\"kind\":\"twice-monthly\",\"daysOfMonth\":[1,15],"
                + "\"startTime\":\"15:30\"}");
  }

  @Test
  void aStartTimeThatIsNotATimeIsNamed() {
    String document =
        SampleDocuments.json("system-leaders")
            .replace("\"weekOfMonth\": 2,", "\"weekOfMonth\": 2, \"startTime\": \"3pm\",");
    CopJsonException e =
        catchThrowableOfType(CopJsonException.class, () -> CopJson.defaults().readPlan(document));
    assertThat(e.getMessage()).contains("'3pm'").contains("/practice/launchPlan/cadence/startTime");
  }
}
