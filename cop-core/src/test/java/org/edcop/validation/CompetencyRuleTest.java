package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.edcop.validation.Plans.VALIDATOR;
import static org.edcop.validation.Plans.reflection;

import java.io.StringReader;
import java.util.List;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.CompetencyRef;
import org.edcop.standards.CompetencyReference;
import org.edcop.standards.Framework;
import org.edcop.standards.StandardsCatalog;
import org.edcop.standards.StandardsFormatException;
import org.junit.jupiter.api.Test;

/** Competency references may name an indicator or element (#15): {@code 5A}, {@code 5.A}. */
class CompetencyRuleTest {

  private static final String RULE = "professional-practice.competency-unknown";

  /** A district's framework that lists indicators for its first competency only. */
  private static final Framework DISTRICT =
      StandardsCatalog.load(
          new StringReader(
              "id=district-leaders\n"
                  + "name=District Leadership Standard\n"
                  + "jurisdiction=Somewhere\n"
                  + "source=The district\n"
                  + "version=2026\n"
                  + "competency.1.id=5\n"
                  + "competency.1.name=Ethics\n"
                  + "competency.1.indicator.A=Models ethical behaviour\n"
                  + "competency.1.indicator.B=Guards the rights of students\n"
                  + "competency.2.id=6\n"
                  + "competency.2.name=Context\n"),
          "district.properties");

  private static final CopValidator WITH_DISTRICT =
      CopValidator.builder().standards(StandardsCatalog.builtIn().withFramework(DISTRICT)).build();

  private static List<Finding> findings(CopValidator validator, String framework, String id) {
    CommunityOfPractice plan =
        reflection(Plans.complete(), r -> r.withCompetencies(CompetencyRef.of(framework, id)));
    return validator.validate(plan, Stage.LAUNCH).findings(RULE);
  }

  @Test
  void theReaderKeepsIndicatorsInOrder() {
    assertThat(DISTRICT.findCompetency("5").orElseThrow().getIndicators())
        .containsExactly(
            java.util.Map.entry("A", "Models ethical behaviour"),
            java.util.Map.entry("B", "Guards the rights of students"));
    assertThat(DISTRICT.findCompetency("6").orElseThrow().getIndicators()).isEmpty();
    assertThatThrownBy(
            () ->
                StandardsCatalog.load(
                    new StringReader(
                        "id=x\nname=X\njurisdiction=J\nsource=S\nversion=1\n"
                            + "competency.1.id=1\ncompetency.1.name=One\n"
                            + "competency.2.indicator.A=Orphan\n"),
                    "orphan.properties"))
        .isInstanceOf(StandardsFormatException.class)
        .hasMessageContaining("competency.2");
  }

  @Test
  void aListedIndicatorResolvesInEachSpelling() {
    for (String id : List.of("5", "5A", "5a", "5.A", "5-B")) {
      assertThat(findings(WITH_DISTRICT, "district-leaders", id)).as(id).isEmpty();
    }
    CompetencyReference ref = CompetencyReference.resolve(DISTRICT, "5.b").orElseThrow();
    assertThat(ref.getCompetency().getId()).isEqualTo("5");
    assertThat(ref.getIndicatorId()).isEqualTo("b");
    assertThat(ref.indicatorName()).contains("Guards the rights of students");
  }

  @Test
  void anIndicatorTheCatalogDoesNotListIsAnError() {
    List<Finding> found = findings(WITH_DISTRICT, "district-leaders", "5Z");
    assertThat(found).hasSize(1);
    Finding finding = found.get(0);
    assertThat(finding.getMessageKey()).isEqualTo(RULE + ".indicator");
    assertThat(finding.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(finding.getPath()).isEqualTo("/practice/reflections/0/competencies/0/competencyId");
    assertThat(finding.getArguments())
        .containsEntry("framework", "district-leaders")
        .containsEntry("competency", "5")
        .containsEntry("indicator", "Z");
    // a competency whose indicators are not listed accepts any indicator id
    assertThat(findings(WITH_DISTRICT, "district-leaders", "6C")).isEmpty();
  }

  @Test
  void theBuiltInCpselAcceptsElementReferences() {
    // before #15 "5A" was an unknown competency of CPSEL
    assertThat(findings(VALIDATOR, "ca-cpsel", "5A")).isEmpty();
    assertThat(findings(VALIDATOR, "ca-cpsel", "7A"))
        .extracting(Finding::getMessageKey)
        .containsExactly(RULE + ".competency");
  }

  @Test
  void digitsAfterACompetencyIdAreNoIndicatorWithoutASeparator() {
    // "99" is not competency 9 with indicator 9
    assertThat(findings(VALIDATOR, "alberta-lqs", "99"))
        .extracting(Finding::getMessageKey)
        .containsExactly(RULE + ".competency");
    assertThat(findings(VALIDATOR, "alberta-lqs", "9.9")).isEmpty();
    assertThat(findings(VALIDATOR, "alberta-lqs", "9.")).hasSize(1);
  }
}
