package org.edcop.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.edcop.json.format.internal.ModuleBinding;
import org.edcop.json.internal.DocumentDeserializer;
import org.edcop.json.internal.DocumentSerializer;
import org.edcop.json.internal.Jackson2Engine;

/**
 * A Jackson 2 module that teaches a user's own {@code ObjectMapper} the cop JSON format: after
 * {@code mapper.registerModule(new CopJsonModule())} (or {@code mapper.findAndRegisterModules()},
 * which finds it through {@code META-INF/services}), {@code mapper.readValue(json,
 * CommunityOfPractice.class)} and {@code mapper.writeValueAsString(plan)} read and write exactly
 * the documents that {@link CopJson} reads and writes. The same holds for validation reports and
 * policies.
 *
 * <p>The format's own rules (names, codes, date-times with offsets, omitted absent values, sorted
 * sets, kept unknown properties, required values, the format version) hold on any mapper. The
 * defences against hostile input (size, depth and length limits, duplicate keys, trailing content,
 * type coercions) depend on the mapper's own configuration; {@link CopJson} sets them all. A
 * problem found by the format's checks surfaces as a Jackson {@code JsonMappingException} whose
 * cause is a {@link org.edcop.json.format.CopJsonException}.
 *
 * <p>It needs jackson-databind 2.18 or newer; creating it on an older one fails with an {@link
 * IllegalStateException} that names the version found.
 *
 * @since 0.1.0
 */
public final class CopJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module; unknown properties are kept and written back. */
  public CopJsonModule() {
    this(false);
  }

  private final boolean strict;

  private CopJsonModule(boolean strict) {
    super("cop-json", new Version(0, 1, 0, null, "org.edcop", "cop-json"));
    Jackson2Engine.requireSupported(PackageVersion.VERSION);
    this.strict = strict;
    ModuleBinding.all().forEach(this::add);
  }

  /**
   * Creates a module that rejects unknown properties instead of keeping them.
   *
   * @return the strict module
   */
  public static CopJsonModule strict() {
    return new CopJsonModule(true);
  }

  @Override
  public Object getTypeId() {
    // the lenient and the strict module must not count as the same module
    return getClass().getName() + (strict ? "#strict" : "");
  }

  private <M> void add(ModuleBinding<M> binding) {
    addSerializer(binding.type(), new DocumentSerializer<>(binding));
    addDeserializer(binding.type(), new DocumentDeserializer<>(binding, strict));
  }
}
