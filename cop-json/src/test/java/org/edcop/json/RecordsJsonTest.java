package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.json.format.CopSchemas;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableReflection;
import org.edcop.model.Practice;
import org.edcop.model.Reflection;
import org.edcop.records.AchievementCredential;
import org.edcop.records.AchievementCredential.BadgeIssuer;
import org.edcop.records.AchievementCredentials;
import org.edcop.records.CompletionStatus;
import org.edcop.records.CreditPolicy;
import org.edcop.records.CreditRounding;
import org.edcop.records.LearningRecord;
import org.edcop.records.LearningRecords;
import org.edcop.testing.SamplePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Credit policies, learning-record exports and Open Badges credentials in JSON (#21). */
class RecordsJsonTest {

  private static final CopJson JSON = CopJson.defaults();
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final LocalDate AS_OF = LocalDate.of(2027, 6, 30);

  // ---- credit policies -----------------------------------------------------------------------

  @Test
  void aFullPolicyReadsAndWritesBack() {
    String text =
        "{\"schemaVersion\":1,\"minimumAttendanceShare\":0.8,\"maxHoursPerCommunity\":20,"
            + "\"maxHoursPerYear\":15.5,\"yearStartMonth\":9,\"hoursPerCredit\":10,"
            + "\"creditIncrement\":0.1,\"rounding\":\"nearest\"}";
    CreditPolicy policy = JSON.readCreditPolicy(text);
    assertThat(policy.getMinimumAttendanceShare()).isEqualByComparingTo("0.8");
    assertThat(policy.getMaxHoursPerCommunity()).contains(new BigDecimal("20"));
    assertThat(policy.getMaxHoursPerYear()).contains(new BigDecimal("15.5"));
    assertThat(policy.getYearStartMonth()).isEqualTo(9);
    assertThat(policy.getRounding()).isEqualTo(CreditRounding.NEAREST);
    assertThat(JSON.readCreditPolicy(JSON.writeCreditPolicyPretty(policy))).isEqualTo(policy);
    assertThat(Schemas.errors(Schemas.load(CopSchemas.creditPolicy()), text)).isEmpty();
  }

  @Test
  void defaultsAreLeftOutAndAnEmptyPolicyIsTheDefault() throws Exception {
    JsonNode written = TREE.readTree(JSON.writeCreditPolicyPretty(CreditPolicy.defaults()));
    assertThat(written.properties()).hasSize(1);
    assertThat(written.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(JSON.readCreditPolicy("{\"schemaVersion\":1}")).isEqualTo(CreditPolicy.defaults());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"minimumAttendanceShare\":1.01| /minimumAttendanceShare| 1.01",
        "\"minimumAttendanceShare\":-0.1| /minimumAttendanceShare| -0.1",
        "\"maxHoursPerCommunity\":-2| /maxHoursPerCommunity| -2",
        "\"maxHoursPerYear\":-0.25| /maxHoursPerYear| -0.25",
        "\"yearStartMonth\":13| /yearStartMonth| 13",
        "\"yearStartMonth\":0| /yearStartMonth| 0",
        "\"hoursPerCredit\":0| /hoursPerCredit| 0",
        "\"creditIncrement\":-1| /creditIncrement| -1"
      })
  void aValueNoDistrictCanMeanIsATypedErrorNamingIt(String setting, String pointer, String value) {
    CopJsonException e =
        catchThrowableOfType(
            CopJsonException.class,
            () -> JSON.readCreditPolicy("{\"schemaVersion\":1," + setting + "}"));
    assertThat(e.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getPointer()).isEqualTo(pointer);
    assertThat(e.getDetail()).contains(value);
    assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("org.edcop");
  }

  @Test
  void onTheBoundsIsAccepted() {
    assertThat(
            JSON.readCreditPolicy("{\"schemaVersion\":1,\"minimumAttendanceShare\":1}")
                .getMinimumAttendanceShare())
        .isEqualByComparingTo("1");
    assertThat(
            JSON.readCreditPolicy("{\"schemaVersion\":1,\"minimumAttendanceShare\":0}")
                .getMinimumAttendanceShare())
        .isEqualByComparingTo("0");
    assertThat(
            JSON.readCreditPolicy("{\"schemaVersion\":1,\"maxHoursPerCommunity\":0}")
                .getMaxHoursPerCommunity())
        .contains(BigDecimal.ZERO);
  }

  @Test
  void aMisspeltPropertyOrUnknownRoundingIsRefused() {
    CopJsonException unknown =
        catchThrowableOfType(
            CopJsonException.class,
            () -> JSON.readCreditPolicy("{\"schemaVersion\":1,\"maxHoursPerComunity\":3}"));
    assertThat(unknown.getKind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(unknown.getPointer()).isEqualTo("/maxHoursPerComunity");
    CopJsonException code =
        catchThrowableOfType(
            CopJsonException.class,
            () -> JSON.readCreditPolicy("{\"schemaVersion\":1,\"rounding\":\"ceiling\"}"));
    assertThat(code.getPointer()).isEqualTo("/rounding");
    assertThat(code.getDetail()).contains("ceiling");
  }

  // ---- private reflections in the plan -------------------------------------------------------

  @Test
  void thePrivateFlagRoundTripsAndIsLeftOutWhenFalse() {
    CommunityOfPractice sample = SamplePlans.systemLeaders().getPlan();
    List<Reflection> reflections = sample.getPractice().getReflections();
    assertThat(reflections).isNotEmpty();
    CommunityOfPractice marked =
        CommunityOfPractice.builder()
            .from(sample)
            .practice(
                Practice.builder()
                    .from(sample.getPractice())
                    .reflections(
                        reflections.stream()
                            .map(
                                r ->
                                    (Reflection)
                                        ImmutableReflection.copyOf(r).withPrivateToAuthor(true))
                            .toList())
                    .build())
            .build();
    String json = JSON.writePlan(marked);
    assertThat(json).contains("\"privateToAuthor\":true");
    assertThat(JSON.readPlan(json)).isEqualTo(marked);
    assertThat(JSON.writePlan(sample)).doesNotContain("privateToAuthor");
    assertThat(Schemas.errors(Schemas.load(CopSchemas.planStrict()), json)).isEmpty();
  }

  // ---- exports -------------------------------------------------------------------------------

  private static List<LearningRecord> records(CommunityOfPractice plan) {
    return LearningRecords.builder().asOf(AS_OF).build().of(plan);
  }

  @Test
  void recordsExportHasOneEntryPerMemberWithTheModelsNames() throws Exception {
    CommunityOfPractice plan = SamplePlans.systemLeaders().getPlan();
    List<LearningRecord> records = records(plan);
    JsonNode doc = TREE.readTree(JSON.writeLearningRecordsPretty(records));
    assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(doc.get("records")).hasSize(records.size());
    JsonNode first = doc.get("records").get(0);
    LearningRecord record = records.get(0);
    assertThat(first.get("memberId").asText()).isEqualTo(record.getMemberId().getValue());
    assertThat(first.get("status").asText()).isEqualTo(record.getStatus().code());
    assertThat(first.get("credits").decimalValue()).isEqualByComparingTo(record.getCredits());
    assertThat(first.get("learningTime").asText()).isEqualTo(record.getLearningTime().toString());
    assertThat(first.get("meetingsAttended")).hasSize(record.getMeetingsAttended().size());
    assertThat(first.get("meetingsAttended").get(0).get("length").asText()).isEqualTo("PT1H30M");
    assertThat(first.get("competencies").get(0).get("frameworkId").asText())
        .isEqualTo("alberta-slqs");
  }

  /**
   * Every property the Open Badges 3.0 specification (1EdTech, data model, version 3.0.3) marks as
   * required for the classes written: the 1EdTech JSON Schema is not published on Maven Central or
   * npm, so it is not vendored and the required properties are checked here instead.
   */
  @Test
  void credentialsHaveEveryRequiredOpenBadgesProperty() throws Exception {
    CommunityOfPractice plan = SamplePlans.systemLeaders().getPlan();
    List<LearningRecord> records = records(plan);
    List<AchievementCredential> credentials =
        AchievementCredentials.of(
            plan,
            records,
            CreditPolicy.defaults(),
            BadgeIssuer.of("https://prairiesky.example/", "Prairie Sky School Division"));
    long completed =
        records.stream().filter(r -> r.getStatus() == CompletionStatus.COMPLETED).count();
    assertThat(completed).isPositive();
    assertThat(credentials).hasSize((int) completed);
    for (AchievementCredential credential : credentials) {
      JsonNode doc = TREE.readTree(JSON.writeCredentialPretty(credential));
      // AchievementCredential / OpenBadgeCredential
      assertThat(doc.get("@context").get(0).asText())
          .isEqualTo("https://www.w3.org/ns/credentials/v2");
      assertThat(doc.get("@context").get(1).asText())
          .startsWith("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0");
      assertUri(doc, "id");
      assertThat(texts(doc.get("type"))).contains("VerifiableCredential", "OpenBadgeCredential");
      assertText(doc, "name");
      assertThat(doc.get("validFrom").asText())
          .matches(
              "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})");
      // Profile
      JsonNode issuer = doc.get("issuer");
      assertUri(issuer, "id");
      assertThat(texts(issuer.get("type"))).contains("Profile");
      // AchievementSubject
      JsonNode subject = doc.get("credentialSubject");
      assertThat(texts(subject.get("type"))).contains("AchievementSubject");
      for (JsonNode identity : subject.get("identifier")) {
        assertThat(identity.get("type").asText()).isEqualTo("IdentityObject");
        assertThat(identity.get("hashed").isBoolean()).isTrue();
        assertText(identity, "identityHash");
        assertText(identity, "identityType");
      }
      // Achievement
      JsonNode achievement = subject.get("achievement");
      assertUri(achievement, "id");
      assertThat(texts(achievement.get("type"))).contains("Achievement");
      assertText(achievement, "name");
      assertText(achievement, "description");
      assertText(achievement.get("criteria"), "narrative");
      // Alignment: one per competency cited
      LearningRecord record =
          records.stream()
              .filter(r -> r.getName().equals(credential.getRecipientName()))
              .findFirst()
              .orElseThrow();
      JsonNode alignments = achievement.get("alignment");
      if (record.getCompetencies().isEmpty()) {
        assertThat(alignments).isNull();
      } else {
        assertThat(alignments).hasSize(record.getCompetencies().size());
        for (JsonNode alignment : alignments) {
          assertThat(texts(alignment.get("type"))).contains("Alignment");
          assertText(alignment, "targetName");
          assertUri(alignment, "targetUrl");
        }
      }
    }
    assertThat(credentials.get(0).toString()).doesNotContain(credentials.get(0).getRecipientName());
    assertThat(credentials)
        .as("ids are stable")
        .isEqualTo(
            AchievementCredentials.of(
                plan,
                records,
                CreditPolicy.defaults(),
                BadgeIssuer.of("https://prairiesky.example/", "Prairie Sky School Division")));
  }

  private static List<String> texts(JsonNode array) {
    assertThat(array).isNotNull();
    assertThat(array.isArray()).isTrue();
    List<String> values = new java.util.ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static void assertText(JsonNode node, String name) {
    assertThat(node).isNotNull();
    assertThat(node.get(name)).as(name).isNotNull();
    assertThat(node.get(name).isTextual()).as(name).isTrue();
    assertThat(node.get(name).asText()).as(name).isNotBlank();
  }

  private static void assertUri(JsonNode node, String name) {
    assertText(node, name);
    assertThat(java.net.URI.create(node.get(name).asText()).isAbsolute()).as(name).isTrue();
  }
}
