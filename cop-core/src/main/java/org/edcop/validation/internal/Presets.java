package org.edcop.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.edcop.model.Vocabulary;
import org.edcop.validation.ImmutableValidationPolicy;
import org.edcop.validation.Severity;
import org.edcop.validation.ValidationInputException;
import org.edcop.validation.ValidationPolicy;

/** Loads the policy presets kept as {@code .properties} files beside this class's resources. */
public final class Presets {

  /** The shipped presets, sorted. */
  public static final List<String> NAMES = List.of("21csla-cohort", "cass-system-leaders");

  private static final String DIRECTORY = "/org/edcop/validation/presets/";

  private Presets() {}

  /**
   * Loads a preset.
   *
   * @param name its name
   * @return the policy
   * @throws ValidationInputException for an unknown name
   */
  public static ValidationPolicy load(String name) {
    if (!NAMES.contains(name)) {
      throw new ValidationInputException(
          "preset", "'" + name + "'", "no such preset; known presets: " + String.join(", ", NAMES));
    }
    Properties properties = new Properties();
    try (InputStream in = Presets.class.getResourceAsStream(DIRECTORY + name + ".properties")) {
      if (in == null) {
        throw new IllegalStateException("preset file of '" + name + "' is missing from cop-core");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableValidationPolicy.Builder b = ValidationPolicy.builder();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      String value = properties.getProperty(key).trim();
      try {
        apply(b, key, value);
      } catch (NumberFormatException e) {
        throw new IllegalStateException("preset '" + name + "': " + key + "=" + value, e);
      }
    }
    return b.build();
  }

  private static void apply(ImmutableValidationPolicy.Builder b, String key, String value) {
    if (key.startsWith("severity.")) {
      b.putSeverityOverride(
          key.substring("severity.".length()),
          Vocabulary.fromCode(Severity.class, value.toLowerCase(Locale.ROOT)));
      return;
    }
    switch (key) {
      case "disabledRules":
        for (String id : value.split(",")) {
          if (!id.isBlank()) {
            b.addDisabledRules(id.trim());
          }
        }
        break;
      case "maxCoreShare":
        b.maxCoreShare(Double.parseDouble(value));
        break;
      case "idealSizeFloor":
        b.idealSizeFloor(Integer.parseInt(value));
        break;
      case "idealSizeCeiling":
        b.idealSizeCeiling(Integer.parseInt(value));
        break;
      case "nextMeetingWithinDays":
        b.nextMeetingWithinDays(Integer.parseInt(value));
        break;
      case "problemOfPracticeAfterMeetings":
        b.problemOfPracticeAfterMeetings(Integer.parseInt(value));
        break;
      case "studyWithinWeeks":
        b.studyWithinWeeks(Integer.parseInt(value));
        break;
      case "maxSkippedPeriods":
        b.maxSkippedPeriods(Integer.parseInt(value));
        break;
      case "sustainedSeriesMeetings":
        b.sustainedSeriesMeetings(Integer.parseInt(value));
        break;
      case "sustainedSeriesMonths":
        b.sustainedSeriesMonths(Integer.parseInt(value));
        break;
      case "reflectionTiers":
        java.util.Set<org.edcop.model.ParticipationTier> tiers =
            java.util.EnumSet.noneOf(org.edcop.model.ParticipationTier.class);
        for (String code : value.split(",")) {
          if (!code.isBlank()) {
            tiers.add(Vocabulary.fromCode(org.edcop.model.ParticipationTier.class, code.trim()));
          }
        }
        b.reflectionTiers(tiers);
        break;
      case "meetingLengthTolerance":
        b.meetingLengthTolerance(java.time.Duration.parse(value));
        break;
      case "spacingTolerance":
        b.spacingTolerance(java.time.Duration.parse(value));
        break;
      default:
        throw new IllegalStateException("a preset sets an unknown setting: " + key);
    }
  }
}
