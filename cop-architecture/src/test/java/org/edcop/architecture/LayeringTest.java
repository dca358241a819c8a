package org.edcop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The allowed dependencies between cop's packages and modules. Each rule is a static method so that
 * {@code LayeringFixturesTest} can show it failing on a deliberately broken fixture.
 */
class LayeringTest {

  /**
   * Which modules may use another module's {@code internal} packages, besides the module itself:
   * the JSON facades and their test suite share the wire-format internals; the test fixtures share
   * the model's Immutables style.
   */
  static final Map<String, Set<String>> INTERNAL_USERS =
      Map.of(
          "cop-json-format", Set.of("cop-json", "cop-json3", "cop-json-tck"),
          // cop-records and cop-report share the model's one Immutables style
          // (model.internal.CopStyle)
          "cop-core", Set.of("cop-testing", "cop-records", "cop-report"),
          // the starters' Jackson error translators share their generation-free decisions
          "cop-spring-support", Set.of("cop-spring-boot3-starter", "cop-spring-boot4-starter"));

  /**
   * Single internal classes that a module not named in {@link #INTERNAL_USERS} for their module may
   * use, by fully qualified name: narrower than a whole module's internals.
   */
  static final Map<String, Set<String>> INTERNAL_CLASS_USERS =
      Map.of(
          // the plan writer resolves attendance through the sets' position hints and the ids'
          // roster memos, as the validator's roster index does
          // (docs/adr/0012, #22); the JSON test kit checks the hints a reader leaves on them
          "org.edcop.model.internal.ArraySet", Set.of("cop-json-format", "cop-json-tck"),
          "org.edcop.model.internal.MemberIdHints", Set.of("cop-json-format"));

  /**
   * No cycle between any two packages under {@code root}, a package and its {@code internal}
   * sub-packages counting as one component (the public side delegates to its internals, which
   * implement its interfaces: that pair is one unit, not a cycle).
   */
  static ArchRule noPackageCycles(String root) {
    return slices()
        .assignedFrom(
            new SliceAssignment() {
              @Override
              public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (!name.equals(root) && !name.startsWith(root + ".")) {
                  return SliceIdentifier.ignore();
                }
                int internal = name.indexOf(".internal");
                return SliceIdentifier.of(internal < 0 ? name : name.substring(0, internal));
              }

              @Override
              public String getDescription() {
                return "packages under " + root + " (each with its internal packages)";
              }
            })
        .should()
        .beFreeOfCycles();
  }

  /** The model (and its constraint declarations) depends on nothing of validation or JSON. */
  static ArchRule modelDependsOnNoValidation(String model, String... others) {
    return noClasses()
        .that()
        .resideInAPackage(model + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .because("the model is the bottom layer: validation and JSON build on it, never back");
  }

  /**
   * A class of an {@code internal} package is used only from its own module, from the modules
   * {@code allowed} names for its module, or from those {@code classUsers} names for the class
   * itself (by its fully qualified name; its nested classes are not included).
   */
  static ArchRule internalPackagesStayInTheirModules(
      Map<String, Set<String>> allowed, Map<String, Set<String>> classUsers) {
    return classes()
        .should(
            new ArchCondition<JavaClass>("use internal packages only of their own module") {
              @Override
              public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> from = CopClasses.moduleOf(origin);
                if (from.isEmpty()) {
                  return;
                }
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                  JavaClass target = d.getTargetClass();
                  if (!target.getPackageName().contains(".internal")) {
                    continue;
                  }
                  Optional<String> to = CopClasses.moduleOf(target);
                  if (to.isEmpty() || to.equals(from)) {
                    continue;
                  }
                  if (!allowed.getOrDefault(to.get(), Set.of()).contains(from.get())
                      && !classUsers
                          .getOrDefault(target.getName(), Set.of())
                          .contains(from.get())) {
                    events.add(
                        SimpleConditionEvent.violated(
                            d, from.get() + " uses " + to.get() + "'s internal: " + d));
                  }
                }
              }
            });
  }

  @Test
  void thereAreClassesToCheck() {
    assertThat(CopClasses.MAIN.stream().map(CopClasses::moduleOf).flatMap(Optional::stream))
        .contains("cop-core", "cop-testing", "cop-json-format", "cop-json", "cop-json3");
  }

  @Test
  void noPackageCycles() {
    noPackageCycles("org.edcop").check(CopClasses.MAIN);
  }

  @Test
  void theModelDependsOnNothingOfValidationStandardsOrJson() {
    modelDependsOnNoValidation(
            "org.edcop.model",
            "org.edcop.validation..",
            "org.edcop.standards..",
            "org.edcop.json..",
            "org.edcop.json3..",
            "com.fasterxml.jackson..",
            "tools.jackson..",
            "org.hibernate..")
        .check(CopClasses.MAIN);
  }

  @Test
  void theConstraintDeclarationsNeedOnlyTheJakartaApi() {
    classes()
        .that()
        .resideInAPackage("org.edcop.model.constraints")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("org.edcop.model.constraints", "jakarta.validation..", "java..")
        .check(CopClasses.MAIN);
  }

  @Test
  void validationDependsOnNoJsonAndOnlyItsBridgeOnHibernate() {
    noClasses()
        .that()
        .resideInAnyPackage("org.edcop.validation..", "org.edcop.standards..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.edcop.json..", "org.edcop.json3..", "com.fasterxml..", "tools..")
        .check(CopClasses.MAIN);
    noClasses()
        .that()
        .resideOutsideOfPackage("org.edcop.validation.jakarta.internal")
        .and()
        .doNotHaveFullyQualifiedName("org.edcop.spring.CopValidationSettings$Hibernate")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.hibernate..")
        .because(
            "only the Jakarta bridge's internals may touch Hibernate Validator (and the Spring"
                + " support's hand-over of the constraint payload to Boot's Hibernate Validator)")
        .check(CopClasses.MAIN);
  }

  @Test
  void theWireFormatKnowsNoJacksonAndTheFacadesNotEachOther() {
    noClasses()
        .that()
        .resideInAPackage("org.edcop.json.format..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson.databind..", "tools.jackson..")
        .check(CopClasses.MAIN);
    noClasses()
        .that()
        .resideInAPackage("org.edcop.json3..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.edcop.json", "org.edcop.json.internal..")
        .check(CopClasses.MAIN);
    noClasses()
        .that()
        .resideInAnyPackage("org.edcop.json", "org.edcop.json.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.edcop.json3..")
        .check(CopClasses.MAIN);
  }

  @Test
  void publishedLibrariesDoNotUseTheExamplesOrTheTestFixtures() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.edcop.examples..", "org.edcop.testing..", "org.edcop.json.tck..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.edcop.examples..", "org.edcop.testing..", "org.edcop.json.tck..")
        .check(CopClasses.MAIN);
  }

  @Test
  void internalPackagesStayInTheirModules() {
    internalPackagesStayInTheirModules(INTERNAL_USERS, INTERNAL_CLASS_USERS).check(CopClasses.MAIN);
  }
}
