package org.edcop.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.edcop.json.CopJson;
import org.edcop.model.CommunityOfPractice;
import org.edcop.testing.RandomPlans;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Stage;
import org.edcop.validation.internal.BuiltInRules;
import org.junit.jupiter.api.Test;

/**
 * The default validator is set up once per process and shared, never rebuilt per call: its built-in
 * rule set is counted by {@link BuiltInRules#setsBuilt()}.
 */
class SharedInstancesTest {

  @Test
  void aFreshProcessBuildsTheDefaultValidatorOnceHoweverOftenItIsAskedFor() throws Exception {
    // cop-core alone in a new class loader stands for a new process
    URL core = CopValidator.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader fresh =
        new URLClassLoader(new URL[] {core}, ClassLoader.getPlatformClassLoader())) {
      Class<?> validator = fresh.loadClass(CopValidator.class.getName());
      Method setsBuilt = fresh.loadClass(BuiltInRules.class.getName()).getMethod("setsBuilt");
      Method defaults = validator.getMethod("defaults");
      assertThat(validator).isNotSameAs(CopValidator.class);

      assertThat(setsBuilt.invoke(null)).as("before first use").isEqualTo(0);
      Object first = defaults.invoke(null);
      for (int i = 0; i < 10_000; i++) {
        assertThat(defaults.invoke(null)).isSameAs(first);
      }
      assertThat(setsBuilt.invoke(null)).as("after 10,001 calls").isEqualTo(1);

      // the counter does count: a validator built on purpose adds one
      Object builder = validator.getMethod("builder").invoke(null);
      builder.getClass().getMethod("build").invoke(builder);
      assertThat(setsBuilt.invoke(null)).isEqualTo(2);
    }
  }

  @Test
  void validatingAndReadingFromManyThreadsBuildsNothingNew() throws Exception {
    CopValidator validator = CopValidator.defaults();
    CopJson json = CopJson.defaults();
    int before = BuiltInRules.setsBuilt();
    assertThat(before).as("rule sets built in this test JVM so far").isPositive();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> tasks =
          RandomPlans.seeds(100)
              .<Callable<Boolean>>mapToObj(
                  seed ->
                      () -> {
                        try {
                          CommunityOfPractice plan =
                              json.readPlan(
                                  CopJson.defaults().writePlan(RandomPlans.generate(seed)));
                          for (Stage stage : Stage.values()) {
                            CopValidator.defaults().validate(plan, stage);
                          }
                          return CopValidator.defaults() == validator && CopJson.defaults() == json;
                        } catch (RuntimeException e) {
                          throw new IllegalStateException("seed " + seed, e);
                        }
                      })
              .toList();
      for (Future<Boolean> done : pool.invokeAll(tasks)) {
        assertThat(done.get()).as("the same shared instances everywhere").isTrue();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(BuiltInRules.setsBuilt()).as("after 300 validations").isEqualTo(before);
  }
}
