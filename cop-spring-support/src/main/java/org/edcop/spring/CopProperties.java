package org.edcop.spring;

import org.edcop.json.format.CopJsonLimits;
import org.edcop.validation.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * The {@code cop.*} settings of the Spring Boot starters. Every one has a default that works; see
 * docs/spring-boot.md for the table.
 *
 * @since 0.2.0
 */
@ConfigurationProperties("cop")
public class CopProperties {

  private final Json json = new Json();
  private final Jackson jackson = new Jackson();
  private final Validation validation = new Validation();
  private final Web web = new Web();
  private final WarmUp warmUp = new WarmUp();

  /** Creates the settings with their defaults. */
  public CopProperties() {}

  /**
   * The settings of the JSON facade bean.
   *
   * @return the settings
   */
  public Json getJson() {
    return json;
  }

  /**
   * The settings applied to Boot's own mapper.
   *
   * @return the settings
   */
  public Jackson getJackson() {
    return jackson;
  }

  /**
   * The settings of the validator beans.
   *
   * @return the settings
   */
  public Validation getValidation() {
    return validation;
  }

  /**
   * The settings of the web layer.
   *
   * @return the settings
   */
  public Web getWeb() {
    return web;
  }

  /**
   * The settings of the start-up warm-up ({@code cop.warm-up.*}).
   *
   * @return the settings
   * @since 0.2.0
   */
  public WarmUp getWarmUp() {
    return warmUp;
  }

  /**
   * {@code cop.json.*}: the facade ({@code CopJson} or {@code CopJson3}) that reads cop request
   * bodies.
   *
   * @since 0.2.0
   */
  public static class Json {

    private boolean strict;
    private DataSize maxDocumentSize = DataSize.ofBytes(CopJsonLimits.DEFAULTS.maxDocumentBytes());
    private int maxNestingDepth = CopJsonLimits.DEFAULTS.maxNestingDepth();
    private int maxStringLength = CopJsonLimits.DEFAULTS.maxStringLength();

    /** Creates the settings with their defaults. */
    public Json() {}

    /**
     * Whether unknown properties are refused instead of kept (default false: kept and written
     * back).
     *
     * @return true to refuse
     */
    public boolean isStrict() {
      return strict;
    }

    /**
     * Sets {@link #isStrict()}.
     *
     * @param strict true to refuse unknown properties
     */
    public void setStrict(boolean strict) {
      this.strict = strict;
    }

    /**
     * The largest document accepted (default 8MB).
     *
     * @return the size
     */
    public DataSize getMaxDocumentSize() {
      return maxDocumentSize;
    }

    /**
     * Sets {@link #getMaxDocumentSize()}.
     *
     * @param maxDocumentSize the size, such as {@code 1MB}
     */
    public void setMaxDocumentSize(DataSize maxDocumentSize) {
      this.maxDocumentSize = maxDocumentSize;
    }

    /**
     * The deepest nesting of objects and arrays accepted (default 64).
     *
     * @return the depth
     */
    public int getMaxNestingDepth() {
      return maxNestingDepth;
    }

    /**
     * Sets {@link #getMaxNestingDepth()}.
     *
     * @param maxNestingDepth the depth
     */
    public void setMaxNestingDepth(int maxNestingDepth) {
      this.maxNestingDepth = maxNestingDepth;
    }

    /**
     * The longest text value accepted, in characters (default 1000000).
     *
     * @return the length
     */
    public int getMaxStringLength() {
      return maxStringLength;
    }

    /**
     * Sets {@link #getMaxStringLength()}.
     *
     * @param maxStringLength the length
     */
    public void setMaxStringLength(int maxStringLength) {
      this.maxStringLength = maxStringLength;
    }

    /**
     * The three limits as the facade takes them.
     *
     * @return the limits
     * @throws IllegalArgumentException if a limit is not positive
     */
    public CopJsonLimits limits() {
      return new CopJsonLimits(maxDocumentSize.toBytes(), maxNestingDepth, maxStringLength);
    }
  }

