package org.edcop.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.testing.SamplePlans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV export compared byte for byte with checked-in golden files. To rewrite them after a
 * deliberate change, run {@code mvn -pl cop-records -am test -Dcop.regenerate=true
 * -Dtest=CsvGoldenTest -Dsurefire.failIfNoSpecifiedTests=false} and review the diff.
 */
class CsvGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/org/edcop/records");

  static final CreditPolicy POLICY =
      CreditPolicy.builder()
          .minimumAttendanceShare(new BigDecimal("0.8"))
          .maxHoursPerCommunity(new BigDecimal("4"))
          .creditIncrement(new BigDecimal("0.5"))
          .build();

  static List<LearningRecord> records(String name) {
    CommunityOfPractice plan =
        name.equals("awkward-text") ? awkward() : SamplePlans.named(name).getPlan();
    return LearningRecords.builder()
        .policy(POLICY)
        .asOf(LocalDate.of(2027, 6, 30))
        .build()
        .of(plan);
  }

  /** Names and titles that need quoting: commas, quotes, a line break, non-ASCII letters. */
  static CommunityOfPractice awkward() {
    ZoneId zone = ZoneId.of("America/Edmonton");
    OffsetDateTime start = OffsetDateTime.parse("2026-09-08T15:30:00-06:00");
    MemberId a = MemberId.of("m,1");
    MemberId b = MemberId.of("m\"2");
    return CommunityOfPractice.builder()
        .id("awkward")
        .name("Leaders, \"Learners\" & Co")
        .authority("École des Prairies\nDivision 7")
        .timeZone(zone)
        .community(
            Community.builder()
                .membership(
                    Membership.builder()
                        .addMembers(
                            Member.of(a, Person.of("Renée O'Brien, Jr."), ParticipationTier.CORE))
                        .addMembers(
                            Member.of(
                                b,
                                Person.builder().name("李 小龍").externalId("=1+2").build(),
                                ParticipationTier.ACTIVE))
                        .build())
                .build())
        .practice(
            Practice.builder()
                .addMeetings(
                    Meeting.builder()
                        .id("k1")
                        .start(start)
                        .end(start.plusMinutes(100))
                        .addAttendance(a, b)
                        .build())
                .build())
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"system-leaders", "site-leaders-equity", "awkward-text"})
  void csvEqualsTheGoldenFile(String name) throws IOException {
    String csv = LearningRecordsCsv.write(records(name));
    Path golden = GOLDEN.resolve(name + ".csv");
    if (Boolean.getBoolean("cop.regenerate")) {
      Files.writeString(golden, csv, StandardCharsets.UTF_8);
    }
    assertThat(csv)
        .as("%s is stale; see this class's Javadoc to regenerate", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"system-leaders", "awkward-text"})
  void csvReadsBackAsRfc4180WithOneRowPerMember(String name) throws IOException {
    List<LearningRecord> records = records(name);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LearningRecordsCsv.write(records, bytes);
    String text = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    assertThat(text).isEqualTo(LearningRecordsCsv.write(records)).doesNotStartWith("\uFEFF");
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(text),
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(parser.getHeaderNames())
          .containsExactlyElementsOf(
              java.util.Arrays.stream(LearningRecordColumn.values())
                  .map(LearningRecordColumn::header)
                  .toList());
      List<CSVRecord> rows = parser.getRecords();
      assertThat(rows).hasSameSizeAs(records);
      for (int i = 0; i < rows.size(); i++) {
        assertThat(rows.get(i).get("member_id")).isEqualTo(records.get(i).getMemberId().getValue());
        assertThat(rows.get(i).get("name")).isEqualTo(records.get(i).getName());
        assertThat(rows.get(i).get("authority")).isEqualTo(records.get(i).getAuthority());
      }
    }
  }
}
