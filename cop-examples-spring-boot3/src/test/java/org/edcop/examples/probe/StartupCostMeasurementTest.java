package org.edcop.examples.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures what the starter adds to start-up and the first requests' latency (docs/performance.md),
 * only when asked: {@code -Dcop.measure=ROUNDS}. Each round starts three fresh JVMs ({@link
 * StartupProbe}): without the starter, with it, and the example application; the table printed at
 * the end gives the median and the range of each figure.
 */
@EnabledIfSystemProperty(named = "cop.measure", matches = "\\d+")
class StartupCostMeasurementTest {

  @Test
  void measure() throws Exception {
    int rounds = Integer.getInteger("cop.measure");
    String autoConfiguration = copAutoConfiguration();
    Path sample = Path.of(System.getProperty("cop.samples", "../samples"), "system-leaders.json");
    Map<String, List<Long>> figures = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (String variant : List.of("without", "with", "app", "app-cold")) {
        String line = probe(variant, autoConfiguration, sample.toString());
        for (String pair : line.substring(line.indexOf(' ', 6) + 1).split(" ")) {
          String[] kv = pair.split("=");
          figures
              .computeIfAbsent(variant + " " + kv[0], k -> new ArrayList<>())
              .add(Long.parseLong(kv[1]));
        }
      }
    }
    StringBuilder table =
        new StringBuilder("\n| figure | median ms | min | max |\n|---|---|---|---|\n");
    figures.forEach(
        (name, values) -> {
          List<Long> sorted = new ArrayList<>(values);
          Collections.sort(sorted);
          table
              .append("| ")
              .append(name)
              .append(" | ")
              .append(sorted.get(sorted.size() / 2))
              .append(" | ")
              .append(sorted.get(0))
              .append(" | ")
              .append(sorted.get(sorted.size() - 1))
              .append(" |\n");
        });
    System.out.println(table);
    assertThat(figures).containsKeys("without start", "with start", "app start");
  }

  private static String copAutoConfiguration() throws Exception {
    Enumeration<java.net.URL> imports =
        StartupCostMeasurementTest.class
            .getClassLoader()
            .getResources(
                "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
    for (java.net.URL url : Collections.list(imports)) {
      try (InputStream in = url.openStream()) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (line.startsWith("org.edcop.")) {
            return line.strip();
          }
        }
      }
    }
    throw new IllegalStateException("no cop auto-configuration on the class path");
  }

  private static String probe(String variant, String autoConfiguration, String sample)
      throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                StartupProbe.class.getName(),
                variant,
                autoConfiguration,
                sample)
            .redirectErrorStream(true)
            .start();
    String result = null;
    StringBuilder output = new StringBuilder();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        output.append(line).append('\n');
        if (line.startsWith("PROBE ")) {
          result = line;
        }
      }
    }
    assertThat(process.waitFor()).as(output.toString()).isZero();
    assertThat(result).as(output.toString()).isNotNull();
    return result;
  }
}
