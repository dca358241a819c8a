package org.edcop.json.format.internal;

import static org.edcop.json.format.internal.WireNames.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.model.ActionItem;
import org.edcop.model.ActionItemStatus;
import org.edcop.model.ActivityKind;
import org.edcop.model.Aim;
import org.edcop.model.Cadence;
import org.edcop.model.CadenceKind;
import org.edcop.model.Celebration;
import org.edcop.model.CohortType;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.CompetencyRef;
import org.edcop.model.ContactInfo;
import org.edcop.model.CycleDecision;
import org.edcop.model.DevelopmentStage;
import org.edcop.model.Domain;
import org.edcop.model.Evidence;
import org.edcop.model.EvidenceKind;
import org.edcop.model.FeedbackMethod;
import org.edcop.model.FeedbackReceived;
import org.edcop.model.FurtherApplication;
import org.edcop.model.ImmutableCompetencyRef;
import org.edcop.model.ImmutableNormAgreement;
import org.edcop.model.ImmutableSizeRange;
import org.edcop.model.ImmutableStatusChange;
import org.edcop.model.ImmutableTierChange;
import org.edcop.model.ImprovementWork;
import org.edcop.model.InquiryCycle;
import org.edcop.model.LaunchPlan;
import org.edcop.model.Leader;
import org.edcop.model.Leadership;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.LeadershipStructure;
import org.edcop.model.Legacy;
import org.edcop.model.LifecycleStatus;
import org.edcop.model.Measure;
import org.edcop.model.MeasureKind;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingElement;
import org.edcop.model.MeetingFormat;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.MembershipStatus;
import org.edcop.model.Norm;
import org.edcop.model.NormAgreement;
import org.edcop.model.NormTopic;
import org.edcop.model.Norms;
import org.edcop.model.OtherUse;
import org.edcop.model.ParticipantKind;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.model.ProblemOfPractice;
import org.edcop.model.Purpose;
import org.edcop.model.PurposeStatement;
import org.edcop.model.PurposeType;
import org.edcop.model.Reflection;
import org.edcop.model.RenewalDecision;
import org.edcop.model.RenewalOutcome;
import org.edcop.model.RequiredMember;
import org.edcop.model.ResourceKind;
import org.edcop.model.Results;
import org.edcop.model.RoleCategory;
import org.edcop.model.SharedResource;
import org.edcop.model.SizeRange;
import org.edcop.model.StatusChange;
import org.edcop.model.TierChange;
import org.edcop.model.Tool;
import org.edcop.model.ToolUse;
import org.edcop.model.ValueCycle;
import org.edcop.model.ValueStory;
import org.edcop.model.Vocabulary;
import org.edcop.model.internal.ArraySet;

/**
 * Reads a plan document straight from the tokens of a {@link TokenCursor} into the model, in one
 * pass and without a second copy of the document: each object's properties go into the model's
 * builder as they arrive, each list's elements into the builder's list. The checks are those of the
 * format (each value's JSON type, required properties, codes, dates, date-times, durations, zones,
 * sets without repeats, the format version, unknown properties kept as canonical raw JSON or, in
 * strict mode, rejected); a problem is reported at the value's pointer, which the cursor knows, and
 * the text is only built then. The JSON names are the constants of {@link WireNames}, which the
 * wire records' annotations (the schemas' source) use too; the wire record types name what a
 * mismatched value should have been.
 *
 * <p>A JSON {@code null} stands for an absent property; a {@code null} list element is refused.
 * Member ids are made once per text and compared by their text, so ids whose hash codes collide
 * cost no more than others.
 */
final class PlanReader {

  // ---- the names of each object, in the writer's order ----------------------------------------

  private static final PropertyNames PLAN_NAMES =
      PropertyNames.of(
          SCHEMA_VERSION,
          ID,
          NAME,
          AUTHORITY,
          STATUS,
          CREATED_ON,
          LAUNCHED_ON,
          CLOSED_ON,
          TIME_ZONE,
          DOMAIN,
          COMMUNITY,
          PRACTICE,
          FURTHER_APPLICATION,
          DEVELOPMENT_STAGE,
          RENEWAL_DECISIONS);

  private static final PropertyNames DOMAIN_NAMES =
      PropertyNames.of(
          SHARED_INTEREST, SHARED_EXPERTISE, EQUITY_CENTRED, PURPOSE, PROBLEMS_OF_PRACTICE);

  private static final PropertyNames PURPOSE_NAMES =
      PropertyNames.of(STATEMENT, TYPES, CUSTOM_PURPOSE);

  private static final PropertyNames STATEMENT_NAMES =
      PropertyNames.of(AUDIENCE, SHARED_CONCERN, COMMITMENT);

  private static final PropertyNames PROBLEM_NAMES = PropertyNames.of(ID, STATEMENT, EQUITY_FOCUS);

  private static final PropertyNames COMMUNITY_NAMES =
      PropertyNames.of(MEMBERSHIP, LEADERSHIP, NORMS);

  private static final PropertyNames MEMBERSHIP_NAMES =
      PropertyNames.of(
          IDEAL_MEMBER_PROFILE,
          REQUIRED_MEMBERS,
          IDEAL_SIZE,
          INVITATION_APPROACH,
          COHORT_TYPE,
          DECISION_ROUTE,
          MEMBERS);

  private static final PropertyNames REQUIRED_MEMBER_NAMES =
      PropertyNames.of(WHO, REASON, MEMBER_ID);

  private static final PropertyNames SIZE_RANGE_NAMES = PropertyNames.of(MIN, MAX);

  private static final PropertyNames MEMBER_NAMES =
      PropertyNames.of(ID, PERSON, KIND, TIER, TIER_HISTORY, STATUS_HISTORY, DECISION_MAKER);

  private static final PropertyNames PERSON_NAMES =
      PropertyNames.of(NAME, ROLE, ROLE_CATEGORY, ORGANISATION, CONTACT, EXTERNAL_ID);

  private static final PropertyNames CONTACT_NAMES = PropertyNames.of(EMAIL, PHONE);

  private static final PropertyNames STATUS_CHANGE_NAMES = PropertyNames.of(EFFECTIVE_ON, STATUS);

  private static final PropertyNames TIER_CHANGE_NAMES = PropertyNames.of(EFFECTIVE_ON, TIER);

