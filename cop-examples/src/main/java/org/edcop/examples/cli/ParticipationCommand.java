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
import org.edcop.running.HealthSummary;
import org.edcop.running.MeetingTurnout;
import org.edcop.running.MemberParticipation;
import org.edcop.running.Participation;
import org.edcop.running.SuggestedTierChange;
import org.edcop.running.TierSummary;
import org.edcop.validation.CopMessages;
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

  @CommandLine.Mixin LocaleOption language = new LocaleOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = language.resolve(err);
    CommunityOfPractice plan;
    try {
      plan = CopJson.defaults().readPlan(ValidateCommand.readBytes(file));
    } catch (CopJsonException e) {
      err.println("cop: " + Terminal.line(Terminal.file(file) + ": " + e.getMessage()));
      return CopCli.USAGE;
    } catch (CliException e) {
      err.println("cop: " + Terminal.line(e.getMessage()));
      return CopCli.USAGE;
    }
    LocalDate day = asOf != null ? asOf : LocalDate.now(Clock.system(plan.getTimeZone()));
    Participation participation = Participation.of(plan, day);
    if (format == ValidateCommand.Format.json) {
      out.println(json(plan, participation));
    } else {
      text(out, CliTexts.of(locale), plan, participation);
    }
    out.flush();
    return CopCli.OK;
  }

  private static String percent(CliTexts texts, OptionalDouble rate) {
    return rate.isPresent()
        ? texts.format("participation.percent", "rate", rate.getAsDouble())
        : "-";
  }

  private static String hours(CliTexts texts, Duration time) {
    return texts.format("participation.hours", "hours", time.toMinutes() / 60.0);
  }

  private static String cell(String text, int width) {
    String safe = Terminal.value(text);
    int pad = width - safe.codePointCount(0, safe.length());
    return pad > 0 ? safe + " ".repeat(pad) : safe;
  }

  private static String right(String text, int width) {
    int pad = width - text.codePointCount(0, text.length());
    return pad > 0 ? " ".repeat(pad) + text : text;
  }

  /** Why a change is suggested, in the chosen language, from the figures it carries. */
  private static String reason(CliTexts texts, SuggestedTierChange s) {
    boolean steppingBack = s.to().ordinal() > s.from().ordinal();
    return steppingBack
        ? texts.format(
            "participation.reason.missed",
            "missed",
            s.recentHeld() - s.recentAttended(),
            "held",
            s.recentHeld())
        : texts.format(
            "participation.reason.attended",
            "attended",
            s.recentAttended(),
            "held",
            s.recentHeld());
  }

  private static void text(
      PrintWriter out, CliTexts texts, CommunityOfPractice plan, Participation p) {
    long recorded = p.meetings().stream().filter(MeetingTurnout::recorded).count();
    out.println(
        texts.format(
            "participation.title",
            "plan",
            Terminal.value(plan.getName()),
            "date",
            texts.date(p.asOf()),
            "held",
            p.meetings().size(),
            "recorded",
            recorded,
            "recent",
            p.thresholds().getRecentMeetings()));
    out.println();
    out.println(
        cell(texts.format("participation.col.member"), 16)
            + " "
            + cell(texts.format("participation.col.tier"), 15)
            + " "
            + right(texts.format("participation.col.attended"), 9)
            + " "
            + right(texts.format("participation.col.rate"), 6)
            + " "
            + right(texts.format("participation.col.recent"), 8)
            + " "
            + right(texts.format("participation.col.streak"), 7)
            + " "
            + cell(texts.format("participation.col.last"), 18)
            + " "
            + right(texts.format("participation.col.time"), 9));
    for (MemberParticipation m : p.members()) {
      out.println(
          cell(m.member().getValue(), 16)
              + " "
              + cell(CopMessages.label(m.tier(), texts.locale()), 15)
              + " "
              + right(m.attended() + "/" + m.held(), 9)
              + " "
              + right(percent(texts, m.rate()), 6)
              + " "
              + right(m.recentAttended() + "/" + m.recentHeld(), 8)
              + " "
              + right(Integer.toString(m.absenceStreak()), 7)
              + " "
              + cell(
                  m.lastAttendedOn().map(texts::date).orElse(texts.format("participation.never")),
                  18)
              + " "
              + right(hours(texts, m.learningTime()), 9));
    }
    out.println();
    out.println(
        cell(texts.format("participation.col.tier"), 15)
            + " "
            + right(texts.format("participation.col.members"), 7)
            + " "
            + right(texts.format("participation.col.mean-rate"), 11)
            + " "
            + right(texts.format("participation.col.mean-recent"), 13));
    for (TierSummary t : p.tiers()) {
      out.println(
          cell(CopMessages.label(t.tier(), texts.locale()), 15)
              + " "
              + right(Integer.toString(t.members()), 7)
              + " "
              + right(percent(texts, t.meanRate()), 11)
              + " "
              + right(percent(texts, t.meanRecentRate()), 13));
    }
    HealthSummary h = p.health();
    out.println();
    out.println(texts.format("participation.health"));
    out.println(
        "  "
            + texts.format(
                "participation.active",
                "active",
                h.membersProperActive(),
                "members",
                h.membersProper()));
    out.println(
        "  "
            + texts.format(
                "participation.trend",
                "first",
                percent(texts, h.firstQuarterTurnout()),
                "last",
                percent(texts, h.lastQuarterTurnout())));
    out.println("  " + texts.format("participation.renewal", "count", h.coreRenewals()));
    out.println(
        "  "
            + texts.format(
                "participation.never-attended",
                "count",
                h.neverAttended().size(),
                "members",
                String.join(
                    ", ",
                    h.neverAttended().stream().map(id -> Terminal.value(id.getValue())).toList())));
    out.println();
    if (p.tierDrift().isEmpty()) {
      out.println(texts.format("participation.no-drift"));
    } else {
      out.println(texts.format("participation.drift"));
      for (SuggestedTierChange s : p.tierDrift()) {
        out.println(
            "  "
                + Terminal.value(s.member().getValue())
                + ": "
                + CopMessages.label(s.from(), texts.locale())
                + " \u2192 "
                + CopMessages.label(s.to(), texts.locale())
                + " ("
                + reason(texts, s)
                + ")");
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
