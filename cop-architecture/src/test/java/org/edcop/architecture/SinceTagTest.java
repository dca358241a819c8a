package org.edcop.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of a published module, outside {@code internal} packages, says in its
 * Javadoc since when it exists ({@code @since}). Generated {@code Immutable*} classes have no
 * source of their own; their contract is the model's package documentation.
 */
class SinceTagTest {

  @Test
  void everyPublicTypeHasASinceTag() throws IOException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (JavaClass javaClass : CopClasses.MAIN) {
      String module = CopClasses.moduleOf(javaClass).orElse("");
      if (!ApiSignatureTest.PUBLISHED.contains(module)
          || !javaClass.isTopLevelClass()
          || !javaClass
              .getModifiers()
              .contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
          || javaClass.getPackageName().contains(".internal")) {
        continue;
      }
      Path source =
          CopClasses.ROOT
              .resolve(module)
              .resolve("src/main/java")
              .resolve(javaClass.getName().replace('.', '/') + ".java");
      if (!Files.exists(source)) {
        continue; // generated
      }
      checked++;
      if (!hasSince(Files.readString(source, StandardCharsets.UTF_8), javaClass.getSimpleName())) {
        missing.add(javaClass.getName());
      }
    }
    assertThat(checked).isGreaterThan(50);
    assertThat(missing).as("public types without @since in their Javadoc").isEmpty();
  }

  /** Whether the Javadoc right before the type's declaration (and its annotations) has @since. */
  static boolean hasSince(String source, String simpleName) {
    Matcher declaration =
        Pattern.compile(
                "^public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s+"
                    + Pattern.quote(simpleName)
                    + "\\b",
                Pattern.MULTILINE)
            .matcher(source);
    if (!declaration.find()) {
      return false;
    }
    String before = source.substring(0, declaration.start());
    int end = before.lastIndexOf("*/");
    int start = before.lastIndexOf("/**");
    return start >= 0 && end > start && before.substring(start, end).contains("@since");
  }

  @Test
  void theCheckSeesAMissingTag() {
    assertThat(
            hasSince(
                "/** A thing.\n *\n * @since 0.1.0\n */\n@Deprecated\npublic final class A {}",
                "A"))
        .isTrue();
    assertThat(hasSince("/** A thing. */\npublic final class A {}", "A")).isFalse();
    assertThat(hasSince("public interface B {}", "B")).isFalse();
  }
}