  private static final PropertyNames LEADERSHIP_NAMES =
      PropertyNames.of(STRUCTURE, ROTATION, LEADERS, COMMUNICATION, SUPPORT);

  private static final PropertyNames LEADER_NAMES = PropertyNames.of(MEMBER_ID, DUTIES);

  private static final PropertyNames NORMS_NAMES =
      PropertyNames.of(NORMS, DEVELOPMENT_PROCESS, VALUES_ALIGNMENT, VERSION, AGREEMENTS);

  private static final PropertyNames NORM_NAMES = PropertyNames.of(TEXT, TOPICS);

  private static final PropertyNames AGREEMENT_NAMES =
      PropertyNames.of(MEMBER_ID, VERSION, AGREED_ON);

  private static final PropertyNames PRACTICE_NAMES =
      PropertyNames.of(
          LAUNCH_PLAN, MEETINGS, IMPROVEMENT_WORK, RESULTS, REFLECTIONS, RESOURCE_BANK);

  private static final PropertyNames LAUNCH_PLAN_NAMES =
      PropertyNames.of(
          LAUNCH_DATE,
          CADENCE,
          MEETING_LENGTH,
          FORMAT,
          PLACE,
          PLATFORM,
          STANDING_AGENDA_ITEMS,
          ACTIVITY_KINDS,
          TOOLS);

  private static final PropertyNames CADENCE_NAMES =
      PropertyNames.of(
          KIND,
          INTERVAL_WEEKS,
          INTERVAL_MONTHS,
          WEEK_OF_MONTH,
          DAY_OF_MONTH,
          WEEKS_OF_MONTH,
          DAYS_OF_MONTH,
          DAY_OF_WEEK,
          START_TIME);

  private static final PropertyNames TOOL_NAMES = PropertyNames.of(NAME, USES);

  private static final PropertyNames MEETING_NAMES =
      PropertyNames.of(
          ID,
          TITLE,
          START,
          END,
          TOPICS,
          ACTIVITIES,
          GUIDING_QUESTIONS,
          RESOURCES,
          FACILITATOR,
          INCLUDES,
          RESCHEDULED_FROM,
          ATTENDANCE,
          NOTES,
          DECISIONS,
          ACTION_ITEMS);

  private static final PropertyNames ACTION_ITEM_NAMES =
      PropertyNames.of(DESCRIPTION, OWNER, DUE_ON, STATUS);

  private static final PropertyNames IMPROVEMENT_WORK_NAMES =
      PropertyNames.of(PROBLEM_OF_PRACTICE_ID, AIM, MEASURES, CYCLES);

  private static final PropertyNames AIM_NAMES =
      PropertyNames.of(STATEMENT, MEASURE, TARGET, BY, RESULT);

  private static final PropertyNames MEASURE_NAMES = PropertyNames.of(NAME, KIND, DESCRIPTION);

  private static final PropertyNames CYCLE_NAMES =
      PropertyNames.of(ID, QUESTION, PREDICTION, DONE, STUDY, DECISION, STARTED_ON, COMPLETED_ON);

  private static final PropertyNames RESULTS_NAMES =
      PropertyNames.of(
          FEEDBACK_METHODS,
          PLANNED_EVIDENCE,
          COLLECTED_EVIDENCE,
          SUCCESS_CRITERIA,
          LEGACY,
          CELEBRATIONS,
          FEEDBACK_RECEIVED,
          VALUE_STORIES);

  private static final PropertyNames FEEDBACK_METHOD_NAMES =
      PropertyNames.of(DESCRIPTION, SCHEDULE);

  private static final PropertyNames EVIDENCE_NAMES =
      PropertyNames.of(ID, KIND, PURPOSE_TYPE, DESCRIPTION, COLLECTED_ON);

  private static final PropertyNames LEGACY_NAMES =
      PropertyNames.of(DESCRIPTION, STAKEHOLDERS, COMMUNICATION);

  private static final PropertyNames CELEBRATION_NAMES = PropertyNames.of(DESCRIPTION, ON);

  private static final PropertyNames FEEDBACK_NAMES =
      PropertyNames.of(RECEIVED_ON, METHOD, SUMMARY);

  private static final PropertyNames STORY_NAMES =
      PropertyNames.of(AUTHOR, TOLD_ON, NARRATIVE, CYCLES, PURPOSE_TYPES, EVIDENCE);

  private static final PropertyNames RENEWAL_NAMES = PropertyNames.of(DECIDED_ON, OUTCOME, REASON);

  private static final PropertyNames RESOURCE_NAMES =
      PropertyNames.of(TITLE, LINK, KIND, TAGS, CONTRIBUTOR, ADDED_ON, LEGACY);

  private static final PropertyNames REFLECTION_NAMES =
      PropertyNames.of(
          MEMBER_ID,
          NEW_LEARNING,
          APPLICATION,
          SELF_REFLECTIVE_PRACTICES,
          COMPETENCIES,
          PRIVATE_TO_AUTHOR);

  private static final PropertyNames COMPETENCY_NAMES =
      PropertyNames.of(FRAMEWORK_ID, COMPETENCY_ID);

  private static final PropertyNames FURTHER_APPLICATION_NAMES =
      PropertyNames.of(OTHER_USES, ADAPTABLE_TEAMS);

  private static final PropertyNames OTHER_USE_NAMES = PropertyNames.of(DESCRIPTION, PURPOSE_TYPES);

  private final TokenCursor c;
  private final WireIn in;
  private final boolean strict;

  /** The names of the open objects, to refuse one given twice. */
  private final RepeatedNames seen = new RepeatedNames();

  /** The cursor's current token, as its last move returned it. */
  private JsonToken token;

  /** The pointer of the cursor's current value, computed only when an error needs its text. */
  private final JsonPointers here;

  /** The member ids of the document, each with the last id list it was seen in. */
  private final IdTable ids = new IdTable();

  /** The number of the id list being read, for the repeat check of {@link #ids}. */
  private int idList;

  /** The entry in {@link #ids} of the id of the member last read, -1 if it had none. */
  private int memberEntry = -1;

  /** The entries in {@link #ids} of the meeting's attendance being read, {@link #attendeeCount}. */
  private int[] attendees = new int[16];

  private int attendeeCount;

  private PlanReader(TokenCursor cursor, boolean strict) {
    this.c = cursor;
    this.in = new WireIn();
    this.strict = strict;
    this.here = JsonPointers.at(cursor);
    this.token = cursor.current();
  }

