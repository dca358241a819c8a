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
 * One measurement in a fresh JVM, started by {@code StartupCostMeasurementTest}: how long {@code
 * SpringApplication.run} takes for a web application without a controller, with or without the cop
 * starter ({@code without}, {@code with}), or for the example application, followed by its first
 * requests ({@code app}). Prints one line of {@code name=milliseconds} pairs.
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
    ConfigurableApplicationContext context =
        new SpringApplication(application).run(options.toArray(String[]::new));
    long started = System.nanoTime();
    StringBuilder line =
        new StringBuilder("PROBE ").append(variant).append(" start=").append(ms(start, started));
    if (variant.equals("app")) {
      URI base =
          URI.create(
              "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
      HttpClient http = HttpClient.newHttpClient();
      byte[] plan = Files.readAllBytes(Path.of(args[2]));
      for (String path :
          List.of(
              "/plans/report?stage=launch",
              "/plans/report?stage=launch",
              "/plans/launch",
              "/plans/launch")) {
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
        line.append(' ')
            .append(path.replaceAll("[^a-z]+", "_"))
            .append('=')
            .append(ms(before, System.nanoTime()));
      }
    }
    context.close();
    System.out.println(line);
  }

  private static String ms(long from, long to) {
    return String.valueOf((to - from) / 1_000_000);
  }
}
