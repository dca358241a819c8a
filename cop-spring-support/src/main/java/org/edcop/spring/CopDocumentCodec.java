package org.edcop.spring;

import java.io.InputStream;
import java.io.OutputStream;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.ValidationReport;

/**
 * The hardened reader and writer of cop documents as the HTTP layer sees it: one of the JSON
 * facades ({@code CopJson} for Jackson 2, {@code CopJson3} for Jackson 3) behind a
 * generation-neutral face. Each starter adapts its facade; applications never implement this.
 *
 * @since 0.2.0
 */
public interface CopDocumentCodec {

  /**
   * The limits the codec enforces; the converter refuses a body whose declared length is over
   * {@link CopJsonLimits#maxDocumentBytes()} before reading it.
   *
   * @return the limits
   */
  CopJsonLimits getLimits();

  /**
   * Reads a plan document.
   *
   * @param body the request body, not closed
   * @return the plan
   * @throws CopJsonException if the body is not a valid plan document
   */
  CommunityOfPractice readPlan(InputStream body);

  /**
   * Reads a validation report document.
   *
   * @param body the request body, not closed
   * @return the report
   * @throws CopJsonException if the body is not a valid report document
   */
  ValidationReport readReport(InputStream body);

  /**
   * Reads a validation policy document.
   *
   * @param body the request body, not closed
   * @return the policy
   * @throws CopJsonException if the body is not a valid policy document
   */
  ValidationPolicy readPolicy(InputStream body);

  /**
   * Writes a plan as compact JSON.
   *
   * @param plan the plan
   * @param out the response body, left open
   */
  void writePlan(CommunityOfPractice plan, OutputStream out);

  /**
   * Writes a validation report as compact JSON.
   *
   * @param report the report
   * @param out the response body, left open
   */
  void writeReport(ValidationReport report, OutputStream out);

  /**
   * Writes a validation policy as compact JSON.
   *
   * @param policy the policy
   * @param out the response body, left open
   */
  void writePolicy(ValidationPolicy policy, OutputStream out);
}
