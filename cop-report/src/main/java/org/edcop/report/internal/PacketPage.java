package org.edcop.report.internal;

import static org.edcop.report.internal.Html.dl;
import static org.edcop.report.internal.Html.el;
import static org.edcop.report.internal.Html.fact;
import static org.edcop.report.internal.Html.factList;
import static org.edcop.report.internal.Html.placeholder;
import static org.edcop.report.internal.Html.table;
import static org.edcop.report.internal.Html.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.CompetencyRef;
import org.edcop.model.ContactInfo;
import org.edcop.model.Domain;
import org.edcop.model.Evidence;
import org.edcop.model.FurtherApplication;
import org.edcop.model.ImprovementWork;
import org.edcop.model.InquiryCycle;
import org.edcop.model.LaunchPlan;
import org.edcop.model.Leader;
import org.edcop.model.Leadership;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.Legacy;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.Norm;
import org.edcop.model.NormAgreement;
import org.edcop.model.NormTopic;
import org.edcop.model.Norms;
import org.edcop.model.OtherUse;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.ProblemOfPractice;
import org.edcop.model.Purpose;
import org.edcop.model.PurposeStatement;
import org.edcop.model.Reflection;
import org.edcop.model.RequiredMember;
import org.edcop.model.Results;
import org.edcop.model.Tool;
import org.edcop.model.Vocabulary;
import org.edcop.report.PacketOptions;
import org.edcop.standards.Competency;
import org.edcop.standards.Framework;
import org.edcop.validation.CopMessages;
import org.edcop.validation.Finding;
import org.edcop.validation.Section;
import org.edcop.validation.Severity;
import org.edcop.validation.ValidationReport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * Lays a plan out as the packet's HTML page, one {@code <section>} per guide section in the guide's
 * order, each with the findings that concern it.
 */
public final class PacketPage {

  private static final String CSS = loadCss();

  private final CommunityOfPractice plan;
  private final PacketOptions options;
  private final PacketTexts t;
  private final Map<MemberId, Member> members = new HashMap<>();
  private final Map<Section, List<Finding>> findings = new EnumMap<>(Section.class);
  private final Document document;

  private PacketPage(CommunityOfPractice plan, PacketOptions options) {
    this.plan = plan;
    this.options = options;
    this.t = PacketTexts.of(options.getLocale());
    for (Member member : plan.getCommunity().getMembership().getMembers()) {
      members.putIfAbsent(member.getId(), member);
    }
    options
        .getReport()
        .ifPresent(
            report ->
                report
                    .getFindings()
                    .forEach(
                        f ->
                            findings
                                .computeIfAbsent(f.getSection(), s -> new ArrayList<>())
                                .add(f)));
    this.document = Document.createShell("");
    build();
  }

  /**
   * Lays out a plan.
   *
   * @param plan the plan
   * @param options the packet's options
   * @return the page
   */
  public static PacketPage render(CommunityOfPractice plan, PacketOptions options) {
    return new PacketPage(plan, options);
  }

  /**
   * The page as an HTML5 document.
   *
   * @return the HTML text
   */
  public String html() {
    return document.outerHtml();
  }

  /**
   * The language tag the page is written in.
   *
   * @return e.g. {@code fr}
   */
  public String languageTag() {
    return t.languageTag();
  }

  /**
   * The plan's name, for document metadata.
   *
   * @return the name
   */
  public String title() {
    return plan.getName();
  }

