package org.edcop.archfixture.layers.model;

import org.edcop.archfixture.layers.validation.ValidPlan;

/** The shape of cop's old cycle: a model type carrying an annotation that names its validator. */
@ValidPlan
public interface Plan {
  /**
   * A name.
   *
   * @return the name
   */
  String getName();
}
