package org.edcop.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edcop.model.CompetencyRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in standards, lookups, and frameworks of the user's own. */
class StandardsCatalogTest {

  @Test
  void builtInShipsThreeFrameworksInIndexOrder() {
    StandardsCatalog catalog = StandardsCatalog.builtIn();
    assertThat(catalog.frameworks())
        .extracting(Framework::getId)
        .containsExactly("alberta-lqs", "alberta-slqs", "ca-cpsel");
    assertThat(StandardsCatalog.builtIn()).isSameAs(catalog);
  }

  @Test
  void albertaLqsHasNineCompetenciesInOrder() {
    Framework lqs = StandardsCatalog.builtIn().find("alberta-lqs").orElseThrow();
    assertThat(lqs.getJurisdiction()).isEqualTo("Alberta");
    assertThat(lqs.getVersion()).isEqualTo("2023");
    assertThat(lqs.getSource()).isEqualTo("Alberta Education, Leadership Quality Standard");
    assertThat(lqs.getCompetencies())
        .extracting(Competency::getId)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
    assertThat(lqs.getCompetencies())
        .extracting(Competency::getName)
        .containsExactly(
            "Fostering Effective Relationships",
            "Modeling Commitment to Professional Learning",
            "Embodying Visionary Leadership",
            "Leading a Learning Community",
            "Supporting the Application of Foundational Knowledge about First Nations, Métis and Inuit",
            "Providing Instructional Leadership",
            "Developing Leadership Capacity",
            "Managing School Operations and Resources",
            "Understanding and Responding to the Larger Societal Context");
  }

  @Test
  void albertaSlqsHasSevenCompetenciesInOrder() {
    Framework slqs = StandardsCatalog.builtIn().find("alberta-slqs").orElseThrow();
    assertThat(slqs.getName()).isEqualTo("Superintendent Leadership Quality Standard");
    assertThat(slqs.getCompetencies())
        .extracting(Competency::getName)
        .containsExactly(
            "Building Effective Relationships",
            "Modeling Commitment to Professional Learning",
            "Visionary Leadership",
            "Leading Learning",
            "Ensuring First Nations, Métis and Inuit Education for All Students",
            "School Authority Operations and Resources",
            "Supporting Effective Governance");
  }

  @Test
  void cpselHasSixStandardsInOrder() {
    Framework cpsel = StandardsCatalog.builtIn().find("ca-cpsel").orElseThrow();
    assertThat(cpsel.getJurisdiction()).isEqualTo("California");
    assertThat(cpsel.getCompetencies())
        .extracting(Competency::getId)
        .containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(cpsel.getCompetencies())
        .extracting(Competency::getName)
        .containsExactly(
            "Development and Implementation of a Shared Vision",
            "Instructional Leadership",
            "Management and Learning Environment",
            "Family and Community Engagement",
            "Ethics and Integrity",
            "External Context and Policy");
  }

  @Test
  void lookupsResolveKnownAndRefuseUnknownIds() {
    StandardsCatalog catalog = StandardsCatalog.builtIn();
    assertThat(catalog.findCompetency(CompetencyRef.of("alberta-slqs", "2")))
        .map(Competency::getName)
        .contains("Modeling Commitment to Professional Learning");
    assertThat(catalog.findCompetency("ca-cpsel", "4"))
        .map(Competency::getName)
        .contains("Family and Community Engagement");
    assertThat(catalog.findCompetency("ca-cpsel", "7")).isEmpty();
    assertThat(catalog.findCompetency("alberta-lqs", "01")).isEmpty();
    assertThat(catalog.findCompetency(CompetencyRef.of("ontario-lf", "1"))).isEmpty();
    assertThat(catalog.find("ALBERTA-LQS")).isEmpty();
  }

  @Test
  void usersAddTheirOwnFramework() {
    Framework own =
        Framework.builder()
            .id("district-leader-rubric")
            .name("District leader rubric")
            .jurisdiction("Example County")
            .source("Example County Schools")
            .version("2026")
            .addCompetencies(Competency.of("a", "Builds trust"), Competency.of("b", "Uses data"))
            .build();
    StandardsCatalog base = StandardsCatalog.builtIn();
    StandardsCatalog extended = base.withFramework(own);

    assertThat(extended.frameworks())
        .extracting(Framework::getId)
        .containsExactly("alberta-lqs", "alberta-slqs", "ca-cpsel", "district-leader-rubric");
    assertThat(extended.findCompetency("district-leader-rubric", "b"))
        .map(Competency::getName)
        .contains("Uses data");
    assertThat(base.find("district-leader-rubric")).isEmpty();
    assertThat(base.frameworks()).hasSize(3);
  }

  @Test
  void withFrameworkReplacesASameIdInPlace() {
    Framework newer =
        StandardsCatalog.builtIn()
            .find("alberta-lqs")
            .map(ImmutableFramework::copyOf)
            .orElseThrow()
            .withVersion("2030");
    StandardsCatalog catalog = StandardsCatalog.builtIn().withFramework(newer);
    assertThat(catalog.frameworks())
        .extracting(Framework::getId)
        .containsExactly("alberta-lqs", "alberta-slqs", "ca-cpsel");
    assertThat(catalog.find("alberta-lqs")).map(Framework::getVersion).contains("2030");
  }

  @Test
  void ofBuildsAnExactCatalogAndRefusesDuplicateIds() {
    Framework one = framework("one");
    StandardsCatalog catalog = StandardsCatalog.of(one);
    assertThat(catalog.frameworks()).containsExactly(one);
    assertThat(catalog)
        .isEqualTo(StandardsCatalog.of(List.of(one)))
        .hasSameHashCodeAs(StandardsCatalog.of(one));
    assertThat(StandardsCatalog.of().frameworks()).isEmpty();
    assertThatThrownBy(() -> StandardsCatalog.of(one, framework("one")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'one'");
  }

  @Test
  void frameworkRefusesRepeatedCompetencyIds() {
    assertThatThrownBy(
            () ->
                Framework.builder()
                    .id("f")
                    .name("n")
                    .jurisdiction("j")
                    .source("s")
                    .version("1")
                    .addCompetencies(Competency.of("1", "A"), Competency.of("1", "B"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'f'")
        .hasMessageContaining("'1'");
  }

  @Test
  void frameworksListIsUnmodifiable() {
    assertThatThrownBy(() -> StandardsCatalog.builtIn().frameworks().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void loadReadsTheSameFormatAsTheBuiltIns(@TempDir Path dir) throws Exception {
    String text =
        "id=ontario-lf\nname=Leadership Framework\njurisdiction=Ontario\n"
            + "source=Example source\nversion=2013\n"
            + "competency.2.id=B\ncompetency.2.name=Second — with “quotes”\n"
            + "competency.1.id=A\ncompetency.1.name=  First  \n";
    Path file = dir.resolve("ontario-lf.properties");
    Files.writeString(file, text, StandardCharsets.UTF_8);

    Framework fromFile = StandardsCatalog.load(file);
    Framework fromReader = StandardsCatalog.load(new StringReader(text), "inline");
    Framework fromBytes =
        StandardsCatalog.load(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bytes");

    assertThat(fromFile).isEqualTo(fromReader).isEqualTo(fromBytes);
    assertThat(fromFile.getCompetencies())
        .containsExactly(Competency.of("A", "First"), Competency.of("B", "Second — with “quotes”"));
  }

  private static Framework framework(String id) {
    return Framework.builder()
        .id(id)
        .name("n")
        .jurisdiction("j")
        .source("s")
        .version("1")
        .addCompetencies(Competency.of("1", "c"))
        .build();
  }
}
