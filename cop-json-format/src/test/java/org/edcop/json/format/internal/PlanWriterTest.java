package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edcop.model.Cadence;
import org.edcop.model.CadenceKind;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.DevelopmentStage;
import org.edcop.model.Evidence;
import org.edcop.model.EvidenceKind;
import org.edcop.model.LaunchPlan;
import org.edcop.model.Meeting;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.Practice;
import org.edcop.model.Reflection;
import org.edcop.model.Results;
import org.edcop.model.SharedResource;
import org.edcop.model.ValueStory;
import org.edcop.testing.RandomPlans;
import org.edcop.testing.SamplePlan;
import org.edcop.testing.SamplePlans;
import org.junit.jupiter.api.Test;

/**
 * The plan writer names each property with its {@link WireNames} constant and writes them in its
 * own code order; the wire records' annotations (the schema's source) say which names each object
 * has and in which order. A sink that follows the records as the writer descends checks, on seeded
 * random plans, that every property written belongs to the record of its object and comes in the
 * record's writing order, and that the plans reach every property of every plan record.
 */
class PlanWriterTest {

  /** One open object (its record, the names written so far) or array (its element type). */
  private static final class Frame {
    final Class<?> record;
    final Type element;
    final List<String> names = new ArrayList<>();
    boolean unknownStarted;
    boolean rawExpected;

    Frame(Class<?> record, Type element) {
      this.record = record;
      this.element = element;
    }
  }

  /** Follows the wire records as the writer descends and checks each name against them. */
  private static final class CheckingSink implements TokenSink {

    final Map<Class<?>, Set<String>> seen = new HashMap<>();
    private final Deque<Frame> open = new ArrayDeque<>();
    private Type next;

    @Override
    public void startObject() {
      if (open.isEmpty()) {
        next = PlanWire.CommunityOfPractice.class; // the next plan
      } else {
        typedValue();
      }
      Class<?> record = WireShape.raw(next);
      assertThat(record.isRecord()).as("an object where %s is written", next).isTrue();
      open.push(new Frame(record, null));
    }

    @Override
    public void endObject() {
      Frame frame = open.pop();
      List<String> order =
          WireShape.of(frame.record).writingOrder().stream().map(WireShape.Property::name).toList();
      List<String> known = frame.names.stream().filter(order::contains).toList();
      assertThat(known)
          .as("the properties of %s", frame.record.getSimpleName())
          .isSortedAccordingTo((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)))
          .doesNotHaveDuplicates();
      seen.computeIfAbsent(frame.record, r -> new HashSet<>()).addAll(known);
      valueDone();
    }

    @Override
    public void startArray() {
      typedValue();
      Type list = next;
      assertThat(WireShape.raw(list))
          .as("an array where %s is written", list)
          .isEqualTo(List.class);
      open.push(new Frame(null, WireShape.argument(list, 0)));
      next = WireShape.argument(list, 0);
    }

    @Override
    public void endArray() {
      open.pop();
      valueDone();
    }

    @Override
    public void name(String name) {
      Frame frame = open.peek();
      WireShape.Property property = WireShape.of(frame.record).property(name);
      if (property == null) {
        frame.unknownStarted = true; // an unknown property, written raw after the known ones
        frame.rawExpected = true;
      } else {
        assertThat(frame.unknownStarted)
            .as("'%s' of %s after an unknown property", name, frame.record.getSimpleName())
            .isFalse();
        next = property.type();
      }
      frame.names.add(name);
    }

    @Override
    public void string(String value) {
      typedValue();
      valueDone();
    }

    @Override
    public void string(char[] chars, int offset, int length) {
      string(new String(chars, offset, length));
    }

    @Override
    public void number(Number value) {
      typedValue();
      assertThat(value).isInstanceOfAny(Integer.class, BigDecimal.class, Double.class);
      valueDone();
    }

    @Override
    public void bool(boolean value) {
      typedValue();
      valueDone();
    }

    @Override
    public void raw(String json) {
      assertThat(open.peek().rawExpected).as("raw JSON only for unknown properties").isTrue();
      open.peek().rawExpected = false;
      valueDone();
    }

    /** A value other than raw JSON: its name must be one of the record's. */
    private void typedValue() {
      Frame frame = open.peek();
      assertThat(frame != null && frame.rawExpected)
          .as("'%s' of %s is not a property of the record", last(frame), name(frame))
          .isFalse();
    }

    private static String last(Frame frame) {
      return frame == null || frame.names.isEmpty() ? "" : frame.names.get(frame.names.size() - 1);
    }

    private static String name(Frame frame) {
      return frame == null || frame.record == null ? "" : frame.record.getSimpleName();
    }

