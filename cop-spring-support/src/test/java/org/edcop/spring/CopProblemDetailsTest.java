package org.edcop.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edcop.json.format.CopJsonException;
import org.edcop.validation.Finding;
import org.edcop.validation.Section;
import org.edcop.validation.Severity;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class CopProblemDetailsTest {

  @Test
  void propertyPathsBecomeJsonPointers() {
    assertThat(CopProblemDetails.pointer("")).isEmpty();
    assertThat(CopProblemDetails.pointer("plan")).isEqualTo("/plan");
    assertThat(CopProblemDetails.pointer("plan.members[3].id")).isEqualTo("/plan/members/3/id");
    assertThat(CopProblemDetails.pointer("a~b.c/d")).isEqualTo("/a~0b/c~1d");
  }

  @Test
  void invalidDocumentCarriesKindPointerAndLocation() {
    ProblemDetail problem =
        CopProblemDetails.invalidDocument(
            new CopJsonException(
                CopJsonException.Kind.DUPLICATE_PROPERTY, "/id", "twice", 3, 7, null));
    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getType()).hasToString(CopProblemDetails.TYPE_BASE + "invalid-document");
    assertThat(problem.getProperties())
        .containsEntry("kind", "duplicate-property")
        .containsEntry("pointer", "/id")
        .containsEntry("line", 3L)
        .containsEntry("column", 7L);
    ProblemDetail unlocated =
        CopProblemDetails.invalidDocument(
            new CopJsonException(CopJsonException.Kind.LIMIT_EXCEEDED, "", "too big"));
    assertThat(unlocated.getProperties()).doesNotContainKeys("line", "column");
  }

  @Test
  void validationFailedListsOnlyFindingsAtOrAboveTheMinimum() {
    ValidationReport report =
        ValidationReport.builder()
            .stage(Stage.LAUNCH)
            .addFindings(finding("integrity.member-id-duplicate", Severity.ERROR, "/a"))
            .addFindings(
                finding("collaborative-plan.facilitator-not-member", Severity.WARNING, "/b"))
            .addFindings(finding("further-application.application-missing", Severity.INFO, "/c"))
            .build();
    assertThat(ruleIds(CopProblemDetails.validationFailed(report, Severity.ERROR, Locale.ROOT)))
        .containsExactly("integrity.member-id-duplicate");
    assertThat(ruleIds(CopProblemDetails.validationFailed(report, Severity.WARNING, Locale.ROOT)))
        .containsExactly(
            "integrity.member-id-duplicate", "collaborative-plan.facilitator-not-member");
    assertThatThrownBy(() -> CopValidationException.throwIfAny(report, Severity.ERROR))
        .isInstanceOf(CopValidationException.class)
        .hasMessageContaining("1 finding(s) of severity error or above at the launch stage");
  }

  @Test
  void invalidParameterListsTheCodesOfAVocabulary() {
    ProblemDetail problem = CopProblemDetails.invalidParameter("stage", "finale", Stage.class);
    assertThat(problem.getDetail())
        .isEqualTo("'finale' is not a valid stage; expected one of: draft, launch, running, close");
    assertThat(problem.getProperties()).containsEntry("parameter", "stage");
    assertThat(new StageConverter().convert("launch")).isEqualTo(Stage.LAUNCH);
    assertThat(new StageConverter().convert("")).isNull();
    assertThatThrownBy(() -> new StageConverter().convert("LAUNCH"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("draft, launch, running, close");
  }

  private static Finding finding(String ruleId, Severity severity, String path) {
    return Finding.builder()
        .ruleId(ruleId)
        .severity(severity)
        .section(Section.values()[0])
        .path(path)
        .message("m " + ruleId)
        .build();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> ruleIds(ProblemDetail problem) {
    return ((List<Map<String, Object>>) problem.getProperties().get("errors"))
        .stream().map(e -> e.get("ruleId")).toList();
  }
}
