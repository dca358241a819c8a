package org.edcop.json3;

import org.edcop.json.tck.SchemaAgreementSuite;

class SchemaAgreementTest extends SchemaAgreementSuite {
  SchemaAgreementTest() {
    super(CopJson3Codecs.INSTANCE);
  }
}
