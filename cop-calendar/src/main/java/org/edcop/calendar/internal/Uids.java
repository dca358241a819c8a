package org.edcop.calendar.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * iCalendar UIDs of exported meetings: {@code <plan id>.<meeting id>@cop.edcop}, each id
 * percent-encoded (dots included) so that the two parts can be told apart again.
 */
public final class Uids {

  /** The suffix every exported UID ends with. */
  public static final String SUFFIX = "@cop.edcop";

  private Uids() {}

  /**
   * The UID of a meeting.
   *
   * @param planId the plan's id
   * @param meetingId the meeting's id
   * @return the UID
   */
  public static String of(String planId, String meetingId) {
    return encode(planId) + "." + encode(meetingId) + SUFFIX;
  }

  /**
   * The meeting id in a UID this library wrote.
   *
   * @param uid the UID
   * @return the meeting id, or empty for another UID
   */
  public static Optional<String> meetingId(String uid) {
    if (!uid.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    String body = uid.substring(0, uid.length() - SUFFIX.length());
    int dot = body.indexOf('.');
    if (dot < 0 || body.indexOf('.', dot + 1) >= 0) {
      return Optional.empty();
    }
    try {
      String id = URLDecoder.decode(body.substring(dot + 1), StandardCharsets.UTF_8);
      return id.isEmpty() ? Optional.empty() : Optional.of(id);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace(".", "%2E").replace("+", "%20");
  }
}
