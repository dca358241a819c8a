package org.edcop.validation.jakarta;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.constraints.ValidCommunityOfPractice;
import org.edcop.testing.Mistake;
import org.edcop.testing.RandomPlans;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Finding;
import org.edcop.validation.Stage;
import org.edcop.validation.jakarta.internal.PlanConstraintValidator;
import org.junit.jupiter.api.Test;

/**
 * Under a provider other than Hibernate Validator there is no dynamic payload: the constraint puts
 * {@code [severity rule-id] } in front of the message, and {@link CopViolations} reads it back. The
 * provider is played by recording proxies of the Jakarta API interfaces.
 */
class PortableProviderTest {

  /** One violation as the fake provider recorded it: its template and its path calls. */
  static final class Recorded {
    String template;
    final List<String> calls = new ArrayList<>();
  }

  @Test
  void severityAndRuleIdTravelInTheMessage() {
    CommunityOfPractice plan =
        RandomPlans.generate(
            11L, Set.of(Mistake.DUPLICATE_MEMBER_ID, Mistake.MEETING_ENDS_BEFORE_START));
    List<Recorded> recorded = new ArrayList<>();
    PlanConstraintValidator validator = new PlanConstraintValidator();
    validator.initialize(
        CommunityOfPractice.class.getAnnotationsByType(ValidCommunityOfPractice.class)[1]);
    boolean valid = validator.isValid(plan, context(recorded));

    List<Finding> findings = CopValidator.defaults().validate(plan, Stage.LAUNCH).getFindings();
    assertThat(valid).isFalse();
    assertThat(recorded).hasSameSizeAs(findings);
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      Recorded r = recorded.get(i);
      String message = unescape(r.template);
      assertThat(message)
          .isEqualTo(
              "["
                  + finding.getSeverity().code()
                  + " "
                  + finding.getRuleId()
                  + "] "
                  + finding.getMessage());
      ConstraintViolation<?> violation = violation(message);
      assertThat(CopViolations.finding(violation)).isEmpty();
      assertThat(CopViolations.ruleId(violation)).isEqualTo(finding.getRuleId());
      assertThat(CopViolations.severity(violation)).isEqualTo(finding.getSeverity());
      assertThat(CopViolations.stage(violation)).isEqualTo(Stage.LAUNCH);
      assertThat(String.join("", r.calls)).isEqualTo(expectedCalls(finding.getPath()));
    }
    assertThat(recorded)
        .anySatisfy(r -> assertThat(String.join("", r.calls)).contains(".inIterable().atIndex("));
  }

  /** The builder calls that should build a pointer's path, written independently. */
  private static String expectedCalls(String pointer) {
    StringBuilder out = new StringBuilder();
    if (pointer.isEmpty()) {
      return ".addConstraintViolation()";
    }
    String[] segments = pointer.substring(1).split("/", -1);
    String pendingIndex = null;
    for (String segment : segments) {
      if (segment.matches("0|[1-9][0-9]*") && out.length() > 0 && pendingIndex == null) {
        pendingIndex = segment;
        continue;
      }
      out.append(".addPropertyNode(").append(segment).append(")");
      if (pendingIndex != null) {
        out.append(".inIterable()").append(".atIndex(").append(pendingIndex).append(")");
        pendingIndex = null;
      }
    }
    if (pendingIndex != null) {
      out.append(".addBeanNode()")
          .append(".inIterable()")
          .append(".atIndex(")
          .append(pendingIndex)
          .append(")");
    }
    return out.append(".addConstraintViolation()").toString();
  }

  private static String unescape(String template) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length()) {
        c = template.charAt(++i);
      } else {
        assertThat(c).as("unescaped in %s", template).isNotIn('{', '}', '$');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A constraint validator context of a provider that is not Hibernate Validator. */
  private static ConstraintValidatorContext context(List<Recorded> recorded) {
    InvocationHandler[] handler = new InvocationHandler[1];
    handler[0] =
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("unwrap")) {
            throw new ValidationException("this provider offers no " + args[0]);
          }
          if (name.equals("buildConstraintViolationWithTemplate")) {
            Recorded r = new Recorded();
            r.template = (String) args[0];
            recorded.add(r);
          } else if (!name.equals("disableDefaultConstraintViolation")) {
            recorded
                .get(recorded.size() - 1)
                .calls
                .add("." + name + "(" + (args == null ? "" : String.valueOf(args[0])) + ")");
          }
          Class<?> type = method.getReturnType();
          return type.isInterface()
              ? Proxy.newProxyInstance(
                  PortableProviderTest.class.getClassLoader(), new Class<?>[] {type}, handler[0])
              : null;
        };
    return (ConstraintValidatorContext)
        Proxy.newProxyInstance(
            PortableProviderTest.class.getClassLoader(),
            new Class<?>[] {ConstraintValidatorContext.class},
            handler[0]);
  }

  /** A violation of a provider without dynamic payloads, carrying a message. */
  private static ConstraintViolation<?> violation(String message) {
    ValidCommunityOfPractice launch =
        CommunityOfPractice.class.getAnnotationsByType(ValidCommunityOfPractice.class)[1];
    ConstraintDescriptor<?> descriptor =
        (ConstraintDescriptor<?>)
            Proxy.newProxyInstance(
                PortableProviderTest.class.getClassLoader(),
                new Class<?>[] {ConstraintDescriptor.class},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "getAnnotation":
                      return launch;
                    case "getGroups":
                      return Set.of(launch.groups());
                    default:
                      throw new UnsupportedOperationException(method.getName());
                  }
                });
    return (ConstraintViolation<?>)
        Proxy.newProxyInstance(
            PortableProviderTest.class.getClassLoader(),
            new Class<?>[] {ConstraintViolation.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "getMessage":
                  return message;
                case "getConstraintDescriptor":
                  return descriptor;
                case "unwrap":
                  throw new ValidationException("this provider offers no " + args[0]);
                default:
                  throw new UnsupportedOperationException(method.getName());
              }
            });
  }
}
