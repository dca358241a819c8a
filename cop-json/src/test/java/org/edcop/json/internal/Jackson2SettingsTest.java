package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.WireWriter;
import org.edcop.json.tck.EngineSettingsSuite;

/** The shared settings in Jackson 2's factory and generator. */
class Jackson2SettingsTest extends EngineSettingsSuite {

  private static final JsonFactory FACTORY = Jackson2Engine.factory(CopJsonLimits.DEFAULTS);

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
    expect(
        JsonReadFeature.class,
        feature -> FACTORY.isEnabled(feature.mappedFeature()),
        JsonReadFeature::enabledByDefault);
    expect(StreamWriteFeature.class, FACTORY::isEnabled, StreamWriteFeature::enabledByDefault);
  }

  @Override
  protected boolean internsNames() {
    return FACTORY.isEnabled(JsonFactory.Feature.INTERN_FIELD_NAMES);
  }

  @Override
  protected void write(WireWriter.Direct document, Writer out) throws IOException {
    new Jackson2Engine(CopJsonLimits.DEFAULTS).write(document, out);
  }

  @Override
  protected Object streamReadConstraints(CopJsonLimits limits) {
    return Jackson2Engine.factory(limits).streamReadConstraints();
  }
}