  /**
   * {@code cop.jackson.*}: Boot's own mapper, which reads the application's request types that
   * contain cop values.
   *
   * @since 0.2.0
   */
  public static class Jackson {

    private boolean strict;

    /** Creates the settings with their defaults. */
    public Jackson() {}

    /**
     * Whether Boot's whole mapper refuses, as the facade does, duplicate property names, trailing
     * content, numbers for enums and silent scalar conversions (default false: this changes how
     * every request type of the application is read).
     *
     * @return true to make the mapper strict
     */
    public boolean isStrict() {
      return strict;
    }

    /**
     * Sets {@link #isStrict()}.
     *
     * @param strict true to make the mapper strict
     */
    public void setStrict(boolean strict) {
      this.strict = strict;
    }
  }

  /**
   * {@code cop.validation.*}: the {@code CopValidator} bean and the Jakarta constraint.
   *
   * @since 0.2.0
   */
  public static class Validation {

    private Resource policy;
    private String preset;
    private Severity minimumSeverity = Severity.ERROR;

    /** Creates the settings with their defaults. */
    public Validation() {}

    /**
     * The policy document to validate with, such as {@code classpath:policy.json} (default: none,
     * the default policy).
     *
     * @return the resource, or null
     */
    public Resource getPolicy() {
      return policy;
    }

    /**
     * Sets {@link #getPolicy()}.
     *
     * @param policy the resource
     */
    public void setPolicy(Resource policy) {
      this.policy = policy;
    }

    /**
     * The name of a policy preset shipped with cop (default: none). Exclusive with {@link
     * #getPolicy()}.
     *
     * @return the name, or null
     */
    public String getPreset() {
      return preset;
    }

    /**
     * Sets {@link #getPreset()}.
     *
     * @param preset the name
     */
    public void setPreset(String preset) {
      this.preset = preset;
    }

    /**
     * The smallest severity that makes a Jakarta {@code @Valid} check fail (default {@code error}:
     * open planning questions and warnings do not refuse a plan).
     *
     * @return the severity
     */
    public Severity getMinimumSeverity() {
      return minimumSeverity;
    }

    /**
     * Sets {@link #getMinimumSeverity()}.
     *
     * @param minimumSeverity the severity
     */
    public void setMinimumSeverity(Severity minimumSeverity) {
      this.minimumSeverity = minimumSeverity;
    }
  }

  /**
   * {@code cop.web.*}: the web layer.
   *
   * @since 0.2.0
   */
  public static class Web {

    private final ProblemDetails problemDetails = new ProblemDetails();

    /** Creates the settings with their defaults. */
    public Web() {}

    /**
     * {@code cop.web.problem-details.*}.
     *
     * @return the settings
     */
    public ProblemDetails getProblemDetails() {
      return problemDetails;
    }
  }

  /**
   * {@code cop.web.problem-details.*}: {@link CopProblemDetailsAdvice}.
   *
   * @since 0.2.0
   */
  public static class ProblemDetails {

    private boolean enabled;

    /** Creates the settings with their defaults. */
    public ProblemDetails() {}

    /**
     * Whether bad documents, failed validations and bad parameters are answered with problem
     * details (default false, as Spring's own {@code spring.mvc.problemdetails.enabled}).
     *
     * @return true to answer with problem details
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@link #isEnabled()}.
     *
     * @param enabled true to answer with problem details
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /**
   * {@code cop.warm-up.*}: {@link CopWarmUp}.
   *
   * @since 0.2.0
   */
  public static class WarmUp {

    private boolean enabled = true;

    /** Creates the settings with their defaults. */
    public WarmUp() {}

    /**
     * Whether cop runs once in the background when the application is ready, so that the first
     * request does not pay for loading it (default true).
     *
     * @return true to warm up
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@link #isEnabled()}.
     *
     * @param enabled true to warm up
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
