package org.edcop.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.edcop.model.constraints.CopStages;
import org.edcop.model.constraints.ValidCommunityOfPractice;
import org.immutables.value.Value;

/**
 * A whole community-of-practice plan: the root of the model. It names the community, the school
 * authority or district it belongs to, where it is in its life, and the IANA time zone it meets in,
 * then holds the three defining elements (Wenger-Trayner): the {@link Domain}, the {@link
 * Community} and the {@link Practice}, plus the guide's Further Application section.
 *
 * <p>Build one with {@link #builder()}; every section defaults to empty, so a bare draft needs only
 * an id, a name, an authority and a time zone.
 *
 * <p>A Jakarta {@code Validator} checks the whole plan with cop's rules through the class-level
 * constraint {@link ValidCommunityOfPractice}, once per stage: the {@code Default} group is draft,
 * {@link CopStages.Launch}, {@link CopStages.Running} and {@link CopStages.Close} the later stages.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValidCommunityOfPractice
@ValidCommunityOfPractice(groups = CopStages.Launch.class)
@ValidCommunityOfPractice(groups = CopStages.Running.class)
@ValidCommunityOfPractice(groups = CopStages.Close.class)
public interface CommunityOfPractice extends Extensible {

  /**
   * A stable id, chosen by the user's system.
   *
   * @return the id
   */
  String getId();

  /**
   * The community's name.
   *
   * @return the name
   */
  String getName();

  /**
   * The school authority or district the community belongs to.
   *
   * @return the authority's name
   */
  String getAuthority();

  /**
   * Where the community is in its life.
   *
   * @return the status; {@link LifecycleStatus#PLANNING} unless set
   */
  @Value.Default
  default LifecycleStatus getStatus() {
    return LifecycleStatus.PLANNING;
  }

  /**
   * The day planning started.
   *
   * @return the date, if recorded
   */
  Optional<LocalDate> getCreatedOn();

  /**
   * The day the community launched.
   *
   * @return the date, if launched
   */
  Optional<LocalDate> getLaunchedOn();

  /**
   * The day the community closed.
   *
   * @return the date, if closed
   */
  Optional<LocalDate> getClosedOn();

  /**
   * The IANA time zone the community meets in, e.g. {@code America/Edmonton}. Meeting times keep
   * their own offsets; the zone says how to show them and how to plan the next ones.
   *
   * @return the zone
   */
  ZoneId getTimeZone();

  /**
   * The domain: shared interest, expertise, purpose and problems of practice.
   *
   * @return the domain
   */
  @Value.Default
  default Domain getDomain() {
    return Domain.builder().build();
  }

  /**
   * The community: membership, leadership and norms.
   *
   * @return the community
   */
  @Value.Default
  default Community getCommunity() {
    return Community.builder().build();
  }

  /**
   * The practice: launch plan, meetings, improvement work, results and reflections.
   *
   * @return the practice
   */
  @Value.Default
  default Practice getPractice() {
    return Practice.builder().build();
  }

  /**
   * Other uses of the model in the authority (guide section: Further Application).
   *
   * @return the further application
   */
  @Value.Default
  default FurtherApplication getFurtherApplication() {
    return FurtherApplication.builder().build();
  }

  /**
   * Where the community is in its development (Wenger, McDermott and Snyder), as a convener judges
   * it.
   *
   * @return the stage, if recorded
   * @since 0.2.0
   */
  Optional<DevelopmentStage> getDevelopmentStage();

  /**
   * Decisions of the annual reviews about the community's future, oldest first.
   *
   * @return the decisions, as listed
   * @since 0.2.0
   */
  java.util.List<RenewalDecision> getRenewalDecisions();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableCommunityOfPractice.Builder builder() {
    return ImmutableCommunityOfPractice.builder();
  }
}
