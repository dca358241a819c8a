package org.edcop.json3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopJsonException;
import org.edcop.model.CommunityOfPractice;
import org.edcop.records.AchievementCredential;
import org.edcop.records.AchievementCredentials;
import org.edcop.records.CreditPolicy;
import org.edcop.records.LearningRecord;
import org.edcop.records.LearningRecords;
import org.edcop.testing.SamplePlans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The credit policy reader and the learning-record and credential writers of {@link CopJson3} agree
 * with those of {@link CopJson}: the same typed error for a bad policy, and the same documents
 * (compared as trees; the two pretty printers space differently).
 */
class RecordsCrossVersionTest {

  private static final CopJson JACKSON2 = CopJson.defaults();
  private static final CopJson3 JACKSON3 = CopJson3.defaults();
  private static final JsonMapper TREE = JsonMapper.builder().build();

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{\"schemaVersion\":1,\"maxHoursPerCommunity\":-2}",
        "{\"schemaVersion\":1,\"minimumAttendanceShare\":1.5}",
        "{\"schemaVersion\":1,\"rounding\":\"sideways\"}",
        "{\"schemaVersion\":1,\"cap\":3}",
        "{\"schemaVersion\":1,\"yearStartMonth\":\"7\"}",
        "[]"
      })
  void aBadPolicyFailsAlikeInBoth(String document) {
    CopJsonException two =
        catchThrowableOfType(CopJsonException.class, () -> JACKSON2.readCreditPolicy(document));
    CopJsonException three =
        catchThrowableOfType(CopJsonException.class, () -> JACKSON3.readCreditPolicy(document));
    assertThat(three.getKind()).isEqualTo(two.getKind());
    assertThat(three.getPointer()).isEqualTo(two.getPointer());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"system-leaders", "site-leaders-equity"})
  void exportsAreTheSameDocuments(String sample) {
    CommunityOfPractice plan = SamplePlans.named(sample).getPlan();
    CreditPolicy policy =
        JACKSON3.readCreditPolicy(
            "{\"schemaVersion\":1,\"maxHoursPerCommunity\":6,\"creditIncrement\":0.5}");
    assertThat(JACKSON2.readCreditPolicy(JACKSON3.writeCreditPolicyPretty(policy)))
        .isEqualTo(policy);
    List<LearningRecord> records =
        LearningRecords.builder().policy(policy).asOf(LocalDate.of(2027, 6, 30)).build().of(plan);
    assertThat(TREE.readTree(JACKSON3.writeLearningRecordsPretty(records)))
        .isEqualTo(TREE.readTree(JACKSON2.writeLearningRecordsPretty(records)));
    List<AchievementCredential> credentials =
        AchievementCredentials.of(
            plan,
            records,
            policy,
            AchievementCredential.BadgeIssuer.of("did:web:district.example", "District"));
    assertThat(credentials).isNotEmpty();
    for (AchievementCredential credential : credentials) {
      assertThat(TREE.readTree(JACKSON3.writeCredentialPretty(credential)))
          .isEqualTo(TREE.readTree(JACKSON2.writeCredentialPretty(credential)));
    }
  }
}
