package org.edcop.json.format.internal;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.edcop.json.format.CopJsonException;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableCommunityOfPractice;
import org.edcop.records.CreditPolicy;
import org.edcop.records.ImmutableCreditPolicy;
import org.edcop.validation.ImmutableValidationPolicy;
import org.edcop.validation.ImmutableValidationReport;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.ValidationReport;

/**
 * One kind of top-level document of the format (a plan, a validation report, a validation policy):
 * its model type, its wire record, its reader and the mapping to the wire record. The Jackson
 * modules register a serializer and a deserializer for each, so adding a document kind is done here
 * once. A plan is read straight from the tokens into the model ({@link PlanReader}); the smaller
 * documents are read into their wire record first ({@link WireReader}), then mapped.
 *
 * @param name what the document is called in messages, e.g. "plan"
 * @param modelType the model's public type
 * @param modelTypes every class a model value may have at run time (interface and implementation)
 * @param wireType the wire record
 * @param reader reads the document from a cursor into the model
 * @param toWire converts a model value into what {@link WireWriter} writes: its wire record, or for
 *     a plan a {@link WireWriter.Direct} that writes the model itself
 * @param <M> the model type
 * @param <W> the wire type
 */
public record WireDocument<M, W>(
    String name,
    Class<M> modelType,
    List<Class<? extends M>> modelTypes,
    Class<W> wireType,
    Reader<M> reader,
    Function<M, Object> toWire) {

  /**
   * Reads one kind of document from a cursor into the model.
   *
   * @param <M> the model type
   */
  @FunctionalInterface
  public interface Reader<M> {
    /**
     * Reads the document that starts at the cursor's current token, leaving the cursor on its last
     * token.
     *
     * @param cursor the cursor, on the document's first token
     * @param strict whether unknown properties are rejected
     * @return the model value, or {@code null} for a JSON {@code null}
     */
    M read(TokenCursor cursor, boolean strict);
  }

  /**
   * A reader through the wire record: {@link WireReader}, then the mapping.
   *
   * @param wireType the wire record
   * @param alwaysStrict true for a document that never keeps unknown properties (a policy)
   * @param toModel the mapping
   */
  private static <M, W> Reader<M> viaRecord(
      Class<W> wireType, boolean alwaysStrict, BiFunction<W, Boolean, M> toModel) {
    return (cursor, strict) -> {
      W wire = WireReader.read(cursor, wireType, strict || alwaysStrict);
      return wire == null ? null : toModel.apply(wire, strict);
    };
  }

  /** A community-of-practice plan. */
  public static final WireDocument<CommunityOfPractice, PlanWire.CommunityOfPractice> PLAN =
      new WireDocument<>(
          "plan",
          CommunityOfPractice.class,
          List.of(CommunityOfPractice.class, ImmutableCommunityOfPractice.class),
          PlanWire.CommunityOfPractice.class,
          PlanReader::read,
          PlanWriter.Document::new);

  /** A validation report. */
  public static final WireDocument<ValidationReport, ReportWire.ValidationReport> REPORT =
      new WireDocument<>(
          "report",
          ValidationReport.class,
          List.of(ValidationReport.class, ImmutableValidationReport.class),
          ReportWire.ValidationReport.class,
          viaRecord(ReportWire.ValidationReport.class, false, ReportMapping::toModel),
          ReportMapping::toWire);

  /** A validation policy. */
  public static final WireDocument<ValidationPolicy, PolicyWire.ValidationPolicy> POLICY =
      new WireDocument<>(
          "policy",
          ValidationPolicy.class,
          List.of(ValidationPolicy.class, ImmutableValidationPolicy.class),
          PolicyWire.ValidationPolicy.class,
          viaRecord(PolicyWire.ValidationPolicy.class, true, PolicyMapping::toModel),
          PolicyMapping::toWire);

  /** A credit policy (cop-records). */
  public static final WireDocument<CreditPolicy, CreditPolicyWire.CreditPolicy> CREDIT_POLICY =
      new WireDocument<>(
          "credit policy",
          CreditPolicy.class,
          List.of(CreditPolicy.class, ImmutableCreditPolicy.class),
          CreditPolicyWire.CreditPolicy.class,
          viaRecord(CreditPolicyWire.CreditPolicy.class, true, CreditPolicyMapping::toModel),
          CreditPolicyMapping::toWire);

  /**
   * Every document kind, for modules that register them all.
   *
   * @return the document kinds
   */
  public static List<WireDocument<?, ?>> all() {
    return List.of(PLAN, REPORT, POLICY, CREDIT_POLICY);
  }

  /**
   * Reads the document that starts at the cursor's current token into the model.
   *
   * @param cursor the cursor, on the document's first token
   * @param strict whether unknown properties are rejected
   * @return the model value
   * @throws EngineFailure if the parser fails or a value has the wrong JSON type
   * @throws CopJsonException if the document holds a value the model cannot take
   */
  public M read(TokenCursor cursor, boolean strict) {
    try {
      return reader.read(cursor, strict);
    } catch (IllegalArgumentException | IllegalStateException refused) {
      // the reader checks every value first; this only catches a model check it does not know
      throw new CopJsonException(
          CopJsonException.Kind.INVALID_VALUE,
          "",
          "the " + name + " holds a value the model refuses: " + refused.getMessage(),
          -1,
          -1,
          refused);
    }
  }

  /**
   * The message of the Jackson exception a module raises on a user's own mapper for a value of the
   * wrong JSON type.
   *
   * @param failure the reader's failure
   * @return the message
   */
  public String describe(EngineFailure failure) {
    String found = failure.token() == null ? null : failure.token().name();
    return describe(failure.pointer(), ReaderErrors.wrongType(failure.target(), found));
  }

  /**
   * What {@link WireWriter} writes for a model value: its wire record, or for a plan the model
   * itself, written straight to the sink ({@link PlanWriter}).
   *
   * @param value the model value
   * @return the record or the direct document
   */
  public Object write(M value) {
    return toWire.apply(value);
  }

  /**
   * The message of the Jackson exception a module raises on a user's own mapper for a mapping
   * problem, whose cause is the typed error.
   *
   * @param error the typed error
   * @return the message
   */
  public String describe(CopJsonException error) {
    return describe(error.getPointer(), error.getDetail());
  }

  private String describe(String pointer, String detail) {
    String where = pointer.isEmpty() ? "the " + name + "'s root" : pointer;
    return "invalid " + name + ": " + detail + " (at " + where + " within the " + name + ")";
  }
}
