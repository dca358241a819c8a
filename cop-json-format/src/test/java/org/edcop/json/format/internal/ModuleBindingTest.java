package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The table both modules register: every class of every kind of document, once. */
class ModuleBindingTest {

  @Test
  void everyModelClassOfEveryDocumentIsBoundOnce() {
    List<Class<?>> expected =
        WireDocument.all().stream()
            .flatMap(document -> document.modelTypes().stream())
            .collect(Collectors.toList());

    List<Class<?>> bound =
        ModuleBinding.all().stream()
            .<Class<?>>map(ModuleBinding::type)
            .collect(Collectors.toList());

    assertThat(bound)
        .containsExactlyElementsOf(expected)
        .doesNotHaveDuplicates()
        .hasSize(2 * WireDocument.all().size());
  }

  @Test
  void eachClassIsHandledAsItsDocumentsPublicType() {
    for (ModuleBinding<?> binding : ModuleBinding.all()) {
      assertThat(binding.modelType()).isAssignableFrom(binding.type());
      assertThat(binding.modelType().isInterface()).isTrue();
    }
  }
}
