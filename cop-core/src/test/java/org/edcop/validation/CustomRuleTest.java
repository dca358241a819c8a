package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.junit.jupiter.api.Test;

/** A district's own rules report like the built-in ones and obey the policy. */
class CustomRuleTest {

  /** A district rule: no meeting on a Friday. */
  static final class NoFridayMeetings implements Rule {
    @Override
    public String getId() {
      return "district.meeting-on-friday";
    }

    @Override
    public Section getSection() {
      return Section.COLLABORATIVE_PLAN;
    }

    @Override
    public Stage getStage() {
      return Stage.LAUNCH;
    }

    @Override
    public Severity getDefaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String getDescription() {
      return "No meeting falls on a Friday.";
    }

    @Override
    public void check(CommunityOfPractice plan, RuleContext context) {
      List<Meeting> meetings = plan.getPractice().getMeetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting meeting = meetings.get(i);
        if (meeting.getStart().map(s -> s.getDayOfWeek() == DayOfWeek.FRIDAY).orElse(false)) {
          context.report(
              "/practice/meetings/" + i + "/start",
              "Meeting " + meeting.getId() + " is on a Friday.",
              Map.of("meeting", meeting.getId()));
        }
      }
    }
  }

  /** A rule that describes itself with the given values and runs the given check. */
  static Rule rule(
      String id, Section section, Stage stage, Severity severity, boolean integrity, Check check) {
    return new Rule() {
      @Override
      public String getId() {
        return id;
      }

      @Override
      public Section getSection() {
        return section;
      }

      @Override
      public Stage getStage() {
        return stage;
      }

      @Override
      public Severity getDefaultSeverity() {
        return severity;
      }

      @Override
      public boolean isIntegrity() {
        return integrity;
      }

      @Override
      public String getDescription() {
        return "test rule " + id;
      }

      @Override
      public void check(CommunityOfPractice plan, RuleContext context) {
        check.check(plan, context);
      }
    };
  }

  /** The body of a test rule. */
  interface Check {
    void check(CommunityOfPractice plan, RuleContext context);
  }

  private static CommunityOfPractice withAFridayMeeting() {
    CommunityOfPractice plan = Plans.complete();
    return Plans.meetingsOn(
        plan, Plans.LAUNCH, Plans.LAUNCH.plusWeeks(4), Plans.LAUNCH.plusWeeks(8).plusDays(3));
  }

  @Test
  void aCustomRuleReportsLikeABuiltInOne() {
    CopValidator validator = CopValidator.builder().addRule(new NoFridayMeetings()).build();
    ValidationReport report = validator.validate(withAFridayMeeting(), Stage.LAUNCH);
    List<Finding> findings = report.findings("district.meeting-on-friday");
    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(finding.getSection()).isEqualTo(Section.COLLABORATIVE_PLAN);
    assertThat(finding.getPath()).isEqualTo("/practice/meetings/2/start");
    assertThat(finding.getMessage()).isEqualTo("Meeting nov is on a Friday.");
    assertThat(finding.getMessageKey()).isEqualTo("district.meeting-on-friday");
    assertThat(finding.getArguments()).containsExactly(Map.entry("meeting", "nov"));
    // sorted among the built-in findings of its section by path
    assertThat(report.getFindings())
        .isSortedAccordingTo(org.edcop.validation.internal.FindingOrder.ORDER);
    assertThat(report.getSections().get(Section.COLLABORATIVE_PLAN.ordinal()).getWarnings())
        .isEqualTo(
            report.getFindings().stream()
                .filter(
                    f ->
                        f.getSection() == Section.COLLABORATIVE_PLAN
                            && f.getSeverity() == Severity.WARNING)
                .count());
    // before its stage it is an open question
    assertThat(
            validator
                .validate(withAFridayMeeting(), Stage.DRAFT)
                .findings("district.meeting-on-friday"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.INFO);
    assertThat(validator.getRules().get(validator.getRules().size() - 1))
        .isInstanceOf(NoFridayMeetings.class);
    assertThat(validator.getRules()).hasSize(CopValidator.defaults().getRules().size() + 1);
  }

  @Test
  void thePolicyTunesACustomRule() {
    CopValidator validator = CopValidator.builder().addRule(new NoFridayMeetings()).build();
    CopValidator off =
        validator.withPolicy(
            ValidationPolicy.builder().addDisabledRules("district.meeting-on-friday").build());
    assertThat(
            off.validate(withAFridayMeeting(), Stage.LAUNCH).findings("district.meeting-on-friday"))
        .isEmpty();
    CopValidator strict =
        CopValidator.builder()
            .addRule(new NoFridayMeetings())
            .policy(
                ValidationPolicy.builder()
                    .putSeverityOverride("district.meeting-on-friday", Severity.ERROR)
                    .build())
            .build();
    ValidationReport report = strict.validate(withAFridayMeeting(), Stage.LAUNCH);
    assertThat(report.findings("district.meeting-on-friday"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.ERROR);
    assertThat(report.isAcceptable()).isFalse();
  }

  @Test
  void aCustomIntegrityRuleIsAnErrorAtDraft() {
    Rule rule =
        rule(
            "district.id-format",
            Section.COMMUNITY,
            Stage.CLOSE,
            Severity.ERROR,
            true,
            (plan, context) -> {
              if (!plan.getId().startsWith("psd-")) {
                context.report("/id", "The id must start with psd-.");
              }
            });
    ValidationReport report =
        CopValidator.builder().addRule(rule).build().validate(Plans.complete(), Stage.DRAFT);
    assertThat(report.findings("district.id-format"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.ERROR);
    assertThat(report.isAcceptable()).isFalse();
  }

  @Test
  void aThrowingRuleBecomesARuleFailedFinding() {
    Rule failing =
        rule(
            "district.broken",
            Section.NORMS,
            Stage.LAUNCH,
            Severity.WARNING,
            false,
            (plan, context) -> {
              context.report("/community/norms", "partial finding, dropped");
              throw new IllegalStateException("boom {rule} ${1+1}");
            });
    CopValidator validator =
        CopValidator.builder().addRule(failing).addRule(new NoFridayMeetings()).build();
    ValidationReport report = validator.validate(withAFridayMeeting(), Stage.LAUNCH);
    assertThat(report.findings("district.broken")).isEmpty();
    List<Finding> failed = report.findings(CopValidator.RULE_FAILED);
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(failed.get(0).getSection()).isEqualTo(Section.NORMS);
    assertThat(failed.get(0).getPath()).isEmpty();
    assertThat(failed.get(0).getArguments())
        .containsEntry("rule", "district.broken")
        .containsEntry("error", "IllegalStateException: boom {rule} ${1+1}");
    assertThat(failed.get(0).getMessage())
        .isEqualTo(
            "Rule district.broken could not check this plan (IllegalStateException: boom {rule} ${1+1});"
                + " its findings are missing from this report.");
    assertThat(report.isAcceptable()).isFalse();
    // the other rules still ran
    assertThat(report.findings("district.meeting-on-friday")).hasSize(1);
  }

  @Test
  void aRuleReportingABadPathOrNullFails() {
    Rule badPath =
        rule(
            "district.bad-path",
            Section.NORMS,
            Stage.DRAFT,
            Severity.ERROR,
            false,
            (plan, context) -> context.report("community/norms", "no leading slash"));
    Rule nullMessage =
        rule(
            "district.null-message",
            Section.NORMS,
            Stage.DRAFT,
            Severity.ERROR,
            false,
            (plan, context) -> context.report("/community", null));
    Rule overflow =
        rule(
            "district.overflow",
            Section.NORMS,
            Stage.DRAFT,
            Severity.ERROR,
            false,
            CustomRuleTest::recurse);
    ValidationReport report =
        CopValidator.builder()
            .addRule(badPath)
            .addRule(nullMessage)
            .addRule(overflow)
            .build()
            .validate(Plans.complete(), Stage.DRAFT);
    assertThat(report.findings(CopValidator.RULE_FAILED))
        .extracting(f -> f.getArguments().get("rule"))
        .containsExactlyInAnyOrder(
            "district.bad-path", "district.null-message", "district.overflow");
  }

  @SuppressWarnings("InfiniteRecursion") // on purpose: a rule that overflows the stack
  private static void recurse(CommunityOfPractice plan, RuleContext context) {
    recurse(plan, context);
  }

  @Test
  void ruleFailedCanBeTunedLikeAnyRule() {
    Rule failing =
        rule(
            "district.broken",
            Section.NORMS,
            Stage.LAUNCH,
            Severity.WARNING,
            false,
            (plan, context) -> {
              throw new IllegalStateException("boom");
            });
    CopValidator validator =
        CopValidator.builder()
            .addRule(failing)
            .policy(
                ValidationPolicy.builder()
                    .putSeverityOverride(CopValidator.RULE_FAILED, Severity.WARNING)
                    .build())
            .build();
    assertThat(
            validator.validate(Plans.complete(), Stage.LAUNCH).findings(CopValidator.RULE_FAILED))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void aCustomRuleMayNotTakeAnExistingId() {
    Rule clash =
        rule(
            "leadership.leader-missing",
            Section.LEADERSHIP,
            Stage.LAUNCH,
            Severity.ERROR,
            false,
            (p, c) -> {});
    assertThatThrownBy(() -> CopValidator.builder().addRule(clash).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'leadership.leader-missing'")
        .hasMessageContaining("already used");
    Rule reserved =
        rule(
            CopValidator.RULE_FAILED,
            Section.LEADERSHIP,
            Stage.LAUNCH,
            Severity.ERROR,
            false,
            (p, c) -> {});
    assertThatThrownBy(() -> CopValidator.builder().addRule(reserved).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                CopValidator.builder()
                    .addRule(new NoFridayMeetings())
                    .addRule(new NoFridayMeetings())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("district.meeting-on-friday");
  }

  @Test
  void aCustomRuleMustDescribeItselfProperly() {
    for (String bad :
        new String[] {"", "District.Rule", "district rule", "district..rule", "-x", "x."}) {
      Rule rule = rule(bad, Section.NORMS, Stage.LAUNCH, Severity.ERROR, false, (p, c) -> {});
      assertThatThrownBy(() -> CopValidator.builder().addRule(rule).build())
          .as("id '%s'", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("but was: '" + bad + "'");
    }
    Rule noId = rule(null, Section.NORMS, Stage.LAUNCH, Severity.ERROR, false, (p, c) -> {});
    assertThatThrownBy(() -> CopValidator.builder().addRule(noId).build())
        .isInstanceOf(IllegalArgumentException.class);
    Rule noSection = rule("district.x", null, Stage.LAUNCH, Severity.ERROR, false, (p, c) -> {});
    assertThatThrownBy(() -> CopValidator.builder().addRule(noSection).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("district.x");
    assertThatThrownBy(() -> CopValidator.builder().addRule(null))
        .isInstanceOf(NullPointerException.class);
  }
}
