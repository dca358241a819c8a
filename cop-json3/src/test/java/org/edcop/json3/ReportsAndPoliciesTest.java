package org.edcop.json3;

import org.edcop.json.tck.ReportsAndPoliciesSuite;

/** The shared {@link ReportsAndPoliciesSuite} against the Jackson 3 facade. */
class ReportsAndPoliciesTest extends ReportsAndPoliciesSuite {

  ReportsAndPoliciesTest() {
    super(CopJson3Codecs.INSTANCE);
  }
}
