/**
 * Reading and writing cop documents as JSON with Jackson 2: the hardened facade {@link
 * org.edcop.json.CopJson} and the module {@link org.edcop.json.CopJsonModule} for a user's own
 * {@code ObjectMapper}. The format is described in {@code docs/json-format.md}; its errors, limits
 * and schemas are in {@code org.edcop.json.format}.
 */
package org.edcop.json;
