package org.edcop.validation.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edcop.model.ImprovementWork;
import org.edcop.model.InquiryCycle;
import org.edcop.model.Meeting;
import org.edcop.model.ProblemOfPractice;

/**
 * Adds to a built-in finding's arguments what a person needs to recognise the things it names: for
 * an argument holding a meeting id ({@code meeting}, {@code previous}, {@code other}) the meeting's
 * {@code .title} and {@code .date} (its start day in the plan's zone); for {@code cycle} the
 * cycle's {@code .question} and {@code .startedOn}; for {@code problem} the problem's {@code
 * .statement}; for {@code member}, when the rule gives no {@code name}, the person's {@code
 * member.person}; and {@code zone}, the plan's time zone, when a date-time argument is present.
 * Texts from the plan are shortened to {@value #MAX_TEXT} characters. The rule's own arguments keep
 * their values and order; the additions follow them. One instance serves one validation run and
 * builds its lookups on first use.
 */
public final class DisplayArguments {

  /** The longest text from the plan copied into a display argument. */
  static final int MAX_TEXT = 80;

  private final PlanIndex index;
  private Map<String, Meeting> meetings;
  private Map<String, org.edcop.model.Member> members;
  private Map<String, InquiryCycle> cycles;
  private Map<String, ProblemOfPractice> problems;

  /**
   * Creates the display arguments of one validation run.
   *
   * @param index the plan's index
   */
  public DisplayArguments(PlanIndex index) {
    this.index = index;
  }

  /**
   * The arguments with the display arguments added.
   *
   * @param arguments the rule's arguments
   * @return the same map when nothing is added, else a new ordered map
   */
  public Map<String, String> add(Map<String, String> arguments) {
    try {
      return addTo(arguments);
    } catch (RuntimeException e) {
      return arguments; // display arguments are a courtesy: never lose a finding over them
    }
  }

  private Map<String, String> addTo(Map<String, String> arguments) {
    Map<String, String> out = null;
    for (String name : ArgumentFormats.MEETINGS) {
      String id = arguments.get(name);
      if (id != null) {
        Meeting meeting = meetings().get(id);
        if (meeting != null) {
          out = copy(arguments, out);
          put(out, name + ".title", meeting.getTitle().map(DisplayArguments::shorten).orElse(null));
          put(out, name + ".date", startDay(meeting));
        }
      }
    }
    String memberId = arguments.get("member");
    if (memberId != null && !arguments.containsKey("name")) {
      org.edcop.model.Member member = members().get(memberId);
      if (member != null) {
        out = copy(arguments, out);
        put(out, "member.person", shorten(member.getPerson().getName()));
      }
    }
    String cycleId = arguments.get("cycle");
    if (cycleId != null && cycles().containsKey(cycleId)) {
      InquiryCycle cycle = cycles().get(cycleId);
      out = copy(arguments, out);
      put(out, "cycle.question", cycle.getQuestion().map(DisplayArguments::shorten).orElse(null));
      put(out, "cycle.startedOn", cycle.getStartedOn().map(Object::toString).orElse(null));
    }
    String problemId = arguments.get("problem");
    if (problemId != null && problems().containsKey(problemId)) {
      out = copy(arguments, out);
      put(out, "problem.statement", shorten(problems().get(problemId).getStatement()));
    }
    for (String name : ArgumentFormats.DATE_TIMES) {
      String value = arguments.get(name);
      if (value != null && isDateTime(value)) {
        out = copy(arguments, out);
        put(out, "zone", index.zone().getId());
        break;
      }
    }
    return out == null ? arguments : out;
  }

  private String startDay(Meeting meeting) {
    if (meeting.getStart().isEmpty()) {
      return null;
    }
    try {
      return index.localDate(meeting.getStart().get()).toString();
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return null; // a start at the very edge of the time line: name the meeting without a day
    }
  }

  private static boolean isDateTime(String value) {
    try {
      OffsetDateTime.parse(value);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  private static Map<String, String> copy(Map<String, String> arguments, Map<String, String> out) {
    return out != null ? out : new LinkedHashMap<>(arguments);
  }

  private static void put(Map<String, String> out, String name, String value) {
    if (value != null && !value.isBlank()) {
      out.putIfAbsent(name, value);
    }
  }

  static String shorten(String text) {
    String flat = text.strip();
    if (flat.length() <= MAX_TEXT) {
      return flat;
    }
    int end = MAX_TEXT - 1;
    if (Character.isHighSurrogate(flat.charAt(end - 1))) {
      end--;
    }
    return flat.substring(0, end) + "\u2026";
  }

  private Map<String, Meeting> meetings() {
    if (meetings == null) {
      meetings = new HashMap<>();
      for (Meeting meeting : index.meetings()) {
        meetings.putIfAbsent(meeting.getId(), meeting);
      }
    }
    return meetings;
  }

  private Map<String, org.edcop.model.Member> members() {
    if (members == null) {
      members = new HashMap<>();
      for (org.edcop.model.Member member : index.members()) {
        members.putIfAbsent(member.getId().getValue(), member);
      }
    }
    return members;
  }

  private Map<String, InquiryCycle> cycles() {
    if (cycles == null) {
      cycles = new HashMap<>();
      for (ImprovementWork work : improvementWork()) {
        for (InquiryCycle cycle : work.getCycles()) {
          cycles.putIfAbsent(cycle.getId(), cycle);
        }
      }
    }
    return cycles;
  }

  private Map<String, ProblemOfPractice> problems() {
    if (problems == null) {
      problems = new HashMap<>();
      for (ProblemOfPractice problem : index.plan().getDomain().getProblemsOfPractice()) {
        problems.putIfAbsent(problem.getId(), problem);
      }
    }
    return problems;
  }

  private List<ImprovementWork> improvementWork() {
    return index.plan().getPractice().getImprovementWork();
  }
}
