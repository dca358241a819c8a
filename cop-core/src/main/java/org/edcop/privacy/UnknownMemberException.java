package org.edcop.privacy;

import java.util.Objects;
import org.edcop.model.MemberId;

/**
 * Thrown when a privacy operation is asked about a member id that is not on the plan's roster.
 *
 * @since 0.2.0
 */
public final class UnknownMemberException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The id that was asked for. */
  private final String memberId;

  /**
   * Creates the exception.
   *
   * @param memberId the id that is not on the roster
   * @param planId the plan's id, for the message
   */
  public UnknownMemberException(MemberId memberId, String planId) {
    super(
        "no member with id '"
            + Objects.requireNonNull(memberId, "memberId").getValue()
            + "' is on the roster of plan '"
            + planId
            + "'");
    this.memberId = memberId.getValue();
  }

  /**
   * The member id that was asked for.
   *
   * @return the id
   */
  public MemberId getMemberId() {
    return MemberId.of(memberId);
  }
}
