package org.edcop.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads JMH result files ({@code -rf json}) and prints Markdown tables: time per operation, time
 * and allocation per element (one element = one member or one meeting, so a plan of size n has 2n),
 * each goal's ratio, and the cold-start comparison.
 *
 * <p>Times are the median of the measured iterations, not their mean: on a shared machine one
 * disturbed iteration moves the mean a long way and the median hardly at all. The spread shown next
 * to it is half the distance between the fastest and the slowest iteration, relative to the median.
 * Run by {@code bench/run.sh}; needs nothing beyond the benchmarks jar.
 */
public final class ResultTable {

  /** Benchmark method → label, in table order. */
  private static final Map<String, String> OPERATIONS = new LinkedHashMap<>();

  static {
    OPERATIONS.put("readFloor", "floor: token walk of the bytes");
    OPERATIONS.put("readCop", "cop: read JSON → model");
    OPERATIONS.put("readPeer", "peer: databind → records");
    OPERATIONS.put("writeCop", "cop: write model → JSON");
    OPERATIONS.put("writePeer", "peer: databind records → JSON");
    OPERATIONS.put("validateDraftCop", "cop: validate at draft");
    OPERATIONS.put("validateLaunchCop", "cop: validate at launch");
    OPERATIONS.put("validateDraftPeer", "peer: Hibernate Validator, Default group");
    OPERATIONS.put("validateLaunchPeer", "peer: Hibernate Validator, Launch group");
  }

  private static final double READ_GOAL = 1.5;
  private static final double VALIDATE_GOAL = 1.0;
  private static final double LINEAR_GOAL = 1.3;
  private static final double COLD_GOAL = 1.5;

  /** The primary metric: wall time per operation. */
  private static final String WALL = "wall";

  /** The secondary metric of {@code org.edcop.benchmarks.CpuTimeProfiler}. */
  private static final String CPU = "cpu.time.norm";

  private final Map<String, Map<Integer, JsonNode>> bySize = new LinkedHashMap<>();
  private final Map<String, JsonNode> coldStart = new LinkedHashMap<>();
  private final TreeSet<Integer> sizes = new TreeSet<>();
  private final PrintStream out;

  private ResultTable(PrintStream out) {
    this.out = out;
  }

