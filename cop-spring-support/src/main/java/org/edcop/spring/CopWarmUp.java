package org.edcop.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.CopMessages;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Finding;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Runs cop once, in the background, as soon as the application is ready, so that the first plan a
 * user posts does not pay for loading and first running cop's code: it reads a sample plan (the
 * system-leaders community of the repository's {@code samples/}) with the application's {@link
 * CopJsonCodec}, validates it at every stage with the application's {@link CopValidator}, renders
 * every finding's message in the supported languages and writes the plan and a report back to JSON.
 * It runs on one daemon thread of its own and never fails the application: a problem is logged at
 * debug level and {@link #completion()} completes exceptionally.
 *
 * <p>Registered by both starters unless {@code cop.warm-up.enabled=false}. Models no section of the
 * guide: it is start-up plumbing for issue #22 (the first answer fast).
 *
 * @since 0.2.0
 */
public class CopWarmUp implements ApplicationListener<ApplicationReadyEvent> {

  /** The sample plan read by the warm-up, a class-path resource next to this class. */
  static final String PLAN = "system-leaders.json";

  private static final Log LOG = LogFactory.getLog(CopWarmUp.class);

  private final CopJsonCodec json;
  private final CopValidator validator;
  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private final AtomicBoolean started = new AtomicBoolean();

  /**
   * Creates the warm-up.
   *
   * @param json the facade the application reads plans with
   * @param validator the validator the application validates with
   */
  public CopWarmUp(CopJsonCodec json, CopValidator validator) {
    this.json = json;
    this.validator = validator;
  }

  /**
   * Starts the warm-up on a daemon thread named {@code cop-warm-up}; a second event starts nothing.
   *
   * @param event the application is ready
   */
  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    if (!started.compareAndSet(false, true)) {
      return;
    }
    Thread thread = new Thread(this::run, "cop-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Completes when the warm-up has run: normally, or exceptionally with what went wrong.
   *
   * @return the warm-up's completion
   */
  public CompletionStage<Void> completion() {
    return done.minimalCompletionStage();
  }

  private void run() {
    long start = System.nanoTime();
    try {
      CommunityOfPractice plan = json.readPlan(samplePlan());
      List<Locale> locales = CopMessages.supportedLocales();
      ValidationReport last = null;
      for (Stage stage : Stage.values()) {
        last = validator.validate(plan, stage);
        for (Finding finding : last.getFindings()) {
          for (Locale locale : locales) {
            CopMessages.message(finding, locale);
          }
        }
      }
      json.writePlan(plan);
      json.writeReport(last);
      if (LOG.isDebugEnabled()) {
        LOG.debug("cop warm-up done in " + (System.nanoTime() - start) / 1_000_000 + " ms");
      }
      done.complete(null);
    } catch (RuntimeException e) {
      LOG.debug("cop warm-up failed; the first request pays for loading cop instead", e);
      done.completeExceptionally(e);
    } catch (Error e) {
      done.completeExceptionally(e);
      throw e;
    }
  }

  private static byte[] samplePlan() {
    try (InputStream in = CopWarmUp.class.getResourceAsStream(PLAN)) {
      if (in == null) {
        throw new IllegalStateException(PLAN + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
