package org.edcop.examples.probe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edcop.examples.spring.PlanApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One measurement in a fresh JVM, started by {@code StartupCostMeasurementTest}: how long (wall
 * clock and CPU time of the process) {@code SpringApplication.run} takes for a web application
 * without a controller, with or without the cop starter ({@code without}, {@code with}), or for the
 * example application, followed by its first requests ({@code app}). Prints one line of {@code
 * name=milliseconds} pairs.
 */
@SpringBootApplication
public class StartupProbe {

  /** Not instantiated by hand. */
  public StartupProbe() {}

  /**
   * Runs one measurement.
   *
   * @param args the variant ({@code without}, {@code with}, {@code app}), the cop
   *     auto-configuration class and the sample plan to post
   * @throws Exception if the measurement fails
   */
  public static void main(String[] args) throws Exception {
    String variant = args[0];
    List<String> options =
        new ArrayList<>(
            List.of(
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn"));
    if (variant.equals("without")) {
      options.add("--spring.autoconfigure.exclude=" + args[1]);
    }
    Class<?> application = variant.equals("app") ? PlanApplication.class : StartupProbe.class;
    long start = System.nanoTime();
    long cpuStart = cpu();
    ConfigurableApplicationContext context =
        new SpringApplication(application).run(options.toArray(String[]::new));
    long started = System.nanoTime();
    long startedCpu = cpu();
    StringBuilder line = new StringBuilder("PROBE ").append(variant);
    line.append(" start=").append(ms(start, started));
    line.append(" start-cpu=").append(ms(cpuStart, startedCpu));
    if (variant.equals("app")) {
      URI base =
          URI.create(
              "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
      HttpClient http = HttpClient.newHttpClient();
      byte[] plan = Files.readAllBytes(Path.of(args[2]));
      String[] labels = {"first-report", "second-report", "first-valid", "second-valid"};
      String[] paths = {
        "/plans/report?stage=launch", "/plans/report?stage=launch", "/plans/launch", "/plans/launch"
      };
      for (int i = 0; i < paths.length; i++) {
        String path = paths[i];
        long before = System.nanoTime();
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(plan))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
          throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        line.append(' ').append(labels[i]).append('=').append(ms(before, System.nanoTime()));
      }
    }
    context.close();
    System.out.println(line);
  }

  /** CPU time of the whole process (all threads, JIT and GC included), in nanoseconds. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String ms(long from, long to) {
    return String.valueOf((to - from) / 1_000_000);
  }
}