  /**
   * Prints the tables for the given JMH result files.
   *
   * @param args one or more JMH JSON result files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: ResultTable <jmh-result.json>...");
      System.exit(2);
    }
    ResultTable table = new ResultTable(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    ObjectMapper mapper = new ObjectMapper();
    for (String file : args) {
      table.add(mapper.readTree(Files.readAllBytes(Path.of(file))));
    }
    table.print();
  }

  private void add(JsonNode results) {
    for (JsonNode result : results) {
      String benchmark = result.path("benchmark").asText();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      JsonNode size = result.path("params").path("size");
      if (size.isMissingNode()) {
        coldStart.put(method, result);
      } else {
        int n = Integer.parseInt(size.asText());
        sizes.add(n);
        bySize.computeIfAbsent(method, k -> new LinkedHashMap<>()).put(n, result);
      }
    }
  }

  private void print() {
    if (!bySize.isEmpty()) {
      boolean cpu = hasSecondary(CPU);
      printTimes("Wall time per operation (µs, median of iterations ± half their range)", WALL);
      if (cpu) {
        printTimes(
            "CPU time per operation (µs, all threads of the JVM: benchmark, GC, JIT; median ± half"
                + " the range)",
            CPU);
      }
      printPerElement("Wall time per element (ns per member or meeting)", WALL);
      if (cpu) {
        printPerElement("CPU time per element (ns per member or meeting)", CPU);
      }
      printAllocation();
      printGoals(cpu);
    }
    if (!coldStart.isEmpty()) {
      printColdStart();
    }
  }

  private boolean hasSecondary(String metric) {
    return bySize.values().stream()
        .flatMap(m -> m.values().stream())
        .anyMatch(r -> r.path("secondaryMetrics").has(metric));
  }

  private void header(String first) {
    StringBuilder line = new StringBuilder("| ").append(first).append(" |");
    StringBuilder rule = new StringBuilder("|---|");
    for (int n : sizes) {
      line.append(' ').append(String.format(Locale.ROOT, "%,d", n)).append(" |");
      rule.append("---:|");
    }
    out.println(line);
    out.println(rule);
  }

  private void printTimes(String title, String metric) {
    out.println("### " + title);
    out.println();
    header("operation \\ members = meetings");
    for (Map.Entry<String, String> op : OPERATIONS.entrySet()) {
      Map<Integer, JsonNode> row = bySize.get(op.getKey());
      if (row == null) {
        continue;
      }
      StringBuilder line = new StringBuilder("| ").append(op.getValue()).append(" |");
      for (int n : sizes) {
        JsonNode r = row.get(n);
        line.append(' ')
            .append(r == null ? "–" : fmt(micros(r, metric)) + " ± " + spread(r, metric))
            .append(" |");
      }
      out.println(line);
    }
    out.println();
  }

  private void printPerElement(String title, String metric) {
    out.println("### " + title);
    out.println();
    header("operation");
    for (Map.Entry<String, String> op : OPERATIONS.entrySet()) {
      Map<Integer, JsonNode> row = bySize.get(op.getKey());
      if (row == null) {
        continue;
      }
      StringBuilder line = new StringBuilder("| ").append(op.getValue()).append(" |");
      for (int n : sizes) {
        JsonNode r = row.get(n);
        line.append(' ').append(r == null ? "–" : fmt(perElementNanos(r, n, metric))).append(" |");
      }
      out.println(line);
    }
    out.println();
  }

  private void printAllocation() {
    if (!hasSecondary("gc.alloc.rate.norm")) {
      return;
    }
    out.println("### Allocation per element (bytes per member or meeting, JMH `-prof gc`)");
    out.println();
    header("operation");
    for (Map.Entry<String, String> op : OPERATIONS.entrySet()) {
      Map<Integer, JsonNode> row = bySize.get(op.getKey());
      if (row == null) {
        continue;
      }
      StringBuilder line = new StringBuilder("| ").append(op.getValue()).append(" |");
      for (int n : sizes) {
        JsonNode r = row.get(n);
        JsonNode alloc =
            r == null ? null : r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
        line.append(' ')
            .append(
                alloc == null || alloc.isMissingNode() ? "–" : fmt(alloc.asDouble() / (2.0 * n)))
            .append(" |");
      }
      out.println(line);
    }
    out.println();
  }

  private void printGoals(boolean cpu) {
    out.println("### Ratios and goals" + (cpu ? " (each cell: wall time · CPU time)" : ""));
    out.println();
    header("ratio (goal)");
    ratioRow(
        "read: cop / peer databind (≤ " + READ_GOAL + ")", "readCop", "readPeer", READ_GOAL, cpu);
    ratioRow(
        "validate launch / read, both cop (≤ " + VALIDATE_GOAL + ")",
        "validateLaunchCop",
        "readCop",
        VALIDATE_GOAL,
        cpu);
    ratioRow("read: cop / floor", "readCop", "readFloor", Double.NaN, cpu);
    ratioRow("read: peer / floor", "readPeer", "readFloor", Double.NaN, cpu);
    ratioRow("write: cop / peer", "writeCop", "writePeer", Double.NaN, cpu);
    ratioRow(
        "validate draft: cop / peer", "validateDraftCop", "validateDraftPeer", Double.NaN, cpu);
    ratioRow(
        "validate launch: cop / peer", "validateLaunchCop", "validateLaunchPeer", Double.NaN, cpu);
    out.println();
    if (sizes.contains(100) && sizes.last() > 100) {
      int largest = sizes.last();
      out.println(
          String.format(
              Locale.ROOT,
              "Growth: time per element at %,d divided by time per element at 100 (goal ≤ %s):",
              largest,
              LINEAR_GOAL));
      out.println();
      List<String> metrics = cpu ? List.of(WALL, CPU) : List.of(WALL);
      StringBuilder head = new StringBuilder("| operation |");
      StringBuilder rule = new StringBuilder("|---|");
      for (String metric : metrics) {
        String name = metric.equals(WALL) ? "wall" : "CPU";
        head.append(
            String.format(
                Locale.ROOT,
                " %s at 100 (ns) | %s at %,d (ns) | %s ratio |",
                name,
                name,
                largest,
                name));
        rule.append("---:|---:|---:|");
      }
      out.println(head.append(" goal |"));
      out.println(rule.append("---|"));
      for (Map.Entry<String, String> op : OPERATIONS.entrySet()) {
        Map<Integer, JsonNode> row = bySize.get(op.getKey());
        if (row == null || !row.containsKey(100) || !row.containsKey(largest)) {
          continue;
        }
        StringBuilder line = new StringBuilder("| ").append(op.getValue()).append(" |");
        StringBuilder verdicts = new StringBuilder();
        for (String metric : metrics) {
          double small = perElementNanos(row.get(100), 100, metric);
          double large = perElementNanos(row.get(largest), largest, metric);
          double ratio = large / small;
          line.append(' ')
              .append(fmt(small))
              .append(" | ")
              .append(fmt(large))
              .append(" | ")
              .append(fmt(ratio))
              .append(" |");
          if (op.getKey().endsWith("Cop")) {
            verdicts
                .append(verdicts.length() == 0 ? "" : " · ")
                .append(verdict(ratio, LINEAR_GOAL));
          }
        }
        out.println(
            line.append(' ')
                .append(verdicts.length() == 0 ? "(reference)" : verdicts)
                .append(" |"));
      }
      out.println();
    }
  }

  private void ratioRow(String label, String top, String bottom, double goal, boolean cpu) {
    Map<Integer, JsonNode> a = bySize.get(top);
    Map<Integer, JsonNode> b = bySize.get(bottom);
    if (a == null || b == null) {
      return;
    }
    StringBuilder line = new StringBuilder("| ").append(label).append(" |");
    for (int n : sizes) {
      if (!a.containsKey(n) || !b.containsKey(n)) {
        line.append(" – |");
        continue;
      }
      line.append(' ').append(ratioCell(a.get(n), b.get(n), WALL, goal));
      if (cpu) {
        line.append(" · ").append(ratioCell(a.get(n), b.get(n), CPU, goal));
      }
      line.append(" |");
    }
    out.println(line);
  }

  private static String ratioCell(JsonNode top, JsonNode bottom, String metric, double goal) {
    double ratio = micros(top, metric) / micros(bottom, metric);
    if (Double.isNaN(goal)) {
      return fmt(ratio);
    }
    return fmt(ratio) + (ratio <= goal ? " ✓" : " ✗");
  }

  private void printColdStart() {
    out.println("### Cold start: fresh JVM, read one plan, validate at launch, print, exit (ms)");
    out.println();
    out.println("| process | mean ± 99.9% error | median | min | runs |");
    out.println("|---|---:|---:|---:|---:|");
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("jvmOnly", "JVM only (reads the file, no library)");
    labels.put("cop", "cop: CopJson + CopValidator");
    labels.put("peer", "peer: ObjectMapper + Hibernate Validator");
    Map<String, double[]> medians = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : labels.entrySet()) {
      JsonNode r = coldStart.get(e.getKey());
      if (r == null) {
        continue;
      }
      double[] raw = rawMillis(r.path("primaryMetric"));
      Arrays.sort(raw);
      double median = median(raw);
      medians.put(e.getKey(), new double[] {median, raw.length == 0 ? Double.NaN : raw[0]});
      out.println(
          "| "
              + e.getValue()
              + " | "
              + fmt(meanMillis(r))
              + " ± "
              + fmt(errorMillis(r))
              + " | "
              + fmt(median)
              + " | "
              + fmt(raw[0])
              + " | "
              + raw.length
              + " |");
    }
    out.println();
    if (medians.containsKey("cop") && medians.containsKey("peer")) {
      double cop = medians.get("cop")[0];
      double peer = medians.get("peer")[0];
      double ratio = cop / peer;
      out.println(
          "Cold start, median wall time cop / peer: "
              + fmt(ratio)
              + " (goal ≤ "
              + COLD_GOAL
              + ") "
              + verdict(ratio, COLD_GOAL));
      if (medians.containsKey("jvmOnly")) {
        double jvm = medians.get("jvmOnly")[0];
        out.println();
        out.println(
            "Above the bare JVM: cop "
                + fmt(cop - jvm)
                + " ms, peer "
                + fmt(peer - jvm)
                + " ms, ratio "
                + fmt((cop - jvm) / (peer - jvm))
                + ".");
      }
      out.println();
    }
  }

  private static String verdict(double ratio, double goal) {
    return ratio <= goal
        ? "✓ met"
        : String.format(Locale.ROOT, "✗ missed by %.0f%%", (ratio / goal - 1) * 100);
  }

  private static double perElementNanos(JsonNode result, int n, String metric) {
    return micros(result, metric) * 1000.0 / (2.0 * n);
  }

  /** A metric's value: the median of the measured iterations, in microseconds. */
  private static double micros(JsonNode result, String metric) {
    JsonNode node = metricNode(result, metric);
    if (node.isMissingNode()) {
      return Double.NaN;
    }
    double[] raw = rawMillis(node);
    if (raw.length == 0) {
      return toMicros(node.path("score").asDouble(Double.NaN), node.path("scoreUnit").asText());
    }
    return median(raw) * 1000.0;
  }

