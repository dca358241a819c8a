package org.edcop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ContactInfo;
import org.edcop.model.Member;
import org.edcop.model.Person;
import org.edcop.model.Reflection;
import org.edcop.model.RequiredMember;
import org.junit.jupiter.api.Test;

/**
 * No model value's {@code toString()} may print personal data (names, roles, organisations, HR ids,
 * e-mail addresses, phone numbers, reflections' text, required members' descriptions). Every value
 * reachable from seeded random plans and the sample plans is printed, and every model type (every
 * {@code Immutable*} class of {@code org.edcop.model}) must have been printed at least once, so a
 * type added later is covered as soon as the generator produces it. (The generator draws unknown
 * properties from one small set for every type, so their redaction is checked by {@code
 * org.edcop.model.RedactionTest} instead.)
 */
class ModelToStringTest {

  private static final long FIRST_SEED = 2100;
  private static final int PLANS = 40;

  @Test
  void noToStringOfAnyModelTypePrintsPersonalData() throws Exception {
    Set<String> printedTypes = new TreeSet<>();
    int markersSeen = 0;
    List<CommunityOfPractice> plans = new ArrayList<>();
    for (long seed = FIRST_SEED; seed < FIRST_SEED + PLANS; seed++) {
      plans.add(RandomPlans.generate(seed));
    }
    SamplePlans.all().forEach(sample -> plans.add(sample.getPlan()));
    for (int i = 0; i < plans.size(); i++) {
      Marked marked = mark(plans.get(i));
      CommunityOfPractice plan = marked.plan();
      String where = i < PLANS ? "seed " + (FIRST_SEED + i) : "sample " + (i - PLANS);
      List<String> secrets = marked.markers();
      markersSeen += secrets.size();
      Map<Object, Boolean> seen = new IdentityHashMap<>();
      visit(plan, seen);
      for (Object value : seen.keySet()) {
        printedTypes.add(value.getClass().getName());
        String text = value.toString();
        for (String secret : secrets) {
          assertThat(text)
              .as("%s: %s.toString() prints personal data", where, value.getClass().getSimpleName())
              .doesNotContain(secret);
        }
      }
    }
    assertThat(markersSeen).as("personal values checked").isGreaterThan(500);
    assertThat(printedTypes)
        .as("every model type must be reached by the seeded plans (extend the generator)")
        .containsAll(modelTypes());
  }

  /**
   * Marks every personal value of a plan with a unique marker (the generator reuses its awkward
   * strings in non-personal text, so its own values cannot serve as secrets) and returns the marked
   * plan with its markers.
   */
  private static Marked mark(CommunityOfPractice plan) {
    List<String> markers = new ArrayList<>();
    java.util.function.UnaryOperator<String> tag =
        text -> {
          String marker = "<pii-" + markers.size() + ">";
          markers.add(marker);
          return marker + text;
        };
    List<Member> members = new ArrayList<>();
    for (Member member : plan.getCommunity().getMembership().getMembers()) {
      Person p = member.getPerson();
      var person =
          Person.builder()
              .from(p)
              .name(tag.apply(p.getName()))
              .role(p.getRole().map(tag))
              .organisation(p.getOrganisation().map(tag))
              .externalId(p.getExternalId().map(tag));
      p.getContact()
          .ifPresent(
              c ->
                  person.contact(
                      ContactInfo.builder()
                          .from(c)
                          .email(c.getEmail().map(tag))
                          .phone(c.getPhone().map(tag))
                          .build()));
      members.add(Member.builder().from(member).person(person.build()).build());
    }
    List<RequiredMember> required = new ArrayList<>();
    for (RequiredMember r : plan.getCommunity().getMembership().getRequiredMembers()) {
      required.add(RequiredMember.builder().from(r).who(tag.apply(r.getWho())).build());
    }
    List<Reflection> reflections = new ArrayList<>();
    for (Reflection r : plan.getPractice().getReflections()) {
      reflections.add(
          Reflection.builder()
              .from(r)
              .newLearning(r.getNewLearning().map(tag))
              .application(r.getApplication().map(tag))
              .selfReflectivePractices(r.getSelfReflectivePractices().stream().map(tag).toList())
              .build());
    }
    var membership =
        org.edcop.model.Membership.builder()
            .from(plan.getCommunity().getMembership())
            .members(members)
            .requiredMembers(required)
            .build();
    CommunityOfPractice marked =
        CommunityOfPractice.builder()
            .from(plan)
            .community(
                org.edcop.model.Community.builder()
                    .from(plan.getCommunity())
                    .membership(membership)
                    .build())
            .practice(
                org.edcop.model.Practice.builder()
                    .from(plan.getPractice())
                    .reflections(reflections)
                    .build())
            .build();
    return new Marked(marked, markers);
  }

  private record Marked(CommunityOfPractice plan, List<String> markers) {}

  /** Collects every model value reachable through the accessors. */
  private static void visit(Object value, Map<Object, Boolean> seen) throws Exception {
    if (value == null || !value.getClass().getName().startsWith("org.edcop.model.")) {
      if (value instanceof Optional<?> optional && optional.isPresent()) {
        visit(optional.get(), seen);
      } else if (value instanceof Collection<?> items) {
        for (Object item : items) {
          visit(item, seen);
        }
      } else if (value instanceof Map<?, ?> map) {
        for (Object item : map.values()) {
          visit(item, seen);
        }
      }
      return;
    }
    if (value.getClass().isEnum() || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    for (Method method : value.getClass().getMethods()) {
      if (method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && (method.getName().startsWith("get") || method.getName().startsWith("is"))
          && !method.getName().equals("getClass")) {
        visit(method.invoke(value), seen);
      }
    }
  }

  /** Every generated implementation class of the model package (from a directory or a jar). */
  private static List<String> modelTypes() throws IOException, URISyntaxException {
    Path location =
        Path.of(
            CommunityOfPractice.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> types = new ArrayList<>();
    if (Files.isDirectory(location)) {
      list(location.resolve("org/edcop/model"), types);
    } else {
      try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(location)) {
        list(jar.getPath("org/edcop/model"), types);
      }
    }
    assertThat(types).as("model classes found").hasSizeGreaterThan(30);
    return types;
  }

  private static void list(Path directory, List<String> types) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.startsWith("Immutable") && name.endsWith(".class"))
          .filter(name -> !name.contains("$"))
          .forEach(name -> types.add("org.edcop.model." + name.replace(".class", "")));
    }
  }
}
