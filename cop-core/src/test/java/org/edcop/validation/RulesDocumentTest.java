package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edcop.standards.StandardsCatalog;
import org.edcop.validation.internal.BuiltInRule;
import org.edcop.validation.internal.BuiltInRules;
import org.edcop.validation.internal.RulesDocument;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is generated from the rule catalogue: the regions between {@code <!-- generated:x
 * -->} and {@code <!-- /generated:x -->} must equal what {@link RulesDocument} renders. After a
 * deliberate change, run {@code mvn -pl cop-core -am test -Dtest=RulesDocumentTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcop.regenerate=true} and commit the document.
 */
class RulesDocumentTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "rules.md");

  private static Pattern region(String name) {
    return Pattern.compile(
        "(<!-- generated:"
            + Pattern.quote(name)
            + " [^\\n]*-->\\n)(.*?)(<!-- /generated:"
            + Pattern.quote(name)
            + " -->)",
        Pattern.DOTALL);
  }

  @Test
  void theGeneratedRegionsMatchTheCatalogue() throws IOException {
    String text = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    List<Rule> rules = CopValidator.defaults().getRules();
    Map<String, String> rendered = RulesDocument.render(rules);
    String regenerated = text;
    for (Map.Entry<String, String> entry : rendered.entrySet()) {
      Matcher matcher = region(entry.getKey()).matcher(regenerated);
      assertThat(matcher.find()).as("region %s in docs/rules.md", entry.getKey()).isTrue();
      regenerated =
          regenerated.substring(0, matcher.start(2))
              + entry.getValue()
              + regenerated.substring(matcher.end(2));
    }
    if (Boolean.getBoolean("cop.regenerate")) {
      Files.writeString(DOCUMENT, regenerated, StandardCharsets.UTF_8);
      return;
    }
    assertThat(text)
        .as("docs/rules.md; regenerate with -Dcop.regenerate=true")
        .isEqualTo(regenerated);
  }

  @Test
  void theValidatorRunsTheCatalogueInItsOrder() {
    List<String> catalogue =
        BuiltInRules.all(StandardsCatalog.builtIn()).stream().map(Rule::getId).toList();
    assertThat(CopValidator.defaults().getRules()).extracting(Rule::getId).isEqualTo(catalogue);
    // integrity rules first, then the others by section
    List<Rule> rules = CopValidator.defaults().getRules();
    for (int i = 1; i < rules.size(); i++) {
      Rule a = rules.get(i - 1);
      Rule b = rules.get(i);
      assertThat(!a.isIntegrity() && b.isIntegrity()).as("%s before %s", a, b).isFalse();
      if (!a.isIntegrity() && !b.isIntegrity()) {
        assertThat(a.getSection().compareTo(b.getSection()))
            .as("%s before %s", a, b)
            .isLessThanOrEqualTo(0);
      }
    }
  }

  @Test
  void everyEntryDocumentsWhatItChecksWhereAndHowToFix() {
    for (BuiltInRule rule : BuiltInRules.all(StandardsCatalog.builtIn())) {
      assertThat(rule.getDescription()).as(rule.getId()).isNotBlank();
      assertThat(rule.checks()).as(rule.getId()).isNotBlank();
      assertThat(rule.path()).as(rule.getId()).contains("`/");
      assertThat(rule.fix()).as(rule.getId()).isNotBlank();
      assertThat(rule.isIntegrity()).isEqualTo(rule.getId().startsWith("integrity."));
    }
  }

  @Test
  void theDocumentNamesTheFailedRuleFinding() throws IOException {
    assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
        .contains("`" + CopValidator.RULE_FAILED + "`");
  }
}
