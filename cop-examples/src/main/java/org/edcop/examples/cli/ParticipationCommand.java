package org.edcop.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopJsonException;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.MemberId;
import org.edcop.running.HealthSummary;
import org.edcop.running.MeetingTurnout;
import org.edcop.running.MemberParticipation;
import org.edcop.running.Participation;
import org.edcop.running.SuggestedTierChange;
import org.edcop.running.TierSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cop participation FILE}: attendance per member and tier, and the community's health. */
@Command(
    name = "participation",
    mixinStandardHelpOptions = true,
    description = {
      "Print who has been taking part: per member and per tier, the health summary and suggested"
          + " tier changes.",
      "Exit code 0, or 2 for unreadable input."
    })
final class ParticipationCommand implements Callable<Integer> {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Parameters(paramLabel = "FILE", description = "A plan file (JSON).")
  Path file;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = ValidateCommand.DateConverter.class,
      description = "The day to look from (YYYY-MM-DD; default: today in the plan's time zone).")
  LocalDate asOf;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  ValidateCommand.Format format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CommunityOfPractice plan;
    try {
      plan = CopJson.defaults().readPlan(ValidateCommand.readBytes(file));
    } catch (CopJsonException e) {
      err.println("cop: " + file + ": " + e.getMessage());
      return CopCli.USAGE;
    } catch (CliException e) {
      err.println("cop: " + e.getMessage());
      return CopCli.USAGE;
    }
    LocalDate day = asOf != null ? asOf : LocalDate.now(Clock.system(plan.getTimeZone()));
    Participation participation = Participation.of(plan, day);
    if (format == ValidateCommand.Format.json) {
      out.println(json(plan, participation));
    } else {
      text(out, plan, participation);
    }
    out.flush();
    return CopCli.OK;
  }

  private static String percent(OptionalDouble rate) {
    return rate.isPresent() ? Math.round(rate.getAsDouble() * 100) + "%" : "-";
  }

  private static String hours(Duration time) {
    return String.format(Locale.ROOT, "%.1f h", time.toMinutes() / 60.0);
  }

  private static void text(PrintWriter out, CommunityOfPractice plan, Participation p) {
    long recorded = p.meetings().stream().filter(MeetingTurnout::recorded).count();
    out.printf(
        "%s: participation as of %s (%d meetings held, %d with attendance; recent window: last %d)%n",
        plan.getName(),
        p.asOf(),
        p.meetings().size(),
        recorded,
        p.thresholds().getRecentMeetings());
    out.println();
    out.printf(
        "%-16s %-13s %8s %6s %8s %7s %-12s %9s%n",
        "member", "tier", "attended", "rate", "recent", "streak", "last", "time");
    for (MemberParticipation m : p.members()) {
      out.printf(
          "%-16s %-13s %8s %6s %8s %7d %-12s %9s%n",
          m.member().getValue(),
          m.tier().code(),
          m.attended() + "/" + m.held(),
          percent(m.rate()),
          m.recentAttended() + "/" + m.recentHeld(),
          m.absenceStreak(),
          m.lastAttendedOn().map(LocalDate::toString).orElse("never"),
          hours(m.learningTime()));
    }
    out.println();
    out.printf("%-13s %7s %9s %11s%n", "tier", "members", "mean rate", "mean recent");
    for (TierSummary t : p.tiers()) {
      out.printf(
          "%-13s %7d %9s %11s%n",
          t.tier().code(), t.members(), percent(t.meanRate()), percent(t.meanRecentRate()));
    }
    HealthSummary h = p.health();
    out.println();
    out.println("Health");
    out.printf(
        "  members proper active: %d of %d (attended a meeting of their recent window)%n",
        h.membersProperActive(), h.membersProper());
    out.printf(
        "  attendance trend: %s in the first quarter of meetings, %s in the last%n",
        percent(h.firstQuarterTurnout()), percent(h.lastQuarterTurnout()));
    out.printf("  core renewal: %d tier change(s) into core%n", h.coreRenewals());
    out.printf(
        "  never attended: %s%n",
        h.neverAttended().isEmpty()
            ? "nobody"
            : String.join(", ", h.neverAttended().stream().map(MemberId::getValue).toList()));
    out.println();
    if (p.tierDrift().isEmpty()) {
      out.println("No tier changes suggested.");
    } else {
      out.println("Suggested tier changes (to confirm with the member; the plan is unchanged)");
      for (SuggestedTierChange s : p.tierDrift()) {
        out.printf(
            "  %s: %s -> %s (%s)%n",
            s.member().getValue(), s.from().code(), s.to().code(), s.reason());
      }
    }
  }

  private static void rate(ObjectNode node, String name, OptionalDouble rate) {
    if (rate.isPresent()) {
      node.put(name, rate.getAsDouble());
    } else {
      node.putNull(name);
    }
  }

  private static String json(CommunityOfPractice plan, Participation p) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("plan", plan.getId());
    root.put("asOf", p.asOf().toString());
    root.put("recentMeetings", p.thresholds().getRecentMeetings());
    ArrayNode members = root.putArray("members");
    for (MemberParticipation m : p.members()) {
      ObjectNode node = members.addObject();
      node.put("member", m.member().getValue());
      node.put("tier", m.tier().code());
      node.put("held", m.held());
      node.put("attended", m.attended());
      rate(node, "rate", m.rate());
      node.put("recentHeld", m.recentHeld());
      node.put("recentAttended", m.recentAttended());
      rate(node, "recentRate", m.recentRate());
      node.put("absenceStreak", m.absenceStreak());
      m.lastAttended().ifPresent(id -> node.put("lastAttended", id));
      m.lastAttendedOn().ifPresent(d -> node.put("lastAttendedOn", d.toString()));
      node.put("learningTime", m.learningTime().toString());
    }
    ArrayNode tiers = root.putArray("tiers");
    for (TierSummary t : p.tiers()) {
      ObjectNode node = tiers.addObject();
      node.put("tier", t.tier().code());
      node.put("members", t.members());
      rate(node, "meanRate", t.meanRate());
      rate(node, "meanRecentRate", t.meanRecentRate());
    }
    ArrayNode meetings = root.putArray("meetings");
    for (MeetingTurnout t : p.meetings()) {
      ObjectNode node = meetings.addObject();
      node.put("meeting", t.meetingId());
      node.put("date", t.date().toString());
      node.put("recorded", t.recorded());
      node.put("expected", t.expected());
      node.put("attended", t.attended());
      node.put("others", t.others());
      rate(node, "turnout", t.rate());
    }
    HealthSummary h = p.health();
    ObjectNode health = root.putObject("health");
    health.put("membersProper", h.membersProper());
    health.put("membersProperActive", h.membersProperActive());
    rate(health, "firstQuarterTurnout", h.firstQuarterTurnout());
    rate(health, "lastQuarterTurnout", h.lastQuarterTurnout());
    rate(health, "trend", h.trend());
    health.put("coreRenewals", h.coreRenewals());
    ArrayNode never = health.putArray("neverAttended");
    h.neverAttended().forEach(id -> never.add(id.getValue()));
    ArrayNode drift = root.putArray("suggestedTierChanges");
    for (SuggestedTierChange s : p.tierDrift()) {
      ObjectNode node = drift.addObject();
      node.put("member", s.member().getValue());
      node.put("from", s.from().code());
      node.put("to", s.to().code());
      node.put("reason", s.reason());
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
