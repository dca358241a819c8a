package org.edcop.json.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.edcop.json.format.CopJsonFormat;
import org.edcop.json.format.internal.CreditPolicyWire;
import org.edcop.json.format.internal.IndentingWriter;
import org.edcop.json.format.internal.PlanWire;
import org.edcop.json.format.internal.PolicyWire;
import org.edcop.json.format.internal.ReportWire;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.MemberId;
import org.edcop.model.Vocabulary;
import org.edcop.records.CreditPolicy;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Rule;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.ValidationReport;

/**
 * Generates the format's JSON Schemas (draft 2020-12) with victools from the wire records, and
 * takes everything the records leave as plain text from the model itself: each wire record has a
 * model type of the same simple name, and each component a model accessor of the same name. From
 * the accessor come the codes of a vocabulary, the formats of dates, date-times and durations,
 * whether a list stands for a set, whether a property is required (neither optional, nor defaulted,
 * nor a collection) and default values. A wire component without a model counterpart fails
 * generation, so the schemas cannot drift from the model silently.
 */
public final class CopSchemaGenerator {

  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  /** Writes compact text: the format's pretty form is {@link IndentingWriter}'s. */
  private static final ObjectMapper JSON = new ObjectMapper();

  private CopSchemaGenerator() {}

  /** One shipped schema: its file name and how to generate it. */
  public enum SchemaFile {
    /** Plans, unknown properties allowed: for exchange. */
    PLAN("plan.schema.json"),
    /** Plans, unknown properties forbidden: for authoring. */
    PLAN_STRICT("plan-strict.schema.json"),
    /** Validation reports. */
    REPORT("report.schema.json"),
    /** Validation policies (always strict: a misspelt threshold must not pass). */
    POLICY("policy.schema.json"),
    /** Credit policies of cop-records (always strict, like validation policies). */
    CREDIT_POLICY("credit-policy.schema.json");

    private final String fileName;

    SchemaFile(String fileName) {
      this.fileName = fileName;
    }

    /**
     * The file's name.
     *
     * @return e.g. {@code plan.schema.json}
     */
    public String fileName() {
      return fileName;
    }

    /**
     * Generates the schema's text: pretty JSON with {@code \n} line ends and a final newline.
     *
     * @return the schema
     */
    public String generate() {
      JsonNode schema =
          switch (this) {
            case PLAN ->
                schema(
                    PlanWire.CommunityOfPractice.class,
                    false,
                    "cop plan",
                    "A community-of-practice plan in the cop JSON format, schemaVersion "
                        + CopJsonFormat.SCHEMA_VERSION
                        + ". Properties this version does not define are allowed (and kept by"
                        + " readers); see docs/json-format.md.");
            case PLAN_STRICT ->
                schema(
                    PlanWire.CommunityOfPractice.class,
                    true,
                    "cop plan (strict)",
                    "A community-of-practice plan in the cop JSON format, schemaVersion "
                        + CopJsonFormat.SCHEMA_VERSION
                        + ", with no property the format does not define: for authoring.");
            case REPORT ->
                schema(
                    ReportWire.ValidationReport.class,
                    false,
                    "cop validation report",
                    "The findings of validating a plan at one stage, in the cop JSON format,"
                        + " schemaVersion "
                        + CopJsonFormat.SCHEMA_VERSION
                        + ".");
            case POLICY ->
                schema(
                    PolicyWire.ValidationPolicy.class,
                    true,
                    "cop validation policy",
                    "The thresholds, disabled rules and severity overrides a district applies when"
                        + " validating, in the cop JSON format, schemaVersion "
                        + CopJsonFormat.SCHEMA_VERSION
                        + ".");
            case CREDIT_POLICY ->
                schema(
                    CreditPolicyWire.CreditPolicy.class,
                    true,
                    "cop credit policy",
                    "How a district turns time in a community of practice into professional"
                        + " learning credit (minimum attendance share, caps, credit unit and"
                        + " rounding), in the cop JSON format, schemaVersion "
                        + CopJsonFormat.SCHEMA_VERSION
                        + "; see docs/records.md.");
          };
      try {
        return IndentingWriter.indent(JSON.writeValueAsString(schema)) + "\n";
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static ObjectNode schema(Class<?> root, boolean strict, String title, String about) {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER))
            .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
            .without(Option.SCHEMA_VERSION_INDICATOR);
    if (strict) {
      config.with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
    }
    config
        .forTypesInGeneral()
        .withDefinitionNamingStrategy(
            (key, context) -> key.getType().getErasedType().getSimpleName())
        .withPropertySorter((a, b) -> 0);
    config.forFields().withIgnoreCheck(field -> field.getName().equals("unknownProperties"));
    config.forFields().withRequiredCheck(CopSchemaGenerator::required);
    config.forFields().withInstanceAttributeOverride(CopSchemaGenerator::refine);
    ObjectNode generated = new SchemaGenerator(config.build()).generateSchema(root);
    inlineMaps(generated, (ObjectNode) generated.get("$defs"));
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    schema.put("$schema", DRAFT);
    schema.put("title", title);
    schema.put("description", about);
    schema.setAll(generated);
    return schema;
  }