    private void valueDone() {
      Frame frame = open.peek();
      if (frame != null && frame.element != null) {
        next = frame.element; // the next element of the array
      }
    }
  }

  /** The plan with the optional parts neither the samples nor the random plans fill. */
  private static CommunityOfPractice withRareParts(CommunityOfPractice plan) {
    Practice practice = plan.getPractice();
    LaunchPlan launch = practice.getLaunchPlan();
    Meeting meeting = practice.getMeetings().get(0);
    MemberId author = plan.getCommunity().getMembership().getMembers().get(0).getId();
    Results results =
        Results.builder()
            .from(practice.getResults())
            .addCollectedEvidence(
                Evidence.builder()
                    .id("ev-rare")
                    .kind(EvidenceKind.PRODUCT)
                    .description("a product")
                    .build())
            .addValueStories(
                ValueStory.builder()
                    .author(author)
                    .narrative("a story")
                    .toldOn(LocalDate.of(2026, 5, 1))
                    .addEvidence("ev-rare")
                    .build())
            .build();
    Practice rare =
        Practice.builder()
            .from(practice)
            .launchPlan(
                LaunchPlan.builder()
                    .from(launch)
                    .cadence(
                        Cadence.builder()
                            .kind(CadenceKind.EVERY_N_MONTHS)
                            .intervalMonths(2)
                            .dayOfMonth(3)
                            .addWeeksOfMonth(1, 3)
                            .addDaysOfMonth(5, 20)
                            .startTime(LocalTime.of(15, 30))
                            .build())
                    .build())
            .meetings(
                List.of(
                    Meeting.builder()
                        .from(meeting)
                        .rescheduledFrom(LocalDate.of(2026, 1, 2))
                        .build()))
            .results(results)
            .addReflections(
                Reflection.builder()
                    .memberId(author)
                    .newLearning("private")
                    .privateToAuthor(true)
                    .build())
            .addResourceBank(
                SharedResource.builder()
                    .title("a link")
                    .link("https://example.org/a")
                    .addedOn(LocalDate.of(2026, 2, 3))
                    .build())
            .build();
    Membership membership =
        Membership.builder()
            .from(plan.getCommunity().getMembership())
            .decisionRoute("the district")
            .build();
    return CommunityOfPractice.builder()
        .from(plan)
        .developmentStage(DevelopmentStage.COALESCING)
        .practice(rare)
        .community(Community.builder().from(plan.getCommunity()).membership(membership).build())
        .build();
  }

  @Test
  void everyPropertyBelongsToItsRecordAndComesInTheRecordsOrder() throws Exception {
    CheckingSink sink = new CheckingSink();
    for (long seed : RandomPlans.seeds(200).toArray()) {
      PlanWriter.plan(sink, RandomPlans.generate(seed));
    }
    PlanWriter.plan(sink, RandomPlans.ofSize(20_261_123L, 30, 30));
    for (SamplePlan sample : SamplePlans.all()) {
      PlanWriter.plan(sink, sample.getPlan());
    }
    PlanWriter.plan(sink, withRareParts(SamplePlans.runningSnapshot().getPlan()));

    Map<String, List<String>> missing = new java.util.TreeMap<>();
    for (Class<?> record : List.of(PlanWire.class, PracticeRecordsWire.class)) {
      for (Class<?> wire : record.getDeclaredClasses()) {
        if (wire == PracticeRecordsWire.ParticipationThresholds.class) {
          continue; // a policy's, not a plan's
        }
        Set<String> seen = sink.seen.getOrDefault(wire, Set.of());
        List<String> unseen =
            WireShape.of(wire).writingOrder().stream()
                .map(WireShape.Property::name)
                .filter(name -> !seen.contains(name))
                .toList();
        if (!unseen.isEmpty()) {
          missing.put(wire.getSimpleName(), unseen);
        }
      }
    }
    assertThat(missing).as("properties no plan wrote").isEmpty();
  }

  /**
   * A meeting's attendance comes out in the order of its texts ({@code String.compareTo}), whatever
   * order the set holds: in order already (no sort), reversed, or shuffled.
   */
  @Test
  void attendanceIsWrittenInTheOrderOfItsTexts() throws Exception {
    long seed = Long.getLong("cop.seed", System.nanoTime());
    java.util.Random random = new java.util.Random(seed);
    for (int round = 0; round < 500; round++) {
      int size = 2 + random.nextInt(14);
      List<String> texts = new ArrayList<>();
      while (texts.size() < size) {
        // short texts that share prefixes ("m-1", "m-10", "m-2"), sometimes beyond ASCII
        String text =
            (random.nextBoolean() ? "m-" : random.nextBoolean() ? "m" : "\u00e9-")
                + random.nextInt(random.nextBoolean() ? 12 : 100_000);
        if (!texts.contains(text)) {
          texts.add(text);
        }
      }
      List<String> sorted = new ArrayList<>(texts);
      sorted.sort(null);
      List<List<String>> orders = new ArrayList<>();
      orders.add(sorted);
      List<String> reversed = new ArrayList<>(sorted);
      java.util.Collections.reverse(reversed);
      orders.add(reversed);
      orders.add(texts);
      for (List<String> order : orders) {
        var meeting = Meeting.builder().id("mt-1").title("t");
        order.forEach(text -> meeting.addAttendance(MemberId.of(text)));
        CommunityOfPractice plan =
            CommunityOfPractice.builder()
                .id("c")
                .name("n")
                .authority("a")
                .createdOn(LocalDate.of(2026, 1, 1))
                .timeZone(java.time.ZoneId.of("UTC"))
                .developmentStage(DevelopmentStage.POTENTIAL)
                .practice(Practice.builder().addMeetings(meeting.build()).build())
                .build();
        List<String> written = new ArrayList<>();
        TokenSink recording =
            new TokenSink() {
              private boolean inAttendance;

              @Override
              public void startObject() {}

              @Override
              public void endObject() {}

              @Override
              public void startArray() {}

              @Override
              public void endArray() {
                inAttendance = false;
              }

              @Override
              public void name(String name) {
                inAttendance = name.equals(WireNames.ATTENDANCE);
              }

              @Override
              public void string(String value) {
                if (inAttendance) {
                  written.add(value);
                }
              }

              @Override
              public void string(char[] chars, int offset, int length) {
                string(new String(chars, offset, length));
              }

              @Override
              public void number(Number value) {}

              @Override
              public void bool(boolean value) {}

              @Override
              public void raw(String json) {}
            };
        PlanWriter.plan(recording, plan);
        assertThat(written).as("seed %d, given %s", seed, order).isEqualTo(sorted);
      }
    }
  }
}
