package org.edcop.json.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.CopSchemas;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of bad documents, run by every JSON module against its own facade. Each must raise
 * exactly {@link CopJsonException} (nothing else may escape) of the expected kind, with the
 * expected JSON Pointer, a location when the text has one, and a message free of Java and Jackson
 * class names. Rows marked as schema-detectable must also fail the strict plan schema under an
 * independent validator.
 */
public abstract class BadDocumentsSuite {

  /** Which facade configuration a row is read with. */
  public enum Reader {
    /** The defaults. */
    DEFAULTS,
    /** Strict mode. */
    STRICT,
    /** A document limit of 64 MB, so the string limit is reached first. */
    BIG_DOCUMENTS
  }

  private final Codecs codecs;
  private final Map<Reader, CopJsonCodec> readers = new EnumMap<>(Reader.class);

  /**
   * Runs the suite against one module.
   *
   * @param codecs the module's facades
   */
  protected BadDocumentsSuite(Codecs codecs) {
    this.codecs = codecs;
    readers.put(Reader.DEFAULTS, codecs.defaults());
    readers.put(Reader.STRICT, codecs.create(true, CopJsonLimits.DEFAULTS));
    readers.put(
        Reader.BIG_DOCUMENTS,
        codecs.create(
            false,
            new CopJsonLimits(
                64L * 1024 * 1024,
                CopJsonLimits.DEFAULTS.maxNestingDepth(),
                CopJsonLimits.DEFAULTS.maxStringLength())));
  }

  private static final String HEAD =
      "{\"schemaVersion\":1,\"id\":\"p-1\",\"name\":\"Numeracy\",\"authority\":\"Prairie Rose\","
          + "\"timeZone\":\"America/Edmonton\"";
  private static final String MEMBER =
      "{\"id\":\"m-1\",\"person\":{\"name\":\"Ana\"},\"tier\":\"core\"}";

  private static final Reader DEFAULTS = Reader.DEFAULTS;
  private static final Reader STRICT = Reader.STRICT;
  private static final Reader BIG_DOCUMENTS = Reader.BIG_DOCUMENTS;

  /** A valid plan with more properties. */
  private static String plan(String more) {
    return HEAD + (more.isEmpty() ? "" : "," + more) + "}";
  }

  private static String members(String... members) {
    return "\"community\":{\"membership\":{\"members\":[" + String.join(",", members) + "]}}";
  }

  private static Arguments row(
      String name, Reader reader, String document, Kind kind, String pointer, boolean schema) {
    return Arguments.of(
        name, reader, document.getBytes(StandardCharsets.UTF_8), kind, pointer, schema);
  }

