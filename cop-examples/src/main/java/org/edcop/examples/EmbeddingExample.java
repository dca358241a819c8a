package org.edcop.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.edcop.model.Cadence;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Domain;
import org.edcop.model.LaunchPlan;
import org.edcop.model.Leader;
import org.edcop.model.Leadership;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingFormat;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.model.Purpose;
import org.edcop.model.PurposeStatement;
import org.edcop.model.PurposeType;
import org.edcop.model.constraints.CopStages;
import org.edcop.validation.CopMessages;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Finding;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;
import org.edcop.validation.jakarta.CopViolations;

/**
 * What an integrator does with cop, end to end: build a plan with the builders, validate it with
 * cop's validator and with their own {@code jakarta.validation.Validator}, store it with their own
 * Jackson {@code ObjectMapper}, read it back, and show the findings to a person. The README's code
 * sample is the body of {@link #integrate}; a test keeps the two identical.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /**
   * What the example produced, for its test.
   *
   * @param plan the plan it built
   * @param json the plan as the integrator's mapper wrote it
   * @param readBack the plan read back from that JSON
   * @param report cop's report at the launch stage
   * @param violations the same findings through the integrator's Jakarta validator
   */
  public record Outcome(
      CommunityOfPractice plan,
      String json,
      CommunityOfPractice readBack,
      ValidationReport report,
      Set<ConstraintViolation<CommunityOfPractice>> violations) {}

  /**
   * Runs the example, printing what a person would see.
   *
   * @param args ignored
   * @throws Exception if the integrator's own mapper fails
   */
  public static void main(String[] args) throws Exception {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      integrate(new ObjectMapper().findAndRegisterModules(), factory.getValidator(), System.out);
    }
  }

  /**
   * Builds, validates, stores and reloads a plan the way an integrator would.
   *
   * @param mapper the integrator's own Jackson 2 mapper
   * @param validator the integrator's own Jakarta validator
   * @param out where to show the findings
   * @return what was produced
   * @throws Exception if the mapper fails
   */
  public static Outcome integrate(ObjectMapper mapper, Validator validator, PrintStream out)
      throws Exception {
    // tag::sample[]
    // 1. Build a plan with the builders (sections left out are open planning questions).
    MemberId ana = MemberId.of("m-ana");
    MemberId ben = MemberId.of("m-ben");
    CommunityOfPractice plan =
        CommunityOfPractice.builder()
            .id("cop-literacy-2027")
            .name("Early literacy leads")
            .authority("Prairie Rose School Division")
            .timeZone(ZoneId.of("America/Edmonton"))
            .domain(
                Domain.builder()
                    .sharedInterest("early literacy assessment")
                    .purpose(
                        Purpose.builder()
                            .statement(
                                PurposeStatement.of(
                                    "literacy leads of K-3 schools",
                                    "early reading assessment",
                                    "use assessment results to plan instruction"))
                            .addTypes(PurposeType.SHARED_LEARNING)
                            .build())
                    .build())
            .community(
                Community.builder()
                    .membership(
                        Membership.builder()
                            .addMembers(
                                Member.of(ana, Person.of("Ana Ruiz"), ParticipationTier.CORE),
                                Member.of(ben, Person.of("Ben Okafor"), ParticipationTier.ACTIVE))
                            .build())
                    .leadership(
                        Leadership.builder()
                            .addLeaders(Leader.of(ana, LeadershipDuty.CONVENE_COMMUNITY))
                            .build())
                    .build())
            .practice(
                Practice.builder()
                    .launchPlan(
                        LaunchPlan.builder()
                            .launchDate(LocalDate.of(2027, 1, 12))
                            .cadence(Cadence.everyWeeks(4))
                            .meetingLength(Duration.ofMinutes(60))
                            .format(MeetingFormat.VIRTUAL)
                            .platform("Division video platform")
                            .build())
                    .addMeetings(
                        Meeting.builder()
                            .id("2027-01")
                            .start(OffsetDateTime.parse("2027-01-12T15:30-07:00"))
                            .end(OffsetDateTime.parse("2027-01-12T16:30-07:00"))
                            .addTopics("What our fall screening data say")
                            .facilitator(ana)
                            .build())
                    .build())
            .build();

    // 2. Validate with cop: is the plan ready to launch, and if not, what should be fixed?
    ValidationReport report = CopValidator.defaults().validate(plan, Stage.LAUNCH);
    out.println(report.isAcceptable() ? "Ready to launch." : "Not ready to launch yet:");
    for (Finding finding : report.getFindings()) {
      out.println(
          finding.getSeverity().code()
              + "  "
              + finding.getPath()
              + "  "
              + CopMessages.message(finding, Locale.FRENCH));
    }

    // 3. The same findings through your own jakarta.validation.Validator (Spring, Quarkus, ...).
    Set<ConstraintViolation<CommunityOfPractice>> violations =
        validator.validate(plan, CopStages.Launch.class);
    for (ConstraintViolation<CommunityOfPractice> violation : violations) {
      out.println(CopViolations.ruleId(violation) + " at " + CopViolations.pointer(violation));
    }

    // 4. Store and reload it with your own ObjectMapper (cop's module is found automatically).
    String json = mapper.writeValueAsString(plan);
    CommunityOfPractice readBack = mapper.readValue(json, CommunityOfPractice.class);
    // end::sample[]
    return new Outcome(plan, json, readBack, report, violations);
  }
}
