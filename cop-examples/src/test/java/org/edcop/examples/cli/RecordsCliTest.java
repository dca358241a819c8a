package org.edcop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.edcop.json.CopJson;
import org.edcop.model.CommunityOfPractice;
import org.edcop.testing.SampleDocuments;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cop transcript}, {@code cop redact} and {@code cop erase} as a user runs them. */
class RecordsCliTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run cop(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CopCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  Path sample() throws IOException {
    return write("system-leaders.json", SampleDocuments.json("system-leaders"));
  }

  static void assertOneLineProblem(Run run, String... mentions) {
    assertThat(run.code()).isEqualTo(CopCli.USAGE);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("cop: ")
        .doesNotContain("Exception", "\tat ")
        .contains(mentions);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void transcriptPrintsOneCsvRowPerMember() throws IOException {
    Run run = cop("transcript", sample().toString(), "--as-of", "2027-06-30");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    String[] lines = run.out().split("\r\n");
    assertThat(lines[0]).startsWith("community_id,community_name,authority,member_id");
    assertThat(lines).hasSize(14);
    assertThat(lines[1]).contains("sl-01", "Maren Holt", "completed");
  }

  @Test
  void transcriptAsJsonWithAPolicyAndBadges() throws IOException {
    Path policy = write("policy.json", "{\"schemaVersion\":1,\"maxHoursPerCommunity\":2}");
    Path badges = dir.resolve("badges");
    Run run =
        cop(
            "transcript",
            sample().toString(),
            "--as-of=2027-06-30",
            "--credit-policy",
            policy.toString(),
            "--format",
            "json",
            "--badges",
            badges.toString(),
            "--issuer",
            "https://district.example");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("\"records\"", "\"credits\": 2.00");
    try (Stream<Path> files = Files.list(badges)) {
      assertThat(files.count()).isEqualTo(6);
    }
    assertThat(run.err()).isEqualTo("cop: 6 achievement credentials written to " + badges + "\n");
  }

  @Test
  void aBadPolicyOrDateIsOneLineAndExitTwo() throws IOException {
    Path negative = write("bad.json", "{\"schemaVersion\":1,\"maxHoursPerCommunity\":-2}");
    assertOneLineProblem(
        cop("transcript", sample().toString(), "--credit-policy", negative.toString()),
        "bad.json",
        "-2",
        "/maxHoursPerCommunity");
    Path share = write("share.json", "{\"schemaVersion\":1,\"minimumAttendanceShare\":1.5}");
    assertOneLineProblem(
        cop("transcript", sample().toString(), "--credit-policy", share.toString()), "1.5");
    assertOneLineProblem(
        cop(
            "transcript",
            sample().toString(),
            "--credit-policy",
            dir.resolve("none.json").toString()),
        "no such file");
    assertOneLineProblem(
        cop("transcript", sample().toString(), "--as-of", "30/06/2027"), "30/06/2027");
    assertOneLineProblem(cop("transcript", sample().toString(), "--format", "xml"), "xml");
  }

  @Test
  void schemaPrintsTheCreditPolicySchema() {
    Run run = cop("schema", "credit-policy");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(org.edcop.json.format.CopSchemas.creditPolicy());
  }

  @Test
  void redactForStakeholdersKeepsNamesButNoContacts() throws IOException {
    Run run = cop("redact", sample().toString(), "--profile", "stakeholder");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Maren Holt").doesNotContain("@").doesNotContain("\"contact\"");
    CommunityOfPractice plan = CopJson.defaults().readPlan(run.out());
    assertThat(CopValidator.defaults().validate(plan, Stage.DRAFT).isAcceptable()).isTrue();
  }

  @Test
  void redactForThePublicHasNoNames() throws IOException {
    Run run = cop("redact", sample().toString(), "--profile", "public");
    assertThat(run.code()).isZero();
    assertThat(run.out()).doesNotContain("Maren Holt").contains("Member 1");
    assertOneLineProblem(cop("redact", sample().toString(), "--profile", "everyone"), "everyone");
  }

  @Test
  void eraseReportsOnStandardErrorAndRefusesAnUnknownId() throws IOException {
    Run run = cop("erase", sample().toString(), "--member", "sl-01");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .doesNotContain("Maren Holt")
        .doesNotContain("\"sl-01\"")
        .contains("erased-1");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("cop: erased as erased-1: removed /community/membership/members/0/id");
    assertOneLineProblem(cop("erase", sample().toString(), "--member", "sl-99"), "'sl-99'");
  }
}