  /**
   * Reads the plan that starts at the cursor's current token, leaving the cursor on its last token.
   *
   * @param cursor the cursor, on the document's first token
   * @param strict whether unknown properties are rejected rather than kept
   * @return the plan, or {@code null} for a JSON {@code null}
   * @throws EngineFailure if the parser fails or a value has the wrong JSON type
   * @throws CopJsonException if a value is missing, of an unknown code or badly formed
   */
  static CommunityOfPractice read(TokenCursor cursor, boolean strict) {
    PlanReader reader = new PlanReader(cursor, strict);
    if (!reader.object(PlanWire.CommunityOfPractice.class)) {
      return null;
    }
    return reader.plan();
  }

  // ---- tokens --------------------------------------------------------------------------------

  /**
   * Moves to the next property's value and returns its name, or null at the object's end; a name
   * the object already had is refused. The parser is first asked whether the name is the one that
   * followed the previous name last time (at first the table's order, the writer's), which it
   * answers by comparing bytes; a name of the table comes back as the table's constant, so the
   * caller's {@code switch} matches it by identity.
   */
  private String name(PropertyNames names) {
    int last = seen.last();
    int position = names.after(last);
    if (position < names.size() && c.nextName(names.number(position), names.name(position))) {
      token = JsonToken.NAME;
    } else {
      token = position < names.size() ? c.current() : c.next();
      if (token != JsonToken.NAME) {
        names.learn(last, names.size());
        seen.close();
        return null;
      }
      String name = c.text();
      position = names.position(name);
      if (position < 0) {
        if (seen.repeated(name)) {
          throw RepeatedNames.error(here, name);
        }
        token = c.next();
        return name;
      }
      names.learn(last, position);
    }
    String name = names.name(position);
    if (seen.repeated(position)) {
      throw RepeatedNames.error(here, name);
    }
    token = c.next();
    return name;
  }

  private String text() {
    if (token == JsonToken.STRING) {
      return c.text();
    }
    if (token == JsonToken.NULL) {
      return null;
    }
    throw c.mismatch(String.class);
  }

  private Integer whole() {
    if (token == JsonToken.INTEGER) {
      return (Integer) c.number(Integer.class);
    }
    if (token == JsonToken.NULL) {
      return null;
    }
    throw c.mismatch(Integer.class);
  }

  private Boolean flag() {
    if (token == JsonToken.TRUE) {
      return Boolean.TRUE;
    }
    if (token == JsonToken.FALSE) {
      return Boolean.FALSE;
    }
    if (token == JsonToken.NULL) {
      return null;
    }
    throw c.mismatch(Boolean.class);
  }

  /** Whether an object starts here (false for null); fails for any other value. */
  private boolean object(Class<?> wire) {
    if (token == JsonToken.START_OBJECT) {
      seen.open();
      return true;
    }
    if (token == JsonToken.NULL) {
      return false;
    }
    throw c.mismatch(wire);
  }

  /** Whether an array starts here (false for null); fails for any other value. */
  private boolean array() {
    if (token == JsonToken.START_ARRAY) {
      return true;
    }
    if (token == JsonToken.NULL) {
      return false;
    }
    throw c.mismatch(List.class);
  }

  /** Moves to the next element of an array; false at its end; a null element is refused. */
  private boolean element() {
    token = c.next();
    if (token == JsonToken.END_ARRAY) {
      return false;
    }
    if (token == JsonToken.NULL) {
      throw WireIn.nullElement(here);
    }
    return true;
  }

  /** The canonical raw JSON of an unknown property's value, or its rejection in strict mode. */
  private String unknown(String name) {
    if (strict) {
      throw WireIn.unknownProperty(here, name);
    }
    return RawJsonText.copy(c, here).text();
  }

  /** Reports a required property missing; the cursor is on the end of its object. */
  private void need(Object value, String name) {
    if (value == null) {
      throw WireIn.problem(
          Kind.MISSING_VALUE,
          JsonPointers.child(here, name),
          "the required property '" + name + "' is missing");
    }
  }

  // ---- values --------------------------------------------------------------------------------

  private <E extends Enum<E> & Vocabulary> E code(Class<E> type) {
    if (token == JsonToken.STRING) {
      return knownCode(type);
    }
    if (token == JsonToken.NULL) {
      return null;
    }
    throw c.mismatch(String.class);
  }

  /** The code of the current string token, found from the parser's characters. */
  private <E extends Enum<E> & Vocabulary> E knownCode(Class<E> type) {
    char[] chars = c.textCharacters();
    Object value = Codes.of(type).find(chars, c.textOffset(), c.textLength());
    // an unknown code: the text, for the error
    return value != null ? type.cast(value) : in.code(type, c.text(), here);
  }

  private java.time.LocalDate date() {
    if (token == JsonToken.STRING) {
      char[] chars = c.textCharacters();
      java.time.LocalDate quick = Dates.date(chars, c.textOffset(), c.textLength());
      return quick != null ? quick : in.date(c.text(), here);
    }
    if (token == JsonToken.NULL) {
      return null;
    }
    throw c.mismatch(String.class);
  }

  private java.time.OffsetDateTime dateTime() {
    if (token == JsonToken.STRING) {
      char[] chars = c.textCharacters();
      java.time.OffsetDateTime quick = Dates.dateTime(chars, c.textOffset(), c.textLength());
      return quick != null ? quick : in.dateTime(c.text(), here);
    }
    if (token == JsonToken.NULL) {
      return null;
    }
    throw c.mismatch(String.class);
  }

  private MemberId memberId() {
    int entry = memberIdEntry();
    return entry < 0 ? null : ids.id(entry);
  }

  /** The entry of the member id that is the current token, -1 for {@code null}. */
  private int memberIdEntry() {
    if (token == JsonToken.STRING) {
      return idEntry();
    }
    if (token == JsonToken.NULL) {
      return -1;
    }
    throw c.mismatch(String.class);
  }

  /** The entry of the member id whose text is the current string token, without a new String. */
  private int idEntry() {
    char[] chars = c.textCharacters();
    return ids.entry(chars, c.textOffset(), c.textLength());
  }

  private void strings(Consumer<String> add) {
    if (array()) {
      while (element()) {
        String value = text();
        add.accept(value);
      }
    }
  }

