package org.edcop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

  @Test
  void showsTheChangedLinesWithContext() {
    String diff = LineDiff.of("a\nb\nc\nd\ne\n", "a\nb\nC\nd\ne\n");
    assertThat(diff).isEqualTo("@@ line 3 @@\n  a\n  b\n- c\n+ C\n  d\n  e\n");
  }

  @Test
  void showsAddedLinesAtTheEnd() {
    assertThat(LineDiff.of("a\n", "a\nb\n")).isEqualTo("@@ line 2 @@\n  a\n+ b\n");
  }
}
