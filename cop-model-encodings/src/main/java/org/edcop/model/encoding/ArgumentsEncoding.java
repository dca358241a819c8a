package org.edcop.model.encoding;

import java.util.Map;
import org.edcop.model.internal.ArrayMap;
import org.immutables.encode.Encoding;
import org.immutables.encode.Encoding.StandardNaming;

/**
 * How Immutables stores a {@code Map<String, String>} attribute (a finding's arguments): as an
 * {@link ArrayMap}, one array of keys and values in the order given (an unmodifiable {@code
 * LinkedHashMap} past its scan limit), instead of {@code Collections.unmodifiableMap(new
 * LinkedHashMap<>(...))} at every size. A report keeps every finding as long as it lives, so the
 * smaller map is less to hold and less for the collector to copy (#22). The generated class keeps
 * the signatures Immutables gives a map today: {@code Map<String, String> getX()}, {@code
 * withX(Map)}, and the builder's {@code putX(String, String)}, {@code putX(Map.Entry)}, {@code
 * putAllX(Map)} and {@code x(Map)}, with the same messages on nulls.
 *
 * <p>The processor copies this code into each generated class; it is enabled by the generated
 * {@code ArgumentsEncodingEnabled} annotation on the value type.
 */
@Encoding
final class ArgumentsEncoding {

  @Encoding.Impl private Map<String, String> value = ArrayMap.of();

  ArgumentsEncoding() {}

  @Encoding.Expose
  Map<String, String> get() {
    return value;
  }

  @Encoding.Of
  static Map<String, String> of(Map<String, String> entries) {
    return ArrayMap.copyOf(entries, "arguments");
  }

  /**
   * A copy of this value whose map holds the given entries instead, in their order. Given this
   * value's own map, it returns this value unchanged.
   *
   * @param entries the new entries
   * @return the copy, or this value
   */
  @Encoding.Copy
  @Encoding.Naming(standard = StandardNaming.WITH)
  public final Map<String, String> withMap(Map<String, ? extends String> entries) {
    return entries == value ? value : ArrayMap.copyOf(entries, "arguments");
  }

  @Encoding.Builder
  static final class Builder {
    private final ArrayMap.Builder entries = new ArrayMap.Builder();

    /**
     * Puts one entry in the map; a key put again keeps its place and takes the new value.
     *
     * @param key the key
     * @param value the value
     */
    @Encoding.Init
    @Encoding.Naming(standard = StandardNaming.PUT)
    public final void put(String key, String value) {
      entries.put(key, value, "arguments");
    }

    /**
     * Puts one entry in the map; a key put again keeps its place and takes the new value.
     *
     * @param entry the entry
     */
    @Encoding.Init
    @Encoding.Naming(standard = StandardNaming.PUT)
    public final void putEntry(Map.Entry<String, ? extends String> entry) {
      entries.put(entry.getKey(), entry.getValue(), "arguments");
    }

    /**
     * Puts every entry of a map, in its order.
     *
     * @param entries the entries
     */
    @Encoding.Init
    @Encoding.Copy
    @Encoding.Naming(standard = StandardNaming.PUT_ALL)
    public final void putAll(Map<String, ? extends String> entries) {
      this.entries.putAll(entries, "arguments");
    }

    /**
     * Sets or replaces all entries of the map.
     *
     * @param entries the entries
     */
    @Encoding.Init
    @Encoding.Naming(standard = StandardNaming.INIT)
    public final void set(Map<String, ? extends String> entries) {
      this.entries.clear();
      this.entries.putAll(entries, "arguments");
    }

    @Encoding.Build
    Map<String, String> build() {
      return entries.build();
    }
  }
}
