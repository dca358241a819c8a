package org.edcop.report.internal;

import static org.edcop.report.internal.Html.el;
import static org.edcop.report.internal.Html.svg;
import static org.edcop.report.internal.Html.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edcop.model.Cadence;
import org.edcop.model.CadenceKind;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingElement;
import org.edcop.model.Member;
import org.edcop.model.ParticipationTier;
import org.jsoup.nodes.Element;

/**
 * The packet's two pictures, drawn as inline SVG: the circles of participation and the timeline
 * strip of the year. Both use greys, outlines and shapes only, so they read in black and white, and
 * both carry a title and a description for screen readers.
 */
final class Figures {

  private Figures() {}

  /** Radii of the tier circles, core first; transactional contributors sit in the dashed band. */
  private static final int[] RADII = {44, 88, 128, 164, 206};

  private static final String[] FILLS = {"#a6a6a6", "#c8c8c8", "#e2e2e2", "#f5f5f5", "none"};

  /** Longest timeline drawn, in months, however long the schedule runs. */
  private static final int MAX_MONTHS = 36;

  // ---------------------------------------------------------------- circles of participation

  static void circles(Element parent, Map<ParticipationTier, List<Member>> byTier, PacketTexts t) {
    ParticipationTier[] tiers = ParticipationTier.values();
    int[] counts = new int[tiers.length];
    List<String> described = new ArrayList<>();
    for (int i = 0; i < tiers.length; i++) {
      counts[i] = byTier.getOrDefault(tiers[i], List.of()).size();
      if (tiers[i] != ParticipationTier.TRANSACTIONAL) {
        described.add(t.format("circles.tierCount", "tier", t.label(tiers[i]), "count", counts[i]));
      }
    }
    String description =
        t.format(
            "circles.desc",
            "tiers",
            String.join(", ", described),
            "transactional",
            counts[ParticipationTier.TRANSACTIONAL.ordinal()]);

    Element figure = el(parent, "figure", "circles");
    int size = 2 * RADII[4] + 24;
    int c = size / 2;
    Element svg = svg(figure, "svg");
    svg.attr("viewBox", "0 0 " + size + " " + size)
        .attr("width", Integer.toString(size))
        .attr("height", Integer.toString(size))
        .attr("role", "img")
        .attr("aria-labelledby", "circles-title circles-desc")
        .attr("font-family", "sans-serif")
        .attr("class", "tier-circles");
    svg(svg, "title").attr("id", "circles-title").text(t.get("circles.title"));
    svg(svg, "desc").attr("id", "circles-desc").text(description);
    // outermost first, so inner circles paint over outer ones
    for (int i = tiers.length - 1; i >= 0; i--) {
      Element group = svg(svg, "g");
      group
          .attr("class", "tier")
          .attr("data-tier", tiers[i].code())
          .attr("data-count", Integer.toString(counts[i]));
      Element circle = svg(group, "circle");
      circle
          .attr("cx", Integer.toString(c))
          .attr("cy", Integer.toString(c))
          .attr("r", Integer.toString(RADII[i]))
          .attr("fill", FILLS[i])
          .attr("stroke", "#000000")
          .attr("stroke-width", tiers[i] == ParticipationTier.TRANSACTIONAL ? "1.5" : "1");
      if (tiers[i] == ParticipationTier.TRANSACTIONAL) {
        circle.attr("stroke-dasharray", "6 5");
      }
    }
    // labels last, above every circle; each sits in its own band, core in the centre
    for (int i = 0; i < tiers.length; i++) {
      int y = i == 0 ? c : c - (RADII[i - 1] + RADII[i]) / 2;
      Element label = svg(svg, "text");
      label
          .attr("x", Integer.toString(c))
          .attr("y", Integer.toString(y + 5))
          .attr("text-anchor", "middle")
          .attr("font-size", i == 0 ? "17" : "15")
          .attr("fill", "#000000")
          .attr("class", "tier-label")
          .attr("data-tier", tiers[i].code())
          .text(t.format("circles.label", "tier", t.label(tiers[i]), "count", counts[i]));
    }
    text(figure, "figcaption", description);
  }

  // ---------------------------------------------------------------- timeline strip

  /** One dated meeting, as a day in the plan's zone. */
  private record Mark(String id, LocalDate day, Meeting meeting) {}

