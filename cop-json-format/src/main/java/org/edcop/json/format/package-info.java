/**
 * The cop JSON format, independent of any Jackson generation: the typed error {@link
 * org.edcop.json.format.CopJsonException}, the reader limits {@link
 * org.edcop.json.format.CopJsonLimits}, the format version {@link
 * org.edcop.json.format.CopJsonFormat} and the JSON Schemas {@link
 * org.edcop.json.format.CopSchemas}. The readers and writers themselves live in {@code
 * org.edcop.json} (Jackson 2) and in the Jackson 3 module.
 */
package org.edcop.json.format;