  /** A list of codes that stands for a set: each code once. */
  private <E extends Enum<E> & Vocabulary> void codes(Class<E> type, Consumer<E> add) {
    if (!array()) {
      return;
    }
    long seen = 0;
    EnumSet<E> more = null;
    while (element()) {
      if (token != JsonToken.STRING) {
        throw c.mismatch(String.class);
      }
      E value = knownCode(type);
      int ordinal = value.ordinal();
      boolean repeated;
      if (ordinal < Long.SIZE) {
        repeated = (seen & (1L << ordinal)) != 0;
        seen |= 1L << ordinal;
      } else {
        if (more == null) {
          more = EnumSet.noneOf(type);
        }
        repeated = !more.add(value);
      }
      if (repeated) {
        throw repeated(c.text());
      }
      add.accept(value);
    }
  }

  /**
   * A list of member ids that stands for a set: each id once, compared by its text. The ids'
   * entries are kept in {@link #attendees} for {@link #hintPositions}.
   */
  private void idSet(Consumer<MemberId> add) {
    attendeeCount = 0;
    if (!array()) {
      return;
    }
    int list = ++idList;
    while (element()) {
      if (token != JsonToken.STRING) {
        throw c.mismatch(String.class);
      }
      int entry = idEntry();
      MemberId id = ids.id(entry);
      if (!ids.mark(entry, list)) {
        throw repeated(id.getValue());
      }
      add.accept(id);
      if (attendeeCount == attendees.length) {
        attendees = Arrays.copyOf(attendees, attendeeCount * 2);
      }
      attendees[attendeeCount++] = entry;
    }
  }

  /**
   * Leaves on the attendance just built the roster positions of its ids (docs/adr/0012), so that
   * the first validation or writing of the plan finds them without reading an id. Only when every
   * attendee is on the roster read so far: a document whose practice comes before its community
   * (cop writes the community first) gets none, and the first reader makes them.
   */
  private void hintPositions(Set<MemberId> attendance) {
    int n = attendeeCount;
    if (n == 0 || !(attendance instanceof ArraySet<?> set) || set.size() != n) {
      return;
    }
    int[] positions = new int[n];
    for (int j = 0; j < n; j++) {
      int position = ids.rosterPosition(attendees[j]);
      if (position < 0) {
        return;
      }
      positions[j] = position;
    }
    set.hintPositions(positions);
  }

  private CopJsonException repeated(String text) {
    return WireIn.repeatedValue(here, "'" + text + "'");
  }

  /** Hands a value read to the builder, leaving an absent ({@code null}) one unset. */
  private static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  // ---- the plan ------------------------------------------------------------------------------

