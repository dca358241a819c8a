package org.edcop.validation.internal;

/** JSON Pointers to the places in a plan the built-in rules point at most. */
final class Paths {

  static final String MEMBERSHIP = "/community/membership";
  static final String MEMBERS = MEMBERSHIP + "/members";
  static final String IDEAL_SIZE = MEMBERSHIP + "/idealSize";
  static final String LEADERSHIP = "/community/leadership";
  static final String LEADERS = LEADERSHIP + "/leaders";
  static final String NORMS = "/community/norms";
  static final String PURPOSE = "/domain/purpose";
  static final String LAUNCH_PLAN = "/practice/launchPlan";
  static final String MEETINGS = "/practice/meetings";
  static final String RESULTS = "/practice/results";
  static final String IMPROVEMENT = "/practice/improvementWork";
  static final String REFLECTIONS = "/practice/reflections";

  private Paths() {}

  static String member(int index, Object... rest) {
    return Pointer.append(MEMBERS + "/" + index, rest);
  }

  static String leader(int index, Object... rest) {
    return Pointer.append(LEADERS + "/" + index, rest);
  }

  static String meeting(int index, Object... rest) {
    return Pointer.append(MEETINGS + "/" + index, rest);
  }
}
