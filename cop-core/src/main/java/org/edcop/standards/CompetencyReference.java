package org.edcop.standards;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A competency reference resolved against a framework (guide section: Connection to Professional
 * Practice): the competency, and the indicator or element it names, if any. A reference is a
 * competency id ({@code 5}) or a competency id followed by an indicator id, directly or after a
 * {@code .} or {@code -} ({@code 5A}, {@code 5.A}, {@code 5-A}; without a separator the indicator
 * id starts with a letter); indicator ids match ignoring case.
 *
 * @since 0.2.0
 */
public final class CompetencyReference {

  private final Competency competency;
  private final String indicatorId;

  private CompetencyReference(Competency competency, String indicatorId) {
    this.competency = competency;
    this.indicatorId = indicatorId;
  }

  /**
   * Resolves a reference. The competency is the one with the longest id the reference starts with;
   * what follows it (after an optional {@code .} or {@code -}) is the indicator id.
   *
   * @param framework the framework
   * @param reference the reference, e.g. {@code 5A}
   * @return the resolved reference, or empty when no competency of the framework matches
   */
  public static Optional<CompetencyReference> resolve(Framework framework, String reference) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(reference, "reference");
    Optional<Competency> exact = framework.findCompetency(reference);
    if (exact.isPresent()) {
      return Optional.of(new CompetencyReference(exact.get(), ""));
    }
    Competency best = null;
    for (Competency competency : framework.getCompetencies()) {
      String id = competency.getId();
      if (reference.startsWith(id)
          && reference.length() > id.length()
          && (best == null || id.length() > best.getId().length())) {
        best = competency;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    String rest = reference.substring(best.getId().length());
    if (rest.startsWith(".") || rest.startsWith("-")) {
      rest = rest.substring(1);
    } else if (!Character.isLetter(rest.charAt(0))) {
      return Optional.empty(); // "99" is not competency 9, indicator 9: "9.9" would be
    }
    if (rest.isEmpty() || !rest.chars().allMatch(Character::isLetterOrDigit)) {
      return Optional.empty();
    }
    return Optional.of(new CompetencyReference(best, rest));
  }

  /**
   * The competency referred to.
   *
   * @return the competency
   */
  public Competency getCompetency() {
    return competency;
  }

  /**
   * The indicator id the reference names, as written; empty for a plain competency reference.
   *
   * @return the indicator id, or {@code ""}
   */
  public String getIndicatorId() {
    return indicatorId;
  }

  /**
   * The indicator's name, when the reference names one the catalog lists.
   *
   * @return the name, if listed
   */
  public Optional<String> indicatorName() {
    return indicatorKey().map(key -> competency.getIndicators().get(key));
  }

  /**
   * Whether the reference can be accepted: a plain competency, an indicator the catalog lists, or
   * an indicator of a competency whose indicators the catalog does not list (it cannot check them).
   *
   * @return {@code true} if known
   */
  public boolean isKnown() {
    return indicatorId.isEmpty()
        || competency.getIndicators().isEmpty()
        || indicatorKey().isPresent();
  }

  private Optional<String> indicatorKey() {
    for (Map.Entry<String, String> entry : competency.getIndicators().entrySet()) {
      if (entry.getKey().toLowerCase(Locale.ROOT).equals(indicatorId.toLowerCase(Locale.ROOT))) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return competency.getId() + (indicatorId.isEmpty() ? "" : "/" + indicatorId);
  }
}