  /**
   * The table: name, reader, document, expected kind, expected pointer, whether the strict plan
   * schema can see the problem.
   *
   * @return the rows
   */
  public static Stream<Arguments> badDocuments() {
    return Stream.of(
        row(
            "malformed: a comma before '}'",
            DEFAULTS,
            plan("\"x\":1,"),
            Kind.MALFORMED,
            "/x",
            false),
        row("malformed: a single-quoted name", DEFAULTS, "{'id':1}", Kind.MALFORMED, "", false),
        row("truncated inside an object", DEFAULTS, HEAD, Kind.TRUNCATED, "/timeZone", false),
        row(
            "truncated inside a string",
            DEFAULTS,
            "{\"schemaVersion\":1,\"id\":\"p-",
            Kind.TRUNCATED,
            "/id",
            false),
        row("empty document", DEFAULTS, "", Kind.TRUNCATED, "", false),
        row("an array, not an object", DEFAULTS, "[" + plan("") + "]", Kind.WRONG_TYPE, "", true),
        row(
            "a number where text is expected",
            DEFAULTS,
            plan("\"name\":5").replace("\"name\":\"Numeracy\",", ""),
            Kind.WRONG_TYPE,
            "/name",
            true),
        row(
            "text where a whole number is expected",
            DEFAULTS,
            plan("\"community\":{\"membership\":{\"idealSize\":{\"min\":\"6\",\"max\":9}}}"),
            Kind.WRONG_TYPE,
            "/community/membership/idealSize/min",
            true),
        row(
            "a fraction where a whole number is expected",
            DEFAULTS,
            plan("\"community\":{\"norms\":{\"version\":1.5}}"),
            Kind.WRONG_TYPE,
            "/community/norms/version",
            true),
        row(
            "a whole number out of range",
            DEFAULTS,
            plan("\"community\":{\"norms\":{\"version\":99999999999}}"),
            Kind.WRONG_TYPE,
            "/community/norms/version",
            false),
        row(
            "an array where an object is expected",
            DEFAULTS,
            plan("\"domain\":[]"),
            Kind.WRONG_TYPE,
            "/domain",
            true),
        row(
            "text where an array is expected",
            DEFAULTS,
            plan("\"domain\":{\"purpose\":{\"types\":\"shared-learning\"}}"),
            Kind.WRONG_TYPE,
            "/domain/purpose/types",
            true),
        row(
            "text where true or false is expected",
            DEFAULTS,
            plan("\"domain\":{\"equityCentred\":\"yes\"}"),
            Kind.WRONG_TYPE,
            "/domain/equityCentred",
            true),
        row(
            "unknown enum value",
            DEFAULTS,
            plan(members(MEMBER.replace("core", "boss"))),
            Kind.UNKNOWN_CODE,
            "/community/membership/members/0/tier",
            true),
        row(
            "a number for an enum",
            DEFAULTS,
            plan("\"status\":0"),
            Kind.WRONG_TYPE,
            "/status",
            true),
        row(
            "a number for an enum inside a set",
            DEFAULTS,
            plan("\"domain\":{\"purpose\":{\"types\":[\"shared-learning\",1]}}"),
            Kind.WRONG_TYPE,
            "/domain/purpose/types/1",
            true),
        row(
            "a code listed twice in a set",
            DEFAULTS,
            plan("\"domain\":{\"purpose\":{\"types\":[\"shared-learning\",\"shared-learning\"]}}"),
            Kind.INVALID_VALUE,
            "/domain/purpose/types/1",
            true),
        row(
            "duplicate key",
            DEFAULTS,
            plan("\"status\":\"planning\",\"status\":\"closed\""),
            Kind.DUPLICATE_PROPERTY,
            "/status",
            false),
        row(
            "a name given again right after itself, where the reader expects the next one",
            DEFAULTS,
            plan(
                members(
                    "{\"id\":\"m-1\",\"id\":\"m-2\",\"person\":{\"name\":\"Ana\"},\"tier\":\"core\"}")),
            Kind.DUPLICATE_PROPERTY,
            "/community/membership/members/0/id",
            false),
        row(
            "a name given again after the names that follow it",
            DEFAULTS,
            plan(
                members(
                    "{\"id\":\"m-1\",\"person\":{\"name\":\"Ana\"},\"tier\":\"core\",\"id\":\"m-2\"}")),
            Kind.DUPLICATE_PROPERTY,
            "/community/membership/members/0/id",
            false),
        row(
            "a name given again in the second element only",
            DEFAULTS,
            plan(
                members(
                    MEMBER,
                    "{\"id\":\"m-2\",\"person\":{\"name\":\"Bo\"},\"tier\":\"core\",\"tier\":\"core\"}")),
            Kind.DUPLICATE_PROPERTY,
            "/community/membership/members/1/tier",
            false),
        row(
            "an unknown name given again around a known one",
            DEFAULTS,
            plan("\"x-a\":1,\"status\":\"planning\",\"x-a\":2"),
            Kind.DUPLICATE_PROPERTY,
            "/x-a",
            false),
        row(
            "duplicate key inside an unknown property",
            DEFAULTS,
            plan("\"x-lms\":{\"a\":1,\"a\":2}"),
            Kind.DUPLICATE_PROPERTY,
            "/x-lms/a",
            false),
        row(
            "date-time without an offset",
            DEFAULTS,
            plan(
                "\"practice\":{\"meetings\":[{\"id\":\"mt-1\",\"start\":\"2026-09-08T16:00:00\"}]}"),
            Kind.INVALID_VALUE,
            "/practice/meetings/0/start",
            true),
        row(
            "date-time that is not a date-time",
            DEFAULTS,
            plan("\"practice\":{\"meetings\":[{\"id\":\"mt-1\",\"end\":\"next Tuesday\"}]}"),
            Kind.INVALID_VALUE,
            "/practice/meetings/0/end",
            true),
        row(
            "a date that does not exist",
            DEFAULTS,
            plan("\"createdOn\":\"2026-02-30\""),
            Kind.INVALID_VALUE,
            "/createdOn",
            true),
        row(
            "a time zone that does not exist",
            DEFAULTS,
            plan("").replace("America/Edmonton", "Mars/Olympus_Mons"),
            Kind.INVALID_VALUE,
            "/timeZone",
            false),
        row(
            "a duration that is not ISO-8601",
            DEFAULTS,
            plan("\"practice\":{\"launchPlan\":{\"meetingLength\":\"90 minutes\"}}"),
            Kind.INVALID_VALUE,
            "/practice/launchPlan/meetingLength",
            true),
        row(
            "10,000-deep nesting",
            DEFAULTS,
            plan("\"x-deep\":" + "[".repeat(10_000) + "]".repeat(10_000)),
            Kind.LIMIT_EXCEEDED,
            "/x-deep/" + "0/".repeat(62) + "0",
            false),
        row(
            "a 30 MB string, default limits (document too large)",
            DEFAULTS,
            plan("").replace("Numeracy", "n".repeat(30_000_000)),
            Kind.LIMIT_EXCEEDED,
            "",
            false),
        row(
            "a 30 MB string, 64 MB document limit (string too long)",
            BIG_DOCUMENTS,
            plan("").replace("Numeracy", "n".repeat(30_000_000)),
            Kind.LIMIT_EXCEEDED,
            "/name",
            false),
        row(
            "missing required part (a member's tier)",
            DEFAULTS,
            plan(members(MEMBER.replace(",\"tier\":\"core\"", ""))),
            Kind.MISSING_VALUE,
            "/community/membership/members/0/tier",
            true),
        row(
            "missing required part (the plan's name)",
            DEFAULTS,
            plan("").replace("\"name\":\"Numeracy\",", ""),
            Kind.MISSING_VALUE,
            "/name",
            true),
        row(
            "missing schemaVersion",
            DEFAULTS,
            plan("").replace("\"schemaVersion\":1,", ""),
            Kind.MISSING_VALUE,
            "/schemaVersion",
            true),
        row(
            "a newer schemaVersion",
            DEFAULTS,
            plan("").replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
            Kind.UNSUPPORTED_VERSION,
            "/schemaVersion",
            true),
        row(
            "null for a required value",
            DEFAULTS,
            plan("").replace("\"name\":\"Numeracy\"", "\"name\":null"),
            Kind.NULL_VALUE,
            "/name",
            true),
        row(
            "null as a list element",
            DEFAULTS,
            plan(members(MEMBER, "null")),
            Kind.NULL_VALUE,
            "/community/membership/members/1",
            true),
        row(
            "trailing content: a second document",
            DEFAULTS,
            plan("") + " {}",
            Kind.TRAILING_CONTENT,
            "",
            false),
        row(
            "trailing content: garbage",
            DEFAULTS,
            plan("") + " ]",
            Kind.TRAILING_CONTENT,
            "",
            false),
        row(
            "unknown property in strict mode",
            STRICT,
            plan("\"domain\":{\"sharedIntrest\":\"typo\"}"),
            Kind.UNKNOWN_PROPERTY,
            "/domain/sharedIntrest",
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  public void rejectedWithTheTypedErrorAndItsPointer(
      String name,
      Reader configuration,
      byte[] document,
      Kind kind,
      String pointer,
      boolean schema) {
    CopJsonCodec reader = readers.get(configuration);
    CopJsonException error = read(reader, document, reader::readPlan);
    assertThat(error.getKind()).as(error.getMessage()).isEqualTo(kind);
    assertThat(error.getPointer()).isEqualTo(pointer);
    assertThat(error.getMessage())
        .contains(error.getDetail())
        .doesNotContain(
            "java.",
            "com.fasterxml",
            "org.edcop",
            "Jackson",
            "Exception",
            "`",
            "PlanWire",
            "Source:");
    if (document.length <= reader.getLimits().maxDocumentBytes()) {
      assertThat(error.getLine()).as("line of: " + error.getMessage()).isPositive();
      assertThat(error.getColumn()).as("column of: " + error.getMessage()).isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  public void everyInputFormGivesTheSameError(
      String name,
      Reader configuration,
      byte[] document,
      Kind kind,
      String pointer,
      boolean schema,
      @TempDir Path directory)
      throws IOException {
    CopJsonCodec reader = readers.get(configuration);
    Path file = directory.resolve("plan.json");
    Files.write(file, document);
    for (Function<byte[], Object> input :
        java.util.List.<Function<byte[], Object>>of(
            bytes -> reader.readPlan(new ByteArrayInputStream(bytes)),
            bytes -> reader.readPlan(file),
            bytes -> reader.readPlan(new String(bytes, StandardCharsets.UTF_8)))) {
      CopJsonException error = read(reader, document, input);
      assertThat(error.getKind()).isEqualTo(kind);
      assertThat(error.getPointer()).isEqualTo(pointer);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  public void whatASchemaCanCatchFailsTheStrictSchema(
      String name,
      Reader configuration,
      byte[] document,
      Kind kind,
      String pointer,
      boolean schema) {
    if (schema) {
      assertThat(
              codecs.schemaErrors(
                  CopSchemas.planStrict(), new String(document, StandardCharsets.UTF_8)))
          .isNotEmpty();
    }
  }

  private static CopJsonException read(
      CopJsonCodec reader, byte[] document, Function<byte[], Object> read) {
    Throwable thrown = catchThrowable(() -> read.apply(document));
    assertThat(thrown).isExactlyInstanceOf(CopJsonException.class);
    return (CopJsonException) thrown;
  }
}