  private CommunityOfPractice plan() {
    var b = CommunityOfPractice.builder();
    Integer version = null;
    String id = null;
    String name = null;
    String authority = null;
    String zone = null;
    for (String n; (n = name(PLAN_NAMES)) != null; ) {
      switch (n) {
        case SCHEMA_VERSION -> {
          version = whole();
          if (version != null) {
            in.schemaVersion(version, here);
          }
        }
        case ID -> id = text();
        case NAME -> name = text();
        case AUTHORITY -> authority = text();
        case STATUS -> {
          LifecycleStatus status = code(LifecycleStatus.class);
          if (status != null) {
            b.status(status);
          }
        }
        case CREATED_ON -> set(date(), b::createdOn);
        case LAUNCHED_ON -> set(date(), b::launchedOn);
        case CLOSED_ON -> set(date(), b::closedOn);
        case TIME_ZONE -> {
          zone = text();
          if (zone != null) {
            b.timeZone(in.zone(zone, here));
          }
        }
        case DOMAIN -> {
          if (object(PlanWire.Domain.class)) {
            b.domain(domain());
          }
        }
        case COMMUNITY -> {
          if (object(PlanWire.Community.class)) {
            b.community(community());
          }
        }
        case PRACTICE -> {
          if (object(PlanWire.Practice.class)) {
            b.practice(practice());
          }
        }
        case FURTHER_APPLICATION -> {
          if (object(PlanWire.FurtherApplication.class)) {
            b.furtherApplication(furtherApplication());
          }
        }
        case DEVELOPMENT_STAGE -> {
          DevelopmentStage stage = code(DevelopmentStage.class);
          if (stage != null) {
            b.developmentStage(stage);
          }
        }
        case RENEWAL_DECISIONS -> {
          if (array()) {
            while (element()) {
              b.addRenewalDecision(renewal());
            }
          }
        }
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    if (version == null) {
      in.schemaVersion(null, JsonPointers.child(here, SCHEMA_VERSION));
    }
    need(id, ID);
    need(name, NAME);
    need(authority, AUTHORITY);
    need(zone, TIME_ZONE);
    return b.id(id).name(name).authority(authority).build();
  }

  private Domain domain() {
    var b = Domain.builder();
    for (String n; (n = name(DOMAIN_NAMES)) != null; ) {
      switch (n) {
        case SHARED_INTEREST -> set(text(), b::sharedInterest);
        case SHARED_EXPERTISE -> set(text(), b::sharedExpertise);
        case EQUITY_CENTRED -> {
          Boolean value = flag();
          if (value != null) {
            b.equityCentred(value);
          }
        }
        case PURPOSE -> {
          if (object(PlanWire.Purpose.class)) {
            b.purpose(purpose());
          }
        }
        case PROBLEMS_OF_PRACTICE -> {
          if (array()) {
            while (element()) {
              b.addProblemsOfPractice(problem());
            }
          }
        }
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    return b.build();
  }

  private Purpose purpose() {
    var b = Purpose.builder();
    for (String n; (n = name(PURPOSE_NAMES)) != null; ) {
      switch (n) {
        case STATEMENT -> {
          if (object(PlanWire.PurposeStatement.class)) {
            b.statement(statement());
          }
        }
        case TYPES -> codes(PurposeType.class, b::addType);
        case CUSTOM_PURPOSE -> set(text(), b::customPurpose);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    return b.build();
  }

  private PurposeStatement statement() {
    var b = PurposeStatement.builder();
    for (String n; (n = name(STATEMENT_NAMES)) != null; ) {
      switch (n) {
        case AUDIENCE -> set(text(), b::audience);
        case SHARED_CONCERN -> set(text(), b::sharedConcern);
        case COMMITMENT -> set(text(), b::commitment);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    return b.build();
  }

  private ProblemOfPractice problem() {
    object(PlanWire.ProblemOfPractice.class);
    var b = ProblemOfPractice.builder();
    String id = null;
    String statement = null;
    for (String n; (n = name(PROBLEM_NAMES)) != null; ) {
      switch (n) {
        case ID -> id = text();
        case STATEMENT -> statement = text();
        case EQUITY_FOCUS -> set(text(), b::equityFocus);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(id, ID);
    need(statement, STATEMENT);
    return b.id(id).statement(statement).build();
  }

  // ---- community -----------------------------------------------------------------------------

  private Community community() {
    var b = Community.builder();
    for (String n; (n = name(COMMUNITY_NAMES)) != null; ) {
      switch (n) {
        case MEMBERSHIP -> {
          if (object(PlanWire.Membership.class)) {
            b.membership(membership());
          }
        }
        case LEADERSHIP -> {
          if (object(PlanWire.Leadership.class)) {
            b.leadership(leadership());
          }
        }
        case NORMS -> {
          if (object(PlanWire.Norms.class)) {
            b.norms(norms());
          }
        }
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    return b.build();
  }

  private Membership membership() {
    var b = Membership.builder();
    for (String n; (n = name(MEMBERSHIP_NAMES)) != null; ) {
      switch (n) {
        case IDEAL_MEMBER_PROFILE -> set(text(), b::idealMemberProfile);
        case REQUIRED_MEMBERS -> {
          if (array()) {
            while (element()) {
              b.addRequiredMember(requiredMember());
            }
          }
        }
        case IDEAL_SIZE -> {
          if (object(PlanWire.SizeRange.class)) {
            b.idealSize(sizeRange());
          }
        }
        case INVITATION_APPROACH -> set(text(), b::invitationApproach);
        case COHORT_TYPE -> set(code(CohortType.class), b::cohortType);
        case DECISION_ROUTE -> set(text(), b::decisionRoute);
        case MEMBERS -> {
          if (array()) {
            for (int position = 0; element(); position++) {
              b.addMember(member());
              if (memberEntry >= 0) {
                ids.onRoster(memberEntry, position);
              }
            }
          }
        }
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    return b.build();
  }

  private RequiredMember requiredMember() {
    object(PlanWire.RequiredMember.class);
    var b = RequiredMember.builder();
    String who = null;
    for (String n; (n = name(REQUIRED_MEMBER_NAMES)) != null; ) {
      switch (n) {
        case WHO -> who = text();
        case REASON -> set(text(), b::reason);
        case MEMBER_ID -> set(memberId(), b::memberId);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(who, WHO);
    return b.who(who).build();
  }

  private SizeRange sizeRange() {
    var b = ImmutableSizeRange.builder();
    Integer min = null;
    Integer max = null;
    for (String n; (n = name(SIZE_RANGE_NAMES)) != null; ) {
      switch (n) {
        case MIN -> min = whole();
        case MAX -> max = whole();
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(min, MIN);
    need(max, MAX);
    return b.min(min).max(max).build();
  }

  private Member member() {
    object(PlanWire.Member.class);
    var b = Member.builder();
    MemberId id = null;
    Person person = null;
    ParticipationTier tier = null;
    memberEntry = -1;
    for (String n; (n = name(MEMBER_NAMES)) != null; ) {
      switch (n) {
        case ID -> {
          memberEntry = memberIdEntry();
          id = memberEntry < 0 ? null : ids.id(memberEntry);
        }
        case PERSON -> {
          if (object(PlanWire.Person.class)) {
            person = person();
          }
        }
        case KIND -> {
          ParticipantKind kind = code(ParticipantKind.class);
          if (kind != null) {
            b.kind(kind);
          }
        }
        case TIER -> tier = code(ParticipationTier.class);
        case TIER_HISTORY -> {
          if (array()) {
            while (element()) {
              b.addTierHistory(tierChange());
            }
          }
        }
        case STATUS_HISTORY -> {
          if (array()) {
            while (element()) {
              b.addStatusHistory(statusChange());
            }
          }
        }
        case DECISION_MAKER -> {
          Boolean value = flag();
          if (value != null) {
            b.decisionMaker(value);
          }
        }
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(id, ID);
    need(person, PERSON);
    need(tier, TIER);
    return b.id(id).person(person).tier(tier).build();
  }

  private Person person() {
    var b = Person.builder();
    String name = null;
    for (String n; (n = name(PERSON_NAMES)) != null; ) {
      switch (n) {
        case NAME -> name = text();
        case ROLE -> set(text(), b::role);
        case ROLE_CATEGORY -> set(code(RoleCategory.class), b::roleCategory);
        case ORGANISATION -> set(text(), b::organisation);
        case CONTACT -> {
          if (object(PlanWire.ContactInfo.class)) {
            b.contact(contact());
          }
        }
        case EXTERNAL_ID -> set(text(), b::externalId);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(name, NAME);
    return b.name(name).build();
  }

  private ContactInfo contact() {
    var b = ContactInfo.builder();
    for (String n; (n = name(CONTACT_NAMES)) != null; ) {
      switch (n) {
        case EMAIL -> set(text(), b::email);
        case PHONE -> set(text(), b::phone);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    return b.build();
  }

  private StatusChange statusChange() {
    object(PlanWire.StatusChange.class);
    var b = ImmutableStatusChange.builder();
    java.time.LocalDate on = null;
    MembershipStatus status = null;
    for (String n; (n = name(STATUS_CHANGE_NAMES)) != null; ) {
      switch (n) {
        case EFFECTIVE_ON -> on = date();
        case STATUS -> status = code(MembershipStatus.class);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(on, EFFECTIVE_ON);
    need(status, STATUS);
    return b.effectiveOn(on).status(status).build();
  }

  private TierChange tierChange() {
    object(PlanWire.TierChange.class);
    var b = ImmutableTierChange.builder();
    java.time.LocalDate on = null;
    ParticipationTier tier = null;
    for (String n; (n = name(TIER_CHANGE_NAMES)) != null; ) {
      switch (n) {
        case EFFECTIVE_ON -> on = date();
        case TIER -> tier = code(ParticipationTier.class);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(on, EFFECTIVE_ON);
    need(tier, TIER);
    return b.effectiveOn(on).tier(tier).build();
  }

  private Leadership leadership() {
    var b = Leadership.builder();
    for (String n; (n = name(LEADERSHIP_NAMES)) != null; ) {
      switch (n) {
        case STRUCTURE -> set(code(LeadershipStructure.class), b::structure);
        case ROTATION -> set(text(), b::rotation);
        case LEADERS -> {
          if (array()) {
            while (element()) {
              b.addLeader(leader());
            }
          }
        }
        case COMMUNICATION -> set(text(), b::communication);
        case SUPPORT -> set(text(), b::support);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    return b.build();
  }

  private Leader leader() {
    object(PlanWire.Leader.class);
    var b = Leader.builder();
    MemberId id = null;
    for (String n; (n = name(LEADER_NAMES)) != null; ) {
      switch (n) {
        case MEMBER_ID -> id = memberId();
        case DUTIES -> codes(LeadershipDuty.class, b::addDuty);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(id, MEMBER_ID);
    return b.memberId(id).build();
  }

  private Norms norms() {
    var b = Norms.builder();
    for (String n; (n = name(NORMS_NAMES)) != null; ) {
      switch (n) {
        case NORMS -> {
          if (array()) {
            while (element()) {
              b.addNorm(norm());
            }
          }
        }
        case DEVELOPMENT_PROCESS -> set(text(), b::developmentProcess);
        case VALUES_ALIGNMENT -> set(text(), b::valuesAlignment);
        case VERSION -> {
          Integer version = whole();
          if (version != null) {
            b.version(version);
          }
        }
        case AGREEMENTS -> {
          if (array()) {
            while (element()) {
              b.addAgreement(agreement());
            }
          }
        }
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    return b.build();
  }

  private Norm norm() {
    object(PlanWire.Norm.class);
    var b = Norm.builder();
    String text = null;
    for (String n; (n = name(NORM_NAMES)) != null; ) {
      switch (n) {
        case TEXT -> text = text();
        case TOPICS -> codes(NormTopic.class, b::addTopic);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(text, TEXT);
    return b.text(text).build();
  }

  private NormAgreement agreement() {
    object(PlanWire.NormAgreement.class);
    var b = ImmutableNormAgreement.builder();
    MemberId id = null;
    Integer version = null;
    java.time.LocalDate on = null;
    for (String n; (n = name(AGREEMENT_NAMES)) != null; ) {
      switch (n) {
        case MEMBER_ID -> id = memberId();
        case VERSION -> version = whole();
        case AGREED_ON -> on = date();
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(id, MEMBER_ID);
    need(version, VERSION);
    need(on, AGREED_ON);
    return b.memberId(id).version(version).agreedOn(on).build();
  }

  // ---- practice ------------------------------------------------------------------------------

  private Practice practice() {
    var b = Practice.builder();
    for (String n; (n = name(PRACTICE_NAMES)) != null; ) {
      switch (n) {
        case LAUNCH_PLAN -> {
          if (object(PlanWire.LaunchPlan.class)) {
            b.launchPlan(launchPlan());
          }
        }
        case MEETINGS -> {
          if (array()) {
            while (element()) {
              b.addMeeting(meeting());
            }
          }
        }
        case IMPROVEMENT_WORK -> {
          if (array()) {
            while (element()) {
              b.addImprovementWork(improvementWork());
            }
          }
        }
        case RESULTS -> {
          if (object(PlanWire.Results.class)) {
            b.results(results());
          }
        }
        case REFLECTIONS -> {
          if (array()) {
            while (element()) {
              b.addReflection(reflection());
            }
          }
        }
        case RESOURCE_BANK -> {
          if (array()) {
            while (element()) {
              b.addResourceBank(resource());
            }
          }
        }
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    return b.build();
  }

  private LaunchPlan launchPlan() {
    var b = LaunchPlan.builder();
    for (String n; (n = name(LAUNCH_PLAN_NAMES)) != null; ) {
      switch (n) {
        case LAUNCH_DATE -> set(date(), b::launchDate);
        case CADENCE -> {
          if (object(PlanWire.Cadence.class)) {
            b.cadence(cadence());
          }
        }
        case MEETING_LENGTH -> {
          String text = text();
          if (text != null) {
            b.meetingLength(in.duration(text, here));
          }
        }
        case FORMAT -> set(code(MeetingFormat.class), b::format);
        case PLACE -> set(text(), b::place);
        case PLATFORM -> set(text(), b::platform);
        case STANDING_AGENDA_ITEMS -> strings(b::addStandingAgendaItem);
        case ACTIVITY_KINDS -> codes(ActivityKind.class, b::addActivityKind);
        case TOOLS -> {
          if (array()) {
            while (element()) {
              b.addTool(tool());
            }
          }
        }
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    return b.build();
  }

  private Cadence cadence() {
    var b = Cadence.builder();
    CadenceKind kind = null;
    for (String n; (n = name(CADENCE_NAMES)) != null; ) {
      switch (n) {
        case KIND -> kind = code(CadenceKind.class);
        case INTERVAL_WEEKS -> set(whole(), b::intervalWeeks);
        case INTERVAL_MONTHS -> set(whole(), b::intervalMonths);
        case WEEK_OF_MONTH -> set(whole(), b::weekOfMonth);
        case DAY_OF_MONTH -> set(whole(), b::dayOfMonth);
        case WEEKS_OF_MONTH -> {
          if (array()) {
            while (element()) {
              b.addWeeksOfMonth(whole());
            }
          }
        }
        case DAYS_OF_MONTH -> {
          if (array()) {
            while (element()) {
              b.addDaysOfMonth(whole());
            }
          }
        }
        case DAY_OF_WEEK -> {
          String text = text();
          if (text != null) {
            b.dayOfWeek(in.dayOfWeek(text, here));
          }
        }
        case START_TIME -> {
          String text = text();
          if (text != null) {
            b.startTime(in.time(text, here));
          }
        }
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(kind, KIND);
    return b.kind(kind).build();
  }

  private Tool tool() {
    object(PlanWire.Tool.class);
    var b = Tool.builder();
    String name = null;
    for (String n; (n = name(TOOL_NAMES)) != null; ) {
      switch (n) {
        case NAME -> name = text();
        case USES -> codes(ToolUse.class, b::addUse);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(name, NAME);
    return b.name(name).build();
  }

  private Meeting meeting() {
    object(PlanWire.Meeting.class);
    var b = Meeting.builder();
    String id = null;
    attendeeCount = 0;
    for (String n; (n = name(MEETING_NAMES)) != null; ) {
      switch (n) {
        case ID -> id = text();
        case TITLE -> set(text(), b::title);
        case START -> set(dateTime(), b::start);
        case END -> set(dateTime(), b::end);
        case TOPICS -> strings(b::addTopic);
        case ACTIVITIES -> codes(ActivityKind.class, b::addActivity);
        case GUIDING_QUESTIONS -> strings(b::addGuidingQuestion);
        case RESOURCES -> strings(b::addResource);
        case FACILITATOR -> set(memberId(), b::facilitator);
        case INCLUDES -> codes(MeetingElement.class, b::addInclude);
        case RESCHEDULED_FROM -> set(date(), b::rescheduledFrom);
        case ATTENDANCE -> idSet(b::addAttendance);
        case NOTES -> set(text(), b::notes);
        case DECISIONS -> strings(b::addDecision);
        case ACTION_ITEMS -> {
          if (array()) {
            while (element()) {
              b.addActionItem(actionItem());
            }
          }
        }
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(id, ID);
    Meeting meeting = b.id(id).build();
    hintPositions(meeting.getAttendance());
    return meeting;
  }

  private ActionItem actionItem() {
    object(PracticeRecordsWire.ActionItem.class);
    var b = ActionItem.builder();
    String description = null;
    for (String n; (n = name(ACTION_ITEM_NAMES)) != null; ) {
      switch (n) {
        case DESCRIPTION -> description = text();
        case OWNER -> set(memberId(), b::owner);
        case DUE_ON -> set(date(), b::dueOn);
        case STATUS -> {
          ActionItemStatus status = code(ActionItemStatus.class);
          if (status != null) {
            b.status(status);
          }
        }
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(description, DESCRIPTION);
    return b.description(description).build();
  }

  private ImprovementWork improvementWork() {
    object(PlanWire.ImprovementWork.class);
    var b = ImprovementWork.builder();
    String problem = null;
    for (String n; (n = name(IMPROVEMENT_WORK_NAMES)) != null; ) {
      switch (n) {
        case PROBLEM_OF_PRACTICE_ID -> problem = text();
        case AIM -> {
          if (object(PlanWire.Aim.class)) {
            b.aim(aim());
          }
        }
        case MEASURES -> {
          if (array()) {
            while (element()) {
              b.addMeasure(measure());
            }
          }
        }
        case CYCLES -> {
          if (array()) {
            while (element()) {
              b.addCycle(cycle());
            }
          }
        }
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(problem, PROBLEM_OF_PRACTICE_ID);
    return b.problemOfPracticeId(problem).build();
  }

  private Aim aim() {
    var b = Aim.builder();
    String statement = null;
    for (String n; (n = name(AIM_NAMES)) != null; ) {
      switch (n) {
        case STATEMENT -> statement = text();
        case MEASURE -> set(text(), b::measure);
        case TARGET -> set(text(), b::target);
        case BY -> set(date(), b::by);
        case RESULT -> set(text(), b::result);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(statement, STATEMENT);
    return b.statement(statement).build();
  }

  private Measure measure() {
    object(PlanWire.Measure.class);
    var b = Measure.builder();
    String name = null;
    MeasureKind kind = null;
    for (String n; (n = name(MEASURE_NAMES)) != null; ) {
      switch (n) {
        case NAME -> name = text();
        case KIND -> kind = code(MeasureKind.class);
        case DESCRIPTION -> set(text(), b::description);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(name, NAME);
    need(kind, KIND);
    return b.name(name).kind(kind).build();
  }

  private InquiryCycle cycle() {
    object(PlanWire.InquiryCycle.class);
    var b = InquiryCycle.builder();
    String id = null;
    for (String n; (n = name(CYCLE_NAMES)) != null; ) {
      switch (n) {
        case ID -> id = text();
        case QUESTION -> set(text(), b::question);
        case PREDICTION -> set(text(), b::prediction);
        case DONE -> set(text(), b::done);
        case STUDY -> set(text(), b::study);
        case DECISION -> set(code(CycleDecision.class), b::decision);
        case STARTED_ON -> set(date(), b::startedOn);
        case COMPLETED_ON -> set(date(), b::completedOn);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(id, ID);
    return b.id(id).build();
  }

  private Results results() {
    var b = Results.builder();
    for (String n; (n = name(RESULTS_NAMES)) != null; ) {
      switch (n) {
        case FEEDBACK_METHODS -> {
          if (array()) {
            while (element()) {
              b.addFeedbackMethod(feedbackMethod());
            }
          }
        }
        case PLANNED_EVIDENCE -> {
          if (array()) {
            while (element()) {
              b.addPlannedEvidence(evidence());
            }
          }
        }
        case COLLECTED_EVIDENCE -> {
          if (array()) {
            while (element()) {
              b.addCollectedEvidence(evidence());
            }
          }
        }
        case SUCCESS_CRITERIA -> set(text(), b::successCriteria);
        case LEGACY -> {
          if (object(PlanWire.Legacy.class)) {
            b.legacy(legacy());
          }
        }
        case CELEBRATIONS -> {
          if (array()) {
            while (element()) {
              b.addCelebration(celebration());
            }
          }
        }
        case FEEDBACK_RECEIVED -> {
          if (array()) {
            while (element()) {
              b.addFeedbackReceived(feedback());
            }
          }
        }
        case VALUE_STORIES -> {
          if (array()) {
            while (element()) {
              b.addValueStory(story());
            }
          }
        }
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    return b.build();
  }

  private FeedbackMethod feedbackMethod() {
    object(PlanWire.FeedbackMethod.class);
    var b = FeedbackMethod.builder();
    String description = null;
    for (String n; (n = name(FEEDBACK_METHOD_NAMES)) != null; ) {
      switch (n) {
        case DESCRIPTION -> description = text();
        case SCHEDULE -> set(text(), b::schedule);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(description, DESCRIPTION);
    return b.description(description).build();
  }

  private Evidence evidence() {
    object(PlanWire.Evidence.class);
    var b = Evidence.builder();
    EvidenceKind kind = null;
    String description = null;
    for (String n; (n = name(EVIDENCE_NAMES)) != null; ) {
      switch (n) {
        case ID -> set(text(), b::id);
        case KIND -> kind = code(EvidenceKind.class);
        case PURPOSE_TYPE -> set(code(PurposeType.class), b::purposeType);
        case DESCRIPTION -> description = text();
        case COLLECTED_ON -> set(date(), b::collectedOn);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(kind, KIND);
    need(description, DESCRIPTION);
    return b.kind(kind).description(description).build();
  }

  private Legacy legacy() {
    var b = Legacy.builder();
    String description = null;
    for (String n; (n = name(LEGACY_NAMES)) != null; ) {
      switch (n) {
        case DESCRIPTION -> description = text();
        case STAKEHOLDERS -> strings(b::addStakeholder);
        case COMMUNICATION -> set(text(), b::communication);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(description, DESCRIPTION);
    return b.description(description).build();
  }

  private Celebration celebration() {
    object(PlanWire.Celebration.class);
    var b = Celebration.builder();
    String description = null;
    for (String n; (n = name(CELEBRATION_NAMES)) != null; ) {
      switch (n) {
        case DESCRIPTION -> description = text();
        case ON -> set(date(), b::on);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(description, DESCRIPTION);
    return b.description(description).build();
  }

  private FeedbackReceived feedback() {
    object(PracticeRecordsWire.FeedbackReceived.class);
    var b = FeedbackReceived.builder();
    String summary = null;
    for (String n; (n = name(FEEDBACK_NAMES)) != null; ) {
      switch (n) {
        case RECEIVED_ON -> {
          java.time.LocalDate on = date();
          if (on != null) {
            b.receivedOn(on);
          }
        }
        case METHOD -> set(text(), b::method);
        case SUMMARY -> summary = text();
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(summary, SUMMARY);
    return b.summary(summary).build();
  }

  private ValueStory story() {
    object(PracticeRecordsWire.ValueStory.class);
    var b = ValueStory.builder();
    String narrative = null;
    for (String n; (n = name(STORY_NAMES)) != null; ) {
      switch (n) {
        case AUTHOR -> {
          MemberId author = memberId();
          if (author != null) {
            b.author(author);
          }
        }
        case TOLD_ON -> {
          java.time.LocalDate on = date();
          if (on != null) {
            b.toldOn(on);
          }
        }
        case NARRATIVE -> narrative = text();
        case CYCLES -> codes(ValueCycle.class, b::addCycle);
        case PURPOSE_TYPES -> codes(PurposeType.class, b::addPurposeType);
        case EVIDENCE -> strings(b::addEvidence);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(narrative, NARRATIVE);
    return b.narrative(narrative).build();
  }

  private RenewalDecision renewal() {
    object(PracticeRecordsWire.RenewalDecision.class);
    var b = RenewalDecision.builder();
    java.time.LocalDate on = null;
    RenewalOutcome outcome = null;
    for (String n; (n = name(RENEWAL_NAMES)) != null; ) {
      switch (n) {
        case DECIDED_ON -> on = date();
        case OUTCOME -> outcome = code(RenewalOutcome.class);
        case REASON -> set(text(), b::reason);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(on, DECIDED_ON);
    need(outcome, OUTCOME);
    return b.decidedOn(on).outcome(outcome).build();
  }

  private SharedResource resource() {
    object(PracticeRecordsWire.SharedResource.class);
    var b = SharedResource.builder();
    String title = null;
    for (String n; (n = name(RESOURCE_NAMES)) != null; ) {
      switch (n) {
        case TITLE -> title = text();
        case LINK -> set(text(), b::link);
        case KIND -> {
          ResourceKind kind = code(ResourceKind.class);
          if (kind != null) {
            b.kind(kind);
          }
        }
        case TAGS -> strings(b::addTag);
        case CONTRIBUTOR -> {
          MemberId contributor = memberId();
          if (contributor != null) {
            b.contributor(contributor);
          }
        }
        case ADDED_ON -> {
          java.time.LocalDate on = date();
          if (on != null) {
            b.addedOn(on);
          }
        }
        case LEGACY -> {
          Boolean legacy = flag();
          if (legacy != null) {
            b.legacy(legacy);
          }
        }
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(title, TITLE);
    return b.title(title).build();
  }

  private Reflection reflection() {
    object(PlanWire.Reflection.class);
    var b = Reflection.builder();
    MemberId id = null;
    for (String n; (n = name(REFLECTION_NAMES)) != null; ) {
      switch (n) {
        case MEMBER_ID -> id = memberId();
        case NEW_LEARNING -> set(text(), b::newLearning);
        case APPLICATION -> set(text(), b::application);
        case SELF_REFLECTIVE_PRACTICES -> strings(b::addSelfReflectivePractice);
        case COMPETENCIES -> {
          if (array()) {
            while (element()) {
              b.addCompetency(competency());
            }
          }
        }
        case PRIVATE_TO_AUTHOR -> {
          Boolean value = flag();
          if (value != null) {
            b.privateToAuthor(value);
          }
        }
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(id, MEMBER_ID);
    return b.memberId(id).build();
  }

  private CompetencyRef competency() {
    object(PlanWire.CompetencyRef.class);
    var b = ImmutableCompetencyRef.builder();
    String framework = null;
    String competency = null;
    for (String n; (n = name(COMPETENCY_NAMES)) != null; ) {
      switch (n) {
        case FRAMEWORK_ID -> framework = text();
        case COMPETENCY_ID -> competency = text();
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(framework, FRAMEWORK_ID);
    need(competency, COMPETENCY_ID);
    return b.frameworkId(framework).competencyId(competency).build();
  }

  // ---- further application -------------------------------------------------------------------

  private FurtherApplication furtherApplication() {
    var b = FurtherApplication.builder();
    for (String n; (n = name(FURTHER_APPLICATION_NAMES)) != null; ) {
      switch (n) {
        case OTHER_USES -> {
          if (array()) {
            while (element()) {
              b.addOtherUse(otherUse());
            }
          }
        }
        case ADAPTABLE_TEAMS -> strings(b::addAdaptableTeam);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    return b.build();
  }

  private OtherUse otherUse() {
    object(PlanWire.OtherUse.class);
    var b = OtherUse.builder();
    String description = null;
    for (String n; (n = name(OTHER_USE_NAMES)) != null; ) {
      switch (n) {
        case DESCRIPTION -> description = text();
        case PURPOSE_TYPES -> codes(PurposeType.class, b::addPurposeType);
        default -> b.putUnknownProperty(n, unknown(n));
      }
    }
    need(description, DESCRIPTION);
    return b.description(description).build();
  }
}
