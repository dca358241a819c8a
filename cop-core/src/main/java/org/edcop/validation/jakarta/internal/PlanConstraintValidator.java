package org.edcop.validation.jakarta.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Objects;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.constraints.ValidCommunityOfPractice;
import org.edcop.validation.CopMessages;
import org.edcop.validation.Finding;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;
import org.edcop.validation.jakarta.CopConstraintSettings;
import org.edcop.validation.jakarta.StageGroups;

/**
 * Runs cop's validator for {@code @ValidCommunityOfPractice} and turns each finding into a
 * constraint violation. The stage comes from the declaration's groups; the settings from Hibernate
 * Validator's constraint validator payload, else from the instance (given by {@code
 * CopConstraintValidatorFactory}), else the defaults.
 *
 * <p>The annotation names no validator; Hibernate Validator finds this class through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}, other providers through the XML
 * constraint mapping {@code META-INF/cop/constraint-mapping.xml}.
 *
 * <p>A violation's message is the finding's message, rendered in the settings' language and passed
 * as an escaped template, so the provider's interpolation (with or without expression language)
 * gives the text back unchanged. Under Hibernate Validator the finding itself is the violation's
 * dynamic payload; under another provider, the message starts with {@code [severity rule-id] }
 * instead.
 */
public final class PlanConstraintValidator
    implements ConstraintValidator<ValidCommunityOfPractice, CommunityOfPractice> {

  private final CopConstraintSettings configured;
  private Stage stage = Stage.DRAFT;

  /** Creates the validator with the default settings; the provider calls it. */
  public PlanConstraintValidator() {
    this(CopConstraintSettings.defaults());
  }

  /**
   * Creates the validator with settings, as {@code CopConstraintValidatorFactory} does.
   *
   * @param settings the settings used unless the provider passes a payload
   */
  public PlanConstraintValidator(CopConstraintSettings settings) {
    this.configured = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public void initialize(ValidCommunityOfPractice annotation) {
    stage = StageGroups.stage(annotation.groups());
  }

  @Override
  public boolean isValid(CommunityOfPractice plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    Object hibernate = HibernateSupport.PRESENT ? HibernateSupport.context(context) : null;
    CopConstraintSettings settings = null;
    if (hibernate != null) {
      settings = HibernateSupport.settings(hibernate);
    }
    if (settings == null) {
      settings = configured;
    }
    ValidationReport report = settings.getValidator().validate(plan, stage);
    boolean valid = true;
    for (Finding finding : report.getFindings()) {
      if (!settings.reports(finding.getSeverity())) {
        continue;
      }
      if (valid) {
        context.disableDefaultConstraintViolation();
        valid = false;
      }
      String message = CopMessages.message(finding, settings.getLocale());
      if (hibernate != null) {
        HibernateSupport.payload(hibernate, finding);
      } else {
        message = ViolationText.prefix(finding) + message;
      }
      ViolationPaths.add(context, ViolationText.escape(message), finding.getPath());
    }
    return valid;
  }
}
