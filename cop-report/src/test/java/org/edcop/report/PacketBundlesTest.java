package org.edcop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The French and Spanish packet texts have exactly the English keys and placeholders. */
class PacketBundlesTest {

  static Properties load(String suffix) throws IOException {
    String name = "/org/edcop/report/internal/packet" + suffix + ".properties";
    try (InputStream in = PacketBundlesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }

  static TreeSet<String> placeholders(String template) {
    TreeSet<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([a-zA-Z]+)}").matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @ParameterizedTest
  @ValueSource(strings = {"_fr", "_es"})
  void translationHasTheSameKeysAndPlaceholders(String suffix) throws IOException {
    Properties english = load("");
    Properties other = load(suffix);
    assertThat(new TreeSet<>(other.stringPropertyNames()))
        .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    for (String key : english.stringPropertyNames()) {
      assertThat(placeholders(other.getProperty(key)))
          .as(key)
          .isEqualTo(placeholders(english.getProperty(key)));
      assertThat(other.getProperty(key)).as(key).isNotBlank();
    }
  }
}
