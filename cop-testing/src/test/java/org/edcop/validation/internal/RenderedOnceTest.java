package org.edcop.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.edcop.model.CommunityOfPractice;
import org.edcop.testing.Mistake;
import org.edcop.testing.RandomPlans;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Finding;
import org.edcop.validation.Stage;
import org.junit.jupiter.api.Test;

/**
 * The validator renders a built-in finding's message once, in the form it keeps (#22): on seeded
 * random plans with every planted mistake, at every stage with and without an as-of date, each
 * built-in finding's message is its message key rendered with its own arguments, and findings of
 * both forms (plain and open question) occur.
 */
class RenderedOnceTest {

  @Test
  void everyBuiltInMessageIsItsKeyRenderedWithItsArguments() {
    CopValidator validator = CopValidator.defaults();
    int questions = 0;
    int plain = 0;
    for (long seed : RandomPlans.seeds(40).toArray()) {
      CommunityOfPractice plan = RandomPlans.generate(seed, java.util.EnumSet.allOf(Mistake.class));
      Optional<LocalDate> asOf =
          plan.getPractice().getMeetings().stream()
              .flatMap(m -> m.getStart().stream())
              .map(start -> start.toLocalDate())
              .max(LocalDate::compareTo);
      for (Stage stage : Stage.values()) {
        java.util.List<Finding> findings;
        try {
          findings =
              asOf.isPresent() && stage == Stage.RUNNING
                  ? validator.validate(plan, stage, asOf.get()).getFindings()
                  : validator.validate(plan, stage).getFindings();
        } catch (org.edcop.validation.ValidationInputException e) {
          findings = validator.validate(plan, stage).getFindings(); // as-of day not accepted
        }
        for (Finding finding : findings) {
          if (!Messages.hasTemplate(finding.getMessageKey())) {
            continue;
          }
          assertThat(finding.getMessage())
              .as("seed %d, stage %s, %s", seed, stage, finding.getMessageKey())
              .isEqualTo(
                  Messages.render(finding.getMessageKey(), finding.getArguments(), Locale.ROOT));
          if (finding.getMessageKey().endsWith(CopValidator.QUESTION)) {
            questions++;
          } else {
            plain++;
          }
        }
      }
    }
    assertThat(questions).isPositive();
    assertThat(plain).isPositive();
  }
}
