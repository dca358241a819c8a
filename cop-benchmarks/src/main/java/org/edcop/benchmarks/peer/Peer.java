package org.edcop.benchmarks.peer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * How the peer is set up: the stock Jackson 2 and Hibernate Validator configuration an integrator
 * would write, built once and shared.
 */
public final class Peer {

  private Peer() {}

  /**
   * A plain {@code ObjectMapper} with the Java time module. Offsets are kept as written (the
   * default would shift them to UTC), and unknown properties stay an error (Jackson 2's default),
   * which also proves that {@link PeerPlan} covers the whole document. On write, absent values are
   * left out and dates and durations are ISO-8601 text, so the peer writes the same kind of
   * document cop does.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
  }

  /**
   * Hibernate Validator's default factory, found through the Jakarta Validation bootstrap. The
   * caller closes it.
   *
   * @return a new factory
   */
  public static ValidatorFactory newValidatorFactory() {
    return Validation.buildDefaultValidatorFactory();
  }

  /**
   * A validator from a factory, for convenience.
   *
   * @param factory the factory
   * @return its validator
   */
  public static Validator validator(ValidatorFactory factory) {
    return factory.getValidator();
  }
}