  private void build() {
    document.prependChild(new DocumentType("html", "", ""));
    document.outputSettings().prettyPrint(true).indentAmount(1).charset(StandardCharsets.UTF_8);
    Element html = document.child(0);
    html.attr("lang", t.languageTag());
    Element head = document.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width");
    head.appendElement("title").text(t.format("page.title", "name", plan.getName()));
    head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
    Element body = document.body();
    cover(body);
    Element main = body.appendElement("main");
    purpose(section(main, Section.PURPOSE));
    membership(section(main, Section.MEMBERSHIP));
    leadership(section(main, Section.LEADERSHIP));
    norms(section(main, Section.NORMS));
    launch(section(main, Section.LAUNCH));
    collaborativePlan(section(main, Section.COLLABORATIVE_PLAN));
    if (!plan.getPractice().getImprovementWork().isEmpty()
        || findings.containsKey(Section.IMPROVEMENT)) {
      improvement(section(main, Section.IMPROVEMENT));
    }
    results(section(main, Section.RESULTS));
    professionalPractice(section(main, Section.PROFESSIONAL_PRACTICE));
    furtherApplication(section(main, Section.FURTHER_APPLICATION));
    text(body.appendElement("footer"), "p", t.get("footer"));
  }

  // ---------------------------------------------------------------- cover and section frame

  private void cover(Element body) {
    Element header = el(body, "header", "cover");
    text(header, "p", t.get("page.kicker")).addClass("kicker");
    text(header, "h1", plan.getName());
    Element facts = dl(header);
    fact(facts, t.get("meta.authority"), plan.getAuthority());
    fact(facts, t.get("meta.status"), t.label(plan.getStatus()));
    plan.getCreatedOn().ifPresent(d -> fact(facts, t.get("meta.created"), t.date(d)));
    plan.getLaunchedOn().ifPresent(d -> fact(facts, t.get("meta.launched"), t.date(d)));
    plan.getClosedOn().ifPresent(d -> fact(facts, t.get("meta.closed"), t.date(d)));
    fact(facts, t.get("meta.timeZone"), plan.getTimeZone().getId());
    Optional<ValidationReport> report = options.getReport();
    if (report.isPresent()) {
      ValidationReport r = report.get();
      fact(facts, t.get("meta.stage"), t.label(r.getStage()));
      fact(
          facts,
          t.get("meta.findings"),
          t.format(
              "meta.findingCounts",
              "errors",
              r.count(Severity.ERROR),
              "warnings",
              r.count(Severity.WARNING),
              "infos",
              r.count(Severity.INFO)));
    }
    findingsFor(header, Section.COMMUNITY);
    Element nav = el(header, "nav", "contents");
    nav.attr("aria-labelledby", "contents-heading");
    text(nav, "h2", t.get("contents")).attr("id", "contents-heading");
    Element list = nav.appendElement("ol");
    for (Section section : Section.values()) {
      if (section == Section.COMMUNITY
          || (section == Section.IMPROVEMENT
              && plan.getPractice().getImprovementWork().isEmpty()
              && !findings.containsKey(Section.IMPROVEMENT))) {
        continue;
      }
      list.appendElement("li")
          .appendElement("a")
          .attr("href", "#" + section.code())
          .text(t.label(section));
    }
    text(header, "p", t.get(options.isIncludeContacts() ? "privacy.included" : "privacy.omitted"))
        .addClass("note");
  }

  private Element section(Element main, Section section) {
    Element element = el(main, "section", "guide-section");
    element.attr("id", section.code()).attr("aria-labelledby", "h-" + section.code());
    text(element, "h2", t.label(section)).attr("id", "h-" + section.code());
    findingsFor(element, section);
    return element;
  }

  private void findingsFor(Element parent, Section section) {
    List<Finding> list = findings.get(section);
    if (list == null || list.isEmpty()) {
      return;
    }
    Element aside = el(parent, "aside", "findings");
    aside.attr("aria-label", t.format("findings.label", "section", t.label(section)));
    text(aside, "p", t.get("findings.heading")).addClass("findings-heading");
    Element ul = aside.appendElement("ul");
    for (Finding finding : list) {
      Element li = el(ul, "li", "finding");
      li.addClass("severity-" + finding.getSeverity().code());
      li.attr("data-rule", finding.getRuleId());
      text(li, "strong", t.label(finding.getSeverity())).addClass("severity");
      li.appendText(" " + CopMessages.message(finding, t.locale()) + " ");
      if (!finding.getPath().isEmpty()) {
        text(li, "code", finding.getPath()).addClass("path");
      }
    }
  }

