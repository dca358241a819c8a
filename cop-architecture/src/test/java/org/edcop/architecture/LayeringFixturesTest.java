package org.edcop.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URI;
import org.edcop.archfixture.cycle.a.Alpha;
import org.edcop.archfixture.cycle.a.internal.AlphaHelper;
import org.edcop.archfixture.cycle.b.Beta;
import org.edcop.archfixture.layers.model.Plan;
import org.edcop.archfixture.layers.validation.PlanChecker;
import org.edcop.archfixture.layers.validation.ValidPlan;
import org.junit.jupiter.api.Test;

/** The rules of {@link LayeringTest} fail on deliberately broken fixtures (never on cop itself). */
class LayeringFixturesTest {

  private static final JavaClasses CYCLE =
      new ClassFileImporter().importClasses(Alpha.class, AlphaHelper.class, Beta.class);
  private static final JavaClasses LAYERS =
      new ClassFileImporter().importClasses(Plan.class, ValidPlan.class, PlanChecker.class);

  @Test
  void aPackageCycleFailsTheCycleRule() {
    assertThatThrownBy(
            () -> LayeringTest.noPackageCycles("org.edcop.archfixture.cycle").check(CYCLE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining("org.edcop.archfixture.cycle.a")
        .hasMessageContaining("org.edcop.archfixture.cycle.b")
        // a package and its own internal package are one component, not a cycle
        .hasMessageNotContaining("AlphaHelper.name()> has return type");
  }

  @Test
  void withoutTheBackEdgeThereIsNoCycle() {
    JavaClasses onlyA = new ClassFileImporter().importClasses(Alpha.class, AlphaHelper.class);
    LayeringTest.noPackageCycles("org.edcop.archfixture.cycle").check(onlyA);
  }

  @Test
  void aModelNamingItsValidatorFailsBothTheLayerAndTheCycleRule() {
    assertThatThrownBy(
            () ->
                LayeringTest.modelDependsOnNoValidation(
                        "org.edcop.archfixture.layers.model",
                        "org.edcop.archfixture.layers.validation..")
                    .check(LAYERS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Plan")
        .hasMessageContaining("ValidPlan");
    assertThatThrownBy(
            () -> LayeringTest.noPackageCycles("org.edcop.archfixture.layers").check(LAYERS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected");
  }

  @Test
  void theModuleOfAClassComesFromWhereItWasBuilt() {
    String root = CopClasses.ROOT.toUri().toString();
    assertThat(CopClasses.moduleOf(URI.create(root + "cop-core/target/classes/org/edcop/A.class")))
        .isEqualTo("cop-core");
    assertThat(
            CopClasses.moduleOf(
                URI.create(
                    "jar:" + root + "cop-json/target/cop-json-0.1.0.jar!/org/edcop/json/A.class")))
        .isEqualTo("cop-json");
    assertThat(
            CopClasses.moduleOf(
                URI.create(
                    "jar:file:/home/u/.m2/repository/org/edcop/cop-core/0.1.0/x.jar!/A.class")))
        .isNull();
  }
}
