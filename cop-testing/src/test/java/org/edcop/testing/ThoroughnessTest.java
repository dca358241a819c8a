package org.edcop.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThoroughnessTest {

  @Test
  void theCountFollowsTheSystemProperty() {
    // the build passes cop.thorough to every test JVM: false by default, true under -Pthorough
    assertThat(System.getProperty(Thoroughness.PROPERTY)).isIn("true", "false");
    boolean thorough = Boolean.parseBoolean(System.getProperty(Thoroughness.PROPERTY));
    assertThat(Thoroughness.isThorough()).isEqualTo(thorough);
    assertThat(Thoroughness.count(3, 30)).isEqualTo(thorough ? 30 : 3);
    assertThat(Thoroughness.count(0, 0)).isZero();
  }

  @Test
  void aQuickCountAboveTheThoroughOneIsRejected() {
    assertThatThrownBy(() -> Thoroughness.count(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quick=5, thorough=4");
    assertThatThrownBy(() -> Thoroughness.count(-1, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
