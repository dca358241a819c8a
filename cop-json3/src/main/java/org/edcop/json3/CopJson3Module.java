package org.edcop.json3;

import org.edcop.json.format.internal.ModuleBinding;
import org.edcop.json3.internal.DocumentDeserializer;
import org.edcop.json3.internal.DocumentSerializer;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that teaches a user's own {@code JsonMapper} (Spring Boot 4, plain {@code
 * tools.jackson}) the cop JSON format. Add it with {@code JsonMapper.builder().addModule(new
 * CopJson3Module())}, or let {@code JsonMapper.builder().findAndAddModules()} find it through
 * {@code META-INF/services}; then {@code mapper.readValue(json, CommunityOfPractice.class)} and
 * {@code mapper.writeValueAsString(plan)} read and write exactly the documents that {@link
 * CopJson3} (and the Jackson 2 {@code CopJson}) read and write. The same holds for validation
 * reports and policies.
 *
 * <p>The format's own rules (names, codes, date-times with offsets, omitted absent values, sorted
 * sets, kept unknown properties, required values, the format version) hold on any mapper. The
 * defences against hostile input (size, depth and length limits, duplicate keys, coercions) depend
 * on the mapper's own configuration; {@link CopJson3} sets them all. A problem found by the
 * format's checks surfaces as a Jackson {@code DatabindException} whose cause is a {@link
 * org.edcop.json.format.CopJsonException}.
 *
 * @since 0.1.0
 */
public final class CopJson3Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module; unknown properties are kept and written back. */
  public CopJson3Module() {
    this(false);
  }

  private CopJson3Module(boolean strict) {
    // the lenient and the strict module must not count as the same module
    super(
        "cop-json3",
        new Version(0, 1, 0, null, "org.edcop", "cop-json3"),
        CopJson3Module.class.getName() + (strict ? "#strict" : ""));
    ModuleBinding.all().forEach(binding -> add(binding, strict));
  }

  /**
   * Creates a module that rejects unknown properties instead of keeping them.
   *
   * @return the strict module
   */
  public static CopJson3Module strict() {
    return new CopJson3Module(true);
  }

  private <M> void add(ModuleBinding<M> binding, boolean strict) {
    addSerializer(binding.type(), new DocumentSerializer<>(binding));
    addDeserializer(binding.type(), new DocumentDeserializer<>(binding, strict));
  }
}
