package org.edcop.archfixture.layers.validation;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** A constraint-like annotation in the validation layer, naming its checker. */
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPlan {
  /**
   * The checker.
   *
   * @return the checker class
   */
  Class<?> checkedBy() default PlanChecker.class;
}
