package org.edcop.spring.boot4.internal;

import java.io.InputStream;
import java.io.OutputStream;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json3.CopJson3;
import org.edcop.model.CommunityOfPractice;
import org.edcop.spring.CopDocumentCodec;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.ValidationReport;

/** {@link CopJson3} as the HTTP converter sees it. */
public final class CopJson3Codec implements CopDocumentCodec {

  private final CopJson3 json;

  /**
   * Adapts the facade.
   *
   * @param json the facade
   */
  public CopJson3Codec(CopJson3 json) {
    this.json = json;
  }

  @Override
  public CopJsonLimits getLimits() {
    return json.getLimits();
  }

  @Override
  public CommunityOfPractice readPlan(InputStream body) {
    return json.readPlan(body);
  }

  @Override
  public ValidationReport readReport(InputStream body) {
    return json.readReport(body);
  }

  @Override
  public ValidationPolicy readPolicy(InputStream body) {
    return json.readPolicy(body);
  }

  @Override
  public void writePlan(CommunityOfPractice plan, OutputStream out) {
    json.writePlan(plan, out);
  }

  @Override
  public void writeReport(ValidationReport report, OutputStream out) {
    json.writeReport(report, out);
  }

  @Override
  public void writePolicy(ValidationPolicy policy, OutputStream out) {
    json.writePolicy(policy, out);
  }
}
