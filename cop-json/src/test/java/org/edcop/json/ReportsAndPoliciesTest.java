package org.edcop.json;

import org.edcop.json.tck.ReportsAndPoliciesSuite;

/** The shared {@link ReportsAndPoliciesSuite} against the Jackson 2 facade. */
class ReportsAndPoliciesTest extends ReportsAndPoliciesSuite {

  ReportsAndPoliciesTest() {
    super(CopJsonCodecs.INSTANCE);
  }
}
