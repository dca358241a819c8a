package org.edcop.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application: no cop-specific bean of its own, everything comes from the starter and {@code
 * application.properties}.
 *
 * @since 0.2.0
 */
@SpringBootApplication
public class PlanApplication {

  /** Created by Spring. */
  public PlanApplication() {}

  /**
   * Starts the application.
   *
   * @param args Spring Boot's command-line arguments, such as {@code --server.port=8080}
   */
  public static void main(String[] args) {
    SpringApplication.run(PlanApplication.class, args);
  }
}
