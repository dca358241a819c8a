package org.edcop.json.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableCommunityOfPractice;
import org.edcop.testing.CollidingIds;
import org.edcop.testing.RandomPlans;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input chosen by an attacker or a careless integrator, one test per defect class of issue 14 (see
 * docs/reliability.md): colliding member ids, unbounded sources, halves of surrogate pairs, the
 * reserved-looking property name {@code unknownProperties}, stream against string bytes, unknown
 * rule ids, finding paths, numbers and zones a policy or plan cannot keep, years past 9999 and
 * columns counted in characters. Run by every JSON module, so both generations are held to the same
 * kind, pointer, line and column.
 */
public abstract class HostileInputSuite {

  private static final String PLAN_HEAD =
      "{\"schemaVersion\":1,\"id\":\"p\",\"name\":\"N\",\"authority\":\"A\","
          + "\"timeZone\":\"America/Edmonton\"";

  private final Codecs codecs;
  private final CopJsonCodec json;

  /**
   * Runs the suite against one module.
   *
   * @param codecs the module's facades
   */
  protected HostileInputSuite(Codecs codecs) {
    this.codecs = codecs;
    this.json = codecs.defaults();
  }

  private static CopJsonException refused(Runnable read) {
    CopJsonException error = catchThrowableOfType(CopJsonException.class, read::run);
    assertThat(error).as("a CopJsonException").isNotNull();
    return error;
  }

  private static void assertError(
      CopJsonException error, Kind kind, String pointer, long line, long column) {
    assertThat(error.getKind()).as(error.getMessage()).isEqualTo(kind);
    assertThat(error.getPointer()).as(error.getMessage()).isEqualTo(pointer);
    assertThat(error.getLine()).as(error.getMessage()).isEqualTo(line);
    assertThat(error.getColumn()).as(error.getMessage()).isEqualTo(column);
  }

  // ---- colliding member ids ---------------------------------------------------------------------

  @Test
  void collidingIdsExistForTheTest() {
    List<String> ids = CollidingIds.ids(1000);
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
  }