  static void timeline(
      Element parent, CommunityOfPractice plan, List<Meeting> meetings, PacketTexts t) {
    List<Mark> marks = new ArrayList<>();
    for (Meeting meeting : meetings) {
      meeting
          .getStart()
          .ifPresent(
              start ->
                  marks.add(
                      new Mark(
                          meeting.getId(),
                          start.atZoneSameInstant(plan.getTimeZone()).toLocalDate(),
                          meeting)));
    }
    if (marks.isEmpty()) {
      return;
    }
    LocalDate firstDay = marks.get(0).day();
    LocalDate anchor =
        plan.getPractice()
            .getLaunchPlan()
            .getLaunchDate()
            .filter(d -> !d.isAfter(firstDay))
            .orElse(firstDay);
    if (ChronoUnit.MONTHS.between(YearMonth.from(anchor), YearMonth.from(firstDay)) > 6) {
      anchor = firstDay;
    }
    YearMonth from = YearMonth.from(anchor);
    YearMonth last = YearMonth.from(marks.get(marks.size() - 1).day());
    int months =
        (int) Math.max(12, Math.min(MAX_MONTHS, ChronoUnit.MONTHS.between(from, last) + 1));
    LocalDate start = from.atDay(1);
    LocalDate end = from.plusMonths(months).atDay(1);
    long days = ChronoUnit.DAYS.between(start, end);

    int left = 118;
    int right = 760;
    int width = right - left;
    int[] rowY = {50, 78, 106, 134};
    int height = 190;

    long spacing = plannedSpacingDays(plan.getPractice().getLaunchPlan().getCadence());
    List<long[]> gaps = new ArrayList<>();
    for (int i = 1; i < marks.size(); i++) {
      long between = ChronoUnit.DAYS.between(marks.get(i - 1).day(), marks.get(i).day());
      if (between > spacing * 3 / 2) {
        gaps.add(new long[] {i - 1, i, between});
      }
    }

    Element figure = el(parent, "figure", "timeline");
    Element svg = svg(figure, "svg");
    svg.attr("viewBox", "0 0 " + (right + 10) + " " + height)
        .attr("width", Integer.toString(right + 10))
        .attr("height", Integer.toString(height))
        .attr("role", "img")
        .attr("aria-labelledby", "timeline-title timeline-desc")
        .attr("font-family", "sans-serif")
        .attr("class", "timeline-strip");
    String description = timelineDescription(marks, gaps, t);
    svg(svg, "title").attr("id", "timeline-title").text(t.get("timeline.title"));
    svg(svg, "desc").attr("id", "timeline-desc").text(description);

    Element defs = svg(svg, "defs");
    Element pattern = svg(defs, "pattern");
    pattern
        .attr("id", "gap-hatch")
        .attr("width", "6")
        .attr("height", "6")
        .attr("patternUnits", "userSpaceOnUse")
        .attr("patternTransform", "rotate(45)");
    svg(pattern, "rect").attr("width", "6").attr("height", "6").attr("fill", "#ffffff");
    svg(pattern, "line")
        .attr("x1", "0")
        .attr("y1", "0")
        .attr("x2", "0")
        .attr("y2", "6")
        .attr("stroke", "#777777")
        .attr("stroke-width", "2");

    // gaps under everything else
    for (long[] gap : gaps) {
      double x1 = x(marks.get((int) gap[0]).day(), start, days, left, width);
      double x2 = x(marks.get((int) gap[1]).day(), start, days, left, width);
      Element g = svg(svg, "g").attr("class", "gap").attr("data-days", Long.toString(gap[2]));
      svg(g, "rect")
          .attr("x", fmt(x1 + 3))
          .attr("y", Integer.toString(rowY[0] - 12))
          .attr("width", fmt(Math.max(1, x2 - x1 - 6)))
          .attr("height", Integer.toString(rowY[3] - rowY[0] + 24))
          .attr("fill", "url(#gap-hatch)")
          .attr("stroke", "#777777")
          .attr("stroke-dasharray", "3 3");
      svg(g, "text")
          .attr("x", fmt((x1 + x2) / 2))
          .attr("y", Integer.toString(rowY[3] + 28))
          .attr("text-anchor", "middle")
          .attr("font-size", "11")
          .text(t.format("timeline.gapLabel", "weeks", Math.round(gap[2] / 7.0)));
    }

    // month grid and labels
    for (int m = 0; m <= months; m++) {
      YearMonth month = from.plusMonths(m);
      double gx = x(month.atDay(1), start, days, left, width);
      svg(svg, "line")
          .attr("x1", fmt(gx))
          .attr("x2", fmt(gx))
          .attr("y1", "24")
          .attr("y2", Integer.toString(rowY[3] + 12))
          .attr("stroke", "#bbbbbb")
          .attr("stroke-width", "1");
      if (m < months) {
        String label = t.month(month.getMonth());
        if (m == 0 || month.getMonthValue() == 1) {
          label = label + " " + month.getYear();
        }
        svg(svg, "text")
            .attr("x", fmt(gx + 3))
            .attr("y", "18")
            .attr("font-size", months > 18 ? "8" : "10")
            .text(label);
      }
    }

    String[] rowKeys = {
      "timeline.meetings", "timeline.feedback", "timeline.reflection", "timeline.celebration"
    };
    for (int r = 0; r < rowY.length; r++) {
      svg(svg, "line")
          .attr("x1", Integer.toString(left))
          .attr("x2", Integer.toString(right))
          .attr("y1", Integer.toString(rowY[r]))
          .attr("y2", Integer.toString(rowY[r]))
          .attr("stroke", "#000000")
          .attr("stroke-width", r == 0 ? "1.5" : "0.5");
      svg(svg, "text")
          .attr("x", "4")
          .attr("y", Integer.toString(rowY[r] + 4))
          .attr("font-size", "11")
          .text(t.get(rowKeys[r]));
    }

    for (Mark mark : marks) {
      double mx = x(mark.day(), start, days, left, width);
      if (mark.day().isBefore(start) || !mark.day().isBefore(end)) {
        continue;
      }
      Element g = svg(svg, "g").attr("class", "meeting").attr("data-meeting", mark.id());
      svg(g, "rect")
          .attr("x", fmt(mx - 1.5))
          .attr("y", Integer.toString(rowY[0] - 9))
          .attr("width", "3")
          .attr("height", "18")
          .attr("fill", "#000000");
      for (MeetingElement element : mark.meeting().getIncludes()) {
        int y = rowY[element.ordinal() + 1];
        Element shape = shape(g, element, mx, y);
        shape.attr("data-element", element.code());
      }
    }
    text(figure, "figcaption", description);
    legend(figure, t);
  }

