package org.edcop.json3;

import org.edcop.json.tck.RoundTripSuite;
import org.edcop.testing.Thoroughness;

/**
 * The shared {@link RoundTripSuite} against the Jackson 3 facade, on 250 seeds (1,000 under {@code
 * -Pthorough}) rather than cop-json's 400 (2,000); {@link CrossVersionTest} round-trips more
 * through both generations.
 */
class RoundTripTest extends RoundTripSuite {

  RoundTripTest() {
    super(CopJson3Codecs.INSTANCE, Thoroughness.count(250, 1000));
  }
}
