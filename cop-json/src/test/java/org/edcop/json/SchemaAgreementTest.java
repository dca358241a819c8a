package org.edcop.json;

import org.edcop.json.tck.SchemaAgreementSuite;

class SchemaAgreementTest extends SchemaAgreementSuite {
  SchemaAgreementTest() {
    super(CopJsonCodecs.INSTANCE);
  }
}
