package org.edcop.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.edcop.archfixture.api.before.internal.Hidden;
import org.junit.jupiter.api.Test;

/**
 * The API check of {@link ApiSignatureTest} fails on a deliberate public-API change (two versions
 * of a fixture type, never part of cop) and ignores what is not public API.
 */
class ApiSignatureFixturesTest {

  private static final String BEFORE =
      ApiSignatures.of(List.of(org.edcop.archfixture.api.before.Greeter.class))
          .replace(".before.", ".after.");
  private static final String AFTER =
      ApiSignatures.of(List.of(org.edcop.archfixture.api.after.Greeter.class));

  @Test
  void anUnchangedSurfacePasses() {
    assertThatCode(() -> ApiSignatureTest.check("fixture", BEFORE, BEFORE))
        .doesNotThrowAnyException();
  }

  @Test
  void aChangedPublicSurfaceFailsAndSaysWhatChangedAndHowToRegenerate() {
    assertThatThrownBy(() -> ApiSignatureTest.check("fixture", BEFORE, AFTER))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("The public API of fixture changed")
        .hasMessageContaining(ApiSignatureTest.COMMAND)
        .hasMessageContaining(
            "- public final class org.edcop.archfixture.api.after.Greeter  ::  public static int count()")
        .hasMessageContaining(
            "+ public final class org.edcop.archfixture.api.after.Greeter  ::  public static long count()")
        .hasMessageContaining(
            "+ public final class org.edcop.archfixture.api.after.Greeter  ::  public static java.lang.String greet(java.lang.String,java.util.Locale)")
        .hasMessageNotContaining("greet(java.lang.String)\n- ")
        .hasMessageNotContaining("notPublic");
  }

  @Test
  void internalPackagesAndNonPublicMembersAreNotApi() {
    assertThat(ApiSignatures.isApi(Hidden.class)).isFalse();
    assertThat(ApiSignatures.of(List.of(Hidden.class))).isEmpty();
    assertThat(BEFORE).contains("greet(java.lang.String)").doesNotContain("notPublic");
  }
}
