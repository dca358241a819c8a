package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.DevelopmentStage;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.model.internal.ArraySet;
import org.edcop.model.internal.MemberIdHints;
import org.junit.jupiter.api.Test;

/**
 * The plan writer writes a meeting's attendance from its copy of the roster's texts when the set's
 * position hints (or the ids' memos) name the roster's own instances, and leaves hints for the next
 * call: the tokens are those of the plain path, and the attendees come in {@code String.compareTo}
 * order. Seeded random rosters of awkward texts; the seed is in every failure message.
 */
class AttendanceHintsTest {

  /** Records every token; a text written from a char range is marked as such. */
  private static final class Tokens implements TokenSink {
    final List<String> all = new ArrayList<>();

    /** Each attendance array: its texts, and whether all came from char ranges. */
    final List<List<String>> attendances = new ArrayList<>();

    final List<Boolean> fromRanges = new ArrayList<>();
    private boolean inAttendance;

    @Override
    public void startObject() {
      all.add("{");
    }

    @Override
    public void endObject() {
      all.add("}");
    }

    @Override
    public void startArray() {
      all.add("[");
    }

    @Override
    public void endArray() {
      all.add("]");
      inAttendance = false;
    }

    @Override
    public void name(String name) {
      all.add("name " + name);
      inAttendance = name.equals(WireNames.ATTENDANCE);
      if (inAttendance) {
        attendances.add(new ArrayList<>());
        fromRanges.add(true);
      }
    }

    @Override
    public void string(String value) {
      text(value, false);
    }

    @Override
    public void string(char[] chars, int offset, int length) {
      text(new String(chars, offset, length), true);
    }

    private void text(String value, boolean range) {
      all.add("string " + value);
      if (inAttendance) {
        attendances.get(attendances.size() - 1).add(value);
        if (!range) {
          fromRanges.set(fromRanges.size() - 1, false);
        }
      }
    }

    @Override
    public void number(Number value) {
      all.add("number " + value);
    }

    @Override
    public void bool(boolean value) {
      all.add("bool " + value);
    }

    @Override
    public void raw(String json) {
      all.add("raw " + json);
    }
  }

  /** Pieces of awkward ids: ASCII, Latin-1, escapes, a surrogate pair, the last BMP char. */
  private static final String[] PIECES = {
    "m",
    "m-",
    "1",
    "10",
    "2",
    "a",
    "B",
    "\u00e9",
    "\u03a9",
    "\"",
    "\\",
    "\n",
    "\u0001",
    "\u2028",
    "\ud83d\ude00",
    "\uffff",
    "\ud800\udc00",
    "</"
  };

  private static List<MemberId> randomIds(Random random, int count) {
    Set<String> texts = new LinkedHashSet<>();
    while (texts.size() < count) {
      StringBuilder text = new StringBuilder();
      for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      texts.add(text.toString());
    }
    return texts.stream().map(MemberId::of).toList();
  }

  private static CommunityOfPractice plan(List<MemberId> roster, List<Set<MemberId>> meetings) {
    var membership = Membership.builder();
    for (MemberId id : roster) {
      membership.addMembers(Member.of(id, Person.of("p"), ParticipationTier.ACTIVE));
    }
    var practice = Practice.builder();
    for (int i = 0; i < meetings.size(); i++) {
      practice.addMeetings(
          Meeting.builder().id("mt-" + i).title("t").attendance(meetings.get(i)).build());
    }
    return CommunityOfPractice.builder()
        .id("c")
        .name("n")
        .authority("a")
        .createdOn(LocalDate.of(2026, 1, 1))
        .timeZone(ZoneId.of("UTC"))
        .developmentStage(DevelopmentStage.POTENTIAL)
        .community(Community.builder().membership(membership.build()).build())
        .practice(practice.build())
        .build();
  }

