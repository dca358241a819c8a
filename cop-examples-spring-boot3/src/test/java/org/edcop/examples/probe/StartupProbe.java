package org.edcop.examples.probe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.edcop.examples.spring.PlanApplication;
import org.edcop.spring.CopWarmUp;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One measurement in a fresh JVM, started by {@code StartupCostMeasurementTest}: how long (wall
 * clock and CPU time of the process) {@code SpringApplication.run} takes for a web application
 * without a controller, with or without the cop starter ({@code without}, {@code with}), or for the
 * example application, followed by its first requests, with the starter's warm-up ({@code app}) or
 * without it ({@code app-cold}). Prints one line of {@code name=milliseconds} pairs.
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
    if (variant.equals("app-cold")) {
      options.add("--cop.warm-up.enabled=false");
    }
    boolean app = variant.startsWith("app");
    Class<?> application = app ? PlanApplication.class : StartupProbe.class;
    long start = System.nanoTime();
    long cpuStart = cpu();
    ConfigurableApplicationContext context =
        new SpringApplication(application).run(options.toArray(String[]::new));
    long started = System.nanoTime();
    long startedCpu = cpu();
    StringBuilder line = new StringBuilder("PROBE ").append(variant);
    line.append(" start=").append(ms(start, started));
    line.append(" start-cpu=").append(ms(cpuStart, startedCpu));
    if (app) {
      URI base =
          URI.create(
              "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
      // with the warm-up on, the first user request comes after it (a service is not asked the
      // very millisecond it is ready); its own time is reported
      for (CopWarmUp warmUp : context.getBeansOfType(CopWarmUp.class).values()) {
        warmUp.completion().toCompletableFuture().get(120, TimeUnit.SECONDS);
        line.append(" warm-up=").append(ms(started, System.nanoTime()));
      }
      // a first request that is not cop's: Tomcat, the dispatcher servlet and the HTTP client
      // start on it, so that the figures below are cop's and Spring MVC's message handling
      HttpClient http = HttpClient.newHttpClient();
      long other = System.nanoTime();
      http.send(
          HttpRequest.newBuilder(base.resolve("/no-such-page")).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      line.append(" first-other=").append(ms(other, System.nanoTime()));
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
