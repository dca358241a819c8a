package org.edcop.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Where else the model could be applied in the authority (guide section: Further Application):
 * other uses, and existing teams that could be adapted into communities of practice.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface FurtherApplication extends Extensible {

  /**
   * Other uses of the model.
   *
   * @return the uses, as listed
   */
  List<OtherUse> getOtherUses();

  /**
   * Existing teams or structures that could be adapted.
   *
   * @return the teams, as listed
   */
  List<String> getAdaptableTeams();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableFurtherApplication.Builder builder() {
    return ImmutableFurtherApplication.builder();
  }
}