  /** Random attendances of the roster's own instances, in random order, of 1 to 40 attendees. */
  private static List<Set<MemberId>> meetings(Random random, List<MemberId> roster, int count) {
    List<Set<MemberId>> meetings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<MemberId> shuffled = new ArrayList<>(roster);
      Collections.shuffle(shuffled, random);
      meetings.add(
          new LinkedHashSet<>(
              shuffled.subList(0, 1 + random.nextInt(Math.min(40, roster.size())))));
    }
    return meetings;
  }

  /** The same plan with every attendee a fresh, equal id: what the plain path writes. */
  private static CommunityOfPractice plain(CommunityOfPractice plan) {
    Practice practice = plan.getPractice();
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting meeting : practice.getMeetings()) {
      List<MemberId> fresh =
          meeting.getAttendance().stream().map(id -> MemberId.of(id.getValue())).toList();
      meetings.add(Meeting.builder().from(meeting).attendance(fresh).build());
    }
    return CommunityOfPractice.builder()
        .from(plan)
        .practice(Practice.builder().from(practice).meetings(meetings).build())
        .build();
  }

  private static Tokens write(CommunityOfPractice plan) throws IOException {
    Tokens tokens = new Tokens();
    PlanWriter.plan(tokens, plan);
    return tokens;
  }

  private static List<MemberId> rosterOf(CommunityOfPractice plan) {
    return plan.getCommunity().getMembership().getMembers().stream().map(Member::getId).toList();
  }

  /** Every meeting's set holds hints naming the positions of its very elements on the roster. */
  private static void assertHintsName(CommunityOfPractice plan, long seed) {
    List<MemberId> roster = rosterOf(plan);
    for (Meeting meeting : plan.getPractice().getMeetings()) {
      ArraySet<?> set = (ArraySet<?>) meeting.getAttendance();
      int[] hints = set.positionHints();
      assertThat(hints).as("seed %d: hints of %s", seed, meeting.getId()).isNotNull();
      for (int j = 0; j < hints.length; j++) {
        assertThat(roster.get(hints[j])).as("seed %d", seed).isSameAs(set.get(j));
      }
    }
  }

  @Test
  void attendanceFromTheRosterCopyIsSortedAndEqualToThePlainPath() throws IOException {
    long seed = Long.getLong("cop.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int round = 0; round < 90; round++) {
      List<MemberId> roster = new ArrayList<>(randomIds(random, 1 + random.nextInt(60)));
      if (round % 3 > 0) {
        // a roster in the texts' order (sorted by positions), or all but one pair of it
        roster.sort((x, y) -> x.getValue().compareTo(y.getValue()));
        if (round % 3 == 2 && roster.size() > 1) {
          Collections.swap(roster, random.nextInt(roster.size() - 1), roster.size() - 1);
        }
      }
      CommunityOfPractice plan = plan(roster, meetings(random, roster, 1 + random.nextInt(8)));
      Tokens plainTokens = write(plain(plan));
      assertThat(plainTokens.fromRanges).as("seed %d", seed).doesNotContain(true);

      Tokens first = write(plan); // no hints yet: through the memos
      assertThat(first.fromRanges).as("seed %d", seed).doesNotContain(false);
      assertThat(first.all).as("seed %d", seed).isEqualTo(plainTokens.all);
      for (List<String> attendance : first.attendances) {
        List<String> sorted = new ArrayList<>(attendance);
        sorted.sort(String::compareTo);
        assertThat(attendance).as("seed %d", seed).isEqualTo(sorted);
      }
      assertHintsName(plan, seed);

      Tokens second = write(plan); // through the hints
      assertThat(second.fromRanges).as("seed %d", seed).doesNotContain(false);
      assertThat(second.all).as("seed %d", seed).isEqualTo(plainTokens.all);
    }
  }

  @Test
  void staleHintsAreReplacedAndNeverChangeTheTokens() throws IOException {
    long seed = Long.getLong("cop.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int round = 0; round < 40; round++) {
      List<MemberId> roster = randomIds(random, 2 + random.nextInt(40));
      CommunityOfPractice plan = plan(roster, meetings(random, roster, 1 + random.nextInt(6)));
      List<String> expected = write(plain(plan)).all;
      write(plan);

      // the same meetings (and their hinted sets) under a reordered roster
      List<Member> members = new ArrayList<>(plan.getCommunity().getMembership().getMembers());
      Collections.shuffle(members, random);
      CommunityOfPractice reordered = withMembers(plan, members);
      Tokens afterReorder = write(reordered);
      assertThat(afterReorder.all).as("seed %d", seed).isEqualTo(write(plain(reordered)).all);
      assertThat(afterReorder.fromRanges).as("seed %d", seed).doesNotContain(false);
      assertHintsName(reordered, seed);
      assertThat(write(plan).all).as("seed %d", seed).isEqualTo(expected);

      // a member removed: its meetings go the plain way, the others still through the copy
      members.remove(random.nextInt(members.size()));
      CommunityOfPractice removed = withMembers(plan, members);
      assertThat(write(removed).all).as("seed %d", seed).isEqualTo(write(plain(removed)).all);

      // hints that name wrong, negative or too large positions
      for (Meeting meeting : plan.getPractice().getMeetings()) {
        ArraySet<?> set = (ArraySet<?>) meeting.getAttendance();
        int[] wrong = new int[set.size()];
        for (int j = 0; j < wrong.length; j++) {
          wrong[j] = random.nextInt(roster.size() + 4) - 2;
        }
        set.hintPositions(wrong);
      }
      assertThat(write(plan).all).as("seed %d", seed).isEqualTo(expected);
      assertHintsName(plan, seed);
    }
  }

  @Test
  void threadsThatOverwriteEachOthersHintsStillWriteTheSameTokens() throws Exception {
    long seed = Long.getLong("cop.seed", System.nanoTime());
    Random random = new Random(seed);
    List<MemberId> roster = randomIds(random, 80);
    CommunityOfPractice plan = plan(roster, meetings(random, roster, 30));
    // the same meeting objects (and so the same sets) under a second, reordered roster: writes of
    // the two plans keep replacing each other's hints and memos
    List<Member> members = new ArrayList<>(plan.getCommunity().getMembership().getMembers());
    Collections.shuffle(members, random);
    CommunityOfPractice reordered = withMembers(plan, members);
    List<String> expected = write(plain(plan)).all;
    List<String> expectedReordered = write(plain(reordered)).all;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        boolean other = t % 2 == 1;
        results.add(
            pool.submit(
                () -> {
                  boolean same = true;
                  for (int k = 0; k < 200; k++) {
                    same &=
                        other
                            ? write(reordered).all.equals(expectedReordered)
                            : write(plan).all.equals(expected);
                  }
                  return same;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get(60, TimeUnit.SECONDS)).as("seed %d", seed).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anAttendeeThatIsNotTheRostersInstanceGoesThePlainWay() throws IOException {
    long seed = Long.getLong("cop.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int round = 0; round < 40; round++) {
      List<MemberId> roster = randomIds(random, 2 + random.nextInt(30));
      List<Set<MemberId>> meetings = meetings(random, roster, 2);
      // an equal id that is not the roster's instance, and an id not on the roster at all
      List<MemberId> equal = new ArrayList<>(meetings.get(0));
      int swap = random.nextInt(equal.size());
      equal.set(swap, MemberId.of(equal.get(swap).getValue()));
      meetings.set(0, new LinkedHashSet<>(equal));
      meetings.get(1).add(MemberId.of("not on the roster " + round));
      CommunityOfPractice plan = plan(roster, meetings);

      Tokens tokens = write(plan);
      assertThat(tokens.all).as("seed %d", seed).isEqualTo(write(plain(plan)).all);
      assertThat(tokens.fromRanges).as("seed %d", seed).containsExactly(false, false);
      for (Meeting meeting : plan.getPractice().getMeetings()) {
        assertThat(((ArraySet<?>) meeting.getAttendance()).positionHints())
            .as("seed %d: no hints for a set the roster does not hold", seed)
            .isNull();
      }
    }
  }

  @Test
  void withoutMemosOnlyValidHintsTakeTheRosterCopy() throws IOException {
    List<MemberId> roster = List.of(MemberId.of("b"), MemberId.of("a\u00e9"), MemberId.of("a"));
    RosterTexts texts = new RosterTexts(MemberIdHints.NONE);
    texts.start(roster.size());
    roster.forEach(id -> texts.add(id, id.getValue()));
    ArraySet<MemberId> set = ArraySet.copyOf("null", roster.get(0), roster.get(1), roster.get(2));

    assertThat(texts.write(new Tokens(), WireNames.ATTENDANCE, set)).isFalse();
    set.hintPositions(new int[] {0, 2, 1}); // two of them swapped
    assertThat(texts.write(new Tokens(), WireNames.ATTENDANCE, set)).isFalse();

    set.hintPositions(new int[] {0, 1, 2});
    Tokens tokens = new Tokens();
    assertThat(texts.write(tokens, WireNames.ATTENDANCE, set)).isTrue();
    assertThat(tokens.attendances).containsExactly(List.of("a", "a\u00e9", "b"));
    assertThatThrownBy(() -> set.hintPositions(new int[2]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textsCompareAsStringCompareToDoes() {
    long seed = Long.getLong("cop.seed", System.nanoTime());
    Random random = new Random(seed);
    List<MemberId> ids = randomIds(random, 200);
    RosterTexts texts = new RosterTexts(MemberIdHints.NONE);
    texts.start(0); // grows as it goes
    ids.forEach(id -> texts.add(id, id.getValue()));
    for (int p = 0; p < ids.size(); p++) {
      for (int q = 0; q < ids.size(); q++) {
        int expected = Integer.signum(ids.get(p).getValue().compareTo(ids.get(q).getValue()));
        assertThat(Integer.signum(texts.compare(p, q)))
            .as("seed %d: %s vs %s", seed, ids.get(p), ids.get(q))
            .isEqualTo(expected);
      }
    }
  }

  private static CommunityOfPractice withMembers(CommunityOfPractice plan, List<Member> members) {
    Community community = plan.getCommunity();
    return CommunityOfPractice.builder()
        .from(plan)
        .community(
            Community.builder()
                .from(community)
                .membership(
                    Membership.builder().from(community.getMembership()).members(members).build())
                .build())
        .build();
  }
}
