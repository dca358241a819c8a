package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.groups.Default;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Member;
import org.edcop.model.MembershipStatus;
import org.edcop.model.ParticipationTier;
import org.edcop.model.StatusChange;
import org.edcop.model.Vocabulary;
import org.edcop.model.constraints.CopStages;
import org.edcop.validation.jakarta.StageGroups;
import org.junit.jupiter.api.Test;

/** The running stage: its place among the stages, the as-of date and its determinism. */
class RunningStageTest {

  /** 03:00 UTC on 3 November 2026 is still 2 November in Edmonton (UTC-7). */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-03T03:00:00Z"), ZoneOffset.UTC);

  private static final CopValidator VALIDATOR = CopValidator.builder().clock(CLOCK).build();

  @Test
  void runningLiesBetweenLaunchAndCloseAndIsCumulative() {
    assertThat(Stage.values())
        .containsExactly(Stage.DRAFT, Stage.LAUNCH, Stage.RUNNING, Stage.CLOSE);
    assertThat(Stage.RUNNING.code()).isEqualTo("running");
    assertThat(Vocabulary.fromCode(Stage.class, "running")).isEqualTo(Stage.RUNNING);
    assertThat(Stage.RUNNING.includes(Stage.LAUNCH)).isTrue();
    assertThat(Stage.RUNNING.includes(Stage.CLOSE)).isFalse();
    assertThat(Stage.CLOSE.includes(Stage.RUNNING)).isTrue();
    assertThat(Stage.LAUNCH.includes(Stage.RUNNING)).isFalse();
  }

  @Test
  void theJakartaGroupOfRunningIsItsOwn() {
    assertThat(StageGroups.group(Stage.RUNNING)).isEqualTo(CopStages.Running.class);
    assertThat(StageGroups.stage(CopStages.Running.class)).isEqualTo(Stage.RUNNING);
    assertThat(StageGroups.stage(Default.class, CopStages.Running.class)).isEqualTo(Stage.RUNNING);
    assertThat(StageGroups.stage(CopStages.Running.class, CopStages.Close.class))
        .isEqualTo(Stage.CLOSE);
  }

  @Test
  void runningWithoutADateIsJudgedAsOfTodayInThePlansZone() {
    ValidationReport report = VALIDATOR.validate(Plans.complete(), Stage.RUNNING);
    assertThat(report.getStage()).isEqualTo(Stage.RUNNING);
    assertThat(report.getAsOf()).contains(LocalDate.of(2026, 11, 2));
    assertThat(VALIDATOR.today(Plans.complete())).isEqualTo(LocalDate.of(2026, 11, 2));
  }

  @Test
  void otherStagesHaveNoDateUnlessGivenOne() {
    assertThat(VALIDATOR.validate(Plans.complete(), Stage.LAUNCH).getAsOf()).isEmpty();
    assertThat(VALIDATOR.validate(Plans.complete(), Stage.CLOSE).getAsOf()).isEmpty();
    LocalDate day = LocalDate.of(2026, 10, 1);
    assertThat(VALIDATOR.validate(Plans.complete(), Stage.LAUNCH, day).getAsOf()).contains(day);
  }

  @Test
  void theSamePlanAndDateGiveTheSameFindingsWhateverTheClock() {
    CopValidator other =
        CopValidator.builder()
            .clock(Clock.fixed(Instant.parse("2031-05-05T12:00:00Z"), ZoneOffset.UTC))
            .build();
    CommunityOfPractice plan = Plans.complete();
    for (int day = 0; day < 300; day += 23) {
      LocalDate asOf = Plans.LAUNCH.minusDays(30).plusDays(day);
      ValidationReport first = VALIDATOR.validate(plan, Stage.RUNNING, asOf);
      assertThat(other.validate(plan, Stage.RUNNING, asOf)).isEqualTo(first);
      assertThat(VALIDATOR.validate(plan, Stage.RUNNING, asOf)).isEqualTo(first);
    }
  }

  @Test
  void anAsOfDateBeforeThePlanWasCreatedIsATypedErrorNamingTheDate() {
    CommunityOfPractice plan = Plans.complete();
    LocalDate before = plan.getCreatedOn().orElseThrow().minusDays(1);
    assertThatThrownBy(() -> VALIDATOR.validate(plan, Stage.RUNNING, before))
        .isInstanceOfSatisfying(
            ValidationInputException.class,
            e -> {
              assertThat(e.getInput()).isEqualTo("asOf");
              assertThat(e.getValue()).isEqualTo(before.toString());
              assertThat(e.getMessage()).contains(before.toString()).contains("createdOn");
            });
    assertThat(VALIDATOR.validate(plan, Stage.RUNNING, before.plusDays(1)).getAsOf())
        .contains(before.plusDays(1));
  }

  @Test
  void rulesSeeTheAsOfDateThroughTheirContext() {
    List<Optional<LocalDate>> seen = new ArrayList<>();
    Rule spy =
        new Rule() {
          @Override
          public String getId() {
            return "district.as-of-spy";
          }

          @Override
          public Section getSection() {
            return Section.COMMUNITY;
          }

          @Override
          public Stage getStage() {
            return Stage.RUNNING;
          }

          @Override
          public Severity getDefaultSeverity() {
            return Severity.WARNING;
          }

          @Override
          public String getDescription() {
            return "Records the as-of date it was given.";
          }

          @Override
          public void check(CommunityOfPractice plan, RuleContext context) {
            synchronized (seen) {
              seen.add(context.getAsOf());
            }
            context.report("", "seen", Map.of());
          }
        };
    CopValidator validator = CopValidator.builder().clock(CLOCK).addRule(spy).build();
    validator.validate(Plans.complete(), Stage.RUNNING);
    validator.validate(Plans.complete(), Stage.LAUNCH);
    validator.validate(Plans.complete(), Stage.CLOSE, LocalDate.of(2027, 7, 1));
    assertThat(seen)
        .containsExactly(
            Optional.of(LocalDate.of(2026, 11, 2)),
            Optional.empty(),
            Optional.of(LocalDate.of(2027, 7, 1)));
  }

  @Test
  void peopleWhoLeftStopCountingInTierSharesFromThatDay() {
    // three core members among ten is within 30%; once two active members leave, it is not
    CommunityOfPractice plan = Plans.setTier(Plans.complete(), "m3", ParticipationTier.CORE);
    LocalDate leftOn = LocalDate.of(2026, 10, 1);
    for (String id : List.of("x1", "x2")) {
      plan =
          Plans.addMember(
              plan,
              Member.builder()
                  .from(Plans.member(id, ParticipationTier.ACTIVE))
                  .addStatusHistory(StatusChange.of(Plans.LAUNCH, MembershipStatus.JOINED))
                  .addStatusHistory(StatusChange.of(leftOn, MembershipStatus.LEFT))
                  .build());
    }
    String rule = "membership.core-too-large";
    assertThat(VALIDATOR.validate(plan, Stage.RUNNING, leftOn.minusDays(1)).findings(rule))
        .isEmpty();
    assertThat(VALIDATOR.validate(plan, Stage.RUNNING, leftOn).findings(rule))
        .singleElement()
        .satisfies(f -> assertThat(f.getArguments()).containsEntry("headcount", "8"));
    // without a date each person's latest status counts: they have left
    assertThat(VALIDATOR.validate(plan, Stage.LAUNCH).findings(rule)).hasSize(1);
  }
}
