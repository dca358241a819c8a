package org.edcop.examples.quarkus;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopJsonException;
import org.edcop.model.CommunityOfPractice;

/**
 * Reads plan bodies with {@link CopJson} instead of Quarkus's {@code ObjectMapper}: duplicate keys,
 * trailing content, type coercions and documents over the limits are refused with a {@link
 * CopJsonException} (answered by {@link CopExceptionMappers}), exactly as {@code CopJson} refuses
 * them in a file. A body whose declared length is over the limit is refused before it is read.
 *
 * @since 0.2.0
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class PlanBodyReader implements MessageBodyReader<CommunityOfPractice> {

  private final CopJson json;

  /**
   * Created by Quarkus.
   *
   * @param json the facade
   */
  @Inject
  public PlanBodyReader(CopJson json) {
    this.json = json;
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return CommunityOfPractice.class.isAssignableFrom(type);
  }

  @Override
  public CommunityOfPractice readFrom(
      Class<CommunityOfPractice> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body) {
    String length = headers.getFirst("Content-Length");
    long limit = json.getLimits().maxDocumentBytes();
    if (length != null && length.chars().allMatch(Character::isDigit) && !length.isEmpty()) {
      long declared = Long.parseLong(length);
      if (declared > limit) {
        throw new CopJsonException(
            CopJsonException.Kind.LIMIT_EXCEEDED,
            "",
            "the document is " + declared + " bytes long, over the limit of " + limit + " bytes");
      }
    }
    return json.readPlan(body);
  }
}
