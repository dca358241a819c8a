package org.edcop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edcop.json.CopJson;
import org.edcop.model.CommunityOfPractice;
import org.edcop.testing.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cop schedule} and {@code cop calendar} as a convener runs them. */
class CalendarCliTest {

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

  Path sample(String name) throws IOException {
    return write(name + ".json", SampleDocuments.json(name));
  }

  static void assertOneLineProblem(Run run, String fragment) {
    assertThat(run.code()).isEqualTo(CopCli.USAGE);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("cop: ").contains(fragment).doesNotContain("Exception");
  }

  @Test
  void scheduleSkipsClosuresAndPrintsText() throws IOException {
    Path plan = sample("system-leaders");
    Path closures =
        write("closures.json", "{\"closures\":[{\"date\":\"2026-11-10\",\"reason\":\"PD day\"}]}");
    Run run =
        cop(
            "schedule",
            plan.toString(),
            "--from",
            "2026-09-01",
            "--until",
            "2026-12-31",
            "--at",
            "15:30",
            "--except",
            closures.toString());
    assertThat(run.code()).isEqualTo(CopCli.OK);
    assertThat(run.out())
        .contains("3 meetings from September 1, 2026 to December 31, 2026 (America/Edmonton)")
        // the JDK's locale data puts a space or a narrow no-break space before PM
        .containsPattern(
            "Tue, Sep 8, 2026  3:30.PM\u20135:00.PM \\(UTC-06:00\\)  meeting-2026-09-08")
        .containsPattern(
            "Tue, Dec 8, 2026  3:30.PM\u20135:00.PM \\(UTC-07:00\\)  meeting-2026-12-08")
        .contains("skipped  Tue, Nov 10, 2026  PD day");
  }

  @Test
  void scheduleJsonIsMeetingsInThePlanFormatAndMergeKeepsThePlan() throws IOException {
    Path plan = sample("system-leaders");
    Run json =
        cop(
            "schedule",
            plan.toString(),
            "--from",
            "2026-09-01",
            "--until",
            "2026-10-31",
            "--at",
            "16:00",
            "--format",
            "json");
    assertThat(json.code()).isEqualTo(CopCli.OK);
    JsonNode meetings = new ObjectMapper().readTree(json.out());
    assertThat(meetings.size()).isEqualTo(2);
    assertThat(meetings.get(0).get("start").asText()).isEqualTo("2026-09-08T16:00:00-06:00");

    Run merged =
        cop(
            "schedule",
            plan.toString(),
            "--from",
            "2026-09-01",
            "--until",
            "2027-06-30",
            "--at",
            "15:30",
            "--merge");
    assertThat(merged.code()).isEqualTo(CopCli.OK);
    CommunityOfPractice read = CopJson.defaults().readPlan(merged.out());
    CommunityOfPractice original =
        CopJson.defaults().readPlan(SampleDocuments.json("system-leaders"));
    assertThat(read).as("every generated meeting matched an existing one").isEqualTo(original);
    assertThat(merged.err()).contains("0 meetings added, 10 already in the plan");
  }

  @Test
  void calendarExportsAndImportsBack() throws IOException {
    Path plan = sample("system-leaders");
    Run export = cop("calendar", plan.toString());
    assertThat(export.code()).isEqualTo(CopCli.OK);
    assertThat(export.out()).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VTIMEZONE");
    assertThat(export.out()).doesNotContain("mailto:");
    Path ics = write("plan.ics", export.out());
    Run back = cop("calendar", plan.toString(), "--import", ics.toString());
    assertThat(back.code()).isEqualTo(CopCli.OK);
    assertThat(new ObjectMapper().readTree(back.out()).size()).isEqualTo(10);
    Run again = cop("calendar", plan.toString(), "--previous", ics.toString(), "--attendees");
    assertThat(again.out()).contains("SEQUENCE:1").contains("mailto:");
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws IOException {
    Path plan = sample("system-leaders");
    assertOneLineProblem(
        cop(
            "schedule",
            plan.toString(),
            "--from",
            "2027-06-30",
            "--until",
            "2026-09-01",
            "--at",
            "15:30"),
        "the until-date 2026-09-01 comes before the from-date 2027-06-30");
    assertOneLineProblem(
        cop(
            "schedule",
            plan.toString(),
            "--from",
            "2026-09-01",
            "--until",
            "2026-09-07",
            "--at",
            "15:30"),
        "yields no meeting from 2026-09-01 to 2026-09-07");
    assertOneLineProblem(
        cop("schedule", plan.toString(), "--from", "2026-09-01", "--until", "2027-06-30"),
        "startTime");
    Path atlantis =
        write(
            "atlantis.json",
            SampleDocuments.json("system-leaders").replace("America/Edmonton", "America/Atlantis"));
    assertOneLineProblem(
        cop("schedule", atlantis.toString(), "--from", "2026-09-01", "--until", "2027-06-30"),
        "'America/Atlantis'");
    Path broken = write("closures.json", "{\"closures\": [");
    assertOneLineProblem(
        cop(
            "schedule",
            plan.toString(),
            "--from",
            "2026-09-01",
            "--until",
            "2027-06-30",
            "--at",
            "15:30",
            "--except",
            broken.toString()),
        "closures.json: the district calendar is not valid JSON");
    Path allDay =
        write(
            "pd.ics",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\nUID:pd\r\n"
                + "DTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20261009\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n");
    assertOneLineProblem(
        cop("calendar", plan.toString(), "--import", allDay.toString()),
        "is an all-day event (DTSTART:20261009)");
    assertOneLineProblem(
        cop("schedule", plan.toString(), "--from", "2026-02-30", "--until", "2027-06-30"),
        "'2026-02-30' is not a date");
  }
}
