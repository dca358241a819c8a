package org.edcop.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.edcop.standards.StandardsCatalog;
import org.edcop.validation.ValidationReport;
import org.immutables.value.Value;

/**
 * What a planning packet shows and in which language: the findings of a validation report beside
 * the sections they concern, per-meeting attendance counts, and contact details (left out unless
 * asked for). Every option has a safe default, so {@link #defaults()} renders the plan alone, in
 * English, without contact details.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface PacketOptions {

  /**
   * The language of the packet's own words and of the vocabulary labels: English, French or
   * Spanish; any other language gets English. The JVM's default locale is never used.
   *
   * @return the locale; {@link Locale#ENGLISH} unless set
   */
  @Value.Default
  default Locale getLocale() {
    return Locale.ENGLISH;
  }

  /**
   * A validation report of the same plan, whose findings appear beside the section each belongs to,
   * with their severity.
   *
   * @return the report, if one is to be shown
   */
  Optional<ValidationReport> getReport();

  /**
   * Whether members' e-mail addresses and telephone numbers are printed. Off by default: a packet
   * is often shared beyond the community.
   *
   * @return {@code true} to include contact details
   */
  @Value.Default
  default boolean isIncludeContacts() {
    return false;
  }

  /**
   * Whether reflections their authors marked private ({@code privateToAuthor}) are printed. Off by
   * default: a private reflection is for its author and the convener, not for the people a packet
   * is handed to.
   *
   * @return {@code true} to include private reflections
   * @since 0.2.0
   */
  @Value.Default
  default boolean isIncludePrivateReflections() {
    return false;
  }

  /**
   * Whether the collaborative plan shows, for each meeting, how many members attended (from the
   * meetings' recorded attendance) out of the roster's headcount.
   *
   * @return {@code true} to show attendance counts
   */
  @Value.Default
  default boolean isShowAttendance() {
    return false;
  }

  /**
   * The professional standards used to name the competencies leaders cite in their reflections.
   *
   * @return the catalog; {@link StandardsCatalog#builtIn()} unless set
   */
  @Value.Default
  default StandardsCatalog getStandards() {
    return StandardsCatalog.builtIn();
  }

  /**
   * A TrueType font file to set the PDF in, embedded (subset) in the document. Without one the PDF
   * uses the PDF standard fonts, which print only Western European (Windows-1252) characters and
   * show others as {@code #}; give a font that covers the scripts of the plan's names and text. The
   * HTML page never uses it.
   *
   * @return the font file, if one is set
   */
  Optional<Path> getPdfFont();

  /**
   * The default options: English, no findings, no attendance, no contact details.
   *
   * @return the options
   */
  static PacketOptions defaults() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutablePacketOptions.Builder builder() {
    return ImmutablePacketOptions.builder();
  }
}
