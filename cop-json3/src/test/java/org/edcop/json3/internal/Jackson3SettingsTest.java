package org.edcop.json3.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.WireWriter;
import org.edcop.json.tck.EngineSettingsSuite;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/** The shared settings in Jackson 3's factory and generator. */
class Jackson3SettingsTest extends EngineSettingsSuite {

  private static final JsonFactory FACTORY = Jackson3Engine.factory(CopJsonLimits.DEFAULTS);

  @Override
  protected Set<String> appliedFamilies() {
    return Set.of(
        StreamReadFeature.class.getSimpleName(),
        JsonReadFeature.class.getSimpleName(),
        StreamWriteFeature.class.getSimpleName());
  }

  @Override
  protected void expectFeaturesOfEveryFamily() {
    expect(StreamReadFeature.class, FACTORY::isEnabled, StreamReadFeature::enabledByDefault);
    expect(JsonReadFeature.class, FACTORY::isEnabled, JsonReadFeature::enabledByDefault);
    expect(StreamWriteFeature.class, FACTORY::isEnabled, StreamWriteFeature::enabledByDefault);
  }

  @Override
  protected boolean internsNames() {
    return FACTORY.isEnabled(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES);
  }

  @Override
  protected void write(WireWriter.Direct document, Writer out) throws IOException {
    new Jackson3Engine(CopJsonLimits.DEFAULTS).write(document, out);
  }

  @Override
  protected Object streamReadConstraints(CopJsonLimits limits) {
    return Jackson3Engine.factory(limits).streamReadConstraints();
  }
}
