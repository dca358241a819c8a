package org.edcop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ContactInfo;
import org.edcop.model.Leader;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingElement;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.PurposeStatement;
import org.edcop.testing.SamplePlan;
import org.edcop.testing.SamplePlans;
import org.edcop.validation.CopMessages;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Finding;
import org.edcop.validation.Section;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanPacketHtmlTest {

  /** The guide's worksheet order, as section ids on the page. */
  private static final List<String> GUIDE_ORDER =
      List.of(
          "purpose",
          "membership",
          "leadership",
          "norms",
          "launch",
          "collaborative-plan",
          "improvement",
          "results",
          "professional-practice",
          "further-application");

  static Stream<SamplePlan> samples() {
    return SamplePlans.all().stream();
  }

  static Document page(CommunityOfPractice plan, PacketOptions options) {
    return Jsoup.parse(PlanPacket.html(plan, options));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sectionsFollowTheGuideOrderWithHeadingsInOrder(SamplePlan sample) {
    CommunityOfPractice plan = sample.getPlan();
    Document doc = page(plan, PacketOptions.defaults());

    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.select("h1")).hasSize(1);
    assertThat(doc.selectFirst("h1").text()).isEqualTo(plan.getName());
    List<String> ids = doc.select("main > section").eachAttr("id");
    List<String> expected = new ArrayList<>(GUIDE_ORDER);
    if (plan.getPractice().getImprovementWork().isEmpty()) {
      expected.remove("improvement");
    }
    assertThat(ids).isEqualTo(expected);
    for (Element section : doc.select("main > section")) {
      Section s = org.edcop.model.Vocabulary.fromCode(Section.class, section.id());
      assertThat(section.selectFirst("h2").text()).isEqualTo(CopMessages.label(s, Locale.ENGLISH));
    }
    int previous = 1;
    for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
      int level = heading.tagName().charAt(1) - '0';
      assertThat(level)
          .as("heading %s after h%d", heading, previous)
          .isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
    for (Element table : doc.select("table")) {
      assertThat(table.select("caption")).as("caption of %s", table).hasSize(1);
      assertThat(table.select("thead th[scope=col]")).isNotEmpty();
    }
    for (Element svg : doc.select("svg")) {
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.select("title").text()).isNotBlank();
      assertThat(svg.select("desc").text()).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void pageIsSelfContained(SamplePlan sample) {
    String html = PlanPacket.html(sample.getPlan(), PacketOptions.defaults());
    Document doc = Jsoup.parse(html);

    assertThat(html).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:");
    assertThat(html).doesNotContain("@import").doesNotContain("@font-face");
    assertThat(doc.select("script, link, img, iframe, object, embed, [src]")).isEmpty();
    assertThat(doc.select("[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
    assertThat(doc.select("[style], [onload], [onclick]")).isEmpty();
    List<String> urls = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("url\\(([^)]*)\\)").matcher(html);
    while (m.find()) {
      urls.add(m.group(1));
    }
    assertThat(urls).allMatch(u -> u.startsWith("#"));
    // every internal link and every aria reference points at an element of the page
    for (String href : doc.select("[href]").eachAttr("href")) {
      assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
    }
    for (String ids : doc.select("[aria-labelledby]").eachAttr("aria-labelledby")) {
      for (String id : ids.split(" ")) {
        assertThat(doc.getElementById(id)).as(id).isNotNull();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void rosterTablesAndCirclesShowTheTierCounts(SamplePlan sample) {
    Membership membership = sample.getPlan().getCommunity().getMembership();
    Document doc = page(sample.getPlan(), PacketOptions.defaults());
    Element section = doc.getElementById("membership");
    Map<ParticipationTier, List<Member>> byTier = membership.rosterByTier();
    if (membership.getMembers().isEmpty()) {
      assertThat(section.select("svg")).isEmpty();
      assertThat(section.select(".placeholder").text()).contains("Not yet planned");
      return;
    }
    for (ParticipationTier tier : ParticipationTier.values()) {
      int count = byTier.getOrDefault(tier, List.of()).size();
      Element group = section.selectFirst("svg g.tier[data-tier=" + tier.code() + "]");
      assertThat(group.attr("data-count")).isEqualTo(Integer.toString(count));
      Element label = section.selectFirst("svg text[data-tier=" + tier.code() + "]");
      assertThat(label.text()).isEqualTo(CopMessages.label(tier, Locale.ENGLISH) + ": " + count);
      Element table = section.selectFirst("table.roster[data-tier=" + tier.code() + "]");
      if (count == 0) {
        assertThat(table).isNull();
      } else {
        assertThat(table.select("tbody tr")).hasSize(count);
        assertThat(table.select("tbody th[scope=row]").eachText())
            .containsExactlyElementsOf(
                byTier.get(tier).stream().map(x -> x.getPerson().getName()).toList());
      }
    }
    // circles nest: core smallest, transactional outermost
    List<Integer> radii =
        section.select("svg g.tier circle").stream()
            .map(c -> Integer.parseInt(c.attr("r")))
            .collect(Collectors.toList());
    assertThat(radii).isSortedAccordingTo((a, b) -> b - a).hasSize(5);
    assertThat(section.selectFirst("figcaption").text())
        .contains(
            "Transactional contributors, outside the community: "
                + byTier.getOrDefault(ParticipationTier.TRANSACTIONAL, List.of()).size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void dutyMatrixHasALeaderPerRowAndTheEightDuties(SamplePlan sample) {
    List<Leader> leaders = sample.getPlan().getCommunity().getLeadership().getLeaders();
    Element section = page(sample.getPlan(), PacketOptions.defaults()).getElementById("leadership");
    if (leaders.isEmpty()) {
      assertThat(section.select("table")).isEmpty();
      assertThat(section.text()).contains("Not yet planned");
      return;
    }
    Element table = section.selectFirst("table.duty-matrix");
    assertThat(table.select("thead th")).hasSize(9);
    assertThat(table.select("tbody tr")).hasSize(leaders.size());
    int held = leaders.stream().mapToInt(l -> l.getDuties().size()).sum();
    assertThat(table.select("tbody td.mark")).hasSize(held);
    assertThat(table.select("tfoot td").stream().mapToInt(td -> Integer.parseInt(td.text())).sum())
        .isEqualTo(held);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void collaborativePlanIsTheThreeColumnTableAndTheTimeline(SamplePlan sample) {
    List<Meeting> meetings = sample.getPlan().getPractice().getMeetings();
    Element section =
        page(sample.getPlan(), PacketOptions.defaults()).getElementById("collaborative-plan");
    if (meetings.isEmpty()) {
      assertThat(section.text()).contains("Not yet planned");
      return;
    }
    Element table = section.selectFirst("table.schedule");
    assertThat(table.select("thead th").eachText())
        .containsExactly(
            "Date and time", "Topics, activities, processes and content", "Resources required");
    assertThat(table.select("tbody tr")).hasSize(meetings.size());
    long dated = meetings.stream().filter(x -> x.getStart().isPresent()).count();
    if (dated > 0) {
      Element svg = section.selectFirst("svg.timeline-strip");
      assertThat(svg.select("g.meeting")).hasSize((int) dated);
      for (MeetingElement element : MeetingElement.values()) {
        long expected =
            meetings.stream()
                .filter(x -> x.getStart().isPresent() && x.getIncludes().contains(element))
                .count();
        assertThat(svg.select("[data-element=" + element.code() + "]")).hasSize((int) expected);
      }
    }
  }

  @Test
  void aGapLongerThanThePlannedSpacingIsDrawnAndDescribed() {
    CommunityOfPractice plan = SamplePlans.systemLeaders().getPlan();
    Meeting first = plan.getPractice().meetingsInTimeOrder().get(0);
    Meeting late =
        Meeting.builder()
            .from(first)
            .id("late")
            .start(first.getStart().get().plusWeeks(30))
            .end(first.getEnd().get().plusWeeks(30))
            .build();
    CommunityOfPractice twoMeetings =
        CommunityOfPractice.builder()
            .from(plan)
            .practice(
                org.edcop.model.ImmutablePractice.copyOf(plan.getPractice())
                    .withMeetings(first, late))
            .build();
    Element svg =
        page(twoMeetings, PacketOptions.defaults()).selectFirst("#collaborative-plan svg");
    assertThat(svg.select("g.gap")).hasSize(1);
    assertThat(svg.selectFirst("g.gap").attr("data-days")).isEqualTo("210");
    assertThat(svg.selectFirst("desc").text()).contains("(30 weeks)");
  }

  @Test
  void userTextIsEscaped() {
    String evil = "<script>alert(1)</script>";
    CommunityOfPractice plan =
        CommunityOfPractice.builder()
            .from(SamplePlans.draftBare().getPlan())
            .name("Plan " + evil)
            .community(
                org.edcop.model.Community.builder()
                    .membership(
                        Membership.builder()
                            .addMembers(
                                Member.of(
                                    MemberId.of("m-x"), Person.of(evil), ParticipationTier.CORE))
                            .build())
                    .leadership(
                        org.edcop.model.Leadership.builder()
                            .addLeaders(
                                Leader.of(
                                    MemberId.of("m-x"),
                                    org.edcop.model.LeadershipDuty.CONVENE_COMMUNITY))
                            .build())
                    .build())
            .build();
    String html = PlanPacket.html(plan, PacketOptions.defaults());
    Document doc = Jsoup.parse(html);

    assertThat(doc.select("script")).isEmpty();
    assertThat(html).doesNotContain(evil).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Plan " + evil);
    assertThat(doc.select("#membership tbody th").eachText()).containsExactly(evil);
    assertThat(doc.select("#leadership tbody th").eachText()).containsExactly(evil);
    assertThat(doc.title()).contains(evil);
  }

  @Test
  void aBareDraftRendersPlaceholdersInsteadOfFailing() {
    Document doc = page(SamplePlans.draftBare().getPlan(), PacketOptions.defaults());
    for (Element section : doc.select("main > section")) {
      assertThat(section.select(".placeholder").eachText())
          .as(section.id())
          .contains("Not yet planned");
    }
    assertThat(doc.selectFirst(".purpose-sentence").text())
        .isEqualTo(PurposeStatement.builder().build().render());
  }

  @Test
  void theEnglishPurposeSentenceIsTheModelsRendering() {
    CommunityOfPractice plan = SamplePlans.systemLeaders().getPlan();
    Document doc = page(plan, PacketOptions.defaults());
    assertThat(doc.selectFirst(".purpose-sentence").text())
        .isEqualTo(plan.getDomain().getPurpose().getStatement().render());
  }

  @Test
  void findingsAppearBesideTheirSectionWithSeverity() {
    CommunityOfPractice plan = SamplePlans.draftLeadershipGaps().getPlan();
    ValidationReport report = CopValidator.defaults().validate(plan, Stage.LAUNCH);
    Document doc = page(plan, PacketOptions.builder().report(report).build());

    int shown = 0;
    for (Section section : Section.values()) {
      List<Finding> expected =
          report.getFindings().stream().filter(f -> f.getSection() == section).toList();
      Element container =
          section == Section.COMMUNITY
              ? doc.selectFirst("header.cover")
              : doc.getElementById(section.code());
      if (container == null) {
        assertThat(expected).as(section.code()).isEmpty();
        continue;
      }
      List<Element> items = container.select("> aside.findings li.finding");
      assertThat(items).as(section.code()).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        Finding f = expected.get(i);
        assertThat(items.get(i).attr("data-rule")).isEqualTo(f.getRuleId());
        assertThat(items.get(i).hasClass("severity-" + f.getSeverity().code())).isTrue();
        assertThat(items.get(i).selectFirst(".severity").text())
            .isEqualTo(CopMessages.label(f.getSeverity(), Locale.ENGLISH));
        assertThat(items.get(i).text()).contains(CopMessages.message(f, Locale.ENGLISH));
      }
      shown += items.size();
    }
    assertThat(shown).isEqualTo(report.getFindings().size()).isPositive();
    assertThat(doc.getElementById("leadership").select("aside.findings li.severity-warning"))
        .isNotEmpty();
  }

  @Test
  void noFindingsWithoutAReport() {
    Document doc = page(SamplePlans.draftLeadershipGaps().getPlan(), PacketOptions.defaults());
    assertThat(doc.select("aside.findings")).isEmpty();
  }

  @Test
  void frenchAndSpanishUseTheModelsLabelsAndTheirOwnHeadings() {
    CommunityOfPractice plan = SamplePlans.systemLeaders().getPlan();
    for (Locale locale : List.of(Locale.FRENCH, Locale.forLanguageTag("es"))) {
      Document doc = page(plan, PacketOptions.builder().locale(locale).build());
      assertThat(doc.selectFirst("html").attr("lang")).isEqualTo(locale.getLanguage());
      assertThat(doc.selectFirst("#membership h2").text())
          .isEqualTo(CopMessages.label(Section.MEMBERSHIP, locale));
      assertThat(doc.selectFirst("#membership svg text[data-tier=core]").text())
          .startsWith(CopMessages.label(ParticipationTier.CORE, locale));
      assertThat(doc.selectFirst(".purpose-sentence").text())
          .startsWith(locale.getLanguage().equals("fr") ? "Cette communauté" : "Esta comunidad");
      assertThat(doc.text()).doesNotContain("Not yet planned").doesNotContain("Date and time");
    }
    Document german = page(plan, PacketOptions.builder().locale(Locale.GERMAN).build());
    assertThat(german.selectFirst("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void contactDetailsAreLeftOutUnlessAskedFor() {
    CommunityOfPractice plan = SamplePlans.systemLeaders().getPlan();
    List<String> emails =
        plan.getCommunity().getMembership().getMembers().stream()
            .flatMap(x -> x.getPerson().getContact().flatMap(ContactInfo::getEmail).stream())
            .toList();
    assertThat(emails).isNotEmpty();
    String without = PlanPacket.html(plan, PacketOptions.defaults());
    assertThat(emails).noneMatch(without::contains);
    assertThat(without).doesNotContain("@example");
    String with = PlanPacket.html(plan, PacketOptions.builder().includeContacts(true).build());
    assertThat(emails).allMatch(with::contains);
  }

  @Test
  void privateReflectionsAreLeftOutUnlessAskedFor() {
    CommunityOfPractice sample = SamplePlans.systemLeaders().getPlan();
    List<org.edcop.model.Reflection> reflections =
        new ArrayList<>(sample.getPractice().getReflections());
    assertThat(reflections).isNotEmpty();
    String secret = "only my coach may read this";
    reflections.set(
        0,
        org.edcop.model.Reflection.builder()
            .from(reflections.get(0))
            .newLearning(secret)
            .privateToAuthor(true)
            .build());
    CommunityOfPractice plan =
        org.edcop.model.CommunityOfPractice.builder()
            .from(sample)
            .practice(
                org.edcop.model.Practice.builder()
                    .from(sample.getPractice())
                    .reflections(reflections)
                    .build())
            .build();
    assertThat(PlanPacket.html(plan, PacketOptions.defaults())).doesNotContain(secret);
    assertThat(
            PlanPacket.html(plan, PacketOptions.builder().includePrivateReflections(true).build()))
        .contains(secret);
  }

  @Test
  void attendanceCountsAreShownOnlyWhenAsked() {
    CommunityOfPractice plan = SamplePlans.siteLeadersEquity().getPlan();
    Document plain = page(plan, PacketOptions.defaults());
    assertThat(plain.select("table.schedule thead th")).hasSize(3);
    assertThat(plain.select("td.attendance")).isEmpty();

    Document doc = page(plan, PacketOptions.builder().showAttendance(true).build());
    assertThat(doc.select("table.schedule thead th")).hasSize(4);
    for (Meeting meeting : plan.getPractice().getMeetings()) {
      Element cell = doc.selectFirst("tr[data-meeting=" + meeting.getId() + "] td.attendance");
      assertThat(cell.attr("data-count"))
          .isEqualTo(Integer.toString(meeting.getAttendance().size()));
    }
    assertThat(plan.getPractice().getMeetings()).anyMatch(x -> !x.getAttendance().isEmpty());
  }
}
