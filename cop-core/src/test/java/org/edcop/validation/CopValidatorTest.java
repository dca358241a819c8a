package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Leader;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.validation.internal.FindingOrder;
import org.junit.jupiter.api.Test;

/** The validator's own behaviour: sharing, stages, ordering, summaries. */
class CopValidatorTest {

  static CommunityOfPractice bareDraft() {
    return CommunityOfPractice.builder()
        .id("new")
        .name("A new community")
        .authority("Prairie School Division")
        .timeZone(ZoneId.of("America/Edmonton"))
        .build();
  }

  @Test
  void defaultsIsOneSharedInstance() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<CopValidator>> futures = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        futures.add(pool.submit(CopValidator::defaults));
      }
      for (Future<CopValidator> future : futures) {
        assertThat(future.get()).isSameAs(CopValidator.defaults());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(CopValidator.builder().build()).isNotSameAs(CopValidator.defaults());
  }

  @Test
  void aBareDraftIsAcceptableAtDraftButNotAtLaunch() {
    ValidationReport draft = CopValidator.defaults().validate(bareDraft(), Stage.DRAFT);
    assertThat(draft.isAcceptable()).isTrue();
    assertThat(draft.getStage()).isEqualTo(Stage.DRAFT);
    assertThat(draft.getFindings()).isNotEmpty().allMatch(f -> f.getSeverity() == Severity.INFO);
    assertThat(draft.count(Severity.INFO)).isEqualTo(draft.getFindings().size());

    ValidationReport launch = CopValidator.defaults().validate(bareDraft(), Stage.LAUNCH);
    assertThat(launch.isAcceptable()).isFalse();
    assertThat(launch.findings("leadership.leader-missing"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.ERROR);
    // close-stage rules are still open questions at launch
    assertThat(launch.findings("results.legacy-missing"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.INFO);
    assertThat(
            CopValidator.defaults()
                .validate(bareDraft(), Stage.CLOSE)
                .findings("results.legacy-missing"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.ERROR);
  }

  @Test
  void sectionSummariesCountFindingsAndListOpenQuestions() {
    ValidationReport report = CopValidator.defaults().validate(bareDraft(), Stage.DRAFT);
    assertThat(report.getSections())
        .extracting(SectionSummary::getSection)
        .containsExactly(Section.values());
    SectionSummary leadership = report.getSections().get(Section.LEADERSHIP.ordinal());
    assertThat(leadership.isComplete()).isFalse();
    assertThat(leadership.getErrors()).isZero();
    assertThat(leadership.getInfos()).isEqualTo(leadership.getOpenQuestions().size()).isPositive();
    assertThat(leadership.getOpenQuestions())
        .contains("Who will lead the community? Name at least one leader from among the members.");
    assertThat(report.getSections().get(Section.COMMUNITY.ordinal()).isComplete()).isTrue();
  }

  @Test
  void findingsAreOrderedBySectionThenNumericPathThenRule() {
    CommunityOfPractice plan = Plans.complete();
    for (int i = 0; i < 11; i++) {
      plan = Plans.addMeeting(plan, org.edcop.model.Meeting.builder().id("x" + i).build());
    }
    ValidationReport report = CopValidator.defaults().validate(plan, Stage.LAUNCH);
    assertThat(report.getFindings()).isSortedAccordingTo(FindingOrder.ORDER);
    List<String> paths =
        report.findings("collaborative-plan.meeting-topic-missing").stream()
            .map(Finding::getPath)
            .toList();
    assertThat(paths)
        .startsWith("/practice/meetings/4/topics", "/practice/meetings/5/topics")
        .endsWith("/practice/meetings/14/topics");
    assertThat(FindingOrder.comparePaths("/a/2/b", "/a/10")).isNegative();
    assertThat(FindingOrder.comparePaths("/a/02", "/a/2")).isZero();
    assertThat(FindingOrder.comparePaths("", "/a")).isNegative();
    assertThat(FindingOrder.comparePaths("/a", "/a/0")).isNegative();
    assertThat(FindingOrder.comparePaths("/a/x", "/a/10")).isPositive();
  }

  @Test
  void validateRejectsNullArguments() {
    assertThatThrownBy(() -> CopValidator.defaults().validate(null, Stage.DRAFT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("plan");
    assertThatThrownBy(() -> CopValidator.defaults().validate(bareDraft(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("stage");
    assertThatThrownBy(() -> CopValidator.defaults().withPolicy(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void rulesAreListedInCatalogOrderWithUniqueIds() {
    List<Rule> rules = CopValidator.defaults().getRules();
    assertThat(rules).extracting(Rule::getId).doesNotHaveDuplicates();
    assertThat(rules.get(0).getId()).startsWith("integrity.");
    List<Section> sections = new ArrayList<>();
    for (Rule rule : rules) {
      if (!rule.isIntegrity()) {
        sections.add(rule.getSection());
      }
      assertThat(rule.getDescription()).isNotBlank();
      if (rule.isIntegrity()) {
        assertThat(rule.getDefaultSeverity()).isEqualTo(Severity.ERROR);
        assertThat(rule.getStage()).isEqualTo(Stage.DRAFT);
      } else {
        assertThat(rule.getStage()).isNotEqualTo(Stage.DRAFT);
      }
    }
    assertThat(sections).isSorted();
    assertThatThrownBy(() -> rules.add(rules.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void userTextComesOutLiterally() {
    String nasty = "${1+1} {member} {jakarta.validation.constraints.NotNull.message} 'quoted' #{x}";
    CommunityOfPractice plan =
        Plans.addMember(
            Plans.complete(),
            org.edcop.model.Member.of(
                Plans.id("{name}"), Person.of(nasty), ParticipationTier.PERIPHERAL));
    plan =
        Plans.leadership(
            plan,
            l ->
                l.withLeaders(
                    l.getLeaders().get(0), l.getLeaders().get(1), Leader.of(Plans.id("{name}"))));
    Finding finding =
        CopValidator.defaults()
            .validate(plan, Stage.LAUNCH)
            .findings("leadership.leader-tier")
            .get(0);
    assertThat(finding.getMessage())
        .isEqualTo(
            "Leader "
                + nasty
                + " ({name}) is in the “Peripheral” tier. Leaders should be core or active"
                + " members: change the tier or choose another leader.");
    assertThat(finding.getArguments())
        .containsEntry("name", nasty)
        .containsEntry("member", "{name}");
  }

  @Test
  void aCustomStandardsCatalogIsUsedForCompetencies() {
    CommunityOfPractice plan =
        Plans.reflection(
            Plans.complete(),
            r -> r.withCompetencies(org.edcop.model.CompetencyRef.of("district-std", "a")));
    assertThat(
            CopValidator.defaults()
                .validate(plan, Stage.LAUNCH)
                .findings("professional-practice.competency-unknown"))
        .hasSize(1);
    org.edcop.standards.StandardsCatalog catalog =
        org.edcop.standards.StandardsCatalog.builtIn()
            .withFramework(
                org.edcop.standards.Framework.builder()
                    .id("district-std")
                    .name("District standard")
                    .jurisdiction("Prairie")
                    .source("district")
                    .version("1")
                    .addCompetencies(org.edcop.standards.Competency.of("a", "Leading learning"))
                    .build());
    CopValidator validator = CopValidator.builder().standards(catalog).build();
    assertThat(
            validator
                .validate(plan, Stage.LAUNCH)
                .findings("professional-practice.competency-unknown"))
        .isEmpty();
  }

  @Test
  void eachFindingTakesTheOpenQuestionFormOnlyWhereItsOwnMessageHasOne() {
    // version 2 of the norms: m2 and m4 never agreed, m3 and m5 agreed to version 1, in roster
    // order, so the rule reports under its two message keys by turns; only the first has an
    // open-question form, which a finding takes before the rule is due (running)
    List<org.edcop.model.NormAgreement> agreements = new ArrayList<>();
    for (String member : List.of("m1", "m3", "m5", "m6", "m7", "m8")) {
      int version = member.equals("m3") || member.equals("m5") ? 1 : 2;
      agreements.add(org.edcop.model.NormAgreement.of(Plans.id(member), version, Plans.LAUNCH));
    }
    CommunityOfPractice plan =
        Plans.norms(Plans.complete(), n -> n.withVersion(2).withAgreements(agreements));
    for (Stage stage : List.of(Stage.LAUNCH, Stage.DRAFT, Stage.LAUNCH)) {
      List<Finding> findings =
          CopValidator.defaults().validate(plan, stage).findings("norms.agreement-missing");
      assertThat(findings)
          .as("at %s", stage)
          .extracting(f -> f.getArguments().get("member"), Finding::getMessageKey)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("m2", "norms.agreement-missing.question"),
              org.assertj.core.groups.Tuple.tuple("m3", "norms.agreement-missing.outdated"),
              org.assertj.core.groups.Tuple.tuple("m4", "norms.agreement-missing.question"),
              org.assertj.core.groups.Tuple.tuple("m5", "norms.agreement-missing.outdated"));
      assertThat(findings).extracting(Finding::getSeverity).containsOnly(Severity.INFO);
      assertThat(findings)
          .filteredOn(f -> f.getMessageKey().endsWith(".question"))
          .extracting(Finding::getMessage)
          .allSatisfy(message -> assertThat(message).contains("will need to agree to version 2"));
    }
    List<Finding> due =
        CopValidator.defaults()
            .validate(plan, Stage.RUNNING, Plans.AS_OF)
            .findings("norms.agreement-missing");
    assertThat(due)
        .extracting(Finding::getMessageKey)
        .doesNotContain("norms.agreement-missing.question")
        .contains("norms.agreement-missing", "norms.agreement-missing.outdated");
  }
}