  @Test
  void hundredThousandCollidingIdsReadAndValidateWithinAGenerousBound() {
    byte[] document = CollidingIds.plan(100_000).getBytes(StandardCharsets.UTF_8);
    CopJsonCodec big = codecs.create(false, new CopJsonLimits(64L * 1024 * 1024, 64, 1_000_000));
    // a regression bound, not a speed test: quadratic lookups took minutes here (issue 14)
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          CommunityOfPractice plan = big.readPlan(document);
          assertThat(plan.getCommunity().getMembership().getMembers()).hasSize(100_000);
          assertThat(plan.getPractice().getMeetings().get(0).getAttendance()).hasSize(100_000);
          ValidationReport report = CopValidator.defaults().validate(plan, Stage.LAUNCH);
          assertThat(report.getFindings())
              .noneMatch(f -> f.getRuleId().startsWith("integrity.member"));
        });
  }

  @Test
  void aRepeatedCollidingIdIsStillFound() {
    String document =
        CollidingIds.plan(2000)
            .replace(
                "\"m1\",\"attendance\":[\"",
                "\"m1\",\"x\":1,\"attendance\":[\"AaAaAaAaAaAaAaAaAaAaAa\",\"");
    CopJsonException error = refused(() -> json.readPlan(document));
    assertThat(error.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(error.getPointer()).startsWith("/practice/meetings/0/attendance/");
  }

  // ---- bounded reads ---------------------------------------------------------------------------

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void devZeroThroughAPathStopsAtTheLimit() {
    CopJsonCodec small = codecs.create(false, new CopJsonLimits(1 << 20, 64, 1000));
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          CopJsonException error = refused(() -> small.readPlan(Path.of("/dev/zero")));
          assertThat(error.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
          assertThat(refused(() -> small.readPolicy(Path.of("/dev/zero"))).getKind())
              .isEqualTo(Kind.LIMIT_EXCEEDED);
          assertThat(refused(() -> small.readReport(Path.of("/dev/zero"))).getKind())
              .isEqualTo(Kind.LIMIT_EXCEEDED);
        });
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aFifoIsReadToItsEndAndNoFurtherThanTheLimit(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("plan.fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
    byte[] plan = (PLAN_HEAD + "}").getBytes(StandardCharsets.UTF_8);
    Thread writer = feed(fifo, plan, 1);
    assertThat(json.readPlan(fifo).getId()).isEqualTo("p");
    writer.join(10_000);

    CopJsonCodec small = codecs.create(false, new CopJsonLimits(64 * 1024, 64, 1000));
    Thread endless = feed(fifo, new byte[8192], 1000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThat(refused(() -> small.readPlan(fifo)).getKind())
                .isEqualTo(Kind.LIMIT_EXCEEDED));
    endless.join(10_000);
  }

  private static Thread feed(Path fifo, byte[] chunk, int times) {
    Thread thread =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                for (int i = 0; i < times; i++) {
                  out.write(chunk);
                }
              } catch (IOException readerStopped) {
                // the reader closes the pipe once it is over the limit
              }
            });
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  @Test
  void aDirectoryIsAnIoErrorNotACrash(@TempDir Path dir) {
    assertThat(refused(() -> json.readPlan(dir)).getKind()).isEqualTo(Kind.IO);
  }

  // ---- surrogates ------------------------------------------------------------------------------

  @Test
  void anEscapedLoneSurrogateIsAnInvalidValueWithItsPointer() {
    String document = PLAN_HEAD.replace("\"name\":\"N\"", "\"name\":\"N\\ud800\"") + "}";
    assertError(refused(() -> json.readPlan(document)), Kind.INVALID_VALUE, "/name", 1, 36);
    assertError(
        refused(() -> json.readPlan(document.getBytes(StandardCharsets.UTF_8))),
        Kind.INVALID_VALUE,
        "/name",
        1,
        36);
    String inName = PLAN_HEAD + ",\"x\\udc00\":1}";
    // both generations' parsers refuse it in a name themselves, as a syntax error
    assertThat(refused(() -> json.readPlan(inName)).getKind()).isEqualTo(Kind.MALFORMED);
  }

  @Test
  void aRawLoneSurrogateInAStringIsMalformedTextNeverAQuestionMark() {
    String document = PLAN_HEAD.replace("\"name\":\"N\"", "\"name\":\"N\ud800\"") + "}";
    assertError(refused(() -> json.readPlan(document)), Kind.MALFORMED, "", 1, 38);
  }

  @Test
  void aPlanWithALoneSurrogateIsRefusedOnEveryWritePath() {
    CommunityOfPractice plan =
        ImmutableCommunityOfPractice.copyOf(json.readPlan(PLAN_HEAD + "}")).withName("N\ud800");
    assertThatThrownBy(() -> json.writePlan(plan)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> json.writePlan(plan, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- no reserved property names --------------------------------------------------------------

  @Test
  void aPropertyNamedUnknownPropertiesIsKeptLikeAnyOtherUnknownProperty() {
    // the streaming reader has no reserved names: the wire records' collection is not a property
    String document = PLAN_HEAD + ",\"unknownProperties\":{\"a\":1},\"y\":2}";
    CommunityOfPractice plan = json.readPlan(document);
    String written = json.writePlan(plan);
    assertThat(written).contains("\"unknownProperties\":{\"a\":1}").contains("\"y\":2");
    assertThat(json.readPlan(written)).isEqualTo(plan);
    String nested = PLAN_HEAD + ",\"domain\":{\"unknownProperties\":1}}";
    assertThat(json.writePlan(json.readPlan(nested)))
        .contains("\"domain\":{\"unknownProperties\":1}");
  }

  @Test
  void aPropertyNamedUnknownPropertiesIsRefusedInStrictModeAndInPolicies() {
    CopJsonCodec strict = codecs.create(true, CopJsonLimits.DEFAULTS);
    CopJsonException error =
        refused(() -> strict.readPlan(PLAN_HEAD + ",\"unknownProperties\":{\"a\":1}}"));
    assertThat(error.getKind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(error.getPointer()).isEqualTo("/unknownProperties");
    CopJsonException policy =
        refused(() -> json.readPolicy("{\"schemaVersion\":1,\"unknownProperties\":{}}"));
    assertThat(policy.getKind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(policy.getPointer()).isEqualTo("/unknownProperties");
  }

  // ---- one writer path -------------------------------------------------------------------------

  @Test
  void streamBytesAreStringBytesOutsideTheBasicPlane() {
    CommunityOfPractice plan =
        ImmutableCommunityOfPractice.copyOf(json.readPlan(PLAN_HEAD + "}"))
            .withName("Graduates \uD83C\uDF93 and \uD835\uDC9C");
    assertSameBytes(plan);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void streamBytesAreStringBytesForRandomPlans(long seed) {
    assertSameBytes(RandomPlans.generate(seed));
  }

  static long[] seeds() {
    return RandomPlans.seeds(100).toArray();
  }

  private void assertSameBytes(CommunityOfPractice plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writePlan(plan, out);
    assertThat(out.toByteArray()).isEqualTo(json.writePlan(plan).getBytes(StandardCharsets.UTF_8));
  }

  // ---- policies --------------------------------------------------------------------------------

  @Test
  void aPolicyNamingAnUnknownRuleIsRefusedByTheReader() {
    CopJsonException disabled =
        refused(
            () -> json.readPolicy("{\"schemaVersion\":1,\"disabledRules\":[\"no.such-rule\"]}"));
    assertError(disabled, Kind.UNKNOWN_CODE, "/disabledRules/0", 1, 37);
    CopJsonException override =
        refused(
            () ->
                json.readPolicy(
                    "{\"schemaVersion\":1,\"severityOverrides\":{\"no.such-rule\":\"error\"}}"));
    assertThat(override.getKind()).isEqualTo(Kind.UNKNOWN_CODE);
    assertThat(override.getPointer()).isEqualTo("/severityOverrides/no.such-rule");
  }

  @Test
  void aPolicyNamingARenamedRuleIsToldTheNewId() {
    CopJsonException error =
        refused(
            () ->
                json.readPolicy(
                    "{\"schemaVersion\":1,\"disabledRules\":[\"plan.meeting-missing\"]}"));
    assertThat(error.getKind()).isEqualTo(Kind.UNKNOWN_CODE);
    assertThat(error.getMessage()).contains("renamed to 'collaborative-plan.meeting-missing'");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\"NaN\"", "\"0.5\"", "1e-400", "0.10000000000000000001"})
  void aShareThatIsNotANumberOrCannotBeKeptIsRefused(String share) {
    CopJsonException error =
        refused(() -> json.readPolicy("{\"schemaVersion\":1,\"maxCoreShare\":" + share + "}"));
    assertThat(error.getKind()).isIn(Kind.WRONG_TYPE, Kind.INVALID_VALUE);
    assertThat(error.getPointer()).isEqualTo("/maxCoreShare");
  }

  @Test
  void anOrdinaryShareIsKept() {
    assertThat(json.readPolicy("{\"schemaVersion\":1,\"maxCoreShare\":0.25}").getMaxCoreShare())
        .isEqualTo(0.25);
    assertThat(json.readPolicy("{\"schemaVersion\":1,\"maxCoreShare\":1}").getMaxCoreShare())
        .isEqualTo(1.0);
  }

  // ---- reports ---------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"community.membership", "community/membership", "/a~2b", " /a"})
  void aFindingPathThatIsNotAJsonPointerIsRefused(String path) {
    String report =
        json.writeReport(Fixtures.report())
            .replaceFirst("\"path\":\"[^\"]*\"", "\"path\":\"" + path + "\"");
    CopJsonException error = refused(() -> json.readReport(report));
    assertThat(error.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(error.getPointer()).isEqualTo("/findings/0/path");
  }

  // ---- zones and years -------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"GMT+05:00", "UTC+01:00", "SystemV/EST5", "+02:00", "Z", "EST"})
  void onlyIanaRegionZonesAreAccepted(String zone) {
    String document = PLAN_HEAD.replace("America/Edmonton", zone) + "}";
    CopJsonException error = refused(() -> json.readPlan(document));
    assertThat(error.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(error.getPointer()).isEqualTo("/timeZone");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Europe/Paris", "UTC", "Etc/UTC", "Asia/Kolkata"})
  void ianaZonesAreAccepted(String zone) {
    assertThat(json.readPlan(PLAN_HEAD.replace("America/Edmonton", zone) + "}").getTimeZone())
        .hasToString(zone);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        ",\"createdOn\":\"+10000-01-01\"",
        ",\"createdOn\":\"10000-01-01\"",
        ",\"practice\":{\"meetings\":[{\"id\":\"m\",\"start\":\"+10000-01-01T10:00:00Z\"}]}"
      })
  void yearsPast9999AreRefusedOnRead(String property) {
    String document = PLAN_HEAD + property + "}";
    CopJsonException error = refused(() -> json.readPlan(document));
    assertThat(error.getKind()).isEqualTo(Kind.INVALID_VALUE);
  }

  @Test
  void aYearTheFormatCannotWriteIsAnIllegalArgumentOnWrite() {
    CommunityOfPractice plan =
        ImmutableCommunityOfPractice.copyOf(json.readPlan(PLAN_HEAD + "}"))
            .withCreatedOn(java.time.LocalDate.of(10000, 1, 1));
    assertThatThrownBy(() -> json.writePlan(plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10000");
  }

  // ---- columns in characters -------------------------------------------------------------------

  @Test
  void columnsCountCharactersNotBytes() {
    // "é" is two bytes, the graduation cap four: the error is at the 20th character
    String document = "{\"name\":\"\u00e9\u00e9\uD83C\uDF93\",\"x\":}";
    assertError(refused(() -> json.readPlan(document)), Kind.MALFORMED, "/x", 1, 19);
    assertError(
        refused(() -> json.readPlan(document.getBytes(StandardCharsets.UTF_8))),
        Kind.MALFORMED,
        "/x",
        1,
        19);
  }

  @Test
  void columnsOfMappingErrorsCountCharactersToo() {
    String document =
        "{\"schemaVersion\":1,\"id\":\"\u00e9\u00e9\",\"name\":\"N\","
            + "\"authority\":\"A\",\"timeZone\":\"Mars/Olympus\"}";
    assertError(refused(() -> json.readPlan(document)), Kind.INVALID_VALUE, "/timeZone", 1, 68);
  }
}
