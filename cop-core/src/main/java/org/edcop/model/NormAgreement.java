package org.edcop.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A member's dated agreement to one version of the norms (guide section: Norms: norms are shared
 * with and agreed by all members).
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface NormAgreement extends Extensible {

  /**
   * The member who agreed.
   *
   * @return the member id
   */
  @Value.Parameter
  MemberId getMemberId();

  /**
   * The version of the norms agreed to.
   *
   * @return the version number
   */
  @Value.Parameter
  int getVersion();

  /**
   * The day of the agreement.
   *
   * @return the date
   */
  @Value.Parameter
  LocalDate getAgreedOn();

  /**
   * Creates an agreement.
   *
   * @param memberId who agreed
   * @param version which version of the norms
   * @param agreedOn when
   * @return the agreement
   */
  static ImmutableNormAgreement of(MemberId memberId, int version, LocalDate agreedOn) {
    return ImmutableNormAgreement.of(memberId, version, agreedOn);
  }
}
