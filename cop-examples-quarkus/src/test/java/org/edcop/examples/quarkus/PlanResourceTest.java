package org.edcop.examples.quarkus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Starts the Quarkus example on 127.0.0.1 (a free port) and talks to it over HTTP: every sample
 * plan through cop's route and Jakarta's, and bad documents that must come back as 400 problem
 * details with a pointer.
 */
@QuarkusTest
class PlanResourceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TestHTTPResource("/")
  URI base;

  static Stream<Path> samples() throws IOException {
    Path dir = Path.of(System.getProperty("cop.samples", "../samples"));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(7);
    return files.stream();
  }

  static Stream<Arguments> samplesAtStages() throws IOException {
    return samples()
        .flatMap(s -> Stream.of("draft", "launch", "close").map(stage -> Arguments.of(s, stage)));
  }

  @Test
  void runsOnTheJacksonAndValidatorOfItsBom() {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION)
        .hasToString(System.getProperty("expected.jackson"));
    assertThat(
            org.hibernate.validator.HibernateValidator.class
                .getPackage()
                .getImplementationVersion())
        .isEqualTo(System.getProperty("expected.hibernate-validator"));
  }

  @ParameterizedTest
  @MethodSource("samplesAtStages")
  void copAndJakartaAgree(Path sample, String stage) throws Exception {
    byte[] body = Files.readAllBytes(sample);
    HttpResponse<String> reportResponse = post("/plans/report?stage=" + stage, body, "en");
    assertThat(reportResponse.statusCode()).as(reportResponse.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(reportResponse.body());
    assertThat(report.get("stage").asText()).isEqualTo(stage);
    Set<String> errors = new TreeSet<>();
    // "findings" is left out of a report when empty (a clean plan)
    for (JsonNode finding : report.path("findings")) {
      assertThat(finding.get("ruleId").asText())
          .isNotEqualTo("further-application.application-missing");
      if (finding.get("severity").asText().equals("error")) {
        errors.add(finding.get("ruleId").asText() + " " + finding.get("path").asText());
      }
    }
    HttpResponse<String> jakarta = post("/plans/" + stage, body, "en");
    if (errors.isEmpty()) {
      assertThat(jakarta.statusCode()).as(jakarta.body()).isEqualTo(200);
      assertThat(JSON.readTree(jakarta.body())).isEqualTo(JSON.readTree(body));
    } else {
      assertThat(jakarta.statusCode()).as(jakarta.body()).isEqualTo(400);
      JsonNode problem = problem(jakarta, "validation-failed");
      Set<String> reported = new TreeSet<>();
      for (JsonNode error : problem.get("errors")) {
        assertThat(error.get("severity").asText()).isEqualTo("error");
        reported.add(error.get("ruleId").asText() + " " + error.get("pointer").asText());
      }
      assertThat(reported).isEqualTo(errors);
    }
  }

  static Stream<Arguments> badDocuments() throws IOException {
    String plan =
        Files.readString(
            samples()
                .filter(p -> p.toString().contains("system-leaders"))
                .findFirst()
                .orElseThrow(),
            UTF_8);
    byte[] tenMegabytes = new byte[10 * 1024 * 1024];
    Arrays.fill(tenMegabytes, (byte) ' ');
    tenMegabytes[0] = '{';
    tenMegabytes[tenMegabytes.length - 1] = '}';
    return Stream.of(
        Arguments.of("malformed", "{\"id\": \"x\",, }".getBytes(UTF_8), "malformed", "/id"),
        Arguments.of(
            "duplicate key",
            plan.replaceFirst("\\{", "{\"id\": \"again\",").getBytes(UTF_8),
            "duplicate-property",
            "/id"),
        Arguments.of(
            "number for an enum",
            plan.replaceFirst("\"tier\": \"[a-z]+\"", "\"tier\": 0").getBytes(UTF_8),
            "wrong-type",
            null),
        Arguments.of("trailing content", (plan + "{}").getBytes(UTF_8), "trailing-content", ""),
        Arguments.of("10 MB over the 1 MB limit", tenMegabytes, "limit-exceeded", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void badDocumentsAreProblemsWithAPointer(String name, byte[] body, String kind, String pointer)
      throws Exception {
    for (String path : List.of("/plans/report", "/plans/draft", "/plans/launch")) {
      HttpResponse<String> response = post(path, body, "en");
      assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(400);
      JsonNode problem = problem(response, "invalid-document");
      assertThat(problem.get("kind").asText()).isEqualTo(kind);
      if (pointer != null) {
        assertThat(problem.get("pointer").asText()).isEqualTo(pointer);
      } else {
        assertThat(problem.get("pointer").asText()).startsWith("/");
      }
    }
  }

  @Test
  void unknownStageIsAProblemNamingTheParameter() throws Exception {
    byte[] body = Files.readAllBytes(samples().findFirst().orElseThrow());
    HttpResponse<String> response = post("/plans/report?stage=finale", body, "en");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode problem = problem(response, "invalid-parameter");
    assertThat(problem.get("parameter").asText()).isEqualTo("stage");
    assertThat(problem.get("value").asText()).isEqualTo("finale");
  }

  private static JsonNode problem(HttpResponse<String> response, String type) throws IOException {
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception", "\tat ", "io.quarkus", "com.fasterxml");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asText()).endsWith("#" + type);
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.has("title")).isTrue();
    assertThat(problem.has("detail")).isTrue();
    return problem;
  }

  private HttpResponse<String> post(String path, byte[] body, String language) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
  }
}