  /**
   * victools gives every {@code Map} one shared definition; a map's schema is its value type, which
   * differs by property, so each use is written in place instead.
   */
  private static void inlineMaps(ObjectNode schema, ObjectNode definitions) {
    if (definitions == null || !definitions.has("Map")) {
      return;
    }
    JsonNode shared = definitions.remove("Map");
    if (definitions.isEmpty()) {
      schema.remove("$defs");
    }
    inlineMaps(schema, shared);
  }

  private static void inlineMaps(JsonNode node, JsonNode shared) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.asText().equals("#/$defs/Map")) {
        object.remove("$ref");
        ObjectNode inlined = ((ObjectNode) shared).deepCopy();
        if (object.has("additionalProperties")) {
          inlined.set("additionalProperties", object.get("additionalProperties"));
        }
        object.removeAll();
        object.setAll(inlined);
      }
    }
    for (JsonNode child : node) {
      inlineMaps(child, shared);
    }
  }

  // ---- the model counterpart of a wire component ---------------------------------------------

  private static Class<?> modelType(Class<?> wireRecord) {
    String name = wireRecord.getSimpleName();
    for (String pkg :
        List.of(
            "org.edcop.model.",
            "org.edcop.validation.",
            "org.edcop.records.",
            "org.edcop.running.")) {
      try {
        return Class.forName(pkg + name);
      } catch (ClassNotFoundException next) {
        // try the next package
      }
    }
    throw new IllegalStateException("no model type named " + name + " for its wire record");
  }

  private static Method accessor(FieldScope field) {
    Class<?> model = modelType(field.getDeclaringType().getErasedType());
    String name = field.getDeclaredName();
    String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String prefix : List.of("get", "is")) {
      try {
        return model.getMethod(prefix + suffix);
      } catch (NoSuchMethodException next) {
        // try the next prefix
      }
    }
    throw new IllegalStateException(
        "wire property "
            + field.getDeclaringType().getErasedType().getSimpleName()
            + "."
            + name
            + " has no accessor in "
            + model.getName());
  }

  private static boolean isSchemaVersion(FieldScope field) {
    return field.getDeclaredName().equals(CopJsonFormat.SCHEMA_VERSION_PROPERTY);
  }

  private static boolean required(FieldScope field) {
    if (field.isFakeContainerItemScope()) {
      return false;
    }
    if (isSchemaVersion(field)) {
      return true;
    }
    Method method = accessor(field);
    Class<?> type = method.getReturnType();
    return !method.isDefault()
        && type != Optional.class
        && !Collection.class.isAssignableFrom(type)
        && !Map.class.isAssignableFrom(type);
  }

  /** The model's type for the value (or, for an item scope, the element) of a field. */
  private static Type valueType(FieldScope field, Method method) {
    Type type = method.getGenericReturnType();
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      if (raw == Optional.class) {
        return parameterized.getActualTypeArguments()[0];
      }
      if (Collection.class.isAssignableFrom(raw) && field.isFakeContainerItemScope()) {
        return parameterized.getActualTypeArguments()[0];
      }
      if (Map.class.isAssignableFrom(raw)) {
        return parameterized.getActualTypeArguments()[1];
      }
    }
    return type;
  }

  private static void refine(ObjectNode node, FieldScope field, SchemaGenerationContext context) {
    if (isSchemaVersion(field)) {
      node.put("const", CopJsonFormat.SCHEMA_VERSION);
      return;
    }
    Method method = accessor(field);
    Class<?> raw = method.getReturnType();
    if (field.getDeclaringType().getErasedType() == PolicyWire.ValidationPolicy.class) {
      policyBounds(node, field);
    }
    if (Collection.class.isAssignableFrom(raw) && !field.isFakeContainerItemScope()) {
      // the array itself; its items are refined in their own (item) scope
      if (Set.class.isAssignableFrom(raw)) {
        node.put("uniqueItems", true);
      }
      return;
    }
    ObjectNode target = node;
    if (Map.class.isAssignableFrom(raw)
        && node.get("additionalProperties") instanceof ObjectNode values) {
      target = values;
    }
    if (valueType(field, method) instanceof Class<?> type) {
      describe(target, type);
    }
    if (field.getDeclaringType().getErasedType() == PolicyWire.ValidationPolicy.class
        && field.getDeclaredName().endsWith("Tolerance")) {
      // the reader refuses a negative tolerance: no minus sign at all (stricter for PT1H-5M)
      target.put("pattern", DURATION_PATTERN.replace("[-+]", "\\+"));
    }
    Object defaultValue = defaultValue(method);
    if (defaultValue != null && !field.isFakeContainerItemScope()) {
      node.putPOJO("default", defaultValue);
    }
  }

  private static void describe(ObjectNode target, Class<?> type) {
    if (type.isEnum() && Vocabulary.class.isAssignableFrom(type)) {
      ArrayNode codes = target.putArray("enum");
      for (Object constant : type.getEnumConstants()) {
        codes.add(((Vocabulary) constant).code());
      }
    } else if (type == DayOfWeek.class) {
      ArrayNode codes = target.putArray("enum");
      for (DayOfWeek day : DayOfWeek.values()) {
        codes.add(day.name().toLowerCase(Locale.ROOT));
      }
    } else if (type == LocalDate.class) {
      target.put("format", "date");
      target.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    } else if (type == OffsetDateTime.class) {
      target.put("format", "date-time");
      // format is only an annotation for many validators: the offset is also a pattern
      target.put(
          "pattern",
          "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$");
    } else if (type == Duration.class) {
      // what java.time.Duration.parse reads (days at most, signs, fractions of a second), not
      // JSON Schema's "duration" format, which has weeks and months but neither signs nor fractions
      target.put("pattern", DURATION_PATTERN);
      target.put("description", "an ISO-8601 duration as java.time reads it, e.g. PT1H30M");
    } else if (type == java.time.LocalTime.class) {
      // a local time of day (no offset), so not JSON Schema's "time" format
      target.put("pattern", "^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$");
      target.put("description", "a local time of day in the plan's time zone, e.g. 15:30");
    } else if (type == ZoneId.class) {
      // a region id of the tz database: no fixed offsets (+02:00, GMT+05:00), no Java-only ids
      target.put("pattern", ZONE_PATTERN);
      target.put("description", "an IANA time-zone id, e.g. America/Edmonton");
    } else if (type == MemberId.class) {
      target.put("description", "the id of a member of the roster");
    }
  }

  /** Durations as {@code java.time.Duration.parse} accepts them, letters in either case. */
  static final String DURATION_PATTERN =
      "^[-+]?[Pp](?!$)(?:[-+]?[0-9]+[Dd])?(?:[Tt](?!$)(?:[-+]?[0-9]+[Hh])?(?:[-+]?[0-9]+[Mm])?"
          + "(?:[-+]?[0-9]+(?:[.,][0-9]{0,9})?[Ss])?)?$";

  /** The shape of a tz-database region id; whether the zone exists is left to the reader. */
  static final String ZONE_PATTERN = "^(?!SystemV/)[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$";

  /**
   * The bounds the reader enforces on a policy (PolicyMapping) that a schema can state: the share
   * between 0 and 1, sizes not negative, disabled rules among the built-in rules (the keys of
   * severity overrides are not: victools builds map schemas after this hook). SchemaAgreementSuite
   * holds the two to the same verdicts.
   */
  private static void policyBounds(ObjectNode node, FieldScope field) {
    switch (field.getDeclaredName()) {
      case "maxCoreShare" -> {
        node.put("minimum", 0);
        node.put("maximum", 1);
      }
      case "idealSizeFloor", "idealSizeCeiling" -> node.put("minimum", 0);
      case "disabledRules" -> {
        if (field.isFakeContainerItemScope()) {
          ruleIds(node.putArray("enum"));
        }
      }
      default -> {
        // no bound a schema can state
      }
    }
  }

  private static void ruleIds(ArrayNode ids) {
    CopValidator.defaults().getRules().stream().map(Rule::getId).sorted().forEach(ids::add);
  }

  /** The default of a defaulted scalar, as written: from an empty instance of the model type. */
  private static Object defaultValue(Method method) {
    if (!method.isDefault()) {
      return null;
    }
    Object empty = emptyInstance(method.getDeclaringClass());
    if (empty == null) {
      return null;
    }
    try {
      Object value = method.invoke(empty);
      if (value instanceof Boolean || value instanceof Number) {
        return value;
      }
      if (value instanceof Vocabulary vocabulary) {
        return vocabulary.code();
      }
      if (value instanceof Duration duration) {
        return duration.toString();
      }
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object emptyInstance(Class<?> model) {
    if (model == ValidationPolicy.class) {
      return ValidationPolicy.defaults();
    }
    if (model == CreditPolicy.class) {
      return CreditPolicy.defaults();
    }
    if (model == CommunityOfPractice.class) {
      return CommunityOfPractice.builder()
          .id("x")
          .name("x")
          .authority("x")
          .timeZone(ZoneId.of("UTC"))
          .build();
    }
    if (model == ValidationReport.class) {
      return null;
    }
    try {
      Object builder = model.getMethod("builder").invoke(null);
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException | RuntimeException noEmptyInstance) {
      // a type with required values has no empty instance, and its defaults are booleans
      // that can be read from a minimal instance only; none exist in the model today
      return null;
    }
  }
}