  private static JsonNode metricNode(JsonNode result, String metric) {
    return metric.equals(WALL)
        ? result.path("primaryMetric")
        : result.path("secondaryMetrics").path(metric);
  }

  private static String spread(JsonNode result, String metric) {
    double[] raw = rawMillis(metricNode(result, metric));
    if (raw.length < 2) {
      return "–";
    }
    Arrays.sort(raw);
    double half = (raw[raw.length - 1] - raw[0]) / 2;
    return String.format(Locale.ROOT, "%.0f%%", 100 * half / median(raw));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double meanMillis(JsonNode result) {
    JsonNode primary = result.path("primaryMetric");
    return toMicros(primary.path("score").asDouble(), primary.path("scoreUnit").asText()) / 1000.0;
  }

  private static double errorMillis(JsonNode result) {
    JsonNode primary = result.path("primaryMetric");
    return toMicros(primary.path("scoreError").asDouble(), primary.path("scoreUnit").asText())
        / 1000.0;
  }

  private static double[] rawMillis(JsonNode metric) {
    List<Double> values = new ArrayList<>();
    String unit = metric.path("scoreUnit").asText();
    for (JsonNode fork : metric.path("rawData")) {
      for (JsonNode v : fork) {
        values.add(toMicros(v.asDouble(), unit) / 1000.0);
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double toMicros(double value, String unit) {
    String u = unit.replace("/op", "");
    return switch (u) {
      case "ns" -> value / 1000.0;
      case "us" -> value;
      case "ms" -> value * 1000.0;
      case "s" -> value * 1_000_000.0;
      default -> throw new IllegalArgumentException("unexpected JMH unit " + unit);
    };
  }

  private static String fmt(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "–";
    }
    double abs = Math.abs(value);
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
