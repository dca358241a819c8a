package org.edcop.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem of practice the community works on (guide section: Purpose; 21CSLA: equity-centred
 * problems of practice). Improvement work refers to it by id.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface ProblemOfPractice extends Extensible {

  /**
   * The problem's id, unique within the plan.
   *
   * @return the id
   */
  String getId();

  /**
   * The problem, stated so that members recognise it in their own work.
   *
   * @return the statement
   */
  String getStatement();

  /**
   * Who is affected, or which gap in outcomes the problem is about.
   *
   * @return the focus, if recorded
   */
  Optional<String> getEquityFocus();

  /**
   * Creates a problem of practice.
   *
   * @param id its id
   * @param statement the problem
   * @return the problem
   */
  static ImmutableProblemOfPractice of(String id, String statement) {
    return builder().id(id).statement(statement).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableProblemOfPractice.Builder builder() {
    return ImmutableProblemOfPractice.builder();
  }
}
