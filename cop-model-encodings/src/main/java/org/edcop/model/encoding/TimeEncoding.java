package org.edcop.model.encoding;

import static org.edcop.model.internal.TimeText.absent;
// Only so that this class compiles: in the generated toString() the name is the generator's own
// StringBuilder, a local that hides this import (docs/adr/0011).
import static org.edcop.model.internal.TimeText.builder;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.immutables.encode.Encoding;
import org.immutables.encode.Encoding.StandardNaming;

/**
 * How Immutables stores an {@code Optional<OffsetDateTime>} attribute (a meeting's start and end):
 * flat in the generated object, as the instant's epoch second and nanosecond and the offset,
 * instead of a reference to an {@code OffsetDateTime} and through it to a {@code LocalDateTime}, a
 * {@code LocalDate} and a {@code LocalTime} (docs/adr/0011). The offset is kept as the {@code
 * ZoneOffset} it was given (the JDK shares one instance per quarter-hour offset); no offset means
 * no value. Nothing is lost: an {@code OffsetDateTime} is its local date-time and its offset, and
 * the local date-time is the instant moved by the offset, so {@code getX()} rebuilds a value equal
 * to the one given, every call.
 *
 * <p>The generated class keeps the signatures Immutables gives an optional attribute: {@code
 * Optional<OffsetDateTime> getX()}, {@code withX(OffsetDateTime)}, {@code withX(Optional)}, and the
 * builder's {@code x(OffsetDateTime)} and {@code x(Optional)}; nulls are refused with the same
 * messages, and {@code equals}, {@code hashCode} and {@code toString} give what they gave.
 *
 * <p>The processor copies this code into each generated class; it is enabled by the generated
 * {@code TimeEncodingEnabled} annotation on the value type.
 */
@Encoding
final class TimeEncoding {

  /** Not a field of the generated class: given to its constructor, kept as the fields below. */
  @Encoding.Impl(virtual = true)
  private Optional<OffsetDateTime> value;

  /** The offset as given; {@code null} when there is no value. */
  private final ZoneOffset offset = value.isPresent() ? value.get().getOffset() : null;

  /** The instant's second from 1970-01-01T00:00Z; 0 when there is no value. */
  private final long second = value.isPresent() ? value.get().toEpochSecond() : 0L;

  /** The instant's nanosecond within its second; 0 when there is no value. */
  private final int nano = value.isPresent() ? value.get().getNano() : 0;

  TimeEncoding() {}

  @Encoding.Expose
  Optional<OffsetDateTime> get() {
    return offset == null
        ? Optional.empty()
        : Optional.of(OffsetDateTime.of(LocalDateTime.ofEpochSecond(second, nano, offset), offset));
  }

  @Encoding.Of
  static Optional<OffsetDateTime> of(Optional<? extends OffsetDateTime> given) {
    return Optional.ofNullable(given.orElse(null));
  }

  /** Equal values: the same instant and the same offset, as {@code OffsetDateTime.equals}. */
  boolean equals(TimeEncoding that) {
    return second == that.second && nano == that.nano && Objects.equals(offset, that.offset);
  }

  /** {@code Objects.hashCode} of the value, as for the attribute without the encoding. */
  @Override
  public int hashCode() {
    return offset == null ? 0 : get().get().hashCode();
  }

  /**
   * The value's text; with no value, the text the generated class has just appended for it (its
   * separator and name) is taken back, so the attribute is left out as Immutables leaves out an
   * absent optional.
   */
  @Override
  public String toString() {
    return offset == null ? absent(builder, "<*>") : get().get().toString();
  }

  /**
   * A copy of this value with the given date-time.
   *
   * @param value the date-time
   * @return the copy
   */
  @Encoding.Copy
  @Encoding.Naming(standard = StandardNaming.WITH)
  public final Optional<OffsetDateTime> withValue(OffsetDateTime value) {
    return Optional.of(Objects.requireNonNull(value, "<*>"));
  }

  /**
   * A copy of this value with the given date-time, or none.
   *
   * @param optional the date-time, if any
   * @return the copy
   */
  @Encoding.Copy
  @Encoding.Naming(standard = StandardNaming.WITH)
  public final Optional<OffsetDateTime> withOptional(Optional<? extends OffsetDateTime> optional) {
    return Optional.ofNullable(optional.orElse(null));
  }

  @Encoding.Builder
  static final class Builder {
    private OffsetDateTime given;

    /**
     * Initializes the optional value to the given date-time.
     *
     * @param value the date-time
     */
    @Encoding.Init
    @Encoding.Naming(standard = StandardNaming.INIT)
    public final void set(OffsetDateTime value) {
      given = Objects.requireNonNull(value, "<*>");
    }

    /**
     * Initializes the optional value to the given date-time, or to none.
     *
     * @param value the date-time, if any
     */
    @Encoding.Init
    @Encoding.Copy
    @Encoding.Naming(standard = StandardNaming.INIT)
    public final void setOptional(Optional<? extends OffsetDateTime> value) {
      given = value.orElse(null);
    }

    @Encoding.Build
    Optional<OffsetDateTime> build() {
      return Optional.ofNullable(given);
    }
  }
}
