package org.edcop.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.ValidationReport;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;

/**
 * Reads and writes request and response bodies that are cop documents (a {@link
 * CommunityOfPractice}, a {@link ValidationReport}, a {@link ValidationPolicy}) with the hardened
 * facade instead of the application's general-purpose mapper. A controller parameter
 * {@code @RequestBody CommunityOfPractice plan} is therefore read exactly as {@code
 * CopJson.readPlan} reads a file: duplicate property names, trailing content, silent type
 * conversions and documents over the size, depth and length limits are refused with a {@link
 * CopJsonException} that names the JSON Pointer, line and column. A body whose declared {@code
 * Content-Length} is over the document limit is refused before a byte of it is read.
 *
 * <p>A failure surfaces as Spring's {@link HttpMessageNotReadableException} with the {@code
 * CopJsonException} as its cause; {@link CopProblemDetailsAdvice} turns it into a problem detail.
 * Other types are left to the converters after this one.
 *
 * @since 0.2.0
 */
public final class CopHttpMessageConverter extends AbstractHttpMessageConverter<Object> {

  private final CopJsonCodec codec;

  /**
   * Creates the converter for {@code application/json} and {@code application/*+json}.
   *
   * @param codec the facade to read and write with
   */
  public CopHttpMessageConverter(CopJsonCodec codec) {
    super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  @Override
  protected boolean supports(Class<?> type) {
    return CommunityOfPractice.class.isAssignableFrom(type)
        || ValidationReport.class.isAssignableFrom(type)
        || ValidationPolicy.class.isAssignableFrom(type);
  }

  @Override
  protected Object readInternal(Class<?> type, HttpInputMessage message) throws IOException {
    CopJsonLimits limits = codec.getLimits();
    long declared = message.getHeaders().getContentLength();
    try {
      if (declared > limits.maxDocumentBytes()) {
        throw new CopJsonException(
            CopJsonException.Kind.LIMIT_EXCEEDED,
            "",
            "the document is "
                + declared
                + " bytes long, over the limit of "
                + limits.maxDocumentBytes()
                + " bytes");
      }
      InputStream body = message.getBody();
      if (CommunityOfPractice.class.isAssignableFrom(type)) {
        return codec.readPlan(body);
      }
      if (ValidationReport.class.isAssignableFrom(type)) {
        return codec.readReport(body);
      }
      return codec.readPolicy(body);
    } catch (CopJsonException e) {
      throw new HttpMessageNotReadableException(e.getMessage(), e, message);
    }
  }

  @Override
  protected void writeInternal(Object value, HttpOutputMessage message) throws IOException {
    OutputStream out = message.getBody();
    if (value instanceof CommunityOfPractice plan) {
      codec.writePlan(plan, out);
    } else if (value instanceof ValidationReport report) {
      codec.writeReport(report, out);
    } else if (value instanceof ValidationPolicy policy) {
      codec.writePolicy(policy, out);
    } else {
      throw new HttpMessageNotWritableException(
          "not a cop document: " + value.getClass().getName());
    }
  }
}