  private static Element shape(Element g, MeetingElement element, double x, int y) {
    switch (element) {
      case FEEDBACK:
        return svg(g, "circle")
            .attr("cx", fmt(x))
            .attr("cy", Integer.toString(y))
            .attr("r", "5")
            .attr("fill", "#ffffff")
            .attr("stroke", "#000000")
            .attr("stroke-width", "1.5");
      case REFLECTION:
        return svg(g, "path")
            .attr(
                "d",
                "M"
                    + fmt(x)
                    + " "
                    + (y - 6)
                    + " L"
                    + fmt(x + 6)
                    + " "
                    + (y + 5)
                    + " L"
                    + fmt(x - 6)
                    + " "
                    + (y + 5)
                    + " Z")
            .attr("fill", "#000000");
      default:
        return svg(g, "rect")
            .attr("x", fmt(x - 5))
            .attr("y", Integer.toString(y - 5))
            .attr("width", "10")
            .attr("height", "10")
            .attr("fill", "#000000")
            .attr("transform", "rotate(45 " + fmt(x) + " " + y + ")");
    }
  }

  private static void legend(Element figure, PacketTexts t) {
    Element ul = el(figure, "ul", "legend");
    text(ul, "li", t.get("timeline.legend.meeting"));
    text(ul, "li", t.get("timeline.legend.feedback"));
    text(ul, "li", t.get("timeline.legend.reflection"));
    text(ul, "li", t.get("timeline.legend.celebration"));
    text(ul, "li", t.get("timeline.legend.gap"));
  }

  private static String timelineDescription(List<Mark> marks, List<long[]> gaps, PacketTexts t) {
    int[] elements = new int[MeetingElement.values().length];
    for (Mark mark : marks) {
      mark.meeting().getIncludes().forEach(e -> elements[e.ordinal()]++);
    }
    String text =
        t.format(
            "timeline.desc",
            "count",
            marks.size(),
            "first",
            t.date(marks.get(0).day()),
            "last",
            t.date(marks.get(marks.size() - 1).day()),
            "feedback",
            elements[MeetingElement.FEEDBACK.ordinal()],
            "reflection",
            elements[MeetingElement.REFLECTION.ordinal()],
            "celebration",
            elements[MeetingElement.CELEBRATION.ordinal()]);
    if (gaps.isEmpty()) {
      return text + " " + t.get("timeline.noGaps");
    }
    List<String> listed = new ArrayList<>();
    for (long[] gap : gaps) {
      listed.add(
          t.format(
              "timeline.gap",
              "from",
              t.date(marks.get((int) gap[0]).day()),
              "to",
              t.date(marks.get((int) gap[1]).day()),
              "weeks",
              Math.round(gap[2] / 7.0)));
    }
    return text + " " + t.format("timeline.gaps", "gaps", String.join("; ", listed));
  }

  /** The spacing the launch plan promises, in days; six weeks when it promises none. */
  static long plannedSpacingDays(java.util.Optional<Cadence> cadence) {
    if (cadence.isEmpty()) {
      return 42;
    }
    if (cadence.get().getKind() == CadenceKind.MONTHLY) {
      return 31;
    }
    int weeks = cadence.get().getIntervalWeeks().orElse(6);
    return weeks > 0 ? weeks * 7L : 42;
  }

  private static double x(LocalDate day, LocalDate start, long days, int left, int width) {
    return left + width * (double) ChronoUnit.DAYS.between(start, day) / days;
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
