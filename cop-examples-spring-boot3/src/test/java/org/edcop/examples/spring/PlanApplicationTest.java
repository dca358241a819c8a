package org.edcop.examples.spring;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.json.JsonParser;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the example application on 127.0.0.1 (a free port) and talks to it over HTTP as a client
 * would: every sample plan of {@code samples/} through cop's routes and Jakarta's, and bad
 * documents that must come back as 400 problem details with a pointer. The same test runs on Boot 3
 * and Boot 4; JSON is parsed with Boot's generation-neutral {@link JsonParser}.
 */
class PlanApplicationTest {

  private static final List<String> STAGES = List.of("draft", "launch", "close");
  private static final JsonParser JSON = JsonParserFactory.getJsonParser();

  private static ConfigurableApplicationContext app;
  private static HttpClient http;
  private static URI base;

  @BeforeAll
  static void start() {
    app =
        new SpringApplication(PlanApplication.class)
            .run("--server.address=127.0.0.1", "--server.port=0", "--spring.main.banner-mode=off");
    // set by Boot 3 and Boot 4 alike once the server listens
    String port = app.getEnvironment().getProperty("local.server.port");
    base = URI.create("http://127.0.0.1:" + port);
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  static Stream<Path> samples() throws IOException {
    Path dir = Path.of(System.getProperty("cop.samples", "../samples"));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    assertThat(files).as("sample plans in %s", dir).hasSizeGreaterThanOrEqualTo(7);
    return files.stream();
  }

  static Stream<Arguments> samplesAtStages() throws IOException {
    return samples().flatMap(sample -> STAGES.stream().map(stage -> Arguments.of(sample, stage)));
  }

  @Test
  void runsOnTheJacksonAndValidatorOfItsBom() throws Exception {
    String jackson = System.getProperty("expected.jackson.package");
    Object version = Class.forName(jackson + ".cfg.PackageVersion").getField("VERSION").get(null);
    assertThat(version).hasToString(System.getProperty("expected.jackson"));
    assertThat(
            Class.forName("org.hibernate.validator.HibernateValidator")
                .getPackage()
                .getImplementationVersion())
        .isEqualTo(System.getProperty("expected.hibernate-validator"));
    String absent = System.getProperty("absent.class", "");
    for (String name : absent.isBlank() ? new String[0] : absent.split(",")) {
      assertThat(isPresent(name)).as("%s on the class path", name).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void readsAndWritesEverySamplePlanUnchanged(Path sample) throws Exception {
    HttpResponse<String> response = post("/plans/report?stage=draft", Files.readAllBytes(sample));
    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> report = JSON.parseMap(response.body());
    assertThat(report).containsEntry("stage", "draft"); // "findings" is left out when empty
    // the example's policy.json disables this rule: the policy setting was read
    assertThat(ruleIds(report)).doesNotContain("further-application.application-missing");

    HttpResponse<String> accepted = post("/plans/check?stage=draft", Files.readAllBytes(sample));
    if (accepted.statusCode() == 200) {
      assertThat(JSON.parseMap(accepted.body()))
          .isEqualTo(JSON.parseMap(Files.readString(sample, UTF_8)));
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void readsPlansInsideTheApplicationsOwnTypesWithBootsMapper(Path sample) throws Exception {
    String plan = Files.readString(sample, UTF_8);
    byte[] body = ("{\"submittedBy\": \"Ana\", \"plan\": " + plan + "}").getBytes(UTF_8);
    HttpResponse<String> response = post("/plans/submissions", body);
    HttpResponse<String> check = post("/plans/check?stage=draft", plan.getBytes(UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(check.statusCode());
    if (response.statusCode() == 200) {
      assertThat(JSON.parseMap(response.body()))
          .containsEntry("submittedBy", "Ana")
          .containsEntry("plan", JSON.parseMap(plan));
    } else {
      for (Map<String, Object> error : list(problem(response, "validation-failed"), "errors")) {
        assertThat((String) error.get("pointer")).startsWith("/plan");
      }
    }
  }

  static Stream<Arguments> badSubmissions() throws IOException {
    String plan =
        Files.readString(
            samples()
                .filter(p -> p.toString().contains("system-leaders"))
                .findFirst()
                .orElseThrow(),
            UTF_8);
    String wrapped = "{\"submittedBy\": \"Ana\", \"plan\": " + plan + "}";
    return Stream.of(
        Arguments.of(
            "duplicate key in the plan",
            wrapped.replaceFirst("\"schemaVersion\"", "\"id\": \"again\", \"schemaVersion\""),
            "duplicate-property",
            "/plan/id"),
        Arguments.of(
            "duplicate key outside",
            wrapped.replaceFirst("\\{", "{\"submittedBy\": \"Ben\","),
            "duplicate-property",
            "/submittedBy"),
        Arguments.of(
            "number for an enum",
            wrapped.replaceFirst("\"tier\": \"[a-z]+\"", "\"tier\": 0"),
            null,
            null),
        Arguments.of(
            "number for a text",
            wrapped.replaceFirst("\"Ana\"", "7"),
            "wrong-type",
            "/submittedBy"),
        Arguments.of("trailing content", wrapped + "{}", null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSubmissions")
  void badSubmissionsAreProblemsWithAPointer(String name, String body, String kind, String pointer)
      throws Exception {
    HttpResponse<String> response = post("/plans/submissions", body.getBytes(UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    Map<String, Object> problem = problem(response, "invalid-document");
    assertThat(problem).containsKey("pointer");
    if (kind != null) {
      assertThat(problem).containsEntry("kind", kind);
    }
    if (pointer != null) {
      assertThat(problem).containsEntry("pointer", pointer);
    }
  }

  @ParameterizedTest
  @MethodSource("samplesAtStages")
  void copAndJakartaAgree(Path sample, String stage) throws Exception {
    byte[] body = Files.readAllBytes(sample);
    Map<String, Object> report = JSON.parseMap(post("/plans/report?stage=" + stage, body).body());
    Set<String> errors = new TreeSet<>();
    for (Map<String, Object> finding : list(report, "findings")) {
      if ("error".equals(finding.get("severity"))) {
        errors.add(finding.get("ruleId") + " " + finding.get("path"));
      }
    }

    HttpResponse<String> cop = post("/plans/check?stage=" + stage, body);
    HttpResponse<String> jakarta = post("/plans/" + stage, body);
    for (HttpResponse<String> response : List.of(cop, jakarta)) {
      if (errors.isEmpty()) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
      } else {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(400);
        Map<String, Object> problem = problem(response, "validation-failed");
        assertThat(problem).containsEntry("stage", stage);
        Set<String> reported = new TreeSet<>();
        for (Map<String, Object> error : list(problem, "errors")) {
          assertThat(error).containsEntry("severity", "error").containsKeys("message", "ruleId");
          reported.add(error.get("ruleId") + " " + error.get("pointer"));
        }
        assertThat(reported).as(response.uri().toString()).isEqualTo(errors);
      }
    }
  }

  @Test
  void messagesFollowTheRequestLanguage() throws Exception {
    byte[] body =
        Files.readAllBytes(
            samples().filter(p -> p.toString().contains("integrity")).findFirst().orElseThrow());
    Map<String, Object> english = problem(post("/plans/draft", body, "en"), "validation-failed");
    Map<String, Object> french = problem(post("/plans/draft", body, "fr"), "validation-failed");
    Map<String, Object> en = messages(english);
    Map<String, Object> fr = messages(french);
    assertThat(fr.keySet()).isEqualTo(en.keySet()).isNotEmpty();
    assertThat(fr).isNotEqualTo(en);
  }

  private static Map<String, Object> messages(Map<String, Object> problem) {
    Map<String, Object> messages = new java.util.TreeMap<>();
    for (Map<String, Object> error : list(problem, "errors")) {
      messages.put(error.get("ruleId") + " " + error.get("pointer"), error.get("message"));
    }
    return messages;
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
        Arguments.of("truncated", plan.substring(0, plan.length() / 2).getBytes(UTF_8), null, null),
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
        Arguments.of(
            "text for a number",
            plan.replaceFirst("\"schemaVersion\": 1", "\"schemaVersion\": \"1\"").getBytes(UTF_8),
            "wrong-type",
            "/schemaVersion"),
        Arguments.of("trailing content", (plan + "{}").getBytes(UTF_8), "trailing-content", ""),
        Arguments.of("10 MB over the 1 MB limit", tenMegabytes, "limit-exceeded", ""),
        Arguments.of("empty body", new byte[0], null, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void badDocumentsAreProblemsWithAPointer(String name, byte[] body, String kind, String pointer)
      throws Exception {
    for (String path : List.of("/plans/report", "/plans/check", "/plans/draft", "/plans/launch")) {
      HttpResponse<String> response = post(path, body);
      assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(400);
      Map<String, Object> problem = problem(response, "invalid-document");
      assertThat(problem).containsKey("pointer");
      if (kind != null) {
        assertThat(problem).containsEntry("kind", kind);
      }
      if (pointer != null) {
        assertThat(problem).containsEntry("pointer", pointer);
      } else {
        assertThat((String) problem.get("pointer")).startsWith("/");
      }
    }
  }

  @Test
  void unknownStageIsAProblemNamingTheParameter() throws Exception {
    byte[] body = Files.readAllBytes(samples().findFirst().orElseThrow());
    HttpResponse<String> response = post("/plans/report?stage=finale", body);
    assertThat(response.statusCode()).isEqualTo(400);
    Map<String, Object> problem = problem(response, "invalid-parameter");
    assertThat(problem).containsEntry("parameter", "stage").containsEntry("value", "finale");
    assertThat((String) problem.get("detail")).contains("draft, launch, running, close");
  }

  private static Map<String, Object> problem(HttpResponse<String> response, String type) {
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    String body = response.body();
    assertThat(body)
        .doesNotContain(
            "Exception", "\tat ", "org.springframework", "com.fasterxml", "tools.jackson");
    Map<String, Object> problem = JSON.parseMap(body);
    assertThat(problem)
        .containsEntry("type", "https://github.com/edcop/cop/blob/main/docs/spring-boot.md#" + type)
        .containsKeys("title", "detail");
    assertThat(((Number) problem.get("status")).intValue()).isEqualTo(400);
    return problem;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> object, String name) {
    // the report format leaves empty arrays out (a clean plan has no "findings")
    return (List<Map<String, Object>>) object.getOrDefault(name, List.of());
  }

  private static Set<String> ruleIds(Map<String, Object> report) {
    Set<String> ids = new TreeSet<>();
    for (Map<String, Object> finding : list(report, "findings")) {
      ids.add((String) finding.get("ruleId"));
    }
    return ids;
  }

  private static HttpResponse<String> post(String path, byte[] body) throws Exception {
    return post(path, body, "en");
  }

  private static HttpResponse<String> post(String path, byte[] body, String language)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  private static boolean isPresent(String name) {
    try {
      Class.forName(name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