  private Element subsection(Element parent, String heading) {
    Element div = el(parent, "div", "part");
    text(div, "h3", heading);
    return div;
  }

  private String placeholderText() {
    return t.get("placeholder");
  }

  private void optional(Element dl, String key, Optional<String> value) {
    text(dl, "dt", t.get(key));
    Element dd = dl.appendElement("dd");
    if (value.isPresent() && !value.get().isBlank()) {
      dd.text(value.get());
    } else {
      text(dd, "span", placeholderText()).addClass("placeholder");
    }
  }

  private String memberName(MemberId id) {
    Member member = members.get(id);
    return member != null
        ? member.getPerson().getName()
        : t.format("member.unknown", "id", id.getValue());
  }

  private <V extends Vocabulary> List<String> labels(Set<V> values) {
    return values.stream().map(t::label).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- Purpose

  private void purpose(Element s) {
    Domain domain = plan.getDomain();
    Purpose purpose = domain.getPurpose();
    purposeSentence(s, purpose.getStatement());
    Element facts = dl(s);
    factList(facts, t.get("purpose.types"), labels(purpose.getTypes()), placeholderText());
    purpose.getCustomPurpose().ifPresent(c -> fact(facts, t.get("purpose.custom"), c));
    optional(facts, "domain.sharedInterest", domain.getSharedInterest());
    optional(facts, "domain.sharedExpertise", domain.getSharedExpertise());
    fact(facts, t.get("domain.equityCentred"), t.get(domain.isEquityCentred() ? "yes" : "no"));
    if (domain.isEquityCentred() || !domain.getProblemsOfPractice().isEmpty()) {
      Element part = subsection(s, t.get("domain.problems"));
      if (domain.getProblemsOfPractice().isEmpty()) {
        placeholder(part, placeholderText());
      } else {
        Element ul = part.appendElement("ul");
        for (ProblemOfPractice problem : domain.getProblemsOfPractice()) {
          Element li = text(ul, "li", problem.getStatement());
          problem
              .getEquityFocus()
              .ifPresent(
                  focus ->
                      text(li, "span", " (" + t.get("domain.equityFocus") + ": " + focus + ")"));
        }
      }
    }
  }

  private void purposeSentence(Element s, PurposeStatement statement) {
    Element p = el(s, "p", "purpose-sentence");
    String template = t.get("purpose.sentence");
    String[] names = {"audience", "concern", "commitment"};
    List<Optional<String>> parts =
        List.of(statement.getAudience(), statement.getSharedConcern(), statement.getCommitment());
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        p.appendText(template.substring(i));
        break;
      }
      p.appendText(template.substring(i, open));
      int close = template.indexOf('}', open);
      String name = template.substring(open + 1, close);
      for (int k = 0; k < names.length; k++) {
        if (names[k].equals(name)) {
          Optional<String> part = parts.get(k);
          if (part.isPresent() && !part.get().isBlank()) {
            text(p, "strong", part.get().strip());
          } else {
            text(p, "span", "…").addClass("blank").attr("title", placeholderText());
          }
        }
      }
      i = close + 1;
    }
    if (!statement.isComplete()) {
      placeholder(s, t.get("purpose.incomplete"));
    }
  }

  // ---------------------------------------------------------------- Membership

  private void membership(Element s) {
    Membership membership = plan.getCommunity().getMembership();
    Element facts = dl(s);
    optional(facts, "membership.profile", membership.getIdealMemberProfile());
    optional(
        facts,
        "membership.idealSize",
        membership
            .getIdealSize()
            .map(r -> t.format("membership.sizeRange", "min", r.getMin(), "max", r.getMax())));
    optional(facts, "membership.invitation", membership.getInvitationApproach());
    fact(
        facts,
        t.get("membership.headcount"),
        t.format("membership.headcountValue", "count", membership.headcount()));

    Element required = subsection(s, t.get("membership.required"));
    if (membership.getRequiredMembers().isEmpty()) {
      placeholder(required, placeholderText());
    } else {
      Element body =
          table(
              required,
              t.get("membership.requiredCaption"),
              t.get("col.who"),
              t.get("col.reason"),
              t.get("col.onRoster"));
      for (RequiredMember r : membership.getRequiredMembers()) {
        Element row = body.appendElement("tr");
        text(row, "td", r.getWho());
        text(row, "td", r.getReason().orElse(""));
        text(
            row,
            "td",
            r.getMemberId()
                .filter(members::containsKey)
                .map(this::memberName)
                .orElse(t.get("membership.notOnRoster")));
      }
    }

    Element roster = subsection(s, t.get("membership.roster"));
    if (membership.getMembers().isEmpty()) {
      placeholder(roster, placeholderText());
      return;
    }
    Map<ParticipationTier, List<Member>> byTier = membership.rosterByTier();
    Figures.circles(roster, byTier, t);
    List<String> headers = new ArrayList<>();
    headers.add(t.get("col.name"));
    headers.add(t.get("col.role"));
    headers.add(t.get("col.organisation"));
    headers.add(t.get("col.decisionMaker"));
    if (options.isIncludeContacts()) {
      headers.add(t.get("col.contact"));
    }
    for (ParticipationTier tier : ParticipationTier.values()) {
      List<Member> inTier = byTier.getOrDefault(tier, List.of());
      if (inTier.isEmpty()) {
        continue;
      }
      Element body =
          table(
              roster,
              t.format("membership.tierCaption", "tier", t.label(tier), "count", inTier.size()),
              headers.toArray(new String[0]));
      body.parent().addClass("roster").attr("data-tier", tier.code());
      for (Member member : inTier) {
        Person person = member.getPerson();
        Element row = body.appendElement("tr");
        text(row, "th", person.getName()).attr("scope", "row");
        text(row, "td", person.getRole().orElse(""));
        text(row, "td", person.getOrganisation().orElse(""));
        text(row, "td", member.isDecisionMaker() ? t.get("yes") : "");
        if (options.isIncludeContacts()) {
          text(row, "td", contact(person.getContact()));
        }
      }
    }
  }

  private static String contact(Optional<ContactInfo> contact) {
    if (contact.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    contact.get().getEmail().ifPresent(parts::add);
    contact.get().getPhone().ifPresent(parts::add);
    return String.join(", ", parts);
  }

  // ---------------------------------------------------------------- Leadership

  private void leadership(Element s) {
    Leadership leadership = plan.getCommunity().getLeadership();
    Element facts = dl(s);
    optional(facts, "leadership.structure", leadership.getStructure().map(t::label));
    leadership.getRotation().ifPresent(r -> fact(facts, t.get("leadership.rotation"), r));
    optional(facts, "leadership.communication", leadership.getCommunication());
    optional(facts, "leadership.support", leadership.getSupport());

    Element part = subsection(s, t.get("leadership.matrix"));
    if (leadership.getLeaders().isEmpty()) {
      placeholder(part, placeholderText());
      return;
    }
    LeadershipDuty[] duties = LeadershipDuty.values();
    String[] headers = new String[duties.length + 1];
    headers[0] = t.get("col.leader");
    for (int i = 0; i < duties.length; i++) {
      headers[i + 1] = t.label(duties[i]);
    }
    Element body = table(part, t.get("leadership.matrixCaption"), headers);
    body.parent().addClass("matrix duty-matrix");
    int[] holders = new int[duties.length];
    for (Leader leader : leadership.getLeaders()) {
      Element row = body.appendElement("tr");
      text(row, "th", memberName(leader.getMemberId())).attr("scope", "row");
      for (int i = 0; i < duties.length; i++) {
        Element cell = row.appendElement("td").attr("data-duty", duties[i].code());
        if (leader.getDuties().contains(duties[i])) {
          holders[i]++;
          mark(cell);
        }
      }
    }
    Element foot = body.parent().appendElement("tfoot").appendElement("tr");
    text(foot, "th", t.get("leadership.holders")).attr("scope", "row");
    for (int i = 0; i < duties.length; i++) {
      Element cell = text(foot, "td", Integer.toString(holders[i]));
      if (holders[i] == 0) {
        cell.addClass("uncovered");
      }
    }
    List<String> uncovered = new ArrayList<>();
    for (int i = 0; i < duties.length; i++) {
      if (holders[i] == 0) {
        uncovered.add(t.label(duties[i]));
      }
    }
    if (!uncovered.isEmpty()) {
      Element facts2 = dl(part);
      factList(facts2, t.get("leadership.uncovered"), uncovered, "");
    }
  }

  private void mark(Element cell) {
    cell.addClass("mark");
    text(cell, "span", "•").attr("aria-hidden", "true").addClass("dot");
    text(cell, "span", t.get("mark.yes")).addClass("sr");
  }

  // ---------------------------------------------------------------- Norms

  private void norms(Element s) {
    Norms norms = plan.getCommunity().getNorms();
    Element facts = dl(s);
    optional(facts, "norms.values", norms.getValuesAlignment());
    optional(facts, "norms.process", norms.getDevelopmentProcess());
    fact(facts, t.get("norms.version"), Integer.toString(norms.getVersion()));

    Element list = subsection(s, t.get("norms.list"));
    if (norms.getNorms().isEmpty()) {
      placeholder(list, placeholderText());
    } else {
      Element body =
          table(list, t.get("norms.listCaption"), t.get("col.norm"), t.get("col.topics"));
      for (Norm norm : norms.getNorms()) {
        Element row = body.appendElement("tr");
        text(row, "td", norm.getText());
        text(row, "td", String.join("; ", labels(norm.getTopics())));
      }
    }

    Element topics = subsection(s, t.get("norms.topics"));
    Element body =
        table(topics, t.get("norms.topicsCaption"), t.get("col.topic"), t.get("col.covered"));
    body.parent().addClass("topics");
    Set<NormTopic> covered = norms.topicsCovered();
    for (NormTopic topic : NormTopic.values()) {
      Element row = body.appendElement("tr");
      text(row, "th", t.label(topic)).attr("scope", "row");
      boolean isCovered = covered.contains(topic);
      text(row, "td", t.get(isCovered ? "yes" : "norms.notCovered"))
          .addClass(isCovered ? "covered" : "uncovered");
    }

    Element agreement = subsection(s, t.get("norms.agreement"));
    Map<MemberId, NormAgreement> agreed = new HashMap<>();
    for (NormAgreement a : norms.getAgreements()) {
      if (a.getVersion() == norms.getVersion()) {
        agreed.putIfAbsent(a.getMemberId(), a);
      }
    }
    List<Member> proper =
        plan.getCommunity().getMembership().getMembers().stream()
            .filter(Member::countsAsMember)
            .collect(Collectors.toList());
    if (proper.isEmpty() && agreed.isEmpty()) {
      placeholder(agreement, placeholderText());
      return;
    }
    Element rows =
        table(
            agreement,
            t.format(
                "norms.agreementCaption",
                "agreed",
                proper.stream().filter(m -> agreed.containsKey(m.getId())).count(),
                "count",
                proper.size(),
                "version",
                norms.getVersion()),
            t.get("col.name"),
            t.get("col.tier"),
            t.get("col.agreedOn"));
    rows.parent().addClass("agreements");
    for (Member member : proper) {
      Element row = rows.appendElement("tr");
      text(row, "th", member.getPerson().getName()).attr("scope", "row");
      text(row, "td", t.label(member.getTier()));
      NormAgreement a = agreed.get(member.getId());
      if (a != null) {
        text(row, "td", t.date(a.getAgreedOn())).addClass("agreed");
      } else {
        text(row, "td", t.get("norms.notAgreed")).addClass("not-agreed");
      }
    }
  }

  // ---------------------------------------------------------------- Launch

  private void launch(Element s) {
    LaunchPlan launch = plan.getPractice().getLaunchPlan();
    Element facts = dl(s);
    optional(facts, "launch.date", launch.getLaunchDate().map(t::date));
    optional(facts, "launch.cadence", launch.getCadence().map(t::cadence));
    optional(facts, "launch.length", launch.getMeetingLength().map(t::duration));
    optional(facts, "launch.format", launch.getFormat().map(t::label));
    launch.getPlace().ifPresent(p -> fact(facts, t.get("launch.place"), p));
    launch.getPlatform().ifPresent(p -> fact(facts, t.get("launch.platform"), p));
    factList(facts, t.get("launch.agenda"), launch.getStandingAgendaItems(), placeholderText());
    factList(
        facts, t.get("launch.activities"), labels(launch.getActivityKinds()), placeholderText());
    Element tools = subsection(s, t.get("launch.tools"));
    if (launch.getTools().isEmpty()) {
      placeholder(tools, placeholderText());
      return;
    }
    Element body = table(tools, t.get("launch.toolsCaption"), t.get("col.tool"), t.get("col.uses"));
    for (Tool tool : launch.getTools()) {
      Element row = body.appendElement("tr");
      text(row, "td", tool.getName());
      text(row, "td", String.join("; ", labels(tool.getUses())));
    }
  }

  // ---------------------------------------------------------------- Collaborative plan

  private void collaborativePlan(Element s) {
    List<Meeting> meetings = plan.getPractice().meetingsInTimeOrder();
    if (meetings.isEmpty()) {
      placeholder(s, placeholderText());
      return;
    }
    Figures.timeline(s, plan, meetings, t);
    List<String> headers =
        new ArrayList<>(List.of(t.get("col.when"), t.get("col.what"), t.get("col.resources")));
    boolean attendance = options.isShowAttendance();
    if (attendance) {
      headers.add(t.get("col.attendance"));
    }
    Element body =
        table(
            s, t.format("plan.caption", "count", meetings.size()), headers.toArray(new String[0]));
    body.parent().addClass("schedule");
    int headcount = plan.getCommunity().getMembership().headcount();
    for (Meeting meeting : meetings) {
      Element row = body.appendElement("tr").attr("data-meeting", meeting.getId());
      Element when = row.appendElement("th").attr("scope", "row");
      if (meeting.getStart().isPresent()) {
        when.text(
            t.meetingTime(
                meeting.getStart().get(), meeting.getEnd().orElse(null), plan.getTimeZone()));
      } else {
        text(when, "span", t.get("plan.noDate")).addClass("placeholder");
      }
      Element what = row.appendElement("td");
      meeting.getTitle().ifPresent(title -> text(what, "strong", title).addClass("title"));
      if (!meeting.getTopics().isEmpty()) {
        Element ul = el(what, "ul", "plain");
        meeting.getTopics().forEach(topic -> text(ul, "li", topic));
      } else {
        text(what, "p", placeholderText()).addClass("placeholder");
      }
      if (!meeting.getActivities().isEmpty()) {
        text(what, "p", String.join("; ", labels(meeting.getActivities()))).addClass("activities");
      }
      if (!meeting.getGuidingQuestions().isEmpty()) {
        Element p = el(what, "p", "questions");
        text(p, "em", t.get("plan.guidingQuestions") + ": ");
        p.appendText(String.join(" ", meeting.getGuidingQuestions()));
      }
      if (!meeting.getIncludes().isEmpty()) {
        Element p = el(what, "p", "includes");
        text(p, "em", t.get("plan.includes") + ": ");
        p.appendText(String.join(", ", labels(meeting.getIncludes())));
      }
      meeting
          .getFacilitator()
          .ifPresent(
              f -> {
                Element p = el(what, "p", "facilitator");
                text(p, "em", t.get("plan.facilitator") + ": ");
                p.appendText(memberName(f));
              });
      Element resources = row.appendElement("td");
      if (meeting.getResources().isEmpty()) {
        resources.text("");
      } else {
        Element ul = el(resources, "ul", "plain");
        meeting.getResources().forEach(r -> text(ul, "li", r));
      }
      if (attendance) {
        int count = meeting.getAttendance().size();
        text(
                row,
                "td",
                count == 0
                    ? t.get("plan.notRecorded")
                    : t.format("plan.attended", "count", count, "headcount", headcount))
            .addClass("attendance")
            .attr("data-count", Integer.toString(count));
      }
    }
  }

  // ---------------------------------------------------------------- Improvement work (21CSLA)

  private void improvement(Element s) {
    Map<String, String> problems = new HashMap<>();
    plan.getDomain()
        .getProblemsOfPractice()
        .forEach(p -> problems.putIfAbsent(p.getId(), p.getStatement()));
    if (plan.getPractice().getImprovementWork().isEmpty()) {
      placeholder(s, placeholderText());
      return;
    }
    for (ImprovementWork work : plan.getPractice().getImprovementWork()) {
      Element part =
          subsection(
              s,
              problems.getOrDefault(work.getProblemOfPracticeId(), work.getProblemOfPracticeId()));
      Element facts = dl(part);
      optional(facts, "improvement.aim", work.getAim().map(a -> a.getStatement()));
      factList(
          facts,
          t.get("improvement.measures"),
          work.getMeasures().stream()
              .map(m -> m.getName() + " (" + t.label(m.getKind()) + ")")
              .collect(Collectors.toList()),
          placeholderText());
      List<String> cycles = new ArrayList<>();
      for (InquiryCycle cycle : work.getCycles()) {
        StringBuilder line = new StringBuilder(cycle.getQuestion().orElse(cycle.getId()));
        cycle.getDecision().ifPresent(d -> line.append(" (").append(t.label(d)).append(")"));
        cycles.add(line.toString());
      }
      factList(facts, t.get("improvement.cycles"), cycles, placeholderText());
    }
  }

  // ---------------------------------------------------------------- Results & celebration

  private void results(Element s) {
    Results results = plan.getPractice().getResults();
    Element facts = dl(s);
    factList(
        facts,
        t.get("results.feedback"),
        results.getFeedbackMethods().stream()
            .map(f -> f.getDescription() + f.getSchedule().map(x -> " (" + x + ")").orElse(""))
            .collect(Collectors.toList()),
        placeholderText());
    optional(facts, "results.criteria", results.getSuccessCriteria());
    evidence(s, "results.planned", results.getPlannedEvidence(), false);
    if (!results.getCollectedEvidence().isEmpty()) {
      evidence(s, "results.collected", results.getCollectedEvidence(), true);
    }
    Element legacy = subsection(s, t.get("results.legacy"));
    Optional<Legacy> l = results.getLegacy();
    if (l.isEmpty()) {
      placeholder(legacy, placeholderText());
    } else {
      Element lf = dl(legacy);
      fact(lf, t.get("results.legacyWhat"), l.get().getDescription());
      factList(lf, t.get("results.stakeholders"), l.get().getStakeholders(), placeholderText());
      optional(lf, "results.legacyCommunication", l.get().getCommunication());
    }
    Element celebrations = subsection(s, t.get("results.celebrations"));
    if (results.getCelebrations().isEmpty()) {
      placeholder(celebrations, placeholderText());
    } else {
      Element ul = celebrations.appendElement("ul");
      results
          .getCelebrations()
          .forEach(
              c ->
                  text(
                      ul,
                      "li",
                      c.getDescription() + c.getOn().map(d -> " (" + t.date(d) + ")").orElse("")));
    }
  }

  private void evidence(Element s, String key, List<Evidence> evidence, boolean collected) {
    Element part = subsection(s, t.get(key));
    if (evidence.isEmpty()) {
      placeholder(part, placeholderText());
      return;
    }
    List<String> headers =
        new ArrayList<>(
            List.of(t.get("col.purposeType"), t.get("col.kind"), t.get("col.evidence")));
    if (collected) {
      headers.add(t.get("col.collectedOn"));
    }
    Element body = table(part, t.get(key + "Caption"), headers.toArray(new String[0]));
    for (Evidence e : evidence) {
      Element row = body.appendElement("tr");
      text(row, "td", e.getPurposeType().map(t::label).orElse(""));
      text(row, "td", t.label(e.getKind()));
      text(row, "td", e.getDescription());
      if (collected) {
        text(row, "td", e.getCollectedOn().map(t::date).orElse(""));
      }
    }
  }

  // ---------------------------------------------------------------- Professional practice

  private void professionalPractice(Element s) {
    List<Reflection> reflections =
        plan.getPractice().getReflections().stream()
            .filter(r -> options.isIncludePrivateReflections() || !r.isPrivateToAuthor())
            .toList();
    if (reflections.isEmpty()) {
      placeholder(s, placeholderText());
      return;
    }
    for (Reflection reflection : reflections) {
      Element part = subsection(s, memberName(reflection.getMemberId()));
      part.addClass("reflection");
      Element facts = dl(part);
      optional(facts, "reflection.newLearning", reflection.getNewLearning());
      optional(facts, "reflection.application", reflection.getApplication());
      factList(
          facts,
          t.get("reflection.practices"),
          reflection.getSelfReflectivePractices(),
          placeholderText());
      List<String> competencies = new ArrayList<>();
      for (CompetencyRef ref : reflection.getCompetencies()) {
        competencies.add(competency(ref));
      }
      factList(facts, t.get("reflection.competencies"), competencies, placeholderText());
    }
  }

  private String competency(CompetencyRef ref) {
    Optional<Framework> framework = options.getStandards().find(ref.getFrameworkId());
    Optional<Competency> competency = options.getStandards().findCompetency(ref);
    if (framework.isEmpty() || competency.isEmpty()) {
      return t.format(
          "reflection.unknownCompetency",
          "framework",
          ref.getFrameworkId(),
          "competency",
          ref.getCompetencyId());
    }
    return t.format(
        "reflection.competency",
        "framework",
        framework.get().getName(),
        "competency",
        competency.get().getId(),
        "name",
        competency.get().getName());
  }

  // ---------------------------------------------------------------- Further application

  private void furtherApplication(Element s) {
    FurtherApplication further = plan.getFurtherApplication();
    Element uses = subsection(s, t.get("further.otherUses"));
    if (further.getOtherUses().isEmpty()) {
      placeholder(uses, placeholderText());
    } else {
      Element body =
          table(
              uses, t.get("further.otherUsesCaption"), t.get("col.use"), t.get("col.purposeTypes"));
      for (OtherUse use : further.getOtherUses()) {
        Element row = body.appendElement("tr");
        text(row, "td", use.getDescription());
        text(row, "td", String.join("; ", labels(use.getPurposeTypes())));
      }
    }
    Element teams = subsection(s, t.get("further.teams"));
    if (further.getAdaptableTeams().isEmpty()) {
      placeholder(teams, placeholderText());
    } else {
      Element ul = teams.appendElement("ul");
      further.getAdaptableTeams().forEach(team -> text(ul, "li", team));
    }
  }

  private static String loadCss() {
    try (InputStream in = PacketPage.class.getResourceAsStream("packet.css")) {
      if (in == null) {
        throw new IllegalStateException("packet.css is missing from the cop-report jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
