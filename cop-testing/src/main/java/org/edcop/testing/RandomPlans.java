package org.edcop.testing;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.edcop.model.CommunityOfPractice;
import org.edcop.testing.internal.MistakePlanter;
import org.edcop.testing.internal.PlanGenerator;
import org.edcop.testing.internal.SizedPlanGenerator;

/**
 * Seeded generators of random plans for property-style tests and benchmarks. The same seed always
 * gives an equal plan, on any JVM (the generator uses {@link java.util.Random}, whose algorithm is
 * specified). Put the seed in the test's display name so a failure can be reproduced with {@code
 * RandomPlans.generate(seed)}.
 *
 * <pre>{@code
 * static LongStream seeds() { return RandomPlans.seeds(200); }
 *
 * @ParameterizedTest(name = "seed {0}")
 * @MethodSource("seeds")
 * void roundTrips(long seed) {
 *   CommunityOfPractice plan = RandomPlans.generate(seed);
 *   ...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RandomPlans {

  private static final long SEED_OF_SEEDS = 0x5EED_C0DEL;

  private RandomPlans() {}

  /**
   * A random plan of realistic shape: 0 to 40 members, 0 to 30 meetings, any section sometimes
   * empty, text sometimes awkward (non-Latin scripts, emoji, quotes, template-like {@code ${1+1}}
   * and {@code {x}}, line breaks, very long strings), unknown properties holding raw JSON on random
   * objects, and meeting offsets that vary. Its integrity holds: ids are unique, references
   * resolve, the ideal size's minimum is at most its maximum, meetings end after they start and do
   * not overlap, and reflections cite existing competencies. Other rules may or may not hold.
   *
   * @param seed the seed
   * @return the plan
   */
  public static CommunityOfPractice generate(long seed) {
    return new PlanGenerator(new Random(seed)).plan();
  }

  /**
   * The plan {@link #generate(long)} gives for the seed, with exactly the given mistakes planted,
   * as each {@link Mistake} describes. No other integrity mistake is present.
   *
   * @param seed the seed
   * @param mistakes the mistakes to plant; may be empty
   * @return the plan
   */
  public static CommunityOfPractice generate(long seed, Set<Mistake> mistakes) {
    Objects.requireNonNull(mistakes, "mistakes");
    CommunityOfPractice plan = generate(seed);
    return mistakes.isEmpty()
        ? plan
        : MistakePlanter.plant(plan, EnumSet.copyOf(mistakes), new Random(~seed));
  }

  /**
   * A complete-looking plan of exactly {@code members} roster entries and {@code meetings}
   * meetings, for benchmarks: every section filled, all duties and norm topics covered, every
   * member agreed to the norms, weekly meetings of one hour whose times strictly increase without
   * overlap, and each meeting attended by up to a dozen members. Builds 10,000 members and 10,000
   * meetings in a fraction of a second.
   *
   * @param seed the seed
   * @param members the number of roster entries, 0 or more
   * @param meetings the number of meetings, 0 or more
   * @return the plan
   * @throws IllegalArgumentException if a count is negative
   */
  public static CommunityOfPractice ofSize(long seed, int members, int meetings) {
    if (members < 0 || meetings < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative, but were members=" + members + ", meetings=" + meetings);
    }
    return new SizedPlanGenerator(new Random(seed), members, meetings).plan();
  }

  /**
   * Deterministic seeds for parameterized tests: the same {@code count} gives the same seeds in
   * every run.
   *
   * @param count how many seeds, 0 or more
   * @return the seeds
   */
  public static LongStream seeds(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, but was " + count);
    }
    return new Random(SEED_OF_SEEDS).longs(count);
  }
}
