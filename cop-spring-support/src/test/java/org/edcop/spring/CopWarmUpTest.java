package org.edcop.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.validation.CopValidator;
import org.junit.jupiter.api.Test;

class CopWarmUpTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void readsValidatesAndWritesTheSamplePlanInTheBackground() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    AtomicInteger writes = new AtomicInteger();
    Thread[] worker = new Thread[1];
    CopJsonCodec real = CopJson.defaults();
    CopJsonCodec counting =
        (CopJsonCodec)
            Proxy.newProxyInstance(
                CopJsonCodec.class.getClassLoader(),
                new Class<?>[] {CopJsonCodec.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("readPlan")) {
                    reads.incrementAndGet();
                    worker[0] = Thread.currentThread();
                  } else if (method.getName().startsWith("write")) {
                    writes.incrementAndGet();
                  }
                  return method.invoke(real, args);
                });
    CopWarmUp warmUp = new CopWarmUp(counting, CopValidator.defaults());

    warmUp.onApplicationEvent(null);
    warmUp.onApplicationEvent(null);
    warmUp.completion().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);

    // the sample is read once (a second event starts nothing), on a daemon thread of its own
    assertThat(reads).hasValue(1);
    assertThat(writes).hasValue(2);
    assertThat(worker[0].getName()).isEqualTo("cop-warm-up");
    assertThat(worker[0].isDaemon()).isTrue();
    assertThat(worker[0]).isNotSameAs(Thread.currentThread());
  }

  @Test
  void aFailureCompletesExceptionallyAndNeverReachesTheApplication() {
    CopJsonCodec broken =
        (CopJsonCodec)
            Proxy.newProxyInstance(
                CopJsonCodec.class.getClassLoader(),
                new Class<?>[] {CopJsonCodec.class},
                (proxy, method, args) -> {
                  throw new IllegalStateException("broken codec");
                });
    CopWarmUp warmUp = new CopWarmUp(broken, CopValidator.defaults());

    warmUp.onApplicationEvent(null);

    CompletableFuture<Void> done = warmUp.completion().toCompletableFuture();
    assertThatThrownBy(() -> done.get(WAIT.toSeconds(), TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasRootCauseMessage("broken codec");
  }
}
