package org.edcop.model;

import java.util.Set;
import org.immutables.value.Value;

/**
 * Another place in the school authority where the community-of-practice model could serve (guide
 * section: Further Application).
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface OtherUse extends Extensible {

  /**
   * The use, e.g. "gather principals' input on the new reporting policy".
   *
   * @return the description
   */
  String getDescription();

  /**
   * The purposes it would serve.
   *
   * @return the purpose types, in vocabulary order
   */
  Set<PurposeType> getPurposeTypes();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableOtherUse.Builder builder() {
    return ImmutableOtherUse.builder();
  }
}
