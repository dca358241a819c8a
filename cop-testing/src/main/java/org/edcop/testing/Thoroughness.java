package org.edcop.testing;

/**
 * How many seeded repetitions a property-style test runs: a quick count in the default build, the
 * full count when the build runs with {@code -Pthorough} (which sets the system property {@code
 * cop.thorough=true} for every test JVM). Each seeded test still names its seed on failure, so a
 * failure found by a thorough run can be replayed alone.
 *
 * <pre>{@code
 * static LongStream seeds() {
 *   return RandomPlans.seeds(Thoroughness.count(200, 2_000));
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public final class Thoroughness {

  /** The system property that asks for the full counts. */
  public static final String PROPERTY = "cop.thorough";

  private Thoroughness() {}

  /**
   * Whether this run asks for the full counts.
   *
   * @return {@code true} when the system property {@value #PROPERTY} is {@code true}
   * @since 0.2.0
   */
  public static boolean isThorough() {
    return Boolean.getBoolean(PROPERTY);
  }

  /**
   * The number of repetitions for this run.
   *
   * @param quick the count of the default build
   * @param thorough the count under {@code -Pthorough}, at least {@code quick}
   * @return {@code thorough} when {@link #isThorough()}, else {@code quick}
   * @throws IllegalArgumentException if {@code quick} is negative or larger than {@code thorough}
   * @since 0.2.0
   */
  public static int count(int quick, int thorough) {
    if (quick < 0 || quick > thorough) {
      throw new IllegalArgumentException(
          "need 0 <= quick <= thorough, but was quick=" + quick + ", thorough=" + thorough);
    }
    return isThorough() ? thorough : quick;
  }
}
